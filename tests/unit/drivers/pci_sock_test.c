/*
 * The sock PCI backend (drivers/pci/pci_sock.c) against the device process
 * tools/pvdev hosting devices/nvme: the NVMe driver runs over it with its
 * memory passed as memfds (a DMA outside the mappings refused by the
 * process's table and counted), vectors routed to eventfds, a reset, maps
 * and unmaps; keep-alive across a simulated exec (the pci_dev dropped, the
 * socket kept, a new driver adopting the controller through it: one enable
 * and no reset in the process's counters), also with reads the process
 * holds across it (a delay rule: each completes once after the adoption,
 * through the re-routed vector); a killed or stopped process
 * gives an error within the bound; and the server's own checks of the
 * requests it gets (tools/pvdev/pvdev_srv.c), fed datagrams directly.
 * PV_SOCK_SEEDS=DIR writes the fuzz targets' seeds (pvdev_request,
 * pci_sock_reply) under DIR/<target>/ with the generated encoders instead.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "devices/nvme/nvme_emu.h"
#include "drivers/nvme/nvme.h"
#include "drivers/pci.h"
#include "nvm_wire.h"
#include "nvme_wire.h"
#include "pcisock_codec.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/savestate.h"
#include "tools/pvdev/pvdev.h"
#include "tests/unit/pv_check.h"

#define MEM_SIZE (16u << 20) /* "guest RAM": a memfd mapped at IOVA 0 */

static const char *const nvme_args[] = {"--nvme",      "memory", "--arg",    "64M",
					"--name",      "nvme-s", "--queues", "4",
					"--log-level", "warn",   NULL};

static struct rt_log tlog;

static void log_setup(void)
{
	rt_log_init(&tlog);
	if (!getenv("PV_LOG"))
		rt_log_set_level(&tlog, RT_LOG_ERROR);
}

static uint64_t ms_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* pvdev with nvme_args and `extra` (NULL-terminated, or NULL). */
static struct pci_dev *spawn_with(unsigned timeout_ms, const char *const *extra)
{
	const char *args[16];
	struct pci_dev *d = NULL;
	unsigned n = 0;

	for (const char *const *a = nvme_args; *a; a++)
		args[n++] = *a;
	for (const char *const *a = extra; a && *a; a++)
		args[n++] = *a;
	args[n] = NULL;
	ck_assert_int_eq(pci_sock_spawn(PVDEV_PATH, args, timeout_ms, &tlog, &d), 0);
	ck_assert_str_eq(d->backend, "sock");
	return d;
}

static struct pci_dev *spawn(unsigned timeout_ms)
{
	return spawn_with(timeout_ms, NULL);
}

static struct pci_sock_stats stats(struct pci_dev *d)
{
	struct pci_sock_stats s;

	ck_assert_int_eq(pci_sock_stats(d, &s), 0);
	return s;
}

/* ---- the driver over the socket ----------------------------------------------------- */

struct drv {
	struct pci_dev *pci;
	struct nvme_ctrlr *c;
	struct nvme_qpair *q;
	struct ev_loop *loop;
	int memfd;
	uint8_t *mem;
	int done, status;
};

static struct nvme_ctrlr_opts drv_opts(struct drv *v)
{
	return (struct nvme_ctrlr_opts){.log = &tlog,
					.pci = v->pci,
					.name = "nvme-sock",
					.io_queues = 1,
					.io_depth = 32,
					.io_timeout_ms = 5000,
					.abort_timeout_ms = 2000,
					.admin_timeout_ms = 5000};
}

