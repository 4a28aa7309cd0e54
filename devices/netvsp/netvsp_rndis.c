/*
 * RNDIS control: INITIALIZE, QUERY, SET, HALT, RESET, KEEPALIVE and link
 * indications, with the OIDs Linux 6.1's rndis_filter queries and sets.
 * Replies travel in the receive buffer like received frames, so every
 * message here needs it (the NVSP session machine checks that first).
 *
 * Every value comes from the guest: the generated decoders check message
 * lengths and that information-buffer offsets stay inside the message; OID
 * handlers check their own object headers, sizes and inner offsets. A bad
 * request gets an RNDIS failure status in its completion.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "devices/netvsp/netvsp_priv.h"
#include "runtime/util.h"

#define LINK_SPEED_100BPS 100000000u /* 10 Gbit/s in the 100 bit/s units NDIS uses */
#define MAX_INFO 1024

/* NDIS_TXCSUM_CAP_* / NDIS_LSOV2_CAP_* bits Linux checks (hyperv_net.h). */
#define TXCSUM_IP4OPTS 0x001
#define TXCSUM_TCP4OPTS 0x004
#define TXCSUM_TCP4 0x010
#define TXCSUM_UDP4 0x040
#define TXCSUM_IP4 0x100
#define TXCSUM_IP6EXT 0x001
#define TXCSUM_TCP6OPTS 0x004
#define TXCSUM_TCP6 0x010
#define TXCSUM_UDP6 0x040
#define LSOV2_IP6 (0x001 | 0x004)

/* INIT_OK @on_initialized: data may flow now (the data path checks it without the lock). */
static int act_initialized(void *ctx)
{
	atomic_store(&((struct netvsp *)ctx)->rndis_up, true);
	return 0;
}

/* HALT @on_halt: everything stops. */
static int act_halt(void *ctx)
{
	struct netvsp *d = ctx;

	atomic_store(&d->rndis_up, false);
	d->packet_filter = 0;
	return 0;
}

static const struct rndis_device_actions rndis_actions = {
	.on_initialized = act_initialized,
	.on_halt = act_halt,
};

static int rfeed(struct netvsp *d, enum rndis_device_event ev)
{
	return rndis_device_fsm_feed(&d->rndis, ev, &rndis_actions, d);
}

/* Feeds the event the spec maps RNDIS message m to (rndis_msg_event), in direction dir. */
static int rfeed_msg(struct netvsp *d, const struct rndis_msg *m, uint8_t dir)
{
	int ev = rndis_msg_event(m, dir);

	return ev ? rfeed(d, (enum rndis_device_event)ev) : 0;
}

void netvsp_rndis_reset_locked(struct netvsp *d)
{
	rndis_device_fsm_init(&d->rndis);
	atomic_store(&d->rndis_up, false);
	d->packet_filter = 0;
	memcpy(d->mac, d->perm_mac, sizeof(d->mac));
}

/* Encodes reply m (generated encoder), feeds its event, sends it in the receive buffer. */
static void send_reply(struct netvsp *d, const struct rndis_msg *m, uint8_t *buf, size_t cap)
{
	int n = rndis_msg_encode(m, NULL, buf, cap), rc;

	if (n < 0) {
		rt_log_rl(&d->log, RT_LOG_ERROR, "encoding %s: %s", rndis_msg_type_name(m->type),
			  pv_codec_err_name((enum pv_codec_err) - n));
		return;
	}
	rfeed_msg(d, m, PV_DIR_TO_GUEST);
	rc = netvsp_rx_send_ctrl_locked(d, buf, (uint32_t)n);
	if (rc)
		rt_log_rl(&d->log, RT_LOG_WARN, "RNDIS %s not sent: %s",
			  rndis_msg_type_name(m->type), strerror(-rc));
}

void netvsp_rndis_indicate_link_locked(struct netvsp *d)
{
	struct rndis_indicate m = {
		.msg_type = RNDIS_MSG_TYPE_INDICATE,
		.msg_len = RNDIS_INDICATE_SIZE,
		.status = d->link_up ? RNDIS_STATUS_MEDIA_CONNECT : RNDIS_STATUS_MEDIA_DISCONNECT,
	};
	uint8_t buf[RNDIS_INDICATE_SIZE];

	if (rfeed(d, RNDIS_DEVICE_EV_INDICATE))
		return; /* not initialized: the guest asks MEDIA_CONNECT_STATUS itself */
	if (rndis_indicate_encode(&m, buf, sizeof(buf)) > 0 &&
	    netvsp_rx_send_ctrl_locked(d, buf, sizeof(buf)))
		rt_log_rl(&d->log, RT_LOG_WARN, "link indication not sent");
}

