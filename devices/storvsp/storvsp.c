/*
 * storvsp controller: the offer, the VMBus channel glue, the I/O thread that
 * owns the disks, LUN addressing and hot add/remove (see storvsp.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "devices/scsi/scsi_cdb.h"
#include "devices/scsi/scsi_sense.h"
#include "devices/storvsp/storvsp_priv.h"
#include "devices/storvsp/storvsp_save.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_server.h"
#include "pvss_codec.h"
#include "scsi_codec.h"

/* ------------------------------------------------------------------ */
/* I/O thread                                                           */

static void lun_free(struct storvsp_lun *l)
{
	scsi_disk_destroy(l->sd);
	disk_close(l->disk);
	free(l);
}

/* Closes removed LUNs whose last command completed. I/O thread. */
static void reap_dying(struct storvsp *s)
{
	struct storvsp_lun *l, *next;

	TAILQ_FOREACH_SAFE(l, &s->dying, link, next) {
		if (scsi_disk_inflight(l->sd) == 0 && l->disk->inflight == 0) {
			TAILQ_REMOVE(&s->dying, l, link);
			lun_free(l);
		}
	}
}

/* Sense data as key << 16 | asc << 8 | ascq (0: none or not understood). */
static uint32_t sense_code(const uint8_t *sense, size_t len)
{
	struct scsi_sense_fixed f;
	struct scsi_sense_desc d;

	if (scsi_sense_fixed_decode(sense, len, NULL, &f) == PV_OK &&
	    (f.response_code == SCSI_SENSE_FORMAT_FIXED_CURRENT ||
	     f.response_code == SCSI_SENSE_FORMAT_FIXED_DEFERRED))
		return (uint32_t)f.sense_key << 16 | (uint32_t)f.asc << 8 | f.ascq;
	if (scsi_sense_desc_decode(sense, len, NULL, &d) == PV_OK &&
	    (d.response_code == SCSI_SENSE_FORMAT_DESC_CURRENT ||
	     d.response_code == SCSI_SENSE_FORMAT_DESC_DEFERRED))
		return (uint32_t)d.sense_key << 16 | (uint32_t)d.asc << 8 | d.ascq;
	return 0;
}

/* Counts a command LUN `lun` executed; res NULL: it could not be started. I/O thread. */
static void lun_count(struct storvsp *s, const struct storvsp_req *r, const struct scsi_result *res)
{
	struct storvsp_lun_counts *n = &s->lun_st[r->srb.lun];
	uint32_t moved = res ? res->transferred : 0;

#define ADD(f, v) atomic_fetch_add_explicit(&n->f, (v), memory_order_relaxed)
	if (r->cdb_kind == SCSI_KIND_READ) {
		ADD(reads, 1);
		ADD(read_bytes, moved);
	} else if (r->cdb_kind == SCSI_KIND_WRITE) {
		ADD(writes, 1);
		ADD(written_bytes, moved);
	} else {
		ADD(other, 1);
	}
	if (!res || res->status != SCSI_STATUS_GOOD) {
		ADD(errors, 1);
		atomic_store_explicit(&n->last_error,
				      res ? sense_code(res->sense, res->sense_len) : 0,
				      memory_order_relaxed);
	}
#undef ADD
}

static void io_done(void *ctx, struct scsi_cmd *cmd)
{
	struct storvsp_req *r = ctx;
	const struct scsi_result *res = &cmd->result;
	uint8_t srb = res->status == SCSI_STATUS_GOOD ? STORVSC_SRB_STATUS_SUCCESS
						      : STORVSC_SRB_STATUS_ERROR;

	r->on_disk = false;
	lun_count(r->chan->s, r, res);
	storvsp_req_set_result(r, srb, res->status, res->transferred, res->sense, res->sense_len);
	storvsp_req_finish(r);
}

