/*
 * storvsp per-channel protocol: vstor_packet decoding, the init session, SRB
 * validation (GPA ranges against guest memory and the transfer length), the
 * request pool that bounds outstanding I/O, and replies (see storvsp.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/storvsp/storvsp_priv.h"
#include "pv_codec.h"

/* Offsets inside the 64-byte packet copy. */
#define O_OP 0
#define O_FLAGS 4
#define O_STATUS 8
#define O_UNION 12
#define O_SRB_SRB_STATUS (O_UNION + 2)
#define O_SRB_SCSI_STATUS (O_UNION + 3)
#define O_SRB_PATH (O_UNION + 5)
#define O_SRB_TARGET (O_UNION + 6)
#define O_SRB_LUN (O_UNION + 7)
#define O_SRB_CDB_LEN (O_UNION + 8)
#define O_SRB_SENSE_LEN (O_UNION + 9)
#define O_SRB_DATA_IN (O_UNION + 10)
#define O_SRB_XFER (O_UNION + 12)
#define O_SRB_CDB (O_UNION + 16)

static const uint16_t versions[] = {STORVSC_VERSION_WIN6, STORVSC_VERSION_WIN7,
				    STORVSC_VERSION_WIN8, STORVSC_VERSION_WIN8_1,
				    STORVSC_VERSION_WIN10};

static bool version_ok(const struct storvsp *s, uint16_t v)
{
	for (size_t i = 0; i < sizeof(versions) / sizeof(versions[0]); i++)
		if (versions[i] == v)
			return v <= s->max_version;
	return false;
}

/* ------------------------------------------------------------------ */
/* Pool and replies                                                     */

static void release_locked(struct storvsp_port *p, struct storvsp_req *r)
{
	if (r->in_reset) {
		r->in_reset = false;
		if (atomic_fetch_sub(&p->s->reset_wait, 1) == 1)
			p->reset_done = true;
	}
	if (r->is_reset) {
		r->is_reset = false;
		p->resetting = false;
	}
	r->busy = false;
	r->next = p->free_list;
	p->free_list = r;
	p->outstanding--;
	if (p->paused && !p->closing && !p->resetting) {
		p->paused = false;
		p->ops->kick(p->port);
	}
	if (p->closing && !p->outstanding)
		pthread_cond_broadcast(&p->cond);
}

static void reset_complete(struct storvsp *s);

/*
 * Unlocks p; if a release under the lock ended the active reset's wait,
 * finishes that reset now (it may belong to another port, whose lock must
 * not be taken under this one).
 */
static void port_unlock(struct storvsp_port *p)
{
	bool done = p->reset_done;

	p->reset_done = false;
	pthread_mutex_unlock(&p->mu);
	if (done)
		reset_complete(p->s);
}

static void try_send_locked(struct storvsp_port *p, struct storvsp_req *r)
{
	int rc;

	if (p->closing) {
		release_locked(p, r);
		return;
	}
	if (!p->retry_head) {
		rc = p->ops->send(p->port, VMRING_PKT_COMP, 0, r->trans_id, r->pkt, p->pkt_size);
		if (rc != -EAGAIN) {
			if (rc)
				rt_log_rl(&p->log, RT_LOG_WARN, "reply to request %llu: %s",
					  (unsigned long long)r->trans_id, strerror(-rc));
			else
				STORVSP_STAT(p->s, completions);
			release_locked(p, r);
			return;
		}
	}
	r->next = NULL;
	if (p->retry_tail)
		p->retry_tail->next = r;
	else
		p->retry_head = r;
	p->retry_tail = r;
}

void storvsp_req_finish(struct storvsp_req *r)
{
	struct storvsp_port *p = r->port;

	pthread_mutex_lock(&p->mu);
	if (r->want_reply)
		try_send_locked(p, r);
	else
		release_locked(p, r);
	port_unlock(p);
}

static void put32(uint8_t *b, uint32_t v)
{
	pv_put_u32(b, v);
}

/* A reply with just an NTSTATUS (union echoed). */
static void reply_status(struct storvsp_req *r, uint32_t status)
{
	put32(r->pkt + O_OP, STORVSC_OPERATION_COMPLETE_IO);
	put32(r->pkt + O_FLAGS, 0);
	put32(r->pkt + O_STATUS, status);
	r->kind = STORVSP_REQ_REPLY;
	storvsp_req_finish(r);
}

