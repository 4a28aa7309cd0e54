/* netvsc client on pv_guest (see netvsc_client.h). */
#include "tools/pvguest/netvsc_client.h"

#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "runtime/gmem.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"
#include "tools/pvguest/pv_guest.h"

#define TID_INIT (UINT64_MAX - 2)
#define TID_CTRL 0x70000000ull
#define TID_SEC 0x10000000ull
#define TID_GPA 0x20000000ull
#define GPA_PAGES 64
#define CTRL_MAX 2048
#define NETVSC_MSG_MAX 16384
#define NET_FRAME_MAX_CLIENT 9018
#define ETH_P_PVNC 0x88b5 /* IEEE local experimental: workload frames */

/* NDIS_TXCSUM / offload object constants the guest side needs. */
#define NDIS_OFFLOAD_PARAMS_SIZE_6_30 28

static const uint8_t netvsc_guid[16] = {0x63, 0x51, 0x61, 0xf8, 0x3e, 0xdf, 0xc5, 0x46,
					0x91, 0x3f, 0xf2, 0xd2, 0xf9, 0x65, 0xed, 0x0e};

static const uint32_t linux_versions[] = {NVSP_VERSION_V61, NVSP_VERSION_V6, NVSP_VERSION_V5,
					  NVSP_VERSION_V4,  NVSP_VERSION_V2, NVSP_VERSION_V1};

struct held {
	unsigned chan;
	uint64_t tid;
};

struct pvnc {
	struct pvg *g;
	struct pvnc_opts o;
	int timeout;
	uint32_t relid;
	struct pvg_chan *ch[PVNC_MAX_CHANNELS];
	unsigned nchan;
	uint32_t version, ndis;
	uint8_t mac[6];
	uint32_t mtu;

	uint64_t recv_pfn, send_pfn, gpa_pfn;
	uint32_t recv_pages, send_pages;
	uint32_t recv_gpadl, send_gpadl;
	bool recv_ok, send_ok;
	uint32_t sub_alloc, nslots;
	uint8_t *owned;
	struct held *held;
	uint32_t nheld;
	bool hold;

	uint32_t section_size, nsections; /* the last section carries control messages */
	uint32_t *free_sec, nfree_sec;
	uint32_t free_gpa[GPA_PAGES], nfree_gpa;

	uint32_t req_id;
	bool rndis_up;
	uint8_t reply[CTRL_MAX];
	uint32_t reply_len;
	bool have_reply;
	bool ctrl_done;
	uint32_t ctrl_status;

	uint64_t wait_tid;
	bool wait_done;
	uint8_t wait_buf[40];

	uint32_t table[16], table_count;
	struct pvnc_stats st;
	uint32_t outstanding;
};

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static struct rt_gmem *G(struct pvnc *nc)
{
	return pvg_gmem(nc->g);
}

/* ---- sending ---- */

static int chan_send(struct pvnc *nc, unsigned ci, uint16_t type, uint16_t flags, uint64_t tid,
		     const void *ext, size_t ext_len, const void *data, size_t len)
{
	uint64_t deadline = now_ns() + (uint64_t)nc->timeout * 1000000ull;

	for (;;) {
		int rc = ext_len ? pvg_chan_send_ext(nc->ch[ci], type, flags, tid, ext, ext_len,
						     data, len)
				 : pvg_chan_send(nc->ch[ci], type, flags, tid, data, len);
		if (rc != -EAGAIN)
			return rc;
		if (now_ns() > deadline)
			return -ETIMEDOUT;
		/* The host reads on; it signals once room crosses pending_send_size. */
		pvg_chan_wait_irq(nc->ch[ci], 1);
	}
}

static int complete_rx(struct pvnc *nc, unsigned ci, uint64_t tid)
{
	uint8_t m[40] = {0};

	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
	pv_put_u32(m + 4, NVSP_STATUS_SUCCESS);
	if (tid < nc->nslots)
		nc->owned[tid] = 0;
	nc->st.rx_completions++;
	return chan_send(nc, ci, VMBUS_PKT_COMP, 0, tid, NULL, 0, m, sizeof(m));
}

/* ---- receiving ---- */

static void rx_rndis(struct pvnc *nc, unsigned ci, const uint8_t *m, uint32_t len)
{
	uint32_t type = pv_get_u32(m);

	if (type == RNDIS_MSG_TYPE_PACKET) {
		struct rndis_packet p;
		if (rndis_packet_decode(m, len, NULL, &p) != PV_OK) {
			nc->st.rx_bad++;
			return;
		}
		nc->st.rx_frames++;
		if (nc->o.rx)
			nc->o.rx(nc->o.rx_ctx, ci, m + 8 + p.data_offset, p.data_len);
		return;
	}
	if (type == RNDIS_MSG_TYPE_INDICATE) {
		nc->st.indications++;
		nc->st.last_indication = len >= 12 ? pv_get_u32(m + 8) : 0;
		return;
	}
	if (type & RNDIS_MSG_COMPLETION) {
		nc->reply_len = rt_min(len, (uint32_t)CTRL_MAX);
		memcpy(nc->reply, m, nc->reply_len);
		nc->have_reply = true;
		return;
	}
	nc->st.rx_bad++;
}

static void rx_xfer(struct pvnc *nc, unsigned ci, const struct pvg_pkt *pk, const uint8_t *data)
{
	uint8_t msg[16384];
	uint64_t slot = pk->trans_id;
	uint32_t mlen;

	if (pk->len < 16 || pv_get_u32(data) != NVSP_MSG_TYPE_SEND_RNDIS_PKT ||
	    slot >= nc->nslots) {
		nc->st.rx_bad++;
		return;
	}
	if (nc->owned[slot])
		nc->st.rx_overrun++;
	nc->owned[slot] = 1;
	if (rt_gmem_read(G(nc), nc->recv_pfn * 4096 + slot * nc->sub_alloc, msg, 8) ||
	    (mlen = pv_get_u32(msg + 4)) < 8 || mlen > nc->sub_alloc || mlen > sizeof(msg) ||
	    rt_gmem_read(G(nc), nc->recv_pfn * 4096 + slot * nc->sub_alloc, msg, mlen)) {
		nc->st.rx_bad++;
	} else {
		rx_rndis(nc, ci, msg, mlen);
	}
	if (nc->hold) {
		nc->held[nc->nheld].chan = ci;
		nc->held[nc->nheld].tid = slot;
		nc->nheld++;
		return;
	}
	complete_rx(nc, ci, slot);
}