/*
 * Answers from our own buffer (REPORT LUNS, absent-LUN INQUIRY). Data goes
 * only into a buffer the guest declared data-in: a data-out buffer is the
 * guest's to read from, never ours to write (ILLEGAL REQUEST, INVALID FIELD
 * IN CDB, as a present LUN's scsi_disk answers the same command).
 */
static void reply_data(struct storvsp *s, struct storvsp_req *r, const uint8_t *buf, size_t n)
{
	if (n > r->srb.data_transfer_length)
		n = r->srb.data_transfer_length;
	if (n && r->dir != SCSI_DIR_IN) {
		struct scsi_sense_info si = {.key = SCSI_SK_ILLEGAL_REQUEST,
					     .asc = SCSI_ASC_INVALID_FIELD_IN_CDB};
		uint8_t sense[SCSI_SENSE_MAX];
		int len = scsi_sense_build(&si, 0, sense, sizeof(sense));

		rt_log_rl(&s->log, RT_LOG_WARN,
			  "request %llu: command 0x%02x to an absent LUN with a data-out buffer",
			  (unsigned long long)r->trans_id, r->srb.cdb[0]);
		storvsp_req_set_result(r, STORVSC_SRB_STATUS_ERROR, SCSI_STATUS_CHECK_CONDITION, 0,
				       sense, len > 0 ? (uint8_t)len : 0);
		storvsp_req_finish(r);
		return;
	}
	if (n && rt_gpa_copy_to(s->gmem, r->ranges, r->nranges, 0, buf, n)) {
		storvsp_req_set_result(r, STORVSC_SRB_STATUS_ERROR, 0, 0, NULL, 0);
		storvsp_req_finish(r);
		return;
	}
	storvsp_req_set_result(r, STORVSC_SRB_STATUS_SUCCESS, SCSI_STATUS_GOOD, (uint32_t)n, NULL,
			       0);
	storvsp_req_finish(r);
}

static void io_exec(struct storvsp *s, struct storvsp_req *r)
{
	const struct storvsc_scsi_request *q = &r->srb;
	bool here = q->path_id == 0 && q->target_id == 0;
	struct storvsp_lun *l = here && q->lun < STORVSP_MAX_LUNS ? s->luns[q->lun] : NULL;
	uint8_t buf[8 + 8 * STORVSP_MAX_LUNS];
	struct scsi_cdb cdb;
	bool decoded = scsi_cdb_decode(q->cdb, q->cdb_length, &cdb) == 0;
	int rc;

	/*
	 * Every target answers REPORT LUNS, an absent one with an empty list
	 * (as Hyper-V does): Linux's storvsc treats INVALID_LUN as "remove
	 * this device" and its scan of targets 1.. never finishes.
	 */
	if (decoded && cdb.kind == SCSI_KIND_REPORT_LUNS) {
		uint16_t luns[STORVSP_MAX_LUNS];
		size_t n = 0, len;
		for (uint16_t i = 0; here && i < STORVSP_MAX_LUNS; i++)
			if (s->luns[i])
				luns[n++] = i;
		len = scsi_report_luns_build(luns, n, buf, sizeof(buf));
		reply_data(s, r, buf, len < cdb.alloc_len ? len : cdb.alloc_len);
		return;
	}
	if (!l) {
		if (q->cdb[0] == SCSI_OP_INQUIRY) {
			size_t n = scsi_inquiry_absent(q->cdb, q->cdb_length, buf, sizeof(buf));
			reply_data(s, r, buf, n);
			return;
		}
		storvsp_req_set_result(r, STORVSC_SRB_STATUS_INVALID_LUN, 0, 0, NULL, 0);
		storvsp_req_finish(r);
		return;
	}
	r->cdb_kind = decoded ? cdb.kind : SCSI_KIND_OTHER;
	r->cmd = (struct scsi_cmd){
		.cdb = q->cdb,
		.parsed = decoded ? &cdb : NULL,
		.cdb_len = q->cdb_length,
		.dir = r->dir,
		.xfer_len = q->data_transfer_length,
		.segs = r->segs,
		.nsegs = r->nsegs,
		.cb = io_done,
		.ctx = r,
	};
	r->on_disk = true;
	rc = scsi_disk_execute(l->sd, &r->cmd);
	if (rc) {
		r->on_disk = false;
		rt_log_rl(&s->log, RT_LOG_WARN, "LUN %u: command 0x%02x not started: %s", q->lun,
			  q->cdb[0], strerror(-rc));
		lun_count(s, r, NULL);
		storvsp_req_set_result(r, STORVSC_SRB_STATUS_INTERNAL_ERROR, 0, 0, NULL, 0);
		storvsp_req_finish(r);
	}
}

