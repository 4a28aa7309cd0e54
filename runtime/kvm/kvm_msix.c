/*
 * MSI-X table, pending bits and delivery of one function (kvm_msix.h).
 * Layout numbers come from spec/pci.yaml (generated/pci_wire.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pci_wire.h"
#include "runtime/kvm/kvm_msix.h"
#include "runtime/util.h"

#define ENTRY_ADDR_LO offsetof(struct pci_wire_msix_entry, addr_lo)
#define ENTRY_ADDR_HI offsetof(struct pci_wire_msix_entry, addr_hi)
#define ENTRY_DATA offsetof(struct pci_wire_msix_entry, data)
#define ENTRY_CTRL offsetof(struct pci_wire_msix_entry, vector_ctrl)

/*
 * Bits of one entry the guest can write, byte by byte: the message address
 * is dword aligned (bits 1:0 reserved) and only the mask bit of vector
 * control is defined.
 */
static uint8_t entry_wmask(unsigned byte)
{
	if (byte == ENTRY_ADDR_LO)
		return 0xfc;
	if (byte == ENTRY_CTRL)
		return PCI_MSIX_ENTRY_MASK_MASK;
	if (byte > ENTRY_CTRL)
		return 0;
	return 0xff;
}

uint32_t kvm_msix_table_len(uint16_t vectors)
{
	return (uint32_t)vectors * PCI_MSIX_ENTRY_SIZE;
}

uint32_t kvm_msix_pba_len(uint16_t vectors)
{
	return rt_align_up((uint32_t)vectors, 64u) / 8;
}

static uint32_t get_u32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint8_t *entry_of(struct kvm_msix *m, uint32_t vector)
{
	return m->table + (size_t)vector * PCI_MSIX_ENTRY_SIZE;
}

static bool entry_masked(struct kvm_msix *m, uint32_t vector)
{
	return get_u32(entry_of(m, vector) + ENTRY_CTRL) & PCI_MSIX_ENTRY_MASK_MASK;
}

static bool pending(const struct kvm_msix *m, uint32_t vector)
{
	return m->pba[vector / 64] >> (vector % 64) & 1;
}

static void set_pending(struct kvm_msix *m, uint32_t vector, bool on)
{
	uint64_t bit = 1ull << (vector % 64);

	if (on)
		m->pba[vector / 64] |= bit;
	else
		m->pba[vector / 64] &= ~bit;
}

/* Lock held. */
static void send(struct kvm_msix *m, uint32_t vector)
{
	const uint8_t *e = entry_of(m, vector);
	uint64_t addr = get_u32(e + ENTRY_ADDR_LO) | (uint64_t)get_u32(e + ENTRY_ADDR_HI) << 32;

	if (m->deliver(m->ctx, addr, get_u32(e + ENTRY_DATA)) < 0)
		m->stats.deliver_errors++;
	else
		m->stats.delivered++;
}

/* Delivers what became deliverable (an unmask, an enable). Lock held. */
static void flush_pending(struct kvm_msix *m, uint32_t first, uint32_t end)
{
	if (!m->enabled || m->function_mask || !m->master)
		return;
	for (uint32_t v = first; v < end; v++) {
		if (pending(m, v) && !entry_masked(m, v)) {
			set_pending(m, v, false);
			send(m, v);
		}
	}
}

static void reset_locked(struct kvm_msix *m)
{
	memset(m->table, 0, kvm_msix_table_len(m->vectors));
	memset(m->pba, 0, kvm_msix_pba_len(m->vectors));
	for (uint32_t v = 0; v < m->vectors; v++)
		entry_of(m, v)[ENTRY_CTRL] = PCI_MSIX_ENTRY_MASK_MASK;
	m->enabled = m->function_mask = m->master = false;
}

int kvm_msix_init(struct kvm_msix *m, uint16_t vectors, kvm_msix_deliver_fn deliver, void *ctx)
{
	memset(m, 0, sizeof(*m));
	if (vectors == 0 || vectors > PCI_MSIX_MAX_VECTORS || !deliver)
		return -EINVAL;
	m->vectors = vectors;
	m->deliver = deliver;
	m->ctx = ctx;
	m->table = malloc(kvm_msix_table_len(vectors));
	m->pba = malloc(kvm_msix_pba_len(vectors));
	if (!m->table || !m->pba) {
		free(m->table);
		free(m->pba);
		return -ENOMEM;
	}
	pthread_mutex_init(&m->lock, NULL);
	reset_locked(m);
	return 0;
}

