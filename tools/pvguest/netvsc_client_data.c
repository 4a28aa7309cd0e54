/* netvsc client: ring packets, the poll loop and frames (see netvsc_client_priv.h). */
#include "tools/pvguest/netvsc_client_priv.h"

#include <errno.h>
#include <string.h>

#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "runtime/gmem.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"

#define NETVSC_MSG_MAX 16384

/* ---- sending ---- */

int pvnc_pkt_send(struct pvnc *nc, unsigned ci, uint16_t type, uint16_t flags, uint64_t tid,
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

/* The completion of a received RNDIS packet: SEND_RNDIS_PKT_COMPLETE, success. */
static int send_rx_completion(struct pvnc *nc, unsigned ci, uint64_t tid)
{
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE};
	uint8_t b[NVSP_MSG_SIZE] = {0};

	m.u.send_rndis_pkt_complete.status = NVSP_STATUS_SUCCESS;
	if (nvsp_msg_encode(&m, NULL, b, sizeof(b)) < 0)
		return -EINVAL;
	return pvnc_pkt_send(nc, ci, VMRING_PKT_COMP, 0, tid, NULL, 0, b, sizeof(b));
}

static int complete_rx(struct pvnc *nc, unsigned ci, uint64_t tid)
{
	/* The packet's slots, chained from its first (= trans_id) in rx_xfer. */
	for (uint64_t s = tid, n = 0; s < nc->nslots && n < nc->nslots; n++) {
		uint32_t next = nc->slot_next[s];
		nc->owned[s] = 0;
		s = next;
	}
	nc->st.rx_completions++;
	return send_rx_completion(nc, ci, tid);
}

/* ---- receiving ---- */

/* A completion's own length (its msg_len), 0 for a message that is not one. */
static uint32_t completion_len(const struct rndis_msg *r)
{
	switch (r->type) {
	case RNDIS_MSG_TYPE_INIT_C:
		return r->u.init_c.msg_len;
	case RNDIS_MSG_TYPE_QUERY_C:
		return r->u.query_c.msg_len;
	case RNDIS_MSG_TYPE_SET_C:
		return r->u.set_c.msg_len;
	case RNDIS_MSG_TYPE_RESET_C:
		return r->u.reset_c.msg_len;
	case RNDIS_MSG_TYPE_KEEPALIVE_C:
		return r->u.keepalive_c.msg_len;
	case RNDIS_MSG_TYPE_SET_EX_C:
		return r->u.set_ex_c.msg_len;
	default:
		return 0;
	}
}

/* One RNDIS message the host wrote into a receive slot (len: the range's bytes). */
static void rx_rndis(struct pvnc *nc, unsigned ci, const uint8_t *m, uint32_t len)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};
	struct rndis_msg r;
	uint32_t clen;

	if (rndis_msg_decode(m, len, &cx, &r) != PV_OK) {
		nc->st.rx_bad++;
		return;
	}
	if (r.type == RNDIS_MSG_TYPE_PACKET) {
		const struct rndis_packet *p = &r.u.packet;
		nc->st.rx_frames++;
		if (nc->o.rx)
			nc->o.rx(nc->o.rx_ctx, ci, m + RNDIS_HEADER_SIZE + p->data_offset,
				 p->data_len);
		return;
	}
	if (r.type == RNDIS_MSG_TYPE_INDICATE) {
		nc->st.indications++;
		nc->st.last_indication = r.u.indicate.status;
		return;
	}
	if ((clen = completion_len(&r)) != 0) {
		nc->reply_len = rt_min(clen, (uint32_t)CTRL_MAX);
		memcpy(nc->reply, m, nc->reply_len);
		nc->have_reply = true;
		return;
	}
	nc->st.rx_bad++;
}

/*
 * A transfer-page packet: one RNDIS message per range (the host may batch
 * several frames into one packet), completed once with its trans_id.
 */
static void rx_xfer(struct pvnc *nc, unsigned ci, const struct pvg_pkt *pk, const uint8_t *data)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST, .version = nc->version};
	struct nvsp_send_rndis_pkt np;
	uint8_t msg[16384];
	uint64_t tid = pk->trans_id;
	uint32_t prev = UINT32_MAX;

	if (nvsp_send_rndis_pkt_decode(data, pk->len, &cx, &np) != PV_OK || !pk->nranges) {
		nc->st.rx_bad++;
		return;
	}
	for (uint32_t i = 0; i < pk->nranges; i++) {
		uint32_t off = pk->ranges[i].off, rlen = pk->ranges[i].len,
			 slot = off / nc->sub_alloc;
		uint64_t at = nc->recv_pfn * RT_PAGE_SIZE + off;

		if (off % nc->sub_alloc || slot >= nc->nslots || rlen > nc->sub_alloc ||
		    (i == 0 && slot != tid)) {
			nc->st.rx_bad++;
			continue;
		}
		if (nc->owned[slot])
			nc->st.rx_overrun++;
		nc->owned[slot] = 1;
		nc->slot_next[slot] = UINT32_MAX;
		if (prev != UINT32_MAX)
			nc->slot_next[prev] = slot;
		prev = slot;
		if (rlen > sizeof(msg) || rt_gmem_read(G(nc), at, msg, rlen))
			nc->st.rx_bad++;
		else
			rx_rndis(nc, ci, msg, rlen);
	}
	if (tid >= nc->nslots)
		return; /* nothing of ours to complete */
	if (nc->hold) {
		nc->held[nc->nheld].chan = ci;
		nc->held[nc->nheld].tid = tid;
		nc->nheld++;
		return;
	}
	complete_rx(nc, ci, tid);
}

