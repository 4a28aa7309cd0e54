/* SPDX-License-Identifier: MIT */
/*
 * The file backend: a regular file or a block device driven through io_uring.
 *
 * Submissions are batched: disk_submit() only prepares SQEs, and one
 * io_uring_submit() per loop iteration (from an ev_prepare watcher, just
 * before the loop sleeps) hands them all to the kernel. Completions are
 * reaped when the ring's registered eventfd becomes readable.
 *
 * Two descriptors: an O_DIRECT one for requests whose offset and every
 * segment meet the file's direct-I/O alignment, and a buffered one for the
 * rest (a guest may send any byte-aligned scatter list). The kernel keeps the
 * page cache coherent between them for the ranges direct I/O touches.
 *
 * All fields belong to the loop thread.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/falloc.h>
#include <linux/fs.h>
#include <liburing.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "devices/disk/disk_priv.h"

#define DISK_FILE_RING_ENTRIES 256
#define DISK_FILE_MAX_SEGS 1024 /* IOV_MAX */

struct disk_file {
	struct disk disk;
	struct io_uring ring;
	int fd;            /* buffered */
	int dfd;           /* O_DIRECT, or -1 */
	int efd;           /* registered with the ring */
	ev_io efd_w;       /* active while the ring holds requests */
	ev_prepare prep_w; /* active while SQEs wait for io_uring_submit() */
	unsigned queued;   /* SQEs prepared, not yet submitted */
	unsigned in_ring;  /* SQEs submitted (or queued) whose CQE is not yet reaped */
	struct disk_req *backlog, **backlog_tail; /* waiting for ring space */
	struct disk_file_stats stats;
};

/* Per read/write request scratch (req->priv): its iovecs and its progress. */
struct disk_file_io {
	uint64_t done; /* bytes already transferred (short transfers) */
	bool direct;
	uint32_t niov;
	struct iovec iov[];
};

static const struct disk_ops disk_file_ops;

static bool disk_file_aligned(const struct disk_file *f, const struct disk_req *req)
{
	uint64_t a = f->stats.dio_align;

	if (f->dfd < 0 || (req->lba * f->disk.block_size) % a)
		return false;
	for (uint32_t i = 0; i < req->nsegs; i++) {
		if ((uintptr_t)req->segs[i].va % a || req->segs[i].len % a)
			return false;
	}
	return true;
}

/* Builds (or rebuilds after a short transfer) the iovecs of the untransferred tail. */
static void disk_file_fill_iov(struct disk_req *req, struct disk_file_io *io)
{
	uint64_t skip = io->done;

	io->niov = 0;
	for (uint32_t i = 0; i < req->nsegs; i++) {
		const struct disk_seg *s = &req->segs[i];

		if (skip >= s->len) {
			skip -= s->len;
			continue;
		}
		io->iov[io->niov].iov_base = (uint8_t *)s->va + skip;
		io->iov[io->niov].iov_len = s->len - skip;
		io->niov++;
		skip = 0;
	}
}

static void disk_file_prep(struct disk_file *f, struct disk_req *req, struct io_uring_sqe *sqe)
{
	struct disk_file_io *io = req->priv;
	uint64_t off = req->lba * f->disk.block_size;

	switch (req->op) {
	case DISK_OP_READ:
		io_uring_prep_readv(sqe, io->direct ? f->dfd : f->fd, io->iov, io->niov,
				    off + io->done);
		break;
	case DISK_OP_WRITE:
		io_uring_prep_writev2(sqe, io->direct ? f->dfd : f->fd, io->iov, io->niov,
				      off + io->done, (req->flags & DISK_REQ_FUA) ? RWF_DSYNC : 0);
		break;
	case DISK_OP_FLUSH:
		io_uring_prep_fsync(sqe, f->fd, IORING_FSYNC_DATASYNC);
		break;
	case DISK_OP_UNMAP:
		io_uring_prep_fallocate(sqe, f->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off,
					req->nblocks * f->disk.block_size);
		break;
	}
	io_uring_sqe_set_data(sqe, req);
}

static void disk_file_kick(struct disk_file *f)
{
	ev_prepare_start(f->disk.loop, &f->prep_w);
	ev_io_start(f->disk.loop, &f->efd_w);
}

/* Puts req into the ring if there is room, else at the end of the backlog. */
static void disk_file_enqueue(struct disk_file *f, struct disk_req *req)
{
	struct io_uring_sqe *sqe = NULL;

	if (!f->backlog && f->in_ring < DISK_FILE_RING_ENTRIES)
		sqe = io_uring_get_sqe(&f->ring);
	if (!sqe) {
		req->next = NULL;
		*f->backlog_tail = req;
		f->backlog_tail = &req->next;
		disk_file_kick(f);
		return;
	}
	disk_file_prep(f, req, sqe);
	f->queued++;
	f->in_ring++;
	disk_file_kick(f);
}

