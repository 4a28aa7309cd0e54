/*
 * VMBus server save and restore (servicing; records in spec/savestate.yaml).
 *
 * The guest's session lives on in the new binary: negotiated version and
 * features, where messages go (VP, SINT, message connection id), every GPADL
 * (its range buffer, fed to the GPADL table again so each range and PFN is
 * checked as when the guest sent it; a half-received one stays half
 * received), and every offered channel with its relid, signal route, ring
 * GPADL and what the worker holds. Ring indices live in guest memory: the
 * host end of each ring adopts them again after checking them.
 *
 * The generated machines' internal state numbers are not written down (a
 * grammar change would renumber them): each is saved by name and reached
 * again by feeding the machine the shortest sequence of events that leads to
 * a state of that name.
 *
 * In the new binary the server rebuilds the channels without their devices
 * ("unbound"); each device, restored from its own records, offers its
 * primary channel again with vmbus_server_offer(), which hands it the
 * restored channel and its subchannels instead of a new offer (same relids:
 * the guest keeps using them). vmbus_server_restore_finish() then checks that
 * every channel found its device, requests the saved GPADL teardowns again
 * (now that devices hold their GPADLs), and starts the channels' workers.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/fsm_reach.h"
#include "runtime/savestate.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_priv.h"
#include "runtime/vmbus/vmbus_save.h"

/* ------------------------------------------------------------------ */
/* Reaching a generated machine's state by name                         */

RT_FSM_WALK_DEFINE(conn_walk, vmbus_conn_fsm, vmbus_conn_event, VMBUS_CONN_EV_COUNT);
RT_FSM_WALK_DEFINE(chan_walk, vmbus_chan_fsm, vmbus_chan_event, VMBUS_CHAN_EV_COUNT);
RT_FSM_WALK_DEFINE(gpadl_walk, vmbus_gpadl_fsm, vmbus_gpadl_event, VMBUS_GPADL_EV_COUNT);

static const char *const chan_state_names[] = {
	[PVSS_VMBUS_CHAN_STATE_OFFERED] = "offered",
	[PVSS_VMBUS_CHAN_STATE_OPENED] = "opened",
	[PVSS_VMBUS_CHAN_STATE_RESCINDED] = "rescinded",
	[PVSS_VMBUS_CHAN_STATE_RESCINDED_OPEN] = "rescinded_open",
};

static const char *const gpadl_state_names[] = {
	[PVSS_VMBUS_GPADL_STATE_RECEIVING] = "receiving",
	[PVSS_VMBUS_GPADL_STATE_CREATED] = "created",
	[PVSS_VMBUS_GPADL_STATE_TEARING_DOWN] = "tearing_down",
};

/* The machine state called `name`, from the start state `start`. */
static int reach(struct rt_ss_reader *r, const struct rt_fsm_walk *fw, int start, const char *name,
		 int *cs)
{
	if (rt_fsm_reach(fw, start, name, cs))
		return rt_ss_fail(r, -EINVAL, "VMBus: no machine state called %s", name);
	return 0;
}

/* The saved connection states and the machine's names for them (spec/vmbus.yaml). */
static const char *const conn_state_names[] = {
	[PVSS_VMBUS_CONN_STATE_DISCONNECTED] = "disconnected",
	[PVSS_VMBUS_CONN_STATE_CONNECTED] = "connected",
	[PVSS_VMBUS_CONN_STATE_READY] = "ready",
};

/* ------------------------------------------------------------------ */
/* Pause and save                                                       */

int vmbus_server_can_save(const struct vmbus_server *s, char *why, size_t why_len)
{
	const char *name = vmbus_conn_fsm_state_name(&s->conn_fsm);
	const struct vmbus_chan *c;

	if (rt_fsm_state_index(conn_state_names, RT_ARRAY_SIZE(conn_state_names), name) < 0) {
		snprintf(why, why_len, "the VMBus connection is in state %s, between messages",
			 name);
		return -EBUSY;
	}
	TAILQ_FOREACH(c, &s->chans, link) {
		const char *cn = vmbus_chan_fsm_state_name(&c->fsm);
		if (rt_fsm_state_index(chan_state_names, RT_ARRAY_SIZE(chan_state_names), cn) < 0) {
			snprintf(why, why_len, "VMBus channel %u (%s) is in state %s", c->relid,
				 c->name, cn);
			return -EBUSY;
		}
	}
	return 0;
}

