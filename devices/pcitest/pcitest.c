/*
 * The PCI test function (pcitest.h). Registers from spec/pcitest.yaml.
 */
#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "devices/pcitest/pcitest.h"
#include "pci_wire.h"
#include "pcitest_wire.h"
#include "runtime/pcidev.h"
#include "runtime/util.h"

#define REG(field) offsetof(struct pcitest_wire_regs, field)

/*
 * Red Hat's id of QEMU's PCI test device, and class "other": no Linux
 * driver binds it, so the guest leaves it alone (the register layout is
 * ours, not QEMU's).
 */
#define PCITEST_DEFAULT_VENDOR 0x1b36 /* not protocol: an identity, see above */
#define PCITEST_DEFAULT_DEVICE 0x0005 /* not protocol: an identity, see above */

struct pcitest {
	struct pcidev pub;
	char name[32];
	pthread_mutex_t lock; /* registers and buf: several vCPUs may write at once */
	uint32_t scratch, dma_len, pattern, result, checksum, irq_count;
	uint64_t dma_addr;
	uint8_t *buf; /* PCITEST_MAX_DMA bytes: the bounce buffer */
	struct pcitest_stats stats;
};

static struct pcitest *to_pt(struct pcidev *d)
{
	return rt_container_of(d, struct pcitest, pub);
}

static void pt_reset_locked(struct pcitest *pt)
{
	pt->scratch = pt->dma_len = pt->pattern = pt->checksum = pt->irq_count = 0;
	pt->dma_addr = 0;
	pt->result = PCITEST_RESULT_NONE;
}

static uint32_t fnv1a(const uint8_t *p, size_t n)
{
	uint32_t h = PCITEST_FNV_OFFSET;

	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * PCITEST_FNV_PRIME;
	return h;
}

/* Runs a command (lock held). */
static uint32_t pt_command(struct pcitest *pt, uint32_t cmd)
{
	pt->stats.commands++;
	if (cmd != PCITEST_COMMAND_FILL && cmd != PCITEST_COMMAND_SUM)
		return PCITEST_RESULT_BAD_COMMAND;
	if (pt->dma_len == 0 || pt->dma_len > PCITEST_MAX_DMA)
		return PCITEST_RESULT_BAD_LENGTH;
	if (cmd == PCITEST_COMMAND_FILL) {
		for (uint32_t i = 0; i < pt->dma_len; i++)
			pt->buf[i] = (uint8_t)(pt->pattern >> (8 * (i % 4)));
		if (pcidev_dma_write(&pt->pub, pt->dma_addr, pt->buf, pt->dma_len) < 0)
			goto fault;
		return PCITEST_RESULT_OK;
	}
	if (pcidev_dma_read(&pt->pub, pt->dma_addr, pt->buf, pt->dma_len) < 0)
		goto fault;
	pt->checksum = fnv1a(pt->buf, pt->dma_len);
	return PCITEST_RESULT_OK;
fault:
	pt->stats.dma_faults++;
	return PCITEST_RESULT_DMA_FAULT;
}

static void pt_mmio_read(struct pcidev *d, unsigned bar, uint64_t off, void *data, unsigned len)
{
	struct pcitest *pt = to_pt(d);
	uint64_t v = 0;

	memset(data, 0, len);
	if (bar != 0)
		return;
	pthread_mutex_lock(&pt->lock);
	switch (off) {
	case REG(id):
		v = PCITEST_MAGIC;
		break;
	case REG(version):
		v = PCITEST_VERSION;
		break;
	case REG(scratch):
		v = pt->scratch;
		break;
	case REG(dma_addr):
		v = pt->dma_addr;
		break;
	case REG(dma_addr) + 4:
		v = pt->dma_addr >> 32;
		break;
	case REG(dma_len):
		v = pt->dma_len;
		break;
	case REG(pattern):
		v = pt->pattern;
		break;
	case REG(result):
		v = pt->result;
		break;
	case REG(checksum):
		v = pt->checksum;
		break;
	case REG(irq_count):
		v = pt->irq_count;
		break;
	default:
		break;
	}
	pthread_mutex_unlock(&pt->lock);
	/* A 64-bit read is only meaningful at DMA_ADDR; elsewhere it returns the low register. */
	if (len == 8 || len == 4)
		memcpy(data, &v, len);
}

