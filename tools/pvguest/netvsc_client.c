/* netvsc client on pv_guest (see netvsc_client.h): open and close. */
#include "tools/pvguest/netvsc_client_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "runtime/util.h"

/* ---- bring-up ---- */

/* One request on the primary channel and its completion's bytes; the caller
 * decodes them with the completion's decoder, which checks the type. */
static int nvsp_step(struct pvnc *nc, const struct nvsp_msg *m, uint8_t reply[NVSP_MSG_SIZE])
{
	return pvnc_nvsp_send(nc, 0, m, TID_INIT, true, reply);
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
		uint8_t rb[NVSP_MSG_SIZE];
		int rc;

		m.u.init.min_protocol_ver = v;
		m.u.init.max_protocol_ver = v;
		rc = nvsp_step(nc, &m, rb);
		if (rc)
			return rc;
		if (nvsp_msg_decode(rb, sizeof(rb), &cx, &r) != PV_OK ||
		    r.type != NVSP_MSG_TYPE_INIT_COMPLETE)
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

	*pages = (bytes + RT_PAGE_SIZE - 1) / RT_PAGE_SIZE;
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

/* The receive buffer's one section, as the host describes it (Linux's checks). */
static int recv_buf(struct pvnc *nc)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST, .version = nc->version};
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SEND_RECV_BUF};
	struct nvsp_send_recv_buf_complete c;
	uint8_t r[NVSP_MSG_SIZE];
	int rc;

	m.u.send_recv_buf.gpadl_handle = nc->recv_gpadl;
	m.u.send_recv_buf.id = NVSP_RECV_BUF_ID;
	rc = nvsp_step(nc, &m, r);
	if (rc)
		return rc;
	if (nvsp_send_recv_buf_complete_decode(r, sizeof(r), &cx, &c) != PV_OK)
		return -EBADMSG;
	if (c.status != NVSP_STATUS_SUCCESS || c.num_sections != 1 || c.section.offset != 0 ||
	    c.section.sub_alloc_size < NVSP_MIN_SECTION_SIZE)
		return -EIO;
	nc->sub_alloc = c.section.sub_alloc_size;
	nc->nslots = c.section.num_sub_allocs;
	if ((uint64_t)nc->sub_alloc * nc->nslots > (uint64_t)nc->recv_pages * RT_PAGE_SIZE)
		return -EBADMSG;
	return 0;
}

static int send_buf(struct pvnc *nc)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST, .version = nc->version};
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SEND_SEND_BUF};
	struct nvsp_send_send_buf_complete c;
	uint8_t r[NVSP_MSG_SIZE];
	int rc;

	m.u.send_send_buf.gpadl_handle = nc->send_gpadl;
	m.u.send_send_buf.id = NVSP_SEND_BUF_ID;
	rc = nvsp_step(nc, &m, r);
	if (rc)
		return rc;
	if (nvsp_send_send_buf_complete_decode(r, sizeof(r), &cx, &c) != PV_OK)
		return -EBADMSG;
	if (c.status != NVSP_STATUS_SUCCESS || c.section_size < NVSP_MIN_SECTION_SIZE)
		return -EIO;
	nc->section_size = c.section_size;
	return 0;
}

static int buffers(struct pvnc *nc)
{
	int rc;

	rc = alloc_buf(nc, nc->o.recv_buf_size ? nc->o.recv_buf_size : 4u << 20, &nc->recv_pfn,
		       &nc->recv_pages, &nc->recv_gpadl);
	if (rc || (rc = recv_buf(nc)))
		return rc;
	nc->owned = calloc(nc->nslots, 1);
	nc->slot_next = calloc(nc->nslots, sizeof(*nc->slot_next));
	nc->held = calloc(nc->nslots, sizeof(*nc->held));
	if (!nc->owned || !nc->held || !nc->slot_next)
		return -ENOMEM;
	nc->recv_ok = true;

	rc = alloc_buf(nc, nc->o.send_buf_size ? nc->o.send_buf_size : 1u << 20, &nc->send_pfn,
		       &nc->send_pages, &nc->send_gpadl);
	if (rc || (rc = send_buf(nc)))
		return rc;
	nc->nsections = nc->send_pages * RT_PAGE_SIZE / nc->section_size;
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
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST, .version = nc->version};
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SUBCHANNEL};
	struct nvsp_subchannel_complete c;
	uint8_t r[NVSP_MSG_SIZE];
	uint64_t deadline;
	int rc;

	m.u.subchannel.op = NVSP_SUBCHANNEL_OP_ALLOCATE;
	m.u.subchannel.num_subchannels = n;
	rc = nvsp_step(nc, &m, r);
	if (rc)
		return rc;
	if (nvsp_subchannel_complete_decode(r, sizeof(r), &cx, &c) != PV_OK)
		return -EBADMSG;
	if (c.status != NVSP_STATUS_SUCCESS)
		return 0;
	n = rt_min(c.num_subchannels, (uint32_t)PVNC_MAX_CHANNELS - 1);
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

