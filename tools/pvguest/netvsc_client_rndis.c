/* netvsc client: RNDIS control requests (see netvsc_client_priv.h). */
#include "tools/pvguest/netvsc_client_priv.h"

#include <errno.h>
#include <string.h>

#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "runtime/gmem.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"

/* SEND_RNDIS_PKT on the primary channel for the message in section sec. */
static int send_rndis_pkt(struct pvnc *nc, uint32_t channel_type, uint32_t sec, uint32_t size)
{
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SEND_RNDIS_PKT};
	uint8_t b[NVSP_MSG_SIZE] = {0};

	m.u.send_rndis_pkt.channel_type = channel_type;
	m.u.send_rndis_pkt.send_buf_section_index = sec;
	m.u.send_rndis_pkt.send_buf_section_size = size;
	if (nvsp_msg_encode(&m, NULL, b, sizeof(b)) < 0)
		return -EINVAL;
	nc->ctrl_done = false;
	return pvnc_pkt_send(nc, 0, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
			     TID_CTRL, NULL, 0, b, sizeof(b));
}

int pvnc_ctrl_send(struct pvnc *nc, const void *msg, uint32_t len, bool want_reply)
{
	uint32_t sec = nc->nsections - 1;
	int rc;

	if (!nc->send_ok || len > nc->section_size)
		return -EINVAL;
	rc = rt_gmem_write(G(nc), nc->send_pfn * RT_PAGE_SIZE + (uint64_t)sec * nc->section_size,
			   msg, len);
	if (rc)
		return rc;
	nc->have_reply = false;
	rc = send_rndis_pkt(nc, NVSP_CHANNEL_TYPE_CONTROL, sec, len);
	if (rc)
		return rc;
	rc = pvnc_wait_flag(nc, &nc->ctrl_done);
	if (rc)
		return rc;
	if (nc->ctrl_status != NVSP_STATUS_SUCCESS)
		return -EIO;
	return want_reply ? pvnc_wait_flag(nc, &nc->have_reply) : 0;
}

/*
 * A QUERY or SET of oid with inlen bytes of input right after the request;
 * the completion's status, and for a QUERY its information buffer in out.
 */
static int oid_req(struct pvnc *nc, uint32_t type, uint32_t oid, const void *in, uint32_t inlen,
		   void *out, uint32_t *outlen, uint32_t *status)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};
	struct rndis_msg m = {.type = type}, r;
	uint8_t b[CTRL_MAX] = {0};
	uint32_t len = RNDIS_QUERY_SIZE + inlen, id = ++nc->req_id;
	uint32_t off = inlen ? RNDIS_QUERY_SIZE - RNDIS_HEADER_SIZE : 0;
	int rc;

	_Static_assert(RNDIS_QUERY_SIZE == RNDIS_SET_SIZE, "QUERY and SET share a layout");
	if (len > sizeof(b))
		return -EINVAL;
	if (type == RNDIS_MSG_TYPE_QUERY)
		m.u.query = (struct rndis_query){.msg_len = len,
						 .req_id = id,
						 .oid = oid,
						 .info_buflen = inlen,
						 .info_buf_offset = off};
	else
		m.u.set = (struct rndis_set){.msg_len = len,
					     .req_id = id,
					     .oid = oid,
					     .info_buflen = inlen,
					     .info_buf_offset = off};
	if (rndis_msg_encode(&m, NULL, b, sizeof(b)) < 0)
		return -EINVAL;
	if (inlen)
		memcpy(b + RNDIS_QUERY_SIZE, in, inlen);
	rc = pvnc_ctrl_send(nc, b, len, true);
	if (rc)
		return rc;
	if (rndis_msg_decode(nc->reply, nc->reply_len, &cx, &r) != PV_OK ||
	    r.type != (type | RNDIS_MSG_COMPLETION))
		return -EBADMSG;
	if (type == RNDIS_MSG_TYPE_SET) {
		*status = r.u.set_c.status;
		return r.u.set_c.req_id == id ? 0 : -EBADMSG;
	}
	if (r.u.query_c.req_id != id)
		return -EBADMSG;
	*status = r.u.query_c.status;
	if (out) {
		uint32_t n = *status == RNDIS_STATUS_SUCCESS ? r.u.query_c.info_buflen : 0;
		if (n > *outlen)
			return -EBADMSG;
		/* the decoder checked the buffer against msg_len */
		memcpy(out, nc->reply + RNDIS_HEADER_SIZE + r.u.query_c.info_buf_offset, n);
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
	int rc;

	if (write_section != UINT32_MAX) {
		if (write_section >= nc->nsections || len > nc->section_size)
			return -EINVAL;
		rc = rt_gmem_write(G(nc),
				   nc->send_pfn * RT_PAGE_SIZE +
					   (uint64_t)write_section * nc->section_size,
				   rndis, len);
		if (rc)
			return rc;
	}
	rc = send_rndis_pkt(nc, channel_type, section, section_size);
	if (rc)
		return rc;
	rc = pvnc_wait_flag(nc, &nc->ctrl_done);
	if (!rc)
		*nvsp_status = nc->ctrl_status;
	return rc;
}
