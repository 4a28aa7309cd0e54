/*
 * storvsp across a live update (docs/servicing.md; records STORVSP* in
 * spec/savestate.yaml; the choices in devices/storvsp/README.md).
 *
 * Outstanding requests are drained, not carried over: quiesce waits, with a
 * bound, until every request the guest sent has completed on its backend.
 * The backends' in-flight work lives in this process (io_uring rings, NVMe
 * queues without keep-alive) and dies with the exec; reissuing it in the new
 * binary would reorder a write against what the guest sees as done. The
 * exception is a LUN whose backend keeps its device across the exec (NVMe
 * keep-alive): a request whose last step is on that device is carried
 * (STORVSP_IO: the request as the guest sent it and the commands it waits
 * on), and the new binary completes it once, when the device does. What is
 * left after the drain is small and exact: each open channel's session (the
 * init machine's state by name, the negotiated version), notifications owed,
 * and the completions already written for the guest that its full ring could
 * not take (the guest is paused, so it cannot make room): those are saved
 * byte for byte and sent by the new binary once the guest frees room.
 *
 * LUNs come back by identity: the new binary reopens what its (saved)
 * configuration names and refuses the state unless it is the same medium:
 * kind, block size and capacity, and for a file the same device and inode.
 * A `memory` LUN cannot cross (its data is in this process): quiesce refuses.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "devices/scsi/scsi_cdb.h"
#include "devices/storvsp/storvsp_priv.h"
#include "devices/storvsp/storvsp_save.h"
#include "runtime/fsm_reach.h"
#include "runtime/savestate.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_save.h"
#include "runtime/vmbus/vmbus_server.h"

/* The saved init states and the machine's names for them (spec/storvsc.yaml). */
static const char *const init_state_names[] = {
	[PVSS_STORVSP_INIT_STATE_START] = "start",
	[PVSS_STORVSP_INIT_STATE_NEGOTIATING] = "negotiating",
	[PVSS_STORVSP_INIT_STATE_VERSIONED] = "versioned",
	[PVSS_STORVSP_INIT_STATE_CONFIGURED] = "configured",
	[PVSS_STORVSP_INIT_STATE_READY] = "ready",
};

RT_FSM_WALK_DEFINE(init_walk, storvsc_init_fsm, storvsc_init_event, STORVSC_INIT_EV_COUNT);

/* Bits of storvsp_channel.notify_pending <-> the record's flags. */
#define NOTIFY_FLAGS \
	(PVSS_STORVSP_CHAN_FLAGS_NOTIFY_ENUMERATE | PVSS_STORVSP_CHAN_FLAGS_NOTIFY_REMOVE)
_Static_assert(PVSS_STORVSP_CHAN_FLAGS_NOTIFY_ENUMERATE == 1u << 1 &&
		       PVSS_STORVSP_CHAN_FLAGS_NOTIFY_REMOVE == 2u << 1,
	       "notify_pending bits (storvsp_channel.c notify_ops) sit one above READY");

/* ------------------------------------------------------------------ */
/* Quiesce                                                              */

static int no_memory_luns(struct storvsp *s, void *arg)
{
	(void)arg;
	for (unsigned i = 0; i < STORVSP_MAX_LUNS; i++) {
		if (s->luns[i] && !strcmp(s->luns[i]->disk->kind, "memory")) {
			rt_log_err(&s->log,
				   "LUN %u is a memory disk: its data lives in this process and "
				   "cannot cross an update",
				   i);
			return -EOPNOTSUPP;
		}
	}
	return 0;
}

static unsigned retry_len(const struct storvsp_channel *c)
{
	const struct storvsp_req *r;
	unsigned n = 0;

	STAILQ_FOREACH(r, &c->retry, link)
		n++;
	return n;
}

/* The channels now (the server loop, which we run on, is the only one opening or closing them). */
static unsigned chans_snapshot(struct storvsp *s, struct storvsp_channel **out)
{
	unsigned n = 0;

	pthread_mutex_lock(&s->mu);
	for (unsigned i = 0; i <= VMBUS_MAX_SUBCHANNELS; i++)
		if (s->chans[i])
			out[n++] = s->chans[i];
	pthread_mutex_unlock(&s->mu);
	return n;
}

static int resume_luns(struct storvsp *s, void *arg);

void storvsp_unquiesce(struct storvsp *s)
{
	struct storvsp_channel *cs[VMBUS_MAX_SUBCHANNELS + 1];
	unsigned n = chans_snapshot(s, cs);

	storvsp_io_sync(s, resume_luns, NULL);

	for (unsigned i = 0; i < n; i++) {
		pthread_mutex_lock(&cs[i]->mu);
		cs[i]->draining = false;
		pthread_mutex_unlock(&cs[i]->mu);
	}
}

/* Which LUNs keep their device across the update (asked once per update: it logs). */
static int note_keeps(struct storvsp *s, void *arg)
{
	(void)arg;
	for (unsigned i = 0; i < STORVSP_MAX_LUNS; i++) {
		struct storvsp_lun *l = s->luns[i];

		if (l && l->keeps < 0)
			l->keeps = l->disk->ops->keeps && l->disk->ops->keeps(l->disk) == 0;
	}
	return 0;
}

/* Requests on channel c a save would carry: their completion is on a kept device. I/O thread. */
static unsigned carried_on(struct storvsp *s, struct storvsp_channel *c, struct storvsp_req **out,
			   struct disk_carry *dc)
{
	struct disk_carry none;
	unsigned n = 0;

