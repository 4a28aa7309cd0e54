/*
 * The emulator's NVM command set and data transfer: PRP entries and lists,
 * SGL descriptors and segments, and the namespace's disk.
 *
 * Data pointers are walked with the shape checks the specification asks
 * for (NVM Express Base 2.0 4.1.1 PRP, 4.1.2 SGL) and every address goes
 * through the bus's DMA translation; a fault there fails the command with
 * Data Transfer Error (QEMU's answer), never the controller. The request's
 * segments point into host memory as the bus mapped it, so the disk reads
 * and writes the driver's (or the guest's) pages directly.
 *
 * Worker thread only.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "devices/nvme/nvme_emu_priv.h"
#include "runtime/util.h"

uint8_t *emu_req_buf(struct emu_req *r, size_t len)
{
	if (r->buflen < len) {
		free(r->buf);
		r->buf = malloc(len);
		r->buflen = r->buf ? len : 0;
		if (!r->buf)
			return NULL;
	}
	memset(r->buf, 0, len);
	return r->buf;
}

/* ---- mapping --------------------------------------------------------------- */

/* Appends [addr, addr + len) to r's segments; -EFAULT (unmapped) or -E2BIG. */
static int seg_add(struct emu_req *r, uint64_t addr, uint64_t len)
{
	struct nvme_emu *e = r->e;
	struct iovec iov[4];
	int n;

	if (!r->segs) {
		r->segs = calloc(e->max_segs, sizeof(*r->segs));
		if (!r->segs)
			return -ENOMEM;
	}
	n = e->pd.host->ops->dma_iov(e->pd.host, addr, (size_t)len, iov, (int)RT_ARRAY_SIZE(iov));
	if (n < 0)
		return n;
	for (int i = 0; i < n; i++) {
		struct disk_seg *last = r->nsegs ? &r->segs[r->nsegs - 1] : NULL;

		if (last && (uint8_t *)last->va + last->len == iov[i].iov_base &&
		    (uint64_t)last->len + iov[i].iov_len <= UINT32_MAX) {
			last->len += (uint32_t)iov[i].iov_len;
			continue;
		}
		if (r->nsegs == e->max_segs)
			return -E2BIG;
		r->segs[r->nsegs++] = (struct disk_seg){
			.gpa = addr, .va = iov[i].iov_base, .len = (uint32_t)iov[i].iov_len};
		addr += iov[i].iov_len;
	}
	return 0;
}

static uint16_t seg_status(struct emu_req *r, int rc)
{
	if (rc == -EFAULT) {
		atomic_fetch_add(&r->e->st.dma_errors, 1);
		return EMU_SC(DATA_TRANSFER_ERROR);
	}
	return rc == -E2BIG ? EMU_SC_DNR(INVALID_FIELD) : EMU_SC(INTERNAL_ERROR);
}

static uint16_t map_prp(struct emu_req *r, uint64_t prp1, uint64_t prp2, uint64_t len)
{
	const uint64_t page = EMU_PAGE;
	uint64_t n, list;
	int rc;

	if (prp1 & 3)
		return EMU_SC_DNR(PRP_OFFSET_INVALID);
	n = rt_min(len, page - (prp1 & (page - 1)));
	if ((rc = seg_add(r, prp1, n)))
		return seg_status(r, rc);
	len -= n;
	if (!len)
		return 0;
	if (len <= page) {
		if (prp2 & (page - 1))
			return EMU_SC_DNR(PRP_OFFSET_INVALID);
		rc = seg_add(r, prp2, len);
		return rc ? seg_status(r, rc) : 0;
	}
	/* PRP2 points at a list; the last entry of a full list page chains to the next. */
	if (prp2 & 7)
		return EMU_SC_DNR(PRP_OFFSET_INVALID);
	list = prp2;
	while (len) {
		uint64_t ents[EMU_PAGE / 8];
		uint64_t room = (page - (list & (page - 1))) / 8;
		uint64_t need = (len + page - 1) / page;
		uint64_t take = need > room ? room : need;
		uint8_t raw[EMU_PAGE];

		if (pcidev_dma_read(&r->e->pd, list, raw, (size_t)take * 8)) {
			atomic_fetch_add(&r->e->st.dma_errors, 1);
			return EMU_SC(DATA_TRANSFER_ERROR);
		}
		for (uint64_t i = 0; i < take; i++)
			ents[i] = pv_get_u64(&raw[i * 8]);
		for (uint64_t i = 0; i < take; i++) {
			if (need > room && i == take - 1) {
				if (ents[i] & (page - 1))
					return EMU_SC_DNR(PRP_OFFSET_INVALID);
				list = ents[i];
				break;
			}
			if (ents[i] & (page - 1))
				return EMU_SC_DNR(PRP_OFFSET_INVALID);
			n = rt_min(len, page);
			if ((rc = seg_add(r, ents[i], n)))
				return seg_status(r, rc);
			len -= n;
		}
	}
	return 0;
}

