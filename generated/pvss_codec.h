/* DO NOT EDIT: generated from spec/savestate.yaml by codegen/pvgen.py. */
#ifndef PV_GENERATED_PVSS_CODEC_H
#define PV_GENERATED_PVSS_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "pv_codec.h"
#include "pvss_wire.h"

/*
 * Decoded (host-endian) forms of the wire structs, and per struct:
 *   <p>_<struct>_decode(buf, len, ctx, out): reads each byte once, then checks;
 *   <p>_<struct>_encode(in, buf, cap): the bytes written, or a negated
 *     pv_codec_err (the decoder's checks first, then -PV_ERR_NOSPACE);
 *   <p>_<struct>_format(s, buf, cap): one line, every field named.
 * See docs/generated-api.md.
 */

struct pvss_rec_header {
	uint32_t type;
	uint32_t len;
};
enum pv_codec_err pvss_rec_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_rec_header *out);
int pvss_rec_header_encode(const struct pvss_rec_header *in, void *buf, size_t cap);
int pvss_rec_header_format(const struct pvss_rec_header *s, char *buf, size_t cap);

struct pvss_file_header {
	struct pvss_rec_header hdr;
	uint32_t magic;
	uint32_t format_version;
	uint32_t record_count;
	uint32_t update_count;
	uint32_t part_kind;
	uint32_t reserved;
	uint64_t t_request;
	uint64_t t_paused;
	uint64_t t_quiesced;
	uint64_t t_saved;
};
enum pv_codec_err pvss_file_header_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_file_header *out);
int pvss_file_header_encode(const struct pvss_file_header *in, void *buf, size_t cap);
int pvss_file_header_format(const struct pvss_file_header *s, char *buf, size_t cap);

struct pvss_end {
	struct pvss_rec_header hdr;
	uint32_t record_count;
	uint32_t reserved;
	uint64_t checksum;
};
enum pv_codec_err pvss_end_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_end *out);
int pvss_end_encode(const struct pvss_end *in, void *buf, size_t cap);
int pvss_end_format(const struct pvss_end *s, char *buf, size_t cap);

struct pvss_config {
	struct pvss_rec_header hdr;
	uint32_t total_len;
	uint32_t offset;
	uint32_t chunk_len;
	uint8_t text[4096];
	uint32_t text_count;
};
enum pv_codec_err pvss_config_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_config *out);
int pvss_config_encode(const struct pvss_config *in, void *buf, size_t cap);
int pvss_config_format(const struct pvss_config *s, char *buf, size_t cap);

struct pvss_paravisor {
	struct pvss_rec_header hdr;
	uint32_t log_level;
	uint32_t reserved;
	uint64_t t_start;
};
enum pv_codec_err pvss_paravisor_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_paravisor *out);
int pvss_paravisor_encode(const struct pvss_paravisor *in, void *buf, size_t cap);
int pvss_paravisor_format(const struct pvss_paravisor *s, char *buf, size_t cap);

struct pvss_fd {
	struct pvss_rec_header hdr;
	uint32_t fd;
	uint16_t kind;
	uint16_t reserved;
	uint32_t key;
	uint32_t reserved2;
	uint64_t size;
};
enum pv_codec_err pvss_fd_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_fd *out);
int pvss_fd_encode(const struct pvss_fd *in, void *buf, size_t cap);
int pvss_fd_format(const struct pvss_fd *s, char *buf, size_t cap);

struct pvss_sim_part {
	struct pvss_rec_header hdr;
	uint32_t vp_count;
	uint32_t guest_state;
	uint64_t mem_size;
	uint64_t sief_size;
	uint32_t ram_fd;
	uint32_t sief_fd;
	uint32_t listen_fd;
	uint32_t guest_fd;
	uint32_t irq_fd;
	uint32_t reserved;
};
enum pv_codec_err pvss_sim_part_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_sim_part *out);
int pvss_sim_part_encode(const struct pvss_sim_part *in, void *buf, size_t cap);
int pvss_sim_part_format(const struct pvss_sim_part *s, char *buf, size_t cap);

