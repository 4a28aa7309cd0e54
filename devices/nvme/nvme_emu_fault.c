/*
 * Fault injection for the NVMe emulator: rules from tests (nvme_emu_fault_add)
 * and from the paravisor config (`faults:` of an emulated controller), matched
 * against each command as it is fetched.
 */
#include <errno.h>
#include <string.h>
#include <strings.h>

#include "devices/nvme/nvme_emu_priv.h"
#include "runtime/config.h"
#include "runtime/util.h"

static const char *const action_names[NVME_EMU_FAULT_COUNT] = {
	[NVME_EMU_FAULT_STATUS] = "status",
	[NVME_EMU_FAULT_DELAY] = "delay",
	[NVME_EMU_FAULT_DROP] = "drop",
	[NVME_EMU_FAULT_FATAL] = "fatal",
	[NVME_EMU_FAULT_WRONG_PHASE] = "wrong_phase",
	[NVME_EMU_FAULT_BAD_CID] = "bad_cid",
	[NVME_EMU_FAULT_DUP_CID] = "dup_cid",
	[NVME_EMU_FAULT_CROSS_QUEUE] = "cross_queue",
};

const char *nvme_emu_fault_action_name(unsigned a)
{
	return a < NVME_EMU_FAULT_COUNT ? action_names[a] : "?";
}

unsigned emu_fault_match(struct nvme_emu *e, struct emu_req *r, bool admin)
{
	unsigned hit = 0;

	pthread_mutex_lock(&e->fault_lock);
	for (unsigned i = 0; i < e->nfaults && !hit; i++) {
		struct emu_fault_slot *s = &e->faults[i];
		const struct nvme_emu_fault *f = &s->f;

		if ((f->queue == NVME_EMU_FQ_ADMIN && !admin) ||
		    (f->queue == NVME_EMU_FQ_IO && admin))
			continue;
		if (f->opcode >= 0 && f->opcode != r->opcode)
			continue;
		if (s->matched++ < f->skip)
			continue;
		if (f->count && s->fired >= f->count)
			continue;
		s->fired++;
		hit = f->action + 1u;
		if (f->action == NVME_EMU_FAULT_STATUS)
			r->status = emu_status((f->status >> 8) & 7, f->status & 0xFF, f->dnr);
		r->delay_ms = f->delay_ms;
	}
	pthread_mutex_unlock(&e->fault_lock);
	if (hit) {
		atomic_fetch_add(&e->st.faults_fired, 1);
		rt_log_rl(&e->lo, RT_LOG_INFO, "fault %s on %s opcode 0x%02x cid %u",
			  nvme_emu_fault_action_name(hit - 1), admin ? "admin" : "I/O", r->opcode,
			  r->cid);
	}
	return hit;
}

/* An opcode by its generated name (admin or NVM, "read", "identify"), or a number. */
static int opcode_parse(const char *s, int16_t *out)
{
	char up[48];
	size_t i;

	if (!strcasecmp(s, "any")) {
		*out = -1;
		return 0;
	}
	for (i = 0; s[i] && i + 1 < sizeof(up); i++)
		up[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
	up[i] = 0;
	for (unsigned v = 0; v < 256; v++) {
		if (!strcmp(nvm_opcode_name(v), up) || !strcmp(nvme_admin_opcode_name(v), up)) {
			*out = (int16_t)v;
			return 0;
		}
	}
	return -EINVAL;
}

int nvme_emu_fault_from_cfg(struct rt_cfg *cfg, const struct rt_cfg_node *n,
			    struct nvme_emu_fault *out)
{
	static const char *const keys[] = {"queue", "opcode", "action",   "status", "dnr",
					   "skip",  "count",  "delay_ms", NULL};
	static const char *const queues[] = {"any", "admin", "io", NULL};
	static const char *const actions[] = {"status",  "delay",       "drop",
					      "fatal",   "wrong_phase", "bad_cid",
					      "dup_cid", "cross_queue", NULL};
	const char *op;
	uint64_t status, skip, count, delay;
	int q, a, rc;
	bool dnr;

	memset(out, 0, sizeof(*out));
	if ((rc = rt_cfg_check_keys(cfg, n, keys)) ||
	    (rc = rt_cfg_choice(cfg, n, "queue", false, queues, 0, &q)) ||
	    (rc = rt_cfg_choice(cfg, n, "action", true, actions, 0, &a)) ||
	    (rc = rt_cfg_str(cfg, n, "opcode", false, "any", &op)) ||
	    (rc = rt_cfg_u64(cfg, n, "status", false, 0, 0, 0x7FF, &status)) ||
	    (rc = rt_cfg_bool(cfg, n, "dnr", false, &dnr)) ||
	    (rc = rt_cfg_u64(cfg, n, "skip", false, 0, 0, UINT32_MAX, &skip)) ||
	    (rc = rt_cfg_u64(cfg, n, "count", false, 0, 0, UINT32_MAX, &count)) ||
	    (rc = rt_cfg_u64(cfg, n, "delay_ms", false, 0, 0, 3600000, &delay)))
		return rc;
	if (opcode_parse(op, &out->opcode))
		return rt_cfg_error(cfg, rt_cfg_get(n, "opcode"),
				    "'opcode': '%s' is not an NVMe opcode name or number", op);
	if (a == NVME_EMU_FAULT_STATUS && !status)
		return rt_cfg_error(cfg, n,
				    "a 'status' fault needs a non-zero 'status' (sct << 8 | sc)");
	out->queue = (uint8_t)q;
	out->action = (uint8_t)a;
	out->status = (uint16_t)status;
	out->dnr = dnr;
	out->skip = (uint32_t)skip;
	out->count = (uint32_t)count;
	out->delay_ms = (uint32_t)delay;
	return 0;
}

int emu_req_begin(struct emu_req *r, bool admin, enum pv_codec_err err)
{
	struct nvme_emu *e = r->e;
	unsigned f = atomic_load(&e->nfaults_live) ? emu_fault_match(e, r, admin) : 0;

	if (f && f - 1 == NVME_EMU_FAULT_FATAL) {
		emu_fatal(e, "injected fault");
		return -1;
	}
	if (f && f - 1 == NVME_EMU_FAULT_STATUS) {
		emu_req_complete(r);
		return -1;
	}
	r->cfault = (uint8_t)f;
	if (err == PV_ERR_UNKNOWN_TYPE) {
		r->status = EMU_SC_DNR(INVALID_OPCODE);
		return 1;
	}
	if (err != PV_OK) {
		r->status = EMU_SC_DNR(INVALID_FIELD);
		return 1;
	}
	return 0;
}