/* ---- QUERY ---- */

static uint32_t q_offload_caps(struct netvsp *d, const uint8_t *in, uint32_t inlen, uint8_t *out,
			       uint32_t *outlen)
{
	struct rndis_ndis_offload o = {0};
	struct rndis_ndis_object_header h = {.revision = RNDIS_NDIS_OFFLOAD_REVISION_1};
	uint32_t size;
	int n;

	(void)d;
	/* The guest's header says which revision (and size) it understands. */
	if (inlen >= 4 && rndis_ndis_object_header_decode(in, inlen, NULL, &h) == PV_OK &&
	    h.type != RNDIS_NDIS_OBJECT_TYPE_OFFLOAD)
		return RNDIS_STATUS_INVALID_DATA;
	if (h.revision >= RNDIS_NDIS_OFFLOAD_REVISION_3) {
		h.revision = RNDIS_NDIS_OFFLOAD_REVISION_3;
		size = RNDIS_NDIS_OFFLOAD_SIZE_6_30;
	} else if (h.revision == RNDIS_NDIS_OFFLOAD_REVISION_2) {
		size = RNDIS_NDIS_OFFLOAD_SIZE_6_1;
	} else {
		h.revision = RNDIS_NDIS_OFFLOAD_REVISION_1;
		size = RNDIS_NDIS_OFFLOAD_SIZE_6_0;
	}
	o.header.type = RNDIS_NDIS_OBJECT_TYPE_OFFLOAD;
	o.header.revision = h.revision;
	o.header.size = (uint16_t)size;
	/* Everything: the endpoint does in software what its hardware lacks. */
	o.csum.ip4_txenc = RNDIS_ENCAP_IEEE_802_3;
	o.csum.ip4_txcsum =
		TXCSUM_IP4OPTS | TXCSUM_TCP4OPTS | TXCSUM_TCP4 | TXCSUM_UDP4 | TXCSUM_IP4;
	o.csum.ip4_rxenc = RNDIS_ENCAP_IEEE_802_3;
	o.csum.ip4_rxcsum = o.csum.ip4_txcsum;
	o.csum.ip6_txenc = RNDIS_ENCAP_IEEE_802_3;
	o.csum.ip6_txcsum = TXCSUM_IP6EXT | TXCSUM_TCP6OPTS | TXCSUM_TCP6 | TXCSUM_UDP6;
	o.csum.ip6_rxenc = RNDIS_ENCAP_IEEE_802_3;
	o.csum.ip6_rxcsum = o.csum.ip6_txcsum;
	o.lsov2.ip4_encap = RNDIS_ENCAP_IEEE_802_3;
	o.lsov2.ip4_maxsz = RNDIS_LSO_MAX_OFFLOAD_SIZE;
	o.lsov2.ip4_minsg = 2;
	o.lsov2.ip6_encap = RNDIS_ENCAP_IEEE_802_3;
	o.lsov2.ip6_maxsz = RNDIS_LSO_MAX_OFFLOAD_SIZE;
	o.lsov2.ip6_minsg = 2;
	o.lsov2.ip6_opts = LSOV2_IP6;
	/* Receive coalescing (revision 3): TCP super-frames as RSC fragments (netvsp_rx.c). */
	o.rsc_ip4 = 1;
	o.rsc_ip6 = 1;
	n = rndis_ndis_offload_encode(&o, out, MAX_INFO);
	if (n < (int)size)
		return RNDIS_STATUS_FAILURE;
	*outlen = size;
	return RNDIS_STATUS_SUCCESS;
}