bool storvsp_req_carried(struct storvsp *s, struct storvsp_req *r, struct disk_carry *dc)
{
	struct storvsp_lun *l;
	struct disk_req *dr;

	if (!r->busy || r->kind != STORVSP_REQ_SRB || !r->on_disk || r->srb.lun >= STORVSP_MAX_LUNS)
		return false;
	l = s->luns[r->srb.lun];
	if (!l || l->keeps != 1 || r->cmd.sd != l->sd)
		return false;
	/* Its buffer's ranges must fit the record (they do for every transfer we accept). */
	for (uint32_t i = 0, words = 0; i < r->nranges; i++) {
		words += 1 + r->ranges[i].pfn_count;
		if (words > PVSS_STORVSP_IO_WORDS_MAX)
			return false;
	}
	dr = scsi_disk_carried_req(&r->cmd);
	return dr && disk_carry(l->disk, dr, dc) == 0;
}

int storvsp_req_adopt(struct storvsp *s, struct storvsp_req *r, const struct disk_carry *dc)
{
	const struct storvsc_scsi_request *q = &r->srb;
	struct storvsp_lun *l = q->path_id == 0 && q->target_id == 0 && q->lun < STORVSP_MAX_LUNS
					? s->luns[q->lun]
					: NULL;
	struct disk_req *dr;
	struct scsi_cdb cdb;
	bool decoded = scsi_cdb_decode(q->cdb, q->cdb_length, &cdb) == 0;
	int rc;

	if (!l)
		return -ENOENT;
	r->cdb_kind = decoded ? cdb.kind : SCSI_KIND_OTHER;
	r->cmd = (struct scsi_cmd){
		.cdb = q->cdb,
		.cdb_len = q->cdb_length,
		.dir = r->dir,
		.xfer_len = q->data_transfer_length,
		.segs = r->segs,
		.nsegs = r->nsegs,
		.cb = io_done,
		.ctx = r,
	};
	rc = scsi_disk_adopt(l->sd, &r->cmd, &dr);
	if (rc)
		return rc;
	rc = disk_adopt(l->disk, dr, dc, false);
	if (rc) {
		/* Nothing reached the medium: the command is given back unexecuted. */
		scsi_disk_adopt_cancel(l->sd, &r->cmd);
		return rc;
	}
	r->on_disk = true;
	return 0;
}

static void q_fn(struct rt_work *wk)
{
	struct storvsp *s = rt_container_of(wk, struct storvsp, q_work);
	struct storvsp_req_list q = STAILQ_HEAD_INITIALIZER(q);
	struct storvsp_req *r;

	pthread_mutex_lock(&s->qmu);
	STAILQ_CONCAT(&q, &s->q);
	pthread_mutex_unlock(&s->qmu);
	/* io_exec may finish r, which puts it on another list: take it off first. */
	while ((r = STAILQ_FIRST(&q))) {
		STAILQ_REMOVE_HEAD(&q, link);
		io_exec(s, r);
	}
	if (!TAILQ_EMPTY(&s->dying))
		reap_dying(s);
}

