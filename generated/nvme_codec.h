/* DO NOT EDIT: generated from spec/nvme.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_NVME_CODEC_H
#define PV_GENERATED_NVME_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "nvme_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct nvme_regs {
	uint64_t cap;
	uint16_t mqes;
	uint8_t cqr;
	uint8_t ams;
	uint8_t to;
	uint8_t dstrd;
	uint8_t nssrs;
	uint8_t css;
	uint8_t bps;
	uint8_t cps;
	uint8_t mpsmin;
	uint8_t mpsmax;
	uint8_t pmrs;
	uint8_t cmbs;
	uint8_t nsss;
	uint8_t crms;
	uint32_t vs;
	uint8_t ter;
	uint8_t mnr;
	uint16_t mjr;
	uint32_t intms;
	uint32_t intmc;
	uint32_t cc;
	uint8_t en;
	uint8_t css_sel;
	uint8_t mps;
	uint8_t ams_sel;
	uint8_t shn;
	uint8_t iosqes;
	uint8_t iocqes;
	uint8_t crime;
	uint32_t rsvd18;
	uint32_t csts;
	uint8_t rdy;
	uint8_t cfs;
	uint8_t shst;
	uint8_t nssro;
	uint8_t pp;
	uint8_t st;
	uint32_t nssr;
	uint32_t aqa;
	uint16_t asqs;
	uint16_t acqs;
	uint64_t asq;
	uint64_t acq;
	uint32_t cmbloc;
	uint32_t cmbsz;
};
enum pv_codec_err nvme_regs_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_regs *out);
int nvme_regs_encode(const struct nvme_regs *in, void *buf, size_t cap);
int nvme_regs_format(const struct nvme_regs *s, char *buf, size_t cap);

struct nvme_sqe_hdr {
	uint8_t opcode;
	uint8_t flags;
	uint8_t fuse;
	uint8_t psdt;
	uint16_t cid;
	uint32_t nsid;
	uint32_t cdw2;
	uint32_t cdw3;
	uint64_t mptr;
	uint64_t prp1;
	uint64_t prp2;
};
enum pv_codec_err nvme_sqe_hdr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_sqe_hdr *out);
int nvme_sqe_hdr_encode(const struct nvme_sqe_hdr *in, void *buf, size_t cap);
int nvme_sqe_hdr_format(const struct nvme_sqe_hdr *s, char *buf, size_t cap);

struct nvme_sqe {
	struct nvme_sqe_hdr hdr;
	uint32_t cdw10;
	uint32_t cdw11;
	uint32_t cdw12;
	uint32_t cdw13;
	uint32_t cdw14;
	uint32_t cdw15;
};
enum pv_codec_err nvme_sqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_sqe *out);
int nvme_sqe_encode(const struct nvme_sqe *in, void *buf, size_t cap);
int nvme_sqe_format(const struct nvme_sqe *s, char *buf, size_t cap);

struct nvme_cqe {
	uint32_t dw0;
	uint32_t dw1;
	uint16_t sqhd;
	uint16_t sqid;
	uint16_t cid;
	uint16_t status;
	uint8_t p;
	uint8_t sc;
	uint8_t sct;
	uint8_t crd;
	uint8_t more;
	uint8_t dnr;
};
enum pv_codec_err nvme_cqe_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_cqe *out);
int nvme_cqe_encode(const struct nvme_cqe *in, void *buf, size_t cap);
int nvme_cqe_format(const struct nvme_cqe *s, char *buf, size_t cap);

struct nvme_sgl_desc {
	uint64_t addr;
	uint32_t length;
	uint8_t rsvd12[3];
	uint8_t id;
	uint8_t subtype;
	uint8_t type;
};
enum pv_codec_err nvme_sgl_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_sgl_desc *out);
int nvme_sgl_desc_encode(const struct nvme_sgl_desc *in, void *buf, size_t cap);
int nvme_sgl_desc_format(const struct nvme_sgl_desc *s, char *buf, size_t cap);

struct nvme_delete_io_q {
	struct nvme_sqe_hdr hdr;
	uint16_t qid;
	uint32_t cdw10_rsvd;	/* bits outside the subfields */
	uint32_t cdw11[5];
};
enum pv_codec_err nvme_delete_io_q_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_delete_io_q *out);
int nvme_delete_io_q_encode(const struct nvme_delete_io_q *in, void *buf, size_t cap);
int nvme_delete_io_q_format(const struct nvme_delete_io_q *s, char *buf, size_t cap);

