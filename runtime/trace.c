/*
 * Trace writer: pcapng (SHB, IDBs, EPBs) of pvtrace records; see trace.h.
 * The reader is trace_read.c.
 */
#include "runtime/trace.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "runtime/util.h"
#include "vmbus_wire.h"
#include "vmring_codec.h"
#include "vmring_wire.h"
#include "pv_codec.h"

#define PCAPNG_SHB 0x0A0D0D0Au
#define PCAPNG_IDB 1u
#define PCAPNG_EPB 6u
#define PCAPNG_BOM 0x1A2B3C4Du
#define TRACE_BUF (1u << 20)

/* One channel's interface and what the trace learned about it. */
struct trace_if {
	uint32_t channel;
	uint32_t ifid;
	bool has_class;
	uint8_t class_guid[16];
};

/*
 * GPADL id -> relid, so bodies and TORNDOWN land on their channel. The guest
 * picks the ids: GPADL_HEADERs with ever new ids (refused ones included)
 * must not grow the map, nor the linear lookup every traced message does,
 * without end. Entries go at TORNDOWN; past the cap the oldest slots are
 * reused (an old GPADL's records then show channel 0).
 */
#define TRACE_GPADLS_MAX 4096

struct trace_gpadl {
	uint32_t gpadl, relid;
};

struct rt_trace {
	pthread_mutex_t lock;
	/* Read without the lock by the recorders (a stopped trace costs them one
	 * load); written under it. */
	atomic_bool active;
	int fd;           /* -1 while stopped */
	bool own;         /* close fd on stop */
	bool live;        /* a pipe or socket read as it is written (--trace -, pvctl trace stream):
		       nonblocking, whole blocks only, a record that finds no room is dropped */
	uint64_t dropped; /* live: records dropped for a slow reader */
	/* live: the first head_tail bytes of buf end a block whose start is
	 * already written (the reader took part of it) */
	size_t head_tail;
	/* Under lock: records are assembled here and written in large chunks
	 * (one syscall per TRACE_BUF bytes, not per record). */
	uint8_t *buf;
	size_t used;
	struct rt_trace_filter filt;
	bool has_filter;
	bool failed; /* a write failed: later records are counted as dropped */
	/* Under lock. */
	struct trace_if *ifs;
	size_t nifs, capifs;
	struct trace_gpadl *gpadls;
	size_t ngpadls, capgpadls;
	size_t gpadl_reuse; /* next slot to reuse once TRACE_GPADLS_MAX are held */
	uint64_t written, filtered;
};

static int parse_guid(const char *s, uint8_t out[16])
{
	/* Text form is little-endian for the first three groups (wire order). */
	static const int order[16] = {3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};
	uint8_t b[16];
	int n = 0;

	for (const char *p = s; *p; p++) {
		if (*p == '-')
			continue;
		if (!isxdigit((unsigned char)p[0]) || !isxdigit((unsigned char)p[1]) || n == 16)
			return -EINVAL;
		char h[3] = {p[0], p[1], 0};
		b[n++] = (uint8_t)strtoul(h, NULL, 16);
		p++;
	}
	if (n != 16)
		return -EINVAL;
	for (int i = 0; i < 16; i++)
		out[i] = b[order[i]];
	return 0;
}

