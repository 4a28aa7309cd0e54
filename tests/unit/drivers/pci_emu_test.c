/*
 * The emu PCI backend with a toy device: a copy engine with four registers
 * (source, destination, length, doorbell) whose worker thread copies by DMA
 * and raises vector 0 (or vector 1 on a DMA fault). The backend must check
 * BAR accesses, translate DMA through the mappings the driver made, refuse
 * unmapped bytes as an IOMMU does, and deliver vectors to eventfds.
 */
#include <check.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <unistd.h>

#include "drivers/pci.h"
#include "runtime/log.h"
#include "runtime/pcidev.h"
#include "runtime/util.h"
#include "tests/unit/test_wait.h"
#include "tests/unit/pv_check.h"

/* Toy device registers (BAR0), test-local: not a protocol. */
enum { REG_SRC = 0x0, REG_DST = 0x8, REG_LEN = 0x10, REG_DOORBELL = 0x18, REG_STATUS = 0x1c };

struct toy {
	struct pcidev pd;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	pthread_t thread;
	uint64_t src, dst, len;
	uint32_t status;
	bool kick, stop;
	int resets, destroyed_flag;
	int *destroyed;
};

static void toy_read(struct pcidev *d, unsigned bar, uint64_t off, void *data, unsigned len)
{
	struct toy *t = rt_container_of(d, struct toy, pd);
	uint64_t v = 0;

	pthread_mutex_lock(&t->lock);
	if (off == REG_STATUS)
		v = t->status;
	else if (off == REG_LEN)
		v = t->len;
	pthread_mutex_unlock(&t->lock);
	memcpy(data, &v, len);
}

static void toy_write(struct pcidev *d, unsigned bar, uint64_t off, const void *data, unsigned len)
{
	struct toy *t = rt_container_of(d, struct toy, pd);
	uint64_t v = 0;

	memcpy(&v, data, len);
	pthread_mutex_lock(&t->lock);
	if (off == REG_SRC)
		t->src = v;
	else if (off == REG_DST)
		t->dst = v;
	else if (off == REG_LEN)
		t->len = v;
	else if (off == REG_DOORBELL) {
		t->kick = true;
		pthread_cond_signal(&t->cond);
	}
	pthread_mutex_unlock(&t->lock);
}

static void *toy_thread(void *arg)
{
	struct toy *t = arg;
	uint8_t buf[65536];

	pthread_mutex_lock(&t->lock);
	for (;;) {
		while (!t->kick && !t->stop)
			pthread_cond_wait(&t->cond, &t->lock);
		if (t->stop)
			break;
		t->kick = false;
		uint64_t src = t->src, dst = t->dst, len = rt_min(t->len, sizeof(buf));
		pthread_mutex_unlock(&t->lock);
		int rc = pcidev_dma_read(&t->pd, src, buf, len);
		if (!rc)
			rc = pcidev_dma_write(&t->pd, dst, buf, len);
		pthread_mutex_lock(&t->lock);
		t->status = rc ? 2 : 1;
		pthread_mutex_unlock(&t->lock);
		pcidev_msix_notify(&t->pd, rc ? 1 : 0);
		pthread_mutex_lock(&t->lock);
	}
	pthread_mutex_unlock(&t->lock);
	return NULL;
}

static void toy_reset(struct pcidev *d)
{
	struct toy *t = rt_container_of(d, struct toy, pd);

	pthread_mutex_lock(&t->lock);
	t->src = t->dst = t->len = 0;
	t->status = 0;
	t->resets++;
	pthread_mutex_unlock(&t->lock);
}

static void toy_destroy(struct pcidev *d)
{
	struct toy *t = rt_container_of(d, struct toy, pd);

	pthread_mutex_lock(&t->lock);
	t->stop = true;
	pthread_cond_signal(&t->cond);
	pthread_mutex_unlock(&t->lock);
	pthread_join(t->thread, NULL);
	if (t->destroyed)
		(*t->destroyed)++;
	free(t);
}

static const struct pcidev_ops toy_ops = {
	.mmio_read = toy_read,
	.mmio_write = toy_write,
	.reset = toy_reset,
	.destroy = toy_destroy,
};

static struct rt_log test_log;