struct pvss_sim_bind {
	struct pvss_rec_header hdr;
	uint32_t connection_id;
	uint32_t efd;
};
enum pv_codec_err pvss_sim_bind_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_sim_bind *out);
int pvss_sim_bind_encode(const struct pvss_sim_bind *in, void *buf, size_t cap);
int pvss_sim_bind_format(const struct pvss_sim_bind *s, char *buf, size_t cap);

struct pvss_sim_outmsg {
	struct pvss_rec_header hdr;
	uint32_t dgram_len;
	uint8_t dgram[264];
	uint32_t dgram_count;
};
enum pv_codec_err pvss_sim_outmsg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_sim_outmsg *out);
int pvss_sim_outmsg_encode(const struct pvss_sim_outmsg *in, void *buf, size_t cap);
int pvss_sim_outmsg_format(const struct pvss_sim_outmsg *s, char *buf, size_t cap);

struct pvss_kvm_vm {
	struct pvss_rec_header hdr;
	uint32_t vcpus;
	uint32_t reboots;
	uint64_t mem_size;
	uint32_t ram_fd;
	uint32_t serial_fd;
	uint8_t uart_ier;
	uint8_t uart_lcr;
	uint8_t uart_mcr;
	uint8_t uart_scr;
	uint8_t uart_dll;
	uint8_t uart_dlm;
	uint8_t uart_fcr;
	uint8_t uart_flags;
	uint16_t pm1_en;
	uint16_t pm1_sts;
	uint32_t pci_addr;
	uint8_t cmos_index;
	uint8_t reserved[7];
	uint8_t cmos_ram[128];
	uint8_t clock[48];
	uint8_t pit[112];
	uint8_t pic_master[512];
	uint8_t pic_slave[512];
	uint8_t ioapic[512];
	uint64_t t_clock;
	uint8_t reserved2[128];
};
enum pv_codec_err pvss_kvm_vm_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_kvm_vm *out);
int pvss_kvm_vm_encode(const struct pvss_kvm_vm *in, void *buf, size_t cap);
int pvss_kvm_vm_format(const struct pvss_kvm_vm *s, char *buf, size_t cap);

struct pvss_msr {
	uint32_t index;
	uint32_t reserved;
	uint64_t value;
};
enum pv_codec_err pvss_msr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_msr *out);
int pvss_msr_encode(const struct pvss_msr *in, void *buf, size_t cap);
int pvss_msr_format(const struct pvss_msr *s, char *buf, size_t cap);

struct pvss_kvm_vcpu {
	struct pvss_rec_header hdr;
	uint32_t index;
	uint32_t mp_state;
	uint32_t flags;
	uint32_t msr_count;
	uint64_t tsc_offset;
	uint64_t tsc_deadline;
	uint64_t synic_control;
	uint64_t synic_simp;
	uint64_t synic_siefp;
	uint8_t regs[144];
	uint8_t sregs[312];
	uint8_t lapic[1024];
	uint8_t xcrs[392];
	uint8_t events[64];
	uint8_t debugregs[128];
	struct pvss_msr msrs[512];
	uint32_t msrs_count;
};
enum pv_codec_err pvss_kvm_vcpu_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_kvm_vcpu *out);
int pvss_kvm_vcpu_encode(const struct pvss_kvm_vcpu *in, void *buf, size_t cap);
int pvss_kvm_vcpu_format(const struct pvss_kvm_vcpu *s, char *buf, size_t cap);

struct pvss_kvm_xsave {
	struct pvss_rec_header hdr;
	uint32_t index;
	uint32_t xsave_len;
	uint8_t area[16384];
	uint32_t area_count;
};
enum pv_codec_err pvss_kvm_xsave_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_kvm_xsave *out);
int pvss_kvm_xsave_encode(const struct pvss_kvm_xsave *in, void *buf, size_t cap);
int pvss_kvm_xsave_format(const struct pvss_kvm_xsave *s, char *buf, size_t cap);