/* One SGL descriptor: data blocks map; *next gets a segment descriptor to follow. */
static uint16_t sgl_desc(struct emu_req *r, const struct nvme_sgl_desc *d, uint64_t *left,
			 bool in_last, struct nvme_sgl_desc *next, bool *has_next)
{
	uint64_t n;
	int rc;

	if (d->subtype != 0)
		return EMU_SC_DNR(SGL_TYPE_INVALID);
	switch (d->type) {
	case NVME_SGL_TYPE_DATA_BLOCK:
		n = rt_min((uint64_t)d->length, *left);
		if (n && (rc = seg_add(r, d->addr, n)))
			return seg_status(r, rc);
		*left -= n;
		return 0;
	case NVME_SGL_TYPE_SEGMENT:
	case NVME_SGL_TYPE_LAST_SEGMENT:
		if (in_last || *has_next)
			return EMU_SC_DNR(INVALID_SGL_SEGMENT);
		if (!d->length || d->length % NVME_SGL_DESC_SIZE)
			return EMU_SC_DNR(INVALID_SGL_SEGMENT);
		*next = *d;
		*has_next = true;
		return 0;
	default:
		return EMU_SC_DNR(SGL_TYPE_INVALID);
	}
}

static uint16_t map_sgl(struct emu_req *r, uint64_t dptr_lo, uint64_t dptr_hi, uint64_t len)
{
	uint8_t raw[NVME_SGL_DESC_SIZE];
	struct nvme_sgl_desc d, next;
	unsigned used = 1;
	bool has_next = false;
	uint64_t left = len;
	uint16_t st;

	pv_put_u64(raw, dptr_lo);
	pv_put_u64(raw + 8, dptr_hi);
	nvme_sgl_desc_decode(raw, sizeof(raw), NULL, &d);
	if ((st = sgl_desc(r, &d, &left, false, &next, &has_next)))
		return st;
	while (has_next && left) {
		bool last = next.type == NVME_SGL_TYPE_LAST_SEGMENT;
		uint32_t count = next.length / NVME_SGL_DESC_SIZE;
		uint8_t list[EMU_MAX_SGL_DESCS * NVME_SGL_DESC_SIZE];
		uint64_t addr = next.addr;

		if (used + count > EMU_MAX_SGL_DESCS)
			return EMU_SC_DNR(INVALID_SGL_COUNT);
		used += count;
		if (pcidev_dma_read(&r->e->pd, addr, list, (size_t)count * NVME_SGL_DESC_SIZE)) {
			atomic_fetch_add(&r->e->st.dma_errors, 1);
			return EMU_SC(DATA_TRANSFER_ERROR);
		}
		has_next = false;
		for (uint32_t i = 0; i < count; i++) {
			nvme_sgl_desc_decode(&list[i * NVME_SGL_DESC_SIZE], NVME_SGL_DESC_SIZE,
					     NULL, &d);
			/* In a (non-last) segment only its final descriptor may chain. */
			if (!last && i + 1 < count && d.type != NVME_SGL_TYPE_DATA_BLOCK)
				return EMU_SC_DNR(INVALID_SGL_SEGMENT);
			if ((st = sgl_desc(r, &d, &left, last, &next, &has_next)))
				return st;
		}
		if (!last && !has_next && left)
			return EMU_SC_DNR(INVALID_SGL_SEGMENT);
	}
	return left ? EMU_SC_DNR(SGL_DATA_LENGTH_INVALID) : 0;
}

