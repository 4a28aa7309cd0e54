/*
 * disk_nvme: a struct disk on an NVMe namespace (see disk_nvme.h for the
 * config and the mapping). One controller per LUN, one I/O queue pair on
 * the disk's loop. Runs on the disk's loop thread, except ns_changed,
 * which the controller calls on its thread and which only wakes the loop.
 */
#include <errno.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "devices/disk/disk_priv.h"
#include "devices/nvme/nvme_emu.h"
#include "drivers/nvme/disk_nvme.h"
#include "drivers/nvme/nvme.h"
#include "drivers/pci.h"
#include "nvme_wire.h"
#include "runtime/config.h"
#include "runtime/gmem.h"
#include "runtime/log.h"
#include "runtime/loop.h"
#include "runtime/pcidev.h"
#include "runtime/savestate.h"
#include "runtime/trace.h"
#include "runtime/util.h"
#include "scsi_wire.h"

#define DN_MAX_SEGS 1024
#define DN_KIDS 8                /* children a cached request context holds */
#define DN_CACHE 64              /* request contexts kept for reuse */
#define DN_DSM_MAX 0xFFFF0000ull /* blocks in one Dataset Management range */
#define DN_WZ_MAX 65536u         /* blocks in one Write Zeroes */

/* ---- config ----------------------------------------------------------------------- */

struct dn_cfg {
	char *bdf;
	const char *emu_kind; /* "file", "memory", "null" */
	char *emu_arg;
	uint32_t emu_flags;
	uint8_t emu_mdts;
	uint16_t emu_queues;
	bool emu_sgl;
	bool emu_process; /* the emulator in a device process (tools/pvdev), over the sock backend */
	struct nvme_emu_fault faults[NVME_EMU_MAX_FAULTS];
	unsigned nfaults;
	uint32_t nsid;
	bool bounce;
	uint16_t queues;
	uint32_t depth, io_timeout_ms, abort_timeout_ms, poll_us;
	bool keep_alive;
	char *trace;
};

