/*
 * Configuration space of one function (kvm_pci_fn.h): an image the guest
 * reads, a write mask, and the side effects of the registers that have any.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "pci_wire.h"
#include "pv_codec.h"
#include "runtime/kvm/kvm_pci_fn.h"
#include "runtime/util.h"

#define HDR(field) offsetof(struct pci_wire_type0_header, field)
#define MSIX(field) offsetof(struct pci_wire_msix_cap, field)

#define BAR_OFF(i) (HDR(bar) + 4 * (i))
#define BAR_MIN_SIZE 4096ull
#define BAR32_MAX_SIZE (2ull << 30)
#define BAR64_MAX_SIZE (64ull << 30)

/*
 * Command bits we implement: memory decode, bus mastering, and the ones
 * Linux may set that have no effect here (parity, SERR, INTx disable).
 * I/O decode is hardwired 0: no function has an I/O BAR.
 */
#define COMMAND_WRITABLE                                                                   \
	(PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER | PCI_COMMAND_PARITY | PCI_COMMAND_SERR | \
	 PCI_COMMAND_INTX_DISABLE)

static bool is_pow2(uint64_t v)
{
	return v && !(v & (v - 1));
}

/* [off, off + len) of BAR `bar` is implemented by d. */
static bool bar_holds(const struct pcidev *d, unsigned bar, uint64_t off, uint64_t len)
{
	return bar < 6 && d->bar[bar].size && len <= d->bar[bar].size &&
	       off <= d->bar[bar].size - len;
}

int kvm_pci_fn_check_decl(const struct pcidev *d, char *why, size_t why_len)
{
	const struct pcidev_msix *m = &d->msix;

	for (unsigned i = 0; i < 6; i++) {
		const struct pcidev_bar *b = &d->bar[i];
		bool is64 = b->flags & PCIDEV_BAR_MEM64;

		if (!b->size)
			continue;
		if (!is_pow2(b->size) || b->size < BAR_MIN_SIZE ||
		    b->size > (is64 ? BAR64_MAX_SIZE : BAR32_MAX_SIZE)) {
			snprintf(why, why_len, "BAR%u size 0x%llx is not a power of two in 4K..%s",
				 i, (unsigned long long)b->size, is64 ? "64G" : "2G");
			return -EINVAL;
		}
		if (b->flags & ~(PCIDEV_BAR_MEM64 | PCIDEV_BAR_PREFETCH)) {
			snprintf(why, why_len, "BAR%u has unknown flags 0x%x", i, b->flags);
			return -EINVAL;
		}
		if (is64 && (i == 5 || d->bar[i + 1].size)) {
			snprintf(why, why_len, "64-bit BAR%u needs slot %u free", i, i + 1);
			return -EINVAL;
		}
		if (is64)
			i++;
	}
	if (!m->vectors)
		return 0;
	if (m->vectors > PCI_MSIX_MAX_VECTORS) {
		snprintf(why, why_len, "%u MSI-X vectors (at most %u)", m->vectors,
			 PCI_MSIX_MAX_VECTORS);
		return -EINVAL;
	}
	uint32_t tlen = kvm_msix_table_len(m->vectors), plen = kvm_msix_pba_len(m->vectors);
	if (!rt_is_aligned(m->table_off | m->pba_off, (uint32_t)PCI_MSIX_TABLE_ALIGN) ||
	    !bar_holds(d, m->table_bar, m->table_off, tlen) ||
	    !bar_holds(d, m->pba_bar, m->pba_off, plen)) {
		snprintf(why, why_len, "MSI-X table (BAR%u+0x%x) or PBA (BAR%u+0x%x) misplaced",
			 m->table_bar, m->table_off, m->pba_bar, m->pba_off);
		return -EINVAL;
	}
	/* A slot holding the upper half of a 64-bit BAR is not a BAR of its own. */
	for (unsigned i = 0; i < 5; i++) {
		if ((d->bar[i].flags & PCIDEV_BAR_MEM64) &&
		    (m->table_bar == i + 1 || m->pba_bar == i + 1)) {
			snprintf(why, why_len, "MSI-X structure in the upper half of BAR%u", i);
			return -EINVAL;
		}
	}
	if (m->table_bar == m->pba_bar && m->table_off < m->pba_off + plen &&
	    m->pba_off < m->table_off + tlen) {
		snprintf(why, why_len, "MSI-X table and PBA overlap");
		return -EINVAL;
	}
	return 0;
}

