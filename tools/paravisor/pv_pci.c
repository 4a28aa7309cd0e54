/*
 * Device kinds that place an emulated PCI function on the kvm partition's
 * PCI bus (runtime/kvm/kvm_pci.h), where the guest's own drivers drive it:
 *
 *   - kind: pci-test        the PCI test function (devices/pcitest)
 *     slot: 3               optional: device number on bus 0 (1..31)
 *     vendor: 0x1b36        optional identity (default 1b36:0005)
 *     device: 0x0005
 *
 * They are configured like VMBus devices (a `devices:` entry) but offer
 * nothing on VMBus: create() builds the emulator and hands it to the
 * partition, which owns it from then on (reset on guest reboot, destroyed
 * with the partition).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/config.h"
#include "runtime/log.h"
#include "runtime/partition.h"
#include "runtime/pcidev.h"
#include "tools/paravisor/pv_devices.h"
#ifdef PV_HAVE_KVM
#include "runtime/kvm/kvm_partition.h"
#endif
#ifdef PV_HAVE_PCITEST
#include "devices/pcitest/pcitest.h"
#endif

#if defined(PV_HAVE_PCITEST)
/* What the paravisor keeps of a PCI device it placed: only its name (the partition owns it). */
struct pv_pci_dev {
	char name[32];
};

/* Keys every PCI kind takes. */
struct pv_pci_common {
	int slot; /* -1: first free */
};

static int pci_common(struct rt_cfg *cfg, const struct rt_cfg_node *node, struct pv_pci_common *c)
{
	uint64_t slot;
	int rc = rt_cfg_u64(cfg, node, "slot", false, 0, 0, 31, &slot);

	if (rc)
		return rc;
	if (rt_cfg_get(node, "slot") && slot == 0)
		return rt_cfg_error(cfg, rt_cfg_get(node, "slot"),
				    "'slot': 0 is the host bridge's (use 1..31)");
	c->slot = rt_cfg_get(node, "slot") ? (int)slot : -1;
	return 0;
}

/*
 * Hands `dev` to the partition's PCI bus. The partition must be kvm: the
 * sim partition has no PCI bus (its guest is pvguest, which speaks VMBus).
 */
static int pci_place(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		     const struct rt_cfg_node *node, struct pcidev *dev, int slot, void **out)
{
	struct pv_pci_dev *pd;
	int rc = -EINVAL;

	pd = calloc(1, sizeof(*pd));
	if (!pd) {
		dev->ops->destroy(dev);
		return -ENOMEM;
	}
	snprintf(pd->name, sizeof(pd->name), "%s", dev->name ? dev->name : "pci");
#ifdef PV_HAVE_KVM
	if (!strcmp(env->part->ops->name, "kvm")) {
		uint8_t devfn;

		rc = rt_kvm_pci_add(env->part, dev, slot, &devfn);
		if (rc == 0) {
			struct rt_log_obj lo;

			rt_log_obj_init(&lo, env->log, "paravisor");
			rt_log_info(&lo, "%s: PCI 0000:00:%02x.%u", pd->name, devfn >> 3,
				    devfn & 7);
			*out = pd;
			return 0;
		}
		rt_cfg_error(cfg, node, "cannot place %s on the PCI bus: %s", pd->name,
			     strerror(-rc));
		rc = -EINVAL;
		goto fail;
	}
#endif
	rt_cfg_error(cfg, rt_cfg_get(node, "kind"),
		     "PCI devices need 'partition: kind: kvm' (the %s partition has no PCI bus)",
		     env->part->ops->name);
#ifdef PV_HAVE_KVM
fail:
#endif
	dev->ops->destroy(dev);
	free(pd);
	return rc;
}

static void pci_destroy(void *obj)
{
	free(obj);
}
#endif

#ifdef PV_HAVE_PCITEST
static const char *const pcitest_keys[] = {"kind", "slot", "vendor", "device", NULL};

static int pcitest_parse(struct rt_cfg *cfg, const struct rt_cfg_node *node, struct pcitest_opts *o,
			 struct pv_pci_common *c)
{
	uint64_t vendor, device;
	int rc;

	if ((rc = rt_cfg_check_keys(cfg, node, pcitest_keys)) || (rc = pci_common(cfg, node, c)) ||
	    (rc = rt_cfg_u64(cfg, node, "vendor", false, 0, 1, 0xfffe, &vendor)) ||
	    (rc = rt_cfg_u64(cfg, node, "device", false, 0, 0, 0xffff, &device)))
		return rc;
	memset(o, 0, sizeof(*o));
	o->vendor = (uint16_t)vendor;
	o->device = (uint16_t)device;
	return 0;
}

static int pcitest_check(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			 const struct rt_cfg_node *node)
{
	struct pcitest_opts o;
	struct pv_pci_common c;

	return pcitest_parse(cfg, node, &o, &c);
}

static int pcitest_kind_create(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			       const struct rt_cfg_node *node, void **out)
{
	struct pcitest_opts o;
	struct pv_pci_common c;
	struct pcidev *dev;
	char name[16];
	int rc = pcitest_parse(cfg, node, &o, &c);

	if (rc)
		return rc;
	snprintf(name, sizeof(name), "pcitest%u", env->index);
	o.name = name;
	rc = pcitest_create(&o, &dev);
	if (rc)
		return rc;
	return pci_place(env, cfg, node, dev, c.slot, out);
}

const struct vmbus_dev_kind pv_pci_test_kind = {
	.kind = "pci-test",
	.doc = "PCI test function on the kvm partition's PCI bus (registers, DMA, MSI-X)",
	.create = pcitest_kind_create,
	.destroy = pci_destroy,
	.check = pcitest_check,
};
#endif