struct pvss_kvm_synic_msg {
	struct pvss_rec_header hdr;
	uint32_t vp;
	uint32_t sint;
	uint32_t message_type;
	uint32_t payload_len;
	uint8_t payload[240];
};
enum pv_codec_err pvss_kvm_synic_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_kvm_synic_msg *out);
int pvss_kvm_synic_msg_encode(const struct pvss_kvm_synic_msg *in, void *buf, size_t cap);
int pvss_kvm_synic_msg_format(const struct pvss_kvm_synic_msg *s, char *buf, size_t cap);

struct pvss_vmbus_server {
	struct pvss_rec_header hdr;
	uint32_t state;
	uint32_t version;
	uint64_t features;
	uint32_t target_vp;
	uint32_t target_sint;
	uint32_t msg_conn_id;
	uint32_t unload_version;
	uint64_t dropped;
};
enum pv_codec_err pvss_vmbus_server_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_vmbus_server *out);
int pvss_vmbus_server_encode(const struct pvss_vmbus_server *in, void *buf, size_t cap);
int pvss_vmbus_server_format(const struct pvss_vmbus_server *s, char *buf, size_t cap);

struct pvss_vmbus_gpadl {
	struct pvss_rec_header hdr;
	uint32_t id;
	uint32_t child_relid;
	uint32_t state;
	uint32_t range_buflen;
	uint32_t rangecount;
	uint32_t filled;
	uint64_t data[8191];
	uint32_t data_count;
};
enum pv_codec_err pvss_vmbus_gpadl_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_vmbus_gpadl *out);
int pvss_vmbus_gpadl_encode(const struct pvss_vmbus_gpadl *in, void *buf, size_t cap);
int pvss_vmbus_gpadl_format(const struct pvss_vmbus_gpadl *s, char *buf, size_t cap);

struct pvss_vmbus_channel {
	struct pvss_rec_header hdr;
	uint32_t relid;
	uint32_t primary_relid;
	uint16_t sub_index;
	uint16_t subchannels_offered;
	uint32_t state;
	uint32_t flags;
	uint32_t conn_id;
	uint32_t sig_conn_id;
	uint32_t event_flag;
	uint32_t open_id;
	uint32_t target_vp;
	uint32_t ring_gpadl;
	uint32_t downstream;
	uint32_t max_pkt_size;
	uint32_t efd;
	uint16_t chn_flags;
	uint16_t mmio_megabytes;
	uint8_t if_type[16];
	uint8_t if_instance[16];
	uint8_t user_def[120];
	uint64_t batch_read;
	uint32_t held_len;
	uint8_t held[262160];
	uint32_t held_count;
};
enum pv_codec_err pvss_vmbus_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_vmbus_channel *out);
int pvss_vmbus_channel_encode(const struct pvss_vmbus_channel *in, void *buf, size_t cap);
int pvss_vmbus_channel_format(const struct pvss_vmbus_channel *s, char *buf, size_t cap);

struct pvss_device {
	struct pvss_rec_header hdr;
	uint32_t index;
	uint32_t reserved;
	uint8_t kind[16];
};
enum pv_codec_err pvss_device_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_device *out);
int pvss_device_encode(const struct pvss_device *in, void *buf, size_t cap);
int pvss_device_format(const struct pvss_device *s, char *buf, size_t cap);

struct pvss_storvsp {
	struct pvss_rec_header hdr;
	uint32_t nluns;
	uint32_t nchannels;
	uint32_t io_limit;
	uint32_t reserved;
};
enum pv_codec_err pvss_storvsp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp *out);
int pvss_storvsp_encode(const struct pvss_storvsp *in, void *buf, size_t cap);
int pvss_storvsp_format(const struct pvss_storvsp *s, char *buf, size_t cap);