static void drv_open(struct drv *v, const char *const *extra)
{
	struct nvme_ctrlr_opts co;

	memset(v, 0, sizeof(*v));
	v->pci = spawn_with(0, extra);
	v->memfd = memfd_create("pci-sock-test-ram", MFD_CLOEXEC);
	ck_assert_int_ge(v->memfd, 0);
	ck_assert_int_eq(ftruncate(v->memfd, MEM_SIZE), 0);
	v->mem = mmap(NULL, MEM_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, v->memfd, 0);
	ck_assert_ptr_ne(v->mem, MAP_FAILED);
	/* Memory no descriptor backs cannot reach the process. */
	ck_assert_int_eq(pci_dma_map(v->pci, v->mem, 0, MEM_SIZE), -EOPNOTSUPP);
	ck_assert_int_eq(pci_dma_map_fd(v->pci, v->memfd, 0, v->mem, 0, MEM_SIZE), 0);
	ck_assert_int_eq(pci_dma_map_fd(v->pci, v->memfd, 0, v->mem, 4096, 4096), -EEXIST);
	co = drv_opts(v);
	ck_assert_int_eq(nvme_ctrlr_open(&co, &v->c), 0);
	v->loop = rt_loop_new();
	ck_assert_ptr_nonnull(v->loop);
	ck_assert_int_eq(nvme_qpair_create(v->c, v->loop, 0, false, &v->q), 0);
}

static void drv_close(struct drv *v)
{
	nvme_qpair_destroy(v->q);
	nvme_ctrlr_close(v->c); /* closes the socket: the process ends and is reaped */
	rt_loop_destroy(v->loop);
	munmap(v->mem, MEM_SIZE);
	close(v->memfd);
}

static void io_cb(void *ctx, int status)
{
	struct drv *v = ctx;

	v->status = status;
	v->done++;
}

static void tick(struct ev_loop *loop, ev_timer *w, int revents)
{
}

/* One 4 KiB command at device address iova (guest offset off for its va); its status. */
static int io4k(struct drv *v, uint8_t op, uint64_t lba, uint64_t iova)
{
	struct nvme_sge sg = {.iova = iova, .va = v->mem + (iova % MEM_SIZE), .len = 4096};
	struct nvme_io io = {
		.op = op, .nsid = 1, .lba = lba, .sg = &sg, .nsg = 1, .cb = io_cb, .ctx = v};
	int want = v->done + 1;
	uint64_t t0 = ms_now();
	ev_timer guard;

	ck_assert_int_eq(nvme_io_submit(v->q, &io), 0);
	ev_timer_init(&guard, tick, 0.01, 0.01);
	ev_timer_start(v->loop, &guard);
	while (v->done < want) {
		ev_run(v->loop, EVRUN_ONCE);
		ck_assert_msg(ms_now() - t0 < 20000, "no completion in 20 s");
	}
	ev_timer_stop(v->loop, &guard);
	return v->status;
}

START_TEST(test_driver_over_sock)
{
	struct pci_sock_stats s0, s1;
	struct drv v;

	log_setup();
	drv_open(&v, NULL);
	s0 = stats(v.pci);
	ck_assert_uint_eq(s0.enables, 1);
	ck_assert_uint_eq(s0.maps, 2); /* guest RAM and the driver's pool */
	ck_assert_uint_gt(s0.admin_commands, 0);
	for (unsigned i = 0; i < 4096; i++)
		v.mem[0x10000 + i] = (uint8_t)(i * 7 + 3);
	ck_assert_int_eq(io4k(&v, NVME_IO_WRITE, 8, 0x10000), 0);
	ck_assert_int_eq(io4k(&v, NVME_IO_READ, 8, 0x20000), 0);
	ck_assert(!memcmp(v.mem + 0x10000, v.mem + 0x20000, 4096));
	/* A transfer outside every mapping: refused by the process's table, counted. */
	ck_assert_int_ne(io4k(&v, NVME_IO_READ, 8, 0x3000000), 0);
	s1 = stats(v.pci);
	ck_assert_uint_eq(s1.dma_faults, s0.dma_faults + 1);
	ck_assert_uint_eq(s1.io_commands, s0.io_commands + 3);
	ck_assert_uint_gt(s1.irqs, s0.irqs); /* completions came as eventfd writes */
	ck_assert_uint_eq(s1.enables, 1);
	ck_assert_uint_eq(s1.resets, s0.resets);
	ck_assert_uint_eq(s1.bad_requests, 0);
	ck_assert_uint_eq(s1.bad_replies, 0);
	drv_close(&v);
	rt_log_fini(&tlog);
}
END_TEST

