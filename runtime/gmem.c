/*
 * Guest memory: a shared mapping of the partition's memfd, range-checked
 * copies, GPA range lists and (for ring.c) mapped views.
 */
#include "runtime/gmem.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/gmem_view.h"
#include "runtime/util.h"

struct rt_gmem {
	int fd;
	uint64_t size;
	uint8_t *base;
};

static int gmem_map(int fd, uint64_t size, struct rt_gmem **out)
{
	struct rt_gmem *g;
	struct stat st;

	if (size == 0 || !rt_is_aligned(size, (uint64_t)RT_PAGE_SIZE) || size > SIZE_MAX / 2)
		return -EINVAL;
	/* PFN arithmetic below assumes host pages are guest pages. */
	if (sysconf(_SC_PAGESIZE) != RT_PAGE_SIZE)
		return -ENOTSUP;
	if (fstat(fd, &st) < 0)
		return -errno;
	if ((uint64_t)st.st_size < size)
		return -EINVAL;
	g = calloc(1, sizeof(*g));
	if (!g)
		return -ENOMEM;
	g->base = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (g->base == MAP_FAILED) {
		int rc = -errno;

		free(g);
		return rc;
	}
	g->fd = fd;
	g->size = size;
	*out = g;
	return 0;
}

int rt_gmem_create_memfd(uint64_t size, struct rt_gmem **out)
{
	int fd, rc;

	if (size == 0 || !rt_is_aligned(size, (uint64_t)RT_PAGE_SIZE))
		return -EINVAL;
	fd = memfd_create("pv-guest-ram", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0)
		return -errno;
	if (ftruncate(fd, (off_t)size) < 0) {
		rc = -errno;
		goto fail_fd;
	}
	/*
	 * The fd is handed to other processes (the sim guest): one that
	 * shrank the file would make our accesses past the new end SIGBUS.
	 */
	if (fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) < 0) {
		rc = -errno;
		goto fail_fd;
	}
	rc = gmem_map(fd, size, out);
	if (rc < 0)
		goto fail_fd;
	return 0;

fail_fd:
	close(fd);
	return rc;
}

int rt_gmem_from_fd(int fd, uint64_t size, struct rt_gmem **out)
{
	return gmem_map(fd, size, out);
}

void rt_gmem_destroy(struct rt_gmem *g)
{
	if (!g)
		return;
	munmap(g->base, g->size);
	close(g->fd);
	free(g);
}

int rt_gmem_fd(const struct rt_gmem *g)
{
	return g->fd;
}

void *rt_gmem_host_base(const struct rt_gmem *g)
{
	return g->base;
}

uint64_t rt_gmem_size(const struct rt_gmem *g)
{
	return g->size;
}

uint64_t rt_gmem_page_count(const struct rt_gmem *g)
{
	return g->size >> RT_PAGE_SHIFT;
}

bool rt_gmem_pfn_valid(const struct rt_gmem *g, uint64_t pfn)
{
	return pfn < (g->size >> RT_PAGE_SHIFT);
}

static bool gpa_span_ok(const struct rt_gmem *g, uint64_t gpa, size_t len)
{
	uint64_t end;

	return rt_add_u64(gpa, len, &end) == 0 && end <= g->size;
}

int rt_gmem_read(const struct rt_gmem *g, uint64_t gpa, void *dst, size_t len)
{
	if (!gpa_span_ok(g, gpa, len))
		return -EFAULT;
	memcpy(dst, g->base + gpa, len);
	return 0;
}

int rt_gmem_write(const struct rt_gmem *g, uint64_t gpa, const void *src, size_t len)
{
	if (!gpa_span_ok(g, gpa, len))
		return -EFAULT;
	memcpy(g->base + gpa, src, len);
	return 0;
}

/* ------------------------------------------------------------------ */

static int range_shape_ok(const struct rt_gpa_range *r)
{
	if (r->offset >= RT_PAGE_SIZE || r->pfn_count != rt_gpa_range_pages(r->offset, r->len))
		return -EINVAL;
	if (r->pfn_count && !r->pfns)
		return -EINVAL;
	return 0;
}

int rt_gpa_ranges_check(const struct rt_gmem *g, const struct rt_gpa_range *ranges, size_t n,
			uint64_t *total)
{
	uint64_t sum = 0;
	size_t i;
	uint32_t p;

	for (i = 0; i < n; i++) {
		if (range_shape_ok(&ranges[i]) < 0)
			return -EINVAL;
		for (p = 0; p < ranges[i].pfn_count; p++)
			if (!rt_gmem_pfn_valid(g, ranges[i].pfns[p]))
				return -EFAULT;
		sum += ranges[i].len; /* n * 2^32 cannot overflow 64 bits */
	}
	if (total)
		*total = sum;
	return 0;
}

/*
 * Walks [off, off + len) of the list one page-bounded segment at a time,
 * checking each page; fn gets the segment's host address.
 */
typedef int (*seg_fn)(void *ctx, uint8_t *hva, uint64_t gpa, size_t len);