/* srb_flags exists only in the WIN8 extension of the request. */
static uint32_t srb_flags(const struct storvsp_req *r)
{
	uint32_t v = r->port->version;

	return v && v < STORVSC_VERSION_WIN8 ? 0 : pv_get_u32(r->pkt + O_UNION + 40);
}

void storvsp_req_set_result(struct storvsp_req *r, uint8_t srb_status, uint8_t scsi_status,
			    uint32_t transferred, const uint8_t *sense, uint8_t sense_len)
{
	struct storvsp_port *p = r->port;
	uint8_t max = p->version && p->version < STORVSC_VERSION_WIN8 ? STORVSC_SENSE_SIZE_V1
								      : STORVSC_SENSE_SIZE;

	put32(r->pkt + O_OP, STORVSC_OPERATION_COMPLETE_IO);
	put32(r->pkt + O_FLAGS, 0);
	put32(r->pkt + O_STATUS, STORVSC_NTSTATUS_SUCCESS);
	if (sense_len > max)
		sense_len = max;
	/* The guest asked for no autosense: status only. */
	if (srb_flags(r) & STORVSC_SRB_FLAGS_DISABLE_AUTOSENSE)
		sense_len = 0;
	if (sense_len && r->pkt[O_SRB_SENSE_LEN] < sense_len)
		sense_len = r->pkt[O_SRB_SENSE_LEN] ? r->pkt[O_SRB_SENSE_LEN] : sense_len;
	if (sense_len)
		srb_status |= STORVSP_AUTOSENSE_VALID;
	r->pkt[O_SRB_SRB_STATUS] = srb_status;
	r->pkt[O_SRB_SCSI_STATUS] = scsi_status;
	r->pkt[O_SRB_SENSE_LEN] = sense_len;
	put32(r->pkt + O_SRB_XFER, transferred);
	memset(r->pkt + O_SRB_CDB, 0, STORVSC_SENSE_SIZE);
	if (sense_len)
		memcpy(r->pkt + O_SRB_CDB, sense, sense_len);
	if ((srb_status & 0x3F) != STORVSC_SRB_STATUS_SUCCESS)
		STORVSP_STAT(p->s, srb_errors);
	r->kind = STORVSP_REQ_REPLY;
}

/* Fails an SRB before execution (bad shape or ranges). */
static void srb_reject(struct storvsp_req *r, uint8_t srb_status)
{
	STORVSP_STAT(r->port->s, bad_packets);
	storvsp_req_set_result(r, srb_status, 0, 0, NULL, 0);
	storvsp_req_finish(r);
}

void storvsp_port_notify(struct storvsp_port *p, uint32_t operation)
{
	uint8_t pkt[STORVSP_PKT_SIZE] = {0};
	uint32_t bit = operation == STORVSC_OPERATION_REMOVE_DEVICE ? 2 : 1;
	int rc;

	put32(pkt + O_OP, operation);
	pthread_mutex_lock(&p->mu);
	if (p->closing) {
		pthread_mutex_unlock(&p->mu);
		return;
	}
	rc = p->ops->send(p->port, VMRING_PKT_DATA_INBAND, 0, 0, pkt, p->pkt_size);
	if (rc == -EAGAIN)
		p->notify_pending |= bit;
	else if (rc)
		rt_log_rl(&p->log, RT_LOG_WARN, "bus notification: %s", strerror(-rc));
	else
		STORVSP_STAT(p->s, notifications);
	pthread_mutex_unlock(&p->mu);
}

void storvsp_port_send_space(struct storvsp_port *p)
{
	pthread_mutex_lock(&p->mu);
	while (p->retry_head && !p->closing) {
		struct storvsp_req *r = p->retry_head;
		int rc =
			p->ops->send(p->port, VMRING_PKT_COMP, 0, r->trans_id, r->pkt, p->pkt_size);
		if (rc == -EAGAIN)
			break;
		if (rc)
			rt_log_rl(&p->log, RT_LOG_WARN, "reply to request %llu: %s",
				  (unsigned long long)r->trans_id, strerror(-rc));
		else
			STORVSP_STAT(p->s, completions);
		p->retry_head = r->next;
		if (!p->retry_head)
			p->retry_tail = NULL;
		release_locked(p, r);
	}
	for (uint32_t bit = 1; bit <= 2 && !p->retry_head && !p->closing; bit <<= 1) {
		uint8_t pkt[STORVSP_PKT_SIZE] = {0};
		if (!(p->notify_pending & bit))
			continue;
		put32(pkt + O_OP,
		      bit == 1 ? STORVSC_OPERATION_ENUMERATE_BUS : STORVSC_OPERATION_REMOVE_DEVICE);
		if (p->ops->send(p->port, VMRING_PKT_DATA_INBAND, 0, 0, pkt, p->pkt_size) ==
		    -EAGAIN)
			break;
		p->notify_pending &= ~bit;
		STORVSP_STAT(p->s, notifications);
	}
	port_unlock(p);
}

