/*
 * What the storvsp unit tests share: a detached controller whose I/O runs on
 * this thread's loop, a fake channel transport that records what the VSP
 * sends (and can pretend its ring is full), and packets built the way a
 * guest builds them: storvsc messages by the generated storvsc encoders,
 * ring packets (descriptor, GPA ranges) by the generated vmring encoders,
 * handed over through vmbus_pkt_decode() as the channel does. Replies are
 * read back with the generated decoders.
 */
#ifndef SV_FAKE_H
#define SV_FAKE_H

#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/storvsp/storvsp.h"
#include "runtime/gmem.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/vmbus/vmbus_chan.h"
#include "storvsc_codec.h"
#include "sv_msgs.h"
#include "tests/unit/test_wait.h"

#define MAX_SENT 256

struct fake {
	bool full; /* send returns -EAGAIN */
	unsigned kicks, offers;
	uint16_t offered;
	unsigned nsent;
	struct {
		uint16_t type;
		uint64_t id;
		size_t len;
		uint8_t d[STORVSC_PACKET_SIZE];
	} sent[MAX_SENT];
};

static int f_send(void *transport, uint16_t type, uint16_t flags, uint64_t id, const void *data,
		  size_t len)
{
	struct fake *f = transport;

	(void)flags;
	if (f->full)
		return -EAGAIN;
	ck_assert_uint_lt(f->nsent, MAX_SENT);
	ck_assert_uint_le(len, STORVSC_PACKET_SIZE);
	f->sent[f->nsent].type = type;
	f->sent[f->nsent].id = id;
	f->sent[f->nsent].len = len;
	memcpy(f->sent[f->nsent].d, data, len);
	f->nsent++;
	return 0;
}

static void f_kick(void *transport)
{
	((struct fake *)transport)->kicks++;
}

static int f_offer(void *transport, uint16_t n)
{
	struct fake *f = transport;

	f->offers++;
	f->offered = n;
	return 0;
}

static const struct storvsp_channel_ops fops = {f_send, f_kick, f_offer};

static struct ev_loop *L;
static struct rt_log LOG;
static struct rt_gmem *GM;
static struct storvsp *S;
static struct storvsp_channel *P;
static struct fake F;

static __attribute__((unused)) void setup_with(uint32_t max_io, uint16_t subs)
{
	struct storvsp_opts o = {.log = &LOG, .subchannels = subs, .max_io = max_io};
	struct storvsp_lun_cfg l = {.lun = 0, .backend = "memory", .arg = "1M"};

	memset(&F, 0, sizeof(F));
	test_log_init(&LOG);
	L = rt_loop_new();
	ck_assert_ptr_nonnull(L);
	o.io_loop = L;
	ck_assert_int_eq(rt_gmem_create_memfd(4u << 20, &GM), 0);
	ck_assert_int_eq(storvsp_create_detached(GM, &o, &S), 0);
	ck_assert_int_eq(storvsp_lun_add(S, &l), 0);
	ck_assert_int_eq(storvsp_channel_open(S, &fops, &F, 0, &P), 0);
}

/* Runs the loop until channel c has no request outstanding (bounded: a hang fails). */
static __attribute__((unused)) void drain(struct storvsp_channel *c)
{
	WAIT_UNTIL(L, !storvsp_channel_outstanding(c));
}

static __attribute__((unused)) void teardown(void)
{
	storvsp_channel_close(P);
	storvsp_destroy(S);
	rt_gmem_destroy(GM);
	rt_loop_destroy(L);
	rt_log_fini(&LOG);
}

/*
 * Hands channel c message m (encoded by the generated encoder) as a guest
 * sends it: in-band, or with one GPA range of `len` bytes at byte `off` of
 * pages pfns[0..npfn) (the descriptor and range list by the vmring encoder).
 */
static __attribute__((unused)) int deliver_on(struct storvsp_channel *c, uint16_t flags,
					      uint64_t id, const struct storvsc_msg *m,
					      uint32_t len, uint32_t off, const uint64_t *pfns,
					      uint32_t npfn)
{
	static uint64_t buf[1024];
	static struct vmring_gpa_direct g;
	static struct vmbus_pkt_gpa gpa;
	uint8_t body[STORVSC_PACKET_SIZE];
	struct vmbus_pkt pkt;
	int n = storvsc_msg_encode(m, NULL, body, sizeof(body)), total;

	ck_assert_int_gt(n, 0);
	if (!npfn) {
		total = vmbus_pkt_build(buf, sizeof(buf), VMRING_PKT_DATA_INBAND, flags, id, NULL,
					0, body, (size_t)n);
	} else {
		memset(&g, 0, sizeof(g));
		g.hdr.type = VMRING_PKT_DATA_USING_GPA_DIRECT;
		g.hdr.flags = flags;
		g.hdr.trans_id = id;
		g.ranges_count = 1;
		g.ranges[0] = (struct pv_gpa_range){len, off, 0, npfn};
		memcpy(g.ranges_pfns, pfns, npfn * sizeof(*pfns));
		g.ranges_pfn_count = npfn;
		g.hdr.offset8 = (uint16_t)((VMRING_GPA_DIRECT_SIZE + 8 + 8 * npfn) / 8);
		g.hdr.len8 = (uint16_t)(g.hdr.offset8 + (n + 7) / 8);
		memset(buf, 0, (size_t)g.hdr.len8 * 8);
		ck_assert_int_eq(vmring_gpa_direct_encode(&g, buf, sizeof(buf)), g.hdr.offset8 * 8);
		memcpy((uint8_t *)buf + g.hdr.offset8 * 8, body, (size_t)n);
		total = g.hdr.len8 * 8;
	}
	ck_assert_int_gt(total, 0);
	ck_assert_int_eq(vmbus_pkt_decode(buf, (size_t)total, &gpa, &pkt), PV_OK);
	return storvsp_channel_packet(c, &pkt);
}