static void set_wmask(struct kvm_pci_fn *fn, unsigned off, unsigned len, uint32_t mask)
{
	for (unsigned i = 0; i < len; i++)
		fn->wmask[off + i] = (uint8_t)(mask >> (8 * i));
}

/* The power-on image and write mask from the declaration. */
static void build_image(struct kvm_pci_fn *fn, const struct pcidev_id *id)
{
	uint8_t *c = fn->power_on;
	const struct pcidev *d = fn->dev;

	memset(c, 0, KVM_PCI_CFG_SIZE);
	memset(fn->wmask, 0, KVM_PCI_CFG_SIZE);
	pv_put_u16(c + HDR(vendor_id), id->vendor);
	pv_put_u16(c + HDR(device_id), id->device);
	c[HDR(revision)] = id->revision;
	c[HDR(prog_if)] = (uint8_t)id->class_code;
	c[HDR(subclass)] = (uint8_t)(id->class_code >> 8);
	c[HDR(base_class)] = (uint8_t)(id->class_code >> 16);
	c[HDR(header_type)] = PCI_HEADER_LAYOUT_NORMAL; /* single function */
	pv_put_u16(c + HDR(subsys_vendor_id), id->subsys_vendor);
	pv_put_u16(c + HDR(subsys_id), id->subsys);
	set_wmask(fn, HDR(command), 2, COMMAND_WRITABLE);
	/* Scratch registers software writes: cache line size, latency timer, interrupt line. */
	fn->wmask[HDR(cache_line_size)] = 0xff;
	fn->wmask[HDR(latency_timer)] = 0xff;
	fn->wmask[HDR(interrupt_line)] = 0xff;
	if (!d)
		return;
	for (unsigned i = 0; i < 6; i++) {
		const struct pcidev_bar *b = &d->bar[i];
		uint32_t flags;
		uint64_t addr_mask;

		if (!b->size)
			continue;
		flags = (uint32_t)((b->flags & PCIDEV_BAR_MEM64 ? PCI_BAR_MEM_TYPE_MEM64
								: PCI_BAR_MEM_TYPE_MEM32)
				   << PCI_BAR_MEM_MEM_TYPE_SHIFT);
		if (b->flags & PCIDEV_BAR_PREFETCH)
			flags |= PCI_BAR_MEM_PREFETCH_MASK;
		pv_put_u32(c + BAR_OFF(i), flags);
		addr_mask = ~(b->size - 1);
		set_wmask(fn, BAR_OFF(i), 4, (uint32_t)addr_mask & PCI_BAR_MEM_ADDRESS_MASK);
		fn->bar_size[i] = b->size;
		if (b->flags & PCIDEV_BAR_MEM64) {
			fn->bar64[i] = true;
			set_wmask(fn, BAR_OFF(i + 1), 4, (uint32_t)(addr_mask >> 32));
			i++;
		}
	}
	if (d->msix.vectors) {
		const struct pcidev_msix *m = &d->msix;
		uint8_t *cap = c + PCI_CAP_FIRST;

		fn->msix_cap = PCI_CAP_FIRST;
		pv_put_u16(c + HDR(status), PCI_STATUS_CAP_LIST);
		c[HDR(cap_ptr)] = PCI_CAP_FIRST;
		cap[MSIX(cap_id)] = PCI_CAP_ID_MSIX;
		cap[MSIX(next)] = 0;
		pv_put_u16(cap + MSIX(control),
			   (uint16_t)((m->vectors - 1) << PCI_MSIX_CAP_TABLE_SIZE_SHIFT));
		pv_put_u32(cap + MSIX(table), m->table_off | m->table_bar);
		pv_put_u32(cap + MSIX(pba), m->pba_off | m->pba_bar);
		set_wmask(fn, PCI_CAP_FIRST + MSIX(control), 2,
			  PCI_MSIX_CAP_ENABLE_MASK | PCI_MSIX_CAP_FUNCTION_MASK_MASK);
	}
}