int vmbus_server_pause(struct vmbus_server *s)
{
	struct vmbus_chan *c;

	rt_loop_assert_thread(s->loop);
	/* What workers queued for us runs first: a reset, a subchannel request. */
	vmbus_srv_drain(s);
	TAILQ_FOREACH(c, &s->chans, link)
		vmbus_chan_pause(c);
	return 0;
}

void vmbus_server_resume(struct vmbus_server *s)
{
	struct vmbus_chan *c;

	rt_loop_assert_thread(s->loop);
	TAILQ_FOREACH(c, &s->chans, link)
		vmbus_chan_unpause(c);
	vmbus_srv_drain(s);
}

struct save_ctx {
	struct vmbus_server *s;
	struct rt_ss_writer *w;
	struct pvss_msg *m;
};

static int save_gpadl(void *ctx, const struct rt_gpadl_saved *g)
{
	struct save_ctx *sc = ctx;
	struct pvss_vmbus_gpadl *r = &sc->m->u.vmbus_gpadl;
	struct vmbus_gpadl_trk *t = vmbus_trk_find(sc->s, g->id);
	const char *name = t ? vmbus_gpadl_fsm_state_name(&t->fsm) : "?";
	int st = rt_fsm_state_index(gpadl_state_names, RT_ARRAY_SIZE(gpadl_state_names), name);

	if (st < 0) {
		rt_log_err(&sc->s->log, "cannot save GPADL %u in state %s", g->id, name);
		return -EBUSY;
	}
	memset(sc->m, 0, sizeof(*sc->m));
	sc->m->type = PVSS_REC_TYPE_VMBUS_GPADL;
	r->id = g->id;
	r->child_relid = g->child_relid;
	r->state = (uint32_t)st;
	r->range_buflen = g->range_buflen;
	r->rangecount = g->rangecount;
	r->filled = g->filled;
	r->data_count = g->filled / 8;
	memcpy(r->data, g->buf, g->filled);
	return rt_ss_put(sc->w, sc->m);
}

static int save_chan(struct save_ctx *sc, struct vmbus_chan *c)
{
	struct pvss_vmbus_channel *r = &sc->m->u.vmbus_channel;
	int st = rt_fsm_state_index(chan_state_names, RT_ARRAY_SIZE(chan_state_names),
				    vmbus_chan_fsm_state_name(&c->fsm));

	memset(sc->m, 0, sizeof(*sc->m));
	sc->m->type = PVSS_REC_TYPE_VMBUS_CHANNEL;
	r->relid = c->relid;
	r->primary_relid = c->primary ? c->primary->relid : 0;
	r->sub_index = c->sub_index;
	r->subchannels_offered = c->subchannels_offered;
	r->state = (uint32_t)st;
	r->flags = (c->offer_sent ? PVSS_CHAN_FLAGS_OFFER_SENT : 0) |
		   (c->is_open ? PVSS_CHAN_FLAGS_OPEN : 0) |
		   (c->dev_open ? PVSS_CHAN_FLAGS_DEV_OPEN : 0) |
		   (c->want_space ? PVSS_CHAN_FLAGS_WANT_SPACE : 0) |
		   (c->is_open && c->rings.out.pending_set ? PVSS_CHAN_FLAGS_PENDING_SET : 0) |
		   (c->held ? PVSS_CHAN_FLAGS_HELD : 0);
	r->conn_id = c->conn_id;
	r->sig_conn_id = c->sig_conn_id;
	r->event_flag = c->event_flag;
	r->open_id = c->open_id;
	r->target_vp = atomic_load(&c->target_vp_a);
	r->ring_gpadl = c->ring_gpadl ? c->ring_gpadl->id : 0;
	/* The guest->host ring is a control page and its data area. */
	r->downstream = c->is_open ? c->rings.in.size / RT_PAGE_SIZE + 1 : 0;
	r->max_pkt_size = c->params.max_pkt_size;
	r->efd = c->is_open ? (uint32_t)c->efd : PVSS_FD_NONE;
	r->chn_flags = c->params.chn_flags;
	r->mmio_megabytes = c->params.mmio_megabytes;
	memcpy(r->if_type, c->params.if_type, 16);
	memcpy(r->if_instance, c->params.if_instance, 16);
	memcpy(r->user_def, c->params.user_def, sizeof(r->user_def));
	r->batch_read = c->is_open ? c->rings.in.batch_read : 0;
	if (c->held) {
		/* A packet out of the ring that the device pushed back, as read (descriptor first). */
		r->held_len = (uint32_t)c->held_len;
		if (r->held_len > c->rxcap || r->held_len > sizeof(r->held))
			return -E2BIG;
		r->held_count = r->held_len;
		memcpy(r->held, c->rxbuf, r->held_len);
	}
	if (rt_ss_put(sc->w, sc->m))
		return sc->w->err;
	if (c->is_open)
		rt_ss_put_fd(sc->w, c->efd, PVSS_FD_KIND_EVENTFD, c->sig_conn_id, 0);
	return sc->w->err;
}