static uint32_t q_rss_caps(struct netvsp *d, uint8_t *out, uint32_t *outlen)
{
	struct rndis_rss_caps c = {
		.header = {.type = RNDIS_NDIS_OBJECT_TYPE_RSS_CAPABILITIES,
			   .revision = RNDIS_RSS_CAPS_REVISION_2,
			   .size = RNDIS_RSS_CAPS_SIZE},
		.cap_flag = RNDIS_RSS_CAPS_FLAGS_HASH_TYPE_TCP_IPV4 |
			    RNDIS_RSS_CAPS_FLAGS_HASH_TYPE_TCP_IPV6,
		.num_int_msg = 1,
		.num_recv_que = d->nqueues,
		.num_indirect_tabent = RNDIS_RSS_TABLE_MAX,
	};

	/*
	 * Exactly the 18-byte structure: Linux asks with an 18-byte buffer and
	 * fails the whole query (so runs on one channel) when the answer's
	 * info_buflen is larger.
	 */
	if (rndis_rss_caps_encode(&c, out, MAX_INFO) < 0)
		return RNDIS_STATUS_FAILURE;
	*outlen = RNDIS_RSS_CAPS_SIZE;
	return RNDIS_STATUS_SUCCESS;
}

static uint32_t do_query(struct netvsp *d, uint32_t oid, const uint8_t *in, uint32_t inlen,
			 uint8_t *out, uint32_t *outlen)
{
	uint32_t v;

	switch (oid) {
	case RNDIS_OID_GEN_MAXIMUM_FRAME_SIZE:
		v = d->ep_mtu;
		break;
	case RNDIS_OID_GEN_LINK_SPEED:
		v = LINK_SPEED_100BPS;
		break;
	case RNDIS_OID_GEN_MEDIA_CONNECT_STATUS:
		v = d->link_up ? RNDIS_MEDIA_STATE_CONNECTED : RNDIS_MEDIA_STATE_DISCONNECTED;
		break;
	case RNDIS_OID_GEN_CURRENT_PACKET_FILTER:
		v = d->packet_filter;
		break;
	case RNDIS_OID_GEN_MAXIMUM_TOTAL_SIZE:
		v = d->ep_mtu + 14;
		break;
	case RNDIS_OID_IEEE_802_3_PERMANENT_ADDRESS:
		memcpy(out, d->perm_mac, 6);
		*outlen = 6;
		return RNDIS_STATUS_SUCCESS;
	case RNDIS_OID_IEEE_802_3_CURRENT_ADDRESS:
		memcpy(out, d->mac, 6);
		*outlen = 6;
		return RNDIS_STATUS_SUCCESS;
	case RNDIS_OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES:
		return q_offload_caps(d, in, inlen, out, outlen);
	case RNDIS_OID_GEN_RECEIVE_SCALE_CAPABILITIES:
		return q_rss_caps(d, out, outlen);
	default:
		return RNDIS_STATUS_NOT_SUPPORTED;
	}
	pv_put_u32(out, v);
	*outlen = 4;
	return RNDIS_STATUS_SUCCESS;
}

/* ---- SET ---- */

static uint32_t s_filter(struct netvsp *d, const uint8_t *in, uint32_t inlen)
{
	uint32_t f;

	if (inlen < 4)
		return RNDIS_STATUS_INVALID_LENGTH;
	f = pv_get_u32(in);
	if (rfeed(d, f ? RNDIS_DEVICE_EV_FILTER_ON : RNDIS_DEVICE_EV_FILTER_OFF))
		return RNDIS_STATUS_FAILURE;
	d->packet_filter = f;
	return RNDIS_STATUS_SUCCESS;
}

