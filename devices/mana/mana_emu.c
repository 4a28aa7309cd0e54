/*
 * The MANA emulator as a PCI function: identity, BAR0 (register map, SMC
 * aperture, doorbell page), its worker thread, function level reset, and
 * the test-facing API (faults, link, stats).
 *
 * BAR0 follows OpenVMM's gdma emulator (vm/devices/net/gdma/src/lib.rs):
 * 8 KiB, the register map at 0..40, the SMC at 40..72, one doorbell page at
 * 4096. Linux reads the doorbell page offset and size and the SMC offset
 * from the register map (gdma_main.c mana_gd_init_vf_regs), so nothing else
 * is fixed by the driver.
 *
 * SMC (shm_channel.c): the driver writes the eight dwords, the last one
 * (the header) last; that write hands the aperture to the device, which
 * sets owner_is_pf until it answers. The answer is written in place:
 * direction 1, status, owner_is_pf clear. We process it on the worker.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/mana/mana_emu_priv.h"
#include "runtime/trace.h"
#include "runtime/util.h"

#define SMC_HDR_DWORD 7
#define SMC_OWNER_BIT (1u << GDMA_SMC_HDR_OWNER_IS_PF_SHIFT)

static const char *const fault_names[MANA_EMU_FAULT_KINDS] = {
	[MANA_EMU_FAULT_NONE] = "none",
	[MANA_EMU_FAULT_HWC_TIMEOUT] = "hwc_timeout",
	[MANA_EMU_FAULT_HWC_STATUS] = "hwc_status",
	[MANA_EMU_FAULT_HWC_MSG_ID] = "hwc_msg_id",
	[MANA_EMU_FAULT_HWC_OVERSIZED] = "hwc_oversized",
	[MANA_EMU_FAULT_HWC_SHORT] = "hwc_short",
	[MANA_EMU_FAULT_SMC_TIMEOUT] = "smc_timeout",
	[MANA_EMU_FAULT_CQE_MALFORMED] = "cqe_malformed",
	[MANA_EMU_FAULT_CQE_OWNER] = "cqe_owner",
	[MANA_EMU_FAULT_CQE_UNKNOWN_Q] = "cqe_unknown_q",
	[MANA_EMU_FAULT_EQE_MALFORMED] = "eqe_malformed",
	[MANA_EMU_FAULT_EQE_OWNER] = "eqe_owner",
	[MANA_EMU_FAULT_TX_ERROR] = "tx_error",
};

const char *mana_emu_fault_name(enum mana_emu_fault_kind k)
{
	return k < MANA_EMU_FAULT_KINDS ? fault_names[k] : "?";
}

/* ------------------------------------------------------------------ */
/* Worker hand-offs                                                    */

static void sync_cb(struct rt_work *wk)
{
	struct mana_emu *e = rt_container_of(wk, struct mana_emu, sync_work);

	e->sync_fn(e, e->sync_arg);
	pthread_mutex_lock(&e->mmio_lock);
	e->sync_done = true;
	pthread_cond_broadcast(&e->sync_cond);
	pthread_mutex_unlock(&e->mmio_lock);
}

int memu_sync(struct mana_emu *e, void (*fn)(struct mana_emu *e, void *arg), void *arg)
{
	int rc;

	pthread_mutex_lock(&e->sync_lock);
	pthread_mutex_lock(&e->mmio_lock);
	e->sync_done = false;
	e->sync_fn = fn;
	e->sync_arg = arg;
	pthread_mutex_unlock(&e->mmio_lock);
	rc = rt_worker_call(&e->worker, &e->sync_work, sync_cb);
	if (!rc) {
		pthread_mutex_lock(&e->mmio_lock);
		while (!e->sync_done)
			pthread_cond_wait(&e->sync_cond, &e->mmio_lock);
		rc = e->sync_rc;
		pthread_mutex_unlock(&e->mmio_lock);
	}
	pthread_mutex_unlock(&e->sync_lock);
	return rc;
}