struct pvss_storvsp_lun {
	struct pvss_rec_header hdr;
	uint32_t lun;
	uint32_t block_size;
	uint64_t nblocks;
	uint64_t dev;
	uint64_t ino;
	uint8_t kind[8];
	uint32_t backend_state;
	uint32_t reserved;
};
enum pv_codec_err pvss_storvsp_lun_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp_lun *out);
int pvss_storvsp_lun_encode(const struct pvss_storvsp_lun *in, void *buf, size_t cap);
int pvss_storvsp_lun_format(const struct pvss_storvsp_lun *s, char *buf, size_t cap);

struct pvss_storvsp_channel {
	struct pvss_rec_header hdr;
	uint32_t sub;
	uint32_t relid;
	uint32_t state;
	uint32_t version;
	uint32_t flags;
	uint32_t replies;
	uint32_t ios;
	uint32_t reserved;
};
enum pv_codec_err pvss_storvsp_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp_channel *out);
int pvss_storvsp_channel_encode(const struct pvss_storvsp_channel *in, void *buf, size_t cap);
int pvss_storvsp_channel_format(const struct pvss_storvsp_channel *s, char *buf, size_t cap);

struct pvss_storvsp_reply {
	struct pvss_rec_header hdr;
	uint64_t trans_id;
	uint32_t reply_len;
	uint32_t reserved;
	uint8_t reply[64];
	uint32_t reply_count;
};
enum pv_codec_err pvss_storvsp_reply_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp_reply *out);
int pvss_storvsp_reply_encode(const struct pvss_storvsp_reply *in, void *buf, size_t cap);
int pvss_storvsp_reply_format(const struct pvss_storvsp_reply *s, char *buf, size_t cap);

struct pvss_storvsp_io {
	struct pvss_rec_header hdr;
	uint32_t sub;
	uint32_t flags;
	uint64_t trans_id;
	uint32_t packet_len;
	uint32_t nkids;
	uint32_t piece_errno;
	uint32_t sense;
	uint8_t packet[64];
	uint32_t kids[16];
	uint32_t nranges;
	uint32_t nwords;
	uint64_t words[1040];
	uint32_t words_count;
};
enum pv_codec_err pvss_storvsp_io_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_storvsp_io *out);
int pvss_storvsp_io_encode(const struct pvss_storvsp_io *in, void *buf, size_t cap);
int pvss_storvsp_io_format(const struct pvss_storvsp_io *s, char *buf, size_t cap);

struct pvss_netvsp {
	struct pvss_rec_header hdr;
	uint32_t nvsp_state;
	uint32_t rndis_state;
	uint32_t nvsp_version;
	uint32_t ndis_version;
	uint32_t guest_mtu;
	uint32_t flags;
	uint64_t ndis_caps;
	uint32_t packet_filter;
	uint32_t subchannels;
	uint32_t nqueues;
	uint32_t nchannels;
	uint32_t recv_gpadl;
	uint32_t recv_owner;
	uint32_t nslots;
	uint32_t sub_alloc;
	uint32_t send_gpadl;
	uint32_t send_owner;
	uint32_t send_sections;
	uint32_t rxpkts;
	uint32_t frames;
	uint8_t mac[6];
	uint16_t reserved;
	uint8_t endpoint[8];
	uint32_t tap_nfds;
	uint32_t tap_fds[16];
	uint32_t tap_fds_count;
};
enum pv_codec_err pvss_netvsp_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp *out);
int pvss_netvsp_encode(const struct pvss_netvsp *in, void *buf, size_t cap);
int pvss_netvsp_format(const struct pvss_netvsp *s, char *buf, size_t cap);

struct pvss_netvsp_rss {
	struct pvss_rec_header hdr;
	uint32_t hash_types;
	uint32_t key_len;
	uint32_t table_len;
	uint32_t reserved;
	uint8_t key[40];
	uint32_t table[128];
	uint32_t table_count;
};
enum pv_codec_err pvss_netvsp_rss_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_rss *out);
int pvss_netvsp_rss_encode(const struct pvss_netvsp_rss *in, void *buf, size_t cap);
int pvss_netvsp_rss_format(const struct pvss_netvsp_rss *s, char *buf, size_t cap);

