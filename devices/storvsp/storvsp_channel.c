/*
 * storvsp per-channel protocol: every vstor_packet is decoded once by the
 * generated storvsc codec (spec/storvsc.yaml) and dispatched through its
 * generated handler table; the init session runs through the generated
 * storvsc_init machine and its actions; replies are encoded by the
 * generated encoders. Also here: SRB validation (the GPA ranges the channel
 * decoded, against guest memory and the transfer length), the request pool
 * that bounds outstanding I/O, and resets (see storvsp.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "devices/storvsp/storvsp_priv.h"
#include "runtime/util.h"

/* A version the spec lists and the controller is configured to speak. */
static bool version_ok(const struct storvsp *s, uint32_t v)
{
	return storvsc_version_name(v) && v <= s->max_version;
}

/* Packets go out in the negotiated version's size: 64 bytes from WIN8 on, 48 before. */
static bool pkt_full(uint32_t version)
{
	return !version || version >= STORVSC_VERSION_WIN8;
}

/* ------------------------------------------------------------------ */
/* Pool and replies                                                     */

static void release_locked(struct storvsp_channel *c, struct storvsp_req *r)
{
	if (r->in_reset) {
		r->in_reset = false;
		if (atomic_fetch_sub(&c->s->reset_wait, 1) == 1)
			c->reset_done = true;
	}
	if (r->is_reset) {
		r->is_reset = false;
		c->resetting = false;
	}
	r->busy = false;
	STAILQ_INSERT_HEAD(&c->free, r, link);
	c->outstanding--;
	if (c->paused && !c->closing && !c->resetting) {
		c->paused = false;
		c->ops->kick(c->transport);
	}
	if (c->draining)
		pthread_cond_broadcast(&c->cond);
}

static void reset_complete(struct storvsp *s);
static void chan_free(struct storvsp_channel *c);

/* A zombie's last request is released: unlinks and frees it. No lock held. */
static void zombie_reap(struct storvsp_channel *c)
{
	struct storvsp *s = c->s;

	pthread_mutex_lock(&s->mu);
	TAILQ_REMOVE(&s->zombies, c, zlink);
	pthread_cond_broadcast(&s->zcond);
	pthread_mutex_unlock(&s->mu);
	chan_free(c);
}

/*
 * Unlocks c; if a release under the lock ended the active reset's wait,
 * finishes that reset now (it may belong to another channel, whose lock must
 * not be taken under this one). If c is a zombie whose last request was just
 * released, frees it: only one caller can see that, since nothing takes a
 * request from a closed channel.
 */
static void chan_unlock(struct storvsp_channel *c)
{
	bool done = c->reset_done;
	bool reap = c->zombie && !c->outstanding;

	c->reset_done = false;
	if (reap)
		c->zombie = false;
	pthread_mutex_unlock(&c->mu);
	if (done)
		reset_complete(c->s);
	if (reap)
		zombie_reap(c);
}

static int send_reply(struct storvsp_channel *c, struct storvsp_req *r)
{
	return c->ops->send(c->transport, VMRING_PKT_COMP, 0, r->trans_id, r->reply, r->reply_len);
}

static void try_send_locked(struct storvsp_channel *c, struct storvsp_req *r)
{
	int rc;

	if (c->closing) {
		release_locked(c, r);
		return;
	}
	if (STAILQ_EMPTY(&c->retry)) {
		rc = send_reply(c, r);
		if (rc != -EAGAIN) {
			if (rc)
				rt_log_rl(&c->log, RT_LOG_WARN, "reply to request %llu: %s",
					  (unsigned long long)r->trans_id, strerror(-rc));
			else
				STORVSP_CSTAT(c, completions);
			release_locked(c, r);
			return;
		}
	}
	atomic_fetch_add_explicit(&c->st.replies_queued, 1, memory_order_relaxed);
	STAILQ_INSERT_TAIL(&c->retry, r, link);
}

void storvsp_req_finish(struct storvsp_req *r)
{
	struct storvsp_channel *c = r->chan;

	pthread_mutex_lock(&c->mu);
	if (r->want_reply)
		try_send_locked(c, r);
	else
		release_locked(c, r);
	chan_unlock(c);
}

/* Encodes a reply into r (its size follows the negotiated version). */
static void reply_encode(struct storvsp_req *r, struct storvsc_msg *m)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};
	int n = storvsc_msg_encode(m, &cx, r->reply, sizeof(r->reply));

	if (n < 0) {
		/* Our own reply: a bug, not the guest's doing; the guest still gets one. */
		rt_log_err(&r->chan->log, "encoding COMPLETE_IO: %s",
			   pv_codec_err_name((enum pv_codec_err) - n));
		n = 0;
	}
	r->reply_len = (uint32_t)n;
}

/*
 * A reply with just an NTSTATUS: the request's union is echoed (what Hyper-V
 * and OpenVMM do), in the generic COMPLETE_IO layout of the version's size.
 */