uint16_t emu_map(struct emu_req *r, const struct nvme_sqe_hdr *hdr, uint64_t len)
{
	r->nsegs = 0;
	if (!len)
		return 0;
	switch (hdr->psdt) {
	case NVME_PSDT_PRP:
		return map_prp(r, hdr->prp1, hdr->prp2, len);
	case NVME_PSDT_SGL_MPTR_CONTIG:
	case NVME_PSDT_SGL_MPTR_SGL:
		if (!r->e->o.sgl)
			return EMU_SC_DNR(INVALID_FIELD);
		return map_sgl(r, hdr->prp1, hdr->prp2, len);
	default:
		return EMU_SC_DNR(INVALID_FIELD);
	}
}

void emu_copy_to_host(struct emu_req *r, const void *buf, size_t len)
{
	size_t done = 0;

	for (uint32_t i = 0; i < r->nsegs && done < len; i++) {
		size_t n = rt_min((size_t)r->segs[i].len, len - done);

		memcpy(r->segs[i].va, (const uint8_t *)buf + done, n);
		done += n;
	}
}

void emu_copy_from_host(struct emu_req *r, void *buf, size_t len)
{
	size_t done = 0;

	for (uint32_t i = 0; i < r->nsegs && done < len; i++) {
		size_t n = rt_min((size_t)r->segs[i].len, len - done);

		memcpy((uint8_t *)buf + done, r->segs[i].va, n);
		done += n;
	}
}

/* ---- the disk ---------------------------------------------------------------- */

static uint16_t errno_status(int err, bool write)
{
	switch (err) {
	case 0:
		return 0;
	case -EROFS:
		return EMU_SC_DNR(NS_WRITE_PROTECTED);
	case -ENOSPC:
		return EMU_SC_DNR(CAPACITY_EXCEEDED);
	case -EINVAL:
		return EMU_SC_DNR(INVALID_FIELD);
	case -EOPNOTSUPP:
		return EMU_SC_DNR(INVALID_OPCODE);
	case -ENOMEM:
	case -EAGAIN:
		return EMU_SC(INTERNAL_ERROR);
	default:
		return emu_status(NVME_SCT_MEDIA,
				  write ? NVME_MEDIA_STATUS_WRITE_FAULT
					: NVME_MEDIA_STATUS_UNRECOVERED_READ_ERROR,
				  false);
	}
}

static bool step_next(struct emu_req *r);

static void disk_done(void *ctx, int status)
{
	struct emu_req *r = ctx;
	struct nvme_emu *e = r->e;

	e->inflight--;
	if (status) {
		r->status = errno_status(status, r->is_write);
	} else if (r->dreq.op == DISK_OP_READ || r->dreq.op == DISK_OP_WRITE) {
		uint64_t bytes = disk_req_bytes(&r->dreq);

		atomic_fetch_add(r->dreq.op == DISK_OP_READ ? &e->st.bytes_read
							    : &e->st.bytes_written,
				 bytes);
	}
	if (status || e->resetting || !step_next(r))
		emu_req_complete(r);
	emu_maybe_finish(e);
}

void emu_disk_submit(struct emu_req *r)
{
	struct nvme_emu *e = r->e;
	int rc;

	r->dreq.cb = disk_done;
	r->dreq.ctx = r;
	e->inflight++;
	rc = disk_submit(e->disk, &r->dreq);
	if (rc) {
		e->inflight--;
		r->status = errno_status(rc, r->is_write);
		emu_req_complete(r);
	}
}