struct pvss_netvsp_range {
	uint32_t slot;
	uint32_t len;
};
enum pv_codec_err pvss_netvsp_range_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_range *out);
int pvss_netvsp_range_encode(const struct pvss_netvsp_range *in, void *buf, size_t cap);
int pvss_netvsp_range_format(const struct pvss_netvsp_range *s, char *buf, size_t cap);

struct pvss_netvsp_channel {
	struct pvss_rec_header hdr;
	uint32_t sub;
	uint32_t relid;
	uint32_t backlog;
	uint32_t batch_n;
	struct pvss_netvsp_range batch[128];
	uint32_t batch_count;
};
enum pv_codec_err pvss_netvsp_channel_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_channel *out);
int pvss_netvsp_channel_encode(const struct pvss_netvsp_channel *in, void *buf, size_t cap);
int pvss_netvsp_channel_format(const struct pvss_netvsp_channel *s, char *buf, size_t cap);

struct pvss_netvsp_backlog {
	struct pvss_rec_header hdr;
	uint64_t trans_id;
	uint16_t pkt_type;
	uint16_t pkt_flags;
	uint32_t ext_len;
	uint32_t data_len;
	uint32_t reserved;
	uint8_t ext[16];
	uint8_t data[104];
	uint32_t data_count;
};
enum pv_codec_err pvss_netvsp_backlog_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_backlog *out);
int pvss_netvsp_backlog_encode(const struct pvss_netvsp_backlog *in, void *buf, size_t cap);
int pvss_netvsp_backlog_format(const struct pvss_netvsp_backlog *s, char *buf, size_t cap);

struct pvss_netvsp_rxpkt {
	struct pvss_rec_header hdr;
	uint32_t sub;
	uint32_t nslots;
	uint32_t slots[128];
	uint32_t slots_count;
};
enum pv_codec_err pvss_netvsp_rxpkt_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_rxpkt *out);
int pvss_netvsp_rxpkt_encode(const struct pvss_netvsp_rxpkt *in, void *buf, size_t cap);
int pvss_netvsp_rxpkt_format(const struct pvss_netvsp_rxpkt *s, char *buf, size_t cap);

struct pvss_netvsp_frame {
	struct pvss_rec_header hdr;
	uint32_t queue;
	uint32_t len;
	uint32_t meta_flags;
	uint16_t vlan_tci;
	uint16_t gso_size;
	uint32_t hash;
	uint32_t hash_type;
	uint8_t data[65792];
	uint32_t data_count;
};
enum pv_codec_err pvss_netvsp_frame_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_netvsp_frame *out);
int pvss_netvsp_frame_encode(const struct pvss_netvsp_frame *in, void *buf, size_t cap);
int pvss_netvsp_frame_format(const struct pvss_netvsp_frame *s, char *buf, size_t cap);

struct pvss_nvme_ctrlr {
	struct pvss_rec_header hdr;
	uint32_t pci_kind;
	uint32_t io_queues;
	uint64_t cap;
	uint32_t cc;
	uint32_t aqa;
	uint64_t asq;
	uint64_t acq;
	uint32_t pool_fd;
	uint32_t nqpairs;
	uint64_t pool_size;
	uint64_t pool_iova;
	uint64_t ident_iova;
	uint64_t nsck_iova;
	uint32_t container_fd;
	uint32_t group_fd;
	uint32_t device_fd;
	uint32_t msix_vectors;
	uint8_t sn[20];
	uint8_t mn[40];
	uint32_t reserved;
};
enum pv_codec_err pvss_nvme_ctrlr_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_nvme_ctrlr *out);
int pvss_nvme_ctrlr_encode(const struct pvss_nvme_ctrlr *in, void *buf, size_t cap);
int pvss_nvme_ctrlr_format(const struct pvss_nvme_ctrlr *s, char *buf, size_t cap);