static void smc_process(struct mana_emu *e)
{
	struct gdma_smc_aperture ap;
	struct gdma_smc_establish_hwc est;
	uint8_t raw[GDMA_SMC_APERTURE_SIZE];
	uint32_t hdr;
	int status = 1;

	pthread_mutex_lock(&e->mmio_lock);
	for (unsigned i = 0; i < 8; i++)
		pv_put_u32(raw + 4 * i, e->smc[i]);
	pthread_mutex_unlock(&e->mmio_lock);
	/* The owner bit is ours while we work; the driver wrote it clear. */
	pv_put_u32(raw + GDMA_SMC_HDR_OFFSET,
		   pv_get_u32(raw + GDMA_SMC_HDR_OFFSET) & ~SMC_OWNER_BIT);
	e->st.smc_ops++;
	if (rt_trace_on(e->trace)) {
		struct gdma_trace_smc t = {.kind = GDMA_TRACE_KIND_SMC,
					   .bar_offset = GDMA_EMU_SHM_OFFSET};
		uint8_t rec[GDMA_TRACE_SMC_SIZE];

		if (gdma_smc_aperture_decode(raw, sizeof(raw), NULL, &t.smc) == PV_OK &&
		    gdma_trace_smc_encode(&t, rec, sizeof(rec)) > 0)
			memu_trace(e, PVTRACE_DIR_TO_HOST, 0, rec, sizeof(rec), NULL, 0);
	}
	if (memu_fault_take(e, MANA_EMU_FAULT_SMC_TIMEOUT, 0, NULL)) {
		rt_log_rl(&e->lo, RT_LOG_WARN, "fault: SMC request left unanswered");
		return;
	}
	if (gdma_smc_aperture_decode(raw, sizeof(raw), NULL, &ap) != PV_OK) {
		status = 1;
	} else if (ap.hdr.direction) {
		rt_log_rl(&e->lo, RT_LOG_WARN, "SMC: request marked as a response");
	} else if (ap.hdr.msg_type == GDMA_SMC_MSG_ESTABLISH_HWC) {
		if (ap.hdr.msg_version != GDMA_SMC_ESTABLISH_HWC_VERSION)
			rt_log_rl(&e->lo, RT_LOG_WARN, "SMC ESTABLISH_HWC version %u",
				  ap.hdr.msg_version);
		else if (gdma_smc_establish_hwc_decode(raw, sizeof(raw), NULL, &est) == PV_OK)
			memu_hwc_establish(e, &est, &status);
	} else if (ap.hdr.msg_type == GDMA_SMC_MSG_DESTROY_HWC) {
		memu_hwc_destroy(e, MANA_BRINGUP_EV_DESTROY);
		status = 0;
	} else {
		rt_log_rl(&e->lo, RT_LOG_WARN, "SMC: unsupported message type %u", ap.hdr.msg_type);
	}
	/* Answer in place: same type and version, direction 1, status, ours no more. */
	hdr = pv_get_u32(raw + GDMA_SMC_HDR_OFFSET);
	hdr &= ~(GDMA_SMC_HDR_STATUS_MASK | GDMA_SMC_HDR_DIRECTION_MASK | SMC_OWNER_BIT);
	hdr |= (uint32_t)status << GDMA_SMC_HDR_STATUS_SHIFT | GDMA_SMC_HDR_DIRECTION_MASK;
	if (rt_trace_on(e->trace)) {
		struct gdma_trace_smc t = {.kind = GDMA_TRACE_KIND_SMC,
					   .bar_offset = GDMA_EMU_SHM_OFFSET};
		uint8_t rec[GDMA_TRACE_SMC_SIZE];

		pv_put_u32(raw + GDMA_SMC_HDR_OFFSET, hdr);
		if (gdma_smc_aperture_decode(raw, sizeof(raw), NULL, &t.smc) == PV_OK &&
		    gdma_trace_smc_encode(&t, rec, sizeof(rec)) > 0)
			memu_trace(e, PVTRACE_DIR_TO_GUEST, 0, rec, sizeof(rec), NULL, 0);
	}
	pthread_mutex_lock(&e->mmio_lock);
	e->smc[SMC_HDR_DWORD] = hdr;
	pthread_mutex_unlock(&e->mmio_lock);
}