int vmbus_server_save(struct vmbus_server *s, struct rt_ss_writer *w)
{
	struct save_ctx sc = {s, w, rt_ss_msg_new(PVSS_REC_TYPE_VMBUS_SERVER)};
	struct vmbus_chan *c;
	const char *name = vmbus_conn_fsm_state_name(&s->conn_fsm);
	char why[160];
	int rc;

	rt_loop_assert_thread(s->loop);
	if (!sc.m)
		return -ENOMEM;
	/* Devices quiesced after the pause may have queued work for us. */
	vmbus_srv_drain(s);
	rc = vmbus_server_can_save(s, why, sizeof(why));
	if (rc) {
		rt_log_err(&s->log, "cannot save: %s", why);
		goto out;
	}
	sc.m->u.vmbus_server.state = (uint32_t)rt_fsm_state_index(
		conn_state_names, RT_ARRAY_SIZE(conn_state_names), name);
	sc.m->u.vmbus_server.version = s->version;
	sc.m->u.vmbus_server.features = s->features;
	sc.m->u.vmbus_server.target_vp = s->target_vp;
	sc.m->u.vmbus_server.target_sint = s->target_sint;
	sc.m->u.vmbus_server.msg_conn_id = s->opts.msg_conn_id;
	sc.m->u.vmbus_server.unload_version = s->unload_version;
	sc.m->u.vmbus_server.dropped = s->dropped;
	rc = rt_ss_put(w, sc.m);
	if (rc)
		goto out;
	rc = rt_gpadl_table_save(s->gpadls, save_gpadl, &sc);
	if (rc == -EBUSY)
		rt_log_err(&s->log, "cannot save: GPADLs of an old session are still in use");
	TAILQ_FOREACH(c, &s->chans, link) {
		if (rc)
			break;
		rc = save_chan(&sc, c);
	}
out:
	free(sc.m);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Restore                                                              */

/* Takes and checks the connection record; *cs gets the machine state to enter. */
static int parse_conn(struct rt_ss_reader *r, const struct vmbus_server_opts *opts,
		      uint32_t vp_count, struct pvss_msg *m, struct pvss_vmbus_server *out, int *cs)
{
	struct vmbus_conn_fsm start;
	uint32_t msg_conn_id = opts->msg_conn_id ? opts->msg_conn_id : VMBUS_MESSAGE_CONNECTION_ID;
	uint32_t max = opts->max_version ? opts->max_version : UINT32_MAX;

	if (rt_ss_take(r, PVSS_REC_TYPE_VMBUS_SERVER, m))
		return rt_ss_fail(r, -EINVAL, "saved state has no VMBus server record");
	*out = m->u.vmbus_server;
	if (out->version && (!vmbus_version_known(out->version) || out->version > max))
		return rt_ss_fail(r, -EINVAL,
				  "VMBus: saved version 0x%x is not one this server speaks",
				  out->version);
	if (out->features & ~VMBUS_SERVER_FEATURES ||
	    (out->features && out->version < VMBUS_VERSION_COPPER))
		return rt_ss_fail(r, -EINVAL, "VMBus: saved features 0x%llx not grantable",
				  (unsigned long long)out->features);
	if (out->target_vp >= vp_count)
		return rt_ss_fail(r, -EINVAL, "VMBus: saved target VP %u, the partition has %u",
				  out->target_vp, vp_count);
	if (out->msg_conn_id != msg_conn_id)
		return rt_ss_fail(r, -EINVAL,
				  "VMBus: the guest posts on connection %u, the configuration "
				  "answers %u",
				  out->msg_conn_id, msg_conn_id);
	vmbus_conn_fsm_init(&start);
	return reach(r, &conn_walk, start.cs, conn_state_names[out->state], cs);
}

/*
 * A saved channel checked against the connection and what came before it
 * (relids ascending, a subchannel's primary saved before it). prev_relid
 * and the primaries seen travel in the caller's arrays.
 */
static int check_chan(struct rt_ss_reader *r, const struct pvss_vmbus_channel *c,
		      const struct pvss_vmbus_server *conn, uint32_t vp_count, uint32_t prev_relid,
		      const uint8_t *is_primary)
{
	bool open = c->flags & PVSS_CHAN_FLAGS_OPEN;

	if (c->relid <= prev_relid)
		return rt_ss_fail(r, -EINVAL, "VMBus: channel relid %u after %u (not ascending)",
				  c->relid, prev_relid);
	if (c->primary_relid && !is_primary[c->primary_relid])
		return rt_ss_fail(r, -EINVAL, "VMBus: subchannel %u of %u, which is no primary",
				  c->relid, c->primary_relid);
	if (c->target_vp >= vp_count)
		return rt_ss_fail(r, -EINVAL, "VMBus: channel %u targets VP %u", c->relid,
				  c->target_vp);
	if (conn->state != PVSS_VMBUS_CONN_STATE_READY &&
	    (open || c->state != PVSS_VMBUS_CHAN_STATE_OFFERED ||
	     (c->flags & PVSS_CHAN_FLAGS_OFFER_SENT)))
		return rt_ss_fail(r, -EINVAL, "VMBus: channel %u in use without a connection",
				  c->relid);
	if (open != (c->state == PVSS_VMBUS_CHAN_STATE_OPENED ||
		     c->state == PVSS_VMBUS_CHAN_STATE_RESCINDED_OPEN))
		return rt_ss_fail(r, -EINVAL, "VMBus: channel %u open flag and state %s disagree",
				  c->relid, chan_state_names[c->state]);
	if (c->held_len && (c->held_len < 16 || c->held_len % 8))
		return rt_ss_fail(r, -EINVAL, "VMBus: channel %u holds a malformed packet",
				  c->relid);
	return 0;
}

/* Everything but building: the records in order, each checked. */
static int parse_all(struct rt_ss_reader *r, const struct vmbus_server_opts *opts,
		     uint32_t vp_count, bool check_only, struct pvss_msg *m,
		     struct pvss_vmbus_server *conn, int *cs)
{
	uint8_t is_primary[2048] = {0};
	uint32_t prev = 0, ngpadl = 0;
	int rc;

	rc = parse_conn(r, opts, vp_count, m, conn, cs);
	if (rc)
		return rc;
	while (rt_ss_take(r, PVSS_REC_TYPE_VMBUS_GPADL, m) == 0) {
		const struct pvss_vmbus_gpadl *g = &m->u.vmbus_gpadl;
		if (conn->state != PVSS_VMBUS_CONN_STATE_READY || ++ngpadl > 1024)
			return rt_ss_fail(r, -EINVAL,
					  "VMBus: GPADL %u without a connection, or too "
					  "many",
					  g->id);
		/* Shapes and PFNs are the GPADL table's to check, as for the guest's messages. */
	}
	while (rt_ss_take(r, PVSS_REC_TYPE_VMBUS_CHANNEL, m) == 0) {
		const struct pvss_vmbus_channel *c = &m->u.vmbus_channel;
		rc = check_chan(r, c, conn, vp_count, prev, is_primary);
		if (rc)
			return rc;
		if (c->flags & PVSS_CHAN_FLAGS_OPEN &&
		    (rc = rt_ss_claim_fd(r, c->efd, PVSS_FD_KIND_EVENTFD, c->sig_conn_id,
					 check_only)))
			return rc;
		if (c->flags & PVSS_CHAN_FLAGS_OPEN && c->primary_relid) {
			uint32_t(*n)[2] = realloc(r->open_subs, (r->nopen_subs + 1) * sizeof(*n));
			if (!n)
				return -ENOMEM;
			r->open_subs = n;
			n[r->nopen_subs][0] = c->relid;
			n[r->nopen_subs][1] = c->primary_relid;
			r->nopen_subs++;
		}
		is_primary[c->relid] = c->primary_relid == 0;
		prev = c->relid;
	}
	return 0;
}

int vmbus_server_restore_check(struct rt_ss_reader *r, const struct vmbus_server_opts *opts,
			       uint32_t vp_count)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	struct pvss_vmbus_server conn;
	int cs, rc;

	if (!m)
		return -ENOMEM;
	rc = parse_all(r, opts, vp_count, true, m, &conn, &cs);
	rt_ss_msg_release(m);
	return rc;
}