void storvsp_io_submit(struct storvsp *s, struct storvsp_req *r)
{
	int rc;

	/*
	 * Requests of the channels served by the I/O loop's worker (the
	 * primary, and subchannels the server put on the same worker) run
	 * here and now; those of channels on other workers are handed over.
	 */
	if (s->inline_io || rt_loop_on_thread(s->io)) {
		io_exec(s, r);
		return;
	}
	pthread_mutex_lock(&s->qmu);
	STAILQ_INSERT_TAIL(&s->q, r, link);
	pthread_mutex_unlock(&s->qmu);
	rc = rt_worker_call(s->worker, &s->q_work, q_fn);
	if (rc && rc != -EALREADY)
		rt_log_rl(&s->log, RT_LOG_ERROR, "I/O thread: %s", strerror(-rc));
}

/* Runs fn(s, arg) on the I/O thread and waits for it. */
struct io_sync {
	struct rt_work wk;
	struct storvsp *s;
	int (*fn)(struct storvsp *s, void *arg);
	void *arg;
	int rc;
	bool done;
	pthread_mutex_t mu;
	pthread_cond_t cond;
};

static void io_sync_fn(struct rt_work *wk)
{
	struct io_sync *y = rt_container_of(wk, struct io_sync, wk);
	int rc = y->fn(y->s, y->arg);

	pthread_mutex_lock(&y->mu);
	y->rc = rc;
	y->done = true;
	pthread_cond_signal(&y->cond);
	pthread_mutex_unlock(&y->mu);
}

static int io_sync(struct storvsp *s, int (*fn)(struct storvsp *s, void *arg), void *arg)
{
	struct io_sync y = {.s = s, .fn = fn, .arg = arg};
	int rc;

	if (s->inline_io)
		return fn(s, arg);
	pthread_mutex_init(&y.mu, NULL);
	pthread_cond_init(&y.cond, NULL);
	rc = rt_worker_call(s->worker, &y.wk, io_sync_fn);
	if (!rc) {
		pthread_mutex_lock(&y.mu);
		while (!y.done)
			pthread_cond_wait(&y.cond, &y.mu);
		pthread_mutex_unlock(&y.mu);
		rc = y.rc;
	}
	pthread_mutex_destroy(&y.mu);
	pthread_cond_destroy(&y.cond);
	return rc;
}

int storvsp_io_sync(struct storvsp *s, int (*fn)(struct storvsp *s, void *arg), void *arg)
{
	return io_sync(s, fn, arg);
}

/* ------------------------------------------------------------------ */
/* LUNs                                                                 */

static void notify_primary(struct storvsp *s, uint32_t op)
{
	pthread_mutex_lock(&s->mu);
	struct storvsp_channel *c = s->chans[0];
	if (c && atomic_load(&c->ready))
		storvsp_channel_notify(c, op);
	pthread_mutex_unlock(&s->mu);
}

static int lun_add_fn(struct storvsp *s, void *arg)
{
	const struct storvsp_lun_cfg *c = arg;
	struct scsi_disk_params sp = {.lun = c->lun, .max_transfer_bytes = s->max_transfer};
	char serial[32];
	struct storvsp_lun *l;
	struct stat st;
	int rc;

	if (s->luns[c->lun])
		return -EEXIST;
	l = calloc(1, sizeof(*l));
	if (!l)
		return -ENOMEM;
	l->lun = c->lun;
	l->keeps = -1;
	if (c->ext) {
		char name[24];
		struct disk_backend_env env = {.loop = s->io,
					       .gmem = s->gmem,
					       .log = s->log.log,
					       .name = name,
					       .restore = c->restore,
					       .carried = c->carried,
					       .carried_ctx = c->carried_ctx};

		snprintf(name, sizeof(name), "%s/%u", s->name, c->lun);
		rc = c->ext->open(c->ext_cfg, &env, c->disk_flags, &l->disk);
	} else {
		rc = disk_open(c->backend, c->arg, c->disk_flags, s->io, &l->disk);
	}
	if (rc) {
		free(l);
		return rc;
	}
	snprintf(serial, sizeof(serial), "%02x%02x%02x%02x-%u", s->instance[0], s->instance[1],
		 s->instance[2], s->instance[3], c->lun);
	sp.serial = c->serial ? c->serial : serial;
	rc = scsi_disk_create(l->disk, &sp, &l->sd);
	if (rc) {
		disk_close(l->disk);
		free(l);
		return rc;
	}
	/* Its identity, which a live update checks the reopened file against. */
	if (!c->ext && !strcmp(c->backend, "file") && stat(c->arg, &st) == 0) {
		l->dev = (uint64_t)st.st_dev;
		l->ino = (uint64_t)st.st_ino;
	}
	s->luns[c->lun] = l;
	struct storvsp_lun_counts *n = &s->lun_st[c->lun];
	atomic_store_explicit(&n->reads, 0, memory_order_relaxed);
	atomic_store_explicit(&n->writes, 0, memory_order_relaxed);
	atomic_store_explicit(&n->other, 0, memory_order_relaxed);
	atomic_store_explicit(&n->read_bytes, 0, memory_order_relaxed);
	atomic_store_explicit(&n->written_bytes, 0, memory_order_relaxed);
	atomic_store_explicit(&n->errors, 0, memory_order_relaxed);
	atomic_store_explicit(&n->last_error, 0, memory_order_relaxed);
	atomic_store_explicit(&n->present, true, memory_order_relaxed);
	return 0;
}