/* ------------------------------------------------------------------ */
/* Resets (see storvsp.h)                                               */

/*
 * Marks every request outstanding on the controller's channels (other
 * resets excepted: they wait in line, not for each other) as one the active
 * reset waits for. The count holds one extra reference while marking so
 * that completions racing with the walk cannot end the wait early.
 */
static void reset_mark(struct storvsp *s)
{
	uint64_t n = 0;

	atomic_store(&s->reset_wait, 1);
	pthread_mutex_lock(&s->mu);
	for (unsigned i = 0; i <= VMBUS_MAX_SUBCHANNELS; i++) {
		struct storvsp_port *q = s->ports[i];
		if (!q)
			continue;
		pthread_mutex_lock(&q->mu);
		for (uint32_t k = 0; k < s->max_io; k++) {
			struct storvsp_req *x = &q->reqs[k];
			if (x->busy && !x->is_reset && !x->in_reset) {
				x->in_reset = true;
				atomic_fetch_add(&s->reset_wait, 1);
				n++;
			}
		}
		pthread_mutex_unlock(&q->mu);
	}
	pthread_mutex_unlock(&s->mu);
	atomic_fetch_add_explicit(&s->st.reset_waited, n, memory_order_relaxed);
	if (atomic_fetch_sub(&s->reset_wait, 1) == 1)
		reset_complete(s);
}

/* The active reset's wait is over: answer it and start the next one. No lock held. */
static void reset_complete(struct storvsp *s)
{
	struct storvsp_req *r, *next;

	pthread_mutex_lock(&s->rmu);
	r = s->reset_active;
	next = s->reset_q_head;
	if (next) {
		s->reset_q_head = next->next;
		if (!s->reset_q_head)
			s->reset_q_tail = NULL;
	}
	s->reset_active = next;
	pthread_mutex_unlock(&s->rmu);
	if (r) {
		STORVSP_STAT(s, resets);
		storvsp_req_finish(r);
	}
	if (next)
		reset_mark(s);
}

/* A RESET_* on port p: its reply waits for the I/O outstanding now. Channel worker. */
static void reset_begin(struct storvsp_port *p, struct storvsp_req *r)
{
	struct storvsp *s = p->s;

	put32(r->pkt + O_OP, STORVSC_OPERATION_COMPLETE_IO);
	put32(r->pkt + O_FLAGS, 0);
	put32(r->pkt + O_STATUS, STORVSC_NTSTATUS_SUCCESS);
	r->kind = STORVSP_REQ_REPLY;
	pthread_mutex_lock(&p->mu);
	/* Another channel's reset may have counted this request while it was decoded. */
	if (r->in_reset) {
		r->in_reset = false;
		if (atomic_fetch_sub(&s->reset_wait, 1) == 1)
			p->reset_done = true;
	}
	r->is_reset = true;
	p->resetting = true;
	port_unlock(p);
	pthread_mutex_lock(&s->rmu);
	if (s->reset_active) {
		r->next = NULL;
		if (s->reset_q_tail)
			s->reset_q_tail->next = r;
		else
			s->reset_q_head = r;
		s->reset_q_tail = r;
		pthread_mutex_unlock(&s->rmu);
		return;
	}
	s->reset_active = r;
	pthread_mutex_unlock(&s->rmu);
	reset_mark(s);
}

/* ------------------------------------------------------------------ */
/* Init session (primary channel)                                       */

struct init_ctx {
	struct storvsp_port *p;
	struct storvsp_req *r;
	uint16_t version;
};

static int on_version(void *ctx)
{
	struct init_ctx *c = ctx;

	c->p->version = c->version;
	c->p->pkt_size =
		c->version >= STORVSC_VERSION_WIN8 ? STORVSP_PKT_SIZE : STORVSP_PKT_SIZE_V1;
	return 0;
}