/* The status of reply i (COMPLETE_IO in the generic layout, either size). */
static __attribute__((unused)) uint32_t reply_status_of(const struct fake *f, unsigned i)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};
	struct storvsc_msg m;

	ck_assert_int_eq(storvsc_msg_decode(f->sent[i].d, f->sent[i].len, &cx, &m), PV_OK);
	return m.variant == STORVSC_MSG_VAR_COMPLETE_IO_PACKET ? m.u.packet.hdr.status
							       : m.u.complete_io.hdr.status;
}

/* Reply i as an SRB completion of either size (common fields only). */
static __attribute__((unused)) struct storvsc_scsi_request_v1 reply_srb_of(const struct fake *f,
									   unsigned i)
{
	struct storvsc_scsi_request_v1 r = {0};

	if (f->sent[i].len == STORVSC_SRB_PACKET_SIZE) {
		struct storvsc_srb_packet p;

		ck_assert_int_eq(storvsc_srb_packet_decode(f->sent[i].d, f->sent[i].len, NULL, &p),
				 PV_OK);
		memcpy(r.cdb, p.srb.cdb, sizeof(r.cdb));
		r.status = p.srb.status;
		r.scsi_status = p.srb.scsi_status;
		r.data_transfer_length = p.srb.data_transfer_length;
		return r;
	}
	{
		struct storvsc_srb_packet_v1 p;

		ck_assert_int_eq(
			storvsc_srb_packet_v1_decode(f->sent[i].d, f->sent[i].len, NULL, &p),
			PV_OK);
		return p.srb;
	}
}

/* The operation of sent packet i. */
static __attribute__((unused)) uint32_t sent_op(unsigned i)
{
	struct storvsc_header h;

	ck_assert_int_eq(storvsc_header_decode(F.sent[i].d, STORVSC_HEADER_SIZE, NULL, &h), PV_OK);
	return h.operation;
}

static __attribute__((unused)) uint32_t op_status_on(struct storvsp_channel *c, struct fake *f,
						     const struct storvsc_msg *m, uint64_t id)
{
	unsigned before = f->nsent;

	ck_assert_int_eq(deliver_on(c, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, id, m, 0, 0, NULL, 0),
			 0);
	ck_assert_uint_eq(f->nsent, before + 1);
	ck_assert_uint_eq(f->sent[before].type, VMRING_PKT_COMP);
	ck_assert_uint_eq(f->sent[before].id, id);
	return reply_status_of(f, before);
}

static __attribute__((unused)) uint32_t op_status(uint32_t op, uint64_t id)
{
	struct storvsc_msg m = op_msg(op);

	return op_status_on(P, &F, &m, id);
}

static __attribute__((unused)) void init_session(uint16_t version)
{
	struct storvsc_msg v = version_msg(version);

	ck_assert_uint_eq(op_status(STORVSC_OPERATION_BEGIN_INITIALIZATION, VMRING_RQST_ID_INIT),
			  STORVSC_NTSTATUS_SUCCESS);
	ck_assert_uint_eq(op_status_on(P, &F, &v, VMRING_RQST_ID_INIT), STORVSC_NTSTATUS_SUCCESS);
	ck_assert_uint_eq(op_status(STORVSC_OPERATION_QUERY_PROPERTIES, VMRING_RQST_ID_INIT),
			  STORVSC_NTSTATUS_SUCCESS);
	ck_assert_uint_eq(op_status(STORVSC_OPERATION_END_INITIALIZATION, VMRING_RQST_ID_INIT),
			  STORVSC_NTSTATUS_SUCCESS);
}

/* A READ(10) or WRITE(10) of `blocks` 512-byte blocks at LBA 0 through guest page `pfn`. */
static __attribute__((unused)) int rw_srb_on(struct storvsp_channel *c, bool write, uint64_t id,
					     uint64_t pfn, uint32_t blocks)
{
	uint8_t cdb[10] = {write ? 0x2A : 0x28, 0, 0, 0, 0, 0, 0, 0, (uint8_t)blocks, 0};
	uint32_t len = blocks * 512, npages = rt_gpa_range_pages(0, len);
	uint64_t pfns[16];
	struct storvsc_msg m = srb_msg(0, cdb, sizeof(cdb), len,
				       write ? STORVSC_DATA_IN_WRITE : STORVSC_DATA_IN_READ);

	for (uint32_t i = 0; i < npages; i++)
		pfns[i] = pfn + i;
	return deliver_on(c, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, id, &m, len, 0, pfns, npages);
}

static __attribute__((unused)) int read_srb(uint64_t id, uint64_t pfn, uint32_t blocks)
{
	return rw_srb_on(P, false, id, pfn, blocks);
}

/* An in-band packet with only an operation (resets), on channel c. */
static __attribute__((unused)) int op_on(struct storvsp_channel *c, uint32_t op, uint64_t id)
{
	struct storvsc_msg m = op_msg(op);

	return deliver_on(c, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, id, &m, 0, 0, NULL, 0);
}

#endif
