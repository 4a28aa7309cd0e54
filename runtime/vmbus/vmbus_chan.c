/*
 * The channel data path: the worker that drains the guest->host ring and
 * the send functions that fill the host->guest ring (see vmbus_chan.h for
 * the contract with VSPs, vmbus_priv.h for which thread owns what).
 *
 * Wake-ups: the guest's HvSignalEvent on the channel's connection id lands
 * on an eventfd (bind_guest_signal) watched by the channel's worker loop.
 * One wake-up serves both directions: new packets to read, and room freed
 * in the host->guest ring after we set pending_send_size.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "runtime/trace.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_priv.h"

#define DEFAULT_MAX_PKT (64u * 1024)
#define RX_BUDGET 256 /* packets per wake-up before yielding to other channels */

struct rt_gmem *vmbus_chan_gmem(struct vmbus_chan *ch)
{
	return ch->srv->part->gmem;
}

struct rt_worker *vmbus_chan_worker(const struct vmbus_chan *ch)
{
	return ch->worker;
}

uint32_t vmbus_chan_relid(const struct vmbus_chan *ch)
{
	return ch->relid;
}

uint16_t vmbus_chan_subchannel_index(const struct vmbus_chan *ch)
{
	return ch->sub_index;
}

bool vmbus_chan_is_broken(const struct vmbus_chan *ch)
{
	return atomic_load(&((struct vmbus_chan *)ch)->broken);
}

void vmbus_chan_get_stats(const struct vmbus_chan *ch, struct vmbus_chan_stats *o)
{
	o->rx_packets = atomic_load_explicit(&ch->stats.rx_packets, memory_order_relaxed);
	o->tx_packets = atomic_load_explicit(&ch->stats.tx_packets, memory_order_relaxed);
	o->rx_bytes = atomic_load_explicit(&ch->stats.rx_bytes, memory_order_relaxed);
	o->tx_bytes = atomic_load_explicit(&ch->stats.tx_bytes, memory_order_relaxed);
	o->signals_in = atomic_load_explicit(&ch->stats.signals_in, memory_order_relaxed);
	o->signals_out = atomic_load_explicit(&ch->stats.signals_out, memory_order_relaxed);
	o->tx_full = atomic_load_explicit(&ch->stats.tx_full, memory_order_relaxed);
}

#define STAT_ADD(ch, f, v) atomic_fetch_add_explicit(&(ch)->stats.f, (v), memory_order_relaxed)

int vmbus_chan_init(struct vmbus_chan *ch)
{
	ch->rxcap = ch->params.max_pkt_size ? ch->params.max_pkt_size : DEFAULT_MAX_PKT;
	ch->rxcap = rt_align_up(ch->rxcap + VMRING_DESC_SIZE, 8u);
	ch->rxbuf = malloc(ch->rxcap);
	ch->gpa = malloc(sizeof(*ch->gpa));
	if (!ch->rxbuf || !ch->gpa) {
		free(ch->rxbuf);
		free(ch->gpa);
		return -ENOMEM;
	}
	pthread_mutex_init(&ch->lock, NULL);
	pthread_cond_init(&ch->cond, NULL);
	pthread_mutex_init(&ch->send_lock, NULL);
	ch->efd = -1;
	return 0;
}

void vmbus_chan_shrink(struct vmbus_chan *ch)
{
	/* Closed: the worker no longer polls it (vmbus_chan_stop waited). */
	free(ch->rxbuf);
	free(ch->gpa);
	ch->rxbuf = NULL;
	ch->gpa = NULL;
	ch->rxcap = 0;
}

void vmbus_chan_fini(struct vmbus_chan *ch)
{
	vmbus_chan_stop(ch);
	pthread_mutex_destroy(&ch->lock);
	pthread_cond_destroy(&ch->cond);
	pthread_mutex_destroy(&ch->send_lock);
	free(ch->rxbuf);
	free(ch->gpa);
	ch->rxbuf = NULL;
	ch->gpa = NULL;
}

