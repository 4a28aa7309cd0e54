/*
 * DMA pool on the emu backend: buffers are page-rounded, zeroed,
 * IOVA-contiguous and inside the pool's device mapping; the pool never
 * grows; freed pages are reused; a pool re-adopted from its memfd (as after
 * an exec) sees the same bytes and can re-claim its buffers.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drivers/pci.h"
#include "drivers/pci_dma.h"
#include "runtime/log.h"
#include "runtime/pcidev.h"
#include "tests/unit/pv_check.h"

static struct rt_log test_log;

static void nop_read(struct pcidev *d, unsigned bar, uint64_t off, void *data, unsigned len)
{
	memset(data, 0, len);
}

static void nop_write(struct pcidev *d, unsigned bar, uint64_t off, const void *data, unsigned len)
{
}

static void nop_reset(struct pcidev *d)
{
}

static void nop_destroy(struct pcidev *d)
{
}

static const struct pcidev_ops nop_ops = {
	.mmio_read = nop_read,
	.mmio_write = nop_write,
	.reset = nop_reset,
	.destroy = nop_destroy,
};

static struct pcidev nop_dev = {.ops = &nop_ops, .name = "nop0", .bar = {{.size = 4096}}};

#define IOVA 0x4000000000ull

START_TEST(test_alloc_free)
{
	struct pci_dev *d;
	struct pci_dma_pool *p;
	struct pci_dma_buf a, b, c, e;
	uint8_t probe[8];

	ck_assert_int_eq(pci_emu_open(&nop_dev, &test_log, &d), 0);
	ck_assert_int_eq(pci_dma_pool_create(d, 1000, IOVA, &p), -EINVAL);
	ck_assert_int_eq(pci_dma_pool_create(d, 8 * 4096, IOVA, &p), 0);
	ck_assert_int_eq(pci_bus_master(d, true), 0);
	ck_assert_int_eq(pci_dma_alloc(p, 0, &a), -EINVAL);
	ck_assert_int_eq(pci_dma_alloc(p, 100, &a), 0);
	ck_assert_uint_eq(a.len, 4096);
	ck_assert_uint_eq(a.iova, IOVA);
	ck_assert_int_eq(pci_dma_alloc(p, 3 * 4096, &b), 0);
	ck_assert_uint_eq(b.iova, IOVA + 4096);
	ck_assert_uint_eq(pci_dma_pool_used(p), 4 * 4096);
	/* The device sees what we write, at the buffer's IOVA. */
	memcpy((uint8_t *)b.va + 4096, "devbytes", 8);
	ck_assert_int_eq(pcidev_dma_read(&nop_dev, b.iova + 4096, probe, 8), 0);
	ck_assert_mem_eq(probe, "devbytes", 8);
	ck_assert_int_eq(pcidev_dma_read(&nop_dev, IOVA + 8 * 4096, probe, 1), -EFAULT);
	/* The pool is a budget. */
	ck_assert_int_eq(pci_dma_alloc(p, 5 * 4096, &c), -ENOMEM);
	ck_assert_int_eq(pci_dma_alloc(p, 4 * 4096, &c), 0);
	ck_assert_int_eq(pci_dma_alloc(p, 1, &e), -ENOMEM);
	/* Freed pages come back, zeroed. */
	memset(b.va, 0xab, b.len);
	pci_dma_free(p, &b);
	ck_assert_int_eq(pci_dma_alloc(p, 2 * 4096, &e), 0);
	ck_assert_uint_eq(e.iova, IOVA + 4096);
	ck_assert_uint_eq(((uint8_t *)e.va)[100], 0);
	pci_dma_free(p, &a);
	pci_dma_free(p, &c);
	pci_dma_free(p, &e);
	ck_assert_uint_eq(pci_dma_pool_used(p), 0);
	pci_dma_pool_destroy(p);
	/* The device mapping went with it. */
	ck_assert_int_eq(pcidev_dma_read(&nop_dev, IOVA, probe, 1), -EFAULT);
	pci_close(d);
}
END_TEST

START_TEST(test_adopt_after_exec)
{
	struct pci_dev *d;
	struct pci_dma_pool *p, *q;
	struct pci_dma_buf a, again;
	int fd;

	ck_assert_int_eq(pci_emu_open(&nop_dev, &test_log, &d), 0);
	ck_assert_int_eq(pci_dma_pool_create(d, 4 * 4096, IOVA, &p), 0);
	ck_assert_int_eq(pci_dma_alloc(p, 4096, &a), 0);
	ck_assert_int_eq(pci_dma_alloc(p, 4096, &a), 0);
	memcpy(a.va, "queue", 5);
	fd = dup(pci_dma_pool_fd(p));
	ck_assert_int_ge(fd, 0);
	/* The old process image goes away without unmapping from the device. */
	ck_assert_int_eq(pci_dma_pool_adopt(d, fd, 4 * 4096, IOVA, &q), 0);
	ck_assert_int_eq(pci_dma_pool_claim(q, a.iova, 4096, &again), 0);
	ck_assert_mem_eq(again.va, "queue", 5);
	ck_assert_int_eq(pci_dma_pool_claim(q, a.iova, 4096, &again), -EEXIST);
	ck_assert_int_eq(pci_dma_pool_claim(q, IOVA + 4 * 4096, 4096, &again), -EINVAL);
	ck_assert_int_eq(pci_dma_pool_claim(q, IOVA + 3 * 4096, 2 * 4096, &again), -EINVAL);
	ck_assert_int_eq(pci_dma_pool_claim(q, IOVA - 4096, 4096, &again), -EINVAL);
	ck_assert_uint_eq(pci_dma_pool_used(q), 4096);
	pci_dma_pool_destroy(q);
	pci_dma_pool_destroy(p);
	pci_close(d);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(test_alloc_free), PV_CASE(test_adopt_after_exec), {0}};
	int rc;

	rt_log_init(&test_log);
	rc = pv_check_run("pci_dma", cases);
	rt_log_fini(&test_log);
	return rc;
}