void kvm_msix_fini(struct kvm_msix *m)
{
	if (!m->table)
		return;
	pthread_mutex_destroy(&m->lock);
	free(m->table);
	free(m->pba);
	m->table = NULL;
	m->pba = NULL;
}

void kvm_msix_reset(struct kvm_msix *m)
{
	pthread_mutex_lock(&m->lock);
	reset_locked(m);
	pthread_mutex_unlock(&m->lock);
}

/* 1, 2, 4 or 8 bytes, naturally aligned, inside [0, limit). */
static bool access_ok(uint64_t off, unsigned len, uint32_t limit)
{
	if (len != 1 && len != 2 && len != 4 && len != 8)
		return false;
	return rt_is_aligned(off, (uint64_t)len) && len <= limit && off <= limit - len;
}

bool kvm_msix_table_read(struct kvm_msix *m, uint64_t off, void *data, unsigned len)
{
	if (!access_ok(off, len, kvm_msix_table_len(m->vectors))) {
		memset(data, 0xff, len > 8 ? 8 : len);
		return false;
	}
	pthread_mutex_lock(&m->lock);
	memcpy(data, m->table + off, len);
	pthread_mutex_unlock(&m->lock);
	return true;
}

bool kvm_msix_table_write(struct kvm_msix *m, uint64_t off, const void *data, unsigned len)
{
	const uint8_t *src = data;
	uint32_t vector;

	if (!access_ok(off, len, kvm_msix_table_len(m->vectors)))
		return false;
	/* An aligned access of at most 8 bytes stays inside one 16-byte entry. */
	vector = (uint32_t)(off / PCI_MSIX_ENTRY_SIZE);
	pthread_mutex_lock(&m->lock);
	for (unsigned i = 0; i < len; i++) {
		unsigned byte = (unsigned)((off + i) % PCI_MSIX_ENTRY_SIZE);
		uint8_t wm = entry_wmask(byte);
		uint8_t *dst = m->table + off + i;

		*dst = (uint8_t)((*dst & ~wm) | (src[i] & wm));
	}
	/* Unmasking a vector with its pending bit set sends it now. */
	flush_pending(m, vector, vector + 1);
	pthread_mutex_unlock(&m->lock);
	return true;
}

bool kvm_msix_pba_read(struct kvm_msix *m, uint64_t off, void *data, unsigned len)
{
	if (!access_ok(off, len, kvm_msix_pba_len(m->vectors))) {
		memset(data, 0xff, len > 8 ? 8 : len);
		return false;
	}
	pthread_mutex_lock(&m->lock);
	/* Little-endian words: x86 hosts only, like the rest of the kvm partition. */
	memcpy(data, (const uint8_t *)m->pba + off, len);
	pthread_mutex_unlock(&m->lock);
	return true;
}

void kvm_msix_set_control(struct kvm_msix *m, bool enabled, bool function_mask)
{
	pthread_mutex_lock(&m->lock);
	m->enabled = enabled;
	m->function_mask = function_mask;
	flush_pending(m, 0, m->vectors);
	pthread_mutex_unlock(&m->lock);
}

void kvm_msix_set_master(struct kvm_msix *m, bool master)
{
	pthread_mutex_lock(&m->lock);
	m->master = master;
	pthread_mutex_unlock(&m->lock);
}

void kvm_msix_notify(struct kvm_msix *m, uint32_t vector)
{
	pthread_mutex_lock(&m->lock);
	if (vector >= m->vectors)
		m->stats.bad_vector++;
	else if (!m->enabled || !m->master)
		m->stats.dropped++;
	else if (m->function_mask || entry_masked(m, vector)) {
		set_pending(m, vector, true);
		m->stats.pended++;
	} else {
		send(m, vector);
	}
	pthread_mutex_unlock(&m->lock);
}

void kvm_msix_get_stats(struct kvm_msix *m, struct kvm_msix_stats *out)
{
	pthread_mutex_lock(&m->lock);
	*out = m->stats;
	pthread_mutex_unlock(&m->lock);
}