static void rx_comp(struct pvnc *nc, const struct pvg_pkt *pk, const uint8_t *data)
{
	uint64_t tid = pk->trans_id;
	uint32_t status = pk->len >= 8 ? pv_get_u32(data + 4) : 0;

	if (tid == nc->wait_tid) {
		memset(nc->wait_buf, 0, sizeof(nc->wait_buf));
		memcpy(nc->wait_buf, data, rt_min(pk->len, (uint32_t)sizeof(nc->wait_buf)));
		nc->wait_done = true;
	}
	if (tid >= TID_SEC && tid < TID_SEC + nc->nsections) {
		nc->free_sec[nc->nfree_sec++] = (uint32_t)(tid - TID_SEC);
	} else if (tid >= TID_GPA && tid < TID_GPA + GPA_PAGES) {
		nc->free_gpa[nc->nfree_gpa++] = (uint32_t)(tid - TID_GPA);
	} else if (tid == TID_CTRL) {
		nc->ctrl_done = true;
		nc->ctrl_status = status;
		return;
	} else {
		return;
	}
	nc->outstanding--;
	nc->st.tx_completions++;
	if (status != NVSP_STATUS_SUCCESS)
		nc->st.tx_failed++;
}

static int handle_one(struct pvnc *nc, unsigned ci, int timeout_ms)
{
	uint8_t buf[4096];
	struct pvg_pkt pk;
	int rc = pvg_chan_recv(nc->ch[ci], &pk, buf, sizeof(buf), timeout_ms);

	if (rc)
		return rc;
	switch (pk.type) {
	case VMBUS_PKT_COMP:
		rx_comp(nc, &pk, buf);
		break;
	case VMBUS_PKT_DATA_XFER_PAGES:
		rx_xfer(nc, ci, &pk, buf);
		break;
	case VMBUS_PKT_DATA_INBAND:
		if (pk.len >= 12 && pv_get_u32(buf) == NVSP_MSG_TYPE_SEND_INDIRECTION_TABLE) {
			uint32_t cnt = pv_get_u32(buf + 4), off = pv_get_u32(buf + 8);
			/* Linux at NVSP <= 6 reads the table from the message end. */
			if (cnt == 16 && pk.len >= 16 * 4 && pk.len - 16 * 4 >= off - 0) {
				for (uint32_t i = 0; i < 16; i++)
					nc->table[i] = pv_get_u32(buf + pk.len - 64 + 4 * i);
				nc->table_count = 16;
			}
		}
		break;
	default:
		nc->st.rx_bad++;
		break;
	}
	return 0;
}

int pvnc_poll(struct pvnc *nc, int timeout_ms)
{
	int handled = 0, rc;

	for (unsigned ci = 0; ci < nc->nchan; ci++)
		while ((rc = handle_one(nc, ci, 0)) == 0)
			handled++;
	if (handled || timeout_ms <= 0)
		return handled;
	rc = handle_one(nc, 0, timeout_ms);
	if (rc == 0)
		handled++;
	else if (rc != -EAGAIN)
		return rc;
	for (unsigned ci = 0; ci < nc->nchan; ci++)
		while (handle_one(nc, ci, 0) == 0)
			handled++;
	return handled;
}

static int wait_flag(struct pvnc *nc, bool *flag)
{
	uint64_t deadline = now_ns() + (uint64_t)nc->timeout * 1000000ull;

	while (!*flag) {
		int rc = pvnc_poll(nc, 10);
		if (rc < 0)
			return rc;
		if (now_ns() > deadline)
			return -ETIMEDOUT;
	}
	return 0;
}

int pvnc_nvsp_raw(struct pvnc *nc, unsigned chan, const void *msg, uint32_t len, uint64_t tid,
		  bool want, uint8_t reply[40])
{
	uint8_t buf[40] = {0};
	int rc;

	if (chan >= nc->nchan || len > sizeof(buf))
		return -EINVAL;
	memcpy(buf, msg, len);
	nc->wait_tid = tid;
	nc->wait_done = false;
	rc = chan_send(nc, chan, VMBUS_PKT_DATA_INBAND,
		       want ? VMBUS_PKT_FLAG_COMPLETION_REQUESTED : 0, tid, NULL, 0, buf,
		       sizeof(buf));
	if (rc || !want)
		return rc;
	rc = wait_flag(nc, &nc->wait_done);
	nc->wait_tid = 0;
	if (!rc && reply)
		memcpy(reply, nc->wait_buf, 40);
	return rc;
}

/* ---- RNDIS control ---- */

static int ctrl_send(struct pvnc *nc, const void *msg, uint32_t len, bool want_reply)
{
	uint32_t sec = nc->nsections - 1;
	uint8_t m[40] = {0};
	int rc;

	if (!nc->send_ok || len > nc->section_size)
		return -EINVAL;
	rc = rt_gmem_write(G(nc), nc->send_pfn * 4096 + (uint64_t)sec * nc->section_size, msg, len);
	if (rc)
		return rc;
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(m + 4, NVSP_CHANNEL_TYPE_CONTROL);
	pv_put_u32(m + 8, sec);
	pv_put_u32(m + 12, len);
	nc->ctrl_done = false;
	nc->have_reply = false;
	rc = chan_send(nc, 0, VMBUS_PKT_DATA_INBAND, VMBUS_PKT_FLAG_COMPLETION_REQUESTED, TID_CTRL,
		       NULL, 0, m, sizeof(m));
	if (rc)
		return rc;
	rc = wait_flag(nc, &nc->ctrl_done);
	if (rc)
		return rc;
	if (nc->ctrl_status != NVSP_STATUS_SUCCESS)
		return -EIO;
	return want_reply ? wait_flag(nc, &nc->have_reply) : 0;
}

static int oid_req(struct pvnc *nc, uint32_t type, uint32_t oid, const void *in, uint32_t inlen,
		   void *out, uint32_t *outlen, uint32_t *status)
{
	uint8_t m[CTRL_MAX] = {0};
	uint32_t len = 28 + inlen, id = ++nc->req_id;
	int rc;

	if (len > sizeof(m))
		return -EINVAL;
	pv_put_u32(m + 0, type);
	pv_put_u32(m + 4, len);
	pv_put_u32(m + 8, id);
	pv_put_u32(m + 12, oid);
	pv_put_u32(m + 16, inlen);
	pv_put_u32(m + 20, inlen ? 20 : 0);
	if (inlen)
		memcpy(m + 28, in, inlen);
	rc = ctrl_send(nc, m, len, true);
	if (rc)
		return rc;
	if (nc->reply_len < 16 || pv_get_u32(nc->reply) != (type | RNDIS_MSG_COMPLETION) ||
	    pv_get_u32(nc->reply + 8) != id)
		return -EBADMSG;
	*status = pv_get_u32(nc->reply + 12);
	if (type == RNDIS_MSG_TYPE_QUERY && out) {
		uint32_t n = 0, off;
		if (nc->reply_len >= 24 && *status == RNDIS_STATUS_SUCCESS) {
			n = pv_get_u32(nc->reply + 16);
			off = pv_get_u32(nc->reply + 20);
			if ((uint64_t)8 + off + n > nc->reply_len || n > *outlen)
				return -EBADMSG;
			memcpy(out, nc->reply + 8 + off, n);
		}
		*outlen = n;
	}
	return 0;
}