static void rx_comp(struct pvnc *nc, const struct pvg_pkt *pk, const uint8_t *data)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST, .version = nc->version};
	struct nvsp_send_rndis_pkt_complete c;
	uint64_t tid = pk->trans_id;
	uint32_t status = nvsp_send_rndis_pkt_complete_decode(data, pk->len, &cx, &c) == PV_OK
				  ? c.status
				  : NVSP_STATUS_NONE;

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

/* The host's one in-band message to a guest: the send indirection table. */
static void rx_inband(struct pvnc *nc, const struct pvg_pkt *pk, const uint8_t *buf)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST, .version = nc->version};
	struct nvsp_send_indirection_table t;

	if (nvsp_send_indirection_table_decode(buf, pk->len, &cx, &t) != PV_OK ||
	    t.count != NVSP_SEND_TABLE_ENTRIES) {
		nc->st.rx_bad++;
		return;
	}
	memcpy(nc->table, t.table, sizeof(nc->table));
	nc->table_count = NVSP_SEND_TABLE_ENTRIES;
}

static int handle_one(struct pvnc *nc, unsigned ci, int timeout_ms)
{
	uint8_t buf[4096];
	struct pvg_pkt pk;
	int rc = pvg_chan_recv(nc->ch[ci], &pk, buf, sizeof(buf), timeout_ms);

	if (rc)
		return rc;
	switch (pk.type) {
	case VMRING_PKT_COMP:
		rx_comp(nc, &pk, buf);
		break;
	case VMRING_PKT_DATA_USING_XFER_PAGES:
		rx_xfer(nc, ci, &pk, buf);
		break;
	case VMRING_PKT_DATA_INBAND:
		rx_inband(nc, &pk, buf);
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

int pvnc_wait_flag(struct pvnc *nc, bool *flag)
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

int pvnc_nvsp_send(struct pvnc *nc, unsigned chan, const struct nvsp_msg *m, uint64_t tid,
		   bool want, uint8_t reply[NVSP_MSG_SIZE])
{
	uint8_t buf[NVSP_MSG_SIZE] = {0};

	if (nvsp_msg_encode(m, NULL, buf, sizeof(buf)) < 0)
		return -EINVAL;
	return pvnc_nvsp_raw(nc, chan, buf, sizeof(buf), tid, want, reply);
}

int pvnc_nvsp_raw(struct pvnc *nc, unsigned chan, const void *msg, uint32_t len, uint64_t tid,
		  bool want, uint8_t reply[NVSP_MSG_SIZE])
{
	uint8_t buf[NVSP_MSG_SIZE] = {0};
	int rc;

	if (chan >= nc->nchan || len > sizeof(buf))
		return -EINVAL;
	memcpy(buf, msg, len);
	nc->wait_tid = tid;
	nc->wait_done = false;
	rc = pvnc_pkt_send(nc, chan, VMRING_PKT_DATA_INBAND,
			   want ? VMRING_PKT_FLAGS_COMPLETION_REQUESTED : 0, tid, NULL, 0, buf,
			   sizeof(buf));
	if (rc || !want)
		return rc;
	rc = pvnc_wait_flag(nc, &nc->wait_done);
	nc->wait_tid = 0;
	if (!rc && reply)
		memcpy(reply, nc->wait_buf, NVSP_MSG_SIZE);
	return rc;
}

int pvnc_complete_raw(struct pvnc *nc, unsigned chan, uint64_t tid)
{
	return send_rx_completion(nc, chan, tid);
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

/* An RNDIS PACKET with the frame right after its header; the bytes written. */
static int build_packet(uint8_t *m, size_t cap, const void *frame, uint32_t len)
{
	struct rndis_packet p = {.msg_len = RNDIS_PACKET_SIZE + len,
				 .data_offset = RNDIS_PACKET_SIZE - RNDIS_HEADER_SIZE,
				 .data_len = len};

	if (RNDIS_PACKET_SIZE + (size_t)len > cap || rndis_packet_encode(&p, m, cap) < 0)
		return -EMSGSIZE;
	memcpy(m + RNDIS_PACKET_SIZE, frame, len);
	return (int)p.msg_len;
}

/* Sends the data-path SEND_RNDIS_PKT for a message in section sec (or in
 * GPA ranges: sec NVSP_INVALID_SECTION_INDEX, ext the ranges). */
static int send_data_pkt(struct pvnc *nc, unsigned chan, uint16_t type, uint64_t tid, uint32_t sec,
			 uint32_t total, const void *ext, size_t ext_len)
{
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SEND_RNDIS_PKT};
	uint8_t b[NVSP_MSG_SIZE] = {0};

	m.u.send_rndis_pkt.channel_type = NVSP_CHANNEL_TYPE_DATA;
	m.u.send_rndis_pkt.send_buf_section_index = sec;
	m.u.send_rndis_pkt.send_buf_section_size = sec == NVSP_INVALID_SECTION_INDEX ? 0 : total;
	if (nvsp_msg_encode(&m, NULL, b, sizeof(b)) < 0)
		return -EINVAL;
	return pvnc_pkt_send(nc, chan, type, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, tid, ext,
			     ext_len, b, sizeof(b));
}

int pvnc_send_frame(struct pvnc *nc, unsigned chan, const void *frame, uint32_t len)
{
	uint8_t msg[NETVSC_MSG_MAX];
	uint64_t deadline = now_ns() + (uint64_t)nc->timeout * 1000000ull;
	uint32_t sec;
	int rc, total;

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
	total = build_packet(msg, sizeof(msg), frame, len);
	if (total < 0)
		rc = total;
	else
		rc = rt_gmem_write(G(nc),
				   nc->send_pfn * RT_PAGE_SIZE + (uint64_t)sec * nc->section_size,
				   msg, (size_t)total);
	if (!rc)
		rc = send_data_pkt(nc, chan, VMRING_PKT_DATA_INBAND, TID_SEC + sec, sec,
				   (uint32_t)total, NULL, 0);
	if (rc) {
		nc->free_sec[nc->nfree_sec++] = sec;
		return rc;
	}
	nc->outstanding++;
	nc->st.tx_frames++;
	return 0;
}

int pvnc_flood_sends(struct pvnc *nc, unsigned chan, const void *frame, uint32_t len, uint32_t n,
		     uint32_t *sent)
{
	struct nvsp_msg nm = {.type = NVSP_MSG_TYPE_SEND_RNDIS_PKT};
	uint8_t m[NVSP_MSG_SIZE] = {0}, msg[NETVSC_MSG_MAX];
	int rc = 0, total;

	*sent = 0;
	if (chan >= nc->nchan || !nc->nsections || RNDIS_PACKET_HEADER_SIZE + len > sizeof(msg) ||
	    RNDIS_PACKET_HEADER_SIZE + len > nc->section_size)
		return -EMSGSIZE;
	/* Section 0 holds the frame for every send: the host copies it at receipt. */
	total = build_packet(msg, sizeof(msg), frame, len);
	if (total < 0)
		return total;
	rc = rt_gmem_write(G(nc), nc->send_pfn * RT_PAGE_SIZE, msg, (size_t)total);
	if (rc)
		return rc;
	nm.u.send_rndis_pkt.channel_type = NVSP_CHANNEL_TYPE_DATA;
	nm.u.send_rndis_pkt.send_buf_section_index = 0;
	nm.u.send_rndis_pkt.send_buf_section_size = (uint32_t)total;
	if (nvsp_msg_encode(&nm, NULL, m, sizeof(m)) < 0)
		return -EINVAL;
	while (*sent < n) {
		/* Ids no send of ours uses: their completions are ignored if ever read. */
		rc = pvg_chan_send(nc->ch[chan], VMRING_PKT_DATA_INBAND,
				   VMRING_PKT_FLAGS_COMPLETION_REQUESTED, TID_FLOOD + *sent, m,
				   sizeof(m));
		if (rc)
			break;
		(*sent)++;
	}
	return rc == -EAGAIN ? 0 : rc;
}

int pvnc_send_frame_gpa(struct pvnc *nc, unsigned chan, const void *frame, uint32_t len)
{
	uint8_t msg[RT_PAGE_SIZE], ext[VMRING_GPA_DIRECT_SIZE + 8 + 8];
	uint64_t deadline = now_ns() + (uint64_t)nc->timeout * 1000000ull;
	uint32_t pg, off = 0, tlen;
	uint64_t pfn;
	int rc, total, elen;

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
	pfn = nc->gpa_pfn + pg;
	total = build_packet(msg, sizeof(msg), frame, len);
	tlen = total < 0 ? 0 : (uint32_t)total;
	elen = pvg_gpa_ext(1, &tlen, &off, &pfn, ext, sizeof(ext));
	if (total < 0 || elen < 0)
		rc = total < 0 ? total : elen;
	else
		rc = rt_gmem_write(G(nc), pfn * RT_PAGE_SIZE, msg, tlen);
	if (!rc)
		rc = send_data_pkt(nc, chan, VMRING_PKT_DATA_USING_GPA_DIRECT, TID_GPA + pg,
				   NVSP_INVALID_SECTION_INDEX, tlen, ext, (size_t)elen);
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
