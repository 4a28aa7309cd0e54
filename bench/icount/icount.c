/*
 * bench_icount: fixed workloads whose instruction counts callgrind measures
 * (bench/icount/check runs it under `valgrind --tool=callgrind
 * --separate-threads=yes` and compares with bench/icount/expected.txt).
 *
 * The paravisor side runs in this process on its own threads: the sim
 * partition's loop thread, the VMBus channel workers, storvsp's I/O thread
 * and the netvsp workers, with one SCSI controller (LUN 0: null backend) and
 * two NICs (nic0: null endpoint, nic1: loopback). The guest is the pvguest
 * library on the main thread. Each case warms up, zeroes callgrind's
 * counters, runs a fixed number of operations and dumps the counters with
 * the case's name and count ("case NAME N"), so per-thread totals divided by
 * N are instructions per operation: the host threads' sum is the paravisor's
 * cost, the main thread's the guest's (or, for the single-thread cases, the
 * code under test).
 *
 * Inputs are fixed (seeded offsets, fixed frames, fixed counts). Outside
 * valgrind the client requests do nothing and the program just runs the
 * workloads (a smoke test).
 *
 *   bench_icount [CASE...]    (default: every case; --list prints them)
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <valgrind/callgrind.h>

#include "devices/netvsp/netvsp.h"
#include "devices/storvsp/storvsp.h"
#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "runtime/gmem.h"
#include "runtime/gpadl.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/partition_sim.h"
#include "runtime/ring.h"
#include "runtime/vmbus/vmbus_server.h"
#include "storvsc_codec.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"
#include "tools/pvguest/storvsc_client.h"

static const uint8_t nic0_instance[16] = {0x1c, 0x0c, 0x00, 0x01};
static const uint8_t nic1_instance[16] = {0x1c, 0x0c, 0x00, 0x02};

/* ------------------------------------------------------------------ */
/* The paravisor side, on its own loop thread                           */

struct host {
	pthread_t thread;
	char sock[108];
	struct ev_loop *loop;
	struct rt_log log;
	struct rt_partition *part;
	struct vmbus_server *srv;
	struct storvsp *sv;
	struct netvsp *nic[2];
	ev_async quit;
	pthread_mutex_t mu;
	pthread_cond_t cond;
	int state; /* 0 starting, 1 up, <0 -errno */
};

static void quit_cb(struct ev_loop *loop, ev_async *w, int revents)
{
	(void)w;
	(void)revents;
	ev_break(loop, EVBREAK_ALL);
}

static void host_set_state(struct host *h, int st)
{
	pthread_mutex_lock(&h->mu);
	h->state = st;
	pthread_cond_broadcast(&h->cond);
	pthread_mutex_unlock(&h->mu);
}

static int host_build(struct host *h)
{
	struct vmbus_server_opts so = {.log = &h->log, .workers = 2};
	struct storvsp_opts vo = {.log = &h->log, .name = "scsi0", .instance = {0x5c, 0x51}};
	struct storvsp_lun_cfg lun = {.lun = 0, .backend = "null", .arg = "256M"};
	struct netvsp_opts no = {.log = &h->log, .endpoint = "null", .name = "nic0"};
	int rc;

	rc = rt_partition_sim_create(h->loop, h->sock, 128u << 20, 2, &h->part);
	if (rc)
		return rc;
	rt_partition_sim_set_log(h->part, &h->log);
	if ((rc = vmbus_server_new(h->part, &so, &h->srv)))
		return rc;
	if ((rc = storvsp_create(h->srv, &vo, &h->sv)) || (rc = storvsp_lun_add(h->sv, &lun)))
		return rc;
	memcpy(no.instance, nic0_instance, 16);
	if ((rc = netvsp_create(h->srv, &no, &h->nic[0])))
		return rc;
	no.endpoint = "loopback";
	no.name = "nic1";
	memcpy(no.instance, nic1_instance, 16);
	if ((rc = netvsp_create(h->srv, &no, &h->nic[1])))
		return rc;
	return h->part->ops->start(h->part);
}