int pvnc_query(struct pvnc *nc, uint32_t oid, const void *in, uint32_t inlen, void *out,
	       uint32_t *outlen, uint32_t *status)
{
	return oid_req(nc, RNDIS_MSG_TYPE_QUERY, oid, in, inlen, out, outlen, status);
}

int pvnc_set(struct pvnc *nc, uint32_t oid, const void *in, uint32_t inlen, uint32_t *status)
{
	return oid_req(nc, RNDIS_MSG_TYPE_SET, oid, in, inlen, NULL, NULL, status);
}

int pvnc_rndis_raw(struct pvnc *nc, uint32_t channel_type, uint32_t write_section,
		   const void *rndis, uint32_t len, uint32_t section, uint32_t section_size,
		   uint32_t *nvsp_status)
{
	uint8_t m[40] = {0};
	int rc;

	if (write_section != UINT32_MAX) {
		if (write_section >= nc->nsections || len > nc->section_size)
			return -EINVAL;
		rc = rt_gmem_write(G(nc),
				   nc->send_pfn * 4096 + (uint64_t)write_section * nc->section_size,
				   rndis, len);
		if (rc)
			return rc;
	}
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(m + 4, channel_type);
	pv_put_u32(m + 8, section);
	pv_put_u32(m + 12, section_size);
	nc->ctrl_done = false;
	rc = chan_send(nc, 0, VMBUS_PKT_DATA_INBAND, VMBUS_PKT_FLAG_COMPLETION_REQUESTED, TID_CTRL,
		       NULL, 0, m, sizeof(m));
	if (rc)
		return rc;
	rc = wait_flag(nc, &nc->ctrl_done);
	if (!rc)
		*nvsp_status = nc->ctrl_status;
	return rc;
}

int pvnc_complete_raw(struct pvnc *nc, unsigned chan, uint64_t tid)
{
	uint8_t m[40] = {0};

	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
	pv_put_u32(m + 4, NVSP_STATUS_SUCCESS);
	return chan_send(nc, chan, VMBUS_PKT_COMP, 0, tid, NULL, 0, m, sizeof(m));
}

void pvnc_hold_rx(struct pvnc *nc, bool hold)
{
	nc->hold = hold;
}

int pvnc_release_rx(struct pvnc *nc)
{
	int rc = 0;

	for (uint32_t i = 0; i < nc->nheld && !rc; i++)
		rc = complete_rx(nc, nc->held[i].chan, nc->held[i].tid);
	nc->nheld = 0;
	return rc;
}

/* ---- data ---- */

static uint32_t build_packet(uint8_t *m, const void *frame, uint32_t len)
{
	uint32_t total = RNDIS_PACKET_HEADER_SIZE + len;

	memset(m, 0, RNDIS_PACKET_HEADER_SIZE);
	pv_put_u32(m + 0, RNDIS_MSG_TYPE_PACKET);
	pv_put_u32(m + 4, total);
	pv_put_u32(m + 8, RNDIS_PACKET_HEADER_SIZE - 8);
	pv_put_u32(m + 12, len);
	memcpy(m + RNDIS_PACKET_HEADER_SIZE, frame, len);
	return total;
}

int pvnc_send_frame(struct pvnc *nc, unsigned chan, const void *frame, uint32_t len)
{
	uint8_t m[40] = {0}, msg[NETVSC_MSG_MAX];
	uint64_t deadline = now_ns() + (uint64_t)nc->timeout * 1000000ull;
	uint32_t sec, total;
	int rc;

	if (chan >= nc->nchan || RNDIS_PACKET_HEADER_SIZE + len > nc->section_size ||
	    RNDIS_PACKET_HEADER_SIZE + len > sizeof(msg))
		return -EMSGSIZE;
	while (!nc->nfree_sec) {
		rc = pvnc_poll(nc, 1);
		if (rc < 0)
			return rc;
		if (now_ns() > deadline)
			return -ETIMEDOUT;
	}
	sec = nc->free_sec[--nc->nfree_sec];
	total = build_packet(msg, frame, len);
	rc = rt_gmem_write(G(nc), nc->send_pfn * 4096 + (uint64_t)sec * nc->section_size, msg,
			   total);
	if (rc)
		return rc;
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(m + 4, NVSP_CHANNEL_TYPE_DATA);
	pv_put_u32(m + 8, sec);
	pv_put_u32(m + 12, total);
	rc = chan_send(nc, chan, VMBUS_PKT_DATA_INBAND, VMBUS_PKT_FLAG_COMPLETION_REQUESTED,
		       TID_SEC + sec, NULL, 0, m, sizeof(m));
	if (rc) {
		nc->free_sec[nc->nfree_sec++] = sec;
		return rc;
	}
	nc->outstanding++;
	nc->st.tx_frames++;
	return 0;
}

int pvnc_send_frame_gpa(struct pvnc *nc, unsigned chan, const void *frame, uint32_t len)
{
	uint8_t m[40] = {0}, msg[4096], ext[24];
	uint64_t deadline = now_ns() + (uint64_t)nc->timeout * 1000000ull;
	uint32_t pg, total;
	int rc;

	if (chan >= nc->nchan || RNDIS_PACKET_HEADER_SIZE + len > sizeof(msg))
		return -EMSGSIZE;
	while (!nc->nfree_gpa) {
		rc = pvnc_poll(nc, 1);
		if (rc < 0)
			return rc;
		if (now_ns() > deadline)
			return -ETIMEDOUT;
	}
	pg = nc->free_gpa[--nc->nfree_gpa];
	total = build_packet(msg, frame, len);
	rc = rt_gmem_write(G(nc), (nc->gpa_pfn + pg) * 4096, msg, total);
	if (rc)
		return rc;
	pv_put_u32(ext + 0, 0);
	pv_put_u32(ext + 4, 1);
	pv_put_u32(ext + 8, total);
	pv_put_u32(ext + 12, 0);
	pv_put_u64(ext + 16, nc->gpa_pfn + pg);
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(m + 4, NVSP_CHANNEL_TYPE_DATA);
	pv_put_u32(m + 8, NVSP_INVALID_SECTION_INDEX);
	rc = chan_send(nc, chan, VMBUS_PKT_DATA_GPA_DIRECT, VMBUS_PKT_FLAG_COMPLETION_REQUESTED,
		       TID_GPA + pg, ext, sizeof(ext), m, sizeof(m));
	if (rc) {
		nc->free_gpa[nc->nfree_gpa++] = pg;
		return rc;
	}
	nc->outstanding++;
	nc->st.tx_frames++;
	return 0;
}

