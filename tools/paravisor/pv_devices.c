/*
 * Device kinds the paravisor can build from its config. A VSP joins by
 * declaring a `const struct vmbus_dev_kind` (runtime/vmbus/vmbus_device.h)
 * and adding one line here (plus its library in CMakeLists.txt).
 */
#include "tools/paravisor/pv_devices.h"

#include <string.h>

#ifdef PV_HAVE_STORVSP
#include "devices/storvsp/storvsp.h"
#endif
#ifdef PV_HAVE_NETVSP
#include "devices/netvsp/netvsp.h"
#endif
#ifdef PV_HAVE_NVME
#include "drivers/nvme/disk_nvme.h"
#endif
#ifdef PV_HAVE_MANA
#include "drivers/mana/net_mana.h"
#endif

static const struct vmbus_dev_kind *const kinds[] = {
	&vmbus_echo_kind,
#ifdef PV_HAVE_STORVSP
	&storvsp_scsi_kind,
#endif
#ifdef PV_HAVE_NETVSP
	&netvsp_nic_kind,
#endif
#ifdef PV_HAVE_PCITEST
	&pv_pci_test_kind,
#endif
#ifdef PV_HAVE_NVME_EMU
	&pv_pci_nvme_kind,
#endif
#ifdef PV_HAVE_MANA_EMU
	&pv_pci_mana_kind,
#endif
	NULL,
};

const struct vmbus_dev_kind *pv_device_kind_find(const char *name)
{
	for (const struct vmbus_dev_kind *const *k = kinds; *k; k++)
		if (!strcmp((*k)->kind, name))
			return *k;
	return NULL;
}

const struct vmbus_dev_kind *const *pv_device_kinds(void)
{
	return kinds;
}

static const struct disk_backend *const disk_backends[] = {
#ifdef PV_HAVE_NVME
	&disk_nvme_backend,
#endif
	NULL,
};

const struct disk_backend *const *pv_disk_backends(void)
{
	return disk_backends;
}

static const struct net_endpoint_kind *const net_kinds[] = {
#ifdef PV_HAVE_MANA
	&net_mana_kind,
#endif
	NULL,
};

const struct net_endpoint_kind *const *pv_net_kinds(void)
{
	return net_kinds;
}