int storvsp_lun_add(struct storvsp *s, const struct storvsp_lun_cfg *l)
{
	int rc;

	if (l->lun >= STORVSP_MAX_LUNS || !l->backend || (!l->arg && !l->ext))
		return -EINVAL;
	rc = io_sync(s, lun_add_fn, (void *)l);
	if (rc) {
		rt_log_err(&s->log, "LUN %u (%s %s): %s", l->lun, l->backend, l->arg ? l->arg : "",
			   strerror(-rc));
		return rc;
	}
	rt_log_info(&s->log, "LUN %u: %s%s%s", l->lun, l->backend, l->arg ? " " : "",
		    l->arg ? l->arg : "");
	notify_primary(s, STORVSC_OPERATION_ENUMERATE_BUS);
	return 0;
}

static void reap_timer_fn(struct rt_timer *t)
{
	struct storvsp *s = rt_container_of(t, struct storvsp, reap_timer);

	reap_dying(s);
	if (TAILQ_EMPTY(&s->dying))
		rt_timer_stop(t);
}

static int lun_remove_fn(struct storvsp *s, void *arg)
{
	uint16_t lun = *(uint16_t *)arg;
	struct storvsp_lun *l = s->luns[lun];

	if (!l)
		return -ENOENT;
	s->luns[lun] = NULL;
	atomic_store_explicit(&s->lun_st[lun].present, false, memory_order_relaxed);
	TAILQ_INSERT_HEAD(&s->dying, l, link);
	reap_dying(s);
	/* Commands still running: close the disk once they completed. */
	if (!TAILQ_EMPTY(&s->dying) && !rt_timer_active(&s->reap_timer))
		rt_timer_start(&s->reap_timer, 0.01, 0.01);
	return 0;
}

int storvsp_lun_remove(struct storvsp *s, uint16_t lun)
{
	int rc;

	if (lun >= STORVSP_MAX_LUNS)
		return -ENOENT;
	rc = io_sync(s, lun_remove_fn, &lun);
	if (rc)
		return rc;
	rt_log_info(&s->log, "LUN %u removed", lun);
	notify_primary(s, STORVSC_OPERATION_REMOVE_DEVICE);
	return 0;
}

/* ------------------------------------------------------------------ */
/* VMBus glue                                                           */

static int vt_send(void *transport, uint16_t type, uint16_t flags, uint64_t trans_id,
		   const void *data, size_t len)
{
	return vmbus_chan_send_ext(transport, type, flags, trans_id, NULL, 0, data, len);
}

static void vt_kick(void *transport)
{
	vmbus_chan_kick(transport);
}

static int vt_offer_sub(void *transport, uint16_t count)
{
	return vmbus_chan_offer_subchannels(transport, count);
}