static int restore_gpadl(struct vmbus_server *s, struct rt_ss_reader *r,
			 const struct pvss_vmbus_gpadl *g)
{
	struct vmbus_gpadl_trk *t;
	struct vmbus_gpadl_fsm start;
	struct rt_gpadl *done = NULL;
	int rc, want = g->state == PVSS_VMBUS_GPADL_STATE_RECEIVING ? 0 : 1;

	if (vmbus_trk_find(s, g->id))
		return rt_ss_fail(r, -EINVAL, "VMBus: GPADL %u saved twice", g->id);
	/* The table checks the ranges and every PFN against guest memory again. */
	rc = rt_gpadl_header(s->gpadls, g->child_relid, g->id, (uint16_t)g->range_buflen,
			     (uint16_t)g->rangecount, g->data, g->filled, &done);
	if (rc != want)
		return rt_ss_fail(r, rc < 0 ? rc : -EINVAL, "VMBus: saved GPADL %u refused: %s",
				  g->id, rc < 0 ? strerror(-rc) : "incomplete");
	t = calloc(1, sizeof(*t));
	if (!t)
		return -ENOMEM;
	t->id = g->id;
	t->relid = g->child_relid;
	vmbus_gpadl_fsm_init(&start);
	rc = reach(r, &gpadl_walk, start.cs, gpadl_state_names[g->state], &t->fsm.cs);
	if (rc) {
		free(t);
		return rc;
	}
	TAILQ_INSERT_TAIL(&s->gpadl_trk, t, link);
	return 0;
}

