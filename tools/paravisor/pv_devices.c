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
#include "devices/net/net.h"
#include "drivers/mana/net_mana.h"

/*
 * The `nic` kind with net_mana added: `endpoint: mana` (its options under
 * `mana:`). netvsp cannot see drivers/, so the program hands it the kind.
 */
static const struct net_endpoint_kind *const nic_ext[] = {&net_mana_kind, NULL};

static int nic_create(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		      const struct rt_cfg_node *node, void **out)
{
	return netvsp_nic_create_ext(env, cfg, node, nic_ext, out);
}

static int nic_check(struct rt_cfg *cfg, const struct rt_cfg_node *node)
{
	return netvsp_nic_check_ext(cfg, node, nic_ext);
}

static void nic_destroy(void *dev)
{
	netvsp_destroy(dev);
}

static const struct vmbus_dev_kind nic_kind = {
	.kind = "nic",
	.doc = "synthetic NIC (netvsc VSP): endpoint tap|loopback|null|mana, ifname, netns, "
	       "mac, queues, mtu, mana: {vfio: BDF | emulated: {wire, tap, netns, faults}}",
	.create = nic_create,
	.destroy = nic_destroy,
	.check = nic_check,
};
#endif

static const struct vmbus_dev_kind *const kinds[] = {
	&vmbus_echo_kind,
#ifdef PV_HAVE_STORVSP
	&storvsp_scsi_kind,
#endif
#if defined(PV_HAVE_MANA)
	&nic_kind,
#elif defined(PV_HAVE_NETVSP)
	&netvsp_nic_kind,
#endif
#ifdef PV_HAVE_PCITEST
	&pv_pci_test_kind,
#endif
#ifdef PV_HAVE_NVME_EMU
	&pv_pci_nvme_kind,
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
