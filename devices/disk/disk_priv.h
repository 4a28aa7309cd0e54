/* SPDX-License-Identifier: MIT */
/* Shared by the disk backends; not part of the public interface. */
#ifndef PV_DEVICES_DISK_PRIV_H
#define PV_DEVICES_DISK_PRIV_H

#include <ev.h>
#include <stdbool.h>

#include "devices/disk/disk.h"

#define disk_container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

/* Ends a request: drops the in-flight count and runs the caller's callback. */
void disk_complete(struct disk *d, struct disk_req *req, int status);

/*
 * A queue of requests already finished synchronously (memory, null) whose
 * callbacks must still run later, in submission order, from a later callback
 * of the same loop iteration: the watcher is never started, only fed
 * (ev_feed_event), which costs no syscall where an ev_async costs an eventfd
 * write and read.
 */
struct disk_defer {
	ev_idle pump; /* loop thread only, like every field here */
	bool fed;     /* pump is pending */
	struct disk *disk;
	struct disk_req *head;
	struct disk_req **tail;
};

void disk_defer_init(struct disk_defer *q, struct disk *d);
/* Drops a pending feed; the queue must be empty (disk_close's precondition). */
void disk_defer_fini(struct disk_defer *q);
/* Queues req for completion with status; its callback runs on a later loop pass. */
void disk_defer_complete(struct disk_defer *q, struct disk_req *req, int status);

#endif