static int restore_chan(struct vmbus_server *s, struct rt_ss_reader *r,
			const struct pvss_vmbus_channel *c)
{
	struct vmbus_chan *ch = calloc(1, sizeof(*ch));
	struct vmbus_chan_fsm start;
	int rc;

	if (!ch)
		return -ENOMEM;
	ch->srv = s;
	ch->unbound = true;
	memcpy(ch->params.if_type, c->if_type, 16);
	memcpy(ch->params.if_instance, c->if_instance, 16);
	ch->params.chn_flags = c->chn_flags;
	ch->params.mmio_megabytes = c->mmio_megabytes;
	memcpy(ch->params.user_def, c->user_def, sizeof(ch->params.user_def));
	ch->params.max_pkt_size = c->max_pkt_size;
	snprintf(ch->name, sizeof(ch->name), "restored");
	ch->params.name = ch->name;
	ch->primary = c->primary_relid ? vmbus_offer_find(s, c->primary_relid) : NULL;
	ch->sub_index = c->sub_index;
	ch->subchannels_offered = c->subchannels_offered;
	ch->relid = c->relid;
	ch->conn_id = c->conn_id;
	ch->sig_conn_id = c->sig_conn_id;
	ch->event_flag = c->event_flag;
	ch->open_id = c->open_id;
	ch->target_vp = c->target_vp;
	ch->offer_sent = c->flags & PVSS_CHAN_FLAGS_OFFER_SENT;
	ch->rescinded = c->state == PVSS_VMBUS_CHAN_STATE_RESCINDED ||
			c->state == PVSS_VMBUS_CHAN_STATE_RESCINDED_OPEN;
	ch->efd = -1;
	ch->worker = &s->workers[s->next_worker++ % s->nworkers];
	rt_log_obj_init(&ch->log, s->logsink, "vmbus[%u restored/%u]", c->relid, c->sub_index);
	vmbus_chan_fsm_init(&start);
	rc = reach(r, &chan_walk, start.cs, chan_state_names[c->state], &ch->fsm.cs);
	if (rc == 0)
		rc = vmbus_chan_init(ch);
	if (rc) {
		free(ch);
		return rc;
	}
	vmbus_offer_link(s, ch);
	if (!(c->flags & PVSS_CHAN_FLAGS_OPEN))
		return 0;

	/* Open: its ring GPADL again, the rings from guest memory, the kept signal route. */
	rc = rt_gpadl_acquire(s->gpadls, c->relid, c->ring_gpadl, &ch->ring_gpadl);
	if (rc)
		return rt_ss_fail(r, -EINVAL, "VMBus: channel %u's ring GPADL %u is not saved",
				  c->relid, c->ring_gpadl);
	fcntl((int)c->efd, F_SETFD, FD_CLOEXEC);
	rc = vmbus_chan_start_efd(ch, c->downstream, (int)c->efd);
	if (rc)
		return rt_ss_fail(r, rc, "VMBus: channel %u's rings: %s", c->relid, strerror(-rc));
	ch->is_open = true;
	ch->dev_open = c->flags & PVSS_CHAN_FLAGS_DEV_OPEN;
	ch->want_space = c->flags & PVSS_CHAN_FLAGS_WANT_SPACE;
	ch->rings.out.pending_set = c->flags & PVSS_CHAN_FLAGS_PENDING_SET;
	ch->rings.in.batch_read = c->batch_read;
	/* A channel the guest broke waits, stopped, for its CLOSECHANNEL. */
	if (!ch->dev_open)
		atomic_store(&ch->broken, true);
	if (c->held_len) {
		if (c->held_len > ch->rxcap)
			return rt_ss_fail(r, -EINVAL, "VMBus: channel %u holds %u bytes, takes %u",
					  c->relid, c->held_len, ch->rxcap);
		memcpy(ch->rxbuf, c->held, c->held_len);
		ch->held = true;
		ch->held_len = c->held_len;
	}
	return 0;
}