static void signal_guest(struct vmbus_chan *ch)
{
	uint32_t vp = atomic_load_explicit(&ch->target_vp_a, memory_order_relaxed);
	int rc = rt_partition_signal_guest(ch->srv->part, vp, ch->sint, ch->event_flag);

	if (rc)
		rt_log_rl(&ch->log, RT_LOG_WARN, "signalling the guest: %s", strerror(-rc));
	else
		STAT_ADD(ch, signals_out, 1);
}

void vmbus_chan_set_target_vp(struct vmbus_chan *ch, uint32_t vp)
{
	atomic_store_explicit(&ch->target_vp_a, vp, memory_order_relaxed);
}

/* The guest broke the ring protocol: stop here, let the server loop reset it. */
static void chan_break(struct vmbus_chan *ch, const char *why)
{
	struct vmbus_srv_req *r;

	if (atomic_exchange(&ch->broken, true))
		return;
	rt_log_rl(&ch->log, RT_LOG_WARN, "ring protocol violation: %s", why);
	r = calloc(1, sizeof(*r));
	if (!r)
		return; /* the channel stays stopped; the guest's close still works */
	r->kind = VMBUS_REQ_RESET;
	r->ch = ch;
	vmbus_srv_queue(ch->srv, r);
}

/* ------------------------------------------------------------------ */
/* Sending (any thread)                                                 */