struct nvme_create_io_sq {
	struct nvme_sqe_hdr hdr;
	uint16_t qid;
	uint16_t qsize;
	uint32_t cdw10_rsvd;	/* bits outside the subfields */
	uint8_t pc;
	uint8_t qprio;
	uint16_t cqid;
	uint32_t cdw11_rsvd;	/* bits outside the subfields */
	uint16_t nvmsetid;
	uint32_t cdw12_rsvd;	/* bits outside the subfields */
	uint32_t cdw13[3];
};
enum pv_codec_err nvme_create_io_sq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_create_io_sq *out);
int nvme_create_io_sq_encode(const struct nvme_create_io_sq *in, void *buf, size_t cap);
int nvme_create_io_sq_format(const struct nvme_create_io_sq *s, char *buf, size_t cap);

struct nvme_create_io_cq {
	struct nvme_sqe_hdr hdr;
	uint16_t qid;
	uint16_t qsize;
	uint32_t cdw10_rsvd;	/* bits outside the subfields */
	uint8_t pc;
	uint8_t ien;
	uint16_t iv;
	uint32_t cdw11_rsvd;	/* bits outside the subfields */
	uint32_t cdw12[4];
};
enum pv_codec_err nvme_create_io_cq_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_create_io_cq *out);
int nvme_create_io_cq_encode(const struct nvme_create_io_cq *in, void *buf, size_t cap);
int nvme_create_io_cq_format(const struct nvme_create_io_cq *s, char *buf, size_t cap);

struct nvme_get_log_page {
	struct nvme_sqe_hdr hdr;
	uint8_t lid;
	uint8_t lsp;
	uint8_t rae;
	uint16_t numdl;
	uint32_t cdw10_rsvd;	/* bits outside the subfields */
	uint16_t numdu;
	uint16_t lsi;
	uint32_t cdw11_rsvd;	/* bits outside the subfields */
	uint32_t lpol;
	uint32_t lpou;
	uint8_t uuid_idx;
	uint8_t ot;
	uint8_t csi;
	uint32_t cdw14_rsvd;	/* bits outside the subfields */
	uint32_t cdw15;
};
enum pv_codec_err nvme_get_log_page_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_get_log_page *out);
int nvme_get_log_page_encode(const struct nvme_get_log_page *in, void *buf, size_t cap);
int nvme_get_log_page_format(const struct nvme_get_log_page *s, char *buf, size_t cap);

struct nvme_identify {
	struct nvme_sqe_hdr hdr;
	uint8_t cns;
	uint16_t cntid;
	uint32_t cdw10_rsvd;	/* bits outside the subfields */
	uint16_t cnssid;
	uint8_t csi;
	uint32_t cdw11_rsvd;	/* bits outside the subfields */
	uint32_t cdw12[4];
};
enum pv_codec_err nvme_identify_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_identify *out);
int nvme_identify_encode(const struct nvme_identify *in, void *buf, size_t cap);
int nvme_identify_format(const struct nvme_identify *s, char *buf, size_t cap);

struct nvme_abort {
	struct nvme_sqe_hdr hdr;
	uint16_t sqid;
	uint16_t acid;
	uint32_t cdw10_rsvd;	/* bits outside the subfields */
	uint32_t cdw11[5];
};
enum pv_codec_err nvme_abort_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_abort *out);
int nvme_abort_encode(const struct nvme_abort *in, void *buf, size_t cap);
int nvme_abort_format(const struct nvme_abort *s, char *buf, size_t cap);

struct nvme_features {
	struct nvme_sqe_hdr hdr;
	uint8_t fid;
	uint8_t sel;
	uint8_t sv;
	uint32_t cdw10_rsvd;	/* bits outside the subfields */
	uint32_t cdw11;
	uint32_t cdw12;
	uint32_t cdw13;
	uint32_t cdw14;
	uint32_t cdw15;
};
enum pv_codec_err nvme_features_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_features *out);
int nvme_features_encode(const struct nvme_features *in, void *buf, size_t cap);
int nvme_features_format(const struct nvme_features *s, char *buf, size_t cap);