static void reply_status_set(struct storvsp_req *r, uint32_t status)
{
	struct storvsc_msg m = {.type = STORVSC_OPERATION_COMPLETE_IO};

	if (pkt_full(r->chan->version)) {
		m.variant = STORVSC_MSG_VAR_COMPLETE_IO_PACKET;
		m.u.packet.hdr.status = status;
		memcpy(m.u.packet.payload, r->echo, sizeof(m.u.packet.payload));
	} else {
		m.variant = STORVSC_MSG_VAR_COMPLETE_IO_PACKET_V1;
		m.u.complete_io.hdr.status = status;
		memcpy(m.u.complete_io.payload, r->echo, sizeof(m.u.complete_io.payload));
	}
	reply_encode(r, &m);
}

static void reply_status(struct storvsp_req *r, uint32_t status)
{
	reply_status_set(r, status);
	storvsp_req_finish(r);
}

/* The fields a pre-WIN8 scsi_request shares with the current one. */
/* clang-format off */
#define SRB_COMMON(X)                                                                         \
	X(length) X(srb_status) X(status) X(queue_frozen) X(autosense_valid) X(scsi_status)    \
	X(port_number) X(path_id) X(target_id) X(lun) X(cdb_length) X(sense_info_length)      \
	X(data_in) X(properties) X(data_transfer_length)
/* clang-format on */

static void srb_from_v1(const struct storvsc_scsi_request_v1 *a, struct storvsc_scsi_request *b)
{
	memset(b, 0, sizeof(*b));
#define X(f) b->f = a->f;
	SRB_COMMON(X)
#undef X
	memcpy(b->cdb, a->cdb, sizeof(b->cdb));
}

static void srb_to_v1(const struct storvsc_scsi_request *a, struct storvsc_scsi_request_v1 *b)
{
	memset(b, 0, sizeof(*b));
#define X(f) b->f = a->f;
	SRB_COMMON(X)
#undef X
	memcpy(b->cdb, a->cdb, sizeof(b->cdb));
}

/*
 * The SRB reply: the request's scsi_request with the host's fields, encoded
 * in the SRB layout of the version's size (COMPLETE_IO answering EXECUTE_SRB,
 * spec/storvsc.yaml replies), so every field sits where the spec says.
 */
static void reply_srb(struct storvsp_req *r)
{
	int n;

	if (pkt_full(r->chan->version)) {
		struct storvsc_srb_packet p = {.srb = r->srb};

		p.hdr.operation = STORVSC_OPERATION_COMPLETE_IO;
		p.srb.length = STORVSC_SCSI_REQUEST_SIZE;
		n = storvsc_srb_packet_encode(&p, r->reply, sizeof(r->reply));
	} else {
		struct storvsc_srb_packet_v1 p = {0};

		p.hdr.operation = STORVSC_OPERATION_COMPLETE_IO;
		srb_to_v1(&r->srb, &p.srb);
		p.srb.length = STORVSC_SCSI_REQUEST_V1_SIZE;
		n = storvsc_srb_packet_v1_encode(&p, r->reply, sizeof(r->reply));
	}
	if (n < 0) {
		rt_log_err(&r->chan->log, "encoding the SRB completion: %s",
			   pv_codec_err_name((enum pv_codec_err) - n));
		n = 0;
	}
	r->reply_len = (uint32_t)n;
}

void storvsp_req_set_result(struct storvsp_req *r, uint8_t srb_status, uint8_t scsi_status,
			    uint32_t transferred, const uint8_t *sense, uint8_t sense_len)
{
	struct storvsp_channel *c = r->chan;
	struct storvsc_scsi_request *q = &r->srb;
	uint8_t max = pkt_full(c->version) ? STORVSC_SENSE_SIZE : STORVSC_SENSE_SIZE_V1;

	if (sense_len > max)
		sense_len = max;
	/* The guest asked for no autosense: status only. */
	if (q->srb_flags & STORVSC_SRB_FLAGS_DISABLE_AUTOSENSE)
		sense_len = 0;
	if (sense_len && q->sense_info_length < sense_len)
		sense_len = q->sense_info_length ? q->sense_info_length : sense_len;
	q->srb_status = 0;
	q->status = srb_status;
	q->queue_frozen = 0;
	q->autosense_valid = sense_len != 0;
	q->scsi_status = scsi_status;
	q->sense_info_length = sense_len;
	q->data_transfer_length = transferred;
	/* The CDB's bytes carry the sense data back. */
	memset(q->cdb, 0, sizeof(q->cdb));
	if (sense_len)
		memcpy(q->cdb, sense, sense_len);
	if (srb_status != STORVSC_SRB_STATUS_SUCCESS)
		STORVSP_STAT(c->s, srb_errors);
	reply_srb(r);
}

/* Fails an SRB before execution (bad shape or ranges). */
static void srb_reject(struct storvsp_req *r, uint8_t srb_status)
{
	STORVSP_STAT(r->chan->s, bad_packets);
	storvsp_req_set_result(r, srb_status, 0, 0, NULL, 0);
	storvsp_req_finish(r);
}