static void dn_free_cfg(void *p)
{
	struct dn_cfg *c = p;

	if (!c)
		return;
	free(c->bdf);
	free(c->emu_arg);
	free(c->trace);
	free(c);
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static int parse_emulated(struct rt_cfg *cfg, const struct rt_cfg_node *e, struct dn_cfg *c)
{
	static const char *const keys[] = {"path",   "memory", "null",   "block_size", "mdts",
					   "queues", "sgl",    "faults", "process",    NULL};
	const char *path, *mem, *nul;
	const struct rt_cfg_node *faults;
	uint64_t bs, mdts, q;
	int rc;

	if ((rc = rt_cfg_check_keys(cfg, e, keys)) ||
	    (rc = rt_cfg_str(cfg, e, "path", false, NULL, &path)) ||
	    (rc = rt_cfg_str(cfg, e, "memory", false, NULL, &mem)) ||
	    (rc = rt_cfg_str(cfg, e, "null", false, NULL, &nul)) ||
	    (rc = rt_cfg_u64(cfg, e, "block_size", false, 512, 512, 4096, &bs)) ||
	    (rc = rt_cfg_u64(cfg, e, "mdts", false, 7, 1, 9, &mdts)) ||
	    (rc = rt_cfg_u64(cfg, e, "queues", false, 64, 1, 64, &q)) ||
	    (rc = rt_cfg_bool(cfg, e, "sgl", true, &c->emu_sgl)) ||
	    (rc = rt_cfg_bool(cfg, e, "process", false, &c->emu_process)))
		return rc;
	if (!!path + !!mem + !!nul != 1)
		return rt_cfg_error(cfg, e, "'emulated' needs exactly one of path, memory, null");
	if (bs != 512 && bs != 4096)
		return rt_cfg_error(cfg, rt_cfg_get(e, "block_size"),
				    "'block_size' must be 512 or 4096");
	if (mem || nul) {
		uint64_t sz;

		if (disk_parse_size(mem ? mem : nul, &sz))
			return rt_cfg_error(cfg, rt_cfg_get(e, mem ? "memory" : "null"),
					    "'%s' is not a size", mem ? mem : nul);
	}
	c->emu_kind = path ? "file" : mem ? "memory" : "null";
	c->emu_arg = strdup(path ? path : mem ? mem : nul);
	if (!c->emu_arg)
		return -ENOMEM;
	c->emu_flags = bs == 4096 ? DISK_OPEN_4K : 0;
	c->emu_mdts = (uint8_t)mdts;
	c->emu_queues = (uint16_t)q;
	faults = rt_cfg_get(e, "faults");
	if (!faults)
		return 0;
	if (faults->type != RT_CFG_SEQ)
		return rt_cfg_error(cfg, faults, "'faults' must be a list");
	for (const struct rt_cfg_node *f = faults->child; f; f = f->next) {
		if (c->nfaults == NVME_EMU_MAX_FAULTS)
			return rt_cfg_error(cfg, f, "more than %d faults", NVME_EMU_MAX_FAULTS);
		if ((rc = nvme_emu_fault_from_cfg(cfg, f, &c->faults[c->nfaults++])))
			return rc;
	}
	return 0;
}

static int dn_parse(struct rt_cfg *cfg, const struct rt_cfg_node *lun, void **out)
{
	static const char *const keys[] = {
		"vfio",    "emulated", "nsid",          "bounce",           "queues",     "depth",
		"poll_us", "trace",    "io_timeout_ms", "abort_timeout_ms", "keep_alive", NULL};
	const struct rt_cfg_node *n = rt_cfg_get(lun, "nvme"), *emu;
	const char *bdf, *trace;
	uint64_t nsid, q, depth, tmo, atmo, poll;
	struct dn_cfg *c;
	int rc;

	if (!n)
		return rt_cfg_error(cfg, lun, "backend 'nvme' needs an 'nvme:' mapping");
	c = calloc(1, sizeof(*c));
	if (!c)
		return -ENOMEM;
	if ((rc = rt_cfg_check_keys(cfg, n, keys)) ||
	    (rc = rt_cfg_str(cfg, n, "vfio", false, NULL, &bdf)) ||
	    (rc = rt_cfg_u64(cfg, n, "nsid", false, 1, 1, 0xFFFFFFFE, &nsid)) ||
	    (rc = rt_cfg_bool(cfg, n, "bounce", false, &c->bounce)) ||
	    (rc = rt_cfg_u64(cfg, n, "queues", false, 4, 1, 63, &q)) ||
	    (rc = rt_cfg_u64(cfg, n, "depth", false, 256, 2, 4096, &depth)) ||
	    (rc = rt_cfg_u64(cfg, n, "io_timeout_ms", false, 30000, 10, 600000, &tmo)) ||
	    (rc = rt_cfg_u64(cfg, n, "abort_timeout_ms", false, 5000, 10, 600000, &atmo)) ||
	    (rc = rt_cfg_u64(cfg, n, "poll_us", false, 0, 0, 100000, &poll)) ||
	    (rc = rt_cfg_bool(cfg, n, "keep_alive", true, &c->keep_alive)) ||
	    (rc = rt_cfg_str(cfg, n, "trace", false, NULL, &trace)))
		goto fail;
	emu = rt_cfg_get(n, "emulated");
	if (!!bdf == !!emu) {
		rc = rt_cfg_error(cfg, n,
				  "'nvme' needs exactly one of 'vfio: BDF' or 'emulated: {...}'");
		goto fail;
	}
	if (emu && (rc = parse_emulated(cfg, emu, c)))
		goto fail;
	c->bdf = dup_or_null(bdf);
	c->trace = dup_or_null(trace);
	c->nsid = (uint32_t)nsid;
	c->queues = (uint16_t)q;
	c->depth = (uint32_t)depth;
	c->io_timeout_ms = (uint32_t)tmo;
	c->abort_timeout_ms = (uint32_t)atmo;
	c->poll_us = (uint32_t)poll;
	*out = c;
	return 0;
fail:
	dn_free_cfg(c);
	return rc;
}

/* ---- NVMe status -> SCSI sense ------------------------------------------------------- */

/*
 * One table, after the NVM Express SCSI Translation Reference 1.5, 6.2
 * (status code mapping): generic command status, command specific status
 * of the NVM command set, media and data integrity errors. Anything not
 * listed is a HARDWARE ERROR (generic, path) or a MEDIUM ERROR (media):
 * never success.
 */
static const struct {
	uint8_t sct, sc;
	uint8_t key;
	uint16_t asc;
	int err;
} status_map[] = {
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_INVALID_OPCODE, SCSI_SENSE_KEY_ILLEGAL_REQUEST,
	 SCSI_ASC_ASCQ_INVALID_COMMAND_OPERATION_CODE, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_INVALID_FIELD, SCSI_SENSE_KEY_ILLEGAL_REQUEST,
	 SCSI_ASC_ASCQ_INVALID_FIELD_IN_CDB, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_DATA_TRANSFER_ERROR, SCSI_SENSE_KEY_MEDIUM_ERROR,
	 SCSI_ASC_ASCQ_NO_ADDITIONAL_SENSE, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_POWER_LOSS_ABORT, SCSI_SENSE_KEY_ABORTED_COMMAND,
	 SCSI_ASC_ASCQ_WARNING_POWER_LOSS_EXPECTED, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_INTERNAL_ERROR, SCSI_SENSE_KEY_HARDWARE_ERROR,
	 SCSI_ASC_ASCQ_INTERNAL_TARGET_FAILURE, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_ABORT_REQUESTED, SCSI_SENSE_KEY_ABORTED_COMMAND,
	 SCSI_ASC_ASCQ_NO_ADDITIONAL_SENSE, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_SQ_DELETED, SCSI_SENSE_KEY_ABORTED_COMMAND,
	 SCSI_ASC_ASCQ_NO_ADDITIONAL_SENSE, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_FUSED_FAILED, SCSI_SENSE_KEY_ABORTED_COMMAND,
	 SCSI_ASC_ASCQ_NO_ADDITIONAL_SENSE, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_FUSED_MISSING, SCSI_SENSE_KEY_ABORTED_COMMAND,
	 SCSI_ASC_ASCQ_NO_ADDITIONAL_SENSE, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_INVALID_NAMESPACE, SCSI_SENSE_KEY_ILLEGAL_REQUEST,
	 SCSI_ASC_ASCQ_ACCESS_DENIED_INVALID_LU_IDENTIFIER, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_COMMAND_SEQUENCE_ERROR,
	 SCSI_SENSE_KEY_ILLEGAL_REQUEST, SCSI_ASC_ASCQ_COMMAND_SEQUENCE_ERROR, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_LBA_OUT_OF_RANGE, SCSI_SENSE_KEY_ILLEGAL_REQUEST,
	 SCSI_ASC_ASCQ_LBA_OUT_OF_RANGE, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_CAPACITY_EXCEEDED, SCSI_SENSE_KEY_MEDIUM_ERROR,
	 SCSI_ASC_ASCQ_NO_ADDITIONAL_SENSE, -ENOSPC},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_NS_NOT_READY, SCSI_SENSE_KEY_NOT_READY,
	 SCSI_ASC_ASCQ_LOGICAL_UNIT_NOT_READY, -EIO},
	{NVME_SCT_GENERIC, NVME_GENERIC_STATUS_NS_WRITE_PROTECTED, SCSI_SENSE_KEY_DATA_PROTECT,
	 SCSI_ASC_ASCQ_WRITE_PROTECTED, -EROFS},
	{NVME_SCT_COMMAND_SPECIFIC, NVME_CMD_STATUS_CONFLICTING_ATTRIBUTES,
	 SCSI_SENSE_KEY_ILLEGAL_REQUEST, SCSI_ASC_ASCQ_INVALID_FIELD_IN_CDB, -EIO},
	{NVME_SCT_COMMAND_SPECIFIC, NVME_CMD_STATUS_INVALID_PROTECTION_INFO,
	 SCSI_SENSE_KEY_ILLEGAL_REQUEST, SCSI_ASC_ASCQ_INVALID_FIELD_IN_CDB, -EIO},
	{NVME_SCT_COMMAND_SPECIFIC, NVME_CMD_STATUS_WRITE_TO_READ_ONLY_RANGE,
	 SCSI_SENSE_KEY_DATA_PROTECT, SCSI_ASC_ASCQ_WRITE_PROTECTED, -EROFS},
	{NVME_SCT_MEDIA, NVME_MEDIA_STATUS_WRITE_FAULT, SCSI_SENSE_KEY_MEDIUM_ERROR,
	 SCSI_ASC_ASCQ_PERIPHERAL_DEVICE_WRITE_FAULT, -EIO},
	{NVME_SCT_MEDIA, NVME_MEDIA_STATUS_UNRECOVERED_READ_ERROR, SCSI_SENSE_KEY_MEDIUM_ERROR,
	 SCSI_ASC_ASCQ_UNRECOVERED_READ_ERROR, -EIO},
	{NVME_SCT_MEDIA, NVME_MEDIA_STATUS_GUARD_CHECK_ERROR, SCSI_SENSE_KEY_MEDIUM_ERROR,
	 SCSI_ASC_ASCQ_LOGICAL_BLOCK_GUARD_CHECK_FAILED, -EIO},
	{NVME_SCT_MEDIA, NVME_MEDIA_STATUS_APPTAG_CHECK_ERROR, SCSI_SENSE_KEY_MEDIUM_ERROR,
	 SCSI_ASC_ASCQ_LOGICAL_BLOCK_APPLICATION_TAG_CHECK_FAILED, -EIO},
	{NVME_SCT_MEDIA, NVME_MEDIA_STATUS_REFTAG_CHECK_ERROR, SCSI_SENSE_KEY_MEDIUM_ERROR,
	 SCSI_ASC_ASCQ_LOGICAL_BLOCK_REFERENCE_TAG_CHECK_FAILED, -EIO},
	{NVME_SCT_MEDIA, NVME_MEDIA_STATUS_COMPARE_FAILURE, SCSI_SENSE_KEY_MISCOMPARE,
	 SCSI_ASC_ASCQ_MISCOMPARE_DURING_VERIFY, -EIO},
	{NVME_SCT_MEDIA, NVME_MEDIA_STATUS_ACCESS_DENIED, SCSI_SENSE_KEY_DATA_PROTECT,
	 SCSI_ASC_ASCQ_ACCESS_DENIED_NO_ACCESS_RIGHTS, -EIO},
	{NVME_SCT_MEDIA, NVME_MEDIA_STATUS_DEALLOCATED_OR_UNWRITTEN, SCSI_SENSE_KEY_MEDIUM_ERROR,
	 SCSI_ASC_ASCQ_UNRECOVERED_READ_ERROR, -EIO},
};