static void *host_main(void *arg)
{
	struct host *h = arg;
	int rc;

	rt_log_init(&h->log);
	rt_log_set_level(&h->log, RT_LOG_ERROR);
	h->loop = rt_loop_new();
	if (!h->loop) {
		host_set_state(h, -ENOMEM);
		return NULL;
	}
	ev_async_init(&h->quit, quit_cb);
	ev_async_start(h->loop, &h->quit);
	rc = host_build(h);
	host_set_state(h, rc ? rc : 1);
	if (!rc)
		ev_run(h->loop, 0);
	ev_async_stop(h->loop, &h->quit);
	if (h->part)
		h->part->ops->stop(h->part);
	for (int i = 1; i >= 0; i--)
		if (h->nic[i])
			netvsp_destroy(h->nic[i]);
	if (h->sv)
		storvsp_destroy(h->sv);
	if (h->srv)
		vmbus_server_destroy(h->srv);
	if (h->part)
		h->part->ops->destroy(h->part);
	rt_loop_destroy(h->loop);
	rt_log_fini(&h->log);
	return NULL;
}

static int host_start(struct host *h)
{
	int st;

	memset(h, 0, sizeof(*h));
	snprintf(h->sock, sizeof(h->sock), "/tmp/pv-icount-%d.sock", (int)getpid());
	unlink(h->sock);
	pthread_mutex_init(&h->mu, NULL);
	pthread_cond_init(&h->cond, NULL);
	if (pthread_create(&h->thread, NULL, host_main, h))
		return -EAGAIN;
	pthread_mutex_lock(&h->mu);
	while (!h->state)
		pthread_cond_wait(&h->cond, &h->mu);
	st = h->state;
	pthread_mutex_unlock(&h->mu);
	return st < 0 ? st : 0;
}

static void host_stop(struct host *h)
{
	ev_async_send(h->loop, &h->quit);
	pthread_join(h->thread, NULL);
	unlink(h->sock);
}

/* ------------------------------------------------------------------ */
/* Cases                                                                */

struct env {
	struct pvg *g;
	struct pvsc *sc;
	struct pvnc *nc[2];
};

/*
 * Instrumentation is switched on for every thread at once (callgrind's
 * zero/dump requests act on the calling thread only), so one process runs
 * one measured case; `check` runs the process once per case.
 */
static void measure_begin(void)
{
	CALLGRIND_START_INSTRUMENTATION;
}

static void measure_end(const char *name, uint64_t n)
{
	CALLGRIND_STOP_INSTRUMENTATION;
	printf("case %s %llu\n", name, (unsigned long long)n);
	fflush(stdout);
}

static int storvsp_qd(struct env *e, const char *name, uint32_t qd, uint64_t n)
{
	struct pvsc_workload w = {.qd = qd,
				  .ios = 256,
				  .write_pct = 50,
				  .mix_set = true,
				  .span = 64u << 20,
				  .seed = 1};
	struct pvsc_workload_result r;
	int rc = pvsc_run_workload(e->sc, &w, &r);

	if (rc)
		return rc;
	w.ios = n;
	w.seed = 2;
	measure_begin();
	rc = pvsc_run_workload(e->sc, &w, &r);
	measure_end(name, n);
	return rc ? rc : r.errors ? -EIO : 0;
}

static int case_storvsp_null_qd1(struct env *e)
{
	return storvsp_qd(e, "storvsp_null_qd1", 1, 1000);
}

static int case_storvsp_null_qd32(struct env *e)
{
	return storvsp_qd(e, "storvsp_null_qd32", 32, 4000);
}

/* Frames in bursts of `burst`, each burst waited for; n frames in all. */
static int netvsp_tx(struct pvnc *nc, uint32_t size, uint64_t n, uint32_t burst)
{
	uint8_t f[1514] = {0};
	int rc = 0;

	memcpy(f, pvnc_mac(nc), 6);
	memcpy(f + 6, pvnc_mac(nc), 6);
	f[12] = 0x88;
	f[13] = 0xb5;
	for (uint64_t i = 0; i < n && !rc; i += burst) {
		for (uint32_t k = 0; k < burst && !rc; k++)
			rc = pvnc_send_frame(nc, 0, f, size);
		while (!rc && pvnc_sends_outstanding(nc))
			if ((rc = pvnc_poll(nc, 10)) > 0)
				rc = 0;
	}
	return rc < 0 ? rc : 0;
}

