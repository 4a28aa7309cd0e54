/*
 * The kvm partition's PCI bus (kvm_pci.h): slots, configuration mechanism
 * #1, BAR MMIO dispatch, and the host side of each emulator (DMA into guest
 * RAM, MSI-X delivery).
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pci_wire.h"
#include "runtime/gmem.h"
#include "runtime/kvm/kvm_pci.h"
#include "runtime/kvm/kvm_pci_fn.h"
#include "runtime/log.h"
#include "runtime/util.h"

/*
 * The host bridge's identity: Red Hat's id for a generic (virtual) host
 * bridge, QEMU's gpex. Linux's pci_sanity_check (arch/x86/pci/direct.c)
 * accepts configuration mechanism #1 only when bus 0 holds a host bridge
 * (class 0600) or a VGA device, on machines without a DMI BIOS date, as
 * this one is; and no Linux quirk matches this id.
 */
#define KVM_PCI_HOST_VENDOR 0x1b36
#define KVM_PCI_HOST_DEVICE 0x0008

/* A function on the bus and the host side its emulator sees. */
struct kvm_pci_dev {
	struct kvm_pci *bus;
	struct kvm_pci_fn fn;
	struct rt_log_obj lo;
};

struct kvm_pci {
	struct kvm_pci_config cfg;
	struct rt_log_obj lo;
	/* Configuration writes (exclusive) against MMIO dispatch (shared). */
	pthread_rwlock_t lock;
	struct kvm_pci_dev *slot[PCI_MAX_DEVICES]; /* function 0 of each device; [0] host bridge */
	uint64_t next32, next64;                   /* firmware's BAR allocation cursors */
	atomic_uint_fast64_t cfg_bad, mmio_bad, dma_faults, msi_bad;
};

static struct kvm_pci_dev *host_dev(struct pcidev_host *h)
{
	return rt_container_of(h, struct kvm_pci_dev, fn.host);
}

/* ------------------------------------------------------------------ */
/* Host ops: DMA into guest RAM, MSI-X                                  */

/* Bus mastering on and [addr, addr + len) inside guest RAM. */
static int dma_check(struct kvm_pci_dev *pd, uint64_t addr, size_t len)
{
	struct kvm_pci *bus = pd->bus;
	uint64_t end;
	const char *why = NULL;

	if (!atomic_load(&pd->fn.master))
		why = "with bus mastering off";
	else if (rt_add_u64(addr, len, &end) || end > rt_gmem_size(bus->cfg.gmem))
		why = "outside guest RAM";
	if (!why)
		return 0;
	atomic_fetch_add(&bus->dma_faults, 1);
	rt_log_rl(&pd->lo, RT_LOG_WARN, "DMA of %zu bytes at 0x%llx refused: %s", len,
		  (unsigned long long)addr, why);
	return -EFAULT;
}

static int host_dma_read(struct pcidev_host *h, uint64_t addr, void *dst, size_t len)
{
	struct kvm_pci_dev *pd = host_dev(h);
	int rc = dma_check(pd, addr, len);

	return rc ? rc : rt_gmem_read(pd->bus->cfg.gmem, addr, dst, len);
}

static int host_dma_write(struct pcidev_host *h, uint64_t addr, const void *src, size_t len)
{
	struct kvm_pci_dev *pd = host_dev(h);
	int rc = dma_check(pd, addr, len);

	return rc ? rc : rt_gmem_write(pd->bus->cfg.gmem, addr, src, len);
}

/* Guest RAM is one mapping at GPA 0 (below the MMIO hole), so one segment covers any range. */
static int host_dma_iov(struct pcidev_host *h, uint64_t addr, size_t len, struct iovec *iov,
			int iov_max)
{
	struct kvm_pci_dev *pd = host_dev(h);
	int rc = dma_check(pd, addr, len);

	if (rc)
		return rc;
	if (!len)
		return 0;
	if (iov_max < 1)
		return -E2BIG;
	iov[0].iov_base = (uint8_t *)rt_gmem_host_base(pd->bus->cfg.gmem) + addr;
	iov[0].iov_len = len;
	return 1;
}