struct nvme_async_event {
	struct nvme_sqe_hdr hdr;
	uint32_t cdw10[6];
};
enum pv_codec_err nvme_async_event_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_async_event *out);
int nvme_async_event_encode(const struct nvme_async_event *in, void *buf, size_t cap);
int nvme_async_event_format(const struct nvme_async_event *s, char *buf, size_t cap);

struct nvme_async_event_result {
	uint8_t type;
	uint8_t info;
	uint8_t log_page;
	uint32_t dw0_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err nvme_async_event_result_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_async_event_result *out);
int nvme_async_event_result_encode(const struct nvme_async_event_result *in, void *buf, size_t cap);
int nvme_async_event_result_format(const struct nvme_async_event_result *s, char *buf, size_t cap);

struct nvme_num_queues {
	uint16_t nsq;
	uint16_t ncq;
	uint32_t dw_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err nvme_num_queues_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_num_queues *out);
int nvme_num_queues_encode(const struct nvme_num_queues *in, void *buf, size_t cap);
int nvme_num_queues_format(const struct nvme_num_queues *s, char *buf, size_t cap);

struct nvme_id_ctrl {
	uint16_t vid;
	uint16_t ssvid;
	uint8_t sn[20];
	uint8_t mn[40];
	uint8_t fr[8];
	uint8_t rab;
	uint8_t ieee[3];
	uint8_t cmic;
	uint8_t mdts;
	uint16_t cntlid;
	uint32_t ver;
	uint32_t rtd3r;
	uint32_t rtd3e;
	uint32_t oaes;
	uint32_t ctratt;
	uint16_t rrls;
	uint8_t rsvd102[9];
	uint8_t cntrltype;
	uint8_t fguid[16];
	uint16_t crdt[3];
	uint8_t rsvd134[122];
	uint16_t oacs;
	uint8_t acl;
	uint8_t aerl;
	uint8_t frmw;
	uint8_t lpa;
	uint8_t elpe;
	uint8_t npss;
	uint8_t avscc;
	uint8_t apsta;
	uint16_t wctemp;
	uint16_t cctemp;
	uint16_t mtfa;
	uint32_t hmpre;
	uint32_t hmmin;
	uint8_t tnvmcap[16];
	uint8_t unvmcap[16];
	uint32_t rpmbs;
	uint16_t edstt;
	uint8_t dsto;
	uint8_t fwug;
	uint16_t kas;
	uint16_t hctma;
	uint16_t mntmt;
	uint16_t mxtmt;
	uint32_t sanicap;
	uint32_t hmminds;
	uint16_t hmmaxd;
	uint16_t nsetidmax;
	uint16_t endgidmax;
	uint8_t anatt;
	uint8_t anacap;
	uint32_t anagrpmax;
	uint32_t nanagrpid;
	uint32_t pels;
	uint8_t rsvd356[156];
	uint8_t sqes;
	uint8_t sqes_min;
	uint8_t sqes_max;
	uint8_t cqes;
	uint8_t cqes_min;
	uint8_t cqes_max;
	uint16_t maxcmd;
	uint32_t nn;
	uint16_t oncs;
	uint16_t fuses;
	uint8_t fna;
	uint8_t vwc;
	uint16_t awun;
	uint16_t awupf;
	uint8_t icsvscc;
	uint8_t nwpc;
	uint16_t acwu;
	uint16_t ocfs;
	uint32_t sgls;
	uint32_t mnan;
	uint8_t rsvd544[224];
	uint8_t subnqn[256];
	uint8_t rsvd1024[1024];
	uint8_t psd[1024];
	uint8_t vs[1024];
};
enum pv_codec_err nvme_id_ctrl_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_id_ctrl *out);
int nvme_id_ctrl_encode(const struct nvme_id_ctrl *in, void *buf, size_t cap);
int nvme_id_ctrl_format(const struct nvme_id_ctrl *s, char *buf, size_t cap);

struct nvme_lbaf {
	uint16_t ms;
	uint8_t lbads;
	uint8_t rp;
	uint32_t dw_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err nvme_lbaf_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_lbaf *out);
int nvme_lbaf_encode(const struct nvme_lbaf *in, void *buf, size_t cap);
int nvme_lbaf_format(const struct nvme_lbaf *s, char *buf, size_t cap);