/* The errno and sense for a failed command (result as the driver reports it). */
static int sense_of(const struct nvme_io_result *r, int status, uint8_t *key, uint16_t *asc)
{
	if (r->err || status != -EIO) {
		/* No device status: the command timed out twice, or the controller is gone. */
		int e = r->err ? r->err : status;

		*key = e == -ENODEV ? SCSI_SENSE_KEY_HARDWARE_ERROR
				    : SCSI_SENSE_KEY_ABORTED_COMMAND;
		*asc = e == -ENODEV ? SCSI_ASC_ASCQ_INTERNAL_TARGET_FAILURE
				    : SCSI_ASC_ASCQ_NO_ADDITIONAL_SENSE;
		return e;
	}
	for (size_t i = 0; i < RT_ARRAY_SIZE(status_map); i++) {
		if (status_map[i].sct == r->sct && status_map[i].sc == r->sc) {
			*key = status_map[i].key;
			*asc = status_map[i].asc;
			return status_map[i].err;
		}
	}
	*key = r->sct == NVME_SCT_MEDIA ? SCSI_SENSE_KEY_MEDIUM_ERROR
					: SCSI_SENSE_KEY_HARDWARE_ERROR;
	*asc = r->sct == NVME_SCT_MEDIA ? SCSI_ASC_ASCQ_UNRECOVERED_READ_ERROR
					: SCSI_ASC_ASCQ_INTERNAL_TARGET_FAILURE;
	return -EIO;
}

/* ---- the disk -------------------------------------------------------------------------- */

struct dn_req;

struct dn_kid {
	struct nvme_io io;
	struct dn_req *parent;
	bool done; /* completed (or never submitted): nothing of it on the device */
};

/* One disk request: the NVMe commands it became and their pieces. */
struct dn_req {
	struct disk_nvme *dn;
	struct disk_req *req;
	unsigned pending;
	int err;
	uint8_t key;
	uint16_t asc;
	unsigned nkids, kcap, scap;
	struct dn_kid *kids;
	struct nvme_sge *sge;
	struct dn_req *next;                   /* free list */
	struct dn_req *live_next, **live_prev; /* dn->live while its commands are out */
};

struct disk_nvme {
	struct disk disk;
	struct rt_log_obj lo;
	struct nvme_ctrlr *c;
	struct nvme_qpair *q;
	struct pcidev *emu;  /* the emulated controller (owned by the PCI device), or NULL */
	struct pci_dev *pci; /* the function (owned by the controller) */
	struct dn_req *live; /* requests with commands out (disk_nvme_abandon frees them) */
	struct rt_trace *trace;
	uint32_t nsid;
	uint32_t max_blocks; /* per Read/Write */
	bool use_dsm, use_wz;
	ev_async ns_w;
	atomic_bool ns_dirty;
	struct dn_req *cache;
	unsigned ncache;
	struct disk_nvme_stats st;
	bool keep_alive; /* configured: live updates keep the controller running */
	bool vfio;
	bool process; /* the emulator in a device process: it outlives an exec as VFIO's does */
	bool keep_emulated;      /* tests: keep-alive of the in-process emulator, adopted here */
	bool saved;              /* keep-alive save done: frozen until exec or resume */
	struct disk_defer defer; /* carried requests whose every piece completed before adopt */
	const struct disk_backend_env *open_env; /* during open: for its `carried` */
};

static const struct disk_ops dn_ops;

/* The tag of a command in flight (disk_carry): its queue and command id. */
static uint32_t dn_tag(uint16_t qid, uint16_t cid)
{
	return (uint32_t)qid << 16 | cid;
}