uint32_t pvnc_sends_outstanding(const struct pvnc *nc)
{
	return nc->outstanding;
}

/* ---- bring-up ---- */

static int nvsp_step(struct pvnc *nc, const uint8_t *msg, uint32_t want_type, uint8_t reply[40])
{
	int rc = pvnc_nvsp_raw(nc, 0, msg, 40, TID_INIT, true, reply);

	if (rc)
		return rc;
	return pv_get_u32(reply) == want_type ? 0 : -EBADMSG;
}

static int nvsp_init(struct pvnc *nc)
{
	const uint32_t *list = linux_versions;
	size_t n = RT_ARRAY_SIZE(linux_versions);

	if (nc->o.nvsp_version) {
		list = &nc->o.nvsp_version;
		n = 1;
	}
	for (size_t i = 0; i < n; i++) {
		uint8_t m[40] = {0}, r[40];
		int rc;

		pv_put_u32(m, NVSP_MSG_TYPE_INIT);
		pv_put_u32(m + 4, list[i]);
		pv_put_u32(m + 8, list[i]);
		rc = nvsp_step(nc, m, NVSP_MSG_TYPE_INIT_COMPLETE, r);
		if (rc)
			return rc;
		if (pv_get_u32(r + 12) == NVSP_STATUS_SUCCESS) {
			nc->version = list[i];
			return 0;
		}
	}
	return -EPROTONOSUPPORT;
}

static int alloc_buf(struct pvnc *nc, uint32_t bytes, uint64_t *pfn, uint32_t *pages,
		     uint32_t *gpadl)
{
	int rc;

	*pages = (bytes + 4095) / 4096;
	rc = pvg_pages_alloc(nc->g, *pages, pfn);
	if (rc)
		return rc;
	rc = pvg_gpadl_create(nc->g, nc->relid, *pfn, *pages, gpadl);
	if (rc) {
		pvg_pages_free(nc->g, *pfn, *pages);
		*pages = 0;
	}
	return rc;
}

static int buffers(struct pvnc *nc)
{
	uint8_t m[40] = {0}, r[40];
	int rc;

	rc = alloc_buf(nc, nc->o.recv_buf_size ? nc->o.recv_buf_size : 4u << 20, &nc->recv_pfn,
		       &nc->recv_pages, &nc->recv_gpadl);
	if (rc)
		return rc;
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RECV_BUF);
	pv_put_u32(m + 4, nc->recv_gpadl);
	pv_put_u16(m + 8, NVSP_RECV_BUF_ID);
	rc = nvsp_step(nc, m, NVSP_MSG_TYPE_SEND_RECV_BUF_COMPLETE, r);
	if (rc)
		return rc;
	if (pv_get_u32(r + 4) != NVSP_STATUS_SUCCESS || pv_get_u32(r + 8) != 1 ||
	    pv_get_u32(r + 12) != 0 || pv_get_u32(r + 16) < NVSP_MIN_SECTION_SIZE)
		return -EIO;
	nc->sub_alloc = pv_get_u32(r + 16);
	nc->nslots = pv_get_u32(r + 20);
	if ((uint64_t)nc->sub_alloc * nc->nslots > (uint64_t)nc->recv_pages * 4096)
		return -EBADMSG;
	nc->owned = calloc(nc->nslots, 1);
	nc->held = calloc(nc->nslots, sizeof(*nc->held));
	if (!nc->owned || !nc->held)
		return -ENOMEM;
	nc->recv_ok = true;

	rc = alloc_buf(nc, nc->o.send_buf_size ? nc->o.send_buf_size : 1u << 20, &nc->send_pfn,
		       &nc->send_pages, &nc->send_gpadl);
	if (rc)
		return rc;
	memset(m, 0, sizeof(m));
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_SEND_BUF);
	pv_put_u32(m + 4, nc->send_gpadl);
	pv_put_u16(m + 8, NVSP_SEND_BUF_ID);
	rc = nvsp_step(nc, m, NVSP_MSG_TYPE_SEND_SEND_BUF_COMPLETE, r);
	if (rc)
		return rc;
	if (pv_get_u32(r + 4) != NVSP_STATUS_SUCCESS || pv_get_u32(r + 8) < NVSP_MIN_SECTION_SIZE)
		return -EIO;
	nc->section_size = pv_get_u32(r + 8);
	nc->nsections = nc->send_pages * 4096 / nc->section_size;
	if (nc->nsections < 2)
		return -EIO;
	nc->free_sec = calloc(nc->nsections, sizeof(uint32_t));
	if (!nc->free_sec)
		return -ENOMEM;
	for (uint32_t i = 0; i + 1 < nc->nsections; i++)
		nc->free_sec[nc->nfree_sec++] = nc->nsections - 2 - i;
	nc->send_ok = true;
	return 0;
}

static int open_subchannels(struct pvnc *nc, uint32_t n)
{
	uint8_t m[40] = {0}, r[40];
	uint64_t deadline;
	int rc;

	pv_put_u32(m, NVSP_MSG_TYPE_SUBCHANNEL);
	pv_put_u32(m + 4, NVSP_SUBCHANNEL_OP_ALLOCATE);
	pv_put_u32(m + 8, n);
	rc = nvsp_step(nc, m, NVSP_MSG_TYPE_SUBCHANNEL, r);
	if (rc)
		return rc;
	if (pv_get_u32(r + 4) != NVSP_STATUS_SUCCESS)
		return 0;
	n = rt_min(pv_get_u32(r + 8), (uint32_t)PVNC_MAX_CHANNELS - 1);
	deadline = now_ns() + (uint64_t)nc->timeout * 1000000ull;
	for (uint16_t i = 1; i <= n; i++) {
		const struct pvg_offer *of;
		struct pvg_open_opts oo = {.ring_pages = nc->o.ring_pages ? nc->o.ring_pages : 64};

		while (!(of = pvg_find_offer(nc->g, netvsc_guid, i))) {
			if (now_ns() > deadline)
				return -ETIMEDOUT;
			pvnc_poll(nc, 1);
			pvg_poll(nc->g, 5);
		}
		rc = pvg_chan_open(nc->g, of->relid, &oo, &nc->ch[nc->nchan], NULL);
		if (rc)
			return rc;
		nc->nchan++;
	}
	return 0;
}