struct nvme_id_ns {
	uint64_t nsze;
	uint64_t ncap;
	uint64_t nuse;
	uint8_t nsfeat;
	uint8_t nlbaf;
	uint8_t flbas;
	uint8_t lbaf_idx;
	uint8_t mdext;
	uint8_t mc;
	uint8_t dpc;
	uint8_t dps;
	uint8_t nmic;
	uint8_t rescap;
	uint8_t fpi;
	uint8_t dlfeat;
	uint16_t nawun;
	uint16_t nawupf;
	uint16_t nacwu;
	uint16_t nabsn;
	uint16_t nabo;
	uint16_t nabspf;
	uint16_t noiob;
	uint8_t nvmcap[16];
	uint16_t npwg;
	uint16_t npwa;
	uint16_t npdg;
	uint16_t npda;
	uint16_t nows;
	uint8_t rsvd74[18];
	uint32_t anagrpid;
	uint8_t rsvd96[3];
	uint8_t nsattr;
	uint16_t nvmsetid;
	uint16_t endgid;
	uint8_t nguid[16];
	uint8_t eui64[8];
	struct nvme_lbaf lbaf[16];
	uint8_t rsvd192[192];
	uint8_t vs[3712];
};
enum pv_codec_err nvme_id_ns_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_id_ns *out);
int nvme_id_ns_encode(const struct nvme_id_ns *in, void *buf, size_t cap);
int nvme_id_ns_format(const struct nvme_id_ns *s, char *buf, size_t cap);

struct nvme_ns_id_desc {
	uint8_t nidt;
	uint8_t nidl;
	uint16_t rsvd2;
};
enum pv_codec_err nvme_ns_id_desc_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_ns_id_desc *out);
int nvme_ns_id_desc_encode(const struct nvme_ns_id_desc *in, void *buf, size_t cap);
int nvme_ns_id_desc_format(const struct nvme_ns_id_desc *s, char *buf, size_t cap);

struct nvme_fw_slot_log {
	uint8_t afi;
	uint8_t active_slot;
	uint8_t next_slot;
	uint8_t rsvd1[7];
	uint8_t frs[56];
	uint8_t rsvd64[448];
};
enum pv_codec_err nvme_fw_slot_log_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_fw_slot_log *out);
int nvme_fw_slot_log_encode(const struct nvme_fw_slot_log *in, void *buf, size_t cap);
int nvme_fw_slot_log_format(const struct nvme_fw_slot_log *s, char *buf, size_t cap);

struct nvme_error_log_entry {
	uint64_t error_count;
	uint16_t sqid;
	uint16_t cid;
	uint16_t status;
	uint16_t param_loc;
	uint64_t lba;
	uint32_t nsid;
	uint8_t vsia;
	uint8_t trtype;
	uint16_t rsvd30;
	uint64_t csi;
	uint16_t ttsi;
	uint8_t rsvd42[22];
};
enum pv_codec_err nvme_error_log_entry_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_error_log_entry *out);
int nvme_error_log_entry_encode(const struct nvme_error_log_entry *in, void *buf, size_t cap);
int nvme_error_log_entry_format(const struct nvme_error_log_entry *s, char *buf, size_t cap);

struct nvme_smart_log {
	uint8_t critical_warning;
	uint16_t temperature;
	uint8_t avail_spare;
	uint8_t spare_thresh;
	uint8_t percent_used;
	uint8_t endu_grp_crit_warn;
	uint8_t rsvd7[25];
	uint8_t data_units_read[16];
	uint8_t data_units_written[16];
	uint8_t host_reads[16];
	uint8_t host_writes[16];
	uint8_t ctrl_busy_time[16];
	uint8_t power_cycles[16];
	uint8_t power_on_hours[16];
	uint8_t unsafe_shutdowns[16];
	uint8_t media_errors[16];
	uint8_t num_err_log_entries[16];
	uint32_t warning_temp_time;
	uint32_t critical_comp_time;
	uint16_t temp_sensor[8];
	uint32_t thm_temp1_trans_count;
	uint32_t thm_temp2_trans_count;
	uint32_t thm_temp1_total_time;
	uint32_t thm_temp2_total_time;
	uint8_t rsvd232[280];
};
enum pv_codec_err nvme_smart_log_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_smart_log *out);
int nvme_smart_log_encode(const struct nvme_smart_log *in, void *buf, size_t cap);
int nvme_smart_log_format(const struct nvme_smart_log *s, char *buf, size_t cap);

