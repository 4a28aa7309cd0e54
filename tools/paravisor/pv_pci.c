/*
 * Device kinds that place an emulated PCI function on the kvm partition's
 * PCI bus (runtime/kvm/kvm_pci.h), where the guest's own drivers drive it:
 *
 *   - kind: pci-test        the PCI test function (devices/pcitest)
 *     slot: 3               optional: device number on bus 0 (1..31)
 *     vendor: 0x1b36        optional identity (default 1b36:0005)
 *     device: 0x0005
 *
 *   - kind: pci-nvme        the NVMe controller emulator (devices/nvme)
 *     slot: 4
 *     backend: file         namespace medium: file (path) | memory | null (size)
 *     path: disk.img
 *     size: 64M
 *     block_size: 512       512 | 4096
 *     blocks: 0             namespace size in blocks (0: all of the medium)
 *     queues: 4             I/O queue pairs offered (default 4)
 *     serial: PV-NVME-EMU
 *     faults:               fault rules (devices/nvme/README.md)
 *       - {queue: io, opcode: write, action: status, status: 0x280, dnr: true, count: 1}
 *
 *   - kind: pci-mana        the GDMA/MANA function emulator (devices/mana), one vport
 *     slot: 5
 *     wire: tap             where the vport's frames go: tap | null | loopback
 *     tap: pvtap0           wire: tap: the TAP's name (required) ...
 *     netns: pvnet          ... and the network namespace it lives in
 *     mac: 00:15:5d:01:02:03  the vport's MAC (default: derived from the name)
 *     queues: 1             SQ/RQ pairs per vport (1..16, default 1)
 *     faults: [hwc_timeout:CREATE_WQ_OBJ:0:1]  fault specs (devices/mana/mana_emu.h)
 *
 * They are configured like VMBus devices (a `devices:` entry) but offer
 * nothing on VMBus: create() builds the emulator and hands it to the
 * partition, which owns it from then on (reset on guest reboot, destroyed
 * with the partition, after the paravisor destroyed these kinds' objects).
 *
 * Inspect (`pvctl inspect devices`): each function's address, the bus's
 * MSI-X and fault counters and the emulator's own; pci-nvme has a knob,
 * `ns_blocks`, that resizes the namespace as a namespace management action
 * would (the guest gets an Asynchronous Event); pci-mana has `link`, the
 * vport's link (0/1) as the device reports it (a SOC_RECONFIG_DATA event).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/config.h"
#include "runtime/inspect.h"
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
#ifdef PV_HAVE_NVME_EMU
#include "devices/disk/disk.h"
#include "devices/nvme/nvme_emu.h"
#endif

#ifdef PV_HAVE_MANA_EMU
#include "devices/mana/mana_emu.h"
#endif

#if defined(PV_HAVE_PCITEST) || defined(PV_HAVE_NVME_EMU) || defined(PV_HAVE_MANA_EMU)
/*
 * What the paravisor keeps of a PCI device it placed: its name and where it
 * is. The partition owns `dev`; it outlives this object.
 */