static void pt_mmio_write(struct pcidev *d, unsigned bar, uint64_t off, const void *data,
			  unsigned len)
{
	struct pcitest *pt = to_pt(d);
	uint64_t v = 0;
	uint32_t raise = UINT32_MAX;

	/* Registers take 32-bit writes, and DMA_ADDR a 64-bit one too; the rest is ignored. */
	if (bar != 0 || (len != 4 && !(len == 8 && off == REG(dma_addr))))
		return;
	memcpy(&v, data, len);
	pthread_mutex_lock(&pt->lock);
	switch (off) {
	case REG(scratch):
		pt->scratch = (uint32_t)v;
		break;
	case REG(dma_addr):
		pt->dma_addr = len == 8 ? v : (pt->dma_addr & ~0xffffffffull) | (uint32_t)v;
		break;
	case REG(dma_addr) + 4:
		pt->dma_addr = (pt->dma_addr & 0xffffffffull) | v << 32;
		break;
	case REG(dma_len):
		pt->dma_len = (uint32_t)v;
		break;
	case REG(pattern):
		pt->pattern = (uint32_t)v;
		break;
	case REG(command):
		pt->result = pt_command(pt, (uint32_t)v);
		break;
	case REG(irq):
		raise = (uint32_t)v;
		pt->irq_count++;
		pt->stats.irqs++;
		break;
	default:
		break;
	}
	pthread_mutex_unlock(&pt->lock);
	/* The bus checks the vector against the table size; a bad one is counted there. */
	if (raise != UINT32_MAX)
		pcidev_msix_notify(&pt->pub, raise);
}

static void pt_reset(struct pcidev *d)
{
	struct pcitest *pt = to_pt(d);

	pthread_mutex_lock(&pt->lock);
	pt_reset_locked(pt);
	pthread_mutex_unlock(&pt->lock);
}

static void pt_destroy(struct pcidev *d)
{
	struct pcitest *pt = to_pt(d);

	pthread_mutex_destroy(&pt->lock);
	free(pt->buf);
	free(pt);
}

static const struct pcidev_ops pcitest_ops = {
	.mmio_read = pt_mmio_read,
	.mmio_write = pt_mmio_write,
	.reset = pt_reset,
	.destroy = pt_destroy,
};

int pcitest_create(const struct pcitest_opts *opts, struct pcidev **out)
{
	struct pcitest *pt = calloc(1, sizeof(*pt));

	if (!pt)
		return -ENOMEM;
	pt->buf = malloc(PCITEST_MAX_DMA);
	if (!pt->buf) {
		free(pt);
		return -ENOMEM;
	}
	pthread_mutex_init(&pt->lock, NULL);
	strncpy(pt->name, opts && opts->name ? opts->name : "pcitest", sizeof(pt->name) - 1);
	pt->pub.ops = &pcitest_ops;
	pt->pub.name = pt->name;
	pt->pub.id.vendor = opts && opts->vendor ? opts->vendor : PCITEST_DEFAULT_VENDOR;
	pt->pub.id.device = opts && opts->device ? opts->device : PCITEST_DEFAULT_DEVICE;
	pt->pub.id.subsys_vendor = pt->pub.id.vendor;
	pt->pub.id.subsys = pt->pub.id.device;
	pt->pub.id.class_code = PCI_CLASS_OTHER;
	pt->pub.id.revision = PCITEST_VERSION;
	pt->pub.bar[0] = (struct pcidev_bar){.size = PCITEST_BAR0_SIZE};
	pt->pub.bar[2] = (struct pcidev_bar){.size = PCITEST_BAR2_SIZE,
					     .flags = PCIDEV_BAR_MEM64 | PCIDEV_BAR_PREFETCH};
	pt->pub.msix = (struct pcidev_msix){.vectors = PCITEST_VECTORS,
					    .table_bar = 2,
					    .pba_bar = 2,
					    .table_off = PCITEST_MSIX_TABLE_OFF,
					    .pba_off = PCITEST_MSIX_PBA_OFF};
	pt_reset_locked(pt);
	*out = &pt->pub;
	return 0;
}

void pcitest_get_stats(struct pcidev *d, struct pcitest_stats *out)
{
	struct pcitest *pt = to_pt(d);

	pthread_mutex_lock(&pt->lock);
	*out = pt->stats;
	pthread_mutex_unlock(&pt->lock);
}
