/* netvsc client: RNDIS control requests (see netvsc_client_priv.h). */
#include "tools/pvguest/netvsc_client_priv.h"

#include <errno.h>
#include <string.h>

#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "runtime/gmem.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"

int pvnc_ctrl_send(struct pvnc *nc, const void *msg, uint32_t len, bool want_reply)
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
	rc = pvnc_pkt_send(nc, 0, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
			   TID_CTRL, NULL, 0, m, sizeof(m));
	if (rc)
		return rc;
	rc = pvnc_wait_flag(nc, &nc->ctrl_done);
	if (rc)
		return rc;
	if (nc->ctrl_status != NVSP_STATUS_SUCCESS)
		return -EIO;
	return want_reply ? pvnc_wait_flag(nc, &nc->have_reply) : 0;
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
	rc = pvnc_ctrl_send(nc, m, len, true);
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
	rc = pvnc_pkt_send(nc, 0, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
			   TID_CTRL, NULL, 0, m, sizeof(m));
	if (rc)
		return rc;
	rc = pvnc_wait_flag(nc, &nc->ctrl_done);
	if (!rc)
		*nvsp_status = nc->ctrl_status;
	return rc;
}