const struct storvsp_channel_ops storvsp_vmbus_transport = {
	.send = vt_send,
	.kick = vt_kick,
	.offer_subchannels = vt_offer_sub,
};

static struct storvsp_channel *chan_of(struct storvsp *s, struct vmbus_chan *ch)
{
	uint16_t sub = vmbus_chan_subchannel_index(ch);

	return sub <= VMBUS_MAX_SUBCHANNELS ? s->chans[sub] : NULL;
}

static int ch_open(void *ctx, struct vmbus_chan *ch, const uint8_t user_data[120])
{
	struct storvsp *s = ctx;
	struct storvsp_channel *c;

	return storvsp_channel_open(s, &storvsp_vmbus_transport, ch,
				    vmbus_chan_subchannel_index(ch), &c);
}

static void ch_close(void *ctx, struct vmbus_chan *ch)
{
	struct storvsp *s = ctx;
	struct storvsp_channel *c;

	pthread_mutex_lock(&s->mu);
	c = chan_of(s, ch);
	pthread_mutex_unlock(&s->mu);
	if (c)
		storvsp_channel_close(c);
}

static int ch_packet(void *ctx, struct vmbus_chan *ch, const struct vmbus_pkt *pkt)
{
	/* chans[sub] is set before the worker starts delivering and cleared after it stopped. */
	struct storvsp_channel *c = chan_of(ctx, ch);

	return c ? storvsp_channel_packet(c, pkt) : 0;
}

static void ch_send_space(void *ctx, struct vmbus_chan *ch)
{
	struct storvsp_channel *c = chan_of(ctx, ch);

	if (c)
		storvsp_channel_send_space(c);
}

static const struct vmbus_chan_ops storvsp_chan_ops = {
	.open = ch_open,
	.close = ch_close,
	.on_packet = ch_packet,
	.on_send_space = ch_send_space,
};

/* ------------------------------------------------------------------ */
/* Create / destroy                                                     */

/* own_io: a detached controller without io_loop runs its I/O on a worker of its own. */
static int create_common(const struct storvsp_opts *o, struct rt_gmem *gmem, bool own_io,
			 struct storvsp **out)
{
	struct storvsp *s;
	int rc;

	if (!o->log ||
	    (o->max_transfer &&
	     (o->max_transfer % RT_PAGE_SIZE || o->max_transfer > (64u << 20))) ||
	    o->subchannels > VMBUS_MAX_SUBCHANNELS)
		return -EINVAL;
	s = calloc(1, sizeof(*s));
	if (!s)
		return -ENOMEM;
	STAILQ_INIT(&s->q);
	STAILQ_INIT(&s->reset_q);
	TAILQ_INIT(&s->dying);
	s->gmem = gmem;
	memcpy(s->instance, o->instance, 16);
	s->max_sub = o->subchannels;
	s->max_io = o->max_io ? o->max_io : STORVSP_DEFAULT_MAX_IO;
	atomic_init(&s->io_limit, s->max_io);
	s->max_transfer = o->max_transfer ? o->max_transfer : STORVSP_DEFAULT_MAX_TRANSFER;
	s->max_pfns = s->max_transfer / RT_PAGE_SIZE + 1;
	rt_budget_init(&s->budget, o->budget ? o->budget : STORVSP_DEFAULT_BUDGET, NULL);
	/* Every version the spec lists, unless told otherwise. */
	s->max_version =
		o->max_version ? o->max_version : storvsc_versions[STORVSC_VERSION_COUNT - 1];
	rt_log_obj_init(&s->log, o->log, "storvsp[%s]", o->name ? o->name : "scsi");
	snprintf(s->name, sizeof(s->name), "%s", o->name ? o->name : "scsi");
	pthread_mutex_init(&s->qmu, NULL);
	pthread_mutex_init(&s->mu, NULL);
	pthread_mutex_init(&s->rmu, NULL);
	TAILQ_INIT(&s->zombies);
	pthread_cond_init(&s->zcond, NULL);
	if (o->io_loop) {
		s->io = o->io_loop;
		s->inline_io = true;
	} else if (own_io) {
		rc = rt_worker_start(&s->own, "storvsp-io");
		if (rc) {
			free(s);
			return rc;
		}
		s->worker = &s->own;
		s->io = s->own.loop;
		s->own_worker = true;
	}
	if (s->io)
		rt_timer_init(&s->reap_timer, s->io, reap_timer_fn);
	*out = s;
	return 0;
}