static void disk_file_drain_backlog(struct disk_file *f)
{
	while (f->backlog && f->in_ring < DISK_FILE_RING_ENTRIES) {
		struct io_uring_sqe *sqe = io_uring_get_sqe(&f->ring);
		struct disk_req *req = f->backlog;

		if (!sqe)
			break;
		f->backlog = req->next;
		if (!f->backlog)
			f->backlog_tail = &f->backlog;
		req->next = NULL;
		disk_file_prep(f, req, sqe);
		f->queued++;
		f->in_ring++;
	}
}

static void disk_file_finish(struct disk_file *f, struct disk_req *req, int status)
{
	free(req->priv);
	req->priv = NULL;
	disk_complete(&f->disk, req, status);
}

/* Handles one CQE; returns true if the request went back into the ring. */
static bool disk_file_cqe(struct disk_file *f, struct disk_req *req, int res)
{
	struct disk_file_io *io = req->priv;

	switch (req->op) {
	case DISK_OP_READ:
	case DISK_OP_WRITE:
		if (res < 0)
			break;
		if (io->direct)
			f->stats.direct_ios++;
		else
			f->stats.buffered_ios++;
		if (res == 0) {
			/* No progress inside the disk's capacity: the file shrank under us. */
			res = -EIO;
			break;
		}
		io->done += (uint64_t)res;
		if (io->done < disk_req_bytes(req)) {
			f->stats.short_ios++;
			disk_file_fill_iov(req, io);
			disk_file_enqueue(f, req);
			return true;
		}
		res = 0;
		break;
	case DISK_OP_FLUSH:
		if (res == 0)
			f->stats.fsyncs++;
		break;
	case DISK_OP_UNMAP:
		if (res == 0)
			f->stats.punches++;
		break;
	}
	disk_file_finish(f, req, res);
	return false;
}

static void disk_file_submit_now(struct disk_file *f)
{
	int rc;

	if (!f->queued)
		return;
	rc = io_uring_submit(&f->ring);
	f->stats.submit_calls++;
	if (rc > 0)
		f->queued -= (unsigned)rc < f->queued ? (unsigned)rc : f->queued;
	/* On -EAGAIN/-EBUSY the SQEs stay queued; reaping completions makes room. */
}

static void disk_file_reap(struct disk_file *f)
{
	struct io_uring_cqe *cqe;

	while (io_uring_peek_cqe(&f->ring, &cqe) == 0) {
		struct disk_req *req = io_uring_cqe_get_data(cqe);
		int res = cqe->res;

		io_uring_cqe_seen(&f->ring, cqe);
		f->in_ring--;
		disk_file_cqe(f, req, res);
	}
	disk_file_drain_backlog(f);
}

static void disk_file_update_watchers(struct disk_file *f)
{
	if (!f->queued)
		ev_prepare_stop(f->disk.loop, &f->prep_w);
	if (!f->in_ring && !f->backlog)
		ev_io_stop(f->disk.loop, &f->efd_w);
}

static void disk_file_on_prepare(struct ev_loop *loop, ev_prepare *w, int revents)
{
	struct disk_file *f = disk_container_of(w, struct disk_file, prep_w);

	disk_file_submit_now(f);
	disk_file_update_watchers(f);
}

static void disk_file_on_event(struct ev_loop *loop, ev_io *w, int revents)
{
	struct disk_file *f = disk_container_of(w, struct disk_file, efd_w);
	uint64_t cnt;

	/* Clear the counter before reaping so a CQE posted meanwhile re-arms it. */
	if (read(f->efd, &cnt, sizeof(cnt)) < 0 && errno != EAGAIN)
		return;
	disk_file_reap(f);
	if (f->queued)
		ev_prepare_start(loop, &f->prep_w);
	disk_file_update_watchers(f);
}

static int disk_file_submit(struct disk *d, struct disk_req *req)
{
	struct disk_file *f = disk_container_of(d, struct disk_file, disk);

	req->priv = NULL;
	if (req->op == DISK_OP_READ || req->op == DISK_OP_WRITE) {
		struct disk_file_io *io =
			malloc(sizeof(*io) + (size_t)req->nsegs * sizeof(struct iovec));

		if (!io)
			return -ENOMEM;
		io->done = 0;
		io->direct = disk_file_aligned(f, req);
		if (req->op == DISK_OP_WRITE && (req->flags & DISK_REQ_FUA))
			f->stats.dsync_writes++;
		req->priv = io;
		disk_file_fill_iov(req, io);
	}
	disk_file_enqueue(f, req);
	return 0;
}

static void disk_file_destroy(struct disk *d)
{
	struct disk_file *f = disk_container_of(d, struct disk_file, disk);

	ev_prepare_stop(d->loop, &f->prep_w);
	ev_io_stop(d->loop, &f->efd_w);
	io_uring_queue_exit(&f->ring);
	close(f->efd);
	if (f->dfd >= 0)
		close(f->dfd);
	close(f->fd);
	free(f);
}