static void host_msix_notify(struct pcidev_host *h, uint32_t vector)
{
	struct kvm_pci_dev *pd = host_dev(h);

	if (!pd->fn.msix_cap) {
		rt_log_rl(&pd->lo, RT_LOG_WARN, "device raised vector %u but has no MSI-X", vector);
		return;
	}
	kvm_msix_notify(&pd->fn.msix, vector);
}

static const struct pcidev_host_ops kvm_pci_host_ops = {
	.dma_read = host_dma_read,
	.dma_write = host_dma_write,
	.dma_iov = host_dma_iov,
	.msix_notify = host_msix_notify,
};

/*
 * An MSI-X entry's message, as the guest programmed it, on its way out. On
 * x86 an MSI is a write to 0xFEExxxxx (Intel SDM vol. 3, 11.11.1): anything
 * else is the guest's mistake and is not delivered.
 */
static int deliver(void *ctx, uint64_t addr, uint32_t data)
{
	struct kvm_pci_dev *pd = ctx;
	struct kvm_pci *bus = pd->bus;

	if ((addr >> 32) || ((uint32_t)addr & PCI_MSI_ADDR_BASE_MASK) != PCI_MSI_ADDR_BASE) {
		atomic_fetch_add(&bus->msi_bad, 1);
		rt_log_rl(&pd->lo, RT_LOG_WARN, "MSI-X message address 0x%llx is not 0xfeexxxxx",
			  (unsigned long long)addr);
		return -EINVAL;
	}
	return bus->cfg.signal_msi(bus->cfg.ctx, addr, data);
}

/* ------------------------------------------------------------------ */
/* Slots                                                                */

static void dev_free(struct kvm_pci_dev *pd)
{
	if (!pd)
		return;
	kvm_pci_fn_fini(&pd->fn);
	free(pd);
}

int kvm_pci_create(const struct kvm_pci_config *cfg, struct kvm_pci **out)
{
	static const struct pcidev_id host_id = {
		.vendor = KVM_PCI_HOST_VENDOR,
		.device = KVM_PCI_HOST_DEVICE,
		.class_code = PCI_CLASS_BRIDGE_HOST,
	};
	struct kvm_pci *bus;
	struct kvm_pci_dev *hb;
	int rc;

	*out = NULL;
	if (!cfg->gmem || !cfg->log || !cfg->signal_msi || cfg->mmio32_base >= cfg->mmio32_end ||
	    cfg->mmio32_end > (1ull << 32) || cfg->mmio64_base >= cfg->mmio64_end ||
	    cfg->mmio64_base < (1ull << 32))
		return -EINVAL;
	bus = calloc(1, sizeof(*bus));
	hb = calloc(1, sizeof(*hb));
	if (!bus || !hb) {
		free(bus);
		free(hb);
		return -ENOMEM;
	}
	bus->cfg = *cfg;
	bus->next32 = cfg->mmio32_base;
	bus->next64 = cfg->mmio64_base;
	rt_log_obj_init(&bus->lo, cfg->log, "pci");
	pthread_rwlock_init(&bus->lock, NULL);
	hb->bus = bus;
	rc = kvm_pci_fn_init(&hb->fn, 0, NULL, &host_id, deliver, hb);
	if (rc < 0) {
		pthread_rwlock_destroy(&bus->lock);
		free(hb);
		free(bus);
		return rc;
	}
	rt_log_obj_init(&hb->lo, cfg->log, "pci[00:00.0 host]");
	bus->slot[0] = hb;
	*out = bus;
	return 0;
}

void kvm_pci_destroy(struct kvm_pci *bus)
{
	if (!bus)
		return;
	for (unsigned i = 0; i < PCI_MAX_DEVICES; i++) {
		struct kvm_pci_dev *pd = bus->slot[i];

		if (pd && pd->fn.dev)
			pd->fn.dev->ops->destroy(pd->fn.dev);
		dev_free(pd);
	}
	pthread_rwlock_destroy(&bus->lock);
	free(bus);
}

/* Naturally aligned space for a BAR from a window; 0 when it is full. */
static uint64_t window_alloc(uint64_t *next, uint64_t end, uint64_t size)
{
	uint64_t base = rt_align_up(*next, size);

	if (base < *next || base > end || end - base < size)
		return 0;
	*next = base + size;
	return base;
}