static int gpa_walk(const struct rt_gmem *g, const struct rt_gpa_range *ranges, size_t n,
		    uint64_t off, size_t len, seg_fn fn, void *ctx)
{
	size_t i;
	int rc;

	for (i = 0; i < n && len; i++) {
		const struct rt_gpa_range *r = &ranges[i];
		uint64_t pos; /* byte position inside the range's first page span */

		if (range_shape_ok(r) < 0)
			return -EINVAL;
		if (off >= r->len) {
			off -= r->len;
			continue;
		}
		pos = (uint64_t)r->offset + off;
		while (len && pos < (uint64_t)r->offset + r->len) {
			uint64_t page = pos >> RT_PAGE_SHIFT, in_page = pos & (RT_PAGE_SIZE - 1);
			uint64_t room = rt_min((uint64_t)RT_PAGE_SIZE - in_page,
					       (uint64_t)r->offset + r->len - pos);
			size_t seg = (size_t)rt_min(room, (uint64_t)len);
			uint64_t pfn = r->pfns[page];
			uint64_t gpa;

			if (!rt_gmem_pfn_valid(g, pfn))
				return -EFAULT;
			gpa = (pfn << RT_PAGE_SHIFT) + in_page;
			rc = fn(ctx, g->base + gpa, gpa, seg);
			if (rc)
				return rc;
			pos += seg;
			len -= seg;
		}
		off = 0;
	}
	return len ? -EINVAL : 0;
}

struct copy_ctx {
	uint8_t *buf;
	bool to_guest;
};

static int copy_seg(void *ctx, uint8_t *hva, uint64_t gpa, size_t len)
{
	struct copy_ctx *c = ctx;

	if (c->to_guest)
		memcpy(hva, c->buf, len);
	else
		memcpy(c->buf, hva, len);
	c->buf += len;
	return 0;
}

int rt_gpa_copy_from(const struct rt_gmem *g, const struct rt_gpa_range *ranges, size_t n,
		     uint64_t off, void *dst, size_t len)
{
	struct copy_ctx c = {.buf = dst, .to_guest = false};

	return gpa_walk(g, ranges, n, off, len, copy_seg, &c);
}

int rt_gpa_copy_to(const struct rt_gmem *g, const struct rt_gpa_range *ranges, size_t n,
		   uint64_t off, const void *src, size_t len)
{
	struct copy_ctx c = {.buf = (uint8_t *)src, .to_guest = true};

	return gpa_walk(g, ranges, n, off, len, copy_seg, &c);
}

struct iov_ctx {
	struct iovec *iov;
	int max;
	int used;
};

static int iov_seg(void *ctx, uint8_t *hva, uint64_t gpa, size_t len)
{
	struct iov_ctx *c = ctx;
	struct iovec *last = c->used ? &c->iov[c->used - 1] : NULL;

	if (last && (uint8_t *)last->iov_base + last->iov_len == hva) {
		last->iov_len += len;
		return 0;
	}
	if (c->used == c->max)
		return -E2BIG;
	c->iov[c->used].iov_base = hva;
	c->iov[c->used].iov_len = len;
	c->used++;
	return 0;
}

int rt_gpa_iov(const struct rt_gmem *g, const struct rt_gpa_range *ranges, size_t n, uint64_t off,
	       size_t len, struct iovec *iov, int iov_max)
{
	struct iov_ctx c = {.iov = iov, .max = iov_max, .used = 0};
	int rc = gpa_walk(g, ranges, n, off, len, iov_seg, &c);

	return rc < 0 ? rc : c.used;
}

/* ------------------------------------------------------------------ */

int rt_gmem_view_map(const struct rt_gmem *g, const uint64_t *pfns, size_t n, size_t repeat_from,
		     struct rt_gmem_view *v)
{
	size_t total, i, run;
	uint8_t *base;

	memset(v, 0, sizeof(*v));
	if (n == 0 || repeat_from > n || n > SIZE_MAX / 2 / RT_PAGE_SIZE)
		return -EINVAL;
	for (i = 0; i < n; i++)
		if (!rt_gmem_pfn_valid(g, pfns[i]))
			return -EFAULT;
	total = (n + (n - repeat_from)) * RT_PAGE_SIZE;
	/* Reserve the span first so the MAP_FIXED pieces cannot land on anything else. */
	base = mmap(NULL, total, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (base == MAP_FAILED)
		return -ENOMEM;
	for (i = 0; i < n + (n - repeat_from); i += run) {
		size_t idx = i < n ? i : repeat_from + (i - n);
		size_t limit = i < n ? n - i : n - idx;
		void *p;

		/* One mmap per run of consecutive pfns keeps big rings cheap. */
		for (run = 1; run < limit && pfns[idx + run] == pfns[idx] + run; run++)
			;
		p = mmap(base + i * RT_PAGE_SIZE, run * RT_PAGE_SIZE, PROT_READ | PROT_WRITE,
			 MAP_SHARED | MAP_FIXED, g->fd, (off_t)(pfns[idx] << RT_PAGE_SHIFT));
		if (p == MAP_FAILED) {
			munmap(base, total);
			return -ENOMEM;
		}
	}
	v->base = base;
	v->len = total;
	return 0;
}

void rt_gmem_view_unmap(struct rt_gmem_view *v)
{
	if (v->base)
		munmap(v->base, v->len);
	v->base = NULL;
	v->len = 0;
}