/* An unsolicited ENUMERATE_BUS / REMOVE_DEVICE (trans_id 0) in the channel's size. */
static int send_notification(struct storvsp_channel *c, uint32_t operation)
{
	struct storvsc_msg m = {.type = operation};
	uint8_t pkt[STORVSC_PACKET_SIZE];
	bool full = pkt_full(c->version);
	int n;

	if (operation == STORVSC_OPERATION_REMOVE_DEVICE)
		m.variant = full ? STORVSC_MSG_VAR_REMOVE_DEVICE_PACKET
				 : STORVSC_MSG_VAR_REMOVE_DEVICE_PACKET_V1;
	else
		m.variant = full ? STORVSC_MSG_VAR_ENUMERATE_BUS_PACKET
				 : STORVSC_MSG_VAR_ENUMERATE_BUS_PACKET_V1;
	n = storvsc_msg_encode(&m, NULL, pkt, sizeof(pkt));
	if (n < 0)
		return -EINVAL;
	return c->ops->send(c->transport, VMRING_PKT_DATA_INBAND, 0, 0, pkt, (size_t)n);
}

/* Notifications still owed, as bits. */
static const uint32_t notify_ops[] = {STORVSC_OPERATION_ENUMERATE_BUS,
				      STORVSC_OPERATION_REMOVE_DEVICE};

void storvsp_channel_notify(struct storvsp_channel *c, uint32_t operation)
{
	uint32_t bit = operation == STORVSC_OPERATION_REMOVE_DEVICE ? 2 : 1;
	int rc;

	pthread_mutex_lock(&c->mu);
	if (c->closing) {
		pthread_mutex_unlock(&c->mu);
		return;
	}
	rc = send_notification(c, operation);
	if (rc == -EAGAIN)
		c->notify_pending |= bit;
	else if (rc)
		rt_log_rl(&c->log, RT_LOG_WARN, "bus notification: %s", strerror(-rc));
	else
		STORVSP_STAT(c->s, notifications);
	pthread_mutex_unlock(&c->mu);
}

void storvsp_channel_send_space(struct storvsp_channel *c)
{
	struct storvsp_req *r;

	pthread_mutex_lock(&c->mu);
	while ((r = STAILQ_FIRST(&c->retry)) && !c->closing) {
		int rc = send_reply(c, r);
		if (rc == -EAGAIN)
			break;
		if (rc)
			rt_log_rl(&c->log, RT_LOG_WARN, "reply to request %llu: %s",
				  (unsigned long long)r->trans_id, strerror(-rc));
		else
			STORVSP_CSTAT(c, completions);
		STAILQ_REMOVE_HEAD(&c->retry, link);
		release_locked(c, r);
	}
	for (uint32_t i = 0;
	     i < RT_ARRAY_SIZE(notify_ops) && STAILQ_EMPTY(&c->retry) && !c->closing; i++) {
		if (!(c->notify_pending & (1u << i)))
			continue;
		if (send_notification(c, notify_ops[i]) == -EAGAIN)
			break;
		c->notify_pending &= ~(1u << i);
		STORVSP_STAT(c->s, notifications);
	}
	chan_unlock(c);
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
		struct storvsp_channel *q = s->chans[i];
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
	next = STAILQ_FIRST(&s->reset_q);
	if (next)
		STAILQ_REMOVE_HEAD(&s->reset_q, link);
	s->reset_active = next;
	pthread_mutex_unlock(&s->rmu);
	if (r) {
		STORVSP_STAT(s, resets);
		storvsp_req_finish(r);
	}
	if (next)
		reset_mark(s);
}

/* A RESET_* on channel c: its reply waits for the I/O outstanding now. Channel worker. */
static void reset_begin(struct storvsp_channel *c, struct storvsp_req *r)
{
	struct storvsp *s = c->s;

	pthread_mutex_lock(&c->mu);
	/* Another channel's reset may have counted this request while it was decoded. */
	if (r->in_reset) {
		r->in_reset = false;
		if (atomic_fetch_sub(&s->reset_wait, 1) == 1)
			c->reset_done = true;
	}
	r->is_reset = true;
	c->resetting = true;
	chan_unlock(c);
	pthread_mutex_lock(&s->rmu);
	if (s->reset_active) {
		STAILQ_INSERT_TAIL(&s->reset_q, r, link);
		pthread_mutex_unlock(&s->rmu);
		return;
	}
	s->reset_active = r;
	pthread_mutex_unlock(&s->rmu);
	reset_mark(s);
}

/* ------------------------------------------------------------------ */
/* Init session (primary channel): the machine's actions               */

/* What a handler and the init machine's actions work on. */
struct step {
	struct storvsp_channel *c;
	struct storvsp_req *r;
	const struct vmbus_pkt *pkt;
	const struct storvsc_msg *m;
};

static int act_version(void *ctx)
{
	struct step *st = ctx;

	st->c->version = st->m->u.query_protocol_version.version.major_minor;
	return 0;
}