/* Firmware's BAR placement. Returns 0 or -ENOSPC (the cursors may have moved). */
static int place_bars(struct kvm_pci *bus, struct kvm_pci_dev *pd)
{
	struct kvm_pci_fn *fn = &pd->fn;

	for (unsigned i = 0; i < 6; i++) {
		uint64_t size = fn->bar_size[i], at;

		if (!size)
			continue;
		if (fn->bar64[i])
			at = window_alloc(&bus->next64, bus->cfg.mmio64_end, size);
		else
			at = window_alloc(&bus->next32, bus->cfg.mmio32_end, size);
		if (!at)
			return -ENOSPC;
		kvm_pci_fn_set_bar_reset(fn, i, at);
		rt_log_info(&pd->lo, "BAR%u: %s 0x%llx-0x%llx%s", i, fn->bar64[i] ? "mem64" : "mem",
			    (unsigned long long)at, (unsigned long long)(at + size - 1),
			    pd->fn.dev->bar[i].flags & PCIDEV_BAR_PREFETCH ? " prefetchable" : "");
	}
	return 0;
}

int kvm_pci_add(struct kvm_pci *bus, struct pcidev *dev, int slot, uint8_t *devfn)
{
	struct kvm_pci_dev *pd;
	uint64_t save32 = bus->next32, save64 = bus->next64;
	char why[128];
	int rc;

	if (!dev || !dev->ops || !dev->ops->mmio_read || !dev->ops->mmio_write ||
	    !dev->ops->reset || !dev->ops->destroy)
		return -EINVAL;
	if (kvm_pci_fn_check_decl(dev, why, sizeof(why)) < 0) {
		rt_log_err(&bus->lo, "%s: %s", dev->name ? dev->name : "device", why);
		return -EINVAL;
	}
	if (slot < 0) {
		for (slot = 1; slot < PCI_MAX_DEVICES && bus->slot[slot]; slot++)
			;
		if (slot == PCI_MAX_DEVICES)
			return -ENOSPC;
	} else if (slot == 0 || slot >= PCI_MAX_DEVICES) {
		return -EINVAL;
	} else if (bus->slot[slot]) {
		return -EBUSY;
	}
	pd = calloc(1, sizeof(*pd));
	if (!pd)
		return -ENOMEM;
	pd->bus = bus;
	rt_log_obj_init(&pd->lo, bus->cfg.log, "pci[00:%02x.0 %s]", slot,
			dev->name ? dev->name : "?");
	rc = kvm_pci_fn_init(&pd->fn, (uint8_t)(slot << 3), dev, NULL, deliver, pd);
	if (rc < 0) {
		free(pd);
		return rc;
	}
	rc = place_bars(bus, pd);
	if (rc < 0) {
		rt_log_err(&pd->lo, "no room for its BARs in the bus windows");
		bus->next32 = save32;
		bus->next64 = save64;
		dev_free(pd);
		return rc;
	}
	kvm_pci_fn_reset(&pd->fn);
	pd->fn.host.ops = &kvm_pci_host_ops;
	dev->host = &pd->fn.host;
	bus->slot[slot] = pd;
	rt_log_info(&pd->lo, "%04x:%04x class %06x, %u MSI-X vectors", dev->id.vendor,
		    dev->id.device, dev->id.class_code, dev->msix.vectors);
	if (devfn)
		*devfn = (uint8_t)(slot << 3);
	return 0;
}

void kvm_pci_reset(struct kvm_pci *bus)
{
	if (!bus)
		return;
	pthread_rwlock_wrlock(&bus->lock);
	for (unsigned i = 0; i < PCI_MAX_DEVICES; i++) {
		struct kvm_pci_dev *pd = bus->slot[i];

		if (!pd)
			continue;
		/* MSI-X off first: whatever the device raises while it resets goes nowhere. */
		kvm_pci_fn_reset(&pd->fn);
		if (pd->fn.dev)
			pd->fn.dev->ops->reset(pd->fn.dev);
	}
	pthread_rwlock_unlock(&bus->lock);
}