/* Save, drop the objects as exec does (the socket stays), adopt through the socket. */
START_TEST(test_keep_alive_over_sock)
{
	struct pci_sock_stats s0, s1;
	struct rt_ss_writer w;
	struct pvss_file_header h = {.update_count = 1, .part_kind = PVSS_PART_KIND_SIM};
	struct rt_ss_reader r;
	struct nvme_ctrlr_opts co;
	struct pci_dev *pci;
	struct drv v;
	int memfd;

	log_setup();
	drv_open(&v, NULL);
	for (unsigned i = 0; i < 4096; i++)
		v.mem[0x10000 + i] = (uint8_t)(i * 5 + 1);
	ck_assert_int_eq(io4k(&v, NVME_IO_WRITE, 64, 0x10000), 0);
	s0 = stats(v.pci);
	ck_assert_int_eq(rt_ss_writer_init(&w), 0);
	ck_assert_int_eq(nvme_ctrlr_keep_save(v.c, &w, false), 0);
	ck_assert_int_eq(rt_ss_writer_finish(&w, &h, &memfd), 0);
	rt_ss_writer_fini(&w);
	pci = nvme_ctrlr_keep_abandon(v.c);
	v.c = NULL;
	v.q = NULL; /* freed with the controller, as exec frees it */
	pci_sock_forget(pci);
	v.pci = NULL;

	ck_assert_int_eq(rt_ss_reader_open_fd(&r, memfd), 0);
	co = drv_opts(&v);
	co.pci = NULL;
	co.adopt_sock = true;
	ck_assert_msg(nvme_ctrlr_adopt(&co, &r, false, &v.c) == 0, "adopt: %s", r.err);
	ck_assert_int_eq(rt_ss_reader_finish(&r), 0);
	rt_ss_reader_fini(&r);
	close(memfd);
	ck_assert_int_eq(nvme_qpair_create(v.c, v.loop, 0, false, &v.q), 0);
	ck_assert_int_eq(io4k(&v, NVME_IO_READ, 64, 0x30000), 0);
	ck_assert(!memcmp(v.mem + 0x10000, v.mem + 0x30000, 4096));
	v.pci = nvme_ctrlr_pci(v.c);
	s1 = stats(v.pci);
	/* The same controller: never disabled, never reset, not enabled again. */
	ck_assert_uint_eq(s1.enables, 1);
	ck_assert_uint_eq(s1.resets, s0.resets);
	ck_assert_uint_eq(s1.pid, s0.pid);
	ck_assert_uint_eq(s1.io_commands, s0.io_commands + 1);
	drv_close(&v);
	rt_log_fini(&tlog);
}
END_TEST

static bool carried_all(struct drv *v, uint64_t want)
{
	struct nvme_ctrlr_stats cs;

	nvme_ctrlr_get_stats(v->c, &cs);
	return cs.carried_done >= want;
}

/*
 * Reads the device process holds (a delay rule) while the driver is saved,
 * dropped and a new one adopts the controller: each completes once after
 * the adoption, through the vector re-routed to the new eventfd, its data
 * in guest memory.
 */