int vmbus_server_restore(struct vmbus_server *s, struct rt_ss_reader *r)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	struct pvss_vmbus_server c;
	uint32_t cursor = r->cursor;
	int cs, rc;
	unsigned nchan = 0, nopen = 0, nheld = 0, ngpadl = 0;

	rt_loop_assert_thread(s->loop);
	if (!m)
		return -ENOMEM;
	/* First every check, then the same records again to build. */
	rc = parse_all(r, &s->opts, s->part->vp_count, false, m, &c, &cs);
	if (rc)
		goto out;
	for (uint32_t i = cursor; i < r->nrec; i++)
		if (r->recs[i].type == PVSS_REC_TYPE_VMBUS_GPADL ||
		    r->recs[i].type == PVSS_REC_TYPE_VMBUS_CHANNEL)
			r->recs[i].taken = false;
	r->cursor = cursor;
	while (rt_ss_take(r, PVSS_REC_TYPE_VMBUS_GPADL, m) == 0) {
		rc = restore_gpadl(s, r, &m->u.vmbus_gpadl);
		if (rc)
			goto out;
		ngpadl++;
	}
	while (rt_ss_take(r, PVSS_REC_TYPE_VMBUS_CHANNEL, m) == 0) {
		rc = restore_chan(s, r, &m->u.vmbus_channel);
		if (rc)
			goto out;
		nchan++;
		nopen += (m->u.vmbus_channel.flags & PVSS_CHAN_FLAGS_OPEN) != 0;
		nheld += m->u.vmbus_channel.held_len != 0;
	}
	s->conn_fsm.cs = cs;
	s->version = c.version;
	s->features = c.features;
	s->target_vp = c.target_vp;
	s->target_sint = c.target_sint;
	s->unload_version = c.unload_version;
	s->dropped = c.dropped;
	s->offers_requested = c.state == PVSS_VMBUS_CONN_STATE_READY;
	rt_log_info(
		&s->log,
		"restored: %s, version %u.%u, vp %u sint %u; %u channels (%u open, %u holding a "
		"packet), %u GPADLs",
		conn_state_names[c.state], s->version >> 16, s->version & 0xffff, s->target_vp,
		s->target_sint, nchan, nopen, nheld, ngpadl);
out:
	rt_ss_msg_release(m);
	return rc;
}

