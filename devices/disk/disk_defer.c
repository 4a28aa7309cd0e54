/* SPDX-License-Identifier: MIT */
/* Deferred completions for backends whose work is synchronous. */
#include "devices/disk/disk_priv.h"

static void disk_defer_run(struct ev_loop *loop, ev_async *w, int revents)
{
	struct disk_defer *q = disk_container_of(w, struct disk_defer, async);
	struct disk_req *req = q->head;

	/*
	 * Detach the batch first: a callback may submit again, and those
	 * requests must wait for the next pass (a submit never completes
	 * inside its caller's callback chain).
	 */
	q->head = NULL;
	q->tail = &q->head;
	while (req) {
		struct disk_req *next = req->next;

		req->next = NULL;
		disk_complete(q->disk, req, req->status);
		req = next;
	}
	/* Only a non-empty queue keeps the loop alive. */
	if (!q->head)
		ev_async_stop(loop, &q->async);
}

void disk_defer_init(struct disk_defer *q, struct disk *d)
{
	q->disk = d;
	q->head = NULL;
	q->tail = &q->head;
	ev_async_init(&q->async, disk_defer_run);
}

void disk_defer_fini(struct disk_defer *q)
{
	ev_async_stop(q->disk->loop, &q->async);
}

void disk_defer_complete(struct disk_defer *q, struct disk_req *req, int status)
{
	req->status = status;
	req->next = NULL;
	*q->tail = req;
	q->tail = &req->next;
	ev_async_start(q->disk->loop, &q->async);
	ev_async_send(q->disk->loop, &q->async);
}