int vmbus_chan_send_ext(struct vmbus_chan *ch, uint16_t type, uint16_t flags, uint64_t trans_id,
			const void *ext, size_t ext_len, const void *data, size_t len)
{
	struct iovec iov[2];
	int n = 0, rc;
	bool sig = false, held;

	if (ext_len)
		iov[n++] = (struct iovec){(void *)ext, ext_len};
	if (len)
		iov[n++] = (struct iovec){(void *)data, len};
	pthread_mutex_lock(&ch->send_lock);
	if (!ch->rings_ok || atomic_load(&ch->broken)) {
		pthread_mutex_unlock(&ch->send_lock);
		return -EPIPE;
	}
	/* Recorded under the trace's hold: before the guest can answer it. */
	held = rt_trace_on(ch->srv->opts.trace) && rt_trace_hold(ch->srv->opts.trace);
	rc = rt_ring_write_pkt(&ch->rings.out, type, flags, trans_id, ext_len, iov, n, &sig);
	if (held) {
		if (rc == 0)
			rt_trace_ring_tx_held(ch->srv->opts.trace, ch->relid, type, flags, trans_id,
					      ext_len, iov, n);
		rt_trace_release(ch->srv->opts.trace);
	}
	if (rc == -EAGAIN) {
		ch->want_space = true;
		STAT_ADD(ch, tx_full, 1);
	}
	pthread_mutex_unlock(&ch->send_lock);
	if (rc == -EPROTO) {
		chan_break(ch, "host->guest ring indices corrupted");
		return -EPIPE;
	}
	if (rc)
		return rc;
	STAT_ADD(ch, tx_packets, 1);
	STAT_ADD(ch, tx_bytes, len + ext_len);
	if (sig)
		signal_guest(ch);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Receiving (worker)                                                   */

/*
 * Delivers the packet in rxbuf, decoded once (vmbus_pkt_decode); false when
 * the VSP asked to hold it. A descriptor the spec does not allow breaks the
 * channel.
 */
static bool deliver(struct vmbus_chan *ch, size_t len)
{
	struct vmbus_pkt pkt;

	if (vmbus_pkt_decode(ch->rxbuf, len, ch->gpa, &pkt) != PV_OK) {
		chan_break(ch, "packet descriptor outside spec/vmring.yaml");
		return true;
	}
	if (ch->params.ops->on_packet(ch->params.ctx, ch, &pkt) == -EAGAIN)
		return false;
	STAT_ADD(ch, rx_packets, 1);
	STAT_ADD(ch, rx_bytes, pkt.len);
	return true;
}

static void kick_fn(struct rt_work *wk);

static void process(struct vmbus_chan *ch)
{
	struct rt_ring *in = &ch->rings.in;
	bool space = false;

	if (atomic_load(&ch->broken))
		return;
	pthread_mutex_lock(&ch->send_lock);
	if (ch->want_space) {
		ch->want_space = false;
		space = true;
	}
	pthread_mutex_unlock(&ch->send_lock);
	if (space && ch->params.ops->on_send_space)
		ch->params.ops->on_send_space(ch->params.ctx, ch);
	if (ch->held) {
		if (!deliver(ch, ch->held_len))
			return;
		ch->held = false;
	}
	rt_ring_mask_interrupts(in);
	for (unsigned n = 0;; n++) {
		size_t len;
		/*
		 * A guest that keeps its ring full must not starve the worker's
		 * other channels: after a budget, continue on a later loop
		 * iteration (interrupts stay masked, we are coming back).
		 */
		if (n == RX_BUDGET) {
			int rc = rt_worker_call(ch->worker, &ch->kick_work, kick_fn);
			if (rc == 0 || rc == -EALREADY) {
				if (rt_ring_read_done(in))
					signal_guest(ch);
				return;
			}
		}
		int rc = rt_ring_read(in, ch->rxbuf, ch->rxcap, &len);
		if (rc == -EAGAIN) {
			if (rt_ring_unmask_interrupts(in))
				continue;
			break;
		}
		if (rc == -EMSGSIZE) {
			chan_break(ch, "packet larger than the channel accepts");
			return;
		}
		if (rc) {
			chan_break(ch, "guest->host ring indices or descriptor corrupted");
			return;
		}
		if (rt_trace_on(ch->srv->opts.trace))
			rt_trace_ring_rx(ch->srv->opts.trace, ch->relid, ch->rxbuf, len);
		if (!deliver(ch, len)) {
			ch->held = true;
			ch->held_len = len;
			rt_ring_unmask_interrupts(in);
			break;
		}
		if (atomic_load(&ch->broken))
			return;
	}
	if (rt_ring_read_done(in))
		signal_guest(ch);
}

static void sig_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct vmbus_chan *ch = rt_container_of(w, struct vmbus_chan, sig_io);
	uint64_t v;

	/* The sim guest shares this eventfd's description: never a blocking read. */
	if (rt_eventfd_take(ch->efd, &v) == 0)
		STAT_ADD(ch, signals_in, 1);
	process(ch);
}

static void start_fn(struct rt_work *wk)
{
	struct vmbus_chan *ch = rt_container_of(wk, struct vmbus_chan, start_work);

	ev_io_init(&ch->sig_io, sig_cb, ch->efd, EV_READ);
	ev_io_start(ch->worker->loop, &ch->sig_io);
	ch->active = true;
	/* The guest may have written (and signalled) before we watched. */
	process(ch);
}

static void stop_fn(struct rt_work *wk)
{
	struct vmbus_chan *ch = rt_container_of(wk, struct vmbus_chan, stop_work);

	ev_io_stop(ch->worker->loop, &ch->sig_io);
	ch->active = false;
	pthread_mutex_lock(&ch->lock);
	ch->stop_done = true;
	pthread_cond_signal(&ch->cond);
	pthread_mutex_unlock(&ch->lock);
}

static void kick_fn(struct rt_work *wk)
{
	struct vmbus_chan *ch = rt_container_of(wk, struct vmbus_chan, kick_work);

	/* Work queued after stop_fn finds the channel inactive (same thread). */
	if (ch->active)
		process(ch);
}