int rt_trace_filter_parse(const char *s, struct rt_trace_filter *f, char *err, size_t errlen)
{
	char *dup = strdup(s ? s : ""), *save = NULL, *tok;
	int rc = 0;

	if (!dup)
		return -ENOMEM;
	memset(f, 0, sizeof(*f));
	for (tok = strtok_r(dup, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		char *v = strchr(tok, '=');
		char *end = NULL;
		if (!v)
			goto bad;
		*v++ = 0;
		if (!strcmp(tok, "relid")) {
			unsigned long n = strtoul(v, &end, 0);
			if (!*v || *end || n > UINT32_MAX || f->nrelids == RT_TRACE_MAX_RELIDS)
				goto bad;
			f->relids[f->nrelids++] = (uint32_t)n;
		} else if (!strcmp(tok, "class")) {
			if (f->nclasses == RT_TRACE_MAX_CLASSES)
				goto bad;
			uint8_t *g = f->classes[f->nclasses];
			/* A class label from the specs' class tables (storvsc, netvsc, ...) or a GUID. */
			const struct pv_class *c = pv_class_by_label(v);
			if (c)
				memcpy(g, c->guid, 16);
			else if (parse_guid(v, g))
				goto bad;
			f->nclasses++;
		} else if (!strcmp(tok, "proto")) {
			uint32_t p;
			for (p = 1; p < 32; p++) {
				const char *nm = pvtrace_proto_name(p);
				if (!strcmp(nm, "?"))
					continue;
				if (!strcasecmp(nm, v))
					break;
			}
			if (p == 32)
				goto bad;
			f->protos |= 1u << p;
		} else if (!strcmp(tok, "snap")) {
			unsigned long n = strtoul(v, &end, 0);
			if (!*v || *end || n == 0 || n > UINT32_MAX)
				goto bad;
			f->snaplen = (uint32_t)n;
		} else {
			goto bad;
		}
		continue;
	bad:
		if (err)
			snprintf(err, errlen, "bad trace filter item '%s%s%s'", tok, v ? "=" : "",
				 v ? v : "");
		rc = -EINVAL;
		break;
	}
	free(dup);
	return rc;
}

/* ------------------------------------------------------------------ */
/* pcapng blocks                                                        */

/* Writes one option (code, bytes) padded to 4 into buf; returns its size. */
static size_t opt(uint8_t *buf, uint16_t code, const void *val, uint16_t len)
{
	size_t pad = (4 - (len & 3)) & 3;
	pv_put_u16(buf, code);
	pv_put_u16(buf + 2, len);
	if (len)
		memcpy(buf + 4, val, len);
	memset(buf + 4 + len, 0, pad);
	return 4 + len + pad;
}

/* Under lock: a live sink takes what it can without blocking; the rest
 * stays buffered (a reader that went away fails the trace). */
static int drain_live(struct rt_trace *t)
{
	size_t off = 0;

	/*
	 * One write per block (the first may be the rest of a block a reader
	 * took part of): a pipe takes a write of up to PIPE_BUF bytes whole or
	 * not at all, so a slow reader of a pipe never gets part of a block.
	 */
	while (off < t->used) {
		size_t len = t->head_tail ? t->head_tail : pv_get_u32(t->buf + off + 4);
		ssize_t n = write(t->fd, t->buf + off, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			break;
		if (n <= 0) {
			t->failed = true;
			t->used = 0;
			t->head_tail = 0;
			return -EPIPE;
		}
		off += (size_t)n;
		t->head_tail = len - (size_t)n;
		if (t->head_tail) /* a socket took part of it: the rest first, later */
			break;
	}
	memmove(t->buf, t->buf + off, t->used - off);
	t->used -= off;
	return 0;
}

/*
 * Stopping a live sink whose reader took part of a block: the rest of that
 * block goes out too, waiting for the reader at most TRACE_TAIL_WAIT_MS, so
 * the stream ends (or the next section starts) on a block boundary. What
 * follows it is dropped. Under lock.
 */
#define TRACE_TAIL_WAIT_MS 1000
static void finish_live(struct rt_trace *t)
{
	struct timespec t0, now;
	size_t off = 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (off < t->head_tail) {
		ssize_t n = write(t->fd, t->buf + off, t->head_tail - off);
		long left;

		if (n > 0) {
			off += (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
			break;
		clock_gettime(CLOCK_MONOTONIC, &now);
		left = TRACE_TAIL_WAIT_MS - (now.tv_sec - t0.tv_sec) * 1000 -
		       (now.tv_nsec - t0.tv_nsec) / 1000000;
		if (left <= 0 ||
		    poll(&(struct pollfd){.fd = t->fd, .events = POLLOUT}, 1, (int)left) < 0)
			break;
	}
	t->head_tail = 0;
}

/* Under lock (or before the trace is shared). */
static int drain(struct rt_trace *t)
{
	size_t off = 0;
	if (t->fd < 0) {
		t->used = 0;
		return 0;
	}
	if (t->live)
		return drain_live(t);
	while (off < t->used) {
		ssize_t n = write(t->fd, t->buf + off, t->used - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			t->failed = true;
			t->used = 0;
			return -EIO;
		}
		off += (size_t)n;
	}
	t->used = 0;
	return 0;
}

/* Under lock: true if a block of `len` bytes fits whole (a live sink never
 * writes part of a block, so a reader always sees a valid stream). */
static bool room(struct rt_trace *t, size_t len)
{
	if (!t->live)
		return true;
	if (TRACE_BUF - t->used < len)
		drain_live(t);
	if (TRACE_BUF - t->used < len) {
		t->dropped++;
		return false;
	}
	return true;
}

static void out(struct rt_trace *t, const void *p, size_t len)
{
	while (len && !t->failed) {
		size_t c = rt_min(len, TRACE_BUF - t->used);
		memcpy(t->buf + t->used, p, c);
		t->used += c;
		p = (const uint8_t *)p + c;
		len -= c;
		if (t->used == TRACE_BUF)
			drain(t);
	}
}

static int write_block(struct rt_trace *t, uint32_t type, const uint8_t *body, size_t len)
{
	uint8_t hdr[8], tail[4];
	uint32_t total = (uint32_t)(12 + len);

	if (!room(t, total))
		return -ENOBUFS;
	pv_put_u32(hdr, type);
	pv_put_u32(hdr + 4, total);
	pv_put_u32(tail, total);
	out(t, hdr, 8);
	out(t, body, len);
	out(t, tail, 4);
	return t->failed ? -EIO : 0;
}

static int write_shb(struct rt_trace *t)
{
	uint8_t b[64];
	size_t n = 16;
	static const char app[] = "paravisor rt_trace";

	pv_put_u32(b, PCAPNG_BOM);
	pv_put_u16(b + 4, 1);
	pv_put_u16(b + 6, 0);
	memset(b + 8, 0xff, 8);                   /* section length unknown */
	n += opt(b + n, 4, app, sizeof(app) - 1); /* shb_userappl */
	n += opt(b + n, 0, NULL, 0);
	return write_block(t, PCAPNG_SHB, b, n);
}

/* The class's label in the specs' class tables (the interface's name), or NULL. */
static const char *class_name(const uint8_t g[16])
{
	const struct pv_class *c = pv_class_by_guid(g);

	return c ? c->label : NULL;
}

static int write_idb(struct rt_trace *t, uint32_t channel, const struct trace_if *in)
{
	uint8_t b[160];
	size_t n = 8;
	char name[32], desc[80];
	uint8_t tsresol = 9; /* 10^-9 s */

	pv_put_u16(b, PVTRACE_LINKTYPE);
	pv_put_u16(b + 2, 0);
	pv_put_u32(b + 4, 0);
	if (channel)
		snprintf(name, sizeof(name), "relid %u", channel);
	else
		snprintf(name, sizeof(name), "vmbus control");
	n += opt(b + n, 2, name, (uint16_t)strlen(name)); /* if_name */
	if (in && in->has_class) {
		const uint8_t *g = in->class_guid;
		const char *cn = class_name(g);
		snprintf(desc, sizeof(desc),
			 "class "
			 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x%s%s",
			 g[3], g[2], g[1], g[0], g[5], g[4], g[7], g[6], g[8], g[9], g[10], g[11],
			 g[12], g[13], g[14], g[15], cn ? " " : "", cn ? cn : "");
		n += opt(b + n, 3, desc, (uint16_t)strlen(desc)); /* if_description */
	}
	n += opt(b + n, 9, &tsresol, 1); /* if_tsresol */
	n += opt(b + n, 0, NULL, 0);
	return write_block(t, PCAPNG_IDB, b, n);
}

static struct trace_if *if_find(struct rt_trace *t, uint32_t channel)
{
	for (size_t i = 0; i < t->nifs; i++)
		if (t->ifs[i].channel == channel)
			return &t->ifs[i];
	return NULL;
}

/* The channel's entry, created (without an IDB yet: ifid UINT32_MAX) if new. */
static struct trace_if *if_get(struct rt_trace *t, uint32_t channel)
{
	struct trace_if *in = if_find(t, channel);

	if (in)
		return in;
	if (t->nifs == t->capifs) {
		size_t cap = t->capifs ? t->capifs * 2 : 16;
		struct trace_if *n = realloc(t->ifs, cap * sizeof(*n));
		if (!n)
			return NULL;
		t->ifs = n;
		t->capifs = cap;
	}
	in = &t->ifs[t->nifs++];
	memset(in, 0, sizeof(*in));
	in->channel = channel;
	in->ifid = UINT32_MAX;
	return in;
}

static uint32_t next_ifid(const struct rt_trace *t)
{
	uint32_t n = 0;
	for (size_t i = 0; i < t->nifs; i++)
		if (t->ifs[i].ifid != UINT32_MAX)
			n++;
	return n;
}

int rt_trace_new(struct rt_trace **out)
{
	struct rt_trace *t = calloc(1, sizeof(*t));

	if (!t)
		return -ENOMEM;
	t->buf = malloc(TRACE_BUF);
	if (!t->buf) {
		free(t);
		return -ENOMEM;
	}
	t->fd = -1;
	atomic_init(&t->active, false);
	pthread_mutex_init(&t->lock, NULL);
	*out = t;
	return 0;
}

/* Under lock: the sink is fd; section header and interface 0 first. */
static int start_locked(struct rt_trace *t, int fd, bool own, const struct rt_trace_filter *filter)
{
	struct stat st;
	struct trace_if *in;

	if (t->fd >= 0)
		return -EBUSY;
	if (fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) {
		int fl = fcntl(fd, F_GETFL);
		if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
			return -errno;
		t->live = true;
	} else {
		t->live = false;
	}
	t->fd = fd;
	t->own = own;
	t->failed = false;
	t->used = 0;
	t->head_tail = 0;
	t->has_filter = filter != NULL;
	if (filter)
		t->filt = *filter;
	/* Interfaces are numbered per section: a new sink gets new IDBs. */
	for (size_t i = 0; i < t->nifs; i++)
		t->ifs[i].ifid = UINT32_MAX;
	in = if_get(t, 0);
	if (!in || write_shb(t) || write_idb(t, 0, in) || drain(t)) {
		t->fd = -1;
		t->used = 0;
		return in ? -EIO : -ENOMEM;
	}
	in->ifid = 0;
	atomic_store(&t->active, true);
	return 0;
}

int rt_trace_start_fd(struct rt_trace *t, int fd, bool own, const struct rt_trace_filter *filter)
{
	int rc;

	pthread_mutex_lock(&t->lock);
	rc = start_locked(t, fd, own, filter);
	pthread_mutex_unlock(&t->lock);
	return rc;
}

int rt_trace_start(struct rt_trace *t, const char *path, const struct rt_trace_filter *filter)
{
	int fd, rc;

	if (!strcmp(path, "-"))
		return rt_trace_start_fd(t, STDOUT_FILENO, false, filter);
	/*
	 * Busy is told before the open: its O_TRUNC would empty the file a
	 * running trace of the same path is still writing.
	 */
	pthread_mutex_lock(&t->lock);
	if (t->fd >= 0) {
		pthread_mutex_unlock(&t->lock);
		return -EBUSY;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	rc = fd < 0 ? -errno : start_locked(t, fd, true, filter);
	pthread_mutex_unlock(&t->lock);
	if (rc && fd >= 0)
		close(fd);
	return rc;
}

/* Under lock. */
static void stop_locked(struct rt_trace *t)
{
	if (t->fd < 0)
		return;
	atomic_store(&t->active, false);
	if (t->live) {
		/*
		 * A reader gets the whole blocks that fit now; only the rest of a
		 * block it already took part of is waited for (bounded).
		 */
		drain_live(t);
		finish_live(t);
	} else {
		drain(t);
	}
	if (t->own)
		close(t->fd);
	t->fd = -1;
	t->used = 0;
	t->live = false;
}

void rt_trace_stop(struct rt_trace *t)
{
	if (!t)
		return;
	pthread_mutex_lock(&t->lock);
	stop_locked(t);
	pthread_mutex_unlock(&t->lock);
}

bool rt_trace_active(struct rt_trace *t)
{
	return t && atomic_load_explicit(&t->active, memory_order_relaxed);
}

int rt_trace_open(const char *path, const struct rt_trace_filter *filter, struct rt_trace **out)
{
	struct rt_trace *t;
	int rc = rt_trace_new(&t);

	if (rc)
		return rc;
	rc = rt_trace_start(t, path, filter);
	if (rc) {
		rt_trace_close(t);
		return rc;
	}
	*out = t;
	return 0;
}

void rt_trace_close(struct rt_trace *t)
{
	if (!t)
		return;
	stop_locked(t);
	free(t->buf);
	pthread_mutex_destroy(&t->lock);
	free(t->ifs);
	free(t->gpadls);
	free(t);
}

int rt_trace_flush(struct rt_trace *t)
{
	int rc;
	pthread_mutex_lock(&t->lock);
	rc = t->live ? drain_live(t) : drain(t);
	pthread_mutex_unlock(&t->lock);
	return rc;
}

void rt_trace_counts(struct rt_trace *t, uint64_t *written, uint64_t *filtered)
{
	pthread_mutex_lock(&t->lock);
	if (written)
		*written = t->written;
	if (filtered)
		*filtered = t->filtered + t->dropped;
	pthread_mutex_unlock(&t->lock);
}

/* Under lock. */
static bool keep(struct rt_trace *t, uint8_t proto, uint32_t channel)
{
	const struct rt_trace_filter *f = &t->filt;
	bool ok;

	if (!t->has_filter)
		return true;
	if (f->protos && !(f->protos & (1u << (proto & 31))))
		return false;
	if (channel == 0)
		return true;
	if (f->nrelids) {
		ok = false;
		for (unsigned i = 0; i < f->nrelids; i++)
			ok |= f->relids[i] == channel;
		if (!ok)
			return false;
	}
	if (f->nclasses) {
		struct trace_if *in = if_find(t, channel);
		ok = false;
		for (unsigned i = 0; in && in->has_class && i < f->nclasses; i++)
			ok |= !memcmp(f->classes[i], in->class_guid, 16);
		if (!ok)
			return false;
	}
	return true;
}

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Under lock: the record as one EPB on the channel's interface. */
static void emit(struct rt_trace *t, uint8_t proto, uint8_t dir, uint32_t channel,
		 uint64_t trans_id, const struct iovec *iov, int n)
{
	struct pvtrace_record r = {.version = PVTRACE_RECORD_VERSION,
				   .proto = proto,
				   .dir = dir,
				   .channel = channel,
				   .trans_id = trans_id};
	uint8_t epb[20], rec[PVTRACE_RECORD_SIZE], tail[4];
	static const uint8_t zero[4];
	struct trace_if *in;
	size_t total = 0, keep_len, pad, left;
	uint64_t ts = now_ns();
	uint32_t blen;

	if (t->fd < 0)
		return;
	if (t->failed || !keep(t, proto, channel)) {
		t->filtered++;
		return;
	}
	in = if_get(t, channel);
	if (!in) {
		t->filtered++;
		return;
	}
	if (in->ifid == UINT32_MAX) {
		uint32_t id = next_ifid(t);
		if (write_idb(t, channel, in))
			return;
		in->ifid = id;
	}
	for (int i = 0; i < n; i++)
		total += iov[i].iov_len;
	keep_len = total;
	if (t->has_filter && t->filt.snaplen && keep_len > t->filt.snaplen) {
		keep_len = t->filt.snaplen;
		r.flags |= PVTRACE_REC_FLAGS_TRUNCATED;
	}
	if (keep_len > UINT32_MAX - 64) {
		t->filtered++;
		return;
	}
	r.payload_len = (uint32_t)keep_len;
	pvtrace_record_encode(&r, rec, sizeof(rec));
	pad = (4 - ((PVTRACE_RECORD_SIZE + keep_len) & 3)) & 3;
	blen = (uint32_t)(12 + 20 + PVTRACE_RECORD_SIZE + keep_len + pad);
	if (!room(t, blen))
		return;
	pv_put_u32(epb, PCAPNG_EPB);
	pv_put_u32(epb + 4, blen);
	pv_put_u32(epb + 8, in->ifid);
	pv_put_u32(epb + 12, (uint32_t)(ts >> 32));
	pv_put_u32(epb + 16, (uint32_t)ts);
	out(t, epb, sizeof(epb));
	pv_put_u32(epb, (uint32_t)(PVTRACE_RECORD_SIZE + keep_len));
	pv_put_u32(epb + 4, (uint32_t)(PVTRACE_RECORD_SIZE + total > UINT32_MAX
					       ? UINT32_MAX
					       : PVTRACE_RECORD_SIZE + total));
	out(t, epb, 8);
	out(t, rec, sizeof(rec));
	left = keep_len;
	for (int i = 0; i < n && left; i++) {
		size_t c = rt_min(left, iov[i].iov_len);
		out(t, iov[i].iov_base, c);
		left -= c;
	}
	out(t, zero, pad);
	pv_put_u32(tail, blen);
	out(t, tail, 4);
	if (t->failed)
		return;
	t->written++;
	if (t->live)
		drain_live(t);
}

void rt_trace_record(struct rt_trace *t, uint8_t proto, uint8_t dir, uint32_t channel,
		     uint64_t trans_id, const struct iovec *iov, int n)
{
	if (!atomic_load_explicit(&t->active, memory_order_relaxed))
		return;
	pthread_mutex_lock(&t->lock);
	emit(t, proto, dir, channel, trans_id, iov, n);
	pthread_mutex_unlock(&t->lock);
}

static uint32_t rd32(const uint8_t *p, size_t len, size_t off)
{
	uint32_t v = 0;
	if (off + 4 <= len)
		memcpy(&v, p + off, 4);
	return v;
}

/* Under lock. */
static void gpadl_note(struct rt_trace *t, uint32_t gpadl, uint32_t relid)
{
	for (size_t i = 0; i < t->ngpadls; i++)
		if (t->gpadls[i].gpadl == gpadl) {
			t->gpadls[i].relid = relid;
			return;
		}
	if (t->ngpadls == TRACE_GPADLS_MAX) {
		t->gpadls[t->gpadl_reuse++ % TRACE_GPADLS_MAX] = (struct trace_gpadl){gpadl, relid};
		return;
	}
	if (t->ngpadls == t->capgpadls) {
		size_t cap = t->capgpadls ? t->capgpadls * 2 : 16;
		struct trace_gpadl *n = realloc(t->gpadls, cap * sizeof(*n));
		if (!n)
			return;
		t->gpadls = n;
		t->capgpadls = cap;
	}
	t->gpadls[t->ngpadls++] = (struct trace_gpadl){gpadl, relid};
}

/* Under lock. */
static void gpadl_forget(struct rt_trace *t, uint32_t gpadl)
{
	for (size_t i = 0; i < t->ngpadls; i++)
		if (t->gpadls[i].gpadl == gpadl) {
			t->gpadls[i] = t->gpadls[--t->ngpadls];
			return;
		}
}

static uint32_t gpadl_relid(const struct rt_trace *t, uint32_t gpadl)
{
	for (size_t i = 0; i < t->ngpadls; i++)
		if (t->gpadls[i].gpadl == gpadl)
			return t->gpadls[i].relid;
	return 0;
}

/* Where each VMBus message that names a channel has its relid. */
#define RELID_AT(msg, wire) [VMBUS_MSG_TYPE_##msg] = offsetof(struct vmbus_wire_##wire, child_relid)
static const uint8_t vmbus_relid_at[] = {
	RELID_AT(OFFERCHANNEL, offerchannel),
	RELID_AT(RESCIND_CHANNELOFFER, rescind_channeloffer),
	RELID_AT(OPENCHANNEL, openchannel),
	RELID_AT(OPENCHANNEL_RESULT, openchannel_result),
	RELID_AT(CLOSECHANNEL, closechannel),
	RELID_AT(GPADL_HEADER, gpadl_header),
	RELID_AT(GPADL_CREATED, gpadl_created),
	RELID_AT(GPADL_TEARDOWN, gpadl_teardown),
	RELID_AT(RELID_RELEASED, relid_released),
	RELID_AT(OPEN_RESERVED_CHANNEL, open_reserved_channel),
	RELID_AT(CLOSE_RESERVED_CHANNEL, close_reserved_channel),
	RELID_AT(CLOSE_RESERVED_RESPONSE, close_reserved_response),
	RELID_AT(MODIFYCHANNEL, modifychannel),
	RELID_AT(MODIFYCHANNEL_RESPONSE, modifychannel_response),
};
#undef RELID_AT

/* Under lock. */
static void vmbus_locked(struct rt_trace *t, uint8_t dir, const void *msg, size_t len)
{
	const uint8_t *p = msg;
	uint32_t type = rd32(p, len, offsetof(struct vmbus_wire_msg_header, msgtype)), relid = 0;
	struct iovec iov = {(void *)msg, len};

	if (type < sizeof(vmbus_relid_at) && vmbus_relid_at[type])
		relid = rd32(p, len, vmbus_relid_at[type]);
	switch (type) {
	case VMBUS_MSG_TYPE_OFFERCHANNEL:
		if (relid && len >= offsetof(struct vmbus_wire_offerchannel, if_instance)) {
			struct trace_if *in = if_get(t, relid);
			if (in) {
				memcpy(in->class_guid,
				       p + offsetof(struct vmbus_wire_offerchannel, if_type),
				       sizeof(in->class_guid));
				in->has_class = true;
			}
		}
		break;
	case VMBUS_MSG_TYPE_GPADL_HEADER:
		gpadl_note(t, rd32(p, len, offsetof(struct vmbus_wire_gpadl_header, gpadl)), relid);
		break;
	case VMBUS_MSG_TYPE_GPADL_BODY:
		relid = gpadl_relid(t, rd32(p, len, offsetof(struct vmbus_wire_gpadl_body, gpadl)));
		break;
	case VMBUS_MSG_TYPE_GPADL_TORNDOWN: {
		uint32_t gpadl = rd32(p, len, offsetof(struct vmbus_wire_gpadl_torndown, gpadl));

		relid = gpadl_relid(t, gpadl);
		gpadl_forget(t, gpadl);
		break;
	}
	default:
		break;
	}
	emit(t, PVTRACE_PROTO_VMBUS, dir, relid, 0, &iov, 1);
}

void rt_trace_vmbus(struct rt_trace *t, uint8_t dir, const void *msg, size_t len)
{
	pthread_mutex_lock(&t->lock);
	vmbus_locked(t, dir, msg, len);
	pthread_mutex_unlock(&t->lock);
}

bool rt_trace_hold(struct rt_trace *t)
{
	if (!t || !atomic_load_explicit(&t->active, memory_order_relaxed))
		return false;
	pthread_mutex_lock(&t->lock);
	return true;
}

void rt_trace_release(struct rt_trace *t)
{
	pthread_mutex_unlock(&t->lock);
}

void rt_trace_vmbus_held(struct rt_trace *t, uint8_t dir, const void *msg, size_t len)
{
	vmbus_locked(t, dir, msg, len);
}

void rt_trace_ring_copied(struct rt_trace *t, uint8_t dir, uint32_t relid, const void *pkt,
			  size_t len)
{
	uint64_t tid = 0;
	struct iovec iov = {(void *)pkt, len};

	if (len >= VMRING_DESC_SIZE)
		memcpy(&tid, (const uint8_t *)pkt + offsetof(struct vmring_wire_desc, trans_id),
		       sizeof(tid));
	rt_trace_record(t, PVTRACE_PROTO_VMRING, dir, relid, tid, &iov, 1);
}

/*
 * The record of a packet written from the writer's arguments: the
 * descriptor as the ring builds it (offset8 from hdr_len, len8 from the
 * padded total), the iov, the padding. `held`: the caller holds the lock.
 */
static void ring_written(struct rt_trace *t, bool held, uint8_t dir, uint32_t relid, uint16_t type,
			 uint16_t flags, uint64_t trans_id, size_t hdr_len, const struct iovec *iov,
			 int n)
{
	struct iovec v[8];
	uint8_t desc[VMRING_DESC_SIZE];
	static const uint8_t zero[8];
	size_t total = VMRING_DESC_SIZE;
	struct vmring_desc d = {.type = type, .flags = flags, .trans_id = trans_id};
	int k = 0;

	if (n > 6)
		n = 6; /* writers in this tree pass at most two */
	for (int i = 0; i < n; i++)
		total += iov[i].iov_len;
	d.offset8 = (uint16_t)((VMRING_DESC_SIZE + hdr_len) / 8);
	d.len8 = (uint16_t)(rt_align_up(total, 8) / 8);
	vmring_desc_encode(&d, desc, sizeof(desc));
	v[k++] = (struct iovec){desc, sizeof(desc)};
	for (int i = 0; i < n; i++)
		v[k++] = iov[i];
	if (rt_align_up(total, 8) != total)
		v[k++] = (struct iovec){(void *)zero, rt_align_up(total, 8) - total};
	if (held) {
		emit(t, PVTRACE_PROTO_VMRING, dir, relid, trans_id, v, k);
		return;
	}
	rt_trace_record(t, PVTRACE_PROTO_VMRING, dir, relid, trans_id, v, k);
}

void rt_trace_ring_written(struct rt_trace *t, uint8_t dir, uint32_t relid, uint16_t type,
			   uint16_t flags, uint64_t trans_id, size_t hdr_len,
			   const struct iovec *iov, int n)
{
	if (!atomic_load_explicit(&t->active, memory_order_relaxed))
		return;
	ring_written(t, false, dir, relid, type, flags, trans_id, hdr_len, iov, n);
}

void rt_trace_ring_tx_held(struct rt_trace *t, uint32_t relid, uint16_t type, uint16_t flags,
			   uint64_t trans_id, size_t hdr_len, const struct iovec *iov, int n)
{
	ring_written(t, true, PVTRACE_DIR_TO_GUEST, relid, type, flags, trans_id, hdr_len, iov, n);
}