static struct pci_dev *open_toy(struct toy **tp, int *destroyed)
{
	struct toy *t = calloc(1, sizeof(*t));
	struct pci_dev *d;

	ck_assert_ptr_nonnull(t);
	pthread_mutex_init(&t->lock, NULL);
	pthread_cond_init(&t->cond, NULL);
	t->pd.ops = &toy_ops;
	t->pd.name = "toy0";
	t->pd.id = (struct pcidev_id){.vendor = 0x1234, .device = 0x5678, .class_code = 0xff0000};
	t->pd.bar[0].size = 4096;
	t->pd.msix = (struct pcidev_msix){
		.vectors = 2, .table_bar = 0, .pba_bar = 0, .table_off = 0x800, .pba_off = 0xc00};
	t->destroyed = destroyed;
	ck_assert_int_eq(pthread_create(&t->thread, NULL, toy_thread, t), 0);
	ck_assert_int_eq(pci_emu_open(&t->pd, &test_log, &d), 0);
	*tp = t;
	return d;
}

/* Waits (bounded: 10 s) for the eventfd to be signalled; returns its count. */
static uint64_t wait_irq(int efd)
{
	struct pollfd p = {.fd = efd, .events = POLLIN};
	uint64_t n = 0;

	ck_assert_int_eq(poll(&p, 1, 10000), 1);
	ck_assert_int_eq(read(efd, &n, sizeof(n)), (int)sizeof(n));
	return n;
}

static void start_copy(struct pci_dev *d, uint64_t src, uint64_t dst, uint64_t len)
{
	pci_write64(d, 0, REG_SRC, src);
	pci_write64(d, 0, REG_DST, dst);
	pci_write64(d, 0, REG_LEN, len);
	pci_write32(d, 0, REG_DOORBELL, 1);
}

START_TEST(test_identity_and_bar_checks)
{
	struct toy *t;
	int destroyed = 0;
	struct pci_dev *d = open_toy(&t, &destroyed);

	ck_assert_str_eq(d->backend, "emu");
	ck_assert_str_eq(d->name, "toy0");
	ck_assert_uint_eq(d->vendor, 0x1234);
	ck_assert_uint_eq(d->device, 0x5678);
	ck_assert_uint_eq(d->bar_size[0], 4096);
	ck_assert_uint_eq(d->bar_size[1], 0);
	ck_assert_uint_eq(d->msix_vectors, 2);
	pci_write64(d, 0, REG_LEN, 77);
	ck_assert_uint_eq(pci_read64(d, 0, REG_LEN), 77);
	ck_assert_uint_eq(pci_read32(d, 0, REG_LEN), 77);
	/* Outside the BAR, misaligned, absent BAR, MSI-X table: refused. */
	ck_assert_uint_eq(pci_read32(d, 0, 4096), UINT32_MAX);
	ck_assert_uint_eq(pci_read64(d, 0, 4092), UINT64_MAX);
	ck_assert_uint_eq(pci_read32(d, 0, REG_LEN + 2), UINT32_MAX);
	ck_assert_uint_eq(pci_read32(d, 1, 0), UINT32_MAX);
	ck_assert_uint_eq(pci_read32(d, 7, 0), UINT32_MAX);
	ck_assert_uint_eq(pci_read32(d, 0, 0x800), UINT32_MAX);
	ck_assert_uint_eq(pci_read32(d, 0, 0xc00), UINT32_MAX);
	pci_write64(d, 0, 4096 - 4, 5); /* ignored */
	ck_assert_int_eq(pci_irq_set(d, 2, 0), -EINVAL);
	ck_assert_int_eq(pci_reset(d), 0);
	ck_assert_int_eq(t->resets, 1);
	ck_assert_uint_eq(pci_read64(d, 0, REG_LEN), 0);
	pci_close(d);
	ck_assert_int_eq(destroyed, 1);
}
END_TEST