static struct dn_req *req_get(struct disk_nvme *dn, unsigned kids, unsigned sges)
{
	struct dn_req *r = dn->cache;

	if (r && r->kcap >= kids && r->scap >= sges) {
		dn->cache = r->next;
		dn->ncache--;
	} else {
		r = calloc(1, sizeof(*r));
		if (!r)
			return NULL;
		r->kcap = rt_max(kids, (unsigned)DN_KIDS);
		r->scap = rt_max(sges, (unsigned)(DN_MAX_SEGS + DN_KIDS));
		r->kids = calloc(r->kcap, sizeof(*r->kids));
		r->sge = calloc(r->scap, sizeof(*r->sge));
		if (!r->kids || !r->sge) {
			free(r->kids);
			free(r->sge);
			free(r);
			return NULL;
		}
	}
	r->dn = dn;
	r->pending = 0;
	r->err = 0;
	r->key = 0;
	r->asc = 0;
	r->nkids = 0;
	return r;
}

static void live_add(struct disk_nvme *dn, struct dn_req *r)
{
	r->live_next = dn->live;
	if (dn->live)
		dn->live->live_prev = &r->live_next;
	r->live_prev = &dn->live;
	dn->live = r;
}

static void req_put(struct disk_nvme *dn, struct dn_req *r)
{
	if (r->live_prev) {
		*r->live_prev = r->live_next;
		if (r->live_next)
			r->live_next->live_prev = r->live_prev;
		r->live_prev = NULL;
		r->live_next = NULL;
	}
	if (dn->ncache < DN_CACHE && r->kcap == DN_KIDS) {
		r->next = dn->cache;
		dn->cache = r;
		dn->ncache++;
		return;
	}
	free(r->kids);
	free(r->sge);
	free(r);
}

static void kid_done(void *ctx, int status)
{
	struct dn_kid *k = ctx;
	struct dn_req *r = k->parent;
	struct disk_nvme *dn = r->dn;

	k->done = true;
	if (status && !r->err)
		r->err = sense_of(&k->io.result, status, &r->key, &r->asc);
	if (--r->pending)
		return;
	if (r->err) {
		dn->st.errors++;
		r->req->sense_key = r->key;
		r->req->sense_asc = r->asc;
		rt_log_rl(&dn->lo, RT_LOG_WARN,
			  "request at LBA %llu failed: %s (sense %x/%04x, NVMe sct %u sc 0x%02x)",
			  (unsigned long long)r->req->lba, strerror(-r->err), r->key, r->asc,
			  k->io.result.sct, k->io.result.sc);
	}
	disk_complete(&dn->disk, r->req, r->err);
	req_put(dn, r);
}

static struct dn_kid *kid_add(struct dn_req *r, uint8_t op, uint32_t flags, uint64_t lba,
			      uint32_t nblocks)
{
	struct dn_kid *k = &r->kids[r->nkids++];

	k->parent = r;
	k->done = false;
	k->io = (struct nvme_io){.op = op,
				 .flags = flags,
				 .nsid = r->dn->nsid,
				 .lba = lba,
				 .nblocks = nblocks,
				 .cb = kid_done,
				 .ctx = k};
	return k;
}

/* READ/WRITE: cut the segments at max_blocks boundaries, one command per piece. */
static int build_rw(struct disk_nvme *dn, struct dn_req *r, const struct disk_req *req)
{
	uint32_t bs = dn->disk.block_size, room = dn->max_blocks * bs, used = 0, ns = 0;
	uint64_t lba = req->lba;
	uint32_t flags = (req->flags & DISK_REQ_FUA) ? NVME_IO_FUA : 0;
	struct dn_kid *k = NULL;

	for (uint32_t i = 0; i < req->nsegs; i++) {
		uint64_t gpa = req->segs[i].gpa;
		uint8_t *va = req->segs[i].va;
		uint32_t left = req->segs[i].len;

		while (left) {
			uint32_t take;

			if (!k || used == room) {
				if (k) {
					k->io.nsg = ns - (uint32_t)(k->io.sg - r->sge);
					lba += used / bs;
				}
				if (r->nkids == r->kcap)
					return -E2BIG;
				k = kid_add(r,
					    req->op == DISK_OP_READ ? NVME_IO_READ : NVME_IO_WRITE,
					    flags, lba, 0);
				k->io.sg = &r->sge[ns];
				used = 0;
			}
			take = rt_min(left, room - used);
			if (ns == r->scap)
				return -E2BIG;
			r->sge[ns++] = (struct nvme_sge){.iova = gpa, .va = va, .len = take};
			gpa += take;
			va += take;
			left -= take;
			used += take;
		}
	}
	if (k)
		k->io.nsg = ns - (uint32_t)(k->io.sg - r->sge);
	return 0;
}

/* The NVMe commands req becomes, not submitted: *out, or a negative errno. */
static int dn_build(struct disk_nvme *dn, struct disk_req *req, struct dn_req **out)
{
	struct disk *d = &dn->disk;
	uint64_t bytes = disk_req_bytes(req), per = dn->use_dsm ? DN_DSM_MAX : DN_WZ_MAX;
	unsigned kids = 1, sges = 0;
	struct dn_req *r;
	int rc = 0;

	switch (req->op) {
	case DISK_OP_READ:
	case DISK_OP_WRITE:
		kids = (unsigned)((bytes + (uint64_t)dn->max_blocks * d->block_size - 1) /
				  ((uint64_t)dn->max_blocks * d->block_size));
		sges = req->nsegs + kids;
		break;
	case DISK_OP_UNMAP:
		kids = (unsigned)((req->nblocks + per - 1) / per);
		break;
	default:
		break;
	}
	r = req_get(dn, kids, sges);
	if (!r)
		return -ENOMEM;
	r->req = req;
	switch (req->op) {
	case DISK_OP_READ:
	case DISK_OP_WRITE:
		rc = build_rw(dn, r, req);
		break;
	case DISK_OP_FLUSH:
		kid_add(r, NVME_IO_FLUSH, 0, 0, 0);
		break;
	case DISK_OP_UNMAP:
		for (uint64_t lba = req->lba, left = req->nblocks; left;) {
			uint32_t n = (uint32_t)rt_min(left, per);

			kid_add(r, dn->use_dsm ? NVME_IO_DEALLOCATE : NVME_IO_WRITE_ZEROES,
				dn->use_dsm ? 0 : NVME_IO_DEAC, lba, n);
			lba += n;
			left -= n;
		}
		break;
	}
	if (rc || !r->nkids) {
		req_put(dn, r);
		return rc ? rc : -EINVAL;
	}
	req->priv = r;
	*out = r;
	return 0;
}