/* Multi-step commands: starts the next step and returns true, or false when done. */
static bool step_next(struct emu_req *r)
{
	struct nvme_emu *e = r->e;
	uint64_t n;

	switch (r->opcode) {
	case NVM_OPCODE_WRITE_ZEROES:
	case NVM_OPCODE_VERIFY:
		if (!r->left)
			return false;
		n = rt_min(r->left, (uint64_t)(EMU_ZERO_CHUNK >> e->lbads));
		r->dreq.lba = r->lba;
		r->segs[0] =
			(struct disk_seg){.va = r->opcode == NVM_OPCODE_VERIFY ? r->buf : e->zeros,
					  .len = (uint32_t)(n << e->lbads)};
		r->dreq.segs = r->segs;
		r->dreq.nsegs = 1;
		r->lba += n;
		r->left -= n;
		emu_disk_submit(r);
		return true;
	case NVM_OPCODE_DATASET_MANAGEMENT:
		while (r->step < r->nsteps) {
			struct nvm_dsm_range d;
			uint64_t nsze = atomic_load(&e->nsze);

			nvm_dsm_range_decode(r->buf + (size_t)r->step++ * NVM_DSM_RANGE_SIZE,
					     NVM_DSM_RANGE_SIZE, NULL, &d);
			/* As QEMU: an empty or out-of-range range is skipped, not an error. */
			if (!d.nlb || d.slba >= nsze || d.nlb > nsze - d.slba)
				continue;
			r->dreq = (struct disk_req){
				.op = DISK_OP_UNMAP, .lba = d.slba, .nblocks = d.nlb};
			emu_disk_submit(r);
			return true;
		}
		return false;
	default:
		return false;
	}
}

/* ---- commands ---------------------------------------------------------------- */

static bool lba_bad(struct nvme_emu *e, uint64_t slba, uint64_t n)
{
	uint64_t nsze = atomic_load(&e->nsze);

	return slba >= nsze || n > nsze - slba;
}

static void io_rw(struct emu_req *r, const struct nvm_rw *c)
{
	struct nvme_emu *e = r->e;
	uint64_t nblocks = (uint64_t)c->nlb + 1, bytes = nblocks << e->lbads;
	bool write = r->opcode == NVM_OPCODE_WRITE;
	struct nvme_sqe_hdr h;
	uint16_t st;

	r->lba = c->slba;
	if (r->opcode != NVM_OPCODE_VERIFY && bytes > ((uint64_t)EMU_PAGE << e->o.mdts)) {
		r->status = EMU_SC_DNR(INVALID_FIELD);
		goto done;
	}
	if (lba_bad(e, c->slba, nblocks)) {
		r->status = EMU_SC_DNR(LBA_OUT_OF_RANGE);
		goto done;
	}
	if (r->opcode == NVM_OPCODE_VERIFY) {
		/* Reads the range to prove it readable; the data goes nowhere. */
		r->is_write = false;
		r->lba = c->slba;
		r->left = nblocks;
		if (!emu_req_buf(r, EMU_ZERO_CHUNK) ||
		    (!r->segs && !(r->segs = calloc(e->max_segs, sizeof(*r->segs))))) {
			r->status = EMU_SC(INTERNAL_ERROR);
			goto done;
		}
		r->dreq = (struct disk_req){.op = DISK_OP_READ};
		step_next(r);
		return;
	}
	/* The generated nvm sqe_hdr and nvme sqe_hdr are the same layout. */
	h = (struct nvme_sqe_hdr){.psdt = c->hdr.psdt, .prp1 = c->hdr.prp1, .prp2 = c->hdr.prp2};
	st = emu_map(r, &h, bytes);
	if (st) {
		r->status = st;
		goto done;
	}
	r->is_write = write;
	r->dreq = (struct disk_req){
		.op = write ? DISK_OP_WRITE : DISK_OP_READ,
		.flags = write && c->fua ? DISK_REQ_FUA : 0,
		.lba = c->slba,
		.segs = r->segs,
		.nsegs = r->nsegs,
	};
	if (write) {
		e->host_writes++;
		e->units_written += bytes / 512;
	} else {
		e->host_reads++;
		e->units_read += bytes / 512;
	}
	emu_disk_submit(r);
	return;
done:
	emu_req_complete(r);
}

static void io_write_zeroes(struct emu_req *r, const struct nvm_write_zeroes *c)
{
	struct nvme_emu *e = r->e;
	uint64_t nblocks = (uint64_t)c->nlb + 1;

	r->lba = c->slba;
	r->is_write = true;
	if (lba_bad(e, c->slba, nblocks)) {
		r->status = EMU_SC_DNR(LBA_OUT_OF_RANGE);
		emu_req_complete(r);
		return;
	}
	if (c->deac && (e->disk->flags & DISK_F_UNMAP)) {
		/* Deallocated blocks read as zeros (DLFEAT), so deallocating is writing zeros. */
		r->dreq =
			(struct disk_req){.op = DISK_OP_UNMAP, .lba = c->slba, .nblocks = nblocks};
		r->left = 0;
		emu_disk_submit(r);
		return;
	}
	if (!r->segs && !(r->segs = calloc(e->max_segs, sizeof(*r->segs)))) {
		r->status = EMU_SC(INTERNAL_ERROR);
		emu_req_complete(r);
		return;
	}
	r->left = nblocks;
	r->dreq = (struct disk_req){.op = DISK_OP_WRITE, .flags = c->fua ? DISK_REQ_FUA : 0};
	step_next(r);
}