struct pvss_nvme_qpair {
	struct pvss_rec_header hdr;
	uint16_t qid;
	uint16_t vector;
	uint32_t size;
	uint32_t flags;
	uint32_t ncmds;
	uint64_t sq_iova;
	uint64_t cq_iova;
	uint32_t sq_tail;
	uint32_t sq_head;
	uint32_t cq_head;
	uint8_t phase;
	uint8_t cid_bits;
	uint16_t reserved;
	uint64_t bounce_iova;
	uint32_t bounce_slots;
	uint32_t bounce_size;
	uint32_t list_bytes;
	uint32_t ntrk;
	uint16_t cid_gen[4095];
	uint32_t cid_gen_count;
};
enum pv_codec_err pvss_nvme_qpair_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_nvme_qpair *out);
int pvss_nvme_qpair_encode(const struct pvss_nvme_qpair *in, void *buf, size_t cap);
int pvss_nvme_qpair_format(const struct pvss_nvme_qpair *s, char *buf, size_t cap);

struct pvss_nvme_cmd {
	struct pvss_rec_header hdr;
	uint16_t index;
	uint16_t cid;
	uint32_t kind;
	uint8_t opcode;
	uint8_t bounce;
	uint16_t reserved;
	uint32_t nsid;
	uint64_t list_iova;
	uint64_t lba;
};
enum pv_codec_err pvss_nvme_cmd_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_nvme_cmd *out);
int pvss_nvme_cmd_encode(const struct pvss_nvme_cmd *in, void *buf, size_t cap);
int pvss_nvme_cmd_format(const struct pvss_nvme_cmd *s, char *buf, size_t cap);

/* Names of enum values ("?" when unknown), and the tables behind them, sorted by value. */
const char *pvss_rec_type_name(uint32_t v);
extern const struct pv_name pvss_rec_type_names[30];
const char *pvss_fd_kind_name(uint32_t v);
extern const struct pv_name pvss_fd_kind_names[14];
const char *pvss_nvme_pci_kind_name(uint32_t v);
extern const struct pv_name pvss_nvme_pci_kind_names[3];
const char *pvss_nvme_cmd_kind_name(uint32_t v);
extern const struct pv_name pvss_nvme_cmd_kind_names[2];
const char *pvss_part_kind_name(uint32_t v);
extern const struct pv_name pvss_part_kind_names[2];
const char *pvss_vmbus_conn_state_name(uint32_t v);
extern const struct pv_name pvss_vmbus_conn_state_names[3];
const char *pvss_vmbus_gpadl_state_name(uint32_t v);
extern const struct pv_name pvss_vmbus_gpadl_state_names[3];
const char *pvss_vmbus_chan_state_name(uint32_t v);
extern const struct pv_name pvss_vmbus_chan_state_names[4];
const char *pvss_storvsp_init_state_name(uint32_t v);
extern const struct pv_name pvss_storvsp_init_state_names[5];
const char *pvss_nvsp_init_state_name(uint32_t v);
extern const struct pv_name pvss_nvsp_init_state_names[7];
const char *pvss_rndis_device_state_name(uint32_t v);
extern const struct pv_name pvss_rndis_device_state_names[4];

/* The versions, oldest first; a version's label ("5.3", else its name), NULL when unknown. */
extern const uint32_t pvss_versions[PVSS_VERSION_COUNT];
const char *pvss_version_name(uint32_t v);

/* A decoded message of table msg.  variant is the index into the message's variants
 * as listed in the spec (0 = first); the member named after the message holds the base
 * (last) variant, the others are named after their struct and share its leading fields. */