struct pv_pci_dev {
	char name[32];
	struct rt_partition *part;
	struct pcidev *dev;
	uint8_t devfn;
	bool link_up; /* pci-mana: the link as last set (the emulator starts with it up) */
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
			pd->part = env->part;
			pd->dev = dev;
			pd->devfn = devfn;
			pd->link_up = true;
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

/* The bus's view of the function: address and MSI-X counters. */
static void pci_show_bus(const struct pv_pci_dev *pd, struct rt_inspect_out *o)
{
	rt_inspect_str(o, "pci", "0000:00:%02x.%u", pd->devfn >> 3, pd->devfn & 7);
	rt_inspect_str(o, "id", "%04x:%04x class %06x", pd->dev->id.vendor, pd->dev->id.device,
		       pd->dev->id.class_code);
#ifdef PV_HAVE_KVM
	struct rt_kvm_pci_stats st;

	if (rt_kvm_pci_stats(pd->part, pd->devfn, &st) == 0) {
		rt_inspect_dir(o, "msix");
		rt_inspect_u64(o, "delivered", st.msix_delivered);
		rt_inspect_u64(o, "pended", st.msix_pended);
		rt_inspect_u64(o, "dropped", st.msix_dropped);
		rt_inspect_u64(o, "bad_vector", st.msix_bad_vector);
		rt_inspect_u64(o, "errors", st.msix_errors);
		rt_inspect_end(o);
		rt_inspect_dir(o, "bus");
		rt_inspect_u64(o, "cfg_bad", st.bus_cfg_bad);
		rt_inspect_u64(o, "mmio_bad", st.bus_mmio_bad);
		rt_inspect_u64(o, "dma_faults", st.bus_dma_faults);
		rt_inspect_u64(o, "msi_bad", st.bus_msi_bad);
		rt_inspect_end(o);
	}
#endif
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

static void pcitest_show(void *ctx, struct rt_inspect_out *o)
{
	const struct pv_pci_dev *pd = ctx;
	struct pcitest_stats st;

	pci_show_bus(pd, o);
	pcitest_get_stats(pd->dev, &st);
	rt_inspect_u64(o, "commands", st.commands);
	rt_inspect_u64(o, "dma_faults", st.dma_faults);
	rt_inspect_u64(o, "irqs", st.irqs);
}

static struct rt_inspect_node *pcitest_inspect(void *obj, struct rt_inspect *in,
					       struct rt_inspect_node *parent, const char *name)
{
	return rt_inspect_add(in, parent, name, pcitest_show, obj);
}

const struct vmbus_dev_kind pv_pci_test_kind = {
	.kind = "pci-test",
	.doc = "PCI test function on the kvm partition's PCI bus (registers, DMA, MSI-X)",
	.create = pcitest_kind_create,
	.destroy = pci_destroy,
	.check = pcitest_check,
	.inspect = pcitest_inspect,
};
#endif

#ifdef PV_HAVE_NVME_EMU
static const char *const pci_nvme_keys[] = {"kind",   "slot",   "backend",    "path",
					    "size",   "blocks", "block_size", "queues",
					    "serial", "faults", NULL};

/* Everything but the emulator's log; `o` points into cfg's strings and `faults`. */
static int pci_nvme_parse(struct rt_cfg *cfg, const struct rt_cfg_node *node,
			  struct nvme_emu_opts *o, struct nvme_emu_fault *faults,
			  struct pv_pci_common *c)
{
	static const char *const backends[] = {"file", "memory", "null", NULL};
	const struct rt_cfg_node *fl;
	uint64_t bs, blocks, queues;
	int backend, rc;

	memset(o, 0, sizeof(*o));
	if ((rc = rt_cfg_check_keys(cfg, node, pci_nvme_keys)) || (rc = pci_common(cfg, node, c)) ||
	    (rc = rt_cfg_choice(cfg, node, "backend", false, backends, 0, &backend)) ||
	    (rc = rt_cfg_u64(cfg, node, "block_size", false, 512, 512, 4096, &bs)) ||
	    (rc = rt_cfg_u64(cfg, node, "blocks", false, 0, 0, UINT64_MAX, &blocks)) ||
	    (rc = rt_cfg_u64(cfg, node, "queues", false, 4, 1, 64, &queues)) ||
	    (rc = rt_cfg_str(cfg, node, "serial", false, NULL, &o->serial)))
		return rc;
	if (bs != 512 && bs != 4096)
		return rt_cfg_error(cfg, rt_cfg_get(node, "block_size"),
				    "'block_size': 512 or 4096");
	o->backend = backends[backend];
	if (backend == 0)
		rc = rt_cfg_str(cfg, node, "path", true, NULL, &o->arg);
	else
		rc = rt_cfg_str(cfg, node, "size", true, NULL, &o->arg);
	if (rc)
		return rc;
	o->disk_flags = bs == 4096 ? DISK_OPEN_4K : 0;
	o->ns_blocks = blocks;
	o->max_ioqpairs = (uint16_t)queues;
	o->faults = faults;
	fl = rt_cfg_get(node, "faults");
	if (fl) {
		if (fl->type != RT_CFG_SEQ)
			return rt_cfg_error(cfg, fl, "'faults' must be a list");
		for (const struct rt_cfg_node *f = fl->child; f; f = f->next) {
			if (o->nfaults == NVME_EMU_MAX_FAULTS)
				return rt_cfg_error(cfg, f, "at most %d fault rules",
						    NVME_EMU_MAX_FAULTS);
			if ((rc = nvme_emu_fault_from_cfg(cfg, f, &faults[o->nfaults])))
				return rc;
			o->nfaults++;
		}
	}
	return 0;
}

static int pci_nvme_check(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			  const struct rt_cfg_node *node)
{
	struct nvme_emu_opts o;
	struct nvme_emu_fault faults[NVME_EMU_MAX_FAULTS];
	struct pv_pci_common c;

	return pci_nvme_parse(cfg, node, &o, faults, &c);
}

static int pci_nvme_create(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			   const struct rt_cfg_node *node, void **out)
{
	struct nvme_emu_opts o;
	struct nvme_emu_fault faults[NVME_EMU_MAX_FAULTS];
	struct pv_pci_common c;
	struct pcidev *dev;
	char name[16];
	int rc = pci_nvme_parse(cfg, node, &o, faults, &c);

	if (rc)
		return rc;
	snprintf(name, sizeof(name), "nvme%u", env->index);
	o.name = name;
	o.log = env->log;
	rc = nvme_emu_create(&o, &dev);
	if (rc) {
		rt_cfg_error(cfg, node, "NVMe emulator on %s '%s': %s", o.backend, o.arg,
			     strerror(-rc));
		return -EINVAL;
	}
	return pci_place(env, cfg, node, dev, c.slot, out);
}

static void pci_nvme_show(void *ctx, struct rt_inspect_out *o)
{
	const struct pv_pci_dev *pd = ctx;
	struct nvme_emu_stats st;

	pci_show_bus(pd, o);
	if (nvme_emu_get_stats(pd->dev, &st))
		return;
	rt_inspect_u64(o, "commands", st.commands);
	rt_inspect_u64(o, "completions", st.completions);
	rt_inspect_u64(o, "errors", st.errors);
	rt_inspect_u64(o, "irqs", st.irqs);
	rt_inspect_u64(o, "resets", st.resets);
	rt_inspect_u64(o, "faults_fired", st.faults_fired);
	rt_inspect_u64(o, "bytes_read", st.bytes_read);
	rt_inspect_u64(o, "bytes_written", st.bytes_written);
}

static void pci_nvme_get_blocks(void *ctx, char *buf, size_t len)
{
	const struct pv_pci_dev *pd = ctx;
	struct nvme_emu_stats st;

	if (nvme_emu_get_stats(pd->dev, &st))
		st.ns_blocks = 0;
	snprintf(buf, len, "%llu", (unsigned long long)st.ns_blocks);
}

/* Control loop: the emulator's resize runs on its own worker. */
static int pci_nvme_set_blocks(void *ctx, const char *value, char *err, size_t errlen)
{
	struct pv_pci_dev *pd = ctx;
	unsigned long long v;
	char *end;
	int rc;

	errno = 0;
	v = strtoull(value, &end, 0);
	if (errno || end == value || *end) {
		snprintf(err, errlen, "'%s' is not a number of blocks", value);
		return -EINVAL;
	}
	rc = nvme_emu_ns_resize(pd->dev, v);
	if (rc)
		snprintf(err, errlen, "resize to %llu blocks: %s (1 .. the medium's size)", v,
			 strerror(-rc));
	return rc;
}

static struct rt_inspect_node *pci_nvme_inspect(void *obj, struct rt_inspect *in,
						struct rt_inspect_node *parent, const char *name)
{
	struct rt_inspect_node *n = rt_inspect_add(in, parent, name, pci_nvme_show, obj);

	if (n)
		rt_inspect_knob(in, n, "ns_blocks",
				"namespace size in blocks: a change raises an Asynchronous Event",
				pci_nvme_get_blocks, pci_nvme_set_blocks, obj);
	return n;
}

const struct vmbus_dev_kind pv_pci_nvme_kind = {
	.kind = "pci-nvme",
	.doc = "NVMe controller emulator on the kvm partition's PCI bus (Linux's nvme drives it)",
	.create = pci_nvme_create,
	.destroy = pci_destroy,
	.check = pci_nvme_check,
	.inspect = pci_nvme_inspect,
};
#endif

#ifdef PV_HAVE_MANA_EMU
static const char *const pci_mana_keys[] = {"kind", "slot",   "wire",   "tap", "netns",
					    "mac",  "queues", "faults", NULL};

/* A pci-mana entry, parsed; strings point into the config. */
struct pci_mana_cfg {
	struct pv_pci_common c;
	const char *wire, *tap, *netns, *mac;
	uint64_t queues;
	uint8_t macb[6];
	uint32_t nfaults;
	struct mana_emu_fault faults[8];
};

static int pci_mana_mac(const char *s, uint8_t mac[6])
{
	unsigned v[6];
	char end;

	if (sscanf(s, "%x:%x:%x:%x:%x:%x%c", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &end) != 6)
		return -EINVAL;
	for (int i = 0; i < 6; i++) {
		if (v[i] > 255)
			return -EINVAL;
		mac[i] = (uint8_t)v[i];
	}
	/* A multicast or all-zero address cannot be a NIC's (zero means "derive"). */
	if ((mac[0] & 1) || !(mac[0] | mac[1] | mac[2] | mac[3] | mac[4] | mac[5]))
		return -EINVAL;
	return 0;
}

static int pci_mana_parse(struct rt_cfg *cfg, const struct rt_cfg_node *node,
			  struct pci_mana_cfg *m)
{
	static const char *const wires[] = {"tap", "null", "loopback", NULL};
	const struct rt_cfg_node *fl;
	int wire, rc;

	memset(m, 0, sizeof(*m));
	if ((rc = rt_cfg_check_keys(cfg, node, pci_mana_keys)) ||
	    (rc = pci_common(cfg, node, &m->c)) ||
	    (rc = rt_cfg_choice(cfg, node, "wire", false, wires, 0, &wire)) ||
	    (rc = rt_cfg_str(cfg, node, "tap", wire == 0, NULL, &m->tap)) ||
	    (rc = rt_cfg_str(cfg, node, "netns", false, NULL, &m->netns)) ||
	    (rc = rt_cfg_str(cfg, node, "mac", false, NULL, &m->mac)) ||
	    (rc = rt_cfg_u64(cfg, node, "queues", false, 1, 1, MANA_EMU_MAX_QUEUES, &m->queues)))
		return rc;
	m->wire = wires[wire];
	if (wire != 0 && (m->tap || m->netns))
		return rt_cfg_error(cfg, node, "'tap'/'netns' apply to wire: tap only");
	/* The emulator hands the TAP's options over as one "k=v,..." list. */
	if ((m->tap && strpbrk(m->tap, ",=")) || (m->netns && strpbrk(m->netns, ",=")))
		return rt_cfg_error(cfg, node, "'tap'/'netns': no ',' or '=' in a name");
	if (m->mac && pci_mana_mac(m->mac, m->macb))
		return rt_cfg_error(cfg, rt_cfg_get(node, "mac"),
				    "'mac': six hex bytes a:b:c:d:e:f, unicast, not all zero");
	fl = rt_cfg_get(node, "faults");
	if (fl) {
		if (fl->type != RT_CFG_SEQ)
			return rt_cfg_error(cfg, fl, "'faults' must be a list of fault specs");
		for (const struct rt_cfg_node *f = fl->child; f; f = f->next) {
			if (m->nfaults == sizeof(m->faults) / sizeof(m->faults[0]))
				return rt_cfg_error(cfg, f, "at most 8 faults");
			if (f->type != RT_CFG_SCALAR ||
			    mana_emu_fault_parse(f->value, &m->faults[m->nfaults]))
				return rt_cfg_error(cfg, f,
						    "not a fault spec kind[:code[:value[:count]]]");
			m->nfaults++;
		}
	}
	return 0;
}

static int pci_mana_check(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			  const struct rt_cfg_node *node)
{
	struct pci_mana_cfg m;

	return pci_mana_parse(cfg, node, &m);
}

static int pci_mana_create(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			   const struct rt_cfg_node *node, void **out)
{
	struct mana_emu_opts o = {0};
	struct pci_mana_cfg m;
	struct pcidev *dev;
	char name[16], arg[160] = "";
	int rc = pci_mana_parse(cfg, node, &m);

	if (rc)
		return rc;
	snprintf(name, sizeof(name), "mana%u", env->index);
	if (m.tap)
		snprintf(arg, sizeof(arg), "name=%s%s%s,queues=%u", m.tap, m.netns ? ",netns=" : "",
			 m.netns ? m.netns : "", (unsigned)m.queues);
	o.name = name;
	o.log = env->log;
	o.nvports = 1;
	o.vport[0].wire = m.wire;
	o.vport[0].wire_arg = arg;
	if (m.mac)
		memcpy(o.vport[0].mac, m.macb, 6);
	o.max_queues = (uint32_t)m.queues;
	rc = mana_emu_create(&o, &dev);
	if (rc) {
		rt_cfg_error(cfg, node, "MANA emulator on wire %s%s%s: %s", m.wire,
			     m.tap ? " " : "", m.tap ? m.tap : "", strerror(-rc));
		return -EINVAL;
	}
	for (uint32_t i = 0; i < m.nfaults; i++)
		(void)mana_emu_fault_set(dev, &m.faults[i]);
	return pci_place(env, cfg, node, dev, m.c.slot, out);
}

static void pci_mana_show(void *ctx, struct rt_inspect_out *o)
{
	const struct pv_pci_dev *pd = ctx;
	struct mana_emu_stats st;

	pci_show_bus(pd, o);
	if (mana_emu_get_stats(pd->dev, &st))
		return;
	rt_inspect_u64(o, "hwc_up", st.hwc_up);
	rt_inspect_u64(o, "requests", st.requests);
	rt_inspect_u64(o, "req_errors", st.req_errors);
	rt_inspect_u64(o, "req_unsupported", st.req_unsupported);
	rt_inspect_u64(o, "queues", st.queues);
	rt_inspect_u64(o, "tx_frames", st.tx_frames);
	rt_inspect_u64(o, "rx_frames", st.rx_frames);
	rt_inspect_u64(o, "rx_dropped", st.rx_dropped);
	rt_inspect_u64(o, "bad_wqes", st.bad_wqes);
	rt_inspect_u64(o, "dma_errors", st.dma_errors);
	rt_inspect_u64(o, "resets", st.resets);
}

static void pci_mana_get_link(void *ctx, char *buf, size_t len)
{
	const struct pv_pci_dev *pd = ctx;

	snprintf(buf, len, "%u", pd->link_up ? 1u : 0u);
}

/* Control loop: the emulator posts the event on its own thread. */
static int pci_mana_set_link(void *ctx, const char *value, char *err, size_t errlen)
{
	struct pv_pci_dev *pd = ctx;
	bool up;
	int rc;

	if (!strcmp(value, "1") || !strcmp(value, "up"))
		up = true;
	else if (!strcmp(value, "0") || !strcmp(value, "down"))
		up = false;
	else {
		snprintf(err, errlen, "'%s': link is 1 (up) or 0 (down)", value);
		return -EINVAL;
	}
	rc = mana_emu_set_link(pd->dev, 0, up);
	if (rc) {
		snprintf(err, errlen, "set link: %s", strerror(-rc));
		return rc;
	}
	pd->link_up = up;
	return 0;
}

static struct rt_inspect_node *pci_mana_inspect(void *obj, struct rt_inspect *in,
						struct rt_inspect_node *parent, const char *name)
{
	struct rt_inspect_node *n = rt_inspect_add(in, parent, name, pci_mana_show, obj);

	if (n)
		rt_inspect_knob(in, n, "link",
				"the vport's link, 1 or 0: a change is reported to the driver",
				pci_mana_get_link, pci_mana_set_link, obj);
	return n;
}

const struct vmbus_dev_kind pv_pci_mana_kind = {
	.kind = "pci-mana",
	.doc = "MANA function emulator on the kvm partition's PCI bus (Linux's mana drives it)",
	.create = pci_mana_create,
	.destroy = pci_destroy,
	.check = pci_mana_check,
	.inspect = pci_mana_inspect,
};
#endif