START_TEST(test_keep_alive_in_flight_over_sock)
{
	enum { N = 4 };
	char rule[64];
	const char *extra[] = {"--fault", rule, NULL};
	struct rt_ss_writer w;
	struct pvss_file_header h = {.update_count = 1, .part_kind = PVSS_PART_KIND_SIM};
	struct nvme_sge sg[N];
	struct nvme_io io[N];
	struct nvme_ctrlr_stats cs;
	struct pci_sock_stats s0, s1;
	struct nvme_ctrlr_opts co;
	struct rt_ss_reader r;
	struct drv v;
	uint64_t t0;
	int memfd;

	/* The next N reads held back 1.5 s (writes do not match): still out at the save under load. */
	snprintf(rule, sizeof(rule), "%d:%d:%d:0:0:0:%d:1500", NVME_EMU_FQ_IO, NVM_OPCODE_READ,
		 NVME_EMU_FAULT_DELAY, N);
	log_setup();
	drv_open(&v, extra);
	for (unsigned i = 0; i < N * 4096; i++)
		v.mem[0x100000 + i] = (uint8_t)(i * 13 + 5);
	for (unsigned i = 0; i < N; i++)
		ck_assert_int_eq(io4k(&v, NVME_IO_WRITE, 8 * i, 0x100000 + 4096 * i), 0);
	s0 = stats(v.pci);
	for (unsigned i = 0; i < N; i++) {
		sg[i] = (struct nvme_sge){.iova = 0x200000 + 4096 * i,
					  .va = v.mem + 0x200000 + 4096 * i,
					  .len = 4096};
		io[i] = (struct nvme_io){.op = NVME_IO_READ,
					 .nsid = 1,
					 .lba = 8 * i,
					 .sg = &sg[i],
					 .nsg = 1,
					 .cb = io_cb,
					 .ctx = &v};
		ck_assert_int_eq(nvme_io_submit(v.q, &io[i]), 0);
	}
	nvme_qpair_flush(v.q);
	ck_assert_uint_eq(nvme_qpair_outstanding(v.q), N);
	ck_assert_int_eq(rt_ss_writer_init(&w), 0);
	ck_assert_int_eq(nvme_ctrlr_keep_save(v.c, &w, false), 0);
	ck_assert_int_eq(rt_ss_writer_finish(&w, &h, &memfd), 0);
	rt_ss_writer_fini(&w);
	pci_sock_forget(nvme_ctrlr_keep_abandon(v.c));
	v.c = NULL;
	v.q = NULL;
	ck_assert_int_eq(v.done, N); /* the writes only: no read completed before the save */

	ck_assert_int_eq(rt_ss_reader_open_fd(&r, memfd), 0);
	co = drv_opts(&v);
	co.pci = NULL;
	co.adopt_sock = true;
	ck_assert_msg(nvme_ctrlr_adopt(&co, &r, false, &v.c) == 0, "adopt: %s", r.err);
	ck_assert_int_eq(rt_ss_reader_finish(&r), 0);
	rt_ss_reader_fini(&r);
	close(memfd);
	ck_assert_int_eq(nvme_qpair_create(v.c, v.loop, 0, false, &v.q), 0);
	nvme_ctrlr_get_stats(v.c, &cs);
	ck_assert_uint_eq(cs.carried, N);
	t0 = ms_now();
	{
		ev_timer guard;

		ev_timer_init(&guard, tick, 0.01, 0.01);
		ev_timer_start(v.loop, &guard);
		while (!carried_all(&v, N)) {
			ev_run(v.loop, EVRUN_ONCE);
			ck_assert_msg(ms_now() - t0 < 20000, "carried reads not done in 20 s");
		}
		ev_timer_stop(v.loop, &guard);
	}
	nvme_ctrlr_get_stats(v.c, &cs);
	ck_assert_uint_eq(cs.carried_done, N);
	ck_assert_uint_eq(cs.bad_cqes, 0);
	ck_assert_int_eq(v.done, N); /* the old binary's callbacks went with it */
	ck_assert(!memcmp(v.mem + 0x100000, v.mem + 0x200000, N * 4096));
	v.pci = nvme_ctrlr_pci(v.c);
	s1 = stats(v.pci);
	ck_assert_uint_eq(s1.enables, 1);
	ck_assert_uint_eq(s1.resets, s0.resets);
	ck_assert_uint_eq(s1.io_commands, s0.io_commands + N);
	drv_close(&v);
	rt_log_fini(&tlog);
}
END_TEST