struct pvss_msg {
	uint32_t type;
	uint32_t variant;
	size_t len;
	union {
		struct pvss_file_header file_header;
		struct pvss_end end;
		struct pvss_config config;
		struct pvss_paravisor paravisor;
		struct pvss_fd fd;
		struct pvss_sim_part sim_part;
		struct pvss_sim_bind sim_bind;
		struct pvss_sim_outmsg sim_outmsg;
		struct pvss_kvm_vm kvm_vm;
		struct pvss_kvm_vcpu kvm_vcpu;
		struct pvss_kvm_xsave kvm_xsave;
		struct pvss_kvm_synic_msg kvm_synic_msg;
		struct pvss_vmbus_server vmbus_server;
		struct pvss_vmbus_gpadl vmbus_gpadl;
		struct pvss_vmbus_channel vmbus_channel;
		struct pvss_device device;
		struct pvss_storvsp storvsp;
		struct pvss_storvsp_lun storvsp_lun;
		struct pvss_storvsp_channel storvsp_channel;
		struct pvss_storvsp_reply storvsp_reply;
		struct pvss_storvsp_io storvsp_io;
		struct pvss_netvsp netvsp;
		struct pvss_netvsp_rss netvsp_rss;
		struct pvss_netvsp_channel netvsp_channel;
		struct pvss_netvsp_backlog netvsp_backlog;
		struct pvss_netvsp_rxpkt netvsp_rxpkt;
		struct pvss_netvsp_frame netvsp_frame;
		struct pvss_nvme_ctrlr nvme_ctrlr;
		struct pvss_nvme_qpair nvme_qpair;
		struct pvss_nvme_cmd nvme_cmd;
	} u;
};

/* The table, sorted by type; the row for a type or NULL. */
extern const struct pv_msg_desc pvss_msg_table[];
extern const size_t pvss_msg_table_count;
const struct pv_msg_desc *pvss_msg_lookup(uint32_t type);
/* Type, length, direction, version and feature gates, then the body (choosing the variant). */
enum pv_codec_err pvss_msg_decode(const void *buf, size_t len, const struct pv_codec_ctx *ctx,
	struct pvss_msg *out);
/* Encodes m->type's variant m->variant and stamps the type field; the bytes written or a
 * negated pv_codec_err (gates checked against ctx, which may be NULL). */
int pvss_msg_encode(const struct pvss_msg *m, const struct pv_codec_ctx *ctx, void *buf, size_t cap);
/* "NAME field=value ...", one line. */
int pvss_msg_format(const struct pvss_msg *m, char *buf, size_t cap);

/* One handler per message (NULL: not handled), filled by a device; ctx is the device's. */
typedef int (*pvss_msg_handler)(void *ctx, const struct pvss_msg *m);
struct pvss_msg_handlers {
	pvss_msg_handler file_header;
	pvss_msg_handler end;
	pvss_msg_handler config;
	pvss_msg_handler paravisor;
	pvss_msg_handler fd;
	pvss_msg_handler sim_part;
	pvss_msg_handler sim_bind;
	pvss_msg_handler sim_outmsg;
	pvss_msg_handler kvm_vm;
	pvss_msg_handler kvm_vcpu;
	pvss_msg_handler kvm_xsave;
	pvss_msg_handler kvm_synic_msg;
	pvss_msg_handler vmbus_server;
	pvss_msg_handler vmbus_gpadl;
	pvss_msg_handler vmbus_channel;
	pvss_msg_handler device;
	pvss_msg_handler storvsp;
	pvss_msg_handler storvsp_lun;
	pvss_msg_handler storvsp_channel;
	pvss_msg_handler storvsp_reply;
	pvss_msg_handler storvsp_io;
	pvss_msg_handler netvsp;
	pvss_msg_handler netvsp_rss;
	pvss_msg_handler netvsp_channel;
	pvss_msg_handler netvsp_backlog;
	pvss_msg_handler netvsp_rxpkt;
	pvss_msg_handler netvsp_frame;
	pvss_msg_handler nvme_ctrlr;
	pvss_msg_handler nvme_qpair;
	pvss_msg_handler nvme_cmd;
};
/* Runs h's handler for m->type: its result, -ENOENT for a type outside the table,
 * -EOPNOTSUPP for an empty slot. */
int pvss_msg_dispatch(const struct pvss_msg_handlers *h, void *ctx, const struct pvss_msg *m);

#endif /* PV_GENERATED_PVSS_CODEC_H */