static int netvsp_null(struct env *e, const char *name, uint32_t size)
{
	const uint64_t n = 2048;
	int rc = netvsp_tx(e->nc[0], size, 256, 16);

	if (rc)
		return rc;
	measure_begin();
	rc = netvsp_tx(e->nc[0], size, n, 16);
	measure_end(name, n);
	return rc;
}

static int case_netvsp_null_64(struct env *e)
{
	return netvsp_null(e, "netvsp_null_64", 64);
}

static int case_netvsp_null_1500(struct env *e)
{
	return netvsp_null(e, "netvsp_null_1500", 1500);
}

/* Through the loopback endpoint and back into the guest's receive buffer. */
static int case_netvsp_loopback_64(struct env *e)
{
	struct pvnc_workload w = {.count = 256, .size = 64, .drain_ms = 10000};
	int rc = pvnc_workload_run(e->nc[1], &w);

	if (rc || w.lost)
		return rc ? rc : -EIO;
	w.count = 2048;
	measure_begin();
	rc = pvnc_workload_run(e->nc[1], &w);
	measure_end("netvsp_loopback_64", w.count);
	return rc ? rc : w.lost ? -EIO : 0;
}

/* ---- single-thread cases: the code under test on the main thread ---- */

/* One 64-byte in-band packet written by the guest and read by the host. */
static int case_ring_64(struct env *e)
{
	const uint32_t pages = 17, n = 20000;
	uint8_t hdr[8 + 8 * 2 * 17], pkt[64] = {1}, buf[128];
	uint32_t len = 2 * pages * 4096, off = 0;
	struct rt_gmem *g;
	struct rt_gpadl_table *t;
	struct rt_gpadl *gp, *done;
	struct rt_ring_pair guest, host;
	struct iovec v = {pkt, sizeof(pkt)};
	int rc;

	(void)e;
	if ((rc = rt_gmem_create_memfd(64u * 4096, &g)) ||
	    (rc = rt_gpadl_table_create(g, NULL, &t)) < 0)
		return rc;
	memcpy(hdr, &len, 4);
	memcpy(hdr + 4, &off, 4);
	for (uint32_t i = 0; i < 2 * pages; i++) {
		uint64_t pfn = 8 + i;
		memcpy(hdr + 8 + 8 * i, &pfn, 8);
	}
	if (rt_gpadl_header(t, 1, 1, sizeof(hdr), 1, hdr, sizeof(hdr), &done) != 1 ||
	    rt_gpadl_acquire(t, 1, 1, &gp) < 0 ||
	    rt_ring_pair_init(&guest, g, gp, pages, RT_RING_GUEST) < 0 ||
	    rt_ring_pair_init(&host, g, gp, pages, RT_RING_HOST) < 0)
		return -EIO;
	measure_begin();
	for (uint32_t i = 0; i < n && !rc; i++) {
		size_t got;
		bool sig;
		rc = rt_ring_write_pkt(&guest.out, VMRING_PKT_DATA_INBAND, 0, i, 0, &v, 1, &sig);
		if (!rc)
			rc = rt_ring_read(&host.in, buf, sizeof(buf), &got);
		if (!rc)
			rt_ring_read_done(&host.in);
	}
	measure_end("ring_64", n);
	rt_ring_pair_fini(&host);
	rt_ring_pair_fini(&guest);
	rt_gpadl_release(t, gp);
	rt_gpadl_table_destroy(t);
	rt_gmem_destroy(g);
	return rc;
}