/* Vectors, bus mastering, reset, unmap, the process's answers to bad arguments. */
START_TEST(test_irq_reset_unmap)
{
	struct pci_sock_stats s0, s1;
	struct pci_dev *d;
	int memfd, efd;

	log_setup();
	d = spawn(0);
	ck_assert_uint_eq(d->vendor != 0 && d->vendor != 0xFFFF, 1);
	ck_assert_uint_eq(d->class_code, 0x010802); /* mass storage, NVM, NVMe */
	ck_assert_uint_ge(d->bar_size[0], 0x2000);
	ck_assert_uint_gt(d->msix_vectors, 0);
	efd = eventfd(0, EFD_CLOEXEC);
	ck_assert_int_ge(efd, 0);
	ck_assert_int_eq(pci_irq_set(d, 0, efd), 0);
	ck_assert_int_eq(pci_irq_set(d, 0, efd), 0); /* swapped in place */
	ck_assert_int_eq(pci_irq_set(d, 0, -1), 0);
	ck_assert_int_eq(pci_irq_set(d, d->msix_vectors, efd), -EINVAL);
	/* A descriptor that is no eventfd: the process refuses it. */
	ck_assert_int_eq(pci_irq_set(d, 1, 0), -EINVAL);
	ck_assert_int_eq(pci_bus_master(d, true), 0);
	memfd = memfd_create("pci-sock-test", MFD_CLOEXEC);
	ck_assert_int_eq(ftruncate(memfd, 65536), 0);
	ck_assert_int_eq(pci_dma_map_fd(d, memfd, 0, NULL, 0x100000, 65536), 0);
	/* Past the memfd's end. */
	ck_assert_int_eq(pci_dma_map_fd(d, memfd, 4096, NULL, 0x200000, 65536), -EINVAL);
	s0 = stats(d);
	ck_assert_uint_eq(s0.maps, 1);
	ck_assert_int_eq(pci_dma_unmap(d, 0x100000, 4096), -ENOENT);
	ck_assert_int_eq(pci_dma_unmap(d, 0x100000, 65536), 0);
	ck_assert_int_eq(pci_reset(d), 0);
	s1 = stats(d);
	ck_assert_uint_eq(s1.maps, 0);
	ck_assert_uint_eq(s1.resets, s0.resets + 1);
	/* Refused by the process: the descriptor that is no eventfd, the map past its end
	 * (the vector out of range never left the driver). */
	ck_assert_uint_eq(s0.bad_requests, 2);
	ck_assert_uint_eq(s1.bad_requests, s0.bad_requests);
	/* CSTS after a reset: not ready. */
	ck_assert_uint_eq(pci_read32(d, 0, NVME_REGS_CSTS_OFFSET) & NVME_REGS_RDY_MASK, 0);
	close(memfd);
	close(efd);
	pci_close(d);
	rt_log_fini(&tlog);
}
END_TEST

/* A killed process: an error at once; a stopped one: an error within the bound. */
START_TEST(test_dead_process)
{
	struct pci_sock_stats s;
	struct pci_dev *d;
	uint64_t t0, took;
	int efd = eventfd(0, EFD_CLOEXEC);
	pid_t pid;

	log_setup();
	d = spawn(400);
	s = stats(d);
	ck_assert_int_eq(kill((pid_t)s.pid, SIGKILL), 0);
	t0 = ms_now();
	ck_assert_uint_eq(pci_read32(d, 0, NVME_REGS_CSTS_OFFSET), UINT32_MAX);
	took = ms_now() - t0;
	ck_assert_msg(took < 5000, "a dead process took %llu ms to notice",
		      (unsigned long long)took);
	ck_assert_int_eq(pci_irq_set(d, 0, efd), -ENODEV);
	ck_assert_int_eq(pci_reset(d), -ENODEV);
	pci_close(d);

	d = spawn(400);
	s = stats(d);
	pid = (pid_t)s.pid;
	ck_assert_int_eq(kill(pid, SIGSTOP), 0);
	t0 = ms_now();
	ck_assert_uint_eq(pci_read32(d, 0, NVME_REGS_CSTS_OFFSET), UINT32_MAX);
	took = ms_now() - t0;
	ck_assert_msg(took >= 400 && took < 10000, "a silent process answered after %llu ms",
		      (unsigned long long)took);
	ck_assert_int_eq(pci_sock_stats(d, &s), -ENODEV);
	ck_assert_uint_eq(s.timeouts, 1);
	ck_assert_int_eq(pci_bus_master(d, true), -ENODEV);
	kill(pid, SIGCONT); /* it sees its socket closed and exits; close reaps it */
	pci_close(d);
	close(efd);
	rt_log_fini(&tlog);
}
END_TEST