static int dn_submit(struct disk *d, struct disk_req *req)
{
	struct disk_nvme *dn = rt_container_of(d, struct disk_nvme, disk);
	struct dn_req *r;
	int rc = dn_build(dn, req, &r);

	if (rc)
		return rc;
	/* Count them all first: a child may complete (later) while we still submit. */
	r->pending = r->nkids;
	for (unsigned i = 0; i < r->nkids; i++) {
		rc = nvme_io_submit(dn->q, &r->kids[i].io);
		if (!rc)
			continue;
		if (i == 0) {
			req_put(dn, r);
			return rc;
		}
		/* The earlier children will complete the request; this one failed now. */
		if (!r->err) {
			struct nvme_io_result res = {.err = rc};

			r->err = sense_of(&res, rc, &r->key, &r->asc);
		}
		r->pending -= r->nkids - i;
		for (unsigned k = i; k < r->nkids; k++)
			r->kids[k].done = true;
		break;
	}
	live_add(dn, r);
	dn->st.requests++;
	dn->st.commands += r->nkids;
	return 0;
}

static void ns_wake(struct ev_loop *loop, ev_async *w, int revents)
{
	struct disk_nvme *dn = rt_container_of(w, struct disk_nvme, ns_w);
	struct nvme_ns_info ns;

	if (!atomic_exchange(&dn->ns_dirty, false) || nvme_ctrlr_ns(dn->c, dn->nsid, &ns))
		return;
	if (ns.block_size != dn->disk.block_size) {
		rt_log_warn(&dn->lo, "namespace %u now has %u-byte blocks: capacity not changed",
			    dn->nsid, ns.block_size);
		return;
	}
	if (ns.nblocks == dn->disk.nblocks)
		return;
	rt_log_info(&dn->lo, "namespace %u: %llu -> %llu blocks", dn->nsid,
		    (unsigned long long)dn->disk.nblocks, (unsigned long long)ns.nblocks);
	dn->disk.nblocks = ns.nblocks;
	dn->st.capacity_changes++;
	if (dn->disk.capacity_changed)
		dn->disk.capacity_changed(dn->disk.capacity_ctx);
}

/* nvme_ctrlr_adopt: a command left in flight on behalf of a request; the opener's check. */
static void dn_carried(void *ctx, uint16_t qid, uint16_t cid)
{
	struct disk_nvme *dn = ctx;

	if (dn->open_env && dn->open_env->carried)
		dn->open_env->carried(dn->open_env->carried_ctx, dn_tag(qid, cid));
}

static void check_carried(void *ctx, uint16_t qid, uint16_t cid)
{
	const struct disk_backend_env *env = ctx;

	if (env->carried)
		env->carried(env->carried_ctx, dn_tag(qid, cid));
}

/* The controller's thread: a namespace changed; the disk's loop takes it from here. */
static void ns_changed(void *ctx, uint32_t nsid)
{
	struct disk_nvme *dn = ctx;

	if (nsid != dn->nsid)
		return;
	atomic_store(&dn->ns_dirty, true);
	ev_async_send(dn->disk.loop, &dn->ns_w);
}

static void dn_destroy(struct disk *d)
{
	struct disk_nvme *dn = rt_container_of(d, struct disk_nvme, disk);
	struct disk_nvme_stats st;

	/* What the LUN cost the device, for operators and bench/nvme/storvsp_nvme.sh. */
	disk_nvme_stats(d, &st);
	rt_log_info(&dn->lo,
		    "closed: %llu requests as %llu commands, %llu failed; %llu SQ and %llu CQ "
		    "doorbells, %llu interrupts, %llu polls, %llu bounced",
		    (unsigned long long)st.requests, (unsigned long long)st.commands,
		    (unsigned long long)st.errors, (unsigned long long)st.sq_doorbells,
		    (unsigned long long)st.cq_doorbells, (unsigned long long)st.interrupts,
		    (unsigned long long)st.polls, (unsigned long long)st.bounced);
	ev_async_stop(d->loop, &dn->ns_w);
	disk_defer_fini(&dn->defer);
	nvme_qpair_destroy(dn->q);
	nvme_ctrlr_close(dn->c);
	rt_trace_close(dn->trace);
	while (dn->cache) {
		struct dn_req *r = dn->cache;

		dn->cache = r->next;
		free(r->kids);
		free(r->sge);
		free(r);
	}
	free(dn);
}

/* ---- servicing: keep-alive ------------------------------------------------------------ */

static int dn_keeps(struct disk *d)
{
	struct disk_nvme *dn = rt_container_of(d, struct disk_nvme, disk);

	if (!dn->keep_alive) {
		rt_log_info(&dn->lo, "keep_alive is off: the new binary resets the controller and "
				     "initialises it again");
		return -EOPNOTSUPP;
	}
	if (!dn->vfio && !dn->process && !dn->keep_emulated) {
		/* Its emulator is a thread of this process: it cannot outlive the exec. */
		rt_log_info(&dn->lo, "no keep-alive for the emulated controller (it lives in this "
				     "process; 'process: true' runs it in one of its own): the new "
				     "binary starts a new one");
		return -EOPNOTSUPP;
	}
	return 0;
}

/*
 * The device process's counters, read through the socket (STATS): how an
 * operator and servicing_storvsp_nvme_keep see that the controller was
 * enabled once and never reset across updates.
 */