/* RSS parameters as Linux sends them: the object, then its indirection table
 * (one u32 channel index per entry), then the Toeplitz key. */
static int rss_params(struct pvnc *nc)
{
	enum {
		TAB = RNDIS_RSS_PARAMS_SIZE,
		KEY = TAB + RNDIS_RSS_TABLE_MAX * 4,
		LEN = KEY + RNDIS_RSS_KEY_MAX
	};
	struct rndis_rss_params rp = {
		.header = {.type = RNDIS_NDIS_OBJECT_TYPE_RSS_PARAMETERS,
			   .revision = RNDIS_RSS_PARAMS_REVISION_2,
			   .size = RNDIS_RSS_PARAMS_SIZE},
		.hashinfo = RNDIS_HASH_INFO_FUNC_TOEPLITZ | RNDIS_HASH_INFO_IPV4 |
			    RNDIS_HASH_INFO_TCP_IPV4 | RNDIS_HASH_INFO_IPV6 |
			    RNDIS_HASH_INFO_TCP_IPV6,
		.indirect_tabsize = RNDIS_RSS_TABLE_MAX * 4,
		.indirect_taboffset = TAB,
		.hashkey_size = RNDIS_RSS_KEY_MAX,
		.hashkey_offset = KEY,
	};
	uint8_t p[LEN] = {0};
	uint32_t st;
	int rc;

	if (rndis_rss_params_encode(&rp, p, sizeof(p)) < 0)
		return -EINVAL;
	for (uint32_t i = 0; i < RNDIS_RSS_TABLE_MAX; i++)
		pv_put_u32(p + TAB + 4 * i, i % nc->nchan);
	for (uint32_t i = 0; i < RNDIS_RSS_KEY_MAX; i++)
		p[KEY + i] = (uint8_t)(0x6d + i * 37);
	rc = pvnc_set(nc, RNDIS_OID_GEN_RECEIVE_SCALE_PARAMETERS, p, sizeof(p), &st);
	return rc ? rc : st == RNDIS_STATUS_SUCCESS ? 0 : -EIO;
}

/* RNDIS INIT, answered by a successful INIT_C. */
static int rndis_init(struct pvnc *nc)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};
	struct rndis_msg m = {.type = RNDIS_MSG_TYPE_INIT}, r;
	uint8_t b[RNDIS_INIT_SIZE];
	int rc;

	m.u.init.msg_len = sizeof(b);
	m.u.init.req_id = ++nc->req_id;
	m.u.init.major_ver = RNDIS_MAJOR_VERSION;
	m.u.init.minor_ver = RNDIS_MINOR_VERSION;
	m.u.init.max_xfer_size = RNDIS_MAX_XFER_SIZE_LINUX;
	if (rndis_msg_encode(&m, NULL, b, sizeof(b)) < 0)
		return -EINVAL;
	rc = pvnc_ctrl_send(nc, b, sizeof(b), true);
	if (rc)
		return rc;
	if (rndis_msg_decode(nc->reply, nc->reply_len, &cx, &r) != PV_OK ||
	    r.type != (uint32_t)RNDIS_MSG_TYPE_INIT_C)
		return -EBADMSG;
	return r.u.init_c.status == RNDIS_STATUS_SUCCESS ? 0 : -EIO;
}

