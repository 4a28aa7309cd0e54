/* DO NOT EDIT: generated from spec/gdma.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "gdma_codec.h"

const struct pv_name gdma_queue_type_names[5] = {
	{0, "INVALID"},
	{1, "SQ"},
	{2, "RQ"},
	{3, "CQ"},
	{4, "EQ"},
};

const char *gdma_queue_type_name(uint32_t v)
{
	const char *n = pv_name_find(gdma_queue_type_names, 5, v);

	return n ? n : "?";
}

const struct pv_name gdma_eqe_type_names[10] = {
	{3, "COMPLETION"},
	{64, "TEST_EVENT"},
	{129, "HWC_INIT_EQ_ID_DB"},
	{130, "HWC_INIT_DATA"},
	{131, "HWC_INIT_DONE"},
	{132, "HWC_SOC_RECONFIG"},
	{133, "HWC_SOC_RECONFIG_DATA"},
	{134, "HWC_SOC_SERVICE"},
	{135, "HWC_RESET_REQUEST"},
	{176, "RNIC_QP_FATAL"},
};

const char *gdma_eqe_type_name(uint32_t v)
{
	const char *n = pv_name_find(gdma_eqe_type_names, 10, v);

	return n ? n : "?";
}

const struct pv_name gdma_hwc_init_data_names[11] = {
	{1, "CQID"},
	{2, "RQID"},
	{3, "SQID"},
	{4, "QUEUE_DEPTH"},
	{5, "MAX_REQUEST"},
	{6, "MAX_RESPONSE"},
	{7, "MAX_NUM_CQS"},
	{8, "PDID"},
	{9, "GPA_MKEY"},
	{10, "PF_DEST_RQ_ID"},
	{11, "PF_DEST_CQ_ID"},
};

const char *gdma_hwc_init_data_name(uint32_t v)
{
	const char *n = pv_name_find(gdma_hwc_init_data_names, 11, v);

	return n ? n : "?";
}

const struct pv_name gdma_hwc_reconfig_names[3] = {
	{1, "CFG_HWC_TIMEOUT"},
	{2, "LINK_CONNECT"},
	{3, "LINK_DISCONNECT"},
};

const char *gdma_hwc_reconfig_name(uint32_t v)
{
	const char *n = pv_name_find(gdma_hwc_reconfig_names, 3, v);

	return n ? n : "?";
}

const struct pv_name gdma_smc_msg_names[3] = {
	{1, "ESTABLISH_HWC"},
	{2, "DESTROY_HWC"},
	{4, "REPORT_HWC_TIMEOUT"},
};

const char *gdma_smc_msg_name(uint32_t v)
{
	const char *n = pv_name_find(gdma_smc_msg_names, 3, v);

	return n ? n : "?";
}

const struct pv_name gdma_trace_kind_names[5] = {
	{1, "SMC"},
	{2, "WQE"},
	{3, "CQE"},
	{4, "EQE"},
	{5, "DOORBELL"},
};

const char *gdma_trace_kind_name(uint32_t v)
{
	const char *n = pv_name_find(gdma_trace_kind_names, 5, v);

	return n ? n : "?";
}

static void gdma_regmap_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_regmap *s = p;

	pv_fmt_add(fm, " micro_version=%llu", (unsigned long long)s->micro_version);
	pv_fmt_add(fm, " minor_version=%llu", (unsigned long long)s->minor_version);
	pv_fmt_add(fm, " major_version=%llu", (unsigned long long)s->major_version);
	pv_fmt_add(fm, " reserved0=%llu", (unsigned long long)s->reserved0);
	pv_fmt_add(fm, " db_page_offset=0x%llx", (unsigned long long)s->db_page_offset);
	pv_fmt_add(fm, " db_page_size=%llu", (unsigned long long)s->db_page_size);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " shm_offset=0x%llx", (unsigned long long)s->shm_offset);
	pv_fmt_add(fm, " shm_size=%llu", (unsigned long long)s->shm_size);
	pv_fmt_add(fm, " reserved3=%llu", (unsigned long long)s->reserved3);
	pv_fmt_add(fm, " reserved4=%llu", (unsigned long long)s->reserved4);
}

int gdma_regmap_format(const struct gdma_regmap *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "regmap", gdma_regmap_fmt, s);
}

static void gdma_smc_hdr_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_smc_hdr *s = p;

	pv_fmt_add(fm, " hdr=0x%llx", (unsigned long long)s->hdr);
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_version=%llu", (unsigned long long)s->msg_version);
	pv_fmt_add(fm, " direction=%llu", (unsigned long long)s->direction);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
	pv_fmt_add(fm, " reset_vf=%llu", (unsigned long long)s->reset_vf);
	pv_fmt_add(fm, " owner_is_pf=%llu", (unsigned long long)s->owner_is_pf);
}

int gdma_smc_hdr_format(const struct gdma_smc_hdr *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "smc_hdr", gdma_smc_hdr_fmt, s);
}

static void gdma_smc_establish_hwc_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_smc_establish_hwc *s = p;
	size_t i;

	pv_fmt_add(fm, " eq_pfn={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->eq_pfn[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " cq_pfn={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cq_pfn[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " rq_pfn={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->rq_pfn[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " sq_pfn={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->sq_pfn[i]);
	pv_fmt_add(fm, "}");
	if (s->pfn_high_rsvd)
		pv_fmt_add(fm, " pfn_high_rsvd=0x%llx", (unsigned long long)s->pfn_high_rsvd);
	pv_fmt_add(fm, " eq_high=%llu", (unsigned long long)s->eq_high);
	pv_fmt_add(fm, " cq_high=%llu", (unsigned long long)s->cq_high);
	pv_fmt_add(fm, " rq_high=%llu", (unsigned long long)s->rq_high);
	pv_fmt_add(fm, " sq_high=%llu", (unsigned long long)s->sq_high);
	pv_fmt_add(fm, " msix=%llu", (unsigned long long)s->msix);
	pv_fmt_sub(fm, " hdr={", gdma_smc_hdr_fmt, &s->hdr);
}

int gdma_smc_establish_hwc_format(const struct gdma_smc_establish_hwc *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "smc_establish_hwc", gdma_smc_establish_hwc_fmt, s);
}

static void gdma_smc_aperture_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_smc_aperture *s = p;
	size_t i;

	pv_fmt_add(fm, " data={");
	for (i = 0; i < 7; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->data[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_sub(fm, " hdr={", gdma_smc_hdr_fmt, &s->hdr);
}

int gdma_smc_aperture_format(const struct gdma_smc_aperture *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "smc_aperture", gdma_smc_aperture_fmt, s);
}

static void gdma_doorbell_wq_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_doorbell_wq *s = p;

	if (s->value_rsvd)
		pv_fmt_add(fm, " value_rsvd=0x%llx", (unsigned long long)s->value_rsvd);
	pv_fmt_add(fm, " wq_id=%llu", (unsigned long long)s->wq_id);
	pv_fmt_add(fm, " wqe_cnt=%llu", (unsigned long long)s->wqe_cnt);
	pv_fmt_add(fm, " wq_tail=%llu", (unsigned long long)s->wq_tail);
}

int gdma_doorbell_wq_format(const struct gdma_doorbell_wq *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "doorbell_wq", gdma_doorbell_wq_fmt, s);
}

static void gdma_doorbell_cq_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_doorbell_cq *s = p;

	if (s->value_rsvd)
		pv_fmt_add(fm, " value_rsvd=0x%llx", (unsigned long long)s->value_rsvd);
	pv_fmt_add(fm, " cq_id=%llu", (unsigned long long)s->cq_id);
	pv_fmt_add(fm, " cq_tail=%llu", (unsigned long long)s->cq_tail);
	pv_fmt_add(fm, " cq_arm=%llu", (unsigned long long)s->cq_arm);
}

int gdma_doorbell_cq_format(const struct gdma_doorbell_cq *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "doorbell_cq", gdma_doorbell_cq_fmt, s);
}

static void gdma_doorbell_eq_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_doorbell_eq *s = p;

	if (s->value_rsvd)
		pv_fmt_add(fm, " value_rsvd=0x%llx", (unsigned long long)s->value_rsvd);
	pv_fmt_add(fm, " eq_id=%llu", (unsigned long long)s->eq_id);
	pv_fmt_add(fm, " eq_tail=%llu", (unsigned long long)s->eq_tail);
	pv_fmt_add(fm, " eq_arm=%llu", (unsigned long long)s->eq_arm);
}

int gdma_doorbell_eq_format(const struct gdma_doorbell_eq *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "doorbell_eq", gdma_doorbell_eq_fmt, s);
}

static void gdma_wqe_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_wqe_header *s = p;

	if (s->w0_rsvd)
		pv_fmt_add(fm, " w0_rsvd=0x%llx", (unsigned long long)s->w0_rsvd);
	pv_fmt_add(fm, " last_vbytes=%llu", (unsigned long long)s->last_vbytes);
	if (s->params_rsvd)
		pv_fmt_add(fm, " params_rsvd=0x%llx", (unsigned long long)s->params_rsvd);
	pv_fmt_add(fm, " num_sge=%llu", (unsigned long long)s->num_sge);
	pv_fmt_add(fm, " inline_oob_size_div4=%llu", (unsigned long long)s->inline_oob_size_div4);
	pv_fmt_add(fm, " client_oob_in_sgl=%llu", (unsigned long long)s->client_oob_in_sgl);
	pv_fmt_add(fm, " client_data_unit=%llu", (unsigned long long)s->client_data_unit);
	pv_fmt_add(fm, " sgl_direct=%llu", (unsigned long long)s->sgl_direct);
}

int gdma_wqe_header_format(const struct gdma_wqe_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "wqe_header", gdma_wqe_header_fmt, s);
}

static void gdma_sge_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_sge *s = p;

	pv_fmt_add(fm, " address=0x%llx", (unsigned long long)s->address);
	pv_fmt_add(fm, " mem_key=%llu", (unsigned long long)s->mem_key);
	pv_fmt_add(fm, " size=%llu", (unsigned long long)s->size);
}

int gdma_sge_format(const struct gdma_sge *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "sge", gdma_sge_fmt, s);
}

static void gdma_cqe_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_cqe *s = p;

	pv_fmt_add(fm, " data=");
	pv_fmt_bytes(fm, s->data, 60);
	if (s->info_rsvd)
		pv_fmt_add(fm, " info_rsvd=0x%llx", (unsigned long long)s->info_rsvd);
	pv_fmt_add(fm, " wq_num=%llu", (unsigned long long)s->wq_num);
	pv_fmt_add(fm, " is_sq=%llu", (unsigned long long)s->is_sq);
	pv_fmt_add(fm, " cqe_owner=%llu", (unsigned long long)s->cqe_owner);
}

int gdma_cqe_format(const struct gdma_cqe *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "cqe", gdma_cqe_fmt, s);
}

static void gdma_eqe_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_eqe *s = p;
	size_t i;

	pv_fmt_add(fm, " details={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->details[i]);
	pv_fmt_add(fm, "}");
	if (s->info_rsvd)
		pv_fmt_add(fm, " info_rsvd=0x%llx", (unsigned long long)s->info_rsvd);
	pv_fmt_add(fm, " eqe_type=%llu", (unsigned long long)s->eqe_type);
	pv_fmt_add(fm, " client_id=%llu", (unsigned long long)s->client_id);
	pv_fmt_add(fm, " eqe_owner=%llu", (unsigned long long)s->eqe_owner);
}

int gdma_eqe_format(const struct gdma_eqe *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "eqe", gdma_eqe_fmt, s);
}

static void gdma_event_eq_id_db_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_event_eq_id_db *s = p;
	size_t i;

	pv_fmt_add(fm, " eq_id=%llu", (unsigned long long)s->eq_id);
	pv_fmt_add(fm, " doorbell=%llu", (unsigned long long)s->doorbell);
	pv_fmt_add(fm, " reserved={");
	for (i = 0; i < 2; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reserved[i]);
	pv_fmt_add(fm, "}");
}

int gdma_event_eq_id_db_format(const struct gdma_event_eq_id_db *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "event_eq_id_db", gdma_event_eq_id_db_fmt, s);
}

static void gdma_event_type_data_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_event_type_data *s = p;
	size_t i;

	if (s->w0_rsvd)
		pv_fmt_add(fm, " w0_rsvd=0x%llx", (unsigned long long)s->w0_rsvd);
	pv_fmt_add(fm, " data_value=%llu", (unsigned long long)s->data_value);
	pv_fmt_add(fm, " data_type=%llu", (unsigned long long)s->data_type);
	pv_fmt_add(fm, " reserved={");
	for (i = 0; i < 2; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reserved[i]);
	pv_fmt_add(fm, "}");
}

int gdma_event_type_data_format(const struct gdma_event_type_data *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "event_type_data", gdma_event_type_data_fmt, s);
}

static void gdma_event_completion_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_event_completion *s = p;
	size_t i;

	if (s->w0_rsvd)
		pv_fmt_add(fm, " w0_rsvd=0x%llx", (unsigned long long)s->w0_rsvd);
	pv_fmt_add(fm, " event_cq_id=%llu", (unsigned long long)s->event_cq_id);
	pv_fmt_add(fm, " reserved={");
	for (i = 0; i < 2; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reserved[i]);
	pv_fmt_add(fm, "}");
}

int gdma_event_completion_format(const struct gdma_event_completion *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "event_completion", gdma_event_completion_fmt, s);
}

static void gdma_hwc_tx_oob_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_hwc_tx_oob *s = p;

	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	if (s->w2_rsvd)
		pv_fmt_add(fm, " w2_rsvd=0x%llx", (unsigned long long)s->w2_rsvd);
	pv_fmt_add(fm, " vrq_id=%llu", (unsigned long long)s->vrq_id);
	pv_fmt_add(fm, " dest_vfid=%llu", (unsigned long long)s->dest_vfid);
	if (s->w3_rsvd)
		pv_fmt_add(fm, " w3_rsvd=0x%llx", (unsigned long long)s->w3_rsvd);
	pv_fmt_add(fm, " vrcq_id=%llu", (unsigned long long)s->vrcq_id);
	if (s->w4_rsvd)
		pv_fmt_add(fm, " w4_rsvd=0x%llx", (unsigned long long)s->w4_rsvd);
	pv_fmt_add(fm, " vscq_id=%llu", (unsigned long long)s->vscq_id);
	pv_fmt_add(fm, " loopback=%llu", (unsigned long long)s->loopback);
	pv_fmt_add(fm, " lso_override=%llu", (unsigned long long)s->lso_override);
	pv_fmt_add(fm, " dest_pf=%llu", (unsigned long long)s->dest_pf);
	if (s->w5_rsvd)
		pv_fmt_add(fm, " w5_rsvd=0x%llx", (unsigned long long)s->w5_rsvd);
	pv_fmt_add(fm, " vsq_id=%llu", (unsigned long long)s->vsq_id);
}

int gdma_hwc_tx_oob_format(const struct gdma_hwc_tx_oob *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "hwc_tx_oob", gdma_hwc_tx_oob_fmt, s);
}

static void gdma_hwc_rx_oob_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_hwc_rx_oob *s = p;

	if (s->w0_rsvd)
		pv_fmt_add(fm, " w0_rsvd=0x%llx", (unsigned long long)s->w0_rsvd);
	pv_fmt_add(fm, " oob_type=%llu", (unsigned long long)s->oob_type);
	pv_fmt_add(fm, " eom=%llu", (unsigned long long)s->eom);
	pv_fmt_add(fm, " som=%llu", (unsigned long long)s->som);
	pv_fmt_add(fm, " vendor_err=%llu", (unsigned long long)s->vendor_err);
	if (s->w1_rsvd)
		pv_fmt_add(fm, " w1_rsvd=0x%llx", (unsigned long long)s->w1_rsvd);
	pv_fmt_add(fm, " src_virt_wq=%llu", (unsigned long long)s->src_virt_wq);
	pv_fmt_add(fm, " src_vfid=%llu", (unsigned long long)s->src_vfid);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " wqe_offset=%llu", (unsigned long long)s->wqe_offset);
	pv_fmt_add(fm, " wqe_addr_high=%llu", (unsigned long long)s->wqe_addr_high);
	if (s->w5_rsvd)
		pv_fmt_add(fm, " w5_rsvd=0x%llx", (unsigned long long)s->w5_rsvd);
	pv_fmt_add(fm, " client_data_unit=%llu", (unsigned long long)s->client_data_unit);
	pv_fmt_add(fm, " tx_oob_data_size=%llu", (unsigned long long)s->tx_oob_data_size);
	if (s->w7_rsvd)
		pv_fmt_add(fm, " w7_rsvd=0x%llx", (unsigned long long)s->w7_rsvd);
	pv_fmt_add(fm, " chunk_offset=%llu", (unsigned long long)s->chunk_offset);
}

int gdma_hwc_rx_oob_format(const struct gdma_hwc_rx_oob *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "hwc_rx_oob", gdma_hwc_rx_oob_fmt, s);
}

static void gdma_trace_smc_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_trace_smc *s = p;
	size_t i;

	pv_fmt_add(fm, " kind=%llu", (unsigned long long)s->kind);
	pv_fmt_add(fm, " pad0={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->pad0[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " bar_offset=%llu", (unsigned long long)s->bar_offset);
	pv_fmt_sub(fm, " smc={", gdma_smc_aperture_fmt, &s->smc);
}

int gdma_trace_smc_format(const struct gdma_trace_smc *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "trace_smc", gdma_trace_smc_fmt, s);
}

static void gdma_trace_wqe_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_trace_wqe *s = p;

	pv_fmt_add(fm, " kind=%llu", (unsigned long long)s->kind);
	pv_fmt_add(fm, " queue_type=%llu", (unsigned long long)s->queue_type);
	pv_fmt_add(fm, " pad1=%llu", (unsigned long long)s->pad1);
	pv_fmt_add(fm, " queue_id=%llu", (unsigned long long)s->queue_id);
	pv_fmt_add(fm, " wqe_offset=%llu", (unsigned long long)s->wqe_offset);
	pv_fmt_add(fm, " wqe_len=%llu", (unsigned long long)s->wqe_len);
	pv_fmt_sub(fm, " header={", gdma_wqe_header_fmt, &s->header);
}

int gdma_trace_wqe_format(const struct gdma_trace_wqe *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "trace_wqe", gdma_trace_wqe_fmt, s);
}

static void gdma_trace_cqe_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_trace_cqe *s = p;
	size_t i;

	pv_fmt_add(fm, " kind=%llu", (unsigned long long)s->kind);
	pv_fmt_add(fm, " pad2={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->pad2[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " queue_id=%llu", (unsigned long long)s->queue_id);
	pv_fmt_add(fm, " index=%llu", (unsigned long long)s->index);
	pv_fmt_add(fm, " pad3=%llu", (unsigned long long)s->pad3);
	pv_fmt_sub(fm, " entry={", gdma_cqe_fmt, &s->entry);
}

int gdma_trace_cqe_format(const struct gdma_trace_cqe *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "trace_cqe", gdma_trace_cqe_fmt, s);
}

static void gdma_trace_eqe_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_trace_eqe *s = p;
	size_t i;

	pv_fmt_add(fm, " kind=%llu", (unsigned long long)s->kind);
	pv_fmt_add(fm, " pad4={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->pad4[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " queue_id=%llu", (unsigned long long)s->queue_id);
	pv_fmt_add(fm, " index=%llu", (unsigned long long)s->index);
	pv_fmt_add(fm, " pad5=%llu", (unsigned long long)s->pad5);
	pv_fmt_sub(fm, " entry={", gdma_eqe_fmt, &s->entry);
}

int gdma_trace_eqe_format(const struct gdma_trace_eqe *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "trace_eqe", gdma_trace_eqe_fmt, s);
}

static void gdma_trace_doorbell_fmt(struct pv_fmt *fm, const void *p)
{
	const struct gdma_trace_doorbell *s = p;

	pv_fmt_add(fm, " kind=%llu", (unsigned long long)s->kind);
	pv_fmt_add(fm, " queue_type=%llu", (unsigned long long)s->queue_type);
	pv_fmt_add(fm, " pad6=%llu", (unsigned long long)s->pad6);
	pv_fmt_add(fm, " page=%llu", (unsigned long long)s->page);
	pv_fmt_add(fm, " page_offset=%llu", (unsigned long long)s->page_offset);
	pv_fmt_add(fm, " pad7=%llu", (unsigned long long)s->pad7);
	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
}

int gdma_trace_doorbell_format(const struct gdma_trace_doorbell *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "trace_doorbell", gdma_trace_doorbell_fmt, s);
}

/* Printers by table row and variant. */
static void (*const gdma_msg_fmts[][1])(struct pv_fmt *, const void *) = {
	{gdma_trace_smc_fmt},	/* SMC */
	{gdma_trace_wqe_fmt},	/* WQE */
	{gdma_trace_cqe_fmt},	/* CQE */
	{gdma_trace_eqe_fmt},	/* EQE */
	{gdma_trace_doorbell_fmt},	/* DOORBELL */
};

int gdma_msg_format(const struct gdma_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = gdma_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 1 || !gdma_msg_fmts[d - gdma_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		gdma_msg_fmts[d - gdma_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
