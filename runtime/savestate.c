/*
 * Saved state writer and reader (runtime/savestate.h; format spec/savestate.yaml).
 */
#include "runtime/savestate.h"

#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/util.h"

uint64_t rt_ss_checksum(const void *buf, size_t len)
{
	const uint8_t *p = buf;
	uint64_t h = PVSS_FNV_OFFSET;

	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= PVSS_FNV_PRIME;
	}
	return h;
}

struct pvss_msg *rt_ss_msg_new(uint32_t type)
{
	struct pvss_msg *m = calloc(1, sizeof(*m));

	if (m)
		m->type = type;
	return m;
}

/*
 * Scratch messages given back, kept for the next take: a restore check
 * uses a few at a time (nested: a device's check inside the reader's),
 * and each is ~270 KB, which an allocator hands out by mmap and takes back
 * by munmap (ASan always does), page faults included, at every take.
 */
#define SCRATCH_KEEP 4 /* not protocol: messages kept for reuse (checks nest a few deep) */
static struct {
	pthread_mutex_t mu;
	unsigned n;
	struct pvss_msg *m[SCRATCH_KEEP];
} scratch = {.mu = PTHREAD_MUTEX_INITIALIZER};

struct pvss_msg *rt_ss_msg_scratch(void)
{
	struct pvss_msg *m = NULL;

	pthread_mutex_lock(&scratch.mu);
	if (scratch.n)
		m = scratch.m[--scratch.n];
	pthread_mutex_unlock(&scratch.mu);
	/* Not zeroed: a decode writes every field of its record (see savestate.h). */
	if (!m)
		m = malloc(sizeof(*m));
	if (m)
		m->type = 0;
	return m;
}

void rt_ss_msg_release(struct pvss_msg *m)
{
	if (!m)
		return;
	pthread_mutex_lock(&scratch.mu);
	if (scratch.n < SCRATCH_KEEP) {
		scratch.m[scratch.n++] = m;
		m = NULL;
	}
	pthread_mutex_unlock(&scratch.mu);
	free(m);
}

/* ------------------------------------------------------------------ */
/* Writing                                                              */

int rt_ss_writer_init(struct rt_ss_writer *w)
{
	memset(w, 0, sizeof(*w));
	w->cap = 4 * PVSS_MAX_RECORD;
	w->buf = calloc(1, w->cap);
	if (!w->buf)
		return -ENOMEM;
	w->len = rt_align_up((size_t)PVSS_FILE_HEADER_SIZE, (size_t)PVSS_ALIGN);
	return 0;
}

void rt_ss_writer_fini(struct rt_ss_writer *w)
{
	free(w->buf);
	free(w->fds);
	memset(w, 0, sizeof(*w));
}

/* Room for one more record of any size (and its padding). */
static int writer_reserve(struct rt_ss_writer *w)
{
	size_t need = w->len + PVSS_MAX_RECORD + PVSS_ALIGN;
	uint8_t *nb;
	size_t ncap;

	if (need <= w->cap)
		return 0;
	if (need > PVSS_MAX_STATE)
		return -E2BIG;
	ncap = rt_max(w->cap * 2, need);
	nb = realloc(w->buf, ncap);
	if (!nb)
		return -ENOMEM;
	memset(nb + w->cap, 0, ncap - w->cap);
	w->buf = nb;
	w->cap = ncap;
	return 0;
}

/* Encodes m at the end; the header's length is stamped once the size is known. */
static int writer_append(struct rt_ss_writer *w, struct pvss_msg *m)
{
	struct pvss_rec_header h = {.type = m->type, .len = PVSS_REC_HEADER_SIZE};
	int n, rc;

	if (w->err)
		return w->err;
	rc = writer_reserve(w);
	if (rc)
		goto fail;
	/* Every record begins with its header (the members share that prefix). */
	m->u.file_header.hdr = h;
	n = pvss_msg_encode(m, NULL, w->buf + w->len, PVSS_MAX_RECORD);
	if (n < 0) {
		fprintf(stderr, "savestate: cannot encode %s: %s\n", pvss_rec_type_name(m->type),
			pv_codec_err_name((enum pv_codec_err) - n));
		rc = -EINVAL;
		goto fail;
	}
	h.len = (uint32_t)n;
	pvss_rec_header_encode(&h, w->buf + w->len, PVSS_REC_HEADER_SIZE);
	w->len += rt_align_up((size_t)n, (size_t)PVSS_ALIGN);
	return 0;
fail:
	w->err = rc;
	return rc;
}

