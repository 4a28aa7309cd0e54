/* SPDX-License-Identifier: MIT */
/*
 * The disk interface: asynchronous block I/O on scatter lists of guest pages.
 *
 * A disk is bound to one libev loop at open time. Every function here must be
 * called on that loop's thread; completions are delivered there too.
 *
 * Async contract (STYLE.md 13): disk_submit() either returns a negative errno
 * synchronously, in which case the request's callback is never called, or
 * returns 0, in which case the callback is called exactly once, later, from
 * the loop (never from inside disk_submit()).
 *
 * Request validation happens in disk_submit() for every backend, so callers
 * and backends agree on one set of rules:
 *  - read/write: the segments' total length is a non-zero multiple of the
 *    block size, and [lba, lba + total / block_size) lies inside the disk;
 *  - unmap: nblocks > 0 and the range lies inside the disk;
 *  - write and unmap on a read-only disk fail with -EROFS; unmap on a disk
 *    without DISK_F_UNMAP fails with -EOPNOTSUPP;
 *  - anything else (range past the end, bad length) fails with -EINVAL.
 * A SCSI target checks the LBA range itself first so it can report LBA OUT OF
 * RANGE; the -EINVAL here is the backstop, not the protocol answer.
 *
 * Completion status: 0, or a negative errno from the medium: -EIO (medium
 * error), -ENOSPC (no space left to allocate a thin block), -EROFS, ...
 */
#ifndef PV_DEVICES_DISK_H
#define PV_DEVICES_DISK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct ev_loop;
struct disk;
struct disk_req;
struct rt_ss_writer;

/*
 * One piece of a scatter list. The caller has already checked the range
 * against guest memory: va is a host mapping of len bytes at guest physical
 * address gpa. Backends that copy or do file I/O use va; a backend that hands
 * guest addresses to a device (NVMe PRPs) uses gpa.
 */
struct disk_seg {
	uint64_t gpa;
	void *va;
	uint32_t len;
};

enum disk_op {
	DISK_OP_READ = 0,
	DISK_OP_WRITE,
	DISK_OP_FLUSH,
	DISK_OP_UNMAP,
};

/* Request flags (disk_req.flags). */
#define DISK_REQ_FUA 0x1u /* write: complete only once the data is on stable storage */

/* Disk flags (disk.flags). */
#define DISK_F_READONLY 0x1u    /* writes and unmaps fail with -EROFS */
#define DISK_F_FUA 0x2u         /* FUA writes are honoured natively (not emulated by a flush) */
#define DISK_F_UNMAP 0x4u       /* unmap (discard) is supported */
#define DISK_F_WRITE_CACHE 0x8u /* completed writes may be volatile until a flush */

typedef void (*disk_done_fn)(void *ctx, int status);

/*
 * A request. The caller owns the memory and keeps it, and the segment array
 * it points to, unchanged until the callback runs; the backend uses the
 * fields under "backend" as scratch and links requests through `next`.
 */
struct disk_req {
	uint8_t op;       /* enum disk_op */
	uint32_t flags;   /* DISK_REQ_* */
	uint64_t lba;     /* first logical block (read, write, unmap) */
	uint64_t nblocks; /* unmap only; read/write derive it from the segments */
	const struct disk_seg *segs;
	uint32_t nsegs;
	disk_done_fn cb;
	void *ctx;

	/* backend: */
	struct disk_req *next;
	int status;
	void *priv;
	/*
	 * A backend whose medium reports richer errors than an errno (NVMe
	 * status codes) may name the SCSI sense that fits a failure: sense key
	 * and asc << 8 | ascq. 0 = derive the sense from the status.
	 */
	uint8_t sense_key;
	uint16_t sense_asc;
};

/*
 * Servicing with a backend that keeps its device across the update (NVMe
 * keep-alive): what a request still on the medium waits for, so that the
 * binary after can complete it (docs/servicing.md, "requests carried"). One
 * tag per piece the backend cut the request into, in order: the backend's
 * id of the command it waits on, or DISK_CARRY_DONE for a piece already
 * complete; status (a negative errno) and the sense of a piece that failed.
 */
#define DISK_CARRY_MAX 16
#define DISK_CARRY_DONE 0xFFFFFFFFu
struct disk_carry {
	uint32_t n;
	uint32_t tags[DISK_CARRY_MAX];
	int status;
	uint8_t sense_key;
	uint16_t sense_asc;
};

