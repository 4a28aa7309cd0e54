/*
 * NVM commands from struct nvme_io: the SQE (generated nvm encoders), the
 * data pointer (PRP entries, a PRP list in the tracker's pages, or an SGL),
 * and bounce buffers.
 *
 * PRPs (NVM Express Base 2.0 4.1.1) describe the data when its shape allows
 * it: the first piece may start anywhere dword aligned, every other piece
 * must start on a page boundary and every piece but the last must end on
 * one. Guest data from storvsc has that shape (whole pages, Linux's block
 * layer) and goes to the device with no copy, at IOVA = GPA. Another shape
 * uses an SGL when the controller offers SGLs (Identify SGLS), else a
 * bounce buffer; so does everything on a queue pair created with `bounce`
 * (guest memory not visible to the device).
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "drivers/nvme/nvme_priv.h"
#include "runtime/util.h"

uint32_t nvme_ns_block_size(struct nvme_ctrlr *c, uint32_t nsid)
{
	uint32_t bs = 0;

	pthread_mutex_lock(&c->lock);
	for (unsigned i = 0; i < c->nns; i++)
		if (c->ns[i].nsid == nsid)
			bs = c->ns[i].block_size;
	pthread_mutex_unlock(&c->lock);
	return bs;
}

static bool prp_shape(const struct nvme_sge *sg, uint32_t n)
{
	if (sg[0].iova & 3)
		return false;
	for (uint32_t i = 0; i < n; i++) {
		if (!sg[i].len)
			return false;
		if (i > 0 && (sg[i].iova & (NVME_PAGE - 1)))
			return false;
		if (i + 1 < n && ((sg[i].iova + sg[i].len) & (NVME_PAGE - 1)))
			return false;
	}
	return true;
}

/*
 * PRP1/PRP2 for data of the PRP shape: PRP2 is the second page, or a list
 * of the pages after the first in the tracker's list pages, the last entry
 * of each full list page chaining to the next (Base 2.0 figure 89).
 */
static int build_prp(struct nvme_tracker *tr, const struct nvme_sge *sg, uint32_t n, uint64_t *prp1,
		     uint64_t *prp2)
{
	uint64_t pages[NVME_MAX_XFER / NVME_PAGE + 2];
	uint32_t np = 0;
	uint64_t *list = tr->list.va;
	uint32_t per_page = NVME_PAGE / 8, cap = (uint32_t)(tr->list.len / 8), w = 0;

	*prp1 = sg[0].iova;
	for (uint32_t i = 0; i < n; i++) {
		uint64_t a = i == 0 ? rt_align_down(sg[0].iova, (uint64_t)NVME_PAGE) + NVME_PAGE
				    : sg[i].iova;
		uint64_t end = sg[i].iova + sg[i].len;

		for (; a < end; a += NVME_PAGE) {
			if (np == RT_ARRAY_SIZE(pages))
				return -EINVAL;
			pages[np++] = a;
		}
	}
	*prp2 = 0;
	if (np == 0)
		return 0;
	if (np == 1) {
		*prp2 = pages[0];
		return 0;
	}
	*prp2 = tr->list.iova;
	for (uint32_t i = 0; i < np; i++) {
		/* A full list page's last slot points at the next list page. */
		if (w % per_page == per_page - 1 && i + 1 < np) {
			if (w + 1 >= cap)
				return -EINVAL;
			pv_put_u64((uint8_t *)&list[w], tr->list.iova + (uint64_t)(w + 1) * 8);
			w++;
		}
		if (w >= cap)
			return -EINVAL;
		pv_put_u64((uint8_t *)&list[w++], pages[i]);
	}
	return 0;
}