/* ---- the server's checks of what it gets --------------------------------------------- */

struct srv {
	struct pvdev *s;
	uint8_t out[PCISOCK_MAX_MSG];
	struct pcisock_msg rep;
	uint32_t seq;
};

static void srv_open(struct srv *v)
{
	struct nvme_emu_opts eo = {
		.name = "nvme-srv", .log = &tlog, .backend = "memory", .arg = "16M", .sgl = true};
	struct pcidev *emu;

	memset(v, 0, sizeof(*v));
	ck_assert_int_eq(nvme_emu_create(&eo, &emu), 0);
	ck_assert_int_eq(pvdev_create(emu, &tlog, &v->s), 0);
}

/* Encodes m (type set) as the driver would, hands it over; the reply's length. */
static size_t srv_req(struct srv *v, struct pcisock_msg *m, int fd)
{
	const struct pv_codec_ctx tx = {.dir = PV_DIR_TO_HOST}, rx = {.dir = PV_DIR_TO_GUEST};
	uint8_t buf[PCISOCK_MAX_MSG];
	int n, fds[1] = {fd};
	size_t r;

	m->u.hello.hdr = (struct pcisock_hdr){.type = m->type, .seq = ++v->seq};
	n = pcisock_msg_encode(m, &tx, buf, sizeof(buf));
	ck_assert_int_gt(n, 0);
	r = pvdev_handle(v->s, buf, (size_t)n, fds, fd >= 0 ? 1 : 0, v->out);
	if (r)
		ck_assert_int_eq(pcisock_msg_decode(v->out, r, &rx, &v->rep), PV_OK);
	return r;
}

static int srv_status(struct srv *v, struct pcisock_msg *m, int fd)
{
	ck_assert_uint_gt(srv_req(v, m, fd), 0);
	ck_assert_uint_eq(v->rep.type, PCISOCK_MSG_TYPE_STATUS);
	ck_assert_uint_eq(v->rep.u.status.hdr.seq, v->seq);
	return v->rep.u.status.status;
}

