/* DO NOT EDIT: generated from spec/nvme.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "nvme_codec.h"

const struct pv_name nvme_data_xfer_names[4] = {
	{0, "NONE"},
	{1, "HOST_TO_CTRL"},
	{2, "CTRL_TO_HOST"},
	{3, "BIDIRECTIONAL"},
};

const char *nvme_data_xfer_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_data_xfer_names, 4, v);

	return n ? n : "?";
}

const struct pv_name nvme_admin_opcode_names[25] = {
	{0, "DELETE_IO_SQ"},
	{1, "CREATE_IO_SQ"},
	{2, "GET_LOG_PAGE"},
	{4, "DELETE_IO_CQ"},
	{5, "CREATE_IO_CQ"},
	{6, "IDENTIFY"},
	{8, "ABORT"},
	{9, "SET_FEATURES"},
	{10, "GET_FEATURES"},
	{12, "ASYNC_EVENT_REQUEST"},
	{13, "NS_MANAGEMENT"},
	{16, "FW_COMMIT"},
	{17, "FW_IMAGE_DOWNLOAD"},
	{20, "DEVICE_SELF_TEST"},
	{21, "NS_ATTACHMENT"},
	{24, "KEEP_ALIVE"},
	{25, "DIRECTIVE_SEND"},
	{26, "DIRECTIVE_RECEIVE"},
	{28, "VIRTUALIZATION_MANAGEMENT"},
	{124, "DOORBELL_BUFFER_CONFIG"},
	{128, "FORMAT_NVM"},
	{129, "SECURITY_SEND"},
	{130, "SECURITY_RECEIVE"},
	{132, "SANITIZE"},
	{134, "GET_LBA_STATUS"},
};

const char *nvme_admin_opcode_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_admin_opcode_names, 25, v);

	return n ? n : "?";
}

const struct pv_name nvme_sct_names[5] = {
	{0, "GENERIC"},
	{1, "COMMAND_SPECIFIC"},
	{2, "MEDIA"},
	{3, "PATH"},
	{7, "VENDOR"},
};

const char *nvme_sct_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_sct_names, 5, v);

	return n ? n : "?";
}

const struct pv_name nvme_generic_status_names[39] = {
	{0, "SUCCESS"},
	{1, "INVALID_OPCODE"},
	{2, "INVALID_FIELD"},
	{3, "CID_CONFLICT"},
	{4, "DATA_TRANSFER_ERROR"},
	{5, "POWER_LOSS_ABORT"},
	{6, "INTERNAL_ERROR"},
	{7, "ABORT_REQUESTED"},
	{8, "SQ_DELETED"},
	{9, "FUSED_FAILED"},
	{10, "FUSED_MISSING"},
	{11, "INVALID_NAMESPACE"},
	{12, "COMMAND_SEQUENCE_ERROR"},
	{13, "INVALID_SGL_SEGMENT"},
	{14, "INVALID_SGL_COUNT"},
	{15, "SGL_DATA_LENGTH_INVALID"},
	{16, "SGL_METADATA_LENGTH_INVALID"},
	{17, "SGL_TYPE_INVALID"},
	{18, "INVALID_CMB_USE"},
	{19, "PRP_OFFSET_INVALID"},
	{20, "ATOMIC_WRITE_UNIT_EXCEEDED"},
	{21, "OPERATION_DENIED"},
	{22, "SGL_OFFSET_INVALID"},
	{24, "HOST_ID_INCONSISTENT"},
	{25, "KEEP_ALIVE_EXPIRED"},
	{26, "KEEP_ALIVE_INVALID"},
	{27, "PREEMPT_ABORT"},
	{28, "SANITIZE_FAILED"},
	{29, "SANITIZE_IN_PROGRESS"},
	{30, "SGL_GRANULARITY_INVALID"},
	{31, "NOT_SUPPORTED_FOR_CMB_QUEUE"},
	{32, "NS_WRITE_PROTECTED"},
	{33, "COMMAND_INTERRUPTED"},
	{34, "TRANSIENT_TRANSPORT_ERROR"},
	{128, "LBA_OUT_OF_RANGE"},
	{129, "CAPACITY_EXCEEDED"},
	{130, "NS_NOT_READY"},
	{131, "RESERVATION_CONFLICT"},
	{132, "FORMAT_IN_PROGRESS"},
};

const char *nvme_generic_status_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_generic_status_names, 39, v);

	return n ? n : "?";
}

const struct pv_name nvme_cmd_status_names[18] = {
	{0, "CQ_INVALID"},
	{1, "QID_INVALID"},
	{2, "QUEUE_SIZE_INVALID"},
	{3, "ABORT_LIMIT_EXCEEDED"},
	{5, "ASYNC_EVENT_LIMIT_EXCEEDED"},
	{6, "INVALID_FW_SLOT"},
	{7, "INVALID_FW_IMAGE"},
	{8, "INVALID_INTERRUPT_VECTOR"},
	{9, "INVALID_LOG_PAGE"},
	{10, "INVALID_FORMAT"},
	{11, "FW_NEEDS_CONVENTIONAL_RESET"},
	{12, "INVALID_QUEUE_DELETION"},
	{13, "FEATURE_NOT_SAVEABLE"},
	{14, "FEATURE_NOT_CHANGEABLE"},
	{15, "FEATURE_NOT_NS_SPECIFIC"},
	{128, "CONFLICTING_ATTRIBUTES"},
	{129, "INVALID_PROTECTION_INFO"},
	{130, "WRITE_TO_READ_ONLY_RANGE"},
};

const char *nvme_cmd_status_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_cmd_status_names, 18, v);

	return n ? n : "?";
}

const struct pv_name nvme_media_status_names[8] = {
	{128, "WRITE_FAULT"},
	{129, "UNRECOVERED_READ_ERROR"},
	{130, "GUARD_CHECK_ERROR"},
	{131, "APPTAG_CHECK_ERROR"},
	{132, "REFTAG_CHECK_ERROR"},
	{133, "COMPARE_FAILURE"},
	{134, "ACCESS_DENIED"},
	{135, "DEALLOCATED_OR_UNWRITTEN"},
};

const char *nvme_media_status_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_media_status_names, 8, v);

	return n ? n : "?";
}

const struct pv_name nvme_path_status_names[7] = {
	{0, "INTERNAL_PATH_ERROR"},
	{1, "ASYMMETRIC_ACCESS_PERSISTENT_LOSS"},
	{2, "ASYMMETRIC_ACCESS_INACCESSIBLE"},
	{3, "ASYMMETRIC_ACCESS_TRANSITION"},
	{96, "CONTROLLER_PATH_ERROR"},
	{112, "HOST_PATH_ERROR"},
	{113, "ABORTED_BY_HOST"},
};

const char *nvme_path_status_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_path_status_names, 7, v);

	return n ? n : "?";
}

const struct pv_name nvme_cns_names[9] = {
	{0, "NAMESPACE"},
	{1, "CONTROLLER"},
	{2, "ACTIVE_NS_LIST"},
	{3, "NS_ID_DESCRIPTORS"},
	{4, "NVM_SET_LIST"},
	{5, "CSI_NAMESPACE"},
	{6, "CSI_CONTROLLER"},
	{7, "CSI_ACTIVE_NS_LIST"},
	{8, "CSI_INDEPENDENT_NS"},
};

const char *nvme_cns_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_cns_names, 9, v);

	return n ? n : "?";
}

const struct pv_name nvme_feature_names[15] = {
	{1, "ARBITRATION"},
	{2, "POWER_MANAGEMENT"},
	{3, "LBA_RANGE_TYPE"},
	{4, "TEMPERATURE_THRESHOLD"},
	{5, "ERROR_RECOVERY"},
	{6, "VOLATILE_WRITE_CACHE"},
	{7, "NUMBER_OF_QUEUES"},
	{8, "INTERRUPT_COALESCING"},
	{9, "INTERRUPT_VECTOR_CONFIG"},
	{10, "WRITE_ATOMICITY"},
	{11, "ASYNC_EVENT_CONFIG"},
	{12, "AUTONOMOUS_POWER_STATE"},
	{13, "HOST_MEMORY_BUFFER"},
	{14, "TIMESTAMP"},
	{15, "KEEP_ALIVE_TIMER"},
};

const char *nvme_feature_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_feature_names, 15, v);

	return n ? n : "?";
}

const struct pv_name nvme_get_features_select_names[4] = {
	{0, "CURRENT"},
	{1, "DEFAULT"},
	{2, "SAVED"},
	{3, "SUPPORTED_CAPABILITIES"},
};

const char *nvme_get_features_select_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_get_features_select_names, 4, v);

	return n ? n : "?";
}

const struct pv_name nvme_log_page_names[6] = {
	{1, "ERROR_INFO"},
	{2, "SMART_HEALTH"},
	{3, "FW_SLOT"},
	{4, "CHANGED_NS_LIST"},
	{5, "COMMANDS_EFFECTS"},
	{6, "DEVICE_SELF_TEST"},
};

const char *nvme_log_page_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_log_page_names, 6, v);

	return n ? n : "?";
}

const struct pv_name nvme_async_event_type_names[7] = {
	{0, "ERROR"},
	{1, "SMART_HEALTH"},
	{2, "NOTICE"},
	{3, "IMMEDIATE"},
	{4, "ONE_SHOT"},
	{6, "IO_COMMAND_SET"},
	{7, "VENDOR"},
};

const char *nvme_async_event_type_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_async_event_type_names, 7, v);

	return n ? n : "?";
}

const struct pv_name nvme_async_notice_names[7] = {
	{0, "NS_ATTRIBUTE_CHANGED"},
	{1, "FW_ACTIVATION_STARTING"},
	{2, "TELEMETRY_LOG_CHANGED"},
	{3, "ANA_CHANGE"},
	{4, "PREDICTABLE_LATENCY"},
	{5, "LBA_STATUS_ALERT"},
	{6, "ENDURANCE_GROUP_EVENT"},
};

const char *nvme_async_notice_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_async_notice_names, 7, v);

	return n ? n : "?";
}

const struct pv_name nvme_nidt_names[4] = {
	{1, "EUI64"},
	{2, "NGUID"},
	{3, "UUID"},
	{4, "CSI"},
};

const char *nvme_nidt_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_nidt_names, 4, v);

	return n ? n : "?";
}

const struct pv_name nvme_shn_names[3] = {
	{0, "NONE"},
	{1, "NORMAL"},
	{2, "ABRUPT"},
};

const char *nvme_shn_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_shn_names, 3, v);

	return n ? n : "?";
}

const struct pv_name nvme_shst_names[3] = {
	{0, "NORMAL"},
	{1, "OCCURRING"},
	{2, "COMPLETE"},
};

const char *nvme_shst_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_shst_names, 3, v);

	return n ? n : "?";
}

const struct pv_name nvme_psdt_names[3] = {
	{0, "PRP"},
	{1, "SGL_MPTR_CONTIG"},
	{2, "SGL_MPTR_SGL"},
};

const char *nvme_psdt_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_psdt_names, 3, v);

	return n ? n : "?";
}

const struct pv_name nvme_sgl_type_names[6] = {
	{0, "DATA_BLOCK"},
	{1, "BIT_BUCKET"},
	{2, "SEGMENT"},
	{3, "LAST_SEGMENT"},
	{4, "KEYED_DATA_BLOCK"},
	{5, "TRANSPORT_DATA_BLOCK"},
};

const char *nvme_sgl_type_name(uint32_t v)
{
	const char *n = pv_name_find(nvme_sgl_type_names, 6, v);

	return n ? n : "?";
}

const uint32_t nvme_versions[NVME_VERSION_COUNT] = {
	NVME_VERSION_V1_0,
	NVME_VERSION_V1_1,
	NVME_VERSION_V1_2,
	NVME_VERSION_V1_3,
	NVME_VERSION_V1_4,
	NVME_VERSION_V2_0,
};

const char *nvme_version_name(uint32_t v)
{
	switch (v) {
	case NVME_VERSION_V1_0:
		return "1.0";
	case NVME_VERSION_V1_1:
		return "1.1";
	case NVME_VERSION_V1_2:
		return "1.2";
	case NVME_VERSION_V1_3:
		return "1.3";
	case NVME_VERSION_V1_4:
		return "1.4";
	case NVME_VERSION_V2_0:
		return "2.0";
	default:
		return NULL;
	}
}

static void nvme_regs_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_regs *s = p;

	pv_fmt_add(fm, " cap=0x%llx", (unsigned long long)s->cap);
	pv_fmt_add(fm, " mqes=%llu", (unsigned long long)s->mqes);
	pv_fmt_add(fm, " cqr=%llu", (unsigned long long)s->cqr);
	pv_fmt_add(fm, " ams=%llu", (unsigned long long)s->ams);
	pv_fmt_add(fm, " to=%llu", (unsigned long long)s->to);
	pv_fmt_add(fm, " dstrd=%llu", (unsigned long long)s->dstrd);
	pv_fmt_add(fm, " nssrs=%llu", (unsigned long long)s->nssrs);
	pv_fmt_add(fm, " css=%llu", (unsigned long long)s->css);
	pv_fmt_add(fm, " bps=%llu", (unsigned long long)s->bps);
	pv_fmt_add(fm, " cps=%llu", (unsigned long long)s->cps);
	pv_fmt_add(fm, " mpsmin=%llu", (unsigned long long)s->mpsmin);
	pv_fmt_add(fm, " mpsmax=%llu", (unsigned long long)s->mpsmax);
	pv_fmt_add(fm, " pmrs=%llu", (unsigned long long)s->pmrs);
	pv_fmt_add(fm, " cmbs=%llu", (unsigned long long)s->cmbs);
	pv_fmt_add(fm, " nsss=%llu", (unsigned long long)s->nsss);
	pv_fmt_add(fm, " crms=%llu", (unsigned long long)s->crms);
	pv_fmt_add(fm, " vs=0x%llx", (unsigned long long)s->vs);
	pv_fmt_add(fm, " ter=%llu", (unsigned long long)s->ter);
	pv_fmt_add(fm, " mnr=%llu", (unsigned long long)s->mnr);
	pv_fmt_add(fm, " mjr=%llu", (unsigned long long)s->mjr);
	pv_fmt_add(fm, " intms=%llu", (unsigned long long)s->intms);
	pv_fmt_add(fm, " intmc=%llu", (unsigned long long)s->intmc);
	pv_fmt_add(fm, " cc=0x%llx", (unsigned long long)s->cc);
	pv_fmt_add(fm, " en=%llu", (unsigned long long)s->en);
	pv_fmt_add(fm, " css_sel=%llu", (unsigned long long)s->css_sel);
	pv_fmt_add(fm, " mps=%llu", (unsigned long long)s->mps);
	pv_fmt_add(fm, " ams_sel=%llu", (unsigned long long)s->ams_sel);
	pv_fmt_add(fm, " shn=%s(%llu)", nvme_shn_name((uint32_t)s->shn), (unsigned long long)s->shn);
	pv_fmt_add(fm, " iosqes=%llu", (unsigned long long)s->iosqes);
	pv_fmt_add(fm, " iocqes=%llu", (unsigned long long)s->iocqes);
	pv_fmt_add(fm, " crime=%llu", (unsigned long long)s->crime);
	pv_fmt_add(fm, " rsvd18=%llu", (unsigned long long)s->rsvd18);
	pv_fmt_add(fm, " csts=0x%llx", (unsigned long long)s->csts);
	pv_fmt_add(fm, " rdy=%llu", (unsigned long long)s->rdy);
	pv_fmt_add(fm, " cfs=%llu", (unsigned long long)s->cfs);
	pv_fmt_add(fm, " shst=%s(%llu)", nvme_shst_name((uint32_t)s->shst), (unsigned long long)s->shst);
	pv_fmt_add(fm, " nssro=%llu", (unsigned long long)s->nssro);
	pv_fmt_add(fm, " pp=%llu", (unsigned long long)s->pp);
	pv_fmt_add(fm, " st=%llu", (unsigned long long)s->st);
	pv_fmt_add(fm, " nssr=%llu", (unsigned long long)s->nssr);
	pv_fmt_add(fm, " aqa=0x%llx", (unsigned long long)s->aqa);
	pv_fmt_add(fm, " asqs=%llu", (unsigned long long)s->asqs);
	pv_fmt_add(fm, " acqs=%llu", (unsigned long long)s->acqs);
	pv_fmt_add(fm, " asq=0x%llx", (unsigned long long)s->asq);
	pv_fmt_add(fm, " acq=0x%llx", (unsigned long long)s->acq);
	pv_fmt_add(fm, " cmbloc=%llu", (unsigned long long)s->cmbloc);
	pv_fmt_add(fm, " cmbsz=%llu", (unsigned long long)s->cmbsz);
}

int nvme_regs_format(const struct nvme_regs *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "regs", nvme_regs_fmt, s);
}

static void nvme_sqe_hdr_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_sqe_hdr *s = p;

	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " fuse=%llu", (unsigned long long)s->fuse);
	pv_fmt_add(fm, " psdt=%llu", (unsigned long long)s->psdt);
	pv_fmt_add(fm, " cid=%llu", (unsigned long long)s->cid);
	pv_fmt_add(fm, " nsid=%llu", (unsigned long long)s->nsid);
	pv_fmt_add(fm, " cdw2=%llu", (unsigned long long)s->cdw2);
	pv_fmt_add(fm, " cdw3=%llu", (unsigned long long)s->cdw3);
	pv_fmt_add(fm, " mptr=0x%llx", (unsigned long long)s->mptr);
	pv_fmt_add(fm, " prp1=0x%llx", (unsigned long long)s->prp1);
	pv_fmt_add(fm, " prp2=0x%llx", (unsigned long long)s->prp2);
}

int nvme_sqe_hdr_format(const struct nvme_sqe_hdr *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "sqe_hdr", nvme_sqe_hdr_fmt, s);
}

static void nvme_sqe_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_sqe *s = p;

	pv_fmt_sub(fm, " hdr={", nvme_sqe_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " cdw10=%llu", (unsigned long long)s->cdw10);
	pv_fmt_add(fm, " cdw11=%llu", (unsigned long long)s->cdw11);
	pv_fmt_add(fm, " cdw12=%llu", (unsigned long long)s->cdw12);
	pv_fmt_add(fm, " cdw13=%llu", (unsigned long long)s->cdw13);
	pv_fmt_add(fm, " cdw14=%llu", (unsigned long long)s->cdw14);
	pv_fmt_add(fm, " cdw15=%llu", (unsigned long long)s->cdw15);
}

int nvme_sqe_format(const struct nvme_sqe *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "sqe", nvme_sqe_fmt, s);
}

static void nvme_cqe_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_cqe *s = p;

	pv_fmt_add(fm, " dw0=%llu", (unsigned long long)s->dw0);
	pv_fmt_add(fm, " dw1=%llu", (unsigned long long)s->dw1);
	pv_fmt_add(fm, " sqhd=%llu", (unsigned long long)s->sqhd);
	pv_fmt_add(fm, " sqid=%llu", (unsigned long long)s->sqid);
	pv_fmt_add(fm, " cid=%llu", (unsigned long long)s->cid);
	pv_fmt_add(fm, " status=0x%llx", (unsigned long long)s->status);
	pv_fmt_add(fm, " p=%llu", (unsigned long long)s->p);
	pv_fmt_add(fm, " sc=%llu", (unsigned long long)s->sc);
	pv_fmt_add(fm, " sct=%llu", (unsigned long long)s->sct);
	pv_fmt_add(fm, " crd=%llu", (unsigned long long)s->crd);
	pv_fmt_add(fm, " more=%llu", (unsigned long long)s->more);
	pv_fmt_add(fm, " dnr=%llu", (unsigned long long)s->dnr);
}

int nvme_cqe_format(const struct nvme_cqe *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "cqe", nvme_cqe_fmt, s);
}

static void nvme_sgl_desc_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_sgl_desc *s = p;
	size_t i;

	pv_fmt_add(fm, " addr=0x%llx", (unsigned long long)s->addr);
	pv_fmt_add(fm, " length=%llu", (unsigned long long)s->length);
	pv_fmt_add(fm, " rsvd12={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->rsvd12[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " id=0x%llx", (unsigned long long)s->id);
	pv_fmt_add(fm, " subtype=%llu", (unsigned long long)s->subtype);
	pv_fmt_add(fm, " type=%llu", (unsigned long long)s->type);
}

int nvme_sgl_desc_format(const struct nvme_sgl_desc *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "sgl_desc", nvme_sgl_desc_fmt, s);
}

static void nvme_delete_io_q_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_delete_io_q *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", nvme_sqe_hdr_fmt, &s->hdr);
	if (s->cdw10_rsvd)
		pv_fmt_add(fm, " cdw10_rsvd=0x%llx", (unsigned long long)s->cdw10_rsvd);
	pv_fmt_add(fm, " qid=%llu", (unsigned long long)s->qid);
	pv_fmt_add(fm, " cdw11={");
	for (i = 0; i < 5; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cdw11[i]);
	pv_fmt_add(fm, "}");
}

int nvme_delete_io_q_format(const struct nvme_delete_io_q *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "delete_io_q", nvme_delete_io_q_fmt, s);
}

static void nvme_create_io_sq_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_create_io_sq *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", nvme_sqe_hdr_fmt, &s->hdr);
	if (s->cdw10_rsvd)
		pv_fmt_add(fm, " cdw10_rsvd=0x%llx", (unsigned long long)s->cdw10_rsvd);
	pv_fmt_add(fm, " qid=%llu", (unsigned long long)s->qid);
	pv_fmt_add(fm, " qsize=%llu", (unsigned long long)s->qsize);
	if (s->cdw11_rsvd)
		pv_fmt_add(fm, " cdw11_rsvd=0x%llx", (unsigned long long)s->cdw11_rsvd);
	pv_fmt_add(fm, " pc=%llu", (unsigned long long)s->pc);
	pv_fmt_add(fm, " qprio=%llu", (unsigned long long)s->qprio);
	pv_fmt_add(fm, " cqid=%llu", (unsigned long long)s->cqid);
	if (s->cdw12_rsvd)
		pv_fmt_add(fm, " cdw12_rsvd=0x%llx", (unsigned long long)s->cdw12_rsvd);
	pv_fmt_add(fm, " nvmsetid=%llu", (unsigned long long)s->nvmsetid);
	pv_fmt_add(fm, " cdw13={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cdw13[i]);
	pv_fmt_add(fm, "}");
}

int nvme_create_io_sq_format(const struct nvme_create_io_sq *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_io_sq", nvme_create_io_sq_fmt, s);
}

static void nvme_create_io_cq_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_create_io_cq *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", nvme_sqe_hdr_fmt, &s->hdr);
	if (s->cdw10_rsvd)
		pv_fmt_add(fm, " cdw10_rsvd=0x%llx", (unsigned long long)s->cdw10_rsvd);
	pv_fmt_add(fm, " qid=%llu", (unsigned long long)s->qid);
	pv_fmt_add(fm, " qsize=%llu", (unsigned long long)s->qsize);
	if (s->cdw11_rsvd)
		pv_fmt_add(fm, " cdw11_rsvd=0x%llx", (unsigned long long)s->cdw11_rsvd);
	pv_fmt_add(fm, " pc=%llu", (unsigned long long)s->pc);
	pv_fmt_add(fm, " ien=%llu", (unsigned long long)s->ien);
	pv_fmt_add(fm, " iv=%llu", (unsigned long long)s->iv);
	pv_fmt_add(fm, " cdw12={");
	for (i = 0; i < 4; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cdw12[i]);
	pv_fmt_add(fm, "}");
}

int nvme_create_io_cq_format(const struct nvme_create_io_cq *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_io_cq", nvme_create_io_cq_fmt, s);
}

static void nvme_get_log_page_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_get_log_page *s = p;

	pv_fmt_sub(fm, " hdr={", nvme_sqe_hdr_fmt, &s->hdr);
	if (s->cdw10_rsvd)
		pv_fmt_add(fm, " cdw10_rsvd=0x%llx", (unsigned long long)s->cdw10_rsvd);
	pv_fmt_add(fm, " lid=%llu", (unsigned long long)s->lid);
	pv_fmt_add(fm, " lsp=%llu", (unsigned long long)s->lsp);
	pv_fmt_add(fm, " rae=%llu", (unsigned long long)s->rae);
	pv_fmt_add(fm, " numdl=%llu", (unsigned long long)s->numdl);
	if (s->cdw11_rsvd)
		pv_fmt_add(fm, " cdw11_rsvd=0x%llx", (unsigned long long)s->cdw11_rsvd);
	pv_fmt_add(fm, " numdu=%llu", (unsigned long long)s->numdu);
	pv_fmt_add(fm, " lsi=%llu", (unsigned long long)s->lsi);
	pv_fmt_add(fm, " lpol=%llu", (unsigned long long)s->lpol);
	pv_fmt_add(fm, " lpou=%llu", (unsigned long long)s->lpou);
	if (s->cdw14_rsvd)
		pv_fmt_add(fm, " cdw14_rsvd=0x%llx", (unsigned long long)s->cdw14_rsvd);
	pv_fmt_add(fm, " uuid_idx=%llu", (unsigned long long)s->uuid_idx);
	pv_fmt_add(fm, " ot=%llu", (unsigned long long)s->ot);
	pv_fmt_add(fm, " csi=%llu", (unsigned long long)s->csi);
	pv_fmt_add(fm, " cdw15=%llu", (unsigned long long)s->cdw15);
}

int nvme_get_log_page_format(const struct nvme_get_log_page *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "get_log_page", nvme_get_log_page_fmt, s);
}

static void nvme_identify_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_identify *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", nvme_sqe_hdr_fmt, &s->hdr);
	if (s->cdw10_rsvd)
		pv_fmt_add(fm, " cdw10_rsvd=0x%llx", (unsigned long long)s->cdw10_rsvd);
	pv_fmt_add(fm, " cns=%llu", (unsigned long long)s->cns);
	pv_fmt_add(fm, " cntid=%llu", (unsigned long long)s->cntid);
	if (s->cdw11_rsvd)
		pv_fmt_add(fm, " cdw11_rsvd=0x%llx", (unsigned long long)s->cdw11_rsvd);
	pv_fmt_add(fm, " cnssid=%llu", (unsigned long long)s->cnssid);
	pv_fmt_add(fm, " csi=%llu", (unsigned long long)s->csi);
	pv_fmt_add(fm, " cdw12={");
	for (i = 0; i < 4; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cdw12[i]);
	pv_fmt_add(fm, "}");
}

int nvme_identify_format(const struct nvme_identify *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "identify", nvme_identify_fmt, s);
}

static void nvme_abort_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_abort *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", nvme_sqe_hdr_fmt, &s->hdr);
	if (s->cdw10_rsvd)
		pv_fmt_add(fm, " cdw10_rsvd=0x%llx", (unsigned long long)s->cdw10_rsvd);
	pv_fmt_add(fm, " sqid=%llu", (unsigned long long)s->sqid);
	pv_fmt_add(fm, " acid=%llu", (unsigned long long)s->acid);
	pv_fmt_add(fm, " cdw11={");
	for (i = 0; i < 5; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cdw11[i]);
	pv_fmt_add(fm, "}");
}

int nvme_abort_format(const struct nvme_abort *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "abort", nvme_abort_fmt, s);
}

static void nvme_features_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_features *s = p;

	pv_fmt_sub(fm, " hdr={", nvme_sqe_hdr_fmt, &s->hdr);
	if (s->cdw10_rsvd)
		pv_fmt_add(fm, " cdw10_rsvd=0x%llx", (unsigned long long)s->cdw10_rsvd);
	pv_fmt_add(fm, " fid=%llu", (unsigned long long)s->fid);
	pv_fmt_add(fm, " sel=%llu", (unsigned long long)s->sel);
	pv_fmt_add(fm, " sv=%llu", (unsigned long long)s->sv);
	pv_fmt_add(fm, " cdw11=%llu", (unsigned long long)s->cdw11);
	pv_fmt_add(fm, " cdw12=%llu", (unsigned long long)s->cdw12);
	pv_fmt_add(fm, " cdw13=%llu", (unsigned long long)s->cdw13);
	pv_fmt_add(fm, " cdw14=%llu", (unsigned long long)s->cdw14);
	pv_fmt_add(fm, " cdw15=%llu", (unsigned long long)s->cdw15);
}

int nvme_features_format(const struct nvme_features *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "features", nvme_features_fmt, s);
}

static void nvme_async_event_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_async_event *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", nvme_sqe_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " cdw10={");
	for (i = 0; i < 6; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cdw10[i]);
	pv_fmt_add(fm, "}");
}

int nvme_async_event_format(const struct nvme_async_event *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "async_event", nvme_async_event_fmt, s);
}

static void nvme_async_event_result_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_async_event_result *s = p;

	if (s->dw0_rsvd)
		pv_fmt_add(fm, " dw0_rsvd=0x%llx", (unsigned long long)s->dw0_rsvd);
	pv_fmt_add(fm, " type=%llu", (unsigned long long)s->type);
	pv_fmt_add(fm, " info=%llu", (unsigned long long)s->info);
	pv_fmt_add(fm, " log_page=%llu", (unsigned long long)s->log_page);
}

int nvme_async_event_result_format(const struct nvme_async_event_result *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "async_event_result", nvme_async_event_result_fmt, s);
}

static void nvme_num_queues_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_num_queues *s = p;

	if (s->dw_rsvd)
		pv_fmt_add(fm, " dw_rsvd=0x%llx", (unsigned long long)s->dw_rsvd);
	pv_fmt_add(fm, " nsq=%llu", (unsigned long long)s->nsq);
	pv_fmt_add(fm, " ncq=%llu", (unsigned long long)s->ncq);
}

int nvme_num_queues_format(const struct nvme_num_queues *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "num_queues", nvme_num_queues_fmt, s);
}

static void nvme_id_ctrl_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_id_ctrl *s = p;
	size_t i;

	pv_fmt_add(fm, " vid=%llu", (unsigned long long)s->vid);
	pv_fmt_add(fm, " ssvid=%llu", (unsigned long long)s->ssvid);
	pv_fmt_add(fm, " sn=");
	pv_fmt_bytes(fm, s->sn, 20);
	pv_fmt_add(fm, " mn=");
	pv_fmt_bytes(fm, s->mn, 40);
	pv_fmt_add(fm, " fr=");
	pv_fmt_bytes(fm, s->fr, 8);
	pv_fmt_add(fm, " rab=%llu", (unsigned long long)s->rab);
	pv_fmt_add(fm, " ieee=");
	pv_fmt_bytes(fm, s->ieee, 3);
	pv_fmt_add(fm, " cmic=%llu", (unsigned long long)s->cmic);
	pv_fmt_add(fm, " mdts=%llu", (unsigned long long)s->mdts);
	pv_fmt_add(fm, " cntlid=%llu", (unsigned long long)s->cntlid);
	pv_fmt_add(fm, " ver=%llu", (unsigned long long)s->ver);
	pv_fmt_add(fm, " rtd3r=%llu", (unsigned long long)s->rtd3r);
	pv_fmt_add(fm, " rtd3e=%llu", (unsigned long long)s->rtd3e);
	pv_fmt_add(fm, " oaes=%llu", (unsigned long long)s->oaes);
	pv_fmt_add(fm, " ctratt=%llu", (unsigned long long)s->ctratt);
	pv_fmt_add(fm, " rrls=%llu", (unsigned long long)s->rrls);
	pv_fmt_add(fm, " rsvd102=");
	pv_fmt_bytes(fm, s->rsvd102, 9);
	pv_fmt_add(fm, " cntrltype=%llu", (unsigned long long)s->cntrltype);
	pv_fmt_add(fm, " fguid=");
	pv_fmt_bytes(fm, s->fguid, 16);
	pv_fmt_add(fm, " crdt={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->crdt[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " rsvd134=");
	pv_fmt_bytes(fm, s->rsvd134, 122);
	pv_fmt_add(fm, " oacs=%llu", (unsigned long long)s->oacs);
	pv_fmt_add(fm, " acl=%llu", (unsigned long long)s->acl);
	pv_fmt_add(fm, " aerl=%llu", (unsigned long long)s->aerl);
	pv_fmt_add(fm, " frmw=%llu", (unsigned long long)s->frmw);
	pv_fmt_add(fm, " lpa=%llu", (unsigned long long)s->lpa);
	pv_fmt_add(fm, " elpe=%llu", (unsigned long long)s->elpe);
	pv_fmt_add(fm, " npss=%llu", (unsigned long long)s->npss);
	pv_fmt_add(fm, " avscc=%llu", (unsigned long long)s->avscc);
	pv_fmt_add(fm, " apsta=%llu", (unsigned long long)s->apsta);
	pv_fmt_add(fm, " wctemp=%llu", (unsigned long long)s->wctemp);
	pv_fmt_add(fm, " cctemp=%llu", (unsigned long long)s->cctemp);
	pv_fmt_add(fm, " mtfa=%llu", (unsigned long long)s->mtfa);
	pv_fmt_add(fm, " hmpre=%llu", (unsigned long long)s->hmpre);
	pv_fmt_add(fm, " hmmin=%llu", (unsigned long long)s->hmmin);
	pv_fmt_add(fm, " tnvmcap=");
	pv_fmt_bytes(fm, s->tnvmcap, 16);
	pv_fmt_add(fm, " unvmcap=");
	pv_fmt_bytes(fm, s->unvmcap, 16);
	pv_fmt_add(fm, " rpmbs=%llu", (unsigned long long)s->rpmbs);
	pv_fmt_add(fm, " edstt=%llu", (unsigned long long)s->edstt);
	pv_fmt_add(fm, " dsto=%llu", (unsigned long long)s->dsto);
	pv_fmt_add(fm, " fwug=%llu", (unsigned long long)s->fwug);
	pv_fmt_add(fm, " kas=%llu", (unsigned long long)s->kas);
	pv_fmt_add(fm, " hctma=%llu", (unsigned long long)s->hctma);
	pv_fmt_add(fm, " mntmt=%llu", (unsigned long long)s->mntmt);
	pv_fmt_add(fm, " mxtmt=%llu", (unsigned long long)s->mxtmt);
	pv_fmt_add(fm, " sanicap=%llu", (unsigned long long)s->sanicap);
	pv_fmt_add(fm, " hmminds=%llu", (unsigned long long)s->hmminds);
	pv_fmt_add(fm, " hmmaxd=%llu", (unsigned long long)s->hmmaxd);
	pv_fmt_add(fm, " nsetidmax=%llu", (unsigned long long)s->nsetidmax);
	pv_fmt_add(fm, " endgidmax=%llu", (unsigned long long)s->endgidmax);
	pv_fmt_add(fm, " anatt=%llu", (unsigned long long)s->anatt);
	pv_fmt_add(fm, " anacap=%llu", (unsigned long long)s->anacap);
	pv_fmt_add(fm, " anagrpmax=%llu", (unsigned long long)s->anagrpmax);
	pv_fmt_add(fm, " nanagrpid=%llu", (unsigned long long)s->nanagrpid);
	pv_fmt_add(fm, " pels=%llu", (unsigned long long)s->pels);
	pv_fmt_add(fm, " rsvd356=");
	pv_fmt_bytes(fm, s->rsvd356, 156);
	pv_fmt_add(fm, " sqes=0x%llx", (unsigned long long)s->sqes);
	pv_fmt_add(fm, " sqes_min=%llu", (unsigned long long)s->sqes_min);
	pv_fmt_add(fm, " sqes_max=%llu", (unsigned long long)s->sqes_max);
	pv_fmt_add(fm, " cqes=0x%llx", (unsigned long long)s->cqes);
	pv_fmt_add(fm, " cqes_min=%llu", (unsigned long long)s->cqes_min);
	pv_fmt_add(fm, " cqes_max=%llu", (unsigned long long)s->cqes_max);
	pv_fmt_add(fm, " maxcmd=%llu", (unsigned long long)s->maxcmd);
	pv_fmt_add(fm, " nn=%llu", (unsigned long long)s->nn);
	pv_fmt_add(fm, " oncs=0x%llx", (unsigned long long)s->oncs);
	pv_fmt_add(fm, " fuses=%llu", (unsigned long long)s->fuses);
	pv_fmt_add(fm, " fna=%llu", (unsigned long long)s->fna);
	pv_fmt_add(fm, " vwc=%llu", (unsigned long long)s->vwc);
	pv_fmt_add(fm, " awun=%llu", (unsigned long long)s->awun);
	pv_fmt_add(fm, " awupf=%llu", (unsigned long long)s->awupf);
	pv_fmt_add(fm, " icsvscc=%llu", (unsigned long long)s->icsvscc);
	pv_fmt_add(fm, " nwpc=%llu", (unsigned long long)s->nwpc);
	pv_fmt_add(fm, " acwu=%llu", (unsigned long long)s->acwu);
	pv_fmt_add(fm, " ocfs=%llu", (unsigned long long)s->ocfs);
	pv_fmt_add(fm, " sgls=%llu", (unsigned long long)s->sgls);
	pv_fmt_add(fm, " mnan=%llu", (unsigned long long)s->mnan);
	pv_fmt_add(fm, " rsvd544=");
	pv_fmt_bytes(fm, s->rsvd544, 224);
	pv_fmt_add(fm, " subnqn=");
	pv_fmt_bytes(fm, s->subnqn, 256);
	pv_fmt_add(fm, " rsvd1024=");
	pv_fmt_bytes(fm, s->rsvd1024, 1024);
	pv_fmt_add(fm, " psd=");
	pv_fmt_bytes(fm, s->psd, 1024);
	pv_fmt_add(fm, " vs=");
	pv_fmt_bytes(fm, s->vs, 1024);
}

int nvme_id_ctrl_format(const struct nvme_id_ctrl *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "id_ctrl", nvme_id_ctrl_fmt, s);
}

static void nvme_lbaf_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_lbaf *s = p;

	if (s->dw_rsvd)
		pv_fmt_add(fm, " dw_rsvd=0x%llx", (unsigned long long)s->dw_rsvd);
	pv_fmt_add(fm, " ms=%llu", (unsigned long long)s->ms);
	pv_fmt_add(fm, " lbads=%llu", (unsigned long long)s->lbads);
	pv_fmt_add(fm, " rp=%llu", (unsigned long long)s->rp);
}

int nvme_lbaf_format(const struct nvme_lbaf *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "lbaf", nvme_lbaf_fmt, s);
}

static void nvme_id_ns_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_id_ns *s = p;
	size_t i;

	pv_fmt_add(fm, " nsze=0x%llx", (unsigned long long)s->nsze);
	pv_fmt_add(fm, " ncap=0x%llx", (unsigned long long)s->ncap);
	pv_fmt_add(fm, " nuse=0x%llx", (unsigned long long)s->nuse);
	pv_fmt_add(fm, " nsfeat=%llu", (unsigned long long)s->nsfeat);
	pv_fmt_add(fm, " nlbaf=%llu", (unsigned long long)s->nlbaf);
	pv_fmt_add(fm, " flbas=0x%llx", (unsigned long long)s->flbas);
	pv_fmt_add(fm, " lbaf_idx=%llu", (unsigned long long)s->lbaf_idx);
	pv_fmt_add(fm, " mdext=%llu", (unsigned long long)s->mdext);
	pv_fmt_add(fm, " mc=%llu", (unsigned long long)s->mc);
	pv_fmt_add(fm, " dpc=%llu", (unsigned long long)s->dpc);
	pv_fmt_add(fm, " dps=%llu", (unsigned long long)s->dps);
	pv_fmt_add(fm, " nmic=%llu", (unsigned long long)s->nmic);
	pv_fmt_add(fm, " rescap=%llu", (unsigned long long)s->rescap);
	pv_fmt_add(fm, " fpi=%llu", (unsigned long long)s->fpi);
	pv_fmt_add(fm, " dlfeat=%llu", (unsigned long long)s->dlfeat);
	pv_fmt_add(fm, " nawun=%llu", (unsigned long long)s->nawun);
	pv_fmt_add(fm, " nawupf=%llu", (unsigned long long)s->nawupf);
	pv_fmt_add(fm, " nacwu=%llu", (unsigned long long)s->nacwu);
	pv_fmt_add(fm, " nabsn=%llu", (unsigned long long)s->nabsn);
	pv_fmt_add(fm, " nabo=%llu", (unsigned long long)s->nabo);
	pv_fmt_add(fm, " nabspf=%llu", (unsigned long long)s->nabspf);
	pv_fmt_add(fm, " noiob=%llu", (unsigned long long)s->noiob);
	pv_fmt_add(fm, " nvmcap=");
	pv_fmt_bytes(fm, s->nvmcap, 16);
	pv_fmt_add(fm, " npwg=%llu", (unsigned long long)s->npwg);
	pv_fmt_add(fm, " npwa=%llu", (unsigned long long)s->npwa);
	pv_fmt_add(fm, " npdg=%llu", (unsigned long long)s->npdg);
	pv_fmt_add(fm, " npda=%llu", (unsigned long long)s->npda);
	pv_fmt_add(fm, " nows=%llu", (unsigned long long)s->nows);
	pv_fmt_add(fm, " rsvd74=");
	pv_fmt_bytes(fm, s->rsvd74, 18);
	pv_fmt_add(fm, " anagrpid=%llu", (unsigned long long)s->anagrpid);
	pv_fmt_add(fm, " rsvd96=");
	pv_fmt_bytes(fm, s->rsvd96, 3);
	pv_fmt_add(fm, " nsattr=%llu", (unsigned long long)s->nsattr);
	pv_fmt_add(fm, " nvmsetid=%llu", (unsigned long long)s->nvmsetid);
	pv_fmt_add(fm, " endgid=%llu", (unsigned long long)s->endgid);
	pv_fmt_add(fm, " nguid=");
	pv_fmt_bytes(fm, s->nguid, 16);
	pv_fmt_add(fm, " eui64=");
	pv_fmt_bytes(fm, s->eui64, 8);
	for (i = 0; i < 16; i++) {
		pv_fmt_add(fm, " lbaf[%zu]={", i);
		nvme_lbaf_fmt(fm, &s->lbaf[i]);
		pv_fmt_add(fm, " }");
	}
	pv_fmt_add(fm, " rsvd192=");
	pv_fmt_bytes(fm, s->rsvd192, 192);
	pv_fmt_add(fm, " vs=");
	pv_fmt_bytes(fm, s->vs, 3712);
}

int nvme_id_ns_format(const struct nvme_id_ns *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "id_ns", nvme_id_ns_fmt, s);
}

static void nvme_ns_id_desc_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_ns_id_desc *s = p;

	pv_fmt_add(fm, " nidt=%s(%lld)", nvme_nidt_name((uint32_t)s->nidt), (long long)s->nidt);
	pv_fmt_add(fm, " nidl=%llu", (unsigned long long)s->nidl);
	pv_fmt_add(fm, " rsvd2=%llu", (unsigned long long)s->rsvd2);
}

int nvme_ns_id_desc_format(const struct nvme_ns_id_desc *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "ns_id_desc", nvme_ns_id_desc_fmt, s);
}

static void nvme_fw_slot_log_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_fw_slot_log *s = p;

	pv_fmt_add(fm, " afi=0x%llx", (unsigned long long)s->afi);
	pv_fmt_add(fm, " active_slot=%llu", (unsigned long long)s->active_slot);
	pv_fmt_add(fm, " next_slot=%llu", (unsigned long long)s->next_slot);
	pv_fmt_add(fm, " rsvd1=");
	pv_fmt_bytes(fm, s->rsvd1, 7);
	pv_fmt_add(fm, " frs=");
	pv_fmt_bytes(fm, s->frs, 56);
	pv_fmt_add(fm, " rsvd64=");
	pv_fmt_bytes(fm, s->rsvd64, 448);
}

int nvme_fw_slot_log_format(const struct nvme_fw_slot_log *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "fw_slot_log", nvme_fw_slot_log_fmt, s);
}

static void nvme_error_log_entry_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_error_log_entry *s = p;

	pv_fmt_add(fm, " error_count=0x%llx", (unsigned long long)s->error_count);
	pv_fmt_add(fm, " sqid=%llu", (unsigned long long)s->sqid);
	pv_fmt_add(fm, " cid=%llu", (unsigned long long)s->cid);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
	pv_fmt_add(fm, " param_loc=%llu", (unsigned long long)s->param_loc);
	pv_fmt_add(fm, " lba=0x%llx", (unsigned long long)s->lba);
	pv_fmt_add(fm, " nsid=%llu", (unsigned long long)s->nsid);
	pv_fmt_add(fm, " vsia=%llu", (unsigned long long)s->vsia);
	pv_fmt_add(fm, " trtype=%llu", (unsigned long long)s->trtype);
	pv_fmt_add(fm, " rsvd30=%llu", (unsigned long long)s->rsvd30);
	pv_fmt_add(fm, " csi=0x%llx", (unsigned long long)s->csi);
	pv_fmt_add(fm, " ttsi=%llu", (unsigned long long)s->ttsi);
	pv_fmt_add(fm, " rsvd42=");
	pv_fmt_bytes(fm, s->rsvd42, 22);
}

int nvme_error_log_entry_format(const struct nvme_error_log_entry *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "error_log_entry", nvme_error_log_entry_fmt, s);
}

static void nvme_smart_log_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_smart_log *s = p;
	size_t i;

	pv_fmt_add(fm, " critical_warning=%llu", (unsigned long long)s->critical_warning);
	pv_fmt_add(fm, " temperature=%llu", (unsigned long long)s->temperature);
	pv_fmt_add(fm, " avail_spare=%llu", (unsigned long long)s->avail_spare);
	pv_fmt_add(fm, " spare_thresh=%llu", (unsigned long long)s->spare_thresh);
	pv_fmt_add(fm, " percent_used=%llu", (unsigned long long)s->percent_used);
	pv_fmt_add(fm, " endu_grp_crit_warn=%llu", (unsigned long long)s->endu_grp_crit_warn);
	pv_fmt_add(fm, " rsvd7=");
	pv_fmt_bytes(fm, s->rsvd7, 25);
	pv_fmt_add(fm, " data_units_read=");
	pv_fmt_bytes(fm, s->data_units_read, 16);
	pv_fmt_add(fm, " data_units_written=");
	pv_fmt_bytes(fm, s->data_units_written, 16);
	pv_fmt_add(fm, " host_reads=");
	pv_fmt_bytes(fm, s->host_reads, 16);
	pv_fmt_add(fm, " host_writes=");
	pv_fmt_bytes(fm, s->host_writes, 16);
	pv_fmt_add(fm, " ctrl_busy_time=");
	pv_fmt_bytes(fm, s->ctrl_busy_time, 16);
	pv_fmt_add(fm, " power_cycles=");
	pv_fmt_bytes(fm, s->power_cycles, 16);
	pv_fmt_add(fm, " power_on_hours=");
	pv_fmt_bytes(fm, s->power_on_hours, 16);
	pv_fmt_add(fm, " unsafe_shutdowns=");
	pv_fmt_bytes(fm, s->unsafe_shutdowns, 16);
	pv_fmt_add(fm, " media_errors=");
	pv_fmt_bytes(fm, s->media_errors, 16);
	pv_fmt_add(fm, " num_err_log_entries=");
	pv_fmt_bytes(fm, s->num_err_log_entries, 16);
	pv_fmt_add(fm, " warning_temp_time=%llu", (unsigned long long)s->warning_temp_time);
	pv_fmt_add(fm, " critical_comp_time=%llu", (unsigned long long)s->critical_comp_time);
	pv_fmt_add(fm, " temp_sensor={");
	for (i = 0; i < 8; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->temp_sensor[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " thm_temp1_trans_count=%llu", (unsigned long long)s->thm_temp1_trans_count);
	pv_fmt_add(fm, " thm_temp2_trans_count=%llu", (unsigned long long)s->thm_temp2_trans_count);
	pv_fmt_add(fm, " thm_temp1_total_time=%llu", (unsigned long long)s->thm_temp1_total_time);
	pv_fmt_add(fm, " thm_temp2_total_time=%llu", (unsigned long long)s->thm_temp2_total_time);
	pv_fmt_add(fm, " rsvd232=");
	pv_fmt_bytes(fm, s->rsvd232, 280);
}

int nvme_smart_log_format(const struct nvme_smart_log *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "smart_log", nvme_smart_log_fmt, s);
}

static void nvme_trace_id_fmt(struct pv_fmt *fm, const void *p)
{
	const struct nvme_trace_id *s = p;

	if (s->id_rsvd)
		pv_fmt_add(fm, " id_rsvd=0x%llx", (unsigned long long)s->id_rsvd);
	pv_fmt_add(fm, " cid=%llu", (unsigned long long)s->cid);
	pv_fmt_add(fm, " slot=%llu", (unsigned long long)s->slot);
	pv_fmt_add(fm, " doorbell=%llu", (unsigned long long)s->doorbell);
}

int nvme_trace_id_format(const struct nvme_trace_id *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "trace_id", nvme_trace_id_fmt, s);
}

/* Printers by table row and variant. */
static void (*const nvme_msg_fmts[][1])(struct pv_fmt *, const void *) = {
	{nvme_delete_io_q_fmt},	/* DELETE_IO_SQ */
	{nvme_create_io_sq_fmt},	/* CREATE_IO_SQ */
	{nvme_get_log_page_fmt},	/* GET_LOG_PAGE */
	{nvme_delete_io_q_fmt},	/* DELETE_IO_CQ */
	{nvme_create_io_cq_fmt},	/* CREATE_IO_CQ */
	{nvme_identify_fmt},	/* IDENTIFY */
	{nvme_abort_fmt},	/* ABORT */
	{nvme_features_fmt},	/* SET_FEATURES */
	{nvme_features_fmt},	/* GET_FEATURES */
	{nvme_async_event_fmt},	/* ASYNC_EVENT_REQUEST */
};

int nvme_msg_format(const struct nvme_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = nvme_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 1 || !nvme_msg_fmts[d - nvme_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		nvme_msg_fmts[d - nvme_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