static int rss_params(struct pvnc *nc)
{
	uint8_t p[40 + 128 * 4 + 40] = {0};
	uint32_t st;
	int rc;

	p[0] = RNDIS_NDIS_OBJECT_TYPE_RSS_PARAMETERS;
	p[1] = RNDIS_RSS_PARAMS_REVISION_2;
	pv_put_u16(p + 2, 40);
	pv_put_u32(p + 8, RNDIS_HASH_INFO_FUNC_TOEPLITZ | RNDIS_HASH_INFO_IPV4 |
				  RNDIS_HASH_INFO_TCP_IPV4 | RNDIS_HASH_INFO_IPV6 |
				  RNDIS_HASH_INFO_TCP_IPV6);
	pv_put_u16(p + 12, 128 * 4);
	pv_put_u32(p + 16, 40);
	pv_put_u16(p + 20, 40);
	pv_put_u32(p + 24, 40 + 128 * 4);
	for (uint32_t i = 0; i < 128; i++)
		pv_put_u32(p + 40 + 4 * i, i % nc->nchan);
	for (uint32_t i = 0; i < 40; i++)
		p[40 + 512 + i] = (uint8_t)(0x6d + i * 37);
	rc = pvnc_set(nc, RNDIS_OID_GEN_RECEIVE_SCALE_PARAMETERS, p, sizeof(p), &st);
	return rc ? rc : st == RNDIS_STATUS_SUCCESS ? 0 : -EIO;
}

static int rndis_bringup(struct pvnc *nc)
{
	uint8_t m[24], out[256], in[32] = {0};
	uint32_t st, olen;
	int rc;

	pv_put_u32(m + 0, RNDIS_MSG_TYPE_INIT);
	pv_put_u32(m + 4, sizeof(m));
	pv_put_u32(m + 8, ++nc->req_id);
	pv_put_u32(m + 12, RNDIS_MAJOR_VERSION);
	pv_put_u32(m + 16, RNDIS_MINOR_VERSION);
	pv_put_u32(m + 20, RNDIS_MAX_XFER_SIZE_LINUX);
	rc = ctrl_send(nc, m, sizeof(m), true);
	if (rc)
		return rc;
	if (pv_get_u32(nc->reply) != (uint32_t)RNDIS_MSG_TYPE_INIT_C ||
	    pv_get_u32(nc->reply + 12) != 0)
		return -EIO;
	nc->rndis_up = true;

	olen = sizeof(out);
	rc = pvnc_query(nc, RNDIS_OID_GEN_MAXIMUM_FRAME_SIZE, NULL, 0, out, &olen, &st);
	if (rc)
		return rc;
	nc->mtu = st == 0 && olen >= 4 ? pv_get_u32(out) : 1500; /* failure tolerated */
	olen = sizeof(out);
	rc = pvnc_query(nc, RNDIS_OID_IEEE_802_3_PERMANENT_ADDRESS, NULL, 0, out, &olen, &st);
	if (rc || st || olen != 6)
		return rc ? rc : -EIO;
	memcpy(nc->mac, out, 6);

	/* Offload capabilities: header revision by NVSP version, as Linux sends. */
	in[0] = RNDIS_NDIS_OBJECT_TYPE_OFFLOAD;
	in[1] = nc->version >= NVSP_VERSION_V5 ? 3 : nc->version >= NVSP_VERSION_V4 ? 2 : 1;
	pv_put_u16(in + 2, in[1] == 3   ? RNDIS_NDIS_OFFLOAD_SIZE_6_30
			   : in[1] == 2 ? RNDIS_NDIS_OFFLOAD_SIZE_6_1
					: RNDIS_NDIS_OFFLOAD_SIZE_6_0);
	olen = sizeof(out);
	rc = pvnc_query(nc, RNDIS_OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES, in, 4, out, &olen, &st);
	if (rc || st)
		return rc ? rc : -EIO;
	if (olen < RNDIS_NDIS_OFFLOAD_SIZE_6_0 || out[0] != RNDIS_NDIS_OBJECT_TYPE_OFFLOAD ||
	    out[1] < 1 || pv_get_u16(out + 2) < RNDIS_NDIS_OFFLOAD_SIZE_6_0 ||
	    pv_get_u16(out + 2) > olen)
		return -EBADMSG;

	memset(in, 0, sizeof(in));
	in[0] = RNDIS_NDIS_OBJECT_TYPE_DEFAULT;
	in[1] = RNDIS_OFFLOAD_PARAMS_REVISION_3;
	olen = nc->version <= NVSP_VERSION_V4 ? RNDIS_OFFLOAD_PARAMS_SIZE_V4
					      : NDIS_OFFLOAD_PARAMS_SIZE_6_30;
	pv_put_u16(in + 2, (uint16_t)olen);
	in[4] = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED; /* ip4 */
	in[5] = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED; /* tcp4 */
	in[6] = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED; /* udp4 */
	in[7] = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED; /* tcp6 */
	in[8] = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED; /* udp6 */
	in[11] = RNDIS_OFFLOAD_PARAM_SIMPLE_ENABLED;    /* lsov2 ip4 */
	in[12] = RNDIS_OFFLOAD_PARAM_SIMPLE_ENABLED;    /* lsov2 ip6 */
	rc = pvnc_set(nc, RNDIS_OID_TCP_OFFLOAD_PARAMETERS, in, olen, &st);
	if (rc || st)
		return rc ? rc : -EIO;

	olen = sizeof(out);
	rc = pvnc_query(nc, RNDIS_OID_GEN_MEDIA_CONNECT_STATUS, NULL, 0, out, &olen, &st);
	if (rc)
		return rc;
	if (nc->version >= NVSP_VERSION_V5) {
		olen = sizeof(out);
		rc = pvnc_query(nc, RNDIS_OID_GEN_LINK_SPEED, NULL, 0, out, &olen, &st);
		if (rc)
			return rc;
		memset(in, 0, sizeof(in));
		in[0] = RNDIS_NDIS_OBJECT_TYPE_RSS_CAPABILITIES;
		in[1] = RNDIS_RSS_CAPS_REVISION_2;
		pv_put_u16(in + 2, 20);
		olen = sizeof(out);
		rc = pvnc_query(nc, RNDIS_OID_GEN_RECEIVE_SCALE_CAPABILITIES, in, 20, out, &olen,
				&st);
		if (rc)
			return rc;
		if (!st && olen >= 18 && pv_get_u32(out + 12) >= 2 && nc->o.subchannels) {
			uint32_t want =
				rt_min((uint32_t)nc->o.subchannels, pv_get_u32(out + 12) - 1);
			rc = open_subchannels(nc, want);
			if (rc)
				return rc;
			if (nc->nchan > 1 && (rc = rss_params(nc)))
				return rc;
		}
	}
	if (!nc->o.no_filter) {
		pv_put_u32(in, RNDIS_PACKET_FILTER_DIRECTED | RNDIS_PACKET_FILTER_ALL_MULTICAST |
				       RNDIS_PACKET_FILTER_BROADCAST);
		rc = pvnc_set(nc, RNDIS_OID_GEN_CURRENT_PACKET_FILTER, in, 4, &st);
		if (rc || st)
			return rc ? rc : -EIO;
	}
	return 0;
}