START_TEST(test_server_refuses)
{
	struct pcisock_msg m = {.type = PCISOCK_MSG_TYPE_BAR_READ};
	uint8_t raw[PCISOCK_MAX_MSG];
	struct srv v;
	int p[2];
	size_t r;

	log_setup();
	srv_open(&v);
	/* A read past BAR0 and from a BAR that is absent: STATUS in the reply, counted. */
	m.u.bar_read.width = PCISOCK_WIDTH_W32;
	m.u.bar_read.offset = pvdev_pci(v.s)->bar_size[0];
	ck_assert_uint_gt(srv_req(&v, &m, -1), 0);
	ck_assert_uint_eq(v.rep.type, PCISOCK_MSG_TYPE_READ_REPLY);
	ck_assert_int_eq(v.rep.u.read_reply.status, -EINVAL);
	m.u.bar_read.bar = 5;
	m.u.bar_read.offset = 0;
	ck_assert_uint_gt(srv_req(&v, &m, -1), 0);
	ck_assert_int_eq(v.rep.u.read_reply.status, -EINVAL);
	/* A posted write outside the BAR: no reply, counted. */
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_BAR_WRITE};
	m.u.bar_write.width = PCISOCK_WIDTH_W64;
	m.u.bar_write.offset = 1ull << 40;
	ck_assert_uint_eq(srv_req(&v, &m, -1), 0);
	/* DMA_MAP without its memfd, and with a pipe for one. */
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_DMA_MAP};
	m.u.dma_map.iova = 0x10000;
	m.u.dma_map.len = 4096;
	ck_assert_int_eq(srv_status(&v, &m, -1), -EINVAL);
	ck_assert_int_eq(pipe2(p, O_CLOEXEC), 0);
	ck_assert_int_eq(srv_status(&v, &m, p[0]), -EINVAL); /* the server closed p[0] */
	close(p[1]);
	/* A reply type sent to the server, a truncated request, an unknown type. */
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_BUS_MASTER};
	ck_assert_int_eq(srv_status(&v, &m, -1), 0);
	memcpy(raw, v.out, PCISOCK_STATUS_SIZE); /* STATUS back at it */
	ck_assert_uint_gt(pvdev_handle(v.s, raw, PCISOCK_STATUS_SIZE, NULL, 0, v.out), 0);
	ck_assert_int_eq(pcisock_status_decode(v.out, PCISOCK_STATUS_SIZE, NULL, &v.rep.u.status),
			 PV_OK);
	ck_assert_int_eq(v.rep.u.status.status, -EINVAL);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_DMA_UNMAP};
	m.u.dma_unmap.len = 4096;
	m.u.hello.hdr = (struct pcisock_hdr){.type = m.type, .seq = 77};
	ck_assert_int_gt(pcisock_msg_encode(&m, NULL, raw, sizeof(raw)), 0);
	r = pvdev_handle(v.s, raw, PCISOCK_DMA_UNMAP_SIZE - 1, NULL, 0, v.out);
	ck_assert_uint_eq(r, PCISOCK_STATUS_SIZE);
	ck_assert_int_eq(pcisock_status_decode(v.out, r, NULL, &v.rep.u.status), PV_OK);
	ck_assert_uint_eq(v.rep.u.status.hdr.seq, 77);
	ck_assert_int_eq(v.rep.u.status.status, -EINVAL);
	raw[0] = 0x55; /* no such type */
	ck_assert_uint_eq(pvdev_handle(v.s, raw, PCISOCK_DMA_UNMAP_SIZE, NULL, 0, v.out), 0);
	/* Every refusal counted: 2 reads, the write, 2 maps, STATUS, the short and the unknown. */
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_STATS};
	ck_assert_uint_gt(srv_req(&v, &m, -1), 0);
	ck_assert_uint_eq(v.rep.type, PCISOCK_MSG_TYPE_STATS_REPLY);
	ck_assert_uint_eq(v.rep.u.stats_reply.bad_requests, 8);
	ck_assert_uint_eq(v.rep.u.stats_reply.maps, 0);
	pvdev_destroy(v.s);
	rt_log_fini(&tlog);
}
END_TEST

/* ---- seeds for the fuzz targets (PV_SOCK_SEEDS=DIR: tests/fuzz/corpus) ---------------- */

/* Appends record [tag][len][m encoded] to buf at *at. */
static void seed_rec(uint8_t *buf, size_t *at, uint8_t tag, struct pcisock_msg *m, uint32_t seq,
		     uint8_t dir)
{
	const struct pv_codec_ctx ctx = {.dir = dir};
	int n;

	m->u.hello.hdr = (struct pcisock_hdr){.type = m->type, .seq = seq};
	n = pcisock_msg_encode(m, &ctx, buf + *at + 2, PCISOCK_MAX_MSG);
	ck_assert_int_gt(n, 0);
	buf[*at] = tag;
	buf[*at + 1] = (uint8_t)n;
	*at += 2 + (size_t)n;
}

static void seed_write(const char *dir, const char *target, const char *name, const uint8_t *b,
		       size_t n)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s/%s", dir, target, name);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(b, 1, n, f), n);
	fclose(f);
}