int rt_ss_put(struct rt_ss_writer *w, struct pvss_msg *m)
{
	int rc = writer_append(w, m);

	if (rc == 0)
		w->nrec++;
	return rc;
}

int rt_ss_put_fd(struct rt_ss_writer *w, int fd, uint16_t kind, uint32_t key, uint64_t size)
{
	struct pvss_msg *m;
	int rc;

	if (w->err)
		return w->err;
	if (w->nfds == w->capfds) {
		unsigned ncap = w->capfds ? w->capfds * 2 : 16;
		int *nf = realloc(w->fds, ncap * sizeof(*nf));
		if (!nf) {
			w->err = -ENOMEM;
			return w->err;
		}
		w->fds = nf;
		w->capfds = ncap;
	}
	m = rt_ss_msg_new(PVSS_REC_TYPE_FD);
	if (!m) {
		w->err = -ENOMEM;
		return w->err;
	}
	m->u.fd.fd = (uint32_t)fd;
	m->u.fd.kind = kind;
	m->u.fd.key = key;
	m->u.fd.size = size;
	rc = rt_ss_put(w, m);
	free(m);
	if (rc == 0)
		w->fds[w->nfds++] = fd;
	return rc;
}

int rt_ss_writer_finish(struct rt_ss_writer *w, const struct pvss_file_header *hdr, int *memfd)
{
	struct pvss_msg *m = NULL;
	size_t off = 0;
	int fd = -1, rc;

	*memfd = -1;
	if (w->err)
		return w->err;
	m = rt_ss_msg_new(PVSS_REC_TYPE_FILE_HEADER);
	if (!m)
		return -ENOMEM;
	/* FILE_HEADER goes into the room kept at offset 0. */
	m->u.file_header = *hdr;
	m->u.file_header.format_version = RT_SS_FORMAT_VERSION;
	m->u.file_header.record_count = w->nrec + 1;
	m->u.file_header.hdr.type = PVSS_REC_TYPE_FILE_HEADER;
	m->u.file_header.hdr.len = PVSS_FILE_HEADER_SIZE;
	rc = pvss_msg_encode(m, NULL, w->buf, PVSS_FILE_HEADER_SIZE);
	if (rc < 0) {
		fprintf(stderr, "savestate: cannot encode FILE_HEADER: %s\n",
			pv_codec_err_name((enum pv_codec_err) - rc));
		rc = -EINVAL;
		goto out;
	}
	memset(m, 0, sizeof(*m));
	m->type = PVSS_REC_TYPE_END;
	m->u.end.record_count = w->nrec + 1;
	rc = writer_reserve(w);
	if (rc)
		goto out;
	m->u.end.checksum = rt_ss_checksum(w->buf, w->len);
	rc = writer_append(w, m);
	if (rc)
		goto out;

	fd = memfd_create("pv-savestate", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0) {
		rc = -errno;
		goto out;
	}
	while (off < w->len) {
		ssize_t n = pwrite(fd, w->buf + off, w->len - off, (off_t)off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			rc = n < 0 ? -errno : -EIO;
			goto out;
		}
		off += (size_t)n;
	}
	/* Its size is final: a reader maps or reads exactly this much. */
	if (fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) < 0) {
		rc = -errno;
		goto out;
	}
	*memfd = fd;
	fd = -1;
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	free(m);
	return rc;
}

static int set_cloexec(int fd, bool on)
{
	int fl = fcntl(fd, F_GETFD);

	if (fl < 0)
		return -errno;
	fl = on ? (fl | FD_CLOEXEC) : (fl & ~FD_CLOEXEC);
	return fcntl(fd, F_SETFD, fl) < 0 ? -errno : 0;
}