static void kick_cb(struct rt_work *wk)
{
	struct mana_emu *e = rt_container_of(wk, struct mana_emu, kick_work);
	bool smc;

	pthread_mutex_lock(&e->mmio_lock);
	smc = e->smc_pending;
	e->smc_pending = false;
	pthread_mutex_unlock(&e->mmio_lock);
	if (smc)
		smc_process(e);
	memu_doorbells_apply(e);
}

static void kick(struct mana_emu *e)
{
	/* -EALREADY: a kick is queued and will see our update. */
	(void)rt_worker_call(&e->worker, &e->kick_work, kick_cb);
}

/* ------------------------------------------------------------------ */
/* BAR0                                                                 */

static void regmap_bytes(uint8_t out[GDMA_REGMAP_SIZE])
{
	const struct gdma_regmap r = {
		.micro_version = 1,
		.major_version = 1,
		.db_page_offset = GDMA_EMU_DB_OFFSET,
		.db_page_size = GDMA_EMU_DB_PAGE_SIZE,
		.shm_offset = GDMA_EMU_SHM_OFFSET,
		.shm_size = GDMA_SMC_SIZE,
	};

	memset(out, 0, GDMA_REGMAP_SIZE);
	(void)gdma_regmap_encode(&r, out, GDMA_REGMAP_SIZE);
}

static void emu_mmio_read(struct pcidev *d, unsigned bar, uint64_t off, void *data, unsigned len)
{
	struct mana_emu *e = emu_of(d);
	uint8_t buf[8] = {0};

	if (bar == 0 && off + len <= GDMA_REGMAP_SIZE) {
		uint8_t rm[GDMA_REGMAP_SIZE];

		regmap_bytes(rm);
		memcpy(buf, rm + off, len);
	} else if (bar == 0 && off >= GDMA_EMU_SHM_OFFSET &&
		   off + len <= GDMA_EMU_SHM_OFFSET + GDMA_SMC_SIZE) {
		uint8_t ap[GDMA_SMC_SIZE];

		pthread_mutex_lock(&e->mmio_lock);
		for (unsigned i = 0; i < 8; i++)
			pv_put_u32(ap + 4 * i, e->smc[i]);
		pthread_mutex_unlock(&e->mmio_lock);
		memcpy(buf, ap + (off - GDMA_EMU_SHM_OFFSET), len);
	}
	memcpy(data, buf, len);
}

static void bad_doorbell(struct mana_emu *e, uint64_t off, uint64_t v)
{
	pthread_mutex_lock(&e->mmio_lock);
	e->bad_doorbells++;
	pthread_mutex_unlock(&e->mmio_lock);
	rt_log_rl(&e->lo, RT_LOG_WARN, "bad doorbell write 0x%llx at page offset 0x%llx",
		  (unsigned long long)v, (unsigned long long)off);
}

static void trace_doorbell(struct mana_emu *e, uint32_t qtype, uint64_t off, uint64_t v)
{
	struct gdma_trace_doorbell t = {.kind = GDMA_TRACE_KIND_DOORBELL,
					.queue_type = (uint8_t)qtype,
					.page_offset = (uint32_t)off,
					.value = v};
	uint8_t rec[GDMA_TRACE_DOORBELL_SIZE];

	if (gdma_trace_doorbell_encode(&t, rec, sizeof(rec)) > 0)
		memu_trace(e, PVTRACE_DIR_TO_HOST, 0, rec, sizeof(rec), NULL, 0);
}