static int act_properties(void *ctx)
{
	struct step *st = ctx;
	struct storvsp *s = st->c->s;
	struct storvsc_properties_reply p = {0};
	bool multi = s->max_sub && st->c->version >= STORVSC_VERSION_WIN8;
	int n;

	/* COMPLETE_IO in the properties layout (spec: replies QUERY_PROPERTIES). */
	p.hdr.operation = STORVSC_OPERATION_COMPLETE_IO;
	p.props.max_channel_cnt = multi ? s->max_sub : 0;
	p.props.flags = multi ? STORVSC_CHANNEL_FLAGS_SUPPORTS_MULTI_CHANNEL : 0;
	p.props.max_transfer_bytes = s->max_transfer;
	n = storvsc_properties_reply_encode(&p, st->r->reply, sizeof(st->r->reply));
	if (n < 0)
		return -EINVAL;
	/* Before WIN8 a packet is 48 bytes: the properties end well before that. */
	st->r->reply_len = (uint32_t)(pkt_full(st->c->version) ? n : STORVSC_PACKET_V1_SIZE);
	return 0;
}

static int act_ready(void *ctx)
{
	struct step *st = ctx;

	atomic_store(&st->c->ready, true);
	return 0;
}

static int act_create_sub(void *ctx)
{
	struct step *st = ctx;
	uint16_t n = st->m->u.create_sub_channels.sub_channel_count;

	if (n > st->c->s->max_sub)
		return -EINVAL;
	return st->c->ops->offer_subchannels(st->c->transport, n);
}

static const struct storvsc_init_actions init_actions = {
	.on_version = act_version,
	.on_properties = act_properties,
	.on_ready = act_ready,
	.on_create_sub_channels = act_create_sub,
};

/* ------------------------------------------------------------------ */
/* Handlers (the generated handler table's slots)                       */