int rt_ss_keep_fds(const struct rt_ss_writer *w, int memfd, bool keep)
{
	int rc = set_cloexec(memfd, !keep);

	for (unsigned i = 0; i < w->nfds && rc == 0; i++)
		rc = set_cloexec(w->fds[i], !keep);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Reading                                                              */

int rt_ss_fail(struct rt_ss_reader *r, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->err, sizeof(r->err), fmt, ap);
	va_end(ap);
	return err;
}

void rt_ss_reader_fini(struct rt_ss_reader *r)
{
	free(r->buf);
	free(r->recs);
	free(r->fds);
	free(r->open_subs);
	r->buf = NULL;
	r->recs = NULL;
	r->fds = NULL;
	r->open_subs = NULL;
	r->nrec = r->nfds = r->nopen_subs = 0;
}

/* Frames the record at *off: header, bounds, padding. Returns its length or a negative errno. */
static int frame_at(struct rt_ss_reader *r, size_t off, struct pvss_rec_header *h)
{
	size_t end;

	if (r->len - off < PVSS_REC_HEADER_SIZE)
		return rt_ss_fail(r, -EINVAL, "saved state truncated at byte %zu (record header)",
				  off);
	if (pvss_rec_header_decode(r->buf + off, PVSS_REC_HEADER_SIZE, NULL, h) != PV_OK)
		return rt_ss_fail(r, -EINVAL, "saved state: bad record header at byte %zu", off);
	if (h->len > r->len - off)
		return rt_ss_fail(r, -EINVAL,
				  "saved state truncated: %s at byte %zu needs %u bytes, %zu left",
				  pvss_rec_type_name(h->type), off, h->len, r->len - off);
	end = off + rt_align_up((size_t)h->len, (size_t)PVSS_ALIGN);
	if (end > r->len)
		return rt_ss_fail(r, -EINVAL, "saved state truncated in the padding of %s at %zu",
				  pvss_rec_type_name(h->type), off);
	for (size_t i = off + h->len; i < end; i++)
		if (r->buf[i])
			return rt_ss_fail(r, -EINVAL,
					  "saved state: non-zero padding after %s at byte %zu",
					  pvss_rec_type_name(h->type), off);
	return (int)h->len;
}

static int decode_at(struct rt_ss_reader *r, uint32_t off, uint32_t len, struct pvss_msg *m)
{
	enum pv_codec_err e = pvss_msg_decode(r->buf + off, len, &r->ctx, m);

	if (e != PV_OK) {
		uint32_t type = 0;
		if (len >= 4)
			memcpy(&type, r->buf + off, 4);
		return rt_ss_fail(r, -EINVAL, "saved state: %s record at byte %u (%u bytes): %s",
				  pvss_rec_type_name(type), off, len, pv_codec_err_name(e));
	}
	return 0;
}