static void doorbell_write(struct mana_emu *e, uint64_t off, uint64_t v)
{
	uint8_t raw[8];
	int slot;

	pv_put_u64(raw, v);
	if (off == GDMA_DB_SQ || off == GDMA_DB_RQ) {
		bool is_sq = off == GDMA_DB_SQ;
		struct gdma_doorbell_wq db;

		if (rt_trace_on(e->trace))
			trace_doorbell(e, is_sq ? GDMA_QUEUE_TYPE_SQ : GDMA_QUEUE_TYPE_RQ, off, v);
		if (gdma_doorbell_wq_decode(raw, 8, NULL, &db) != PV_OK ||
		    (slot = memu_wq_slot(e, is_sq, db.wq_id)) < 0)
			return bad_doorbell(e, off, v);
		pthread_mutex_lock(&e->mmio_lock);
		e->db_wq_tail[is_sq][slot] = db.wq_tail;
		e->db_wq_pending[is_sq] |= UINT64_C(1) << slot;
		pthread_mutex_unlock(&e->mmio_lock);
	} else if (off == GDMA_DB_CQ) {
		struct gdma_doorbell_cq db;

		if (rt_trace_on(e->trace))
			trace_doorbell(e, GDMA_QUEUE_TYPE_CQ, off, v);
		if (gdma_doorbell_cq_decode(raw, 8, NULL, &db) != PV_OK ||
		    (slot = memu_cq_slot(e, db.cq_id)) < 0)
			return bad_doorbell(e, off, v);
		pthread_mutex_lock(&e->mmio_lock);
		e->db_cq_tail[slot] = db.cq_tail;
		e->db_cq_arm[slot] = db.cq_arm;
		e->db_cq_pending[slot / 64] |= UINT64_C(1) << (slot % 64);
		pthread_mutex_unlock(&e->mmio_lock);
	} else if (off == GDMA_DB_EQ) {
		struct gdma_doorbell_eq db;

		if (rt_trace_on(e->trace))
			trace_doorbell(e, GDMA_QUEUE_TYPE_EQ, off, v);
		if (gdma_doorbell_eq_decode(raw, 8, NULL, &db) != PV_OK ||
		    (slot = memu_eq_slot(e, db.eq_id)) < 0)
			return bad_doorbell(e, off, v);
		pthread_mutex_lock(&e->mmio_lock);
		e->db_eq_tail[slot] = db.eq_tail;
		e->db_eq_arm[slot] = db.eq_arm;
		e->db_eq_pending |= UINT64_C(1) << slot;
		pthread_mutex_unlock(&e->mmio_lock);
	} else if (off == GDMA_DB_RQ_CLIENT_DATA) {
		return; /* OpenVMM ignores it too */
	} else {
		return bad_doorbell(e, off, v);
	}
	kick(e);
}

static void smc_write(struct mana_emu *e, uint64_t off, const void *data, unsigned len)
{
	uint8_t ap[GDMA_SMC_SIZE];
	bool go = false;

	pthread_mutex_lock(&e->mmio_lock);
	if (e->smc[SMC_HDR_DWORD] & SMC_OWNER_BIT) {
		/* The device owns it (Linux polls the bit before writing). */
		pthread_mutex_unlock(&e->mmio_lock);
		rt_log_rl(&e->lo, RT_LOG_WARN, "SMC written while the device owns it");
		return;
	}
	for (unsigned i = 0; i < 8; i++)
		pv_put_u32(ap + 4 * i, e->smc[i]);
	memcpy(ap + off, data, len);
	for (unsigned i = 0; i < 8; i++)
		e->smc[i] = pv_get_u32(ap + 4 * i);
	if (off + len > GDMA_SMC_HDR_OFFSET) {
		/* "final 32-bit write triggers HW to set possession bit to PF" */
		e->smc[SMC_HDR_DWORD] |= SMC_OWNER_BIT;
		e->smc_pending = go = true;
	}
	pthread_mutex_unlock(&e->mmio_lock);
	if (go)
		kick(e);
}