static int on_properties(void *ctx)
{
	struct init_ctx *c = ctx;
	struct storvsp *s = c->p->s;
	uint8_t *u = c->r->pkt + O_UNION;
	bool multi = s->max_sub && c->p->version >= STORVSC_VERSION_WIN8;

	memset(u, 0, STORVSP_PKT_SIZE - O_UNION);
	pv_put_u16(u + 4, multi ? s->max_sub : 0);
	put32(u + 8, multi ? STORVSC_CHANNEL_FLAGS_SUPPORTS_MULTI_CHANNEL : 0);
	put32(u + 12, s->max_transfer);
	return 0;
}

static int on_ready(void *ctx)
{
	struct init_ctx *c = ctx;

	atomic_store(&c->p->ready, true);
	return 0;
}

static int on_create_sub(void *ctx)
{
	struct init_ctx *c = ctx;
	struct storvsp_port *p = c->p;
	uint16_t n = pv_get_u16(c->r->pkt + O_UNION);

	if (p->version < STORVSC_VERSION_WIN8 || n == 0 || n > p->s->max_sub)
		return -EINVAL;
	return p->ops->offer_subchannels(p->port, n);
}

static const struct storvsc_init_actions init_actions = {
	.on_version = on_version,
	.on_properties = on_properties,
	.on_ready = on_ready,
	.on_create_sub_channels = on_create_sub,
};

/* ------------------------------------------------------------------ */
/* SRB decoding                                                         */

/* Copies the GPA-direct range list out of ext (already a private copy). */
static int parse_ranges(struct storvsp_port *p, struct storvsp_req *r, const uint8_t *ext,
			uint32_t ext_len, uint64_t *total)
{
	uint32_t cnt, off = 8, npfn = 0;

	*total = 0;
	if (ext_len < 8)
		return -EINVAL;
	cnt = pv_get_u32(ext + 4);
	if (cnt == 0 || cnt > STORVSP_MAX_RANGES)
		return -EINVAL;
	for (uint32_t i = 0; i < cnt; i++) {
		struct rt_gpa_range *g = &r->ranges[i];
		if (ext_len - off < 8)
			return -EINVAL;
		g->len = pv_get_u32(ext + off);
		g->offset = pv_get_u32(ext + off + 4);
		off += 8;
		if (!g->len || g->offset >= 4096)
			return -EINVAL;
		g->pfn_count = rt_gpa_range_pages(g->offset, g->len);
		if (g->pfn_count > p->s->max_pfns - npfn ||
		    (uint64_t)g->pfn_count * 8 > ext_len - off)
			return -E2BIG;
		for (uint32_t k = 0; k < g->pfn_count; k++)
			r->pfns[npfn + k] = pv_get_u64(ext + off + 8 * k);
		g->pfns = r->pfns + npfn;
		npfn += g->pfn_count;
		off += g->pfn_count * 8;
	}
	r->nranges = cnt;
	return rt_gpa_ranges_check(p->s->gmem, r->ranges, cnt, total);
}

/* The guest-physical address of byte `off` of the range list. */
static uint64_t list_gpa(const struct storvsp_req *r, uint64_t off)
{
	for (uint32_t i = 0; i < r->nranges; i++) {
		const struct rt_gpa_range *g = &r->ranges[i];
		if (off < g->len) {
			uint64_t o = g->offset + off;
			return g->pfns[o >> 12] * 4096 + (o & 4095);
		}
		off -= g->len;
	}
	return 0;
}