int pvnc_open(struct pvg *g, const struct pvnc_opts *o, struct pvnc **out)
{
	struct pvnc *nc = calloc(1, sizeof(*nc));
	const struct pvg_offer *of = NULL;
	struct pvg_open_opts oo = {0};
	uint8_t m[40] = {0};
	int rc;

	if (!nc)
		return -ENOMEM;
	nc->g = g;
	nc->o = *o;
	nc->timeout = o->timeout_ms ? o->timeout_ms : 5000;
	for (size_t i = 0; i < pvg_offer_count(g) && !of; i++) {
		const struct pvg_offer *x = pvg_offer_at(g, i);
		if (!x->rescinded && x->sub_index == 0 && !memcmp(x->if_type, netvsc_guid, 16) &&
		    (!o->instance || !memcmp(x->if_instance, o->instance, 16)))
			of = x;
	}
	rc = -ENOENT;
	if (!of)
		goto fail;
	nc->relid = of->relid;
	oo.ring_pages = o->ring_pages ? o->ring_pages : 64;
	rc = pvg_chan_open(g, nc->relid, &oo, &nc->ch[0], NULL);
	if (rc)
		goto fail;
	nc->nchan = 1;
	rc = pvg_pages_alloc(g, GPA_PAGES, &nc->gpa_pfn);
	if (rc)
		goto fail;
	for (uint32_t i = 0; i < GPA_PAGES; i++)
		nc->free_gpa[nc->nfree_gpa++] = GPA_PAGES - 1 - i;
	if ((rc = nvsp_init(nc)))
		goto fail;
	if (nc->version >= NVSP_VERSION_V2) {
		uint64_t cap = 1u << 3; /* ieee8021q */
		if (nc->version >= NVSP_VERSION_V5)
			cap |= 1u << 2 | 1u << 5; /* sriov, teaming */
		if (nc->version >= NVSP_VERSION_V61)
			cap |= 1u << 7; /* rsc */
		pv_put_u32(m, NVSP_MSG_TYPE_SEND_NDIS_CONFIG);
		pv_put_u32(m + 4, 1500 + 14);
		pv_put_u64(m + 12, cap);
		if ((rc = pvnc_nvsp_raw(nc, 0, m, 40, 0, false, NULL)))
			goto fail;
	}
	nc->ndis = nc->version <= NVSP_VERSION_V4 ? NVSP_NDIS_VERSION_6_1 : NVSP_NDIS_VERSION_6_30;
	memset(m, 0, sizeof(m));
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_NDIS_VER);
	pv_put_u32(m + 4, nc->ndis >> 16);
	pv_put_u32(m + 8, nc->ndis & 0xffff);
	if ((rc = pvnc_nvsp_raw(nc, 0, m, 40, 0, false, NULL)))
		goto fail;
	if ((rc = buffers(nc)))
		goto fail;
	if (!o->no_rndis && (rc = rndis_bringup(nc)))
		goto fail;
	*out = nc;
	return 0;
fail:
	pvnc_close(nc);
	return rc;
}

void pvnc_close(struct pvnc *nc)
{
	uint8_t m[40] = {0};

	if (!nc)
		return;
	if (nc->rndis_up && nc->send_ok) {
		uint8_t h[12];
		pv_put_u32(h, RNDIS_MSG_TYPE_HALT);
		pv_put_u32(h + 4, sizeof(h));
		pv_put_u32(h + 8, ++nc->req_id);
		ctrl_send(nc, h, sizeof(h), false);
	}
	pvnc_release_rx(nc);
	if (nc->recv_ok) {
		pv_put_u32(m, NVSP_MSG_TYPE_REVOKE_RECV_BUF);
		pv_put_u16(m + 4, NVSP_RECV_BUF_ID);
		pvnc_nvsp_raw(nc, 0, m, 40, 0, false, NULL);
	}
	if (nc->send_ok) {
		memset(m, 0, sizeof(m));
		pv_put_u32(m, NVSP_MSG_TYPE_REVOKE_SEND_BUF);
		pv_put_u16(m + 4, NVSP_SEND_BUF_ID);
		pvnc_nvsp_raw(nc, 0, m, 40, 0, false, NULL);
	}
	for (unsigned i = nc->nchan; i-- > 0;)
		if (nc->ch[i])
			pvg_chan_close(nc->ch[i]);
	if (nc->recv_pages) {
		pvg_gpadl_teardown(nc->g, nc->relid, nc->recv_gpadl);
		pvg_pages_free(nc->g, nc->recv_pfn, nc->recv_pages);
	}
	if (nc->send_pages) {
		pvg_gpadl_teardown(nc->g, nc->relid, nc->send_gpadl);
		pvg_pages_free(nc->g, nc->send_pfn, nc->send_pages);
	}
	if (nc->gpa_pfn)
		pvg_pages_free(nc->g, nc->gpa_pfn, GPA_PAGES);
	free(nc->owned);
	free(nc->held);
	free(nc->free_sec);
	free(nc);
}

uint32_t pvnc_nvsp_version(const struct pvnc *nc)
{
	return nc->version;
}

uint32_t pvnc_ndis_version(const struct pvnc *nc)
{
	return nc->ndis;
}