static void emu_mmio_write(struct pcidev *d, unsigned bar, uint64_t off, const void *data,
			   unsigned len)
{
	struct mana_emu *e = emu_of(d);

	if (bar != 0)
		return;
	if (off >= GDMA_EMU_SHM_OFFSET && off + len <= GDMA_EMU_SHM_OFFSET + GDMA_SMC_SIZE) {
		smc_write(e, off - GDMA_EMU_SHM_OFFSET, data, len);
	} else if (off >= GDMA_EMU_DB_OFFSET && off < GDMA_EMU_DB_OFFSET + GDMA_EMU_DB_PAGE_SIZE) {
		uint64_t v = 0;

		if (len != 8)
			return bad_doorbell(e, off - GDMA_EMU_DB_OFFSET, 0);
		memcpy(&v, data, 8);
		doorbell_write(e, off - GDMA_EMU_DB_OFFSET, v);
	}
	/* Writes elsewhere (the register map) are ignored, as hardware does. */
}

/* ------------------------------------------------------------------ */
/* Reset, bus mastering, teardown                                       */

void memu_reset_state(struct mana_emu *e)
{
	memu_hwc_destroy(e, MANA_BRINGUP_EV_RESET);
	for (unsigned i = 0; i < EMU_MAX_REGIONS; i++)
		if (e->regions[i].used) {
			memu_mem_free(&e->regions[i].mem);
			e->regions[i].used = false;
		}
	memset(e->pds, 0, sizeof(e->pds));
	memset(e->mrs, 0, sizeof(e->mrs));
	mana_bringup_fsm_init(&e->fsm);
	e->hwc_timeout_ms = 30000;
	pthread_mutex_lock(&e->mmio_lock);
	memset(e->smc, 0, sizeof(e->smc));
	e->smc_pending = false;
	memset(e->db_wq_pending, 0, sizeof(e->db_wq_pending));
	memset(e->db_cq_pending, 0, sizeof(e->db_cq_pending));
	e->db_eq_pending = 0;
	pthread_mutex_unlock(&e->mmio_lock);
}

static void reset_fn(struct mana_emu *e, void *arg)
{
	memu_reset_state(e);
	e->st.resets++;
	e->sync_rc = 0;
}

static void emu_reset(struct pcidev *d)
{
	struct mana_emu *e = emu_of(d);

	rt_log_info(&e->lo, "function level reset");
	(void)memu_sync(e, reset_fn, NULL);
}

static void emu_bus_master(struct pcidev *d, bool on)
{
	struct mana_emu *e = emu_of(d);

	/* The bus refuses our DMA while it is off; nothing to stop here. */
	rt_log_dbg(&e->lo, "bus mastering %s", on ? "on" : "off");
}

static void close_fn(struct mana_emu *e, void *arg)
{
	memu_reset_state(e);
	memu_vports_close(e);
	e->sync_rc = 0;
}

static void emu_free(struct mana_emu *e)
{
	pthread_mutex_destroy(&e->mmio_lock);
	pthread_mutex_destroy(&e->sync_lock);
	pthread_cond_destroy(&e->sync_cond);
	free(e->hwc_req);
	free(e->scratch);
	free(e);
}

static void emu_destroy(struct pcidev *d)
{
	struct mana_emu *e = emu_of(d);

	(void)memu_sync(e, close_fn, NULL);
	rt_worker_stop(&e->worker);
	emu_free(e);
}

static const struct pcidev_ops emu_ops = {
	.mmio_read = emu_mmio_read,
	.mmio_write = emu_mmio_write,
	.bus_master = emu_bus_master,
	.reset = emu_reset,
	.destroy = emu_destroy,
};

/* ------------------------------------------------------------------ */
/* Creation                                                             */

static void open_fn(struct mana_emu *e, void *arg)
{
	memu_reset_state(e);
	e->sync_rc = memu_vports_open(e);
}