static void log_process_counters(struct disk_nvme *dn, const char *when)
{
	struct pci_sock_stats st;
	int rc;

	if (!dn->process)
		return;
	rc = pci_sock_stats(nvme_ctrlr_pci(dn->c), &st);
	if (rc) {
		rt_log_warn(&dn->lo, "device process counters %s: %s", when, strerror(-rc));
		return;
	}
	rt_log_info(&dn->lo,
		    "device process %u %s: enables %llu, resets %llu, admin commands %llu, I/O "
		    "commands %llu, DMA faults %llu",
		    st.pid, when, (unsigned long long)st.enables, (unsigned long long)st.resets,
		    (unsigned long long)st.admin_commands, (unsigned long long)st.io_commands,
		    (unsigned long long)st.dma_faults);
}

static int dn_save(struct disk *d, struct rt_ss_writer *w)
{
	struct disk_nvme *dn = rt_container_of(d, struct disk_nvme, disk);
	int rc = nvme_ctrlr_keep_save(dn->c, w, dn->keep_emulated);

	if (rc) {
		rt_log_err(&dn->lo, "keep-alive save: %s", strerror(-rc));
	} else {
		dn->saved = true;
		log_process_counters(dn, "at the save");
	}
	return rc;
}

static void dn_resume(struct disk *d)
{
	struct disk_nvme *dn = rt_container_of(d, struct disk_nvme, disk);

	if (!dn->saved)
		return;
	dn->saved = false;
	nvme_ctrlr_keep_resume(dn->c);
}

static int dn_carry(struct disk *d, const struct disk_req *req, struct disk_carry *out)
{
	struct disk_nvme *dn = rt_container_of(d, struct disk_nvme, disk);
	struct dn_req *r = req->priv;
	uint16_t cid;
	int rc;

	if (!r || r->req != req || r->dn != dn)
		return -EINVAL;
	if (r->nkids > DISK_CARRY_MAX)
		return -E2BIG;
	out->n = r->nkids;
	for (unsigned i = 0; i < r->nkids; i++) {
		if (r->kids[i].done) {
			out->tags[i] = DISK_CARRY_DONE;
			continue;
		}
		rc = nvme_io_cid(dn->q, &r->kids[i].io, &cid);
		if (rc)
			return rc;
		out->tags[i] = dn_tag(nvme_qpair_qid(dn->q), cid);
	}
	out->status = r->err;
	out->sense_key = r->key;
	out->sense_asc = r->asc;
	return 0;
}

/*
 * The binary after: req, rebuilt from the guest's request, is cut into the
 * same commands as before (the same segments, the same controller's MDTS)
 * and each piece takes over the command its tag names; pieces done before
 * the save and commands that completed since the adoption count as done.
 */
static int dn_adopt(struct disk *d, struct disk_req *req, const struct disk_carry *in,
		    bool check_only)
{
	struct disk_nvme *dn = rt_container_of(d, struct disk_nvme, disk);
	uint16_t qid = nvme_qpair_qid(dn->q);
	struct dn_req *r;
	int rc = dn_build(dn, req, &r), st;

	if (rc)
		return rc;
	if (r->nkids != in->n) {
		rt_log_err(&dn->lo, "carried request at LBA %llu: %u commands now, %u saved",
			   (unsigned long long)req->lba, r->nkids, in->n);
		req_put(dn, r);
		return -EINVAL;
	}
	/* Every tag first: one of this queue pair's carried commands, none twice. */
	for (unsigned i = 0; i < r->nkids; i++) {
		uint32_t t = in->tags[i];

		if (t == DISK_CARRY_DONE)
			continue;
		rc = (t >> 16) != qid ? -ENOENT
				      : nvme_qpair_claim_carried(dn->q, (uint16_t)t, &r->kids[i].io,
								 true, &st);
		for (unsigned k = 0; !rc && k < i; k++)
			if (in->tags[k] == t)
				rc = -ENOENT;
		if (rc) {
			req_put(dn, r);
			return rc;
		}
	}
	if (check_only) {
		req_put(dn, r);
		return 0;
	}
	r->err = in->status;
	r->key = in->sense_key;
	r->asc = in->sense_asc;
	r->pending = 0;
	for (unsigned i = 0; i < r->nkids; i++) {
		struct dn_kid *k = &r->kids[i];

		k->done = true;
		if (in->tags[i] == DISK_CARRY_DONE)
			continue;
		if (nvme_qpair_claim_carried(dn->q, (uint16_t)in->tags[i], &k->io, false, &st) ==
		    0) {
			k->done = false;
			r->pending++;
			continue;
		}
		/* It completed between the adoption and now (a bounced read copied out). */
		dn->st.carried_early++;
		if (st && !r->err)
			r->err = sense_of(&k->io.result, st, &r->key, &r->asc);
	}
	dn->st.requests++;
	dn->st.commands += r->nkids;
	dn->st.carried++;
	if (r->pending) {
		live_add(dn, r);
		return 0;
	}
	/* Nothing left on the device: completes from the loop, as the contract says. */
	if (r->err) {
		dn->st.errors++;
		req->sense_key = r->key;
		req->sense_asc = r->asc;
	}
	disk_defer_complete(&dn->defer, req, r->err);
	req_put(dn, r);
	return 0;
}

static const struct disk_ops dn_ops = {
	.submit = dn_submit,
	.destroy = dn_destroy,
	.keeps = dn_keeps,
	.save = dn_save,
	.resume = dn_resume,
	.carry = dn_carry,
	.adopt = dn_adopt,
};

/* The device process's program: pvdev beside the running binary. */
static int pvdev_path(char *out, size_t cap)
{
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *slash;

	if (n < 0)
		return -errno;
	self[n] = 0;
	slash = strrchr(self, '/');
	if (!slash)
		return -ENOENT;
	*slash = 0;
	if ((size_t)snprintf(out, cap, "%s/pvdev", self) >= cap)
		return -ENAMETOOLONG;
	return 0;
}

static int spawn_process(const struct dn_cfg *c, const struct disk_backend_env *env,
			 struct pci_dev **pci)
{
	char prog[PATH_MAX], bs[16], mdts[16], queues[16];
	char faults[NVME_EMU_MAX_FAULTS][96];
	const char *args[16 + 2 * NVME_EMU_MAX_FAULTS];
	unsigned n = 0;
	int rc = pvdev_path(prog, sizeof(prog));