static void handle_srb(struct storvsp_port *p, struct storvsp_req *r, const struct vmbus_pkt *pkt)
{
	struct storvsp *s = p->s;
	uint8_t data_in = r->pkt[O_SRB_DATA_IN];
	uint64_t total = 0;
	int n;

	STORVSP_STAT(s, requests);
	r->cdb_len = r->pkt[O_SRB_CDB_LEN];
	r->path = r->pkt[O_SRB_PATH];
	r->target = r->pkt[O_SRB_TARGET];
	r->lun = r->pkt[O_SRB_LUN];
	r->xfer_len = pv_get_u32(r->pkt + O_SRB_XFER);
	if (r->cdb_len == 0 || r->cdb_len > STORVSC_CDB_MAX) {
		rt_log_rl(&p->log, RT_LOG_WARN, "request %llu: CDB length %u",
			  (unsigned long long)r->trans_id, r->cdb_len);
		srb_reject(r, STORVSC_SRB_STATUS_INVALID_REQUEST);
		return;
	}
	memcpy(r->cdb, r->pkt + O_SRB_CDB, STORVSC_CDB_MAX);
	if (r->xfer_len > s->max_transfer) {
		rt_log_rl(&p->log, RT_LOG_WARN, "request %llu: transfer of %u bytes over %u",
			  (unsigned long long)r->trans_id, r->xfer_len, s->max_transfer);
		srb_reject(r, STORVSC_SRB_STATUS_INVALID_REQUEST);
		return;
	}
	r->nranges = 0;
	r->nsegs = 0;
	if (pkt->type == VMRING_PKT_DATA_USING_GPA_DIRECT) {
		int rc = parse_ranges(p, r, pkt->ext, pkt->ext_len, &total);
		if (rc || total < r->xfer_len) {
			rt_log_rl(&p->log, RT_LOG_WARN,
				  "request %llu: bad GPA ranges (%s, %llu bytes for a transfer of "
				  "%u)",
				  (unsigned long long)r->trans_id, rc ? strerror(-rc) : "short",
				  (unsigned long long)total, r->xfer_len);
			srb_reject(r, STORVSC_SRB_STATUS_INVALID_REQUEST);
			return;
		}
	} else if (r->xfer_len) {
		rt_log_rl(&p->log, RT_LOG_WARN, "request %llu: %u bytes to move but no buffer",
			  (unsigned long long)r->trans_id, r->xfer_len);
		srb_reject(r, STORVSC_SRB_STATUS_INVALID_REQUEST);
		return;
	}
	if (!r->xfer_len) {
		r->dir = SCSI_DIR_NONE;
	} else if (data_in == STORVSC_DATA_IN_READ) {
		r->dir = SCSI_DIR_IN;
	} else if (data_in == STORVSC_DATA_IN_WRITE) {
		r->dir = SCSI_DIR_OUT;
	} else {
		uint32_t fl = srb_flags(r);
		if (fl & STORVSC_SRB_FLAGS_DATA_IN)
			r->dir = SCSI_DIR_IN;
		else if (fl & STORVSC_SRB_FLAGS_DATA_OUT)
			r->dir = SCSI_DIR_OUT;
		else {
			rt_log_rl(&p->log, RT_LOG_WARN, "request %llu: data direction %u",
				  (unsigned long long)r->trans_id, data_in);
			srb_reject(r, STORVSC_SRB_STATUS_INVALID_REQUEST);
			return;
		}
	}
	if (r->xfer_len) {
		uint64_t off = 0;
		n = rt_gpa_iov(s->gmem, r->ranges, r->nranges, 0, r->xfer_len, r->iov,
			       (int)s->max_pfns);
		if (n <= 0) {
			srb_reject(r, STORVSC_SRB_STATUS_INVALID_REQUEST);
			return;
		}
		for (int i = 0; i < n; i++) {
			r->segs[i].va = r->iov[i].iov_base;
			r->segs[i].len = (uint32_t)r->iov[i].iov_len;
			r->segs[i].gpa = list_gpa(r, off);
			off += r->iov[i].iov_len;
		}
		r->nsegs = (uint32_t)n;
	}
	r->kind = STORVSP_REQ_SRB;
	storvsp_io_submit(s, r);
}

/* ------------------------------------------------------------------ */
/* Packets                                                              */