static const struct disk_ops disk_file_ops = {
	.submit = disk_file_submit,
	.destroy = disk_file_destroy,
};

/* Opens the O_DIRECT twin and learns its alignment; leaves dfd -1 when unsupported. */
static void disk_file_open_direct(struct disk_file *f, const char *path, int oflags)
{
	struct statx stx;
	uint32_t align = 4096; /* safe when the kernel cannot tell us */

	f->dfd = open(path, oflags | O_DIRECT);
	if (f->dfd < 0)
		return;
	if (statx(f->dfd, "", AT_EMPTY_PATH, STATX_DIOALIGN, &stx) == 0 &&
	    (stx.stx_mask & STATX_DIOALIGN)) {
		if (stx.stx_dio_offset_align == 0) {
			/* The filesystem does not do direct I/O on this file. */
			close(f->dfd);
			f->dfd = -1;
			return;
		}
		align = stx.stx_dio_offset_align > stx.stx_dio_mem_align ? stx.stx_dio_offset_align
									 : stx.stx_dio_mem_align;
	}
	f->stats.dio_align = align;
}

static int disk_file_capacity(struct disk_file *f, uint64_t *bytes)
{
	struct stat st;

	if (fstat(f->fd, &st) < 0)
		return -errno;
	if (S_ISREG(st.st_mode)) {
		*bytes = (uint64_t)st.st_size;
		return 0;
	}
	if (S_ISBLK(st.st_mode)) {
		int lbs = 0;

		if (ioctl(f->fd, BLKGETSIZE64, bytes) < 0)
			return -errno;
		/* Never present a block smaller than the device can write atomically. */
		if (ioctl(f->fd, BLKSSZGET, &lbs) == 0 && lbs > (int)f->disk.block_size)
			f->disk.block_size = (uint32_t)lbs;
		return 0;
	}
	return -EINVAL;
}

int disk_file_open(const char *path, uint32_t flags, struct ev_loop *loop, struct disk **out)
{
	struct disk_file *f;
	uint64_t bytes;
	int oflags = O_CLOEXEC, rc;

	if (!path || !loop || !out)
		return -EINVAL;
	f = calloc(1, sizeof(*f));
	if (!f)
		return -ENOMEM;
	f->disk.ops = &disk_file_ops;
	f->disk.kind = "file";
	f->disk.loop = loop;
	f->disk.block_size = (flags & DISK_OPEN_4K) ? 4096 : 512;
	f->disk.max_segs = DISK_FILE_MAX_SEGS;
	f->disk.flags = DISK_F_FUA | DISK_F_UNMAP;
	f->backlog_tail = &f->backlog;
	f->dfd = -1;
	f->efd = -1;
	if (flags & DISK_OPEN_READONLY) {
		oflags |= O_RDONLY;
		f->disk.flags |= DISK_F_READONLY;
	} else {
		oflags |= O_RDWR;
	}
	if (flags & DISK_OPEN_NO_WCACHE)
		oflags |= O_DSYNC;
	else
		f->disk.flags |= DISK_F_WRITE_CACHE;

	f->fd = open(path, oflags);
	if (f->fd < 0) {
		rc = -errno;
		goto fail_open;
	}
	rc = disk_file_capacity(f, &bytes);
	if (rc)
		goto fail_capacity;
	f->disk.nblocks = bytes / f->disk.block_size;
	if (f->disk.nblocks == 0) {
		rc = -EINVAL;
		goto fail_capacity;
	}
	if (!(flags & DISK_OPEN_NO_DIRECT))
		disk_file_open_direct(f, path, oflags);

	rc = io_uring_queue_init(DISK_FILE_RING_ENTRIES, &f->ring, 0);
	if (rc)
		goto fail_ring;
	f->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	if (f->efd < 0) {
		rc = -errno;
		goto fail_efd;
	}
	rc = io_uring_register_eventfd(&f->ring, f->efd);
	if (rc)
		goto fail_register;
	ev_io_init(&f->efd_w, disk_file_on_event, f->efd, EV_READ);
	ev_prepare_init(&f->prep_w, disk_file_on_prepare);
	*out = &f->disk;
	return 0;

fail_register:
	close(f->efd);
fail_efd:
	io_uring_queue_exit(&f->ring);
fail_ring:
	if (f->dfd >= 0)
		close(f->dfd);
fail_capacity:
	close(f->fd);
fail_open:
	free(f);
	return rc;
}

int disk_file_stats(const struct disk *d, struct disk_file_stats *out)
{
	if (!d || d->ops != &disk_file_ops || !out)
		return -EINVAL;
	*out = disk_container_of(d, const struct disk_file, disk)->stats;
	return 0;
}