struct disk_ops {
	/* Starts a request already validated by disk_submit(). Same contract. */
	int (*submit)(struct disk *d, struct disk_req *req);
	/* Frees the disk. Called only with no request outstanding. */
	void (*destroy)(struct disk *d);
	/*
	 * Servicing (optional; docs/servicing.md), on the disk's loop, with no
	 * request outstanding. keeps: 0 when save will write records the new
	 * binary's open takes (env->restore), else -EOPNOTSUPP (the backend is
	 * reopened from its configuration). save: freezes the backend and
	 * appends its records and descriptors. resume: undoes a save the
	 * update did not follow.
	 */
	int (*keeps)(struct disk *d);
	int (*save)(struct disk *d, struct rt_ss_writer *w);
	void (*resume)(struct disk *d);
	/*
	 * Carrying requests across the update (optional, keep-alive backends).
	 * carry: what req (submitted, not completed) waits for on the medium:
	 * 0 with *out filled, -EBUSY while a piece of it is not on the device
	 * yet (waiting for a slot), -E2BIG when it has more than DISK_CARRY_MAX
	 * pieces. adopt, in the binary after, on a disk opened from the saved
	 * records: req (the same request rebuilt: op, flags, lba, segments)
	 * takes over what `in` names; 0 and req's callback runs exactly once,
	 * later, from the loop; or a negative errno (nothing taken: -ENOENT
	 * for a tag that is no command the device was left with, or one
	 * already taken; -EINVAL when req does not cut into in->n pieces).
	 * check_only: only whether adopt would take it; nothing changes.
	 */
	int (*carry)(struct disk *d, const struct disk_req *req, struct disk_carry *out);
	int (*adopt)(struct disk *d, struct disk_req *req, const struct disk_carry *in,
		     bool check_only);
};

struct disk {
	const struct disk_ops *ops;
	const char *kind; /* "file", "memory", "null", ... */
	struct ev_loop *loop;
	uint64_t nblocks;    /* capacity in logical blocks */
	uint32_t block_size; /* logical block size in bytes: 512 or 4096 */
	uint32_t flags;      /* DISK_F_* */
	uint32_t max_segs;   /* most segments one request may carry */
	uint64_t inflight;   /* requests submitted and not yet completed */
	/*
	 * Set by the disk's user (the SCSI disk); the backend calls it on the
	 * loop after nblocks changed under it (an NVMe namespace resized).
	 */
	void (*capacity_changed)(void *ctx);
	void *capacity_ctx;
};

/* disk_open() flags. */
#define DISK_OPEN_READONLY 0x1u
#define DISK_OPEN_4K 0x2u        /* logical block size 4096 instead of 512 */
#define DISK_OPEN_NO_DIRECT 0x4u /* file: never use O_DIRECT */
#define DISK_OPEN_NO_WCACHE 0x8u /* file: open O_DSYNC, report no write cache */

/*
 * Opens a backend by name, as the paravisor's configuration names it:
 *  - "file":   arg is a path to a regular file or block device (io_uring);
 *  - "memory": arg is a size ("64M", "1G", "4096", suffixes K M G T, binary);
 *  - "null":   arg is a size; reads return zeros, writes are discarded.
 * Sizes are rounded down to the block size and must leave at least one block.
 * Returns 0 and sets *out, or -EINVAL (unknown kind, bad size), -ENOENT, ...
 */
int disk_open(const char *kind, const char *arg, uint32_t flags, struct ev_loop *loop,
	      struct disk **out);

/* The backends, for callers that do not go through the factory. Same returns. */
int disk_file_open(const char *path, uint32_t flags, struct ev_loop *loop, struct disk **out);
int disk_mem_open(uint64_t size, uint32_t flags, struct ev_loop *loop, struct disk **out);
int disk_null_open(uint64_t size, uint32_t flags, struct ev_loop *loop, struct disk **out);

/*
 * Fault injection on a memory disk (tests, fuzzing): every read or write that
 * touches [lba, lba + nblocks) completes with status (a negative errno)
 * instead of moving data; status 0 clears the fault. -EINVAL if d is not a
 * memory disk or the range is outside it.
 */
int disk_mem_set_fault(struct disk *d, uint64_t lba, uint64_t nblocks, int status);