int storvsp_create_detached(struct rt_gmem *gmem, const struct storvsp_opts *o,
			    struct storvsp **out)
{
	return create_common(o, gmem, true, out);
}

int storvsp_create(struct vmbus_server *srv, const struct storvsp_opts *o, struct storvsp **out)
{
	struct vmbus_offer_params p = {0};
	struct storvsp *s;
	int rc;

	/* With io_loop (tests) I/O runs there; else on the primary channel's worker. */
	rc = create_common(o, NULL, false, &s);
	if (rc)
		return rc;
	s->srv = srv;
	memcpy(p.if_type, storvsc_class_scsi.guid, sizeof(p.if_type));
	memcpy(p.if_instance, o->instance, 16);
	/* OfferProperties (OpenVMM): path 0, target 0, not IDE: all zero. */
	p.name = o->name ? o->name : "scsi";
	p.ops = &storvsp_chan_ops;
	p.ctx = s;
	rc = vmbus_server_offer(srv, &p, &s->chan);
	if (rc) {
		s->srv = NULL;
		storvsp_destroy(s);
		return rc;
	}
	s->gmem = vmbus_chan_gmem(s->chan);
	if (!s->io) {
		s->worker = vmbus_chan_worker(s->chan);
		s->io = s->worker->loop;
		rt_timer_init(&s->reap_timer, s->io, reap_timer_fn);
	}
	*out = s;
	return 0;
}

static int close_luns_fn(struct storvsp *s, void *arg)
{
	(void)arg;
	rt_timer_stop(&s->reap_timer);
	for (unsigned i = 0; i < STORVSP_MAX_LUNS; i++) {
		if (s->luns[i]) {
			TAILQ_INSERT_HEAD(&s->dying, s->luns[i], link);
			s->luns[i] = NULL;
		}
	}
	/* Every channel closed, so nothing is in flight any more. */
	while (!TAILQ_EMPTY(&s->dying)) {
		struct storvsp_lun *l = TAILQ_FIRST(&s->dying);
		TAILQ_REMOVE(&s->dying, l, link);
		lun_free(l);
	}
	return 0;
}

void storvsp_destroy(struct storvsp *s)
{
	unsigned left;

	if (!s)
		return;
	if (s->srv && s->chan)
		vmbus_server_rescind(s->srv, s->chan);
	for (unsigned i = 0; i <= VMBUS_MAX_SUBCHANNELS; i++)
		if (s->chans[i])
			storvsp_channel_close(s->chans[i]);
	/*
	 * Closed channels with requests still on a backend: their completions
	 * need the I/O loop and the disks. Waited for with a bound; past it
	 * the controller is abandoned, not freed: a completion arriving later
	 * must find its request, channel, controller and disk still there.
	 */
	left = s->io ? storvsp_zombies_wait(s, STORVSP_DESTROY_WAIT_MS) : 0;
	if (left) {
		rt_log_err(&s->log,
			   "%u closed channels still have requests on a backend after %u ms: "
			   "controller left allocated",
			   left, STORVSP_DESTROY_WAIT_MS);
		return;
	}
	if (s->io)
		io_sync(s, close_luns_fn, NULL);
	if (s->own_worker)
		rt_worker_stop(&s->own);
	pthread_mutex_destroy(&s->qmu);
	pthread_mutex_destroy(&s->mu);
	pthread_mutex_destroy(&s->rmu);
	pthread_cond_destroy(&s->zcond);
	free(s);
}