static uint32_t s_offload_params(struct netvsp *d, const uint8_t *in, uint32_t inlen)
{
	uint8_t buf[RNDIS_OFFLOAD_PARAMS_SIZE] = {0};
	struct rndis_offload_params p;

	/* 22 bytes from Linux at NVSP <= 4, 28 above: missing fields mean NO_CHANGE. */
	if (inlen < RNDIS_OFFLOAD_PARAMS_SIZE_V4)
		return RNDIS_STATUS_INVALID_LENGTH;
	memcpy(buf, in, rt_min(inlen, (uint32_t)sizeof(buf)));
	if (rndis_offload_params_decode(buf, sizeof(buf), NULL, &p) != PV_OK ||
	    p.header.type != RNDIS_NDIS_OBJECT_TYPE_DEFAULT)
		return RNDIS_STATUS_INVALID_DATA;
	/*
	 * Transmit offloads stay available (software fallback): nothing to
	 * switch. Receive coalescing is the guest's choice: Linux asks for it
	 * (both families at once) when LRO is on at the time it sets its
	 * offloads, and turns it off for forwarding (dev_disable_lro).
	 */
	if (p.rsc_ipv4 == RNDIS_OFFLOAD_PARAM_SIMPLE_ENABLED ||
	    p.rsc_ipv6 == RNDIS_OFFLOAD_PARAM_SIMPLE_ENABLED)
		d->rsc = true;
	else if (p.rsc_ipv4 == RNDIS_OFFLOAD_PARAM_SIMPLE_DISABLED ||
		 p.rsc_ipv6 == RNDIS_OFFLOAD_PARAM_SIMPLE_DISABLED)
		d->rsc = false;
	return RNDIS_STATUS_SUCCESS;
}

static uint32_t hash_types(uint32_t info)
{
	uint32_t t = 0;

	if (info & RNDIS_HASH_INFO_IPV4)
		t |= NET_HASH_IPV4;
	if (info & RNDIS_HASH_INFO_TCP_IPV4)
		t |= NET_HASH_TCP_IPV4;
	if (info & RNDIS_HASH_INFO_UDP_IPV4)
		t |= NET_HASH_UDP_IPV4;
	if (info & (RNDIS_HASH_INFO_IPV6 | RNDIS_HASH_INFO_IPV6_EX))
		t |= NET_HASH_IPV6;
	if (info & (RNDIS_HASH_INFO_TCP_IPV6 | RNDIS_HASH_INFO_TCP_IPV6_EX))
		t |= NET_HASH_TCP_IPV6;
	if (info & (RNDIS_HASH_INFO_UDP_IPV6 | RNDIS_HASH_INFO_UDP_IPV6_EX))
		t |= NET_HASH_UDP_IPV6;
	return t;
}

static void rss_fn(struct rt_work *wk)
{
	struct netvsp *d = rt_container_of(wk, struct netvsp, rss_work);
	struct net_rss rss;
	int rc = 0;

	pthread_mutex_lock(&d->lock);
	rss = d->rss;
	d->rss_dirty = false;
	pthread_mutex_unlock(&d->lock);
	if (d->ep && rss.hash_types && rss.table_len)
		rc = net_endpoint_set_rss(d->ep, &rss);
	pthread_mutex_lock(&d->lock);
	/* Without steering in the endpoint we pick the channel from the hash. */
	d->rss_sw = rc == -EOPNOTSUPP || d->nqueues < 2;
	pthread_mutex_unlock(&d->lock);
	if (rc && rc != -EOPNOTSUPP)
		rt_log_rl(&d->log, RT_LOG_WARN, "endpoint RSS: %s", strerror(-rc));
}

void netvsp_rss_apply(struct netvsp *d)
{
	(void)rt_worker_call(&d->worker, &d->rss_work, rss_fn);
}

static uint32_t s_rss(struct netvsp *d, const uint8_t *in, uint32_t inlen)
{
	struct rndis_rss_params p;
	struct net_rss rss = {0};
	uint32_t n;

	if (rndis_rss_params_decode(in, inlen, NULL, &p) != PV_OK ||
	    p.header.type != RNDIS_NDIS_OBJECT_TYPE_RSS_PARAMETERS)
		return RNDIS_STATUS_INVALID_DATA;
	if (p.flag & RNDIS_RSS_PARAM_FLAGS_DISABLE_RSS) {
		memset(&d->rss, 0, sizeof(d->rss));
		goto apply;
	}
	if (p.indirect_tabsize == 0 || p.indirect_tabsize % 4 ||
	    p.indirect_tabsize / 4 > NET_RSS_TABLE_MAX ||
	    (uint64_t)p.indirect_taboffset + p.indirect_tabsize > inlen) {
		rt_log_rl(&d->log, RT_LOG_WARN, "RSS table size %u offset %u (info %u bytes)",
			  p.indirect_tabsize, p.indirect_taboffset, inlen);
		return RNDIS_STATUS_INVALID_DATA;
	}
	if (p.hashkey_size > NET_RSS_KEY_MAX || (uint64_t)p.hashkey_offset + p.hashkey_size > inlen)
		return RNDIS_STATUS_INVALID_DATA;
	n = p.indirect_tabsize / 4;
	for (uint32_t i = 0; i < n; i++) {
		rss.table[i] = pv_get_u32(in + p.indirect_taboffset + 4 * i);
		if (rss.table[i] > d->subchannels)
			return RNDIS_STATUS_INVALID_DATA;
	}
	rss.table_len = n;
	rss.key_len = p.hashkey_size;
	memcpy(rss.key, in + p.hashkey_offset, p.hashkey_size);
	rss.hash_types = hash_types(p.hashinfo);
	d->rss = rss;
apply:
	d->rss_dirty = true;
	(void)rt_worker_call(&d->worker, &d->rss_work, rss_fn);
	return RNDIS_STATUS_SUCCESS;
}