	if (rc)
		return rc;
	snprintf(bs, sizeof(bs), "%u", (c->emu_flags & DISK_OPEN_4K) ? 4096u : 512u);
	snprintf(mdts, sizeof(mdts), "%u", c->emu_mdts);
	snprintf(queues, sizeof(queues), "%u", c->emu_queues);
	args[n++] = "--nvme";
	args[n++] = c->emu_kind;
	args[n++] = "--arg";
	args[n++] = c->emu_arg;
	args[n++] = "--block-size";
	args[n++] = bs;
	args[n++] = "--mdts";
	args[n++] = mdts;
	args[n++] = "--queues";
	args[n++] = queues;
	args[n++] = "--name";
	args[n++] = "nvme-emu";
	if (!c->emu_sgl)
		args[n++] = "--no-sgl";
	if (env->log) {
		/* Its log shares our stderr: at our level. */
		static const char *const levels[] = {[RT_LOG_ERROR] = "error",
						     [RT_LOG_WARN] = "warn",
						     [RT_LOG_INFO] = "info",
						     [RT_LOG_DEBUG] = "debug"};
		int lvl = __atomic_load_n(&env->log->level, __ATOMIC_RELAXED);

		if (lvl >= RT_LOG_ERROR && lvl <= RT_LOG_DEBUG) {
			args[n++] = "--log-level";
			args[n++] = levels[lvl];
		}
	}
	for (unsigned i = 0; i < c->nfaults; i++) {
		const struct nvme_emu_fault *f = &c->faults[i];

		snprintf(faults[i], sizeof(faults[i]), "%u:%d:%u:%u:%u:%u:%u:%u", f->queue,
			 f->opcode, f->action, f->status, f->dnr, f->skip, f->count, f->delay_ms);
		args[n++] = "--fault";
		args[n++] = faults[i];
	}
	args[n] = NULL;
	return pci_sock_spawn(prog, args, 0, env->log, pci);
}

static int open_pci(const struct dn_cfg *c, const struct disk_backend_env *env,
		    struct pci_dev **pci, struct pcidev **emu_out)
{
	struct nvme_emu_opts eo = {.name = "nvme-emu",
				   .log = env->log,
				   .backend = c->emu_kind,
				   .arg = c->emu_arg,
				   .disk_flags = c->emu_flags,
				   .max_ioqpairs = c->emu_queues,
				   .mdts = c->emu_mdts,
				   .sgl = c->emu_sgl,
				   .faults = c->faults,
				   .nfaults = c->nfaults};
	struct pcidev *emu;
	int rc;

	if (c->bdf)
		return pci_vfio_open(c->bdf, env->log, pci);
	if (c->emu_process)
		return spawn_process(c, env, pci);
	rc = nvme_emu_create(&eo, &emu);
	if (rc)
		return rc;
	rc = pci_emu_open(emu, env->log, pci);
	if (rc)
		emu->ops->destroy(emu);
	else
		*emu_out = emu;
	return rc;
}

/* dn_open, or with `kept` the function left open in this process (tests: disk_nvme_abandon). */
static int open_on(const void *cfgp, const struct disk_backend_env *env, uint32_t flags,
		   struct pci_dev *kept, struct disk **out)
{
	const struct dn_cfg *c = cfgp;
	uint64_t ram = env->gmem ? rt_gmem_size(env->gmem) : 0;
	struct nvme_ctrlr_opts co = {.log = env->log,
				     .io_queues = c->queues,
				     .io_depth = c->depth,
				     .io_timeout_ms = c->io_timeout_ms,
				     .abort_timeout_ms = c->abort_timeout_ms,
				     .poll_us = c->poll_us};
	struct nvme_ns_info ns;
	struct pci_dev *pci;
	struct disk_nvme *dn;
	char name[32];
	int rc;