int kvm_pci_fn_init(struct kvm_pci_fn *fn, uint8_t devfn, struct pcidev *d,
		    const struct pcidev_id *id, kvm_msix_deliver_fn deliver, void *ctx)
{
	int rc;

	memset(fn, 0, sizeof(*fn));
	fn->dev = d;
	fn->devfn = devfn;
	atomic_init(&fn->master, false);
	build_image(fn, d ? &d->id : id);
	if (d && d->msix.vectors) {
		rc = kvm_msix_init(&fn->msix, d->msix.vectors, deliver, ctx);
		if (rc < 0)
			return rc;
	}
	kvm_pci_fn_reset(fn);
	return 0;
}

void kvm_pci_fn_fini(struct kvm_pci_fn *fn)
{
	if (fn->msix_cap)
		kvm_msix_fini(&fn->msix);
}

void kvm_pci_fn_set_bar_reset(struct kvm_pci_fn *fn, unsigned bar, uint64_t addr)
{
	uint8_t *p = fn->power_on + BAR_OFF(bar);

	if (bar >= 6 || !fn->bar_size[bar])
		return;
	/* Bits 3:0 are the BAR's flags; the address bits below its size stay 0. */
	pv_put_u32(p, (pv_get_u32(p) & ~PCI_BAR_MEM_ADDRESS_MASK) |
			      ((uint32_t)addr & pv_get_u32(fn->wmask + BAR_OFF(bar))));
	if (fn->bar64[bar])
		pv_put_u32(p + 4,
			   (uint32_t)(addr >> 32) & pv_get_u32(fn->wmask + BAR_OFF(bar + 1)));
}

/* The address BAR i is programmed with now. */
static uint64_t bar_addr(const struct kvm_pci_fn *fn, unsigned i)
{
	uint64_t a = pv_get_u32(fn->cfg + BAR_OFF(i)) & PCI_BAR_MEM_ADDRESS_MASK;

	if (fn->bar64[i])
		a |= (uint64_t)pv_get_u32(fn->cfg + BAR_OFF(i + 1)) << 32;
	return a;
}

static void update_decode(struct kvm_pci_fn *fn)
{
	bool mem = pv_get_u16(fn->cfg + HDR(command)) & PCI_COMMAND_MEMORY;

	for (unsigned i = 0; i < 6; i++) {
		struct kvm_pci_decode *dec = &fn->decode[i];

		dec->size = fn->bar_size[i];
		dec->base = dec->size ? bar_addr(fn, i) : 0;
		/* A BAR left at 0 is unassigned (Linux's view too): it does not decode. */
		dec->on = mem && dec->size && dec->base;
	}
}

static void apply_master(struct kvm_pci_fn *fn, bool on)
{
	if (atomic_exchange(&fn->master, on) == on)
		return;
	if (fn->msix_cap)
		kvm_msix_set_master(&fn->msix, on);
	if (fn->dev && fn->dev->ops->bus_master)
		fn->dev->ops->bus_master(fn->dev, on);
}

void kvm_pci_fn_reset(struct kvm_pci_fn *fn)
{
	memcpy(fn->cfg, fn->power_on, KVM_PCI_CFG_SIZE);
	update_decode(fn);
	atomic_store(&fn->master, false);
	if (fn->msix_cap)
		kvm_msix_reset(&fn->msix);
}

/* 1, 2 or 4 bytes inside one dword of configuration space. */
static bool cfg_access_ok(unsigned off, unsigned len)
{
	return (len == 1 || len == 2 || len == 4) && off < KVM_PCI_CFG_SIZE && (off & 3) + len <= 4;
}

bool kvm_pci_fn_cfg_read(struct kvm_pci_fn *fn, unsigned off, unsigned len, uint32_t *val)
{
	uint32_t v = 0;

	if (!cfg_access_ok(off, len)) {
		*val = UINT32_MAX;
		return false;
	}
	for (unsigned i = 0; i < len; i++)
		v |= (uint32_t)fn->cfg[off + i] << (8 * i);
	*val = v;
	return true;
}