struct abandon {
	void (*drop_disk)(struct disk *d, void *ctx);
	void *ctx;
};

static int abandon_luns(struct storvsp *s, void *arg)
{
	struct abandon *a = arg;

	for (unsigned i = 0; i < STORVSP_MAX_LUNS; i++) {
		struct storvsp_lun *l = s->luns[i];

		if (!l)
			continue;
		s->luns[i] = NULL;
		scsi_disk_destroy(l->sd);
		a->drop_disk(l->disk, a->ctx);
		free(l);
	}
	return 0;
}

void storvsp_abandon(struct storvsp *s, void (*drop_disk)(struct disk *d, void *ctx), void *ctx)
{
	struct abandon a = {drop_disk, ctx};

	/* As an exec would: nothing completed, sent or closed; the disks go to drop_disk. */
	for (unsigned i = 0; i <= VMBUS_MAX_SUBCHANNELS; i++)
		if (s->chans[i])
			storvsp_channel_abandon(s->chans[i]);
	io_sync(s, abandon_luns, &a); /* on the disks' loop, which may be ours to stop next */
	if (s->own_worker)
		rt_worker_stop(&s->own);
	pthread_mutex_destroy(&s->qmu);
	pthread_mutex_destroy(&s->mu);
	pthread_mutex_destroy(&s->rmu);
	pthread_cond_destroy(&s->zcond);
	free(s);
}

struct vmbus_chan *storvsp_vmbus_chan(struct storvsp *s)
{
	return s->chan;
}

int storvsp_set_max_outstanding(struct storvsp *s, uint32_t n)
{
	if (n < 1 || n > s->max_io)
		return -ERANGE;
	/* Lowered: channels above it stop reading until they drain below it.
	 * Raised: a paused channel resumes at its next completion (paused
	 * means something is outstanding). */
	atomic_store_explicit(&s->io_limit, n, memory_order_relaxed);
	return 0;
}

uint32_t storvsp_max_outstanding(const struct storvsp *s, uint32_t *pool)
{
	if (pool)
		*pool = s->max_io;
	return atomic_load_explicit(&((struct storvsp *)s)->io_limit, memory_order_relaxed);
}

void storvsp_get_stats(const struct storvsp *s, struct storvsp_stats *o)
{
#define LD(f) o->f = atomic_load_explicit(&((struct storvsp *)s)->st.f, memory_order_relaxed)
	LD(requests);
	LD(completions);
	LD(srb_errors);
	LD(bad_packets);
	LD(throttled);
	LD(notifications);
	LD(max_outstanding);
	LD(resets);
	LD(reset_waited);
#undef LD
	{
		struct storvsp *m = (struct storvsp *)s;
		struct storvsp_channel *c;

		o->zombies = 0;
		pthread_mutex_lock(&m->mu);
		TAILQ_FOREACH(c, &m->zombies, zlink)
			o->zombies++;
		pthread_mutex_unlock(&m->mu);
	}
	o->budget_limit = s->budget.limit;
	o->budget_used = rt_budget_used(&s->budget);
	o->budget_high = rt_budget_high(&s->budget);
	o->budget_refused = rt_budget_refused(&s->budget);
}

int storvsp_get_lun_stats(const struct storvsp *s, uint16_t lun, struct storvsp_lun_stats *o)
{
	struct storvsp_lun_counts *n;

	if (lun >= STORVSP_MAX_LUNS)
		return -ENOENT;
	n = &((struct storvsp *)s)->lun_st[lun];
#define LD(f) o->f = atomic_load_explicit(&n->f, memory_order_relaxed)
	LD(present);
	LD(reads);
	LD(writes);
	LD(other);
	LD(read_bytes);
	LD(written_bytes);
	LD(errors);
	o->last_error = (uint32_t)atomic_load_explicit(&n->last_error, memory_order_relaxed);
#undef LD
	if (!o->present && !o->reads && !o->writes && !o->other)
		return -ENOENT;
	return 0;
}