/* Counters of the file backend (tests check that flush and FUA reach the kernel). */
struct disk_file_stats {
	uint64_t direct_ios;   /* reads/writes through the O_DIRECT descriptor */
	uint64_t buffered_ios; /* reads/writes through the page cache (misaligned) */
	uint64_t fsyncs;       /* fdatasync operations completed successfully */
	uint64_t dsync_writes; /* writes submitted with RWF_DSYNC (FUA) */
	uint64_t punches;      /* hole punches completed successfully */
	uint64_t short_ios;    /* short transfers resubmitted for their remainder */
	uint64_t submit_calls; /* io_uring_submit() calls (batching: fewer than requests) */
	uint32_t dio_align;    /* alignment O_DIRECT needs, 0 when O_DIRECT is unavailable */
};
int disk_file_stats(const struct disk *d, struct disk_file_stats *out);

/* Counters of the null backend (tests, benchmarks); -EINVAL if d is not null. */
struct disk_null_stats {
	uint64_t reads, writes, flushes, unmaps;
	uint64_t bytes_read, bytes_written;
};
int disk_null_stats(const struct disk *d, struct disk_null_stats *out);

/*
 * Validates req (see the rules at the top) and starts it. Returns 0 (the
 * callback will run later, on the loop) or a negative errno (it never will).
 */
int disk_submit(struct disk *d, struct disk_req *req);

/*
 * Servicing (see disk_ops.carry/adopt): -EOPNOTSUPP for a backend that
 * carries nothing. disk_adopt counts req as in flight, as disk_submit does.
 */
int disk_carry(struct disk *d, const struct disk_req *req, struct disk_carry *out);
int disk_adopt(struct disk *d, struct disk_req *req, const struct disk_carry *in, bool check_only);

/* Closes the disk. Every submitted request must have completed. */
void disk_close(struct disk *d);

/*
 * Parses a size with an optional binary suffix (K, M, G, T; "KiB" style too).
 * Returns 0 or -EINVAL on garbage, zero or overflow.
 */
int disk_parse_size(const char *s, uint64_t *out);

/*
 * A disk backend that lives outside devices/ (drivers/nvme's disk_nvme):
 * the paravisor hands a NULL-terminated table of these to the device kinds
 * (struct vmbus_dev_env), so a VSP serves a LUN from it without including
 * a driver header. A LUN names it as `backend: <name>` and gives its own
 * settings under `<key>:` (which the backend parses).
 */
struct rt_cfg;
struct rt_cfg_node;
struct rt_gmem;
struct rt_log;
struct rt_ss_reader;

/* What an external backend gets to open a disk. */
struct disk_backend_env {
	struct ev_loop *loop; /* the disk's loop (open runs on its thread) */
	struct rt_gmem *gmem; /* guest memory the segments' gpa values refer to */
	struct rt_log *log;
	const char *name; /* for logs, e.g. "scsi0 lun 0" */
	/*
	 * Servicing: open takes the records its disk's save wrote, at the
	 * reader's cursor, and adopts what they describe. With check_only it
	 * checks them (any thread, nothing opened: *out is NULL).
	 */
	struct rt_ss_reader *restore;
	bool check_only;
	/*
	 * Optional, with restore: called for each command the device was left
	 * with on behalf of requests (tag as disk_carry names it), so the
	 * caller can check its own records of carried requests against them.
	 */
	void (*carried)(void *ctx, uint32_t tag);
	void *carried_ctx;
};

struct disk_backend {
	const char *name; /* the `backend:` value */
	const char *key;  /* the LUN key holding its settings */
	/*
	 * Reads the LUN's mapping `lun` (its own key only; the VSP reads the
	 * common ones). Returns 0 with *out (free with free_cfg), or -EINVAL
	 * with cfg->err set ("file:line: ...").
	 */
	int (*parse)(struct rt_cfg *cfg, const struct rt_cfg_node *lun, void **out);
	void (*free_cfg)(void *cfg);
	/*
	 * Opens the disk on env->loop's thread (DISK_OPEN_* flags; the block
	 * size is the medium's). Returns 0 or a negative errno.
	 */
	int (*open)(const void *cfg, const struct disk_backend_env *env, uint32_t flags,
		    struct disk **out);
};

/* Bytes a request moves: the sum of its segment lengths (saturating at UINT64_MAX). */
uint64_t disk_req_bytes(const struct disk_req *req);

#endif