const uint8_t *pvnc_mac(const struct pvnc *nc)
{
	return nc->mac;
}

uint32_t pvnc_mtu(const struct pvnc *nc)
{
	return nc->mtu;
}

unsigned pvnc_channels(const struct pvnc *nc)
{
	return nc->nchan;
}

struct pvg_chan *pvnc_chan(struct pvnc *nc, unsigned i)
{
	return i < nc->nchan ? nc->ch[i] : NULL;
}

void pvnc_get_stats(const struct pvnc *nc, struct pvnc_stats *out)
{
	*out = nc->st;
}

uint32_t pvnc_recv_slots(const struct pvnc *nc, uint32_t *sub_alloc)
{
	if (sub_alloc)
		*sub_alloc = nc->sub_alloc;
	return nc->nslots;
}

uint32_t pvnc_send_sections(const struct pvnc *nc, uint32_t *section_size)
{
	if (section_size)
		*section_size = nc->section_size;
	return nc->nsections;
}

const uint32_t *pvnc_send_table(const struct pvnc *nc, uint32_t *count)
{
	*count = nc->table_count;
	return nc->table_count ? nc->table : NULL;
}

/* ---- workload ---- */

struct wl {
	struct pvnc_workload *w;
	uint64_t next;
	const uint8_t *mac;
};

static void fill_frame(uint8_t *f, uint32_t size, const uint8_t mac[6], uint64_t seq)
{
	memcpy(f, mac, 6);
	memcpy(f + 6, mac, 6);
	f[12] = ETH_P_PVNC >> 8;
	f[13] = ETH_P_PVNC & 0xff;
	pv_put_u64(f + 14, seq);
	for (uint32_t i = 22; i < size; i++)
		f[i] = (uint8_t)(seq * 31 + i);
}

static void wl_rx(void *ctx, unsigned chan, const uint8_t *f, uint32_t len)
{
	struct wl *s = ctx;
	uint64_t seq;

	(void)chan;
	if (len < 22 || f[12] != (ETH_P_PVNC >> 8) || f[13] != (ETH_P_PVNC & 0xff))
		return;
	seq = pv_get_u64(f + 14);
	for (uint32_t i = 22; i < len; i++)
		if (f[i] != (uint8_t)(seq * 31 + i)) {
			s->w->corrupt++;
			return;
		}
	if (len != s->w->size)
		s->w->corrupt++;
	s->w->received++;
	s->next = seq + 1;
}

int pvnc_workload_run(struct pvnc *nc, struct pvnc_workload *w)
{
	struct wl s = {.w = w, .mac = nc->mac};
	void (*orx)(void *, unsigned, const uint8_t *, uint32_t) = nc->o.rx;
	void *octx = nc->o.rx_ctx;
	uint8_t frame[NET_FRAME_MAX_CLIENT];
	uint64_t deadline;
	int rc = 0;

	if (w->size < 22 || w->size > sizeof(frame))
		return -EINVAL;
	w->sent = w->received = w->lost = w->corrupt = 0;
	nc->o.rx = wl_rx;
	nc->o.rx_ctx = &s;
	while (w->sent < w->count) {
		fill_frame(frame, w->size, nc->mac, w->sent);
		rc = w->gpa_direct ? pvnc_send_frame_gpa(nc, 0, frame, w->size)
				   : pvnc_send_frame(nc, 0, frame, w->size);
		if (rc)
			break;
		w->sent++;
		if (!nc->nfree_sec || (w->sent & 63) == 0)
			pvnc_poll(nc, 0);
	}
	deadline = now_ns() + (uint64_t)(w->drain_ms ? w->drain_ms : 2000) * 1000000ull;
	while ((w->received + w->corrupt < w->sent || nc->outstanding) && now_ns() < deadline)
		if (pvnc_poll(nc, 10) < 0)
			break;
	w->lost = w->sent - rt_min(w->sent, w->received);
	nc->o.rx = orx;
	nc->o.rx_ctx = octx;
	return rc;
}

/* ---- ARP + ICMP echo ---- */

struct ping {
	uint32_t src, dst;
	uint8_t peer[6];
	bool have_peer;
	uint16_t id, seq;
	bool got;
};