/* The offload capabilities query: header revision by NVSP version, as Linux sends. */
static int offload_caps(struct pvnc *nc)
{
	struct rndis_ndis_object_header h = {.type = RNDIS_NDIS_OBJECT_TYPE_OFFLOAD}, a;
	uint8_t in[RNDIS_NDIS_OBJECT_HEADER_SIZE], out[RNDIS_NDIS_OFFLOAD_SIZE_6_30 + 100];
	uint32_t st, olen = sizeof(out);
	int rc;

	h.revision = nc->version >= NVSP_VERSION_V5 ? 3 : nc->version >= NVSP_VERSION_V4 ? 2 : 1;
	h.size = h.revision == 3   ? RNDIS_NDIS_OFFLOAD_SIZE_6_30
		 : h.revision == 2 ? RNDIS_NDIS_OFFLOAD_SIZE_6_1
				   : RNDIS_NDIS_OFFLOAD_SIZE_6_0;
	if (rndis_ndis_object_header_encode(&h, in, sizeof(in)) < 0)
		return -EINVAL;
	rc = pvnc_query(nc, RNDIS_OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES, in, sizeof(in), out, &olen,
			&st);
	if (rc || st)
		return rc ? rc : -EIO;
	if (olen < RNDIS_NDIS_OFFLOAD_SIZE_6_0 ||
	    rndis_ndis_object_header_decode(out, RNDIS_NDIS_OBJECT_HEADER_SIZE, NULL, &a) !=
		    PV_OK ||
	    a.type != RNDIS_NDIS_OBJECT_TYPE_OFFLOAD || a.revision < 1 ||
	    a.size < RNDIS_NDIS_OFFLOAD_SIZE_6_0 || a.size > olen)
		return -EBADMSG;
	return 0;
}

/* Checksum offload both ways and LSOv2, the parameters' size by NVSP version. */
static int offload_params(struct pvnc *nc)
{
	struct rndis_offload_params op = {
		.header = {.type = RNDIS_NDIS_OBJECT_TYPE_DEFAULT,
			   .revision = RNDIS_OFFLOAD_PARAMS_REVISION_3},
		.ip_v4_csum = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED,
		.tcp_ip_v4_csum = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED,
		.udp_ip_v4_csum = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED,
		.tcp_ip_v6_csum = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED,
		.udp_ip_v6_csum = RNDIS_OFFLOAD_PARAM_CSUM_TX_RX_ENABLED,
		.lso_v2_ipv4 = RNDIS_OFFLOAD_PARAM_SIMPLE_ENABLED,
		.lso_v2_ipv6 = RNDIS_OFFLOAD_PARAM_SIMPLE_ENABLED,
	};
	uint8_t in[RNDIS_OFFLOAD_PARAMS_SIZE];
	uint32_t st;
	int rc;

	op.header.size = nc->version <= NVSP_VERSION_V4 ? RNDIS_OFFLOAD_PARAMS_SIZE_V4
							: RNDIS_OFFLOAD_PARAMS_SIZE;
	if (rndis_offload_params_encode(&op, in, sizeof(in)) < 0)
		return -EINVAL;
	rc = pvnc_set(nc, RNDIS_OID_TCP_OFFLOAD_PARAMETERS, in, op.header.size, &st);
	return rc ? rc : st ? -EIO : 0;
}

/* RSS capabilities (NVSP >= 5) and, with more than one queue and subchannels
 * asked for, the subchannels and the RSS parameters. */
static int rss(struct pvnc *nc)
{
	struct rndis_ndis_object_header h = {.type = RNDIS_NDIS_OBJECT_TYPE_RSS_CAPABILITIES,
					     .revision = RNDIS_RSS_CAPS_REVISION_2,
					     .size = RNDIS_RSS_CAPS_SIZE};
	uint8_t in[RNDIS_RSS_CAPS_SIZE] = {0}, out[RNDIS_RSS_CAPS_SIZE];
	struct rndis_rss_caps caps;
	uint32_t st, olen = sizeof(out);
	int rc;

	if (rndis_ndis_object_header_encode(&h, in, sizeof(in)) < 0)
		return -EINVAL;
	/* As Linux: an 18-byte buffer both ways; a longer answer fails the query. */
	rc = pvnc_query(nc, RNDIS_OID_GEN_RECEIVE_SCALE_CAPABILITIES, in, sizeof(in), out, &olen,
			&st);
	/* Linux takes a malformed or oversized answer as "no RSS", one channel. */
	if (rc)
		return rc == -EBADMSG ? 0 : rc;
	if (st || olen < RNDIS_RSS_CAPS_SIZE ||
	    rndis_rss_caps_decode(out, olen, NULL, &caps) != PV_OK || caps.num_recv_que < 2 ||
	    !nc->o.subchannels)
		return 0;
	rc = open_subchannels(nc, rt_min((uint32_t)nc->o.subchannels, caps.num_recv_que - 1));
	if (rc)
		return rc;
	return nc->nchan > 1 ? rss_params(nc) : 0;
}

