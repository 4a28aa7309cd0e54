/*
 * The paravisor's table of device kinds (kind name -> create/destroy).
 */
#ifndef PV_DEVICES_H
#define PV_DEVICES_H

#include "runtime/vmbus/vmbus_device.h"

/* A device the paravisor built from its configuration. */
struct pv_dev {
	const struct vmbus_dev_kind *kind;
	void *obj;
	struct rt_inspect_node *node; /* on the inspect tree (control socket), or NULL */
};

/* PCI functions on the kvm partition's bus (pv_pci.c). */
extern const struct vmbus_dev_kind pv_pci_test_kind;
extern const struct vmbus_dev_kind pv_pci_nvme_kind;
extern const struct vmbus_dev_kind pv_pci_mana_kind;

/* The kind named `name`, or NULL. */
const struct vmbus_dev_kind *pv_device_kind_find(const char *name);

/* NULL-terminated list of every kind, for --help and error messages. */
const struct vmbus_dev_kind *const *pv_device_kinds(void);

/* NULL-terminated list of the disk backends from drivers/ (nvme), for LUNs. */
const struct disk_backend *const *pv_disk_backends(void);
/* Net endpoint kinds from outside devices/ (NULL-terminated), for vmbus_dev_env. */
struct net_endpoint_kind;
const struct net_endpoint_kind *const *pv_net_kinds(void);

#endif