static void io_dsm(struct emu_req *r, const struct nvm_dsm *c)
{
	struct nvme_emu *e = r->e;
	uint32_t n = (uint32_t)c->nr + 1;
	struct nvme_sqe_hdr h = {.psdt = c->hdr.psdt, .prp1 = c->hdr.prp1, .prp2 = c->hdr.prp2};
	uint16_t st;

	r->is_write = true;
	if (!emu_req_buf(r, (size_t)n * NVM_DSM_RANGE_SIZE)) {
		r->status = EMU_SC(INTERNAL_ERROR);
		goto done;
	}
	/* The range list is read even without AD: a bad pointer is reported either way. */
	st = emu_map(r, &h, (uint64_t)n * NVM_DSM_RANGE_SIZE);
	if (st) {
		r->status = st;
		goto done;
	}
	emu_copy_from_host(r, r->buf, (size_t)n * NVM_DSM_RANGE_SIZE);
	if (!c->ad || !(e->disk->flags & DISK_F_UNMAP))
		goto done; /* attributes are hints; deallocation is optional (ONCS DSM) */
	r->step = 0;
	r->nsteps = n;
	if (step_next(r))
		return;
done:
	emu_req_complete(r);
}

static void io_flush(struct emu_req *r)
{
	r->is_write = true;
	r->dreq = (struct disk_req){.op = DISK_OP_FLUSH};
	emu_disk_submit(r);
}

/* The generated nvm handler table; ctx is the request, each handler completes it. */
static int h_read(void *ctx, const struct nvm_msg *m)
{
	io_rw(ctx, &m->u.read);
	return 0;
}

static int h_write(void *ctx, const struct nvm_msg *m)
{
	io_rw(ctx, &m->u.write);
	return 0;
}

static int h_verify(void *ctx, const struct nvm_msg *m)
{
	io_rw(ctx, &m->u.verify);
	return 0;
}

static int h_write_zeroes(void *ctx, const struct nvm_msg *m)
{
	io_write_zeroes(ctx, &m->u.write_zeroes);
	return 0;
}

static int h_dsm(void *ctx, const struct nvm_msg *m)
{
	io_dsm(ctx, &m->u.dataset_management);
	return 0;
}

static int h_flush(void *ctx, const struct nvm_msg *m)
{
	(void)m;
	io_flush(ctx);
	return 0;
}

/* Compare is in the table but not offered (ONCS): its slot stays empty. */
static const struct nvm_msg_handlers io_handlers = {
	.flush = h_flush,
	.write = h_write,
	.read = h_read,
	.write_zeroes = h_write_zeroes,
	.dataset_management = h_dsm,
	.verify = h_verify,
};

void emu_io_exec(struct emu_req *r, const uint8_t *sqe)
{
	struct nvm_msg m;
	enum pv_codec_err err = nvm_msg_decode(sqe, NVME_SQE_SIZE, NULL, &m);
	const struct nvm_sqe_hdr *h = &m.u.flush.hdr;
	int rc = emu_req_begin(r, false, err);

	if (rc < 0)
		return;
	if (rc > 0) {
		/* did not decode: the status is set */
	} else if (h->nsid != 1 &&
		   !(m.type == NVM_OPCODE_FLUSH && h->nsid == NVME_NSID_BROADCAST)) {
		r->status = EMU_SC_DNR(INVALID_NAMESPACE);
	} else if (h->fuse) {
		r->status = EMU_SC(INVALID_FIELD);
	} else if (nvm_msg_dispatch(&io_handlers, r, &m) == 0) {
		return;
	} else {
		r->status = EMU_SC_DNR(INVALID_OPCODE);
	}
	emu_req_complete(r);
}