	for (uint32_t k = 0; k < s->max_io; k++) {
		if (!storvsp_req_carried(s, &c->reqs[k], dc ? &dc[n] : &none))
			continue;
		if (out)
			out[n] = &c->reqs[k];
		n++;
	}
	return n;
}

struct uncarried {
	struct storvsp_channel **cs;
	unsigned n, left;
};

/* Requests still to complete before the save: outstanding, not owed to the ring, not carried. */
static int count_uncarried(struct storvsp *s, void *arg)
{
	struct uncarried *u = arg;

	u->left = 0;
	for (unsigned i = 0; i < u->n; i++) {
		struct storvsp_channel *c = u->cs[i];

		pthread_mutex_lock(&c->mu);
		u->left += c->outstanding - retry_len(c) - carried_on(s, c, NULL, NULL);
		pthread_mutex_unlock(&c->mu);
	}
	return 0;
}

static long ms_until(const struct timespec *dl)
{
	struct timespec now;

	clock_gettime(CLOCK_REALTIME, &now);
	return (dl->tv_sec - now.tv_sec) * 1000 + (dl->tv_nsec - now.tv_nsec) / 1000000;
}

int storvsp_quiesce(struct storvsp *s, unsigned timeout_ms)
{
	struct storvsp_channel *cs[VMBUS_MAX_SUBCHANNELS + 1];
	unsigned n = chans_snapshot(s, cs), left = 0;
	struct uncarried u = {cs, n, 0};
	struct timespec dl;
	bool busy_reset;
	int rc;

	if (!s->srv || s->inline_io)
		return -EOPNOTSUPP; /* a detached controller has no channels to save */
	rc = storvsp_io_sync(s, no_memory_luns, NULL);
	if (rc)
		return rc;
	storvsp_io_sync(s, note_keeps, NULL);
	rt_deadline_in_ms(&dl, timeout_ms);
	for (unsigned i = 0; i < n; i++) {
		pthread_mutex_lock(&cs[i]->mu);
		cs[i]->draining = true;
		pthread_mutex_unlock(&cs[i]->mu);
	}
	/*
	 * The channel workers are stopped: nothing new arrives, what is out
	 * completes; a request whose last step is on a kept device is carried
	 * instead (storvsp_save). Each release wakes us; a request becoming
	 * carryable (executed by the I/O thread) does not, so we look again at
	 * least every 10 ms.
	 */
	for (;;) {
		struct timespec slice;
		long ms = ms_until(&dl);

		storvsp_io_sync(s, count_uncarried, &u);
		if (!u.left || ms <= 0)
			break;
		rt_deadline_in_ms(&slice, (unsigned)rt_min(ms, 10L));
		pthread_mutex_lock(&cs[0]->mu);
		pthread_cond_timedwait(&cs[0]->cond, &cs[0]->mu, &slice);
		pthread_mutex_unlock(&cs[0]->mu);
	}
	left = u.left;
	/* Channels the guest closed with I/O still out: it must not cross the exec either. */
	{
		long ms = ms_until(&dl);

		left += storvsp_zombies_wait(s, ms > 0 ? (unsigned)ms : 0);
	}
	pthread_mutex_lock(&s->rmu);
	busy_reset = s->reset_active != NULL;
	pthread_mutex_unlock(&s->rmu);
	if (left) {
		rt_log_err(&s->log, "%u requests still on their backends after %u ms", left,
			   timeout_ms);
		rc = -ETIMEDOUT;
	} else if (busy_reset) {
		/* Its wait ends only when the guest takes the completions its full ring holds back. */
		rt_log_err(&s->log, "a bus reset waits for the guest to make room in its ring");
		rc = -EBUSY;
	}
	if (rc)
		storvsp_unquiesce(s);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Save                                                                 */

struct lun_save {
	struct rt_ss_writer *w;
	struct pvss_msg *m;
	unsigned n;
};

static int count_luns(struct storvsp *s, void *arg)
{
	unsigned *n = arg;

	for (unsigned i = 0; i < STORVSP_MAX_LUNS; i++)
		*n += s->luns[i] != NULL;
	return 0;
}

static int save_luns(struct storvsp *s, void *arg)
{
	struct lun_save *ls = arg;
	bool keep;
	int rc;

	note_keeps(s, NULL);
	for (unsigned i = 0; i < STORVSP_MAX_LUNS; i++) {
		const struct storvsp_lun *l = s->luns[i];
		struct pvss_storvsp_lun *r = &ls->m->u.storvsp_lun;
		if (!l)
			continue;
		memset(ls->m, 0, sizeof(*ls->m));
		ls->m->type = PVSS_REC_TYPE_STORVSP_LUN;
		r->lun = i;
		r->block_size = l->disk->block_size;
		r->nblocks = l->disk->nblocks;
		r->dev = l->dev;
		r->ino = l->ino;
		memcpy(r->kind, l->disk->kind, strnlen(l->disk->kind, sizeof(r->kind)));
		/* A backend that keeps its device across the exec (NVMe keep-alive) saves it. */
		keep = l->keeps == 1;
		r->backend_state = keep;
		rt_ss_put(ls->w, ls->m);
		if (keep && (rc = l->disk->ops->save(l->disk, ls->w)))
			return rc;
	}
	return 0;
}

/* After a refused update: backends that froze for their save run on (I/O thread). */
static int resume_luns(struct storvsp *s, void *arg)
{
	(void)arg;
	for (unsigned i = 0; i < STORVSP_MAX_LUNS; i++) {
		if (!s->luns[i])
			continue;
		s->luns[i]->keeps = -1;
		if (s->luns[i]->disk->ops->resume)
			s->luns[i]->disk->ops->resume(s->luns[i]->disk);
	}
	return 0;
}

/* The requests of a channel carried across the update, and what each waits for. */
struct carried_list {
	struct storvsp_channel *c;
	unsigned n;
	struct storvsp_req **r;
	struct disk_carry *dc;
};

static int collect_carried(struct storvsp *s, void *arg)
{
	struct carried_list *cl = arg;

	pthread_mutex_lock(&cl->c->mu);
	cl->n = carried_on(s, cl->c, cl->r, cl->dc);
	pthread_mutex_unlock(&cl->c->mu);
	return 0;
}

/* One STORVSP_IO: the request as the guest sent it, and the commands it waits on. */
static void put_io(struct rt_ss_writer *w, struct pvss_msg *m, const struct storvsp_req *q,
		   const struct disk_carry *dc)
{
	struct pvss_storvsp_io *io = &m->u.storvsp_io;
	uint32_t nw = 0;
	int n;

	memset(m, 0, sizeof(*m));
	m->type = PVSS_REC_TYPE_STORVSP_IO;
	io->sub = q->chan->sub;
	io->flags = q->want_reply ? PVSS_STORVSP_IO_FLAGS_WANT_REPLY : 0;
	io->trans_id = q->trans_id;
	n = storvsp_req_encode(q, io->packet, sizeof(io->packet));
	io->packet_len = n > 0 ? (uint32_t)n : 0; /* 0: the writer's record fails its check */
	io->nkids = dc->n;
	memcpy(io->kids, dc->tags, sizeof(*dc->tags) * dc->n);
	io->piece_errno = (uint32_t)-dc->status;
	io->sense = (uint32_t)dc->sense_key << 16 | dc->sense_asc;
	io->nranges = q->nranges;
	for (uint32_t i = 0; i < q->nranges; i++) {
		const struct rt_gpa_range *g = &q->ranges[i];

		io->words[nw++] = (uint64_t)g->len | (uint64_t)g->offset << 32;
		for (uint32_t k = 0; k < g->pfn_count; k++)
			io->words[nw++] = g->pfns[k];
	}
	io->nwords = io->words_count = nw;
	rt_ss_put(w, m);
}

static int save_chan(struct storvsp_channel *c, struct rt_ss_writer *w, struct pvss_msg *m)
{
	struct pvss_storvsp_channel *r = &m->u.storvsp_channel;
	struct storvsp *s = c->s;
	struct carried_list cl = {.c = c};
	const struct storvsp_req *q;
	int st = rt_fsm_state_index(init_state_names, RT_ARRAY_SIZE(init_state_names),
				    storvsc_init_fsm_state_name(&c->fsm));

	if (st < 0) {
		rt_log_err(&c->log, "cannot save the session in state %s",
			   storvsc_init_fsm_state_name(&c->fsm));
		return -EBUSY;
	}
	cl.r = calloc(s->max_io, sizeof(*cl.r));
	cl.dc = calloc(s->max_io, sizeof(*cl.dc));
	if (!cl.r || !cl.dc) {
		free(cl.r);
		free(cl.dc);
		return -ENOMEM;
	}
	/* The kept devices are frozen by now (save_luns): nothing of these moves any more. */
	storvsp_io_sync(s, collect_carried, &cl);
	memset(m, 0, sizeof(*m));
	m->type = PVSS_REC_TYPE_STORVSP_CHANNEL;
	r->sub = c->sub;
	r->relid = s->srv ? vmbus_chan_relid((struct vmbus_chan *)c->transport) : c->sub + 1u;
	r->state = c->sub ? PVSS_STORVSP_INIT_STATE_START : (uint32_t)st;
	r->version = c->version;
	pthread_mutex_lock(&c->mu);
	r->flags = (atomic_load(&c->ready) ? PVSS_STORVSP_CHAN_FLAGS_READY : 0) |
		   ((c->notify_pending << 1) & NOTIFY_FLAGS);
	r->replies = retry_len(c);
	r->ios = cl.n;
	rt_ss_put(w, m);
	STAILQ_FOREACH(q, &c->retry, link) {
		struct pvss_storvsp_reply *p = &m->u.storvsp_reply;
		memset(m, 0, sizeof(*m));
		m->type = PVSS_REC_TYPE_STORVSP_REPLY;
		p->trans_id = q->trans_id;
		p->reply_len = q->reply_len;
		p->reply_count = q->reply_len;
		memcpy(p->reply, q->reply, q->reply_len);
		rt_ss_put(w, m);
	}
	pthread_mutex_unlock(&c->mu);
	for (unsigned i = 0; i < cl.n; i++)
		put_io(w, m, cl.r[i], &cl.dc[i]);
	if (cl.n)
		rt_log_info(&c->log, "%u requests carried on the kept device, not drained", cl.n);
	free(cl.r);
	free(cl.dc);
	return w->err;
}

int storvsp_save(struct storvsp *s, struct rt_ss_writer *w)
{
	struct storvsp_channel *cs[VMBUS_MAX_SUBCHANNELS + 1];
	unsigned n = chans_snapshot(s, cs), nluns = 0;
	struct pvss_msg *m = rt_ss_msg_new(PVSS_REC_TYPE_STORVSP);
	struct lun_save ls = {w, m, 0};
	int rc = 0;

	if (!m)
		return -ENOMEM;
	storvsp_io_sync(s, count_luns, &nluns);
	m->u.storvsp.nluns = nluns;
	m->u.storvsp.nchannels = n;
	m->u.storvsp.io_limit = storvsp_max_outstanding(s, NULL);
	rt_ss_put(w, m);
	rc = storvsp_io_sync(s, save_luns, &ls);
	for (unsigned i = 0; rc == 0 && i < n; i++)
		rc = save_chan(cs[i], w, m);
	free(m);
	return rc ? rc : w->err;
}

/* ------------------------------------------------------------------ */
/* Restore                                                              */

/*
 * The commands the kept backends were left with on behalf of requests (each
 * LUN's backend names them as it takes its records), for the STORVSP_IO
 * records to be checked against: each may be named once.
 */
#define CARRY_SET_MAX 4096
struct carry_set {
	unsigned n;
	bool overflow;
	uint16_t lun; /* the LUN whose records are being taken */
	bool kept[STORVSP_MAX_LUNS];
	struct {
		uint16_t lun;
		bool used;
		uint32_t tag;
	} e[CARRY_SET_MAX];
};

static void carry_note(void *ctx, uint32_t tag)
{
	struct carry_set *cs = ctx;

	if (cs->n == CARRY_SET_MAX) {
		cs->overflow = true;
		return;
	}
	cs->e[cs->n].lun = cs->lun;
	cs->e[cs->n].used = false;
	cs->e[cs->n++].tag = tag;
}

/* Marks LUN lun's command `tag` as named; false if it is no such command or named already. */
static bool carry_take(struct carry_set *cs, uint16_t lun, uint32_t tag)
{
	for (unsigned i = 0; i < cs->n; i++) {
		if (cs->e[i].lun == lun && cs->e[i].tag == tag && !cs->e[i].used) {
			cs->e[i].used = true;
			return true;
		}
	}
	return false;
}

static const struct storvsp_lun_cfg *cfg_lun(const struct storvsp_lun_cfg *luns, unsigned n,
					     uint32_t lun)
{
	for (unsigned i = 0; i < n; i++)
		if (luns[i].lun == lun)
			return &luns[i];
	return NULL;
}

/* The reopened disk against its record, on the I/O thread. */
struct lun_match {
	const struct pvss_storvsp_lun *rec;
	char why[128];
};

static int match_lun(struct storvsp *s, void *arg)
{
	struct lun_match *lm = arg;
	const struct storvsp_lun *l = s->luns[lm->rec->lun];

	if (!l) {
		snprintf(lm->why, sizeof(lm->why), "not open");
		return -ENOENT;
	}
	if (l->disk->block_size != lm->rec->block_size || l->disk->nblocks != lm->rec->nblocks) {
		snprintf(lm->why, sizeof(lm->why),
			 "%llu blocks of %u bytes now, %llu of %u before the update",
			 (unsigned long long)l->disk->nblocks, l->disk->block_size,
			 (unsigned long long)lm->rec->nblocks, lm->rec->block_size);
		return -EINVAL;
	}
	if (l->dev != lm->rec->dev || l->ino != lm->rec->ino) {
		snprintf(lm->why, sizeof(lm->why), "another file than before the update");
		return -EINVAL;
	}
	return 0;
}

static int restore_lun(struct storvsp *s, struct rt_ss_reader *r, const struct pvss_storvsp_lun *l,
		       const struct storvsp_lun_cfg *luns, unsigned nluns, bool check_only,
		       struct carry_set *cset)
{
	const struct storvsp_lun_cfg *c = cfg_lun(luns, nluns, l->lun);
	char kind[sizeof(l->kind) + 1] = "";
	struct lun_match lm = {.rec = l};
	struct stat st;

	memcpy(kind, l->kind, sizeof(l->kind));
	if (!c)
		return rt_ss_fail(r, -EINVAL, "storvsp: LUN %u is not in the configuration",
				  l->lun);
	if (strcmp(kind, c->backend))
		return rt_ss_fail(r, -EINVAL, "storvsp: LUN %u was %s, the configuration says %s",
				  l->lun, kind, c->backend);
	if (!c->ext && !strcmp(c->backend, "file") &&
	    (stat(c->arg, &st) || (uint64_t)st.st_dev != l->dev || (uint64_t)st.st_ino != l->ino))
		return rt_ss_fail(r, -EINVAL, "storvsp: LUN %u: %s is not the file it was", l->lun,
				  c->arg);
	if (l->backend_state && !c->ext)
		return rt_ss_fail(r, -EINVAL, "storvsp: LUN %u (%s) keeps no backend state", l->lun,
				  kind);
	if (check_only) {
		struct disk_backend_env env = {.log = NULL,
					       .restore = r,
					       .check_only = true,
					       .carried = carry_note,
					       .carried_ctx = cset};
		struct disk *none = NULL;
		int rc;

		if (!l->backend_state)
			return 0;
		/* The kept backend's records, checked where they are (after this LUN's). */
		rc = c->ext->open(c->ext_cfg, &env, c->disk_flags, &none);
		if (rc && !r->err[0])
			rt_ss_fail(r, rc, "storvsp: LUN %u (%s): %s", l->lun, kind, strerror(-rc));
		return rc;
	}
	{
		struct storvsp_lun_cfg add = *c;
		int rc;

		add.restore = l->backend_state ? r : NULL;
		add.carried = carry_note;
		add.carried_ctx = cset;
		rc = storvsp_lun_add(s, &add);
		if (rc)
			return r->err[0] ? rc
					 : rt_ss_fail(r, rc, "storvsp: LUN %u (%s): %s", l->lun,
						      kind, strerror(-rc));
	}
	if (storvsp_io_sync(s, match_lun, &lm))
		return rt_ss_fail(r, -EINVAL, "storvsp: LUN %u (%s): %s", l->lun, kind, lm.why);
	return 0;
}

/* Checks a channel record against the controller and the records before it. */
static int check_chan(struct rt_ss_reader *r, const struct pvss_storvsp_channel *c,
		      const struct storvsp_opts *o, int prev_sub, const uint32_t *primary_version,
		      int *cs)
{
	uint32_t max_io = o->max_io ? o->max_io : STORVSP_DEFAULT_MAX_IO;
	uint32_t max_version =
		o->max_version ? o->max_version : storvsc_versions[STORVSC_VERSION_COUNT - 1];
	struct storvsc_init_fsm start;

	if ((int)c->sub <= prev_sub || c->sub > o->subchannels)
		return rt_ss_fail(r, -EINVAL, "storvsp: channel %u after %d, or above %u", c->sub,
				  prev_sub, o->subchannels);
	if (c->version && (!storvsc_version_name((uint16_t)c->version) || c->version > max_version))
		return rt_ss_fail(r, -EINVAL, "storvsp: channel %u: version 0x%x not spoken",
				  c->sub, c->version);
	if (c->sub && primary_version && c->version != *primary_version)
		return rt_ss_fail(r, -EINVAL,
				  "storvsp: subchannel %u speaks 0x%x, its primary 0x%x", c->sub,
				  c->version, *primary_version);
	if (c->sub && !(c->flags & PVSS_STORVSP_CHAN_FLAGS_READY))
		return rt_ss_fail(r, -EINVAL, "storvsp: subchannel %u not ready", c->sub);
	if (c->replies + c->ios > max_io)
		return rt_ss_fail(
			r, -EINVAL,
			"storvsp: channel %u owes %u replies and carries %u requests, pool "
			"of %u",
			c->sub, c->replies, c->ios, max_io);
	if (c->ios && !(c->flags & PVSS_STORVSP_CHAN_FLAGS_READY))
		return rt_ss_fail(
			r, -EINVAL,
			"storvsp: channel %u carries requests before its session is ready", c->sub);
	storvsc_init_fsm_init(&start);
	if (rt_fsm_reach(&init_walk, start.cs, init_state_names[c->state], cs))
		return rt_ss_fail(r, -EINVAL, "storvsp: no init state called %s",
				  init_state_names[c->state]);
	if (!c->sub && (c->state == PVSS_STORVSP_INIT_STATE_READY) !=
			       !!(c->flags & PVSS_STORVSP_CHAN_FLAGS_READY))
		return rt_ss_fail(r, -EINVAL, "storvsp: primary's ready flag and state %s disagree",
				  init_state_names[c->state]);
	return 0;
}

/* Rebuilds one channel on its restored vmbus_chan, replies queued for ring room. */
static int build_chan(struct storvsp *s, struct rt_ss_reader *r,
		      const struct pvss_storvsp_channel *rec, int cs, struct storvsp_channel **out)
{
	struct vmbus_chan *ch;
	struct storvsp_channel *c;
	int rc;

	if (!s->srv) {
		/* A detached controller (tests): its caller opened the channels again. */
		pthread_mutex_lock(&s->mu);
		c = s->chans[rec->sub];
		pthread_mutex_unlock(&s->mu);
		if (!c)
			return rt_ss_fail(r, -EINVAL, "storvsp: channel %u is not open", rec->sub);
		goto set;
	}
	ch = rec->sub ? vmbus_server_restored_chan(s->srv, rec->relid) : s->chan;
	if (!ch || vmbus_chan_relid(ch) != rec->relid ||
	    vmbus_chan_subchannel_index(ch) != rec->sub || !vmbus_chan_restored_open(ch))
		return rt_ss_fail(r, -EINVAL,
				  "storvsp: channel %u (relid %u) is not one of ours open on the "
				  "restored VMBus",
				  rec->sub, rec->relid);
	rc = storvsp_channel_open(s, &storvsp_vmbus_transport, ch, (uint16_t)rec->sub, &c);
	if (rc)
		return rt_ss_fail(r, rc, "storvsp: channel %u: %s", rec->sub, strerror(-rc));
set:
	c->fsm.cs = cs;
	c->version = rec->version;
	atomic_store(&c->ready, (rec->flags & PVSS_STORVSP_CHAN_FLAGS_READY) != 0);
	c->notify_pending = (rec->flags & NOTIFY_FLAGS) >> 1;
	*out = c;
	return 0;
}

/* A saved completion goes back on c's retry list, holding a request of the pool. */
static void queue_reply(struct storvsp_channel *c, const struct pvss_storvsp_reply *p)
{
	struct storvsp_req *q;

	pthread_mutex_lock(&c->mu);
	q = STAILQ_FIRST(&c->free); /* check_chan bounded the count by the pool */
	STAILQ_REMOVE_HEAD(&c->free, link);
	q->busy = true;
	q->kind = STORVSP_REQ_REPLY;
	q->want_reply = true;
	q->trans_id = p->trans_id;
	q->reply_len = p->reply_len;
	memcpy(q->reply, p->reply, p->reply_len);
	c->outstanding++;
	STAILQ_INSERT_TAIL(&c->retry, q, link);
	pthread_mutex_unlock(&c->mu);
}

/* A STORVSP_IO's buffer: its words back into GPA ranges (pfns into `pfns`), shape checked. */
static int io_ranges(struct rt_ss_reader *r, const struct pvss_storvsp_io *io, uint32_t max_pfns,
		     struct rt_gpa_range *g, uint64_t *pfns, uint64_t *total)
{
	uint32_t w = 0, npfn = 0;

	*total = 0;
	for (uint32_t i = 0; i < io->nranges; i++) {
		uint32_t len, off, pages;

		if (w >= io->words_count)
			break;
		len = (uint32_t)io->words[w];
		off = (uint32_t)(io->words[w++] >> 32);
		pages = off < RT_PAGE_SIZE && len ? rt_gpa_range_pages(off, len) : 0;
		if (!pages || pages > io->words_count - w || pages > max_pfns - npfn)
			return rt_ss_fail(
				r, -EINVAL,
				"storvsp: carried request %llu: range %u (%u bytes at %u) "
				"out of shape",
				(unsigned long long)io->trans_id, i, len, off);
		memcpy(pfns + npfn, &io->words[w], (size_t)pages * sizeof(*pfns));
		g[i] = (struct rt_gpa_range){
			.len = len, .offset = off, .pfn_count = pages, .pfns = pfns + npfn};
		w += pages;
		npfn += pages;
		*total += len;
	}
	if (w != io->words_count)
		return rt_ss_fail(r, -EINVAL,
				  "storvsp: carried request %llu: %u range words for %u ranges",
				  (unsigned long long)io->trans_id, io->words_count, io->nranges);
	return 0;
}

/*
 * Checks a STORVSP_IO as the guest's request it is (decoded again: an
 * EXECUTE_SRB of the channel's version, a READ, WRITE or SYNCHRONIZE CACHE
 * to a kept LUN, a buffer that holds the transfer) and its commands against
 * what the LUN's backend was left with (each named once).
 */
static int check_io(struct rt_ss_reader *r, const struct pvss_storvsp_io *io,
		    const struct pvss_storvsp_channel *ch, const struct storvsp_opts *o,
		    struct carry_set *cset, struct rt_gpa_range *g, uint64_t *pfns)
{
	struct pv_codec_ctx cx = {.version = ch->version, .dir = PV_DIR_TO_HOST};
	uint32_t max_transfer = o->max_transfer ? o->max_transfer : STORVSP_DEFAULT_MAX_TRANSFER;
	struct storvsc_scsi_request q;
	struct storvsc_msg m;
	struct scsi_cdb cdb;
	uint64_t total;
	int rc;

	if (io->sub != ch->sub)
		return rt_ss_fail(r, -EINVAL,
				  "storvsp: channel %u's carried request names channel %u", ch->sub,
				  io->sub);
	if (storvsc_msg_decode(io->packet, io->packet_len, &cx, &m) != PV_OK ||
	    m.type != STORVSC_OPERATION_EXECUTE_SRB)
		return rt_ss_fail(r, -EINVAL,
				  "storvsp: carried request %llu is no EXECUTE_SRB of version 0x%x",
				  (unsigned long long)io->trans_id, ch->version);
	if (m.variant == STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET) {
		q = m.u.srb_packet.srb;
	} else {
		memset(&q, 0, sizeof(q));
		q.lun = m.u.execute_srb.srb.lun;
		q.path_id = m.u.execute_srb.srb.path_id;
		q.target_id = m.u.execute_srb.srb.target_id;
		q.cdb_length = m.u.execute_srb.srb.cdb_length;
		q.data_transfer_length = m.u.execute_srb.srb.data_transfer_length;
		memcpy(q.cdb, m.u.execute_srb.srb.cdb, sizeof(m.u.execute_srb.srb.cdb));
	}
	if (q.cdb_length == 0 || q.cdb_length > STORVSC_CDB_MAX ||
	    scsi_cdb_decode(q.cdb, q.cdb_length, &cdb) ||
	    (cdb.kind != SCSI_KIND_READ && cdb.kind != SCSI_KIND_WRITE &&
	     cdb.kind != SCSI_KIND_SYNC))
		return rt_ss_fail(r, -EINVAL,
				  "storvsp: carried request %llu: not a READ, WRITE or SYNCHRONIZE "
				  "CACHE",
				  (unsigned long long)io->trans_id);
	if (q.path_id || q.target_id || q.lun >= STORVSP_MAX_LUNS || !cset->kept[q.lun])
		return rt_ss_fail(
			r, -EINVAL,
			"storvsp: carried request %llu: LUN %u is not one kept across the "
			"update",
			(unsigned long long)io->trans_id, q.lun);
	if (q.data_transfer_length > max_transfer)
		return rt_ss_fail(r, -EINVAL, "storvsp: carried request %llu: %u bytes",
				  (unsigned long long)io->trans_id, q.data_transfer_length);
	rc = io_ranges(r, io, max_transfer / RT_PAGE_SIZE + 1, g, pfns, &total);
	if (rc)
		return rc;
	if (total < q.data_transfer_length || (q.data_transfer_length && !io->nranges))
		return rt_ss_fail(r, -EINVAL,
				  "storvsp: carried request %llu: %llu bytes of buffer for %u",
				  (unsigned long long)io->trans_id, (unsigned long long)total,
				  q.data_transfer_length);
	for (uint32_t i = io->nkids; i < RT_ARRAY_SIZE(io->kids); i++)
		if (io->kids[i])
			return rt_ss_fail(r, -EINVAL,
					  "storvsp: carried request %llu: command %u of %u named",
					  (unsigned long long)io->trans_id, i, io->nkids);
	if (cset->overflow)
		return rt_ss_fail(r, -E2BIG, "storvsp: more than %u commands carried",
				  CARRY_SET_MAX);
	for (uint32_t i = 0; i < io->nkids; i++)
		if (io->kids[i] != DISK_CARRY_DONE && !carry_take(cset, q.lun, io->kids[i]))
			return rt_ss_fail(r, -EINVAL,
					  "storvsp: carried request %llu: command 0x%08x is none "
					  "LUN %u's device was left with, or is named twice",
					  (unsigned long long)io->trans_id, io->kids[i], q.lun);
	return 0;
}

struct io_adopt {
	struct storvsp_req *q;
	struct disk_carry dc;
};

static int adopt_fn(struct storvsp *s, void *arg)
{
	struct io_adopt *a = arg;

	return storvsp_req_adopt(s, a->q, &a->dc);
}

/* A carried request back on channel c, executing on its LUN again (the device has it). */
static int restore_io(struct storvsp_channel *c, struct rt_ss_reader *r,
		      const struct pvss_storvsp_io *io, const struct rt_gpa_range *g)
{
	struct vmbus_pkt pkt = {
		.type = io->nranges ? VMRING_PKT_DATA_USING_GPA_DIRECT : VMRING_PKT_DATA_INBAND,
		.flags = (io->flags & PVSS_STORVSP_IO_FLAGS_WANT_REPLY)
				 ? VMRING_PKT_FLAGS_COMPLETION_REQUESTED
				 : 0,
		.trans_id = io->trans_id,
		.data = io->packet,
		.len = io->packet_len,
		.ranges = g,
		.range_count = io->nranges,
		.ranges_err = PV_OK,
	};
	struct io_adopt a = {.dc = {.n = io->nkids,
				    .status = -(int)io->piece_errno,
				    .sense_key = (uint8_t)(io->sense >> 16),
				    .sense_asc = (uint16_t)io->sense}};
	struct storvsp_req *q;
	int rc;

	memcpy(a.dc.tags, io->kids, sizeof(a.dc.tags));
	pthread_mutex_lock(&c->mu);
	q = STAILQ_FIRST(&c->free); /* check_chan bounded replies + ios by the pool */
	STAILQ_REMOVE_HEAD(&c->free, link);
	q->busy = true;
	c->outstanding++;
	pthread_mutex_unlock(&c->mu);
	a.q = q;
	/* Checked against guest memory, and executed up to its command, as on arrival. */
	rc = storvsp_req_prepare(c, q, &pkt);
	if (rc)
		rc = rt_ss_fail(r, rc,
				"storvsp: carried request %llu: refused as the guest's "
				"request (the reason is above)",
				(unsigned long long)io->trans_id);
	else if ((rc = storvsp_io_sync(c->s, adopt_fn, &a)))
		rc = rt_ss_fail(r, rc, "storvsp: carried request %llu: its device commands: %s",
				(unsigned long long)io->trans_id, strerror(-rc));
	if (rc) {
		pthread_mutex_lock(&c->mu);
		q->busy = false;
		STAILQ_INSERT_HEAD(&c->free, q, link);
		c->outstanding--;
		pthread_mutex_unlock(&c->mu);
	}
	return rc;
}

/* Every subchannel that came back open must have been rebuilt from its record. */
static int check_subchannels(struct storvsp *s, struct rt_ss_reader *r)
{
	uint32_t relids[VMBUS_MAX_SUBCHANNELS];
	unsigned n =
		vmbus_server_restored_subchannels(s->srv, s->chan, relids, VMBUS_MAX_SUBCHANNELS);
	bool found;

	for (unsigned i = 0; i < n && i < VMBUS_MAX_SUBCHANNELS; i++) {
		found = false;
		pthread_mutex_lock(&s->mu);
		for (unsigned k = 1; k <= VMBUS_MAX_SUBCHANNELS && !found; k++)
			found = s->chans[k] &&
				vmbus_chan_relid((struct vmbus_chan *)s->chans[k]->transport) ==
					relids[i];
		pthread_mutex_unlock(&s->mu);
		if (!found)
			return rt_ss_fail(r, -EINVAL,
					  "storvsp: subchannel relid %u is open but has no record",
					  relids[i]);
	}
	return 0;
}

int storvsp_restore(struct storvsp *s, struct rt_ss_reader *r, const struct storvsp_opts *o,
		    const struct storvsp_lun_cfg *luns, unsigned nluns, bool check_only)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	struct carry_set *cset = calloc(1, sizeof(*cset));
	struct rt_gpa_range g[STORVSP_MAX_RANGES];
	uint64_t *pfns = calloc(PVSS_STORVSP_IO_WORDS_MAX, sizeof(*pfns));
	uint64_t *ids = calloc(4096, sizeof(*ids)); /* a channel's carried trans_ids (<= 4096) */
	struct pvss_storvsp hdr;
	uint32_t primary_version = 0;
	uint32_t max_io = o->max_io ? o->max_io : STORVSP_DEFAULT_MAX_IO;
	unsigned nreplies = 0, nrelids = 0, nios = 0;
	uint32_t relids[65], primary_relid = 0;
	int prev = -1, rc = 0;
	bool have_primary = false;

	if (!m || !cset || !pfns || !ids) {
		rc = -ENOMEM;
		goto out;
	}
	if (rt_ss_take(r, PVSS_REC_TYPE_STORVSP, m)) {
		rc = rt_ss_fail(r, -EINVAL, "storvsp: no STORVSP record");
		goto out;
	}
	hdr = m->u.storvsp;
	if (hdr.nluns != nluns || hdr.io_limit > max_io) {
		rc = rt_ss_fail(r, -EINVAL,
				"storvsp: %u LUNs and a limit of %u saved; the configuration has "
				"%u LUNs and a pool of %u",
				hdr.nluns, hdr.io_limit, nluns, max_io);
		goto out;
	}
	for (uint32_t i = 0; i < hdr.nluns; i++) {
		if (rt_ss_take(r, PVSS_REC_TYPE_STORVSP_LUN, m)) {
			rc = rt_ss_fail(r, -EINVAL, "storvsp: LUN record %u of %u missing", i,
					hdr.nluns);
			goto out;
		}
		cset->lun = (uint16_t)m->u.storvsp_lun.lun;
		cset->kept[m->u.storvsp_lun.lun] = m->u.storvsp_lun.backend_state != 0;
		rc = restore_lun(s, r, &m->u.storvsp_lun, luns, nluns, check_only, cset);
		if (rc)
			goto out;
	}
	for (uint32_t i = 0; i < hdr.nchannels; i++) {
		struct pvss_storvsp_channel rec;
		struct storvsp_channel *c = NULL;
		int cs;

		if (rt_ss_take(r, PVSS_REC_TYPE_STORVSP_CHANNEL, m)) {
			rc = rt_ss_fail(r, -EINVAL, "storvsp: channel record %u of %u missing", i,
					hdr.nchannels);
			goto out;
		}
		rec = m->u.storvsp_channel;
		rc = check_chan(r, &rec, o, prev, have_primary ? &primary_version : NULL, &cs);
		if (rc)
			goto out;
		if (rec.sub == 0) {
			primary_version = rec.version;
			primary_relid = rec.relid;
			have_primary = true;
		}
		if (nrelids < sizeof(relids) / sizeof(relids[0]))
			relids[nrelids++] = rec.relid;
		prev = (int)rec.sub;
		if (!check_only && (rc = build_chan(s, r, &rec, cs, &c)))
			goto out;
		for (uint32_t k = 0; k < rec.replies; k++) {
			if (rt_ss_take(r, PVSS_REC_TYPE_STORVSP_REPLY, m)) {
				rc = rt_ss_fail(r, -EINVAL,
						"storvsp: channel %u: reply %u of %u missing",
						rec.sub, k, rec.replies);
				goto out;
			}
			if (c)
				queue_reply(c, &m->u.storvsp_reply);
			nreplies++;
		}
		for (uint32_t k = 0; k < rec.ios; k++) {
			const struct pvss_storvsp_io *io = &m->u.storvsp_io;

			if (rt_ss_take(r, PVSS_REC_TYPE_STORVSP_IO, m)) {
				rc = rt_ss_fail(r, -EINVAL,
						"storvsp: channel %u: carried request %u of %u "
						"missing",
						rec.sub, k, rec.ios);
				goto out;
			}
			rc = check_io(r, io, &rec, o, cset, g, pfns);
			if (rc)
				goto out;
			for (uint32_t j = 0; j < k; j++) {
				if (ids[j] == io->trans_id) {
					rc = rt_ss_fail(r, -EINVAL,
							"storvsp: channel %u carries request %llu "
							"twice",
							rec.sub, (unsigned long long)io->trans_id);
					goto out;
				}
			}
			ids[k] = io->trans_id;
			if (c && (rc = restore_io(c, r, io, g)))
				goto out;
			nios++;
		}
	}
	/* An open channel without its session would swallow the guest's packets. */
	if (!check_only && !have_primary && s->chan && vmbus_chan_restored_open(s->chan)) {
		rc = rt_ss_fail(r, -EINVAL,
				"storvsp: the primary channel is open but has no record");
		goto out;
	}
	if (!check_only && s->chan && (rc = check_subchannels(s, r)))
		goto out;
	/* The same without a restored VMBus: the subchannels its records name open. */
	for (uint32_t i = 0; check_only && have_primary && i < r->nopen_subs; i++) {
		bool found = false;
		if (r->open_subs[i][1] != primary_relid)
			continue;
		for (unsigned k = 0; k < nrelids && !found; k++)
			found = relids[k] == r->open_subs[i][0];
		if (!found) {
			rc = rt_ss_fail(r, -EINVAL,
					"storvsp: subchannel relid %u is open but has no record",
					r->open_subs[i][0]);
			goto out;
		}
	}
	if (!check_only) {
		storvsp_set_max_outstanding(s, hdr.io_limit);
		rt_log_info(&s->log,
			    "restored: %u LUNs, %u channels, %u replies owed, %u requests carried "
			    "in flight",
			    nluns, hdr.nchannels, nreplies, nios);
	}
out:
	rt_ss_msg_release(m);
	free(cset);
	free(pfns);
	free(ids);
	return rc;
}