static int hexval(uint16_t c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static uint32_t s_config(struct netvsp *d, const uint8_t *in, uint32_t inlen)
{
	static const char name[] = "NetworkAddress";
	struct rndis_config_parameter p;
	uint8_t mac[6];
	uint32_t nd = 0;

	if (rndis_config_parameter_decode(in, inlen, NULL, &p) != PV_OK)
		return RNDIS_STATUS_INVALID_DATA;
	if ((uint64_t)p.name_offset + p.name_length > inlen ||
	    (uint64_t)p.value_offset + p.value_length > inlen)
		return RNDIS_STATUS_INVALID_DATA;
	if (p.name_length != 2 * (sizeof(name) - 1))
		return RNDIS_STATUS_NOT_SUPPORTED;
	for (uint32_t i = 0; i < sizeof(name) - 1; i++)
		if (pv_get_u16(in + p.name_offset + 2 * i) != (uint16_t)name[i])
			return RNDIS_STATUS_NOT_SUPPORTED;
	if (p.parameter_type != RNDIS_CONFIG_PARAM_TYPE_STRING)
		return RNDIS_STATUS_INVALID_DATA;
	/* 12 hex digits in UTF-16, separators (':' or '-') allowed between pairs. */
	for (uint32_t i = 0; i + 1 < p.value_length + 1 && i / 2 < p.value_length / 2;) {
		uint16_t c = pv_get_u16(in + p.value_offset + i);
		int hi, lo;

		if (c == ':' || c == '-') {
			i += 2;
			continue;
		}
		if (nd == 6 || i + 4 > p.value_length)
			return RNDIS_STATUS_INVALID_DATA;
		hi = hexval(c);
		lo = hexval(pv_get_u16(in + p.value_offset + i + 2));
		if (hi < 0 || lo < 0)
			return RNDIS_STATUS_INVALID_DATA;
		mac[nd++] = (uint8_t)(hi << 4 | lo);
		i += 4;
	}
	if (nd != 6 || (mac[0] & 1))
		return RNDIS_STATUS_INVALID_DATA;
	memcpy(d->mac, mac, 6);
	return RNDIS_STATUS_SUCCESS;
}

static uint32_t do_set(struct netvsp *d, uint32_t oid, const uint8_t *in, uint32_t inlen)
{
	switch (oid) {
	case RNDIS_OID_GEN_CURRENT_PACKET_FILTER:
		return s_filter(d, in, inlen);
	case RNDIS_OID_TCP_OFFLOAD_PARAMETERS:
		return s_offload_params(d, in, inlen);
	case RNDIS_OID_GEN_RECEIVE_SCALE_PARAMETERS:
		return s_rss(d, in, inlen);
	case RNDIS_OID_GEN_RNDIS_CONFIG_PARAMETER:
		return s_config(d, in, inlen);
	default:
		return RNDIS_STATUS_NOT_SUPPORTED;
	}
}

/* ---- dispatch ---- */

/* What a handler works on. Under d->lock. */
struct rndis_step {
	struct netvsp *d;
	const uint8_t *msg; /* the message's bytes (information buffers) */
	uint32_t status;    /* the NVSP completion status of the SEND_RNDIS_PKT */
};

/* Where an RNDIS information buffer starts: its offset counts from the request id. */
static const uint8_t *info_buf(const uint8_t *msg, uint32_t offset)
{
	return msg + offsetof(struct rndis_wire_query, req_id) + offset;
}

static int h_init(void *ctx, const struct rndis_msg *m)
{
	struct rndis_step *st = ctx;
	struct rndis_msg r = {.type = RNDIS_MSG_TYPE_INIT_C};
	struct rndis_init_complete *c = &r.u.init_c;
	uint8_t buf[RNDIS_INIT_COMPLETE_SIZE];
	bool ok = m->u.init.major_ver == RNDIS_MAJOR_VERSION;

	*c = (struct rndis_init_complete){
		.msg_len = RNDIS_INIT_COMPLETE_SIZE,
		.req_id = m->u.init.req_id,
		.status = ok ? RNDIS_STATUS_SUCCESS : RNDIS_STATUS_NOT_SUPPORTED,
		.major_ver = RNDIS_MAJOR_VERSION,
		.minor_ver = RNDIS_MINOR_VERSION,
		.dev_flags = RNDIS_DF_CONNECTIONLESS,
		.medium = RNDIS_MEDIUM_802_3,
		.max_pkt_per_msg = RNDIS_MAX_PKT_PER_MSG,
		.max_xfer_size = NETVSP_SEND_SECTION,
		.pkt_alignment_factor = RNDIS_PKT_ALIGNMENT_FACTOR,
	};
	/* INIT_C's event (INIT_OK @on_initialized or INIT_FAIL) follows its status. */
	send_reply(st->d, &r, buf, sizeof(buf));
	return 0;
}

static int h_halt(void *ctx, const struct rndis_msg *m)
{
	(void)ctx;
	(void)m;
	return 0; /* HALT @on_halt did it; the guest waits for nothing */
}

static int h_query(void *ctx, const struct rndis_msg *m)
{
	struct rndis_step *st = ctx;
	const struct rndis_query *q = &m->u.query;
	uint8_t buf[RNDIS_QUERY_COMPLETE_SIZE + MAX_INFO] = {0};
	struct rndis_msg r = {.type = RNDIS_MSG_TYPE_QUERY_C};
	struct rndis_query_complete *c = &r.u.query_c;
	uint32_t outlen = 0, status;

	status = do_query(st->d, q->oid, info_buf(st->msg, q->info_buf_offset), q->info_buflen,
			  buf + RNDIS_QUERY_COMPLETE_SIZE, &outlen);
	if (status != RNDIS_STATUS_SUCCESS)
		outlen = 0;
	c->req_id = q->req_id;
	c->status = status;
	c->info_buflen = outlen;
	/* The answer follows the header; its offset counts from the request id too. */
	c->info_buf_offset = outlen ? RNDIS_QUERY_COMPLETE_SIZE -
					      offsetof(struct rndis_wire_query_complete, req_id)
				    : 0;
	c->msg_len = RNDIS_QUERY_COMPLETE_SIZE + outlen;
	/* The encoder writes the header; do_query already put the answer after it. */
	{
		int n = rndis_query_complete_encode(c, buf, RNDIS_QUERY_COMPLETE_SIZE);
		int rc;

		if (n < 0)
			return -EINVAL;
		rfeed_msg(st->d, &r, PV_DIR_TO_GUEST);
		rc = netvsp_rx_send_ctrl_locked(st->d, buf, c->msg_len);
		if (rc)
			rt_log_rl(&st->d->log, RT_LOG_WARN, "RNDIS QUERY_C not sent: %s",
				  strerror(-rc));
	}
	return 0;
}

static int h_set(void *ctx, const struct rndis_msg *m)
{
	struct rndis_step *st = ctx;
	struct rndis_msg r = {.type = RNDIS_MSG_TYPE_SET_C};
	uint8_t buf[RNDIS_SET_COMPLETE_SIZE];
	uint32_t s = do_set(st->d, m->u.set.oid, info_buf(st->msg, m->u.set.info_buf_offset),
			    m->u.set.info_buflen);
	char what[64];

	if (s != RNDIS_STATUS_SUCCESS && s != (uint32_t)RNDIS_STATUS_NOT_SUPPORTED) {
		snprintf(what, sizeof(what), "SET oid %#x: status %#x", m->u.set.oid, s);
		netvsp_bad(st->d, what);
	}
	r.u.set_c = (struct rndis_set_complete){
		.msg_len = RNDIS_SET_COMPLETE_SIZE, .req_id = m->u.set.req_id, .status = s};
	send_reply(st->d, &r, buf, sizeof(buf));
	return 0;
}

static int h_reset(void *ctx, const struct rndis_msg *m)
{
	struct rndis_step *st = ctx;
	struct rndis_msg r = {.type = RNDIS_MSG_TYPE_RESET_C};
	uint8_t buf[RNDIS_RESET_COMPLETE_SIZE];

	(void)m;
	/* addressing_reset 0: our filter survives. */
	r.u.reset_c = (struct rndis_reset_complete){.msg_len = RNDIS_RESET_COMPLETE_SIZE,
						    .status = RNDIS_STATUS_SUCCESS};
	send_reply(st->d, &r, buf, sizeof(buf));
	return 0;
}

static int h_keepalive(void *ctx, const struct rndis_msg *m)
{
	struct rndis_step *st = ctx;
	struct rndis_msg r = {.type = RNDIS_MSG_TYPE_KEEPALIVE_C};
	uint8_t buf[RNDIS_KEEPALIVE_COMPLETE_SIZE];

	r.u.keepalive_c =
		(struct rndis_keepalive_complete){.msg_len = RNDIS_KEEPALIVE_COMPLETE_SIZE,
						  .req_id = m->u.keepalive.req_id,
						  .status = RNDIS_STATUS_SUCCESS};
	send_reply(st->d, &r, buf, sizeof(buf));
	return 0;
}

static int h_set_ex(void *ctx, const struct rndis_msg *m)
{
	struct rndis_step *st = ctx;
	struct rndis_msg r = {.type = RNDIS_MSG_TYPE_SET_EX_C};
	uint8_t buf[RNDIS_SET_EX_COMPLETE_SIZE];

	r.u.set_ex_c = (struct rndis_set_ex_complete){.msg_len = RNDIS_SET_EX_COMPLETE_SIZE,
						      .req_id = m->u.set_ex.req_id,
						      .status = RNDIS_STATUS_NOT_SUPPORTED};
	send_reply(st->d, &r, buf, sizeof(buf));
	return 0;
}

/* The control messages netvsp serves (spec/rndis.yaml); PACKET is the data path's. */
static const struct rndis_msg_handlers rndis_handlers = {
	.init = h_init,
	.halt = h_halt,
	.query = h_query,
	.set = h_set,
	.reset = h_reset,
	.keepalive = h_keepalive,
	.set_ex = h_set_ex,
};

uint32_t netvsp_rndis_control(struct netvsp_chan *nc, const uint8_t *msg, uint32_t len)
{
	struct netvsp *d = nc->dev;
	struct pv_codec_ctx ctx = {.dir = PV_DIR_TO_HOST};
	struct rndis_step st = {.d = d, .msg = msg, .status = NVSP_STATUS_SUCCESS};
	struct rndis_msg m;
	enum pv_codec_err err;
	char what[96];

	err = rndis_msg_decode(msg, len, &ctx, &m);
	if (err != PV_OK) {
		snprintf(what, sizeof(what), "RNDIS %s (%u bytes): %s", rndis_msg_type_name(m.type),
			 len, pv_codec_err_name(err));
		netvsp_bad(d, what);
		return NVSP_STATUS_INVALID_RNDIS_PKT;
	}
	pthread_mutex_lock(&d->lock);
	/* The request's event first (INIT, HALT, REQUEST): refused out of order. */
	if (rfeed_msg(d, &m, PV_DIR_TO_HOST)) {
		snprintf(what, sizeof(what), "RNDIS %s in state %s", rndis_msg_type_name(m.type),
			 rndis_device_fsm_state_name(&d->rndis));
		netvsp_bad(d, what);
		st.status = NVSP_STATUS_FAIL;
	} else if (rndis_msg_dispatch(&rndis_handlers, &st, &m) == -EOPNOTSUPP) {
		snprintf(what, sizeof(what), "RNDIS %s from the guest",
			 rndis_msg_type_name(m.type));
		netvsp_bad(d, what);
		st.status = NVSP_STATUS_INVALID_RNDIS_PKT;
	}
	pthread_mutex_unlock(&d->lock);
	return st.status;
}