/* ------------------------------------------------------------------ */
/* Guest accesses                                                       */

void kvm_pci_conf1_data(struct kvm_pci *bus, uint32_t address, unsigned port_off, bool is_write,
			void *data, unsigned len)
{
	unsigned dev = (address & PCI_CONF1_ADDRESS_DEVICE_MASK) >> PCI_CONF1_ADDRESS_DEVICE_SHIFT;
	unsigned func =
		(address & PCI_CONF1_ADDRESS_FUNCTION_MASK) >> PCI_CONF1_ADDRESS_FUNCTION_SHIFT;
	unsigned off = (address & PCI_CONF1_ADDRESS_REG_MASK) + port_off;
	struct kvm_pci_dev *pd = NULL;
	uint32_t v = UINT32_MAX;
	bool ok = true;

	if ((len != 1 && len != 2 && len != 4) || port_off + len > 4) {
		atomic_fetch_add(&bus->cfg_bad, 1);
		rt_log_rl(&bus->lo, RT_LOG_WARN, "configuration data access of %u bytes at 0x%x",
			  len, PCI_CONF1_DATA_PORT + port_off);
		ok = false;
	} else if ((address & PCI_CONF1_ADDRESS_ENABLE_MASK) &&
		   !(address & (PCI_CONF1_ADDRESS_BUS_MASK | PCI_CONF1_ADDRESS_EXT_REG_MASK)) &&
		   func == 0) {
		/* One bus, single-function devices: every other address is an absent function. */
		pd = bus->slot[dev];
	}
	if (is_write) {
		if (ok && pd) {
			memcpy(&v, data, len);
			pthread_rwlock_wrlock(&bus->lock);
			kvm_pci_fn_cfg_write(&pd->fn, off, len, v);
			pthread_rwlock_unlock(&bus->lock);
		}
		return;
	}
	if (ok && pd) {
		pthread_rwlock_rdlock(&bus->lock);
		kvm_pci_fn_cfg_read(&pd->fn, off, len, &v);
		pthread_rwlock_unlock(&bus->lock);
	}
	memcpy(data, &v, len > 4 ? 4 : len);
}

bool kvm_pci_mmio(struct kvm_pci *bus, uint64_t gpa, void *data, unsigned len, bool is_write)
{
	struct kvm_pci_dev *pd = NULL;
	unsigned bar = 0;
	uint64_t off = 0;

	pthread_rwlock_rdlock(&bus->lock);
	for (unsigned i = 1; i < PCI_MAX_DEVICES && !pd; i++)
		if (bus->slot[i] && kvm_pci_fn_decode(&bus->slot[i]->fn, gpa, &bar, &off))
			pd = bus->slot[i];
	if (!pd) {
		pthread_rwlock_unlock(&bus->lock);
		return false;
	}
	/*
	 * The device runs under the shared lock: a configuration write cannot
	 * move or disable this BAR, nor a reset start, while it is inside.
	 */
	if (!kvm_pci_fn_mmio(&pd->fn, bar, off, data, len, is_write)) {
		atomic_fetch_add(&bus->mmio_bad, 1);
		rt_log_rl(&pd->lo, RT_LOG_WARN, "refused %u-byte %s at BAR%u+0x%llx", len,
			  is_write ? "write" : "read", bar, (unsigned long long)off);
	}
	pthread_rwlock_unlock(&bus->lock);
	return true;
}

void kvm_pci_get_stats(struct kvm_pci *bus, struct kvm_pci_stats *out)
{
	out->cfg_bad = atomic_load(&bus->cfg_bad);
	out->mmio_bad = atomic_load(&bus->mmio_bad);
	out->dma_faults = atomic_load(&bus->dma_faults);
	out->msi_bad = atomic_load(&bus->msi_bad);
}

int kvm_pci_msix_stats(struct kvm_pci *bus, uint8_t devfn, struct kvm_msix_stats *out)
{
	struct kvm_pci_dev *pd = (devfn & 7) ? NULL : bus->slot[devfn >> 3];

	if (!pd || !pd->fn.msix_cap)
		return -ENOENT;
	kvm_msix_get_stats(&pd->fn.msix, out);
	return 0;
}
