/* Internals shared by pv_guest.c (control) and pv_guest_chan.c (rings). */
#ifndef PV_GUEST_PRIV_H
#define PV_GUEST_PRIV_H

#include "runtime/sim_guest.h"
#include "tools/pvguest/pv_guest.h"

#define PVG_MAX_OFFERS (VMBUS_MAX_RELID + 1) /* every relid the host can offer */
#define PVG_MAX_QUEUED 64
#define PVG_MAX_TRIED 16

struct pvg_extent {
	uint64_t pfn;
	uint32_t n;
};

struct pvg {
	struct pvg_opts o;
	struct rt_sim_guest *sg;
	struct rt_gmem *gmem;
	uint32_t version, msg_conn_id, features;
	uint32_t tried[PVG_MAX_TRIED];
	size_t ntried;
	uint32_t next_gpadl;

	struct pvg_offer offers[PVG_MAX_OFFERS];
	size_t noffers;

	struct vmbus_msg queue[PVG_MAX_QUEUED];
	size_t qhead, qlen;

	/* Free page extents, sorted by pfn. */
	struct pvg_extent *free;
	size_t nfree, capfree;

	struct pvg_chan *chans;
	/* Event flags taken from the SIEF page but not yet claimed by a channel. */
	uint64_t pending_ev[2048 / 64];
};

struct pvg_ring_side {
	uint64_t gpa;  /* control page */
	uint32_t size; /* data bytes */
};

struct pvg_chan {
	struct pvg *g;
	struct pvg_chan *next;
	uint32_t relid, conn_id, gpadl;
	uint64_t first_pfn;
	uint32_t npages;
	struct pvg_ring_side out, in;
	uint64_t signals_sent;
	bool hold_signals, signal_owed; /* pvg_chan_hold_signals */
};

int pvg_post(struct pvg *g, const struct vmbus_msg *m);
/* Drops a channel without messages (the session ended): rings, pages, memory. */
void pvg_chan_forget(struct pvg_chan *c);
int pvg_timeout(const struct pvg *g);
/* Waits for the channel's interrupt or a host message (processed). */
int pvg_wait_irq(struct pvg *g, uint32_t relid, int timeout_ms);

#endif