struct nvme_trace_id {
	uint16_t cid;
	uint16_t slot;
	uint16_t doorbell;
	uint64_t id_rsvd;	/* bits outside the subfields */
};
enum pv_codec_err nvme_trace_id_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_trace_id *out);
int nvme_trace_id_encode(const struct nvme_trace_id *in, void *buf, size_t cap);
int nvme_trace_id_format(const struct nvme_trace_id *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *nvme_data_xfer_name(uint32_t v);
extern const struct pv_name nvme_data_xfer_names[4];
const char *nvme_admin_opcode_name(uint32_t v);
extern const struct pv_name nvme_admin_opcode_names[25];
const char *nvme_sct_name(uint32_t v);
extern const struct pv_name nvme_sct_names[5];
const char *nvme_generic_status_name(uint32_t v);
extern const struct pv_name nvme_generic_status_names[39];
const char *nvme_cmd_status_name(uint32_t v);
extern const struct pv_name nvme_cmd_status_names[18];
const char *nvme_media_status_name(uint32_t v);
extern const struct pv_name nvme_media_status_names[8];
const char *nvme_path_status_name(uint32_t v);
extern const struct pv_name nvme_path_status_names[7];
const char *nvme_cns_name(uint32_t v);
extern const struct pv_name nvme_cns_names[9];
const char *nvme_feature_name(uint32_t v);
extern const struct pv_name nvme_feature_names[15];
const char *nvme_get_features_select_name(uint32_t v);
extern const struct pv_name nvme_get_features_select_names[4];
const char *nvme_log_page_name(uint32_t v);
extern const struct pv_name nvme_log_page_names[6];
const char *nvme_async_event_type_name(uint32_t v);
extern const struct pv_name nvme_async_event_type_names[7];
const char *nvme_async_notice_name(uint32_t v);
extern const struct pv_name nvme_async_notice_names[7];
const char *nvme_nidt_name(uint32_t v);
extern const struct pv_name nvme_nidt_names[4];
const char *nvme_shn_name(uint32_t v);
extern const struct pv_name nvme_shn_names[3];
const char *nvme_shst_name(uint32_t v);
extern const struct pv_name nvme_shst_names[3];
const char *nvme_psdt_name(uint32_t v);
extern const struct pv_name nvme_psdt_names[3];
const char *nvme_sgl_type_name(uint32_t v);
extern const struct pv_name nvme_sgl_type_names[6];

/* The versions, oldest first; a version's label ("5.3", else its name), NULL when unknown. */
extern const uint32_t nvme_versions[NVME_VERSION_COUNT];
const char *nvme_version_name(uint32_t v);

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct nvme_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct nvme_delete_io_q delete_io_sq;
		struct nvme_create_io_sq create_io_sq;
		struct nvme_get_log_page get_log_page;
		struct nvme_delete_io_q delete_io_cq;
		struct nvme_create_io_cq create_io_cq;
		struct nvme_identify identify;
		struct nvme_abort abort;
		struct nvme_features set_features;
		struct nvme_features get_features;
		struct nvme_async_event async_event_request;
	} u;
};

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc nvme_msg_table[];
extern const size_t nvme_msg_table_count;
const struct pv_msg_desc *nvme_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err nvme_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct nvme_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int nvme_msg_encode(const struct nvme_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int nvme_msg_format(const struct nvme_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*nvme_msg_handler)(void *ctx, const struct nvme_msg *m);
struct nvme_msg_handlers {
	nvme_msg_handler delete_io_sq;
	nvme_msg_handler create_io_sq;
	nvme_msg_handler get_log_page;
	nvme_msg_handler delete_io_cq;
	nvme_msg_handler create_io_cq;
	nvme_msg_handler identify;
	nvme_msg_handler abort;
	nvme_msg_handler set_features;
	nvme_msg_handler get_features;
	nvme_msg_handler async_event_request;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int nvme_msg_dispatch(const struct nvme_msg_handlers *h, void *ctx, const struct nvme_msg *m);

#endif /* PV_GENERATED_NVME_CODEC_H */