/* Feeds the primary's session and answers the step: success, or why it was refused. */
static int session(struct step *st, int ev)
{
	struct storvsp_channel *c = st->c;
	int rc;

	if (c->sub) {
		/* Subchannels: I/O and resets only, no session. */
		rt_log_rl(&c->log, RT_LOG_WARN, "%s on a subchannel",
			  storvsc_operation_name(st->m->type));
		STORVSP_STAT(c->s, bad_packets);
		reply_status(st->r, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
		return 0;
	}
	st->r->reply_len = 0;
	rc = storvsc_init_fsm_feed(&c->fsm, (enum storvsc_init_event)ev, &init_actions, st);
	if (rc) {
		rt_log_rl(&c->log, RT_LOG_WARN, "%s in state %s: %s", storvsc_init_event_name(ev),
			  storvsc_init_fsm_state_name(&c->fsm),
			  rc == -EPROTO ? "out of order" : strerror(-rc));
		STORVSP_STAT(c->s, bad_packets);
		reply_status(st->r, rc == -EPROTO ? (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE
						  : (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
		return 0;
	}
	if (st->r->reply_len) /* an action wrote the reply */
		storvsp_req_finish(st->r);
	else
		reply_status(st->r, ev == STORVSC_INIT_EV_VERSION_REJECTED
					    ? (uint32_t)STORVSC_NTSTATUS_REVISION_MISMATCH
					    : STORVSC_NTSTATUS_SUCCESS);
	return 0;
}

/* BEGIN_INITIALIZATION, QUERY_PROPERTIES, FCHBA_DATA, END_INITIALIZATION, CREATE_SUB_CHANNELS. */
static int h_session(void *ctx, const struct storvsc_msg *m)
{
	return session(ctx, storvsc_msg_event(m, PV_DIR_TO_HOST));
}

/* The guest proposes a version; only the receiver knows whether it speaks it. */
static int h_version(void *ctx, const struct storvsc_msg *m)
{
	struct step *st = ctx;
	uint16_t v = m->u.query_protocol_version.version.major_minor;

	return session(st, version_ok(st->c->s, v) ? STORVSC_INIT_EV_VERSION_ACCEPTED
						   : STORVSC_INIT_EV_VERSION_REJECTED);
}

static int h_reset(void *ctx, const struct storvsc_msg *m)
{
	struct step *st = ctx;
	struct storvsp_channel *c = st->c;
	int rc;

	if (!c->sub) {
		rc = storvsc_init_fsm_feed(
			&c->fsm, (enum storvsc_init_event)storvsc_msg_event(m, PV_DIR_TO_HOST),
			&init_actions, st);
		if (rc) {
			rt_log_rl(&c->log, RT_LOG_WARN, "%s in state %s",
				  storvsc_operation_name(m->type),
				  storvsc_init_fsm_state_name(&c->fsm));
			STORVSP_STAT(c->s, bad_packets);
			reply_status(st->r, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
			return 0;
		}
	}
	/* The reply is ready now; it goes out when the reset is done. */
	reply_status_set(st->r, STORVSC_NTSTATUS_SUCCESS);
	reset_begin(c, st->r);
	return 0;
}

/* Copies the GPA ranges the channel decoded into r (they live only during on_packet). */
static int take_ranges(struct storvsp_channel *c, struct storvsp_req *r,
		       const struct vmbus_pkt *pkt, uint64_t *total)
{
	uint32_t npfn = 0;

	*total = 0;
	if (pkt->ranges_err != PV_OK || pkt->range_count == 0 ||
	    pkt->range_count > STORVSP_MAX_RANGES)
		return -EINVAL;
	for (uint32_t i = 0; i < pkt->range_count; i++) {
		const struct rt_gpa_range *g = &pkt->ranges[i];

		if (g->pfn_count > c->s->max_pfns - npfn)
			return -E2BIG;
		memcpy(r->pfns + npfn, g->pfns, (size_t)g->pfn_count * sizeof(*g->pfns));
		r->ranges[i] = *g;
		r->ranges[i].pfns = r->pfns + npfn;
		npfn += g->pfn_count;
	}
	r->nranges = pkt->range_count;
	return rt_gpa_ranges_check(c->s->gmem, r->ranges, r->nranges, total);
}

/* The guest-physical address of byte `off` of the range list. */
static uint64_t list_gpa(const struct storvsp_req *r, uint64_t off)
{
	for (uint32_t i = 0; i < r->nranges; i++) {
		const struct rt_gpa_range *g = &r->ranges[i];
		if (off < g->len) {
			uint64_t o = g->offset + off;
			return g->pfns[o >> RT_PAGE_SHIFT] * RT_PAGE_SIZE +
			       (o & (RT_PAGE_SIZE - 1));
		}
		off -= g->len;
	}
	return 0;
}

/*
 * An EXECUTE_SRB's request into r: the decoded scsi_request, its data
 * buffer's GPA ranges (checked against guest memory and the transfer
 * length), the direction and the segments. 0, or -EINVAL with the SRB
 * status to refuse it with (logged). Also what a request carried across an
 * update goes through again in the new binary.
 */
static int srb_prepare(struct storvsp_channel *c, struct storvsp_req *r,
		       const struct vmbus_pkt *pkt, const struct storvsc_msg *m)
{
	struct storvsp *s = c->s;
	const struct storvsc_scsi_request *q = &r->srb;
	uint64_t total = 0;
	int n;

	if (m->variant == STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET) {
		r->srb = m->u.srb_packet.srb;
		/* srb_flags exists only in the WIN8 extension of the request. */
		if (!pkt_full(c->version))
			r->srb.srb_flags = 0;
	} else {
		srb_from_v1(&m->u.execute_srb.srb, &r->srb);
	}
	if (q->cdb_length == 0 || q->cdb_length > STORVSC_CDB_MAX) {
		rt_log_rl(&c->log, RT_LOG_WARN, "request %llu: CDB length %u",
			  (unsigned long long)r->trans_id, q->cdb_length);
		return -EINVAL;
	}
	if (q->data_transfer_length > s->max_transfer) {
		rt_log_rl(&c->log, RT_LOG_WARN, "request %llu: transfer of %u bytes over %u",
			  (unsigned long long)r->trans_id, q->data_transfer_length,
			  s->max_transfer);
		return -EINVAL;
	}
	r->nranges = 0;
	r->nsegs = 0;
	if (pkt->type == VMRING_PKT_DATA_USING_GPA_DIRECT) {
		int rc = take_ranges(c, r, pkt, &total);
		if (rc || total < q->data_transfer_length) {
			rt_log_rl(&c->log, RT_LOG_WARN,
				  "request %llu: bad GPA ranges (%s, %llu bytes for a transfer of "
				  "%u)",
				  (unsigned long long)r->trans_id,
				  pkt->ranges_err != PV_OK ? pv_codec_err_name(pkt->ranges_err)
				  : rc                     ? strerror(-rc)
							   : "short",
				  (unsigned long long)total, q->data_transfer_length);
			return -EINVAL;
		}
	} else if (q->data_transfer_length) {
		rt_log_rl(&c->log, RT_LOG_WARN, "request %llu: %u bytes to move but no buffer",
			  (unsigned long long)r->trans_id, q->data_transfer_length);
		return -EINVAL;
	}
	if (!q->data_transfer_length) {
		r->dir = SCSI_DIR_NONE;
	} else if (q->data_in == STORVSC_DATA_IN_READ) {
		r->dir = SCSI_DIR_IN;
	} else if (q->data_in == STORVSC_DATA_IN_WRITE) {
		r->dir = SCSI_DIR_OUT;
	} else if (q->srb_flags & STORVSC_SRB_FLAGS_DATA_IN) {
		r->dir = SCSI_DIR_IN;
	} else if (q->srb_flags & STORVSC_SRB_FLAGS_DATA_OUT) {
		r->dir = SCSI_DIR_OUT;
	} else {
		rt_log_rl(&c->log, RT_LOG_WARN, "request %llu: data direction %u",
			  (unsigned long long)r->trans_id, q->data_in);
		return -EINVAL;
	}
	if (q->data_transfer_length) {
		uint64_t off = 0;
		n = rt_gpa_iov(s->gmem, r->ranges, r->nranges, 0, q->data_transfer_length, r->iov,
			       (int)s->max_pfns);
		if (n <= 0)
			return -EINVAL;
		for (int i = 0; i < n; i++) {
			r->segs[i].va = r->iov[i].iov_base;
			r->segs[i].len = (uint32_t)r->iov[i].iov_len;
			r->segs[i].gpa = list_gpa(r, off);
			off += r->iov[i].iov_len;
		}
		r->nsegs = (uint32_t)n;
	}
	r->kind = STORVSP_REQ_SRB;
	return 0;
}

static int h_srb(void *ctx, const struct storvsc_msg *m)
{
	struct step *st = ctx;
	struct storvsp_channel *c = st->c;
	struct storvsp_req *r = st->r;
	struct storvsp *s = c->s;

	if (!atomic_load(&c->ready)) {
		rt_log_rl(&c->log, RT_LOG_WARN, "I/O before initialization");
		STORVSP_STAT(s, bad_packets);
		reply_status(r, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
		return 0;
	}
	STORVSP_CSTAT(c, requests);
	if (srb_prepare(c, r, st->pkt, m)) {
		srb_reject(r, STORVSC_SRB_STATUS_INVALID_REQUEST);
		return 0;
	}
	storvsp_io_submit(s, r);
	return 0;
}

int storvsp_req_prepare(struct storvsp_channel *c, struct storvsp_req *r,
			const struct vmbus_pkt *pkt)
{
	struct pv_codec_ctx cx = {.version = c->version, .dir = PV_DIR_TO_HOST};
	struct storvsc_msg m;

	r->trans_id = pkt->trans_id;
	r->want_reply = pkt->flags & VMRING_PKT_FLAGS_COMPLETION_REQUESTED;
	memset(r->echo, 0, sizeof(r->echo));
	if (pkt->len > STORVSP_ECHO_OFFSET)
		memcpy(r->echo, pkt->data + STORVSP_ECHO_OFFSET,
		       rt_min(pkt->len - STORVSP_ECHO_OFFSET, (uint32_t)sizeof(r->echo)));
	if (storvsc_msg_decode(pkt->data, pkt->len, &cx, &m) != PV_OK ||
	    (m.variant != STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET &&
	     m.variant != STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET_V1) ||
	    m.type != STORVSC_OPERATION_EXECUTE_SRB)
		return -EINVAL;
	return srb_prepare(c, r, pkt, &m);
}

int storvsp_req_encode(const struct storvsp_req *r, uint8_t *buf, size_t cap)
{
	if (pkt_full(r->chan->version)) {
		struct storvsc_srb_packet p = {.srb = r->srb};

		p.hdr.operation = STORVSC_OPERATION_EXECUTE_SRB;
		p.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
		return storvsc_srb_packet_encode(&p, buf, cap);
	} else {
		struct storvsc_srb_packet_v1 p = {0};

		p.hdr.operation = STORVSC_OPERATION_EXECUTE_SRB;
		p.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
		srb_to_v1(&r->srb, &p.srb);
		return storvsc_srb_packet_v1_encode(&p, buf, cap);
	}
}

/* What the controller serves of what a guest may send (spec/storvsc.yaml messages). */
static const struct storvsc_msg_handlers handlers = {
	.execute_srb = h_srb,
	.reset_lun = h_reset,
	.reset_adapter = h_reset,
	.reset_bus = h_reset,
	.begin_initialization = h_session,
	.end_initialization = h_session,
	.query_protocol_version = h_version,
	.query_properties = h_session,
	.fchba_data = h_session,
	.create_sub_channels = h_session,
};

/* ------------------------------------------------------------------ */
/* Packets                                                              */

static struct storvsp_req *req_take(struct storvsp_channel *c)
{
	struct storvsp_req *r;

	pthread_mutex_lock(&c->mu);
	if (c->resetting) {
		/* Behind this channel's pending reset; the reset's release kicks. */
		c->paused = true;
		pthread_mutex_unlock(&c->mu);
		return NULL;
	}
	r = STAILQ_FIRST(&c->free);
	if (!r || c->outstanding >= atomic_load_explicit(&c->s->io_limit, memory_order_relaxed)) {
		c->paused = true;
		pthread_mutex_unlock(&c->mu);
		STORVSP_CSTAT(c, throttled);
		return NULL;
	}
	STAILQ_REMOVE_HEAD(&c->free, link);
	r->busy = true;
	c->outstanding++;
	if (c->outstanding > atomic_load_explicit(&c->s->st.max_outstanding, memory_order_relaxed))
		atomic_store_explicit(&c->s->st.max_outstanding, c->outstanding,
				      memory_order_relaxed);
	pthread_mutex_unlock(&c->mu);
	return r;
}

int storvsp_channel_packet(struct storvsp_channel *c, const struct vmbus_pkt *pkt)
{
	struct pv_codec_ctx cx = {.version = c->version, .dir = PV_DIR_TO_HOST};
	struct storvsc_msg m;
	struct storvsp_req *r;
	struct step st = {.c = c, .pkt = pkt, .m = &m};
	enum pv_codec_err err;
	int rc;

	if (pkt->type == VMRING_PKT_COMP)
		return 0; /* the guest acknowledging a notification */
	r = req_take(c);
	if (!r)
		return -EAGAIN;
	st.r = r;
	r->trans_id = pkt->trans_id;
	r->want_reply = pkt->flags & VMRING_PKT_FLAGS_COMPLETION_REQUESTED;
	/* What a status-only reply echoes: the request's union (zero-padded). */
	memset(r->echo, 0, sizeof(r->echo));
	if (pkt->len > STORVSP_ECHO_OFFSET)
		memcpy(r->echo, pkt->data + STORVSP_ECHO_OFFSET,
		       rt_min(pkt->len - STORVSP_ECHO_OFFSET, (uint32_t)sizeof(r->echo)));

	if (pkt->type != VMRING_PKT_DATA_INBAND && pkt->type != VMRING_PKT_DATA_USING_GPA_DIRECT) {
		rt_log_rl(&c->log, RT_LOG_WARN, "packet type %s", vmring_pkt_name(pkt->type));
		STORVSP_STAT(c->s, bad_packets);
		reply_status(r, (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
		return 0;
	}
	err = storvsc_msg_decode(pkt->data, pkt->len, &cx, &m);
	if (err != PV_OK) {
		rt_log_rl(&c->log, RT_LOG_WARN, "%s (%u bytes): %s", storvsc_operation_name(m.type),
			  pkt->len, pv_codec_err_name(err));
		STORVSP_STAT(c->s, bad_packets);
		reply_status(r, err == PV_ERR_UNKNOWN_TYPE || err == PV_ERR_DIRECTION
					? (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_REQUEST
					: (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
		return 0;
	}
	rc = storvsc_msg_dispatch(&handlers, &st, &m);
	if (rc == -EOPNOTSUPP) {
		rt_log_rl(&c->log, RT_LOG_WARN, "operation %s not served",
			  storvsc_operation_name(m.type));
		STORVSP_STAT(c->s, bad_packets);
		reply_status(r, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_REQUEST);
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Open / close                                                         */

static void reqs_free(struct storvsp *s, struct storvsp_channel *c)
{
	if (c->reqs)
		for (uint32_t i = 0; i < s->max_io; i++) {
			free(c->reqs[i].pfns);
			free(c->reqs[i].segs);
			free(c->reqs[i].iov);
		}
	free(c->reqs);
}

uint64_t storvsp_channel_bytes(uint32_t max_io, uint32_t max_transfer)
{
	uint64_t pfns =
		(max_transfer ? max_transfer : STORVSP_DEFAULT_MAX_TRANSFER) / RT_PAGE_SIZE + 1;
	uint64_t req = sizeof(struct storvsp_req) +
		       pfns * (sizeof(uint64_t) + sizeof(struct disk_seg) + sizeof(struct iovec));

	return sizeof(struct storvsp_channel) + (max_io ? max_io : STORVSP_DEFAULT_MAX_IO) * req;
}

int storvsp_channel_open(struct storvsp *s, const struct storvsp_channel_ops *ops, void *transport,
			 uint16_t sub, struct storvsp_channel **out)
{
	uint64_t bytes = storvsp_channel_bytes(s->max_io, s->max_transfer);
	struct storvsp_channel *c;

	if (sub > VMBUS_MAX_SUBCHANNELS)
		return -EINVAL;
	/* Past the budget the channel is not opened (the guest's open fails): nothing allocated. */
	if (!rt_budget_charge(&s->budget, bytes)) {
		rt_log_rl(&s->log, RT_LOG_WARN,
			  "channel %u not opened: its %llu-byte request pool exceeds the memory "
			  "budget (%llu of %llu bytes held)",
			  sub, (unsigned long long)bytes,
			  (unsigned long long)rt_budget_used(&s->budget),
			  (unsigned long long)s->budget.limit);
		return -ENOSPC;
	}
	c = calloc(1, sizeof(*c));
	if (!c) {
		rt_budget_release(&s->budget, bytes);
		return -ENOMEM;
	}
	c->charged = bytes;
	STAILQ_INIT(&c->free);
	STAILQ_INIT(&c->retry);
	c->reqs = calloc(s->max_io, sizeof(*c->reqs));
	if (!c->reqs)
		goto nomem;
	for (uint32_t i = 0; i < s->max_io; i++) {
		struct storvsp_req *r = &c->reqs[i];
		r->chan = c;
		r->pfns = calloc(s->max_pfns, sizeof(*r->pfns));
		r->segs = calloc(s->max_pfns, sizeof(*r->segs));
		r->iov = calloc(s->max_pfns, sizeof(*r->iov));
		if (!r->pfns || !r->segs || !r->iov)
			goto nomem;
		STAILQ_INSERT_HEAD(&c->free, r, link);
	}
	c->s = s;
	c->ops = ops;
	c->transport = transport;
	c->sub = sub;
	rt_log_obj_init(&c->log, s->log.log, "%s:%u", s->log.id, sub);
	storvsc_init_fsm_init(&c->fsm);
	atomic_init(&c->ready, sub != 0);
	pthread_mutex_init(&c->mu, NULL);
	pthread_cond_init(&c->cond, NULL);
	pthread_mutex_lock(&s->mu);
	if (s->chans[sub]) {
		pthread_mutex_unlock(&s->mu);
		storvsp_channel_close(c);
		return -EEXIST;
	}
	/* Subchannels speak the primary's version. */
	if (sub)
		c->version = s->chans[0] ? s->chans[0]->version : s->max_version;
	s->chans[sub] = c;
	pthread_mutex_unlock(&s->mu);
	*out = c;
	return 0;

nomem:
	reqs_free(s, c);
	free(c);
	rt_budget_release(&s->budget, bytes);
	return -ENOMEM;
}

void storvsp_channel_abandon(struct storvsp_channel *c)
{
	struct storvsp *s = c->s;

	pthread_mutex_lock(&s->mu);
	if (s->chans[c->sub] == c)
		s->chans[c->sub] = NULL;
	pthread_mutex_unlock(&s->mu);
	chan_free(c);
}

unsigned storvsp_channel_outstanding(struct storvsp_channel *c)
{
	unsigned n;

	pthread_mutex_lock(&c->mu);
	n = c->outstanding;
	pthread_mutex_unlock(&c->mu);
	return n;
}

static void chan_free(struct storvsp_channel *c)
{
	struct storvsp *s = c->s;

	reqs_free(s, c);
	pthread_mutex_destroy(&c->mu);
	pthread_cond_destroy(&c->cond);
	/* A zombie's pool stays charged until its last request is back. */
	rt_budget_release(&s->budget, c->charged);
	free(c);
}

/*
 * Never waits (docs/SECURITY.md, the no-wait rule): completions waiting for
 * ring space are dropped with the ring, and requests still on a backend
 * keep the channel as a zombie that their release frees. A backend that
 * never completes costs the channel's memory, not the caller's thread.
 */
void storvsp_channel_close(struct storvsp_channel *c)
{
	struct storvsp *s = c->s;
	struct storvsp_req *r;
	unsigned left;

	pthread_mutex_lock(&s->mu);
	if (s->chans[c->sub] == c)
		s->chans[c->sub] = NULL;
	TAILQ_INSERT_TAIL(&s->zombies, c, zlink);
	pthread_mutex_unlock(&s->mu);

	pthread_mutex_lock(&c->mu);
	c->closing = true;
	while ((r = STAILQ_FIRST(&c->retry))) {
		STAILQ_REMOVE_HEAD(&c->retry, link);
		release_locked(c, r);
	}
	left = c->outstanding;
	/* From here the last release reaps it (chan_unlock), maybe this one. */
	c->zombie = true;
	if (left)
		rt_log_rl(&c->log, RT_LOG_INFO,
			  "closed with %u requests on the backend: freed once they complete", left);
	chan_unlock(c);
}

static void wake_noop(struct ev_loop *loop, ev_timer *w, int revents)
{
	(void)loop;
	(void)w;
	(void)revents;
}

/*
 * Runs the caller's I/O loop (inline_io: the caller's thread owns it) until
 * no zombie is left or `secs` passed; a timer bounds each pass.
 */
static void zombies_run_inline(struct storvsp *s, double secs)
{
	ev_tstamp end = ev_time() + secs;
	ev_timer t;

	ev_timer_init(&t, wake_noop, secs, 0.);
	ev_timer_start(s->io, &t);
	for (;;) {
		bool empty;

		pthread_mutex_lock(&s->mu);
		empty = TAILQ_EMPTY(&s->zombies);
		pthread_mutex_unlock(&s->mu);
		if (empty || ev_time() >= end)
			break;
		ev_run(s->io, EVRUN_ONCE);
	}
	ev_timer_stop(s->io, &t);
}

unsigned storvsp_zombies_wait(struct storvsp *s, unsigned ms)
{
	struct storvsp_channel *c;
	struct timespec dl;
	unsigned n = 0;

	if (s->inline_io) {
		zombies_run_inline(s, ms / 1000.0);
	} else {
		rt_deadline_in_ms(&dl, ms);
		pthread_mutex_lock(&s->mu);
		while (!TAILQ_EMPTY(&s->zombies))
			if (pthread_cond_timedwait(&s->zcond, &s->mu, &dl) == ETIMEDOUT)
				break;
		pthread_mutex_unlock(&s->mu);
	}
	pthread_mutex_lock(&s->mu);
	TAILQ_FOREACH(c, &s->zombies, zlink)
		n++;
	pthread_mutex_unlock(&s->mu);
	return n;
}
