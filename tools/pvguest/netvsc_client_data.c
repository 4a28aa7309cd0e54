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

static int complete_rx(struct pvnc *nc, unsigned ci, uint64_t tid)
{
	uint8_t m[40] = {0};

	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
	pv_put_u32(m + 4, NVSP_STATUS_SUCCESS);
	/* The packet's slots, chained from its first (= trans_id) in rx_xfer. */
	for (uint64_t s = tid, n = 0; s < nc->nslots && n < nc->nslots; n++) {
		uint32_t next = nc->slot_next[s];
		nc->owned[s] = 0;
		s = next;
	}
	nc->st.rx_completions++;
	return pvnc_pkt_send(nc, ci, VMRING_PKT_COMP, 0, tid, NULL, 0, m, sizeof(m));
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

/*
 * A transfer-page packet: one RNDIS message per range (the host may batch
 * several frames into one packet), completed once with its trans_id.
 */
static void rx_xfer(struct pvnc *nc, unsigned ci, const struct pvg_pkt *pk, const uint8_t *data)
{
	uint8_t msg[16384];
	uint64_t tid = pk->trans_id;
	uint32_t prev = UINT32_MAX;

	if (pk->len < 16 || pv_get_u32(data) != NVSP_MSG_TYPE_SEND_RNDIS_PKT || !pk->nranges) {
		nc->st.rx_bad++;
		return;
	}
	for (uint32_t i = 0; i < pk->nranges; i++) {
		uint32_t off = pk->ranges[i].off, rlen = pk->ranges[i].len,
			 slot = off / nc->sub_alloc;
		uint32_t mlen;
		uint64_t at = nc->recv_pfn * 4096 + off;

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
		if (rt_gmem_read(G(nc), at, msg, 8) || (mlen = pv_get_u32(msg + 4)) < 8 ||
		    mlen > rlen || mlen > sizeof(msg) || rt_gmem_read(G(nc), at, msg, mlen))
			nc->st.rx_bad++;
		else
			rx_rndis(nc, ci, msg, mlen);
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
	case VMRING_PKT_COMP:
		rx_comp(nc, &pk, buf);
		break;
	case VMRING_PKT_DATA_USING_XFER_PAGES:
		rx_xfer(nc, ci, &pk, buf);
		break;
	case VMRING_PKT_DATA_INBAND:
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
	rc = pvnc_pkt_send(nc, chan, VMRING_PKT_DATA_INBAND,
			   want ? VMRING_PKT_FLAGS_COMPLETION_REQUESTED : 0, tid, NULL, 0, buf,
			   sizeof(buf));
	if (rc || !want)
		return rc;
	rc = pvnc_wait_flag(nc, &nc->wait_done);
	nc->wait_tid = 0;
	if (!rc && reply)
		memcpy(reply, nc->wait_buf, 40);
	return rc;
}

int pvnc_complete_raw(struct pvnc *nc, unsigned chan, uint64_t tid)
{
	uint8_t m[40] = {0};

	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT_COMPLETE);
	pv_put_u32(m + 4, NVSP_STATUS_SUCCESS);
	return pvnc_pkt_send(nc, chan, VMRING_PKT_COMP, 0, tid, NULL, 0, m, sizeof(m));
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
	rc = pvnc_pkt_send(nc, chan, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
			   TID_SEC + sec, NULL, 0, m, sizeof(m));
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
	uint8_t m[40] = {0}, msg[NETVSC_MSG_MAX];
	uint32_t total;
	int rc = 0;

	*sent = 0;
	if (chan >= nc->nchan || !nc->nsections || RNDIS_PACKET_HEADER_SIZE + len > sizeof(msg) ||
	    RNDIS_PACKET_HEADER_SIZE + len > nc->section_size)
		return -EMSGSIZE;
	/* Section 0 holds the frame for every send: the host copies it at receipt. */
	total = build_packet(msg, frame, len);
	rc = rt_gmem_write(G(nc), nc->send_pfn * 4096, msg, total);
	if (rc)
		return rc;
	pv_put_u32(m, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
	pv_put_u32(m + 4, NVSP_CHANNEL_TYPE_DATA);
	pv_put_u32(m + 8, 0);
	pv_put_u32(m + 12, total);
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
	rc = pvnc_pkt_send(nc, chan, VMRING_PKT_DATA_USING_GPA_DIRECT,
			   VMRING_PKT_FLAGS_COMPLETION_REQUESTED, TID_GPA + pg, ext, sizeof(ext), m,
			   sizeof(m));
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