/* DPTR as one data block, or a last-segment descriptor over the tracker's list pages. */
static int build_sgl(struct nvme_tracker *tr, const struct nvme_sge *sg, uint32_t n,
		     uint8_t dptr[16])
{
	struct nvme_sgl_desc d = {.type = NVME_SGL_TYPE_DATA_BLOCK};

	if (n == 1) {
		d.addr = sg[0].iova;
		d.length = sg[0].len;
		nvme_sgl_desc_encode(&d, dptr, 16);
		return 0;
	}
	if (n > NVME_SGL_MAX || (size_t)n * NVME_SGL_DESC_SIZE > tr->list.len)
		return -EINVAL;
	for (uint32_t i = 0; i < n; i++) {
		d.addr = sg[i].iova;
		d.length = sg[i].len;
		nvme_sgl_desc_encode(&d, (uint8_t *)tr->list.va + (size_t)i * NVME_SGL_DESC_SIZE,
				     NVME_SGL_DESC_SIZE);
	}
	d = (struct nvme_sgl_desc){.addr = tr->list.iova,
				   .length = n * NVME_SGL_DESC_SIZE,
				   .type = NVME_SGL_TYPE_LAST_SEGMENT};
	nvme_sgl_desc_encode(&d, dptr, 16);
	return 0;
}

/* The data direction a passthrough command's opcode declares. */
static enum nvme_data_xfer nvme_io_xfer(const struct nvme_io *io)
{
	return (enum nvme_data_xfer)(io->raw[offsetof(struct nvme_wire_sqe_hdr, opcode)] &
				     NVME_OPCODE_XFER_MASK);
}

static int bounce_get(struct nvme_qpair *q)
{
	if (!q->bounce_free)
		return -1;
	int slot = __builtin_ctz(q->bounce_free);
	q->bounce_free &= ~(1u << slot);
	return slot;
}

static void copy_sg(const struct nvme_sge *sg, uint32_t n, uint8_t *buf, bool to_buf)
{
	size_t off = 0;

	for (uint32_t i = 0; i < n; i++) {
		if (to_buf)
			memcpy(buf + off, sg[i].va, sg[i].len);
		else
			memcpy(sg[i].va, buf + off, sg[i].len);
		off += sg[i].len;
	}
}

/* Fills hdr's data pointer for io's segments: PRPs, an SGL or a bounce buffer. */
static int data_ptr(struct nvme_qpair *q, struct nvme_tracker *tr, const struct nvme_io *io,
		    struct nvm_sqe_hdr *h)
{
	const struct nvme_sge *sg = io->sg;
	uint32_t n = io->nsg;
	struct nvme_sge bsg;
	uint8_t dptr[16];
	uint64_t total = 0;
	bool shape = prp_shape(sg, n);

	for (uint32_t i = 0; i < n; i++)
		total += sg[i].len;
	if (!q->bounce_all && !shape && q->c->info.sgl && !q->c->o.no_sgl && n <= NVME_SGL_MAX) {
		if (build_sgl(tr, sg, n, dptr))
			return -EINVAL;
		h->psdt = NVME_PSDT_SGL_MPTR_CONTIG;
		h->prp1 = pv_get_u64(dptr);
		h->prp2 = pv_get_u64(dptr + 8);
		q->stats.sgl++;
		return 0;
	}
	if (q->bounce_all || !shape) {
		int slot = bounce_get(q);

		if (slot < 0)
			return q->bounce_size ? -EAGAIN : -EINVAL;
		tr->bounce = slot;
		bsg = (struct nvme_sge){.iova = q->bounce.iova + (uint64_t)slot * q->bounce_size,
					.va = (uint8_t *)q->bounce.va +
					      (size_t)slot * q->bounce_size,
					.len = (uint32_t)total};
		if (io->op == NVME_IO_WRITE ||
		    (io->op == NVME_IO_PASSTHRU && nvme_io_xfer(io) == NVME_DATA_XFER_HOST_TO_CTRL))
			copy_sg(sg, n, bsg.va, true);
		sg = &bsg;
		n = 1;
		q->stats.bounced++;
	}
	q->stats.prp++;
	h->psdt = NVME_PSDT_PRP;
	return build_prp(tr, sg, n, &h->prp1, &h->prp2);
}