int vmbus_chan_kick(struct vmbus_chan *ch)
{
	int rc = 0;

	/* Not once stopping: the channel may be freed soon after close(). */
	pthread_mutex_lock(&ch->send_lock);
	if (ch->rings_ok)
		rc = rt_worker_call(ch->worker, &ch->kick_work, kick_fn);
	pthread_mutex_unlock(&ch->send_lock);

	return rc == -EALREADY ? 0 : rc;
}

/* ------------------------------------------------------------------ */
/* Start / stop (server loop)                                           */

int vmbus_chan_start(struct vmbus_chan *ch, uint32_t downstream_pages)
{
	int efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);

	if (efd < 0)
		return -errno;
	return vmbus_chan_start_efd(ch, downstream_pages, efd);
}

void vmbus_chan_resume(struct vmbus_chan *ch)
{
	ch->stop_done = false;
	if (rt_worker_call(ch->worker, &ch->start_work, start_fn) == 0)
		ch->polling = true;
}

/* Runs stop_fn on the worker and waits for it. */
static void worker_sync(struct vmbus_chan *ch)
{
	pthread_mutex_lock(&ch->lock);
	ch->stop_done = false;
	pthread_mutex_unlock(&ch->lock);
	if (rt_worker_call(ch->worker, &ch->stop_work, stop_fn) == 0) {
		pthread_mutex_lock(&ch->lock);
		while (!ch->stop_done)
			pthread_cond_wait(&ch->cond, &ch->lock);
		pthread_mutex_unlock(&ch->lock);
	}
}

void vmbus_chan_stop(struct vmbus_chan *ch)
{
	ch->paused = false;
	if (ch->polling) {
		worker_sync(ch);
		/*
		 * A kick queued before the stop may still be pending; it sees
		 * active == false and returns. A second pass is a fence:
		 * work runs in order, so once it ran nothing of ours is queued.
		 */
		worker_sync(ch);
		ch->polling = false;
	}
	if (ch->efd >= 0) {
		rt_partition_bind_guest_signal(ch->srv->part, ch->sig_conn_id, -1);
		close(ch->efd);
		ch->efd = -1;
	}
	pthread_mutex_lock(&ch->send_lock);
	if (ch->rings_ok) {
		ch->rings_ok = false;
		rt_ring_pair_fini(&ch->rings);
	}
	pthread_mutex_unlock(&ch->send_lock);
}

/* ------------------------------------------------------------------ */
/* Servicing (vmbus_save.c)                                             */

void vmbus_chan_signal(struct vmbus_chan *ch)
{
	signal_guest(ch);
}

int vmbus_chan_start_efd(struct vmbus_chan *ch, uint32_t downstream_pages, int efd)
{
	struct vmbus_server *s = ch->srv;
	int rc;

	rc = rt_ring_pair_init(&ch->rings, s->part->gmem, ch->ring_gpadl, downstream_pages,
			       RT_RING_HOST);
	if (rc) {
		close(efd);
		return rc;
	}
	ch->efd = efd;
	rc = rt_partition_bind_guest_signal(s->part, ch->sig_conn_id, ch->efd);
	if (rc)
		goto fail_efd;
	ch->sint = s->target_sint;
	atomic_store(&ch->target_vp_a, ch->target_vp);
	atomic_store(&ch->broken, false);
	ch->held = false;
	pthread_mutex_lock(&ch->send_lock);
	ch->want_space = false;
	ch->rings_ok = true;
	pthread_mutex_unlock(&ch->send_lock);
	return 0;

fail_efd:
	close(ch->efd);
	ch->efd = -1;
	rt_ring_pair_fini(&ch->rings);
	return rc;
}

void vmbus_chan_pause(struct vmbus_chan *ch)
{
	if (!ch->polling)
		return;
	worker_sync(ch);
	worker_sync(ch); /* a fence, as in vmbus_chan_stop */
	ch->polling = false;
	ch->paused = true;
}

void vmbus_chan_unpause(struct vmbus_chan *ch)
{
	if (!ch->paused)
		return;
	ch->paused = false;
	vmbus_chan_resume(ch);
}