	if (env->restore && env->check_only) {
		/* The new binary's check: the records only; nothing is opened or touched. */
		struct nvme_ctrlr *none;

		co.name = "nvme-check";
		co.adopt_bdf = c->bdf;
		co.adopt_sock = c->emu_process;
		co.pci = kept; /* tests: the emulator left open; nothing of it is touched */
		co.carried = check_carried;
		co.ctx = (void *)env;
		if ((!c->bdf && !c->emu_process && !kept) || !c->keep_alive)
			return rt_ss_fail(env->restore, -EINVAL,
					  "nvme: records of a kept controller for a LUN that %s",
					  c->keep_alive ? "is emulated in this process"
							: "has keep_alive off");
		*out = NULL;
		return nvme_ctrlr_adopt(&co, env->restore, true, &none);
	}
	rt_loop_assert_thread(env->loop);
	dn = calloc(1, sizeof(*dn));
	if (!dn)
		return -ENOMEM;
	dn->keep_alive = c->keep_alive;
	dn->vfio = c->bdf != NULL;
	dn->process = c->emu_process;
	rt_log_obj_init(&dn->lo, env->log, "disk-nvme[%s]", env->name ? env->name : "?");
	if (c->trace && (rc = rt_trace_open(c->trace, NULL, &dn->trace))) {
		rt_log_err(&dn->lo, "trace %s: %s", c->trace, strerror(-rc));
		goto fail_trace;
	}
	if (env->restore) {
		/* Keep-alive: the function, its container (guest RAM still mapped at IOVA =
		 * GPA, the pages pinned) and the controller are the ones left running. */
		pci = kept;
		rc = c->bdf || c->emu_process || kept ? 0 : -EINVAL;
	} else {
		rc = open_pci(c, env, &pci, &dn->emu);
	}
	if (rc) {
		rt_log_err(&dn->lo, "%s: %s",
			   c->bdf           ? c->bdf
			   : c->emu_process ? "emulated controller in its process (pvdev beside "
					      "this binary)"
					    : "emulated controller",
			   strerror(-rc));
		goto fail_pci;
	}
	/* Guest RAM at IOVA = GPA: PRPs name guest pages directly (the emu backend and a
	 * real IOMMU alike). The driver's own pool sits above it. */
	if (pci && !kept && !c->bounce && ram &&
	    (rc = pci_dma_map_fd(pci, rt_gmem_fd(env->gmem), 0, rt_gmem_host_base(env->gmem), 0,
				 ram))) {
		rt_log_err(&dn->lo, "mapping %llu bytes of guest memory for the device: %s",
			   (unsigned long long)ram, strerror(-rc));
		pci_close(pci);
		goto fail_pci;
	}
	snprintf(name, sizeof(name), "nvme-%s", env->name ? env->name : "disk");
	for (char *p = name; *p; p++)
		if (*p == ' ' || *p == '/')
			*p = '-';
	co.name = name;
	co.pci = pci;
	dn->pci = pci;
	co.trace = dn->trace;
	co.dma_iova = rt_max(1ull << 32, rt_align_up(ram, 1ull << 30));
	co.ns_changed = ns_changed;
	co.carried = dn_carried;
	co.ctx = dn;
	co.adopt_bdf = c->bdf;
	co.adopt_sock = c->emu_process;
	dn->open_env = env;
	rc = env->restore ? nvme_ctrlr_adopt(&co, env->restore, false, &dn->c)
			  : nvme_ctrlr_open(&co, &dn->c);
	dn->open_env = NULL;
	if (rc)
		goto fail_pci;
	rc = nvme_ctrlr_ns(dn->c, c->nsid, &ns);
	if (rc) {
		rt_log_err(&dn->lo, "no usable namespace %u", c->nsid);
		goto fail_ns;
	}
	dn->nsid = c->nsid;
	dn->max_blocks = rt_min(nvme_ctrlr_info(dn->c)->max_xfer / ns.block_size, 65536u);
	dn->use_dsm = ns.can_dealloc && ns.dealloc_zeroes;
	dn->use_wz = !dn->use_dsm && ns.can_zeroes;
	dn->disk.ops = &dn_ops;
	dn->disk.kind = "nvme";
	dn->disk.loop = env->loop;
	dn->disk.nblocks = ns.nblocks;
	dn->disk.block_size = ns.block_size;
	dn->disk.max_segs = DN_MAX_SEGS;
	dn->disk.flags = DISK_F_FUA | (ns.vwc ? DISK_F_WRITE_CACHE : 0) |
			 ((dn->use_dsm || dn->use_wz) ? DISK_F_UNMAP : 0) |
			 ((flags & DISK_OPEN_READONLY) ? DISK_F_READONLY : 0);
	rc = nvme_qpair_create(dn->c, env->loop, c->depth, c->bounce, &dn->q);
	if (rc) {
		rt_log_err(&dn->lo, "I/O queue pair: %s", strerror(-rc));
		goto fail_ns;
	}
	ev_async_init(&dn->ns_w, ns_wake);
	ev_async_start(env->loop, &dn->ns_w);
	log_process_counters(dn, env->restore ? "after the adoption" : "at the start");
	disk_defer_init(&dn->defer, &dn->disk);
	rt_log_info(&dn->lo, "namespace %u of %s: %llu blocks of %u, %s%s", dn->nsid,
		    c->bdf ? c->bdf : "the emulated controller", (unsigned long long)ns.nblocks,
		    ns.block_size,
		    dn->use_dsm  ? "UNMAP by Dataset Management"
		    : dn->use_wz ? "UNMAP by Write Zeroes"
				 : "no UNMAP",
		    c->bounce ? ", bounce buffers" : "");
	*out = &dn->disk;
	return 0;
fail_ns:
	nvme_ctrlr_close(dn->c);
fail_pci:
	rt_trace_close(dn->trace);
fail_trace:
	free(dn);
	return rc;
}

static int dn_open(const void *cfgp, const struct disk_backend_env *env, uint32_t flags,
		   struct disk **out)
{
	return open_on(cfgp, env, flags, NULL, out);
}

const struct disk_backend disk_nvme_backend = {
	.name = "nvme",
	.key = "nvme",
	.parse = dn_parse,
	.free_cfg = dn_free_cfg,
	.open = dn_open,
};

int disk_nvme_stats(const struct disk *d, struct disk_nvme_stats *out)
{
	const struct disk_nvme *dn;
	struct nvme_qpair_stats q;

	if (!d || d->ops != &dn_ops || !out)
		return -EINVAL;
	dn = rt_container_of(d, struct disk_nvme, disk);
	*out = dn->st;
	nvme_qpair_get_stats(dn->q, &q);
	out->sq_doorbells = q.sq_doorbells;
	out->cq_doorbells = q.cq_doorbells;
	out->interrupts = q.interrupts;
	out->polls = q.polls;
	out->bounced = q.bounced;
	return 0;
}

struct pcidev *disk_nvme_emulator(const struct disk *d)
{
	if (!d || d->ops != &dn_ops)
		return NULL;
	return rt_container_of(d, struct disk_nvme, disk)->emu;
}

void disk_nvme_keep_emulated(struct disk *d)
{
	if (d && d->ops == &dn_ops)
		rt_container_of(d, struct disk_nvme, disk)->keep_emulated = true;
}

struct pci_dev *disk_nvme_abandon(struct disk *d)
{
	struct disk_nvme *dn = rt_container_of(d, struct disk_nvme, disk);
	struct pci_dev *pci;

	/* As an exec would: nothing written to the device, no callback run. */
	ev_async_stop(d->loop, &dn->ns_w);
	disk_defer_fini(&dn->defer);
	pci = nvme_ctrlr_keep_abandon(dn->c);
	rt_trace_close(dn->trace);
	while (dn->cache) {
		struct dn_req *r = dn->cache;

		dn->cache = r->next;
		free(r->kids);
		free(r->sge);
		free(r);
	}
	while (dn->live) {
		struct dn_req *r = dn->live;

		dn->live = r->live_next;
		free(r->kids);
		free(r->sge);
		free(r);
	}
	free(dn);
	return pci;
}

struct pci_dev *disk_nvme_pci(const struct disk *d)
{
	if (!d || d->ops != &dn_ops)
		return NULL;
	return rt_container_of(d, struct disk_nvme, disk)->pci;
}

int disk_nvme_open_kept(const void *cfg, const struct disk_backend_env *env, uint32_t flags,
			struct pci_dev *pci, struct disk **out)
{
	return open_on(cfg, env, flags, pci, out);
}