static int rndis_bringup(struct pvnc *nc)
{
	uint8_t out[256], in[4];
	uint32_t st, olen;
	int rc;

	rc = rndis_init(nc);
	if (rc)
		return rc;
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

	if ((rc = offload_caps(nc)) || (rc = offload_params(nc)))
		return rc;
	olen = sizeof(out);
	rc = pvnc_query(nc, RNDIS_OID_GEN_MEDIA_CONNECT_STATUS, NULL, 0, out, &olen, &st);
	if (rc)
		return rc;
	if (nc->version >= NVSP_VERSION_V5) {
		olen = sizeof(out);
		rc = pvnc_query(nc, RNDIS_OID_GEN_LINK_SPEED, NULL, 0, out, &olen, &st);
		if (rc || (rc = rss(nc)))
			return rc;
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

/* NDIS_CONFIG (NVSP >= 2) with the capabilities Linux announces at this
 * version, then the NDIS version; neither is answered. */
static int ndis_config(struct pvnc *nc)
{
	struct nvsp_msg m = {.type = NVSP_MSG_TYPE_SEND_NDIS_CONFIG};
	int rc;

	if (nc->version >= NVSP_VERSION_V2) {
		struct nvsp_send_ndis_config *c = &m.u.send_ndis_config;
		c->mtu = 1500 + 14;
		c->ieee8021q = 1;
		c->sriov = c->teaming = nc->version >= NVSP_VERSION_V5;
		c->rsc = nc->version >= NVSP_VERSION_V61;
		if ((rc = pvnc_nvsp_send(nc, 0, &m, 0, false, NULL)))
			return rc;
	}
	nc->ndis = nc->version <= NVSP_VERSION_V4 ? NVSP_NDIS_VERSION_6_1 : NVSP_NDIS_VERSION_6_30;
	m = (struct nvsp_msg){.type = NVSP_MSG_TYPE_SEND_NDIS_VER};
	m.u.send_ndis_ver.ndis_major_ver = nc->ndis >> 16;
	m.u.send_ndis_ver.ndis_minor_ver = nc->ndis & 0xffff;
	return pvnc_nvsp_send(nc, 0, &m, 0, false, NULL);
}

int pvnc_open(struct pvg *g, const struct pvnc_opts *o, struct pvnc **out)
{
	struct pvnc *nc = calloc(1, sizeof(*nc));
	const struct pvg_offer *of = NULL;
	struct pvg_open_opts oo = {0};
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
	if ((rc = ndis_config(nc)))
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
	if (!nc)
		return;
	if (nc->rndis_up && nc->send_ok) {
		struct rndis_msg h = {.type = RNDIS_MSG_TYPE_HALT};
		uint8_t b[RNDIS_HALT_SIZE];
		h.u.halt.msg_len = sizeof(b);
		h.u.halt.req_id = ++nc->req_id;
		if (rndis_msg_encode(&h, NULL, b, sizeof(b)) > 0)
			pvnc_ctrl_send(nc, b, sizeof(b), false);
	}
	pvnc_release_rx(nc);
	if (nc->recv_ok) {
		struct nvsp_msg m = {.type = NVSP_MSG_TYPE_REVOKE_RECV_BUF};
		m.u.revoke_recv_buf.id = NVSP_RECV_BUF_ID;
		pvnc_nvsp_send(nc, 0, &m, 0, false, NULL);
	}
	if (nc->send_ok) {
		struct nvsp_msg m = {.type = NVSP_MSG_TYPE_REVOKE_SEND_BUF};
		m.u.revoke_send_buf.id = NVSP_SEND_BUF_ID;
		pvnc_nvsp_send(nc, 0, &m, 0, false, NULL);
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