START_TEST(test_write_seeds)
{
	const char *dir = getenv("PV_SOCK_SEEDS");
	uint8_t buf[4096];
	size_t at = 0;
	struct pcisock_msg m;
	uint32_t seq = 0;

	/* pvdev_request: a driver's session, [fds][len][request]. */
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_HELLO};
	m.u.hello.version = PCISOCK_VERSION_V1;
	seed_rec(buf, &at, 0, &m, ++seq, PV_DIR_TO_HOST);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_DMA_MAP};
	m.u.dma_map.len = 65536;
	seed_rec(buf, &at, 1, &m, ++seq, PV_DIR_TO_HOST);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_BUS_MASTER};
	m.u.bus_master.enable = 1;
	seed_rec(buf, &at, 0, &m, ++seq, PV_DIR_TO_HOST);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_BAR_READ};
	m.u.bar_read.width = PCISOCK_WIDTH_W64;
	seed_rec(buf, &at, 0, &m, ++seq, PV_DIR_TO_HOST);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_IRQ_SET};
	m.u.irq_set.flags = PCISOCK_IRQ_FLAGS_CONNECT;
	seed_rec(buf, &at, 2, &m, ++seq, PV_DIR_TO_HOST);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_BAR_WRITE};
	m.u.bar_write.width = PCISOCK_WIDTH_W32;
	m.u.bar_write.offset = NVME_REGS_AQA_OFFSET;
	m.u.bar_write.value = 0x000f000f;
	seed_rec(buf, &at, 0, &m, ++seq, PV_DIR_TO_HOST);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_STATS};
	seed_rec(buf, &at, 0, &m, ++seq, PV_DIR_TO_HOST);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_DMA_UNMAP};
	m.u.dma_unmap.len = 65536;
	seed_rec(buf, &at, 0, &m, ++seq, PV_DIR_TO_HOST);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_RESET};
	seed_rec(buf, &at, 0, &m, ++seq, PV_DIR_TO_HOST);
	seed_write(dir, "pvdev_request", "session", buf, at);

	/* pci_sock_reply: [flags: patch seq] then HELLO's reply and one reply per request. */
	at = 1;
	buf[0] = 1;
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_HELLO_REPLY};
	m.u.hello_reply.version = PCISOCK_VERSION_V1;
	m.u.hello_reply.pid = 1;
	m.u.hello_reply.vendor = 0x1414;
	m.u.hello_reply.class_code = 0x010802;
	m.u.hello_reply.msix_vectors = 4;
	m.u.hello_reply.bar_size[0] = 0x4000;
	memcpy(m.u.hello_reply.name, "seed", 4);
	seed_rec(buf, &at, 0, &m, 1, PV_DIR_TO_GUEST);
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_READ_REPLY};
	m.u.read_reply.value = 0x1234;
	seed_rec(buf, &at, 0, &m, 0, PV_DIR_TO_GUEST); /* read32 */
	buf[at++] = 2;                                 /* write32: posted */
	buf[at++] = 0;
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_STATUS};
	seed_rec(buf, &at, 3, &m, 0, PV_DIR_TO_GUEST); /* irq_set */
	seed_rec(buf, &at, 4, &m, 0, PV_DIR_TO_GUEST); /* dma_map_fd */
	m.u.status.status = -EIO;
	seed_rec(buf, &at, 7, &m, 0, PV_DIR_TO_GUEST); /* reset */
	m = (struct pcisock_msg){.type = PCISOCK_MSG_TYPE_STATS_REPLY};
	m.u.stats_reply.enables = 1;
	m.u.stats_reply.io_commands = 9;
	seed_rec(buf, &at, 8, &m, 0, PV_DIR_TO_GUEST); /* stats */
	seed_write(dir, "pci_sock_reply", "session", buf, at);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("pci_sock");
	TCase *tc = tcase_create("sock");

	if (getenv("PV_SOCK_SEEDS")) {
		tcase_add_test(tc, test_write_seeds);
	} else {
		tcase_add_test(tc, test_driver_over_sock);
		tcase_add_test(tc, test_keep_alive_over_sock);
		tcase_add_test(tc, test_keep_alive_in_flight_over_sock);
		tcase_add_test(tc, test_irq_reset_unmap);
		tcase_add_test(tc, test_dead_process);
		tcase_add_test(tc, test_server_refuses);
	}
	suite_add_tcase(s, tc);
	return pv_check_run_suite(s);
}