static uint16_t csum16(const uint8_t *p, uint32_t len)
{
	uint32_t s = 0;

	for (uint32_t i = 0; i + 1 < len; i += 2)
		s += (uint32_t)p[i] << 8 | p[i + 1];
	if (len & 1)
		s += (uint32_t)p[len - 1] << 8;
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

static void put_be16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void put_be32(uint8_t *p, uint32_t v)
{
	put_be16(p, (uint16_t)(v >> 16));
	put_be16(p + 2, (uint16_t)v);
}

static uint32_t get_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void ping_rx(void *ctx, unsigned chan, const uint8_t *f, uint32_t len)
{
	struct ping *p = ctx;

	(void)chan;
	if (len >= 42 && f[12] == 0x08 && f[13] == 0x06 && f[20] == 0 && f[21] == 2 &&
	    get_be32(f + 28) == p->dst) {
		memcpy(p->peer, f + 22, 6);
		p->have_peer = true;
	}
	if (len >= 42 && f[12] == 0x08 && f[13] == 0x00 && (f[14] >> 4) == 4 && f[23] == 1) {
		uint32_t ihl = (f[14] & 15) * 4u;
		const uint8_t *ic = f + 14 + ihl;
		if (14 + ihl + 8 <= len && ic[0] == 0 && get_be32(f + 26) == p->dst &&
		    ((uint16_t)(ic[4] << 8 | ic[5])) == p->id &&
		    ((uint16_t)(ic[6] << 8 | ic[7])) == p->seq)
			p->got = true;
	}
}

static int ping_wait(struct pvnc *nc, bool *flag, int timeout_ms)
{
	uint64_t deadline = now_ns() + (uint64_t)timeout_ms * 1000000ull;

	while (!*flag && now_ns() < deadline)
		if (pvnc_poll(nc, 10) < 0)
			return -EIO;
	return *flag ? 0 : -ETIMEDOUT;
}

int pvnc_ping(struct pvnc *nc, uint32_t src, uint32_t dst, unsigned count, int timeout_ms)
{
	struct ping p = {.src = src, .dst = dst, .id = (uint16_t)getpid()};
	void (*orx)(void *, unsigned, const uint8_t *, uint32_t) = nc->o.rx;
	void *octx = nc->o.rx_ctx;
	uint8_t f[128] = {0};
	int replies = 0, rc;

	nc->o.rx = ping_rx;
	nc->o.rx_ctx = &p;
	memset(f, 0xff, 6);
	memcpy(f + 6, nc->mac, 6);
	put_be16(f + 12, 0x0806);
	put_be16(f + 14, 1);
	put_be16(f + 16, 0x0800);
	f[18] = 6;
	f[19] = 4;
	put_be16(f + 20, 1);
	memcpy(f + 22, nc->mac, 6);
	put_be32(f + 28, src);
	put_be32(f + 38, dst);
	for (int tries = 0; tries < 3 && !p.have_peer; tries++) {
		rc = pvnc_send_frame(nc, 0, f, 60);
		if (rc)
			goto out;
		ping_wait(nc, &p.have_peer, timeout_ms / 3 + 1);
	}
	rc = -EHOSTUNREACH;
	if (!p.have_peer)
		goto out;
	for (unsigned i = 0; i < count; i++) {
		uint8_t *ip = f + 14, *ic = f + 34;

		memset(f, 0, sizeof(f));
		memcpy(f, p.peer, 6);
		memcpy(f + 6, nc->mac, 6);
		put_be16(f + 12, 0x0800);
		ip[0] = 0x45;
		put_be16(ip + 2, 20 + 8 + 32);
		put_be16(ip + 4, (uint16_t)i);
		ip[8] = 64;
		ip[9] = 1;
		put_be32(ip + 12, src);
		put_be32(ip + 16, dst);
		put_be16(ip + 10, csum16(ip, 20));
		ic[0] = 8;
		p.seq = (uint16_t)(i + 1);
		put_be16(ic + 4, p.id);
		put_be16(ic + 6, p.seq);
		for (int k = 0; k < 32; k++)
			ic[8 + k] = (uint8_t)k;
		put_be16(ic + 2, csum16(ic, 40));
		p.got = false;
		rc = pvnc_send_frame(nc, 0, f, 14 + 60);
		if (rc)
			goto out;
		if (!ping_wait(nc, &p.got, timeout_ms))
			replies++;
	}
	rc = replies;
out:
	nc->o.rx = orx;
	nc->o.rx_ctx = octx;
	return rc;
}

/* ---- command line ---- */

void pvnc_cli_usage(FILE *f)
{
	fprintf(f,
		"netvsc options:\n"
		"  --nvsp V          NVSP version to use (1 2 4 5 6 6.1; default: Linux's walk)\n"
		"  --workload N      send N frames to our own MAC and count what comes back\n"
		"  --size B          frame size for the workload (default 64)\n"
		"  --gpa             workload frames as GPA-direct packets\n"
		"  --ping A.B.C.D    ARP + ICMP echo to this address (needs --ip)\n"
		"  --ip A.B.C.D      our IPv4 address for --ping\n"
		"  --count N         echo requests (default 3)\n"
		"  --subchannels N   ask for N subchannels (NVSP >= 5)\n");
}

static int parse_nvsp(const char *s, uint32_t *v)
{
	static const char *const n[] = {"1", "2", "4", "5", "6", "6.1"};
	static const uint32_t val[] = {NVSP_VERSION_V1, NVSP_VERSION_V2, NVSP_VERSION_V4,
				       NVSP_VERSION_V5, NVSP_VERSION_V6, NVSP_VERSION_V61};

	for (size_t i = 0; i < RT_ARRAY_SIZE(n); i++)
		if (!strcmp(s, n[i])) {
			*v = val[i];
			return 0;
		}
	return -EINVAL;
}

int pvnc_cli(struct pvg *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{"nvsp", 1, NULL, 'n'},  {"workload", 1, NULL, 'w'},    {"size", 1, NULL, 's'},
		{"gpa", 0, NULL, 'g'},   {"ping", 1, NULL, 'p'},        {"ip", 1, NULL, 'i'},
		{"count", 1, NULL, 'c'}, {"subchannels", 1, NULL, 'S'}, {NULL, 0, NULL, 0}};
	struct pvnc_opts o = {0};
	struct pvnc_workload w = {.size = 64};
	struct in_addr pa = {0}, ia = {0};
	unsigned count = 3;
	struct pvnc *nc;
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			if (parse_nvsp(optarg, &o.nvsp_version))
				goto usage;
			break;
		case 'w':
			w.count = strtoull(optarg, NULL, 0);
			break;
		case 's':
			w.size = (uint32_t)strtoul(optarg, NULL, 0);
			break;
		case 'g':
			w.gpa_direct = true;
			break;
		case 'p':
			if (!inet_aton(optarg, &pa))
				goto usage;
			break;
		case 'i':
			if (!inet_aton(optarg, &ia))
				goto usage;
			break;
		case 'c':
			count = (unsigned)strtoul(optarg, NULL, 0);
			break;
		case 'S':
			o.subchannels = (uint16_t)strtoul(optarg, NULL, 0);
			break;
		default:
			goto usage;
		}
	}
	rc = pvnc_open(g, &o, &nc);
	if (rc) {
		fprintf(stderr, "netvsc: bring-up failed: %s\n", strerror(-rc));
		return 1;
	}
	printf("netvsc: NVSP %#x NDIS %u.%u mac %02x:%02x:%02x:%02x:%02x:%02x mtu %u channels %u\n",
	       pvnc_nvsp_version(nc), pvnc_ndis_version(nc) >> 16, pvnc_ndis_version(nc) & 0xffff,
	       nc->mac[0], nc->mac[1], nc->mac[2], nc->mac[3], nc->mac[4], nc->mac[5], nc->mtu,
	       nc->nchan);
	rc = 0;
	if (w.count) {
		uint64_t t0 = now_ns();
		rc = pvnc_workload_run(nc, &w);
		double s = (double)(now_ns() - t0) / 1e9;
		printf("netvsc workload: sent %llu, received %llu, lost %llu (corrupt %llu, "
		       "%.0f frames/s)\n",
		       (unsigned long long)w.sent, (unsigned long long)w.received,
		       (unsigned long long)w.lost, (unsigned long long)w.corrupt,
		       s > 0 ? (double)w.sent / s : 0.0);
		if (rc || w.lost || w.corrupt)
			rc = 1;
	}
	if (pa.s_addr) {
		int n = pvnc_ping(nc, ntohl(ia.s_addr), ntohl(pa.s_addr), count, 2000);
		printf("netvsc ping %s: %d/%u replies\n", inet_ntoa(pa), n < 0 ? 0 : n, count);
		if (n != (int)count)
			rc = 1;
	}
	pvnc_close(nc);
	return rc;
usage:
	pvnc_cli_usage(stderr);
	return 2;
}