int nvme_io_build(struct nvme_qpair *q, struct nvme_tracker *tr, struct nvme_io *io, uint8_t *sqe)
{
	struct nvm_msg m;
	int rc;

	memset(&m, 0, sizeof(m));
	switch (io->op) {
	case NVME_IO_READ:
	case NVME_IO_WRITE: {
		struct nvm_rw *c = io->op == NVME_IO_READ ? &m.u.read : &m.u.write;
		uint32_t bs = nvme_ns_block_size(q->c, io->nsid);
		uint64_t bytes = 0;

		m.type = io->op == NVME_IO_READ ? NVM_OPCODE_READ : NVM_OPCODE_WRITE;
		for (uint32_t i = 0; i < io->nsg; i++)
			bytes += io->sg[i].len;
		c->hdr.nsid = io->nsid;
		c->slba = io->lba;
		c->nlb = (uint16_t)(bytes / bs - 1);
		c->fua = (io->flags & NVME_IO_FUA) ? 1 : 0;
		rc = data_ptr(q, tr, io, &c->hdr);
		if (rc)
			return rc;
		break;
	}
	case NVME_IO_FLUSH:
		m.type = NVM_OPCODE_FLUSH;
		m.u.flush.hdr.nsid = io->nsid;
		break;
	case NVME_IO_WRITE_ZEROES:
		m.type = NVM_OPCODE_WRITE_ZEROES;
		m.u.write_zeroes.hdr.nsid = io->nsid;
		m.u.write_zeroes.slba = io->lba;
		m.u.write_zeroes.nlb = (uint16_t)(io->nblocks - 1);
		m.u.write_zeroes.deac = (io->flags & NVME_IO_DEAC) ? 1 : 0;
		m.u.write_zeroes.fua = (io->flags & NVME_IO_FUA) ? 1 : 0;
		break;
	case NVME_IO_DEALLOCATE: {
		struct nvm_dsm_range r = {.nlb = io->nblocks, .slba = io->lba};

		m.type = NVM_OPCODE_DATASET_MANAGEMENT;
		m.u.dataset_management.hdr.nsid = io->nsid;
		m.u.dataset_management.nr = 0;
		m.u.dataset_management.ad = 1;
		/* The one range lives in the tracker's list page. */
		nvm_dsm_range_encode(&r, tr->list.va, NVM_DSM_RANGE_SIZE);
		m.u.dataset_management.hdr.prp1 = tr->list.iova;
		break;
	}
	case NVME_IO_PASSTHRU: {
		struct nvm_sqe_hdr h = {0};

		memcpy(sqe, io->raw, NVME_SQE_SIZE);
		if (!io->nsg)
			return 0;
		rc = data_ptr(q, tr, io, &h);
		if (rc)
			return rc;
		sqe[offsetof(struct nvm_wire_sqe_hdr, flags)] =
			(uint8_t)((sqe[offsetof(struct nvm_wire_sqe_hdr, flags)] &
				   ~NVM_SQE_HDR_PSDT_MASK) |
				  (h.psdt << NVM_SQE_HDR_PSDT_SHIFT));
		pv_put_u64(&sqe[offsetof(struct nvm_wire_sqe_hdr, prp1)], h.prp1);
		pv_put_u64(&sqe[offsetof(struct nvm_wire_sqe_hdr, prp2)], h.prp2);
		return 0;
	}
	default:
		return -EINVAL;
	}
	return nvm_msg_encode(&m, NULL, sqe, NVME_SQE_SIZE) == NVME_SQE_SIZE ? 0 : -EINVAL;
}

void nvme_io_bounce_out(struct nvme_qpair *q, int slot, struct nvme_io *io, int err)
{
	if (err == 0 &&
	    (io->op == NVME_IO_READ ||
	     (io->op == NVME_IO_PASSTHRU && nvme_io_xfer(io) == NVME_DATA_XFER_CTRL_TO_HOST)))
		copy_sg(io->sg, io->nsg, (uint8_t *)q->bounce.va + (size_t)slot * q->bounce_size,
			false);
	q->bounce_free |= 1u << slot;
}

void nvme_io_finish(struct nvme_qpair *q, struct nvme_tracker *tr, struct nvme_io *io, int err)
{
	if (tr->bounce < 0)
		return;
	if (io->flags & NVME_IO_STANDIN) {
		/* Carried, unclaimed yet: what a read brought stays in the slot for its owner. */
		((struct nvme_carried *)io)->bounce = tr->bounce;
		tr->bounce = -1;
		return;
	}
	nvme_io_bounce_out(q, tr->bounce, io, err);
	tr->bounce = -1;
}