int mana_emu_create(const struct mana_emu_opts *o, struct pcidev **out)
{
	struct mana_emu *e;
	int rc;

	if (!o || !o->log || o->nvports == 0 || o->nvports > MANA_EMU_MAX_VPORTS ||
	    o->max_queues > MANA_EMU_MAX_QUEUES || o->msix_vectors > 2048)
		return -EINVAL;
	for (uint32_t v = 0; v < o->nvports; v++)
		if (!o->vport[v].wire)
			return -EINVAL;
	e = calloc(1, sizeof(*e));
	if (!e)
		return -ENOMEM;
	e->opts = *o;
	if (!e->opts.max_queues)
		e->opts.max_queues = 8;
	if (!e->opts.msix_vectors)
		e->opts.msix_vectors = GDMA_EMU_MSIX_VECTORS;
	snprintf(e->name, sizeof(e->name), "%s", o->name ? o->name : "mana0");
	e->opts.name = e->name;
	e->trace = o->trace;
	e->scratch = malloc(65536 + 4096);
	e->hwc_req = malloc(GDMA_HWC_MAX_REQUEST);
	pthread_mutex_init(&e->mmio_lock, NULL);
	pthread_mutex_init(&e->sync_lock, NULL);
	pthread_cond_init(&e->sync_cond, NULL);
	if (!e->scratch || !e->hwc_req) {
		emu_free(e);
		return -ENOMEM;
	}
	rt_log_obj_init(&e->lo, o->log, "mana-emu[%s]", e->name);

	e->pd.ops = &emu_ops;
	e->pd.name = e->name;
	e->pd.id = (struct pcidev_id){
		.vendor = GDMA_VENDOR_MICROSOFT,
		.device = o->pf ? GDMA_DEVICE_PF : GDMA_DEVICE_VF,
		.class_code = GDMA_CLASS_ETHERNET,
		.revision = 1,
	};
	e->pd.bar[0] = (struct pcidev_bar){.size = GDMA_EMU_BAR0_SIZE, .flags = PCIDEV_BAR_MEM64};
	/* MSI-X table (16 bytes a vector), then the PBA on its own page, in BAR4. */
	e->pd.msix = (struct pcidev_msix){
		.vectors = (uint16_t)e->opts.msix_vectors,
		.table_bar = GDMA_EMU_MSIX_BAR,
		.pba_bar = GDMA_EMU_MSIX_BAR,
		.table_off = 0,
		.pba_off =
			(uint32_t)rt_align_up((uint64_t)e->opts.msix_vectors * 16, (uint64_t)4096),
	};
	e->pd.bar[GDMA_EMU_MSIX_BAR] = (struct pcidev_bar){.size = 8192, .flags = PCIDEV_BAR_MEM64};
	while (e->pd.bar[GDMA_EMU_MSIX_BAR].size < (uint64_t)e->pd.msix.pba_off + 4096)
		e->pd.bar[GDMA_EMU_MSIX_BAR].size <<= 1;

	rc = rt_worker_start(&e->worker, "mana-emu");
	if (rc) {
		emu_free(e);
		return rc;
	}
	rc = memu_sync(e, open_fn, NULL);
	if (rc) {
		(void)memu_sync(e, close_fn, NULL);
		rt_worker_stop(&e->worker);
		emu_free(e);
		return rc;
	}
	rt_log_info(&e->lo, "%s %04x:%04x, %u vport(s), %u queues each, %u MSI-X vectors",
		    o->pf ? "PF" : "VF", e->pd.id.vendor, e->pd.id.device, e->opts.nvports,
		    e->opts.max_queues, e->opts.msix_vectors);
	*out = &e->pd;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Faults, link, stats                                                  */

bool memu_fault_take(struct mana_emu *e, enum mana_emu_fault_kind k, uint32_t code, uint32_t *value)
{
	struct emu_fault_slot *f = &e->faults[k];
	bool hit = false;

	pthread_mutex_lock(&e->mmio_lock);
	if (f->left != 0 && (f->code == 0 || f->code == code)) {
		hit = true;
		if (value)
			*value = f->value;
		if (f->left > 0)
			f->left--;
	}
	pthread_mutex_unlock(&e->mmio_lock);
	return hit;
}

int mana_emu_fault_set(struct pcidev *d, const struct mana_emu_fault *f)
{
	struct mana_emu *e = emu_of(d);

	if (!f || f->kind <= MANA_EMU_FAULT_NONE || f->kind >= MANA_EMU_FAULT_KINDS)
		return -EINVAL;
	pthread_mutex_lock(&e->mmio_lock);
	e->faults[f->kind] = (struct emu_fault_slot){
		.code = f->code, .value = f->value, .left = f->count ? (int64_t)f->count : -1};
	pthread_mutex_unlock(&e->mmio_lock);
	rt_log_info(&e->lo, "fault armed: %s code 0x%x value 0x%x count %u",
		    mana_emu_fault_name(f->kind), f->code, f->value, f->count);
	return 0;
}

void mana_emu_fault_clear(struct pcidev *d)
{
	struct mana_emu *e = emu_of(d);

	pthread_mutex_lock(&e->mmio_lock);
	memset(e->faults, 0, sizeof(e->faults));
	pthread_mutex_unlock(&e->mmio_lock);
}

static int code_parse(const char *s, uint32_t *out)
{
	char *end;
	unsigned long v;

	if (!*s) {
		*out = 0;
		return 0;
	}
	for (uint32_t i = 0; i < mana_msg_table_count; i++)
		if (!strcmp(s, mana_msg_table[i].name)) {
			*out = mana_msg_table[i].type;
			return 0;
		}
	v = strtoul(s, &end, 0);
	if (*end || v > UINT32_MAX)
		return -EINVAL;
	*out = (uint32_t)v;
	return 0;
}

static int cqe_type_parse(const char *s, uint32_t *out)
{
	char *end;
	unsigned long v;

	if (!*s) {
		*out = 0;
		return 0;
	}
	for (uint32_t t = 0; t < 64; t++)
		if (strcmp(mana_cqe_type_name(t), "?") && !strcmp(s, mana_cqe_type_name(t))) {
			*out = t;
			return 0;
		}
	v = strtoul(s, &end, 0);
	if (*end || v > UINT32_MAX)
		return -EINVAL;
	*out = (uint32_t)v;
	return 0;
}

int mana_emu_fault_parse(const char *s, struct mana_emu_fault *out)
{
	char buf[128], *parts[4] = {NULL, "", "", ""};
	char *p;
	unsigned n = 0;
	char *end;
	unsigned long cnt;

	if (!s || strlen(s) >= sizeof(buf))
		return -EINVAL;
	strcpy(buf, s);
	memset(out, 0, sizeof(*out));
	/* strtok_r would merge empty fields ("hwc_status::5"); split by hand. */
	for (p = buf, parts[n++] = buf; *p && n <= 4; p++)
		if (*p == ':') {
			*p = '\0';
			if (n == 4)
				return -EINVAL;
			parts[n++] = p + 1;
		}
	for (int k = 1; k < MANA_EMU_FAULT_KINDS; k++)
		if (!strcmp(parts[0], fault_names[k]))
			out->kind = (enum mana_emu_fault_kind)k;
	if (out->kind == MANA_EMU_FAULT_NONE || code_parse(parts[1], &out->code))
		return -EINVAL;
	if (out->kind == MANA_EMU_FAULT_TX_ERROR ? cqe_type_parse(parts[2], &out->value)
						 : code_parse(parts[2], &out->value))
		return -EINVAL;
	if (*parts[3]) {
		cnt = strtoul(parts[3], &end, 10);
		if (*end || cnt > UINT32_MAX)
			return -EINVAL;
		out->count = (uint32_t)cnt;
	}
	return 0;
}

struct link_arg {
	uint32_t vport;
	bool up;
};

static void link_fn(struct mana_emu *e, void *arg)
{
	const struct link_arg *a = arg;

	memu_vport_link(e, a->vport, a->up);
	e->sync_rc = 0;
}

int mana_emu_set_link(struct pcidev *d, uint32_t v, bool up)
{
	struct mana_emu *e = emu_of(d);
	struct link_arg a = {.vport = v, .up = up};

	if (v >= e->opts.nvports)
		return -EINVAL;
	return memu_sync(e, link_fn, &a);
}

static void reset_req_fn(struct mana_emu *e, void *arg)
{
	uint8_t details[GDMA_EVENT_DATA_SIZE] = {0};

	e->sync_rc = -ENOTCONN;
	if (e->hwc_up) {
		memu_eq_post(e, e->hwc_eq, GDMA_EQE_TYPE_HWC_RESET_REQUEST, details);
		e->sync_rc = 0;
	}
}

int mana_emu_request_reset(struct pcidev *d)
{
	return memu_sync(emu_of(d), reset_req_fn, NULL);
}

static void stats_fn(struct mana_emu *e, void *arg)
{
	struct mana_emu_stats *out = arg;
	uint32_t q = 0, r = 0;

	for (unsigned i = 0; i < EMU_MAX_EQ; i++)
		q += e->eqs[i].ring.used;
	for (unsigned i = 0; i < EMU_MAX_CQ; i++)
		q += e->cqs[i].ring.used;
	for (unsigned i = 0; i < EMU_MAX_WQ; i++)
		q += e->wqs[0][i].used + e->wqs[1][i].used;
	for (unsigned i = 0; i < EMU_MAX_REGIONS; i++)
		r += e->regions[i].used;
	*out = e->st;
	out->queues = q;
	out->regions = r;
	out->hwc_up = e->hwc_up;
	e->sync_rc = 0;
}

int mana_emu_get_stats(struct pcidev *d, struct mana_emu_stats *out)
{
	struct mana_emu *e = emu_of(d);
	int rc = memu_sync(e, stats_fn, out);

	if (rc)
		return rc;
	pthread_mutex_lock(&e->mmio_lock);
	out->bad_doorbells += e->bad_doorbells;
	pthread_mutex_unlock(&e->mmio_lock);
	return 0;
}

/* ------------------------------------------------------------------ */

void memu_trace(struct mana_emu *e, uint8_t dir, uint32_t queue, const void *rec, size_t len,
		const void *extra, size_t extra_len)
{
	struct iovec iov[2] = {{(void *)rec, len}, {(void *)extra, extra_len}};

	rt_trace_record(e->trace, PVTRACE_PROTO_GDMA, dir, queue, 0, iov, extra_len ? 2 : 1);
}

struct direct_arg {
	const void *req;
	size_t len;
	void *resp;
	size_t cap;
};

static void direct_fn(struct mana_emu *e, void *arg)
{
	struct direct_arg *a = arg;
	uint8_t *out = e->scratch;
	uint32_t n;
	int fence = -1;

	if (e->hwc_req_held) {
		e->sync_rc = -EBUSY;
		return;
	}
	memcpy(e->hwc_req, a->req, a->len);
	e->hwc_req_len = (uint32_t)a->len;
	memset(out, 0, GDMA_HWC_MAX_RESPONSE);
	n = memu_hwc_handle(e, out, GDMA_HWC_MAX_RESPONSE, &fence);
	if (fence >= 0)
		memu_hwc_fence(e, (uint32_t)fence);
	n = (uint32_t)rt_min((size_t)n, a->cap);
	memcpy(a->resp, out, n);
	e->sync_rc = (int)n;
}

int mana_emu_hwc_request(struct pcidev *d, const void *req, size_t len, void *resp, size_t cap)
{
	struct direct_arg a = {req, len, resp, cap};

	if (!req || !resp || len > GDMA_HWC_MAX_REQUEST)
		return -EINVAL;
	return memu_sync(emu_of(d), direct_fn, &a);
}
