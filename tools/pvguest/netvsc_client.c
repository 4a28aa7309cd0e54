/* netvsc client on pv_guest (see netvsc_client.h): open and close. */
#include "tools/pvguest/netvsc_client_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "runtime/util.h"

/* NDIS_TXCSUM / offload object constants the guest side needs. */
#define NDIS_OFFLOAD_PARAMS_SIZE_6_30 28

/* ---- bring-up ---- */

static int nvsp_step(struct pvnc *nc, const uint8_t *msg, uint32_t want_type, uint8_t reply[40])
{
	int rc = pvnc_nvsp_raw(nc, 0, msg, 40, TID_INIT, true, reply);

	if (rc)
		return rc;
	return pv_get_u32(reply) == want_type ? 0 : -EBADMSG;
}

/*
 * INIT with min = max = each version spec/nvsp.yaml lists, newest first, as
 * Linux 6.1 walks its own list (which is the spec's), or the one forced.
 */
static int nvsp_init(struct pvnc *nc)
{
	size_t n = nc->o.nvsp_version ? 1 : NVSP_VERSION_COUNT;
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};

	for (size_t i = 0; i < n; i++) {
		uint32_t v = nc->o.nvsp_version ? nc->o.nvsp_version
						: nvsp_versions[NVSP_VERSION_COUNT - 1 - i];
		struct nvsp_msg m = {.type = NVSP_MSG_TYPE_INIT}, r;
		uint8_t b[NVSP_MSG_SIZE] = {0}, rb[NVSP_MSG_SIZE];
		int rc;

		m.u.init.min_protocol_ver = v;
		m.u.init.max_protocol_ver = v;
		if (nvsp_msg_encode(&m, NULL, b, sizeof(b)) < 0)
			return -EINVAL;
		rc = nvsp_step(nc, b, NVSP_MSG_TYPE_INIT_COMPLETE, rb);
		if (rc)
			return rc;
		if (nvsp_msg_decode(rb, sizeof(rb), &cx, &r) != PV_OK)
			return -EBADMSG;
		if (r.u.init_complete.status == NVSP_STATUS_SUCCESS) {
			nc->version = v;
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
	nc->slot_next = calloc(nc->nslots, sizeof(*nc->slot_next));
	nc->held = calloc(nc->nslots, sizeof(*nc->held));
	if (!nc->owned || !nc->held || !nc->slot_next)
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

		while (!(of = pvg_find_offer(nc->g, nvsp_class_netvsc.guid, i))) {
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
	rc = pvnc_ctrl_send(nc, m, sizeof(m), true);
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
		/* As Linux: an 18-byte buffer both ways; a longer answer fails the query. */
		pv_put_u16(in + 2, RNDIS_RSS_CAPS_SIZE);
		olen = RNDIS_RSS_CAPS_SIZE;
		rc = pvnc_query(nc, RNDIS_OID_GEN_RECEIVE_SCALE_CAPABILITIES, in,
				RNDIS_RSS_CAPS_SIZE, out, &olen, &st);
		/* Linux takes a malformed or oversized answer as "no RSS", one channel. */
		if (rc && rc != -EBADMSG)
			return rc;
		if (!rc && !st && olen >= 18 && pv_get_u32(out + 12) >= 2 && nc->o.subchannels) {
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
		if (!x->rescinded && x->sub_index == 0 &&
		    !memcmp(x->if_type, nvsp_class_netvsc.guid, 16) &&
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
		pvnc_ctrl_send(nc, h, sizeof(h), false);
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
	free(nc->slot_next);
	free(nc->held);
	free(nc->free_sec);
	free(nc);
}

void pvnc_forget(struct pvnc *nc)
{
	if (!nc)
		return;
	free(nc->owned);
	free(nc->slot_next);
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