/* Checks everything after the copy: framing, checksum, counts, every record's decode. */
static int reader_check(struct rt_ss_reader *r)
{
	struct pvss_rec_header h;
	struct pvss_msg *m = NULL;
	size_t off, hdr_end;
	uint32_t cap = 0;
	bool ended = false;
	int n, rc;

	m = rt_ss_msg_scratch();
	if (!m)
		return -ENOMEM;
	n = frame_at(r, 0, &h);
	if (n < 0) {
		rc = n;
		goto out;
	}
	if (h.type != PVSS_REC_TYPE_FILE_HEADER) {
		rc = rt_ss_fail(r, -EINVAL,
				"not a saved state: first record is %s, not FILE_HEADER",
				pvss_rec_type_name(h.type));
		goto out;
	}
	/* The header first at any version: it says which version the rest is. */
	if ((rc = decode_at(r, 0, (uint32_t)n, m)))
		goto out;
	r->hdr = m->u.file_header;
	if (r->hdr.format_version > RT_SS_FORMAT_VERSION) {
		rc = rt_ss_fail(r, -EPROTONOSUPPORT,
				"saved state format %u is newer than this binary's %u: refusing it",
				r->hdr.format_version, RT_SS_FORMAT_VERSION);
		goto out;
	}
	r->ctx.version = r->hdr.format_version;
	hdr_end = rt_align_up((size_t)n, (size_t)PVSS_ALIGN);

	for (off = hdr_end; off < r->len;) {
		n = frame_at(r, off, &h);
		if (n < 0) {
			rc = n;
			goto out;
		}
		if ((rc = decode_at(r, (uint32_t)off, (uint32_t)n, m)))
			goto out;
		if (h.type == PVSS_REC_TYPE_FILE_HEADER) {
			rc = rt_ss_fail(r, -EINVAL, "saved state: second FILE_HEADER at byte %zu",
					off);
			goto out;
		}
		if (h.type == PVSS_REC_TYPE_END) {
			uint64_t sum = rt_ss_checksum(r->buf, off);
			if (m->u.end.checksum != sum) {
				rc = rt_ss_fail(
					r, -EINVAL,
					"saved state corrupt: checksum 0x%016llx, content gives "
					"0x%016llx",
					(unsigned long long)m->u.end.checksum,
					(unsigned long long)sum);
				goto out;
			}
			if (m->u.end.record_count != r->nrec + 1 ||
			    r->hdr.record_count != r->nrec + 1) {
				rc = rt_ss_fail(
					r, -EINVAL,
					"saved state: %u records before END, header says %u, "
					"END says %u",
					r->nrec + 1, r->hdr.record_count, m->u.end.record_count);
				goto out;
			}
			off += rt_align_up((size_t)n, (size_t)PVSS_ALIGN);
			ended = true;
			break;
		}
		if (r->nrec == cap) {
			uint32_t ncap = cap ? cap * 2 : 64;
			struct rt_ss_rec *nr = realloc(r->recs, ncap * sizeof(*nr));
			if (!nr) {
				rc = -ENOMEM;
				goto out;
			}
			r->recs = nr;
			cap = ncap;
		}
		r->recs[r->nrec++] = (struct rt_ss_rec){h.type, (uint32_t)off, (uint32_t)n, false};
		if (h.type == PVSS_REC_TYPE_FD) {
			struct rt_ss_fd *nf = realloc(r->fds, (r->nfds + 1) * sizeof(*nf));
			if (!nf) {
				rc = -ENOMEM;
				goto out;
			}
			r->fds = nf;
			for (uint32_t i = 0; i < r->nfds; i++) {
				if (r->fds[i].fd == (int)m->u.fd.fd) {
					rc = rt_ss_fail(r, -EINVAL,
							"saved state: descriptor %u listed twice",
							m->u.fd.fd);
					goto out;
				}
			}
			r->fds[r->nfds++] = (struct rt_ss_fd){(int)m->u.fd.fd, m->u.fd.kind,
							      m->u.fd.key, m->u.fd.size, false};
			/* FD records are bookkeeping, not an object's: taken here. */
			r->recs[r->nrec - 1].taken = true;
		}
		off += rt_align_up((size_t)n, (size_t)PVSS_ALIGN);
	}
	if (!ended) {
		rc = rt_ss_fail(r, -EINVAL, "saved state truncated: no END record (%zu bytes)",
				r->len);
		goto out;
	}
	if (off != r->len) {
		rc = rt_ss_fail(r, -EINVAL, "saved state: %zu bytes after END", r->len - off);
		goto out;
	}
	rc = 0;
out:
	rt_ss_msg_release(m);
	return rc;
}

int rt_ss_reader_open_buf(struct rt_ss_reader *r, const void *buf, size_t len)
{
	memset(r, 0, sizeof(*r));
	if (len > PVSS_MAX_STATE)
		return rt_ss_fail(r, -E2BIG, "saved state of %zu bytes is larger than %u", len,
				  PVSS_MAX_STATE);
	r->buf = malloc(len ? len : 1);
	if (!r->buf)
		return -ENOMEM;
	memcpy(r->buf, buf, len);
	r->len = len;
	return reader_check(r);
}