START_TEST(test_dma_through_mappings)
{
	struct toy *t;
	int destroyed = 0;
	struct pci_dev *d = open_toy(&t, &destroyed);
	int efd0 = eventfd(0, EFD_CLOEXEC), efd1 = eventfd(0, EFD_CLOEXEC);
	uint8_t *a =
		mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint8_t *b = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct pci_emu_stats st;

	ck_assert(a != MAP_FAILED && b != MAP_FAILED);
	ck_assert_int_eq(pci_irq_set(d, 0, efd0), 0);
	ck_assert_int_eq(pci_irq_set(d, 1, efd1), 0);
	/* a at IOVA 0x100000 (two separate mappings, adjacent in IOVA), b at 0x200000. */
	ck_assert_int_eq(pci_dma_map(d, a, 0x100000, 2 * 4096), 0);
	ck_assert_int_eq(pci_dma_map(d, a + 2 * 4096, 0x102000, 2 * 4096), 0);
	ck_assert_int_eq(pci_dma_map(d, b, 0x200000, 4096), 0);
	ck_assert_int_eq(pci_dma_map(d, b, 0x201000 - 4096, 4096), -EEXIST);
	ck_assert_int_eq(pci_dma_map(d, b + 1, 0x300000, 4096), -EINVAL);
	ck_assert_int_eq(pci_dma_map(d, b, UINT64_MAX - 4095, 8192), -EINVAL);

	for (int i = 0; i < 4 * 4096; i++)
		a[i] = (uint8_t)(i * 7);
	/* Bus mastering is off after open: the copy faults. */
	start_copy(d, 0x101800, 0x200000, 4096);
	ck_assert_uint_eq(wait_irq(efd1), 1);
	ck_assert_uint_eq(pci_read32(d, 0, REG_STATUS), 2);

	ck_assert_int_eq(pci_bus_master(d, true), 0);
	/* A copy that straddles the two mappings of a. */
	start_copy(d, 0x101800, 0x200000, 4096);
	ck_assert_uint_eq(wait_irq(efd0), 1);
	ck_assert_uint_eq(pci_read32(d, 0, REG_STATUS), 1);
	ck_assert_mem_eq(b, a + 0x1800, 4096);

	/* One byte past b's mapping: the whole access fails, nothing written. */
	memset(b, 0xee, 4096);
	start_copy(d, 0x100000, 0x200001, 4096);
	ck_assert_uint_eq(wait_irq(efd1), 1);
	ck_assert_uint_eq(b[1], 0xee);
	/* Address arithmetic that wraps. */
	start_copy(d, UINT64_MAX - 16, 0x200000, 64);
	ck_assert_uint_eq(wait_irq(efd1), 1);

	/* Unmapped: faults from then on. */
	ck_assert_int_eq(pci_dma_unmap(d, 0x200000, 4096), 0);
	ck_assert_int_eq(pci_dma_unmap(d, 0x200000, 4096), -ENOENT);
	start_copy(d, 0x100000, 0x200000, 16);
	ck_assert_uint_eq(wait_irq(efd1), 1);

	ck_assert_int_eq(pci_emu_stats(d, &st), 0);
	ck_assert_uint_eq(st.dma_faults, 4);
	ck_assert_uint_eq(st.irqs, 5);
	/* A vector with no route is dropped and counted. */
	ck_assert_int_eq(pci_irq_set(d, 0, -1), 0);
	ck_assert_int_eq(pci_dma_map(d, b, 0x200000, 4096), 0);
	start_copy(d, 0x100000, 0x200000, 16);
	POLL_UNTIL(TEST_WAIT_S, pci_emu_stats(d, &st) == 0 && st.irqs_dropped);
	ck_assert_int_eq(pci_emu_stats(d, &st), 0);
	ck_assert_uint_eq(st.irqs_dropped, 1);
	pci_close(d);
	close(efd0);
	close(efd1);
	munmap(a, 4 * 4096);
	munmap(b, 4096);
}
END_TEST

START_TEST(test_open_refuses_incomplete_device)
{
	struct pcidev pd = {.ops = NULL};
	struct pcidev_ops ops = {.mmio_read = toy_read};
	struct pci_dev *d;

	ck_assert_int_eq(pci_emu_open(&pd, &test_log, &d), -EINVAL);
	pd.ops = &ops;
	ck_assert_int_eq(pci_emu_open(&pd, &test_log, &d), -EINVAL);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_identity_and_bar_checks),
					      PV_CASE(test_dma_through_mappings),
					      PV_CASE(test_open_refuses_incomplete_device),
					      {0}};
	int rc;

	rt_log_init(&test_log);
	rc = pv_check_run("pci_emu", cases);
	rt_log_fini(&test_log);
	return rc;
}