/* Binds a restored channel to the device that offers it again. */
static int bind(struct vmbus_chan *ch, const struct vmbus_offer_params *p)
{
	uint32_t want = p->max_pkt_size ? p->max_pkt_size : 64u * 1024;

	ch->params = *p;
	snprintf(ch->name, sizeof(ch->name), "%s", p->name ? p->name : "dev");
	ch->params.name = ch->name;
	rt_log_obj_init(&ch->log, ch->srv->logsink, "vmbus[%u %s/%u]", ch->relid, ch->name,
			ch->sub_index);
	/* The new binary's device may take larger packets: a held one must still fit. */
	want = rt_align_up(want + VMRING_DESC_SIZE, 8u);
	if (want != ch->rxcap) {
		uint8_t *nb = malloc(want);
		if (!nb)
			return -ENOMEM;
		if (ch->held) {
			if (ch->held_len > want) {
				free(nb);
				return -EMSGSIZE;
			}
			memcpy(nb, ch->rxbuf, ch->held_len);
		}
		free(ch->rxbuf);
		ch->rxbuf = nb;
		ch->rxcap = want;
	}
	ch->unbound = false;
	return 0;
}

struct vmbus_chan *vmbus_restore_claim(struct vmbus_server *s, const struct vmbus_offer_params *p)
{
	struct vmbus_chan *c, *primary = NULL;

	TAILQ_FOREACH(c, &s->chans, link)
		if (!primary && c->unbound && !c->sub_index &&
		    !memcmp(c->params.if_type, p->if_type, 16) &&
		    !memcmp(c->params.if_instance, p->if_instance, 16))
			primary = c;
	if (!primary)
		return NULL;
	if (bind(primary, p)) {
		rt_log_err(&s->log, "relid %u: the device takes packets too small for the one held",
			   primary->relid);
		return NULL;
	}
	TAILQ_FOREACH(c, &s->chans, link)
		if (c->unbound && c->primary == primary && bind(c, p))
			rt_log_err(&s->log, "relid %u: cannot bind the subchannel", c->relid);
	return primary;
}

struct vmbus_chan *vmbus_server_restored_chan(struct vmbus_server *s, uint32_t relid)
{
	struct vmbus_chan *c = vmbus_offer_find(s, relid);

	return c && !c->unbound ? c : NULL;
}

bool vmbus_chan_restored_open(const struct vmbus_chan *ch)
{
	return ch->is_open && ch->dev_open;
}

unsigned vmbus_server_restored_subchannels(struct vmbus_server *s, const struct vmbus_chan *primary,
					   uint32_t *relids, unsigned max)
{
	struct vmbus_chan *c;
	unsigned n = 0;

	TAILQ_FOREACH(c, &s->chans, link) {
		if (c->unbound || c->primary != primary || c == primary ||
		    !vmbus_chan_restored_open(c))
			continue;
		if (n < max)
			relids[n] = c->relid;
		n++;
	}
	return n;
}

void vmbus_chan_restore_want_space(struct vmbus_chan *ch)
{
	pthread_mutex_lock(&ch->send_lock);
	ch->want_space = true;
	pthread_mutex_unlock(&ch->send_lock);
}

int vmbus_server_restore_finish(struct vmbus_server *s, struct rt_ss_reader *r)
{
	struct vmbus_gpadl_trk *t, *next;
	struct vmbus_chan *c;

	rt_loop_assert_thread(s->loop);
	TAILQ_FOREACH(c, &s->chans, link)
		if (c->unbound)
			return rt_ss_fail(r, -EINVAL,
					  "VMBus: restored channel %u (sub %u) was claimed by no "
					  "device of this binary",
					  c->relid, c->sub_index);
	/* Teardowns the guest asked for: now that devices hold their GPADLs again. */
	TAILQ_FOREACH_SAFE(t, &s->gpadl_trk, link, next) {
		if (strcmp(vmbus_gpadl_fsm_state_name(&t->fsm), "tearing_down"))
			continue;
		int rc = rt_gpadl_teardown(s->gpadls, t->relid, t->id, vmbus_gpadl_torndown_cb, s);
		if (rc == 0)
			vmbus_send_torndown(s, t->id);
	}
	TAILQ_FOREACH(c, &s->chans, link) {
		if (!c->is_open)
			continue;
		if (c->dev_open)
			vmbus_chan_resume(c);
		/* An interrupt of the old binary's may not have reached the guest. */
		vmbus_chan_signal(c);
	}
	return 0;
}
