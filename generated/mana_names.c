/* DO NOT EDIT: generated from spec/mana.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "mana_codec.h"

const struct pv_name mana_code_names[32] = {
	{1, "VERIFY_VF_DRIVER_VERSION"},
	{2, "QUERY_MAX_RESOURCES"},
	{3, "LIST_DEVICES"},
	{4, "REGISTER_DEVICE"},
	{5, "DEREGISTER_DEVICE"},
	{10, "GENERATE_TEST_EQE"},
	{11, "GENERATE_RESET_REQUEST_EQE"},
	{12, "CREATE_QUEUE"},
	{13, "DISABLE_QUEUE"},
	{22, "ALLOCATE_RESOURCE_RANGE"},
	{24, "DESTROY_RESOURCE_RANGE"},
	{25, "CREATE_DMA_REGION"},
	{26, "DMA_REGION_ADD_PAGES"},
	{27, "DESTROY_DMA_REGION"},
	{29, "CREATE_PD"},
	{30, "DESTROY_PD"},
	{31, "CREATE_MR"},
	{32, "DESTROY_MR"},
	{81, "CHANGE_MSIX_FOR_EQ"},
	{84, "QUERY_HWC_TIMEOUT"},
	{0x20001, "QUERY_DEV_CONFIG"},
	{0x20002, "QUERY_GF_STAT"},
	{0x20003, "CONFIG_VPORT_TX"},
	{0x20004, "CREATE_WQ_OBJ"},
	{0x20005, "DESTROY_WQ_OBJ"},
	{0x20006, "FENCE_RQ"},
	{0x20007, "CONFIG_VPORT_RX"},
	{0x20008, "QUERY_VPORT_CONFIG"},
	{0x28000, "REGISTER_FILTER"},
	{0x28001, "DEREGISTER_FILTER"},
	{0x28003, "REGISTER_HW_PORT"},
	{0x28004, "DEREGISTER_HW_PORT"},
};

const char *mana_code_name(uint32_t v)
{
	const char *n = pv_name_find(mana_code_names, 32, v);

	return n ? n : "?";
}

const struct pv_name mana_dev_type_names[4] = {
	{0, "NONE"},
	{1, "HWC"},
	{2, "MANA"},
	{3, "MANA_IB"},
};

const char *mana_dev_type_name(uint32_t v)
{
	const char *n = pv_name_find(mana_dev_type_names, 4, v);

	return n ? n : "?";
}

const struct pv_name mana_wq_type_names[2] = {
	{1, "SQ"},
	{2, "RQ"},
};

const char *mana_wq_type_name(uint32_t v)
{
	const char *n = pv_name_find(mana_wq_type_names, 2, v);

	return n ? n : "?";
}

const struct pv_name mana_cqe_type_names[16] = {
	{0, "INVALID"},
	{1, "RX_OKAY"},
	{2, "RX_COALESCED_4"},
	{3, "RX_OBJECT_FENCE"},
	{4, "RX_TRUNCATED"},
	{32, "TX_OKAY"},
	{33, "TX_SA_DROP"},
	{34, "TX_MTU_DROP"},
	{35, "TX_INVALID_OOB"},
	{36, "TX_INVALID_ETH_TYPE"},
	{37, "TX_HDR_PROCESSING_ERROR"},
	{38, "TX_VF_DISABLED"},
	{39, "TX_VPORT_IDX_OUT_OF_RANGE"},
	{40, "TX_VPORT_DISABLED"},
	{41, "TX_VLAN_TAGGING_VIOLATION"},
	{42, "TX_GDMA_ERR"},
};

const char *mana_cqe_type_name(uint32_t v)
{
	const char *n = pv_name_find(mana_cqe_type_names, 16, v);

	return n ? n : "?";
}

const struct pv_name mana_pkt_fmt_names[2] = {
	{0, "SHORT"},
	{1, "LONG"},
};

const char *mana_pkt_fmt_name(uint32_t v)
{
	const char *n = pv_name_find(mana_pkt_fmt_names, 2, v);

	return n ? n : "?";
}

static void mana_msg_hdr_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_msg_hdr *s = p;

	pv_fmt_add(fm, " hdr_type=%llu", (unsigned long long)s->hdr_type);
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_version=%llu", (unsigned long long)s->msg_version);
	pv_fmt_add(fm, " hwc_msg_id=%llu", (unsigned long long)s->hwc_msg_id);
	pv_fmt_add(fm, " msg_size=%llu", (unsigned long long)s->msg_size);
}

int mana_msg_hdr_format(const struct mana_msg_hdr *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "msg_hdr", mana_msg_hdr_fmt, s);
}

static void mana_dev_id_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_dev_id *s = p;

	pv_fmt_add(fm, " type=%llu", (unsigned long long)s->type);
	pv_fmt_add(fm, " instance=%llu", (unsigned long long)s->instance);
}

int mana_dev_id_format(const struct mana_dev_id *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "dev_id", mana_dev_id_fmt, s);
}

static void mana_req_hdr_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_req_hdr *s = p;

	pv_fmt_sub(fm, " req={", mana_msg_hdr_fmt, &s->req);
	pv_fmt_sub(fm, " resp={", mana_msg_hdr_fmt, &s->resp);
	pv_fmt_sub(fm, " dev_id={", mana_dev_id_fmt, &s->dev_id);
	pv_fmt_add(fm, " activity_id=%llu", (unsigned long long)s->activity_id);
}

int mana_req_hdr_format(const struct mana_req_hdr *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "req_hdr", mana_req_hdr_fmt, s);
}

static void mana_resp_hdr_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_resp_hdr *s = p;

	pv_fmt_sub(fm, " response={", mana_msg_hdr_fmt, &s->response);
	pv_fmt_sub(fm, " dev_id={", mana_dev_id_fmt, &s->dev_id);
	pv_fmt_add(fm, " activity_id=%llu", (unsigned long long)s->activity_id);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int mana_resp_hdr_format(const struct mana_resp_hdr *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "resp_hdr", mana_resp_hdr_fmt, s);
}

static void mana_general_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_general_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
}

int mana_general_req_format(const struct mana_general_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "general_req", mana_general_req_fmt, s);
}

static void mana_general_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_general_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
}

int mana_general_resp_format(const struct mana_general_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "general_resp", mana_general_resp_fmt, s);
}

static void mana_verify_ver_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_verify_ver_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " protocol_ver_min=0x%llx", (unsigned long long)s->protocol_ver_min);
	pv_fmt_add(fm, " protocol_ver_max=0x%llx", (unsigned long long)s->protocol_ver_max);
	pv_fmt_add(fm, " drv_cap_flags1=0x%llx", (unsigned long long)s->drv_cap_flags1);
	pv_fmt_add(fm, " drv_cap_flags2=0x%llx", (unsigned long long)s->drv_cap_flags2);
	pv_fmt_add(fm, " drv_cap_flags3=0x%llx", (unsigned long long)s->drv_cap_flags3);
	pv_fmt_add(fm, " drv_cap_flags4=0x%llx", (unsigned long long)s->drv_cap_flags4);
	pv_fmt_add(fm, " drv_ver=0x%llx", (unsigned long long)s->drv_ver);
	pv_fmt_add(fm, " os_type=%llu", (unsigned long long)s->os_type);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " os_ver_major=%llu", (unsigned long long)s->os_ver_major);
	pv_fmt_add(fm, " os_ver_minor=%llu", (unsigned long long)s->os_ver_minor);
	pv_fmt_add(fm, " os_ver_build=%llu", (unsigned long long)s->os_ver_build);
	pv_fmt_add(fm, " os_ver_platform=%llu", (unsigned long long)s->os_ver_platform);
	pv_fmt_add(fm, " reserved_2=0x%llx", (unsigned long long)s->reserved_2);
	pv_fmt_add(fm, " os_ver_str1=");
	pv_fmt_bytes(fm, s->os_ver_str1, 128);
	pv_fmt_add(fm, " os_ver_str2=");
	pv_fmt_bytes(fm, s->os_ver_str2, 128);
	pv_fmt_add(fm, " os_ver_str3=");
	pv_fmt_bytes(fm, s->os_ver_str3, 128);
	pv_fmt_add(fm, " os_ver_str4=");
	pv_fmt_bytes(fm, s->os_ver_str4, 128);
}

int mana_verify_ver_req_format(const struct mana_verify_ver_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "verify_ver_req", mana_verify_ver_req_fmt, s);
}

static void mana_verify_ver_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_verify_ver_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " gdma_protocol_ver=0x%llx", (unsigned long long)s->gdma_protocol_ver);
	pv_fmt_add(fm, " pf_cap_flags1=0x%llx", (unsigned long long)s->pf_cap_flags1);
	pv_fmt_add(fm, " pf_cap_flags2=0x%llx", (unsigned long long)s->pf_cap_flags2);
	pv_fmt_add(fm, " pf_cap_flags3=0x%llx", (unsigned long long)s->pf_cap_flags3);
	pv_fmt_add(fm, " pf_cap_flags4=0x%llx", (unsigned long long)s->pf_cap_flags4);
}

int mana_verify_ver_resp_format(const struct mana_verify_ver_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "verify_ver_resp", mana_verify_ver_resp_fmt, s);
}

static void mana_query_max_resources_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_query_max_resources_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " status=%llu", (unsigned long long)s->status);
	pv_fmt_add(fm, " max_sq=%llu", (unsigned long long)s->max_sq);
	pv_fmt_add(fm, " max_rq=%llu", (unsigned long long)s->max_rq);
	pv_fmt_add(fm, " max_cq=%llu", (unsigned long long)s->max_cq);
	pv_fmt_add(fm, " max_eq=%llu", (unsigned long long)s->max_eq);
	pv_fmt_add(fm, " max_db=%llu", (unsigned long long)s->max_db);
	pv_fmt_add(fm, " max_mst=%llu", (unsigned long long)s->max_mst);
	pv_fmt_add(fm, " max_cq_mod_ctx=%llu", (unsigned long long)s->max_cq_mod_ctx);
	pv_fmt_add(fm, " max_mod_cq=%llu", (unsigned long long)s->max_mod_cq);
	pv_fmt_add(fm, " max_msix=%llu", (unsigned long long)s->max_msix);
}

int mana_query_max_resources_resp_format(const struct mana_query_max_resources_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_max_resources_resp", mana_query_max_resources_resp_fmt, s);
}

static void mana_list_devices_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_list_devices_resp *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " num_of_devs=%llu", (unsigned long long)s->num_of_devs);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	for (i = 0; i < 64; i++) {
		pv_fmt_add(fm, " devs[%zu]={", i);
		mana_dev_id_fmt(fm, &s->devs[i]);
		pv_fmt_add(fm, " }");
	}
}

int mana_list_devices_resp_format(const struct mana_list_devices_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "list_devices_resp", mana_list_devices_resp_fmt, s);
}

static void mana_register_device_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_register_device_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " pdid=%llu", (unsigned long long)s->pdid);
	pv_fmt_add(fm, " gpa_mkey=%llu", (unsigned long long)s->gpa_mkey);
	pv_fmt_add(fm, " db_id=%llu", (unsigned long long)s->db_id);
}

int mana_register_device_resp_format(const struct mana_register_device_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "register_device_resp", mana_register_device_resp_fmt, s);
}

static void mana_generate_test_eqe_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_generate_test_eqe_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " queue_index=%llu", (unsigned long long)s->queue_index);
}

int mana_generate_test_eqe_req_format(const struct mana_generate_test_eqe_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "generate_test_eqe_req", mana_generate_test_eqe_req_fmt, s);
}

static void mana_generate_reset_eqe_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_generate_reset_eqe_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " queue_index=%llu", (unsigned long long)s->queue_index);
	pv_fmt_add(fm, " reset_data=%llu", (unsigned long long)s->reset_data);
}

int mana_generate_reset_eqe_req_format(const struct mana_generate_reset_eqe_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "generate_reset_eqe_req", mana_generate_reset_eqe_req_fmt, s);
}

static void mana_create_queue_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_queue_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " type=%llu", (unsigned long long)s->type);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " pdid=%llu", (unsigned long long)s->pdid);
	pv_fmt_add(fm, " doorbell_id=%llu", (unsigned long long)s->doorbell_id);
	pv_fmt_add(fm, " gdma_region=0x%llx", (unsigned long long)s->gdma_region);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " queue_size=%llu", (unsigned long long)s->queue_size);
	pv_fmt_add(fm, " log2_throttle_limit=%llu", (unsigned long long)s->log2_throttle_limit);
	pv_fmt_add(fm, " eq_pci_msix_index=%llu", (unsigned long long)s->eq_pci_msix_index);
	pv_fmt_add(fm, " cq_mod_ctx_id=%llu", (unsigned long long)s->cq_mod_ctx_id);
	pv_fmt_add(fm, " cq_parent_eq_id=%llu", (unsigned long long)s->cq_parent_eq_id);
	pv_fmt_add(fm, " rq_drop_on_overrun=%llu", (unsigned long long)s->rq_drop_on_overrun);
	pv_fmt_add(fm, " rq_err_on_wqe_overflow=%llu", (unsigned long long)s->rq_err_on_wqe_overflow);
	pv_fmt_add(fm, " rq_chain_rec_wqes=%llu", (unsigned long long)s->rq_chain_rec_wqes);
	pv_fmt_add(fm, " sq_hw_db=%llu", (unsigned long long)s->sq_hw_db);
	pv_fmt_add(fm, " reserved3=%llu", (unsigned long long)s->reserved3);
}

int mana_create_queue_req_format(const struct mana_create_queue_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_queue_req", mana_create_queue_req_fmt, s);
}

static void mana_create_queue_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_queue_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " queue_index=%llu", (unsigned long long)s->queue_index);
}

int mana_create_queue_resp_format(const struct mana_create_queue_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_queue_resp", mana_create_queue_resp_fmt, s);
}

static void mana_disable_queue_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_disable_queue_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " type=%llu", (unsigned long long)s->type);
	pv_fmt_add(fm, " queue_index=%llu", (unsigned long long)s->queue_index);
	pv_fmt_add(fm, " alloc_res_id_on_creation=%llu", (unsigned long long)s->alloc_res_id_on_creation);
}

int mana_disable_queue_req_format(const struct mana_disable_queue_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "disable_queue_req", mana_disable_queue_req_fmt, s);
}

static void mana_resource_range_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_resource_range_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " resource_type=%llu", (unsigned long long)s->resource_type);
	pv_fmt_add(fm, " num_resources=%llu", (unsigned long long)s->num_resources);
	pv_fmt_add(fm, " alignment=%llu", (unsigned long long)s->alignment);
	pv_fmt_add(fm, " allocated_resources=%llu", (unsigned long long)s->allocated_resources);
}

int mana_resource_range_req_format(const struct mana_resource_range_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "resource_range_req", mana_resource_range_req_fmt, s);
}

static void mana_resource_range_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_resource_range_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " allocated_resources=%llu", (unsigned long long)s->allocated_resources);
}

int mana_resource_range_resp_format(const struct mana_resource_range_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "resource_range_resp", mana_resource_range_resp_fmt, s);
}

static void mana_destroy_resource_range_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_destroy_resource_range_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " resource_type=%llu", (unsigned long long)s->resource_type);
	pv_fmt_add(fm, " num_resources=%llu", (unsigned long long)s->num_resources);
	pv_fmt_add(fm, " allocated_resources=%llu", (unsigned long long)s->allocated_resources);
}

int mana_destroy_resource_range_req_format(const struct mana_destroy_resource_range_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "destroy_resource_range_req", mana_destroy_resource_range_req_fmt, s);
}

static void mana_create_dma_region_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_dma_region_req *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " length=0x%llx", (unsigned long long)s->length);
	pv_fmt_add(fm, " offset_in_page=%llu", (unsigned long long)s->offset_in_page);
	pv_fmt_add(fm, " gdma_page_type=%llu", (unsigned long long)s->gdma_page_type);
	pv_fmt_add(fm, " page_count=%llu", (unsigned long long)s->page_count);
	pv_fmt_add(fm, " page_addr_list_len=%llu", (unsigned long long)s->page_addr_list_len);
	pv_fmt_add(fm, " page_addr_list[%u]={", (unsigned)s->page_addr_list_count);
	for (i = 0; i < s->page_addr_list_count && i < 504; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->page_addr_list[i]);
	}
	pv_fmt_add(fm, "}");
}

int mana_create_dma_region_req_format(const struct mana_create_dma_region_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_dma_region_req", mana_create_dma_region_req_fmt, s);
}

static void mana_create_dma_region_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_dma_region_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " dma_region_handle=0x%llx", (unsigned long long)s->dma_region_handle);
}

int mana_create_dma_region_resp_format(const struct mana_create_dma_region_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_dma_region_resp", mana_create_dma_region_resp_fmt, s);
}

static void mana_dma_region_add_pages_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_dma_region_add_pages_req *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " dma_region_handle=0x%llx", (unsigned long long)s->dma_region_handle);
	pv_fmt_add(fm, " page_addr_list_len=%llu", (unsigned long long)s->page_addr_list_len);
	pv_fmt_add(fm, " reserved3=%llu", (unsigned long long)s->reserved3);
	pv_fmt_add(fm, " page_addr_list[%u]={", (unsigned)s->page_addr_list_count);
	for (i = 0; i < s->page_addr_list_count && i < 505; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->page_addr_list[i]);
	}
	pv_fmt_add(fm, "}");
}

int mana_dma_region_add_pages_req_format(const struct mana_dma_region_add_pages_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "dma_region_add_pages_req", mana_dma_region_add_pages_req_fmt, s);
}

static void mana_destroy_dma_region_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_destroy_dma_region_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " dma_region_handle=0x%llx", (unsigned long long)s->dma_region_handle);
}

int mana_destroy_dma_region_req_format(const struct mana_destroy_dma_region_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "destroy_dma_region_req", mana_destroy_dma_region_req_fmt, s);
}

static void mana_create_pd_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_pd_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " flags=%llu", (unsigned long long)s->flags);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int mana_create_pd_req_format(const struct mana_create_pd_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_pd_req", mana_create_pd_req_fmt, s);
}

static void mana_create_pd_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_pd_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " pd_handle=0x%llx", (unsigned long long)s->pd_handle);
	pv_fmt_add(fm, " pd_id=%llu", (unsigned long long)s->pd_id);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int mana_create_pd_resp_format(const struct mana_create_pd_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_pd_resp", mana_create_pd_resp_fmt, s);
}

static void mana_destroy_pd_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_destroy_pd_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " pd_handle=0x%llx", (unsigned long long)s->pd_handle);
}

int mana_destroy_pd_req_format(const struct mana_destroy_pd_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "destroy_pd_req", mana_destroy_pd_req_fmt, s);
}

static void mana_create_mr_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_mr_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " pd_handle=0x%llx", (unsigned long long)s->pd_handle);
	pv_fmt_add(fm, " mr_type=%llu", (unsigned long long)s->mr_type);
	pv_fmt_add(fm, " reserved_1=%llu", (unsigned long long)s->reserved_1);
	pv_fmt_add(fm, " dma_region_handle=0x%llx", (unsigned long long)s->dma_region_handle);
	pv_fmt_add(fm, " virtual_address=0x%llx", (unsigned long long)s->virtual_address);
	pv_fmt_add(fm, " access_flags=%llu", (unsigned long long)s->access_flags);
	pv_fmt_add(fm, " pad_union=%llu", (unsigned long long)s->pad_union);
	pv_fmt_add(fm, " reserved_2=%llu", (unsigned long long)s->reserved_2);
	pv_fmt_add(fm, " pad_end=%llu", (unsigned long long)s->pad_end);
}

int mana_create_mr_req_format(const struct mana_create_mr_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_mr_req", mana_create_mr_req_fmt, s);
}

static void mana_create_mr_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_mr_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " mr_handle=0x%llx", (unsigned long long)s->mr_handle);
	pv_fmt_add(fm, " lkey=%llu", (unsigned long long)s->lkey);
	pv_fmt_add(fm, " rkey=%llu", (unsigned long long)s->rkey);
}

int mana_create_mr_resp_format(const struct mana_create_mr_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_mr_resp", mana_create_mr_resp_fmt, s);
}

static void mana_destroy_mr_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_destroy_mr_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " mr_handle=0x%llx", (unsigned long long)s->mr_handle);
}

int mana_destroy_mr_req_format(const struct mana_destroy_mr_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "destroy_mr_req", mana_destroy_mr_req_fmt, s);
}

static void mana_change_msix_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_change_msix_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " queue_index=%llu", (unsigned long long)s->queue_index);
	pv_fmt_add(fm, " msix=%llu", (unsigned long long)s->msix);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
}

int mana_change_msix_req_format(const struct mana_change_msix_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "change_msix_req", mana_change_msix_req_fmt, s);
}

static void mana_query_hwc_timeout_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_query_hwc_timeout_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " timeout_ms=%llu", (unsigned long long)s->timeout_ms);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int mana_query_hwc_timeout_req_format(const struct mana_query_hwc_timeout_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_hwc_timeout_req", mana_query_hwc_timeout_req_fmt, s);
}

static void mana_query_hwc_timeout_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_query_hwc_timeout_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " timeout_ms=%llu", (unsigned long long)s->timeout_ms);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int mana_query_hwc_timeout_resp_format(const struct mana_query_hwc_timeout_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_hwc_timeout_resp", mana_query_hwc_timeout_resp_fmt, s);
}

static void mana_query_dev_config_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_query_dev_config_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " mn_drv_cap_flags1=0x%llx", (unsigned long long)s->mn_drv_cap_flags1);
	pv_fmt_add(fm, " mn_drv_cap_flags2=0x%llx", (unsigned long long)s->mn_drv_cap_flags2);
	pv_fmt_add(fm, " mn_drv_cap_flags3=0x%llx", (unsigned long long)s->mn_drv_cap_flags3);
	pv_fmt_add(fm, " mn_drv_cap_flags4=0x%llx", (unsigned long long)s->mn_drv_cap_flags4);
	pv_fmt_add(fm, " proto_major_ver=%llu", (unsigned long long)s->proto_major_ver);
	pv_fmt_add(fm, " proto_minor_ver=%llu", (unsigned long long)s->proto_minor_ver);
	pv_fmt_add(fm, " proto_micro_ver=%llu", (unsigned long long)s->proto_micro_ver);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int mana_query_dev_config_req_format(const struct mana_query_dev_config_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_dev_config_req", mana_query_dev_config_req_fmt, s);
}

static void mana_query_dev_config_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_query_dev_config_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " pf_cap_flags1=0x%llx", (unsigned long long)s->pf_cap_flags1);
	pv_fmt_add(fm, " pf_cap_flags2=0x%llx", (unsigned long long)s->pf_cap_flags2);
	pv_fmt_add(fm, " pf_cap_flags3=0x%llx", (unsigned long long)s->pf_cap_flags3);
	pv_fmt_add(fm, " pf_cap_flags4=0x%llx", (unsigned long long)s->pf_cap_flags4);
	pv_fmt_add(fm, " max_num_vports=%llu", (unsigned long long)s->max_num_vports);
	pv_fmt_add(fm, " bm_hostmode=%llu", (unsigned long long)s->bm_hostmode);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " max_num_eqs=%llu", (unsigned long long)s->max_num_eqs);
	pv_fmt_add(fm, " adapter_mtu=%llu", (unsigned long long)s->adapter_mtu);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " reserved3=%llu", (unsigned long long)s->reserved3);
}

int mana_query_dev_config_resp_format(const struct mana_query_dev_config_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_dev_config_resp", mana_query_dev_config_resp_fmt, s);
}

static void mana_query_gf_stat_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_query_gf_stat_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " requested_statistics=0x%llx", (unsigned long long)s->requested_statistics);
}

int mana_query_gf_stat_req_format(const struct mana_query_gf_stat_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_gf_stat_req", mana_query_gf_stat_req_fmt, s);
}

static void mana_query_gf_stat_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_query_gf_stat_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " reported_statistics=0x%llx", (unsigned long long)s->reported_statistics);
	pv_fmt_add(fm, " in_discards_no_wqe=0x%llx", (unsigned long long)s->in_discards_no_wqe);
	pv_fmt_add(fm, " in_errors_rx_vport_disabled=0x%llx", (unsigned long long)s->in_errors_rx_vport_disabled);
	pv_fmt_add(fm, " hc_in_octets=0x%llx", (unsigned long long)s->hc_in_octets);
	pv_fmt_add(fm, " hc_in_ucast_pkts=0x%llx", (unsigned long long)s->hc_in_ucast_pkts);
	pv_fmt_add(fm, " hc_in_ucast_octets=0x%llx", (unsigned long long)s->hc_in_ucast_octets);
	pv_fmt_add(fm, " hc_in_multicast_pkts=0x%llx", (unsigned long long)s->hc_in_multicast_pkts);
	pv_fmt_add(fm, " hc_in_multicast_octets=0x%llx", (unsigned long long)s->hc_in_multicast_octets);
	pv_fmt_add(fm, " hc_in_broadcast_pkts=0x%llx", (unsigned long long)s->hc_in_broadcast_pkts);
	pv_fmt_add(fm, " hc_in_broadcast_octets=0x%llx", (unsigned long long)s->hc_in_broadcast_octets);
	pv_fmt_add(fm, " out_errors_gf_disabled=0x%llx", (unsigned long long)s->out_errors_gf_disabled);
	pv_fmt_add(fm, " out_errors_vport_disabled=0x%llx", (unsigned long long)s->out_errors_vport_disabled);
	pv_fmt_add(fm, " out_errors_invalid_vport_offset=0x%llx", (unsigned long long)s->out_errors_invalid_vport_offset);
	pv_fmt_add(fm, " out_errors_vlan_enforcement=0x%llx", (unsigned long long)s->out_errors_vlan_enforcement);
	pv_fmt_add(fm, " out_errors_eth_type_enforcement=0x%llx", (unsigned long long)s->out_errors_eth_type_enforcement);
	pv_fmt_add(fm, " out_errors_sa_enforcement=0x%llx", (unsigned long long)s->out_errors_sa_enforcement);
	pv_fmt_add(fm, " out_errors_sqpdid_enforcement=0x%llx", (unsigned long long)s->out_errors_sqpdid_enforcement);
	pv_fmt_add(fm, " out_errors_cqpdid_enforcement=0x%llx", (unsigned long long)s->out_errors_cqpdid_enforcement);
	pv_fmt_add(fm, " out_errors_mtu_violation=0x%llx", (unsigned long long)s->out_errors_mtu_violation);
	pv_fmt_add(fm, " out_errors_invalid_oob=0x%llx", (unsigned long long)s->out_errors_invalid_oob);
	pv_fmt_add(fm, " hc_out_octets=0x%llx", (unsigned long long)s->hc_out_octets);
	pv_fmt_add(fm, " hc_out_ucast_pkts=0x%llx", (unsigned long long)s->hc_out_ucast_pkts);
	pv_fmt_add(fm, " hc_out_ucast_octets=0x%llx", (unsigned long long)s->hc_out_ucast_octets);
	pv_fmt_add(fm, " hc_out_multicast_pkts=0x%llx", (unsigned long long)s->hc_out_multicast_pkts);
	pv_fmt_add(fm, " hc_out_multicast_octets=0x%llx", (unsigned long long)s->hc_out_multicast_octets);
	pv_fmt_add(fm, " hc_out_broadcast_pkts=0x%llx", (unsigned long long)s->hc_out_broadcast_pkts);
	pv_fmt_add(fm, " hc_out_broadcast_octets=0x%llx", (unsigned long long)s->hc_out_broadcast_octets);
}

int mana_query_gf_stat_resp_format(const struct mana_query_gf_stat_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_gf_stat_resp", mana_query_gf_stat_resp_fmt, s);
}

static void mana_query_vport_config_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_query_vport_config_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " vport_index=%llu", (unsigned long long)s->vport_index);
}

int mana_query_vport_config_req_format(const struct mana_query_vport_config_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_vport_config_req", mana_query_vport_config_req_fmt, s);
}

static void mana_query_vport_config_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_query_vport_config_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " max_num_sq=%llu", (unsigned long long)s->max_num_sq);
	pv_fmt_add(fm, " max_num_rq=%llu", (unsigned long long)s->max_num_rq);
	pv_fmt_add(fm, " num_indirection_ent=%llu", (unsigned long long)s->num_indirection_ent);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " mac_addr=");
	pv_fmt_bytes(fm, s->mac_addr, 6);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " vport=0x%llx", (unsigned long long)s->vport);
}

int mana_query_vport_config_resp_format(const struct mana_query_vport_config_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_vport_config_resp", mana_query_vport_config_resp_fmt, s);
}

static void mana_config_vport_tx_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_config_vport_tx_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " vport=0x%llx", (unsigned long long)s->vport);
	pv_fmt_add(fm, " pdid=%llu", (unsigned long long)s->pdid);
	pv_fmt_add(fm, " doorbell_pageid=%llu", (unsigned long long)s->doorbell_pageid);
}

int mana_config_vport_tx_req_format(const struct mana_config_vport_tx_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "config_vport_tx_req", mana_config_vport_tx_req_fmt, s);
}

static void mana_config_vport_tx_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_config_vport_tx_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " tx_vport_offset=%llu", (unsigned long long)s->tx_vport_offset);
	pv_fmt_add(fm, " short_form_allowed=%llu", (unsigned long long)s->short_form_allowed);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int mana_config_vport_tx_resp_format(const struct mana_config_vport_tx_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "config_vport_tx_resp", mana_config_vport_tx_resp_fmt, s);
}

static void mana_create_wq_obj_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_wq_obj_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " vport=0x%llx", (unsigned long long)s->vport);
	pv_fmt_add(fm, " wq_type=%s(%lld)", mana_wq_type_name((uint32_t)s->wq_type), (long long)s->wq_type);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " wq_gdma_region=0x%llx", (unsigned long long)s->wq_gdma_region);
	pv_fmt_add(fm, " cq_gdma_region=0x%llx", (unsigned long long)s->cq_gdma_region);
	pv_fmt_add(fm, " wq_size=%llu", (unsigned long long)s->wq_size);
	pv_fmt_add(fm, " cq_size=%llu", (unsigned long long)s->cq_size);
	pv_fmt_add(fm, " cq_moderation_ctx_id=%llu", (unsigned long long)s->cq_moderation_ctx_id);
	pv_fmt_add(fm, " cq_parent_qid=%llu", (unsigned long long)s->cq_parent_qid);
}

int mana_create_wq_obj_req_format(const struct mana_create_wq_obj_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_wq_obj_req", mana_create_wq_obj_req_fmt, s);
}

static void mana_create_wq_obj_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_create_wq_obj_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " wq_id=%llu", (unsigned long long)s->wq_id);
	pv_fmt_add(fm, " cq_id=%llu", (unsigned long long)s->cq_id);
	pv_fmt_add(fm, " wq_obj=0x%llx", (unsigned long long)s->wq_obj);
}

int mana_create_wq_obj_resp_format(const struct mana_create_wq_obj_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "create_wq_obj_resp", mana_create_wq_obj_resp_fmt, s);
}

static void mana_destroy_wq_obj_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_destroy_wq_obj_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " wq_type=%s(%lld)", mana_wq_type_name((uint32_t)s->wq_type), (long long)s->wq_type);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " wq_obj_handle=0x%llx", (unsigned long long)s->wq_obj_handle);
}

int mana_destroy_wq_obj_req_format(const struct mana_destroy_wq_obj_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "destroy_wq_obj_req", mana_destroy_wq_obj_req_fmt, s);
}

static void mana_fence_rq_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_fence_rq_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " wq_obj_handle=0x%llx", (unsigned long long)s->wq_obj_handle);
}

int mana_fence_rq_req_format(const struct mana_fence_rq_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "fence_rq_req", mana_fence_rq_req_fmt, s);
}

static void mana_config_vport_rx_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_config_vport_rx_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " vport=0x%llx", (unsigned long long)s->vport);
	pv_fmt_add(fm, " num_indir_entries=%llu", (unsigned long long)s->num_indir_entries);
	pv_fmt_add(fm, " indir_tab_offset=%llu", (unsigned long long)s->indir_tab_offset);
	pv_fmt_add(fm, " rx_enable=%llu", (unsigned long long)s->rx_enable);
	pv_fmt_add(fm, " rss_enable=%llu", (unsigned long long)s->rss_enable);
	pv_fmt_add(fm, " update_default_rxobj=%llu", (unsigned long long)s->update_default_rxobj);
	pv_fmt_add(fm, " update_hashkey=%llu", (unsigned long long)s->update_hashkey);
	pv_fmt_add(fm, " update_indir_tab=%llu", (unsigned long long)s->update_indir_tab);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " default_rxobj=0x%llx", (unsigned long long)s->default_rxobj);
	pv_fmt_add(fm, " hashkey=");
	pv_fmt_bytes(fm, s->hashkey, 40);
}

int mana_config_vport_rx_req_format(const struct mana_config_vport_rx_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "config_vport_rx_req", mana_config_vport_rx_req_fmt, s);
}

static void mana_rx_indir_entry_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_rx_indir_entry *s = p;

	pv_fmt_add(fm, " rxobj=0x%llx", (unsigned long long)s->rxobj);
}

int mana_rx_indir_entry_format(const struct mana_rx_indir_entry *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "rx_indir_entry", mana_rx_indir_entry_fmt, s);
}

static void mana_register_hw_port_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_register_hw_port_req *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " attached_gfid=%llu", (unsigned long long)s->attached_gfid);
	pv_fmt_add(fm, " is_pf_default_vport=%llu", (unsigned long long)s->is_pf_default_vport);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " allow_all_ether_types=%llu", (unsigned long long)s->allow_all_ether_types);
	pv_fmt_add(fm, " reserved2={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reserved2[i]);
	pv_fmt_add(fm, "}");
}

int mana_register_hw_port_req_format(const struct mana_register_hw_port_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "register_hw_port_req", mana_register_hw_port_req_fmt, s);
}

static void mana_handle_resp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_handle_resp *s = p;

	pv_fmt_sub(fm, " hdr={", mana_resp_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " handle=0x%llx", (unsigned long long)s->handle);
}

int mana_handle_resp_format(const struct mana_handle_resp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "handle_resp", mana_handle_resp_fmt, s);
}

static void mana_handle_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_handle_req *s = p;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " handle=0x%llx", (unsigned long long)s->handle);
}

int mana_handle_req_format(const struct mana_handle_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "handle_req", mana_handle_req_fmt, s);
}

static void mana_register_filter_req_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_register_filter_req *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", mana_req_hdr_fmt, &s->hdr);
	pv_fmt_add(fm, " vport=0x%llx", (unsigned long long)s->vport);
	pv_fmt_add(fm, " mac_addr=");
	pv_fmt_bytes(fm, s->mac_addr, 6);
	pv_fmt_add(fm, " reserved1={");
	for (i = 0; i < 4; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reserved1[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " reserved5=%llu", (unsigned long long)s->reserved5);
	pv_fmt_add(fm, " reserved6={");
	for (i = 0; i < 3; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reserved6[i]);
	pv_fmt_add(fm, "}");
}

int mana_register_filter_req_format(const struct mana_register_filter_req *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "register_filter_req", mana_register_filter_req_fmt, s);
}

static void mana_tx_oob_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_tx_oob *s = p;

	if (s->s0_rsvd)
		pv_fmt_add(fm, " s0_rsvd=0x%llx", (unsigned long long)s->s0_rsvd);
	pv_fmt_add(fm, " pkt_fmt=%s(%llu)", mana_pkt_fmt_name((uint32_t)s->pkt_fmt), (unsigned long long)s->pkt_fmt);
	pv_fmt_add(fm, " is_outer_ipv4=%llu", (unsigned long long)s->is_outer_ipv4);
	pv_fmt_add(fm, " is_outer_ipv6=%llu", (unsigned long long)s->is_outer_ipv6);
	pv_fmt_add(fm, " comp_iphdr_csum=%llu", (unsigned long long)s->comp_iphdr_csum);
	pv_fmt_add(fm, " comp_tcp_csum=%llu", (unsigned long long)s->comp_tcp_csum);
	pv_fmt_add(fm, " comp_udp_csum=%llu", (unsigned long long)s->comp_udp_csum);
	pv_fmt_add(fm, " suppress_txcqe_gen=%llu", (unsigned long long)s->suppress_txcqe_gen);
	pv_fmt_add(fm, " vcq_num=%llu", (unsigned long long)s->vcq_num);
	if (s->s1_rsvd)
		pv_fmt_add(fm, " s1_rsvd=0x%llx", (unsigned long long)s->s1_rsvd);
	pv_fmt_add(fm, " trans_off=%llu", (unsigned long long)s->trans_off);
	pv_fmt_add(fm, " vsq_frame=%llu", (unsigned long long)s->vsq_frame);
	pv_fmt_add(fm, " short_vp_offset=%llu", (unsigned long long)s->short_vp_offset);
	if (s->l0_rsvd)
		pv_fmt_add(fm, " l0_rsvd=0x%llx", (unsigned long long)s->l0_rsvd);
	pv_fmt_add(fm, " is_encap=%llu", (unsigned long long)s->is_encap);
	pv_fmt_add(fm, " inner_is_ipv6=%llu", (unsigned long long)s->inner_is_ipv6);
	pv_fmt_add(fm, " inner_tcp_opt=%llu", (unsigned long long)s->inner_tcp_opt);
	pv_fmt_add(fm, " inject_vlan_pri_tag=%llu", (unsigned long long)s->inject_vlan_pri_tag);
	pv_fmt_add(fm, " pcp=%llu", (unsigned long long)s->pcp);
	pv_fmt_add(fm, " dei=%llu", (unsigned long long)s->dei);
	pv_fmt_add(fm, " vlan_id=%llu", (unsigned long long)s->vlan_id);
	if (s->l1_rsvd)
		pv_fmt_add(fm, " l1_rsvd=0x%llx", (unsigned long long)s->l1_rsvd);
	pv_fmt_add(fm, " inner_frame_offset=%llu", (unsigned long long)s->inner_frame_offset);
	pv_fmt_add(fm, " inner_ip_rel_offset=%llu", (unsigned long long)s->inner_ip_rel_offset);
	pv_fmt_add(fm, " long_vp_offset=%llu", (unsigned long long)s->long_vp_offset);
	pv_fmt_add(fm, " reserved3=%llu", (unsigned long long)s->reserved3);
	pv_fmt_add(fm, " reserved4=%llu", (unsigned long long)s->reserved4);
}

int mana_tx_oob_format(const struct mana_tx_oob *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "tx_oob", mana_tx_oob_fmt, s);
}

static void mana_rx_comp_oob_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_rx_comp_oob *s = p;
	size_t i;

	if (s->cqe_hdr_rsvd)
		pv_fmt_add(fm, " cqe_hdr_rsvd=0x%llx", (unsigned long long)s->cqe_hdr_rsvd);
	pv_fmt_add(fm, " cqe_type=%llu", (unsigned long long)s->cqe_type);
	pv_fmt_add(fm, " client_type=%llu", (unsigned long long)s->client_type);
	pv_fmt_add(fm, " vendor_err=%llu", (unsigned long long)s->vendor_err);
	if (s->flags_rsvd)
		pv_fmt_add(fm, " flags_rsvd=0x%llx", (unsigned long long)s->flags_rsvd);
	pv_fmt_add(fm, " rx_vlan_id=%llu", (unsigned long long)s->rx_vlan_id);
	pv_fmt_add(fm, " rx_vlantag_present=%llu", (unsigned long long)s->rx_vlantag_present);
	pv_fmt_add(fm, " rx_outer_iphdr_csum_succeed=%llu", (unsigned long long)s->rx_outer_iphdr_csum_succeed);
	pv_fmt_add(fm, " rx_outer_iphdr_csum_fail=%llu", (unsigned long long)s->rx_outer_iphdr_csum_fail);
	pv_fmt_add(fm, " rx_hashtype=%llu", (unsigned long long)s->rx_hashtype);
	pv_fmt_add(fm, " rx_iphdr_csum_succeed=%llu", (unsigned long long)s->rx_iphdr_csum_succeed);
	pv_fmt_add(fm, " rx_iphdr_csum_fail=%llu", (unsigned long long)s->rx_iphdr_csum_fail);
	pv_fmt_add(fm, " rx_tcp_csum_succeed=%llu", (unsigned long long)s->rx_tcp_csum_succeed);
	pv_fmt_add(fm, " rx_tcp_csum_fail=%llu", (unsigned long long)s->rx_tcp_csum_fail);
	pv_fmt_add(fm, " rx_udp_csum_succeed=%llu", (unsigned long long)s->rx_udp_csum_succeed);
	pv_fmt_add(fm, " rx_udp_csum_fail=%llu", (unsigned long long)s->rx_udp_csum_fail);
	pv_fmt_add(fm, " pkt_len=%llu", (unsigned long long)s->pkt_len);
	pv_fmt_add(fm, " ppi0_reserved1=%llu", (unsigned long long)s->ppi0_reserved1);
	pv_fmt_add(fm, " ppi0_reserved2=%llu", (unsigned long long)s->ppi0_reserved2);
	pv_fmt_add(fm, " pkt_hash=%llu", (unsigned long long)s->pkt_hash);
	pv_fmt_add(fm, " ppi_more={");
	for (i = 0; i < 9; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->ppi_more[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " rx_wqe_offset=%llu", (unsigned long long)s->rx_wqe_offset);
}

int mana_rx_comp_oob_format(const struct mana_rx_comp_oob *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "rx_comp_oob", mana_rx_comp_oob_fmt, s);
}

static void mana_tx_comp_oob_fmt(struct pv_fmt *fm, const void *p)
{
	const struct mana_tx_comp_oob *s = p;
	size_t i;

	if (s->cqe_hdr_rsvd)
		pv_fmt_add(fm, " cqe_hdr_rsvd=0x%llx", (unsigned long long)s->cqe_hdr_rsvd);
	pv_fmt_add(fm, " tx_cqe_type=%llu", (unsigned long long)s->tx_cqe_type);
	pv_fmt_add(fm, " tx_client_type=%llu", (unsigned long long)s->tx_client_type);
	pv_fmt_add(fm, " tx_vendor_err=%llu", (unsigned long long)s->tx_vendor_err);
	pv_fmt_add(fm, " tx_data_offset=%llu", (unsigned long long)s->tx_data_offset);
	if (s->offsets_rsvd)
		pv_fmt_add(fm, " offsets_rsvd=0x%llx", (unsigned long long)s->offsets_rsvd);
	pv_fmt_add(fm, " tx_sgl_offset=%llu", (unsigned long long)s->tx_sgl_offset);
	pv_fmt_add(fm, " tx_wqe_offset=%llu", (unsigned long long)s->tx_wqe_offset);
	pv_fmt_add(fm, " reserved={");
	for (i = 0; i < 12; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reserved[i]);
	pv_fmt_add(fm, "}");
}

int mana_tx_comp_oob_format(const struct mana_tx_comp_oob *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "tx_comp_oob", mana_tx_comp_oob_fmt, s);
}

/* Printers by table row and variant. */
static void (*const mana_msg_fmts[][2])(struct pv_fmt *, const void *) = {
	{mana_verify_ver_req_fmt, mana_verify_ver_resp_fmt},	/* VERIFY_VF_DRIVER_VERSION */
	{mana_general_req_fmt, mana_query_max_resources_resp_fmt},	/* QUERY_MAX_RESOURCES */
	{mana_general_req_fmt, mana_list_devices_resp_fmt},	/* LIST_DEVICES */
	{mana_general_req_fmt, mana_register_device_resp_fmt},	/* REGISTER_DEVICE */
	{mana_general_req_fmt, mana_general_resp_fmt},	/* DEREGISTER_DEVICE */
	{mana_generate_test_eqe_req_fmt, mana_general_resp_fmt},	/* GENERATE_TEST_EQE */
	{mana_generate_reset_eqe_req_fmt, mana_general_resp_fmt},	/* GENERATE_RESET_REQUEST_EQE */
	{mana_create_queue_req_fmt, mana_create_queue_resp_fmt},	/* CREATE_QUEUE */
	{mana_disable_queue_req_fmt, mana_general_resp_fmt},	/* DISABLE_QUEUE */
	{mana_resource_range_req_fmt, mana_resource_range_resp_fmt},	/* ALLOCATE_RESOURCE_RANGE */
	{mana_destroy_resource_range_req_fmt, mana_general_resp_fmt},	/* DESTROY_RESOURCE_RANGE */
	{mana_create_dma_region_req_fmt, mana_create_dma_region_resp_fmt},	/* CREATE_DMA_REGION */
	{mana_dma_region_add_pages_req_fmt, mana_general_resp_fmt},	/* DMA_REGION_ADD_PAGES */
	{mana_destroy_dma_region_req_fmt, mana_general_resp_fmt},	/* DESTROY_DMA_REGION */
	{mana_create_pd_req_fmt, mana_create_pd_resp_fmt},	/* CREATE_PD */
	{mana_destroy_pd_req_fmt, mana_general_resp_fmt},	/* DESTROY_PD */
	{mana_create_mr_req_fmt, mana_create_mr_resp_fmt},	/* CREATE_MR */
	{mana_destroy_mr_req_fmt, mana_general_resp_fmt},	/* DESTROY_MR */
	{mana_change_msix_req_fmt, mana_general_resp_fmt},	/* CHANGE_MSIX_FOR_EQ */
	{mana_query_hwc_timeout_req_fmt, mana_query_hwc_timeout_resp_fmt},	/* QUERY_HWC_TIMEOUT */
	{mana_query_dev_config_req_fmt, mana_query_dev_config_resp_fmt},	/* QUERY_DEV_CONFIG */
	{mana_query_gf_stat_req_fmt, mana_query_gf_stat_resp_fmt},	/* QUERY_GF_STAT */
	{mana_config_vport_tx_req_fmt, mana_config_vport_tx_resp_fmt},	/* CONFIG_VPORT_TX */
	{mana_create_wq_obj_req_fmt, mana_create_wq_obj_resp_fmt},	/* CREATE_WQ_OBJ */
	{mana_destroy_wq_obj_req_fmt, mana_general_resp_fmt},	/* DESTROY_WQ_OBJ */
	{mana_fence_rq_req_fmt, mana_general_resp_fmt},	/* FENCE_RQ */
	{mana_config_vport_rx_req_fmt, mana_general_resp_fmt},	/* CONFIG_VPORT_RX */
	{mana_query_vport_config_req_fmt, mana_query_vport_config_resp_fmt},	/* QUERY_VPORT_CONFIG */
	{mana_register_filter_req_fmt, mana_handle_resp_fmt},	/* REGISTER_FILTER */
	{mana_handle_req_fmt, mana_general_resp_fmt},	/* DEREGISTER_FILTER */
	{mana_register_hw_port_req_fmt, mana_handle_resp_fmt},	/* REGISTER_HW_PORT */
	{mana_handle_req_fmt, mana_general_resp_fmt},	/* DEREGISTER_HW_PORT */
};

int mana_msg_format(const struct mana_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = mana_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 2 || !mana_msg_fmts[d - mana_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		mana_msg_fmts[d - mana_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