int rt_ss_reader_open_fd(struct rt_ss_reader *r, int fd)
{
	struct stat st;
	size_t off = 0;

	memset(r, 0, sizeof(*r));
	if (fstat(fd, &st) < 0)
		return rt_ss_fail(r, -errno, "saved state descriptor %d: %s", fd, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return rt_ss_fail(r, -EINVAL, "saved state descriptor %d is not a memfd or file",
				  fd);
	if (st.st_size < 0 || (uint64_t)st.st_size > PVSS_MAX_STATE)
		return rt_ss_fail(r, -E2BIG, "saved state of %lld bytes is larger than %u",
				  (long long)st.st_size, PVSS_MAX_STATE);
	r->len = (size_t)st.st_size;
	r->buf = malloc(r->len ? r->len : 1);
	if (!r->buf)
		return -ENOMEM;
	/* One copy into private memory: the memfd is shared and could change. */
	while (off < r->len) {
		ssize_t n = pread(fd, r->buf + off, r->len - off, (off_t)off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return rt_ss_fail(r, -errno, "reading the saved state: %s",
					  strerror(errno));
		if (n == 0)
			break;
		off += (size_t)n;
	}
	r->len = off;
	return reader_check(r);
}

bool rt_ss_peek(const struct rt_ss_reader *r, uint32_t type)
{
	uint32_t i = r->cursor;

	while (i < r->nrec && r->recs[i].taken)
		i++;
	return i < r->nrec && r->recs[i].type == type;
}

int rt_ss_take(struct rt_ss_reader *r, uint32_t type, struct pvss_msg *m)
{
	uint32_t i = r->cursor;
	int rc;

	while (i < r->nrec && r->recs[i].taken)
		i++;
	if (i >= r->nrec || r->recs[i].type != type)
		return -ENOENT;
	rc = decode_at(r, r->recs[i].off, r->recs[i].len, m);
	if (rc)
		return rc;
	r->recs[i].taken = true;
	r->cursor = i + 1;
	return 0;
}

/* Linux names anonymous inodes "anon_inode:[eventfd]" in /proc/self/fd. */
static bool fd_link_is(int fd, const char *want)
{
	char path[64], link[128];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	n = readlink(path, link, sizeof(link) - 1);
	if (n < 0)
		return false;
	link[n] = 0;
	return strcmp(link, want) == 0;
}

static int fd_check(struct rt_ss_reader *r, const struct rt_ss_fd *f)
{
	struct stat st;
	bool ok;

	if (fstat(f->fd, &st) < 0)
		return rt_ss_fail(r, -EBADF, "saved state: descriptor %d (%s) is not open", f->fd,
				  pvss_fd_kind_name(f->kind));
	switch (f->kind) {
	case PVSS_FD_KIND_GUEST_RAM:
	case PVSS_FD_KIND_SIM_SIEF:
		ok = S_ISREG(st.st_mode) && (uint64_t)st.st_size >= f->size;
		break;
	case PVSS_FD_KIND_SIM_LISTEN:
	case PVSS_FD_KIND_SIM_GUEST:
	case PVSS_FD_KIND_SIM_IRQ:
	case PVSS_FD_KIND_PCI_SOCK:
		ok = S_ISSOCK(st.st_mode);
		break;
	case PVSS_FD_KIND_EVENTFD:
		ok = fd_link_is(f->fd, "anon_inode:[eventfd]");
		break;
	case PVSS_FD_KIND_SERIAL_LOG:
		ok = S_ISREG(st.st_mode) || S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode);
		break;
	case PVSS_FD_KIND_TAP:
		ok = S_ISCHR(st.st_mode);
		break;
	case PVSS_FD_KIND_FILE:
		ok = S_ISREG(st.st_mode) || S_ISBLK(st.st_mode);
		break;
	case PVSS_FD_KIND_DMA_POOL:
		ok = S_ISREG(st.st_mode) && (uint64_t)st.st_size >= f->size;
		break;
	case PVSS_FD_KIND_VFIO_CONTAINER:
	case PVSS_FD_KIND_VFIO_GROUP:
		ok = S_ISCHR(st.st_mode);
		break;
	case PVSS_FD_KIND_VFIO_DEVICE:
		ok = fd_link_is(f->fd, "anon_inode:[vfio-device]");
		break;
	default:
		ok = false;
		break;
	}
	if (!ok)
		return rt_ss_fail(r, -EBADF, "saved state: descriptor %d is not a %s", f->fd,
				  pvss_fd_kind_name(f->kind));
	return 0;
}

int rt_ss_claim_fd(struct rt_ss_reader *r, uint32_t fd, uint16_t kind, uint32_t key,
		   bool check_only)
{
	for (uint32_t i = 0; i < r->nfds; i++) {
		struct rt_ss_fd *f = &r->fds[i];
		if (f->fd != (int)fd)
			continue;
		if (f->kind != kind || f->key != key)
			return rt_ss_fail(r, -EBADF,
					  "saved state: descriptor %u is listed as %s (key %u), "
					  "used as %s (key %u)",
					  fd, pvss_fd_kind_name(f->kind), f->key,
					  pvss_fd_kind_name(kind), key);
		if (f->claimed)
			return rt_ss_fail(r, -EBADF, "saved state: descriptor %u used twice", fd);
		if (!check_only) {
			int rc = fd_check(r, f);
			if (rc)
				return rc;
		}
		f->claimed = true;
		return 0;
	}
	return rt_ss_fail(r, -EBADF, "saved state: descriptor %u (%s) is not in an FD record", fd,
			  pvss_fd_kind_name(kind));
}

int rt_ss_reader_finish(struct rt_ss_reader *r)
{
	for (uint32_t i = 0; i < r->nrec; i++)
		if (!r->recs[i].taken)
			return rt_ss_fail(r, -EINVAL,
					  "saved state: %s record at byte %u belongs to no object "
					  "this binary restores",
					  pvss_rec_type_name(r->recs[i].type), r->recs[i].off);
	for (uint32_t i = 0; i < r->nfds; i++)
		if (!r->fds[i].claimed)
			return rt_ss_fail(r, -EINVAL,
					  "saved state: descriptor %d (%s) claimed by no object",
					  r->fds[i].fd, pvss_fd_kind_name(r->fds[i].kind));
	return 0;
}

int rt_ss_put_config(struct rt_ss_writer *w, const char *text, size_t len)
{
	struct pvss_msg *m;
	size_t off = 0;

	if (len == 0 || len > PVSS_CONFIG_MAX)
		return -EINVAL;
	m = rt_ss_msg_new(PVSS_REC_TYPE_CONFIG);
	if (!m)
		return -ENOMEM;
	while (off < len) {
		size_t n = rt_min(len - off, (size_t)PVSS_CONFIG_CHUNK);
		m->u.config.total_len = (uint32_t)len;
		m->u.config.offset = (uint32_t)off;
		m->u.config.chunk_len = (uint32_t)n;
		m->u.config.text_count = (uint32_t)n;
		memcpy(m->u.config.text, text + off, n);
		if (rt_ss_put(w, m))
			break;
		off += n;
	}
	free(m);
	return w->err;
}

int rt_ss_take_config(struct rt_ss_reader *r, char **text, size_t *len)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	char *t = NULL;
	uint32_t total = 0, have = 0;
	int rc;

	*text = NULL;
	*len = 0;
	if (!m)
		return -ENOMEM;
	while (rt_ss_take(r, PVSS_REC_TYPE_CONFIG, m) == 0) {
		const struct pvss_config *c = &m->u.config;
		if (!t) {
			total = c->total_len;
			t = malloc((size_t)total + 1);
			if (!t) {
				rc = -ENOMEM;
				goto fail;
			}
		}
		if (c->total_len != total || c->offset != have) {
			rc = rt_ss_fail(
				r, -EINVAL,
				"saved state: configuration chunk at %u of %u, expected %u of %u",
				c->offset, c->total_len, have, total);
			goto fail;
		}
		if (memchr(c->text, 0, c->chunk_len)) {
			rc = rt_ss_fail(r, -EINVAL, "saved state: NUL inside the configuration");
			goto fail;
		}
		memcpy(t + have, c->text, c->chunk_len);
		have += c->chunk_len;
	}
	if (!t || have != total) {
		rc = rt_ss_fail(r, -EINVAL, "saved state: configuration %s (%u of %u bytes)",
				t ? "incomplete" : "missing", have, total);
		goto fail;
	}
	t[total] = 0;
	*text = t;
	*len = total;
	rt_ss_msg_release(m);
	return 0;
fail:
	free(t);
	rt_ss_msg_release(m);
	return rc;
}