static bool touches(unsigned off, unsigned len, unsigned start, unsigned end)
{
	return off < end && start < off + len;
}

bool kvm_pci_fn_cfg_write(struct kvm_pci_fn *fn, unsigned off, unsigned len, uint32_t val)
{
	uint16_t old_cmd, cmd;

	if (!cfg_access_ok(off, len))
		return false;
	old_cmd = pv_get_u16(fn->cfg + HDR(command));
	for (unsigned i = 0; i < len; i++) {
		uint8_t wm = fn->wmask[off + i], b = (uint8_t)(val >> (8 * i));

		fn->cfg[off + i] = (uint8_t)((fn->cfg[off + i] & ~wm) | (b & wm));
	}
	cmd = pv_get_u16(fn->cfg + HDR(command));
	if (touches(off, len, HDR(command), HDR(command) + 2) ||
	    touches(off, len, BAR_OFF(0), BAR_OFF(6)))
		update_decode(fn);
	if ((old_cmd ^ cmd) & PCI_COMMAND_MASTER)
		apply_master(fn, cmd & PCI_COMMAND_MASTER);
	if (fn->msix_cap &&
	    touches(off, len, fn->msix_cap + MSIX(control), fn->msix_cap + MSIX(control) + 2)) {
		uint16_t ctl = pv_get_u16(fn->cfg + fn->msix_cap + MSIX(control));

		kvm_msix_set_control(&fn->msix, ctl & PCI_MSIX_CAP_ENABLE_MASK,
				     ctl & PCI_MSIX_CAP_FUNCTION_MASK_MASK);
	}
	return true;
}

bool kvm_pci_fn_decode(const struct kvm_pci_fn *fn, uint64_t gpa, unsigned *bar, uint64_t *off)
{
	for (unsigned i = 0; i < 6; i++) {
		const struct kvm_pci_decode *d = &fn->decode[i];

		if (d->on && gpa >= d->base && gpa - d->base < d->size) {
			*bar = i;
			*off = gpa - d->base;
			return true;
		}
	}
	return false;
}

/* The access overlaps [start, start + len) of BAR `bar`. */
static bool hits(unsigned bar, uint64_t off, unsigned len, unsigned rbar, uint64_t start,
		 uint64_t rlen)
{
	return bar == rbar && off < start + rlen && start < off + len;
}

bool kvm_pci_fn_mmio(struct kvm_pci_fn *fn, unsigned bar, uint64_t off, void *data, unsigned len,
		     bool is_write)
{
	const struct pcidev *d = fn->dev;

	if (!d || bar >= 6 || !fn->bar_size[bar] ||
	    (len != 1 && len != 2 && len != 4 && len != 8) || !rt_is_aligned(off, (uint64_t)len) ||
	    off > fn->bar_size[bar] - len)
		goto bad;
	if (fn->msix_cap) {
		const struct pcidev_msix *m = &d->msix;

		if (hits(bar, off, len, m->table_bar, m->table_off,
			 kvm_msix_table_len(m->vectors))) {
			if (off < m->table_off)
				goto bad;
			return is_write ? kvm_msix_table_write(&fn->msix, off - m->table_off, data,
							       len)
					: kvm_msix_table_read(&fn->msix, off - m->table_off, data,
							      len);
		}
		if (hits(bar, off, len, m->pba_bar, m->pba_off, kvm_msix_pba_len(m->vectors))) {
			if (off < m->pba_off)
				goto bad;
			/* The PBA is read-only: writes are ignored, as hardware does. */
			return is_write ||
			       kvm_msix_pba_read(&fn->msix, off - m->pba_off, data, len);
		}
	}
	if (is_write)
		d->ops->mmio_write(fn->dev, bar, off, data, len);
	else
		d->ops->mmio_read(fn->dev, bar, off, data, len);
	return true;
bad:
	if (!is_write)
		memset(data, 0xff, len > 8 ? 8 : len);
	return false;
}