int storvsp_port_packet(struct storvsp_port *p, const struct vmbus_pkt *pkt)
{
	struct storvsp_req *r;
	struct init_ctx ic = {.p = p};
	uint32_t op;
	int ev = 0, rc;

	if (pkt->type == VMRING_PKT_COMP)
		return 0; /* the guest acknowledging a notification */
	pthread_mutex_lock(&p->mu);
	if (p->resetting) {
		/* Behind this channel's pending reset; the reset's release kicks. */
		p->paused = true;
		pthread_mutex_unlock(&p->mu);
		return -EAGAIN;
	}
	r = p->free_list;
	if (!r || p->outstanding >= atomic_load_explicit(&p->s->io_limit, memory_order_relaxed)) {
		p->paused = true;
		pthread_mutex_unlock(&p->mu);
		STORVSP_STAT(p->s, throttled);
		return -EAGAIN;
	}
	p->free_list = r->next;
	r->busy = true;
	p->outstanding++;
	if (p->outstanding > atomic_load_explicit(&p->s->st.max_outstanding, memory_order_relaxed))
		atomic_store_explicit(&p->s->st.max_outstanding, p->outstanding,
				      memory_order_relaxed);
	pthread_mutex_unlock(&p->mu);

	r->trans_id = pkt->trans_id;
	r->want_reply = pkt->flags & VMRING_PKT_FLAGS_COMPLETION_REQUESTED;
	memset(r->pkt, 0, sizeof(r->pkt));
	memcpy(r->pkt, pkt->data, pkt->len < STORVSP_PKT_SIZE ? pkt->len : STORVSP_PKT_SIZE);

	if (pkt->type != VMRING_PKT_DATA_INBAND && pkt->type != VMRING_PKT_DATA_USING_GPA_DIRECT) {
		rt_log_rl(&p->log, RT_LOG_WARN, "packet type %u", pkt->type);
		STORVSP_STAT(p->s, bad_packets);
		reply_status(r, (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
		return 0;
	}
	if (pkt->len < STORVSP_PKT_SIZE_V1) {
		rt_log_rl(&p->log, RT_LOG_WARN, "short packet (%u bytes)", pkt->len);
		STORVSP_STAT(p->s, bad_packets);
		reply_status(r, (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
		return 0;
	}
	op = pv_get_u32(r->pkt + O_OP);
	if (op == STORVSC_OPERATION_EXECUTE_SRB) {
		if (!atomic_load(&p->ready)) {
			rt_log_rl(&p->log, RT_LOG_WARN, "I/O before initialization");
			STORVSP_STAT(p->s, bad_packets);
			reply_status(r, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
			return 0;
		}
		handle_srb(p, r, pkt);
		return 0;
	}
	switch (op) {
	case STORVSC_OPERATION_BEGIN_INITIALIZATION:
		ev = STORVSC_INIT_EV_BEGIN_INITIALIZATION;
		break;
	case STORVSC_OPERATION_QUERY_PROTOCOL_VERSION:
		ic.version = pv_get_u16(r->pkt + O_UNION);
		ev = version_ok(p->s, ic.version) ? STORVSC_INIT_EV_VERSION_ACCEPTED
						  : STORVSC_INIT_EV_VERSION_REJECTED;
		break;
	case STORVSC_OPERATION_QUERY_PROPERTIES:
		ev = STORVSC_INIT_EV_QUERY_PROPERTIES;
		break;
	case STORVSC_OPERATION_END_INITIALIZATION:
		ev = STORVSC_INIT_EV_END_INITIALIZATION;
		break;
	case STORVSC_OPERATION_RESET_LUN:
	case STORVSC_OPERATION_RESET_ADAPTER:
	case STORVSC_OPERATION_RESET_BUS:
		ev = STORVSC_INIT_EV_RESET;
		break;
	case STORVSC_OPERATION_CREATE_SUB_CHANNELS:
		ev = STORVSC_INIT_EV_CREATE_SUB_CHANNELS;
		break;
	default:
		rt_log_rl(&p->log, RT_LOG_WARN, "operation %u not served", op);
		STORVSP_STAT(p->s, bad_packets);
		reply_status(r, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_REQUEST);
		return 0;
	}
	if (p->sub) {
		/* Subchannels: I/O and resets only, no session. */
		if (ev != STORVSC_INIT_EV_RESET) {
			rt_log_rl(&p->log, RT_LOG_WARN, "operation %u on a subchannel", op);
			STORVSP_STAT(p->s, bad_packets);
			reply_status(r, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
			return 0;
		}
		reset_begin(p, r);
		return 0;
	}
	ic.r = r;
	rc = storvsc_init_fsm_feed(&p->fsm, (enum storvsc_init_event)ev, &init_actions, &ic);
	if (rc) {
		rt_log_rl(&p->log, RT_LOG_WARN, "%s in state %s: %s", storvsc_init_event_name(ev),
			  storvsc_init_fsm_state_name(&p->fsm),
			  rc == -EPROTO ? "out of order" : strerror(-rc));
		STORVSP_STAT(p->s, bad_packets);
		reply_status(r, rc == -EPROTO ? (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE
					      : (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
		return 0;
	}
	if (ev == STORVSC_INIT_EV_VERSION_REJECTED) {
		reply_status(r, (uint32_t)STORVSC_NTSTATUS_REVISION_MISMATCH);
		return 0;
	}
	if (ev == STORVSC_INIT_EV_RESET) {
		reset_begin(p, r);
		return 0;
	}
	reply_status(r, STORVSC_NTSTATUS_SUCCESS);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Open / close                                                         */

int storvsp_port_open(struct storvsp *s, const struct storvsp_port_ops *ops, void *port,
		      uint16_t sub, struct storvsp_port **out)
{
	struct storvsp_port *p;

	if (sub > VMBUS_MAX_SUBCHANNELS)
		return -EINVAL;
	p = calloc(1, sizeof(*p));
	if (!p)
		return -ENOMEM;
	p->reqs = calloc(s->max_io, sizeof(*p->reqs));
	if (!p->reqs)
		goto nomem;
	for (uint32_t i = 0; i < s->max_io; i++) {
		struct storvsp_req *r = &p->reqs[i];
		r->port = p;
		r->pfns = calloc(s->max_pfns, sizeof(*r->pfns));
		r->segs = calloc(s->max_pfns, sizeof(*r->segs));
		r->iov = calloc(s->max_pfns, sizeof(*r->iov));
		if (!r->pfns || !r->segs || !r->iov)
			goto nomem;
		r->next = p->free_list;
		p->free_list = r;
	}
	p->s = s;
	p->ops = ops;
	p->port = port;
	p->sub = sub;
	p->pkt_size = STORVSP_PKT_SIZE;
	rt_log_obj_init(&p->log, s->log.log, "%s:%u", s->log.id, sub);
	storvsc_init_fsm_init(&p->fsm);
	atomic_init(&p->ready, sub != 0);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cond, NULL);
	pthread_mutex_lock(&s->mu);
	if (s->ports[sub]) {
		pthread_mutex_unlock(&s->mu);
		storvsp_port_close(p);
		return -EEXIST;
	}
	if (sub) {
		/* Subchannels speak the primary's version. */
		struct storvsp_port *pr = s->ports[0];
		p->version = pr ? pr->version : STORVSC_VERSION_WIN10;
		p->pkt_size = pr ? pr->pkt_size : STORVSP_PKT_SIZE;
	}
	s->ports[sub] = p;
	pthread_mutex_unlock(&s->mu);
	*out = p;
	return 0;

nomem:
	if (p->reqs)
		for (uint32_t i = 0; i < s->max_io; i++) {
			free(p->reqs[i].pfns);
			free(p->reqs[i].segs);
			free(p->reqs[i].iov);
		}
	free(p->reqs);
	free(p);
	return -ENOMEM;
}

unsigned storvsp_port_outstanding(struct storvsp_port *p)
{
	unsigned n;

	pthread_mutex_lock(&p->mu);
	n = p->outstanding;
	pthread_mutex_unlock(&p->mu);
	return n;
}

void storvsp_port_close(struct storvsp_port *p)
{
	struct storvsp *s = p->s;

	pthread_mutex_lock(&s->mu);
	if (s->ports[p->sub] == p)
		s->ports[p->sub] = NULL;
	pthread_mutex_unlock(&s->mu);

	pthread_mutex_lock(&p->mu);
	p->closing = true;
	while (p->retry_head) {
		struct storvsp_req *r = p->retry_head;
		p->retry_head = r->next;
		release_locked(p, r);
	}
	p->retry_tail = NULL;
	while (p->outstanding || p->reset_done) {
		if (p->reset_done) {
			/* This port's release ended the active reset's wait. */
			port_unlock(p);
			pthread_mutex_lock(&p->mu);
			continue;
		}
		if (!s->own_worker) {
			/* Inline mode: completions come from the caller's loop. */
			pthread_mutex_unlock(&p->mu);
			ev_run(s->io, EVRUN_ONCE);
			pthread_mutex_lock(&p->mu);
		} else {
			pthread_cond_wait(&p->cond, &p->mu);
		}
	}
	pthread_mutex_unlock(&p->mu);
	for (uint32_t i = 0; i < s->max_io; i++) {
		free(p->reqs[i].pfns);
		free(p->reqs[i].segs);
		free(p->reqs[i].iov);
	}
	free(p->reqs);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->cond);
	free(p);
}
