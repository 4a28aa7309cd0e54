/* SPDX-License-Identifier: MIT */
/* Deferred completions for backends whose work is synchronous. */
#include "devices/disk/disk_priv.h"

static void disk_defer_run(struct ev_loop *loop, ev_idle *w, int revents)
{
	struct disk_defer *q = disk_container_of(w, struct disk_defer, pump);
	struct disk_req *req = q->head;

	(void)loop;
	(void)revents;
	/*
	 * Detach the batch first: a callback may submit again, and those
	 * requests complete in a later callback (a submit never completes
	 * inside its caller's callback chain).
	 */
	q->fed = false;
	q->head = NULL;
	q->tail = &q->head;
	while (req) {
		struct disk_req *next = req->next;

		req->next = NULL;
		disk_complete(q->disk, req, req->status);
		req = next;
	}
}

void disk_defer_init(struct disk_defer *q, struct disk *d)
{
	q->disk = d;
	q->head = NULL;
	q->tail = &q->head;
	q->fed = false;
	ev_idle_init(&q->pump, disk_defer_run);
}

void disk_defer_fini(struct disk_defer *q)
{
	ev_clear_pending(q->disk->loop, &q->pump);
	q->fed = false;
}

void disk_defer_complete(struct disk_defer *q, struct disk_req *req, int status)
{
	req->status = status;
	req->next = NULL;
	*q->tail = req;
	q->tail = &req->next;
	/* Pending until the loop invokes it: before it next waits for events. */
	if (!q->fed) {
		q->fed = true;
		ev_feed_event(q->disk->loop, &q->pump, EV_CUSTOM);
	}
}