/* The generated decoders on the messages of the data paths. */
static int case_decode(struct env *e)
{
	const uint32_t n = 20000;
	uint8_t srb[64] = {0}, nvsp[40] = {0}, rndis[64] = {0};
	struct pv_codec_ctx sctx = {.version = STORVSC_VERSION_WIN10, .dir = PV_DIR_TO_HOST};
	struct pv_codec_ctx nctx = {.version = NVSP_VERSION_V61, .dir = PV_DIR_TO_HOST};
	struct storvsc_msg sm;
	struct nvsp_msg nm;
	struct rndis_msg rm;
	int bad = 0;

	(void)e;
	pv_put_u32(srb, STORVSC_OPERATION_EXECUTE_SRB);
	pv_put_u32(srb + 4, 1);
	pv_put_u16(srb + 12, 0x34); /* length */
	srb[12 + 8] = 10;           /* cdb_length */
	srb[12 + 10] = 1;           /* data_in: read */
	pv_put_u32(srb + 12 + 12, 4096);
	srb[12 + 16] = 0x28;
	pv_put_u32(nvsp, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(nvsp + 8, 3);
	pv_put_u32(nvsp + 12, 64);
	pv_put_u32(rndis, RNDIS_MSG_TYPE_PACKET);
	pv_put_u32(rndis + 4, 64);
	pv_put_u32(rndis + 8, 36);
	pv_put_u32(rndis + 12, 20);
	measure_begin();
	for (uint32_t i = 0; i < n; i++) {
		bad |= storvsc_msg_decode(srb, sizeof(srb), &sctx, &sm) != PV_OK;
		bad |= nvsp_msg_decode(nvsp, sizeof(nvsp), &nctx, &nm) != PV_OK;
		bad |= rndis_msg_decode(rndis, sizeof(rndis), NULL, &rm) != PV_OK;
		__asm__ volatile("" ::"r"(&sm), "r"(&nm), "r"(&rm) : "memory");
	}
	measure_end("decode_srb_nvsp_rndis", n);
	return bad ? -EBADMSG : 0;
}

static const struct {
	const char *name;
	int (*fn)(struct env *e);
	bool host; /* needs the paravisor and the guest's devices */
} cases[] = {
	{"ring_64", case_ring_64, false},
	{"decode_srb_nvsp_rndis", case_decode, false},
	{"storvsp_null_qd1", case_storvsp_null_qd1, true},
	{"storvsp_null_qd32", case_storvsp_null_qd32, true},
	{"netvsp_null_64", case_netvsp_null_64, true},
	{"netvsp_null_1500", case_netvsp_null_1500, true},
	{"netvsp_loopback_64", case_netvsp_loopback_64, true},
};
#define NCASES (sizeof(cases) / sizeof(cases[0]))

static bool wanted(int argc, char **argv, const char *name)
{
	if (argc < 2)
		return true;
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], name))
			return true;
	return false;
}

static int env_up(struct host *h, struct env *e)
{
	struct pvg_opts go = {.socket = h->sock};
	struct pvsc_opts so = {.slots = 32};
	struct pvnc_opts no = {.instance = nic0_instance};
	char err[256];
	int rc;

	if ((rc = pvg_connect(&go, &e->g, err, sizeof(err))) || (rc = pvg_negotiate(e->g)) ||
	    (rc = pvg_request_offers(e->g)) || (rc = pvsc_open(e->g, &so, &e->sc)) ||
	    (rc = pvnc_open(e->g, &no, &e->nc[0])))
		return rc;
	no.instance = nic1_instance;
	return pvnc_open(e->g, &no, &e->nc[1]);
}

static void env_down(struct env *e)
{
	for (int i = 1; i >= 0; i--)
		if (e->nc[i])
			pvnc_close(e->nc[i]);
	if (e->sc)
		pvsc_close(e->sc);
	if (e->g)
		pvg_close(e->g);
}

int main(int argc, char **argv)
{
	struct host h;
	struct env e = {0};
	bool need_host = false;
	int rc = 0;

	if (argc == 2 && !strcmp(argv[1], "--list")) {
		for (size_t i = 0; i < NCASES; i++)
			printf("%s\n", cases[i].name);
		return 0;
	}
	for (int i = 1; i < argc; i++) {
		bool known = false;
		for (size_t k = 0; k < NCASES; k++)
			known |= !strcmp(argv[i], cases[k].name);
		if (!known) {
			fprintf(stderr, "bench_icount: unknown case %s (--list)\n", argv[i]);
			return 2;
		}
	}
	for (size_t i = 0; i < NCASES; i++)
		need_host |= cases[i].host && wanted(argc, argv, cases[i].name);
	if (need_host) {
		rc = host_start(&h);
		if (!rc)
			rc = env_up(&h, &e);
		if (rc) {
			fprintf(stderr, "bench_icount: setting up: %s\n", strerror(-rc));
			return 1;
		}
	}
	for (size_t i = 0; i < NCASES && !rc; i++) {
		if (!wanted(argc, argv, cases[i].name))
			continue;
		rc = cases[i].fn(&e);
		if (rc)
			fprintf(stderr, "bench_icount: %s: %s\n", cases[i].name, strerror(-rc));
	}
	if (need_host) {
		env_down(&e);
		host_stop(&h);
	}
	return rc ? 1 : 0;
}
