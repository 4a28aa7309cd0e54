/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */

#include <stdio.h>

#include "rndis_codec.h"

const char *rndis_msg_type_name(uint32_t v)
{
	switch (v) {
	case 1:
		return "PACKET";
	case 2:
		return "INIT";
	case 3:
		return "HALT";
	case 4:
		return "QUERY";
	case 5:
		return "SET";
	case 6:
		return "RESET";
	case 7:
		return "INDICATE";
	case 8:
		return "KEEPALIVE";
	case 9:
		return "SET_EX";
	case 0x80000002U:
		return "INIT_C";
	case 0x80000004U:
		return "QUERY_C";
	case 0x80000005U:
		return "SET_C";
	case 0x80000006U:
		return "RESET_C";
	case 0x80000008U:
		return "KEEPALIVE_C";
	case 0x80000009U:
		return "SET_EX_C";
	default:
		return "?";
	}
}

const char *rndis_status_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "SUCCESS";
	case 0x103:
		return "PENDING";
	case 0x4001000b:
		return "MEDIA_CONNECT";
	case 0x4001000c:
		return "MEDIA_DISCONNECT";
	case 0x40010012:
		return "MEDIA_SPECIFIC_INDICATION";
	case 0x40010013:
		return "LINK_SPEED_CHANGE";
	case 0x40010018:
		return "NETWORK_CHANGE";
	case 0x40020006:
		return "TASK_OFFLOAD_CURRENT_CONFIG";
	case 0x80000005U:
		return "BUFFER_OVERFLOW";
	case 0xc0000001U:
		return "FAILURE";
	case 0xc000000dU:
		return "INVALID_PARAMETER";
	case 0xc000009aU:
		return "RESOURCES";
	case 0xc00000bbU:
		return "NOT_SUPPORTED";
	case 0xc0010014U:
		return "INVALID_LENGTH";
	case 0xc0010015U:
		return "INVALID_DATA";
	case 0xc0010016U:
		return "BUFFER_TOO_SHORT";
	case 0xc0010017U:
		return "INVALID_OID";
	default:
		return "?";
	}
}

const char *rndis_oid_name(uint32_t v)
{
	switch (v) {
	case 0x10101:
		return "GEN_SUPPORTED_LIST";
	case 0x10102:
		return "GEN_HARDWARE_STATUS";
	case 0x10103:
		return "GEN_MEDIA_SUPPORTED";
	case 0x10104:
		return "GEN_MEDIA_IN_USE";
	case 0x10105:
		return "GEN_MAXIMUM_LOOKAHEAD";
	case 0x10106:
		return "GEN_MAXIMUM_FRAME_SIZE";
	case 0x10107:
		return "GEN_LINK_SPEED";
	case 0x10108:
		return "GEN_TRANSMIT_BUFFER_SPACE";
	case 0x10109:
		return "GEN_RECEIVE_BUFFER_SPACE";
	case 0x1010a:
		return "GEN_TRANSMIT_BLOCK_SIZE";
	case 0x1010b:
		return "GEN_RECEIVE_BLOCK_SIZE";
	case 0x1010c:
		return "GEN_VENDOR_ID";
	case 0x1010d:
		return "GEN_VENDOR_DESCRIPTION";
	case 0x1010e:
		return "GEN_CURRENT_PACKET_FILTER";
	case 0x1010f:
		return "GEN_CURRENT_LOOKAHEAD";
	case 0x10110:
		return "GEN_DRIVER_VERSION";
	case 0x10111:
		return "GEN_MAXIMUM_TOTAL_SIZE";
	case 0x10112:
		return "GEN_PROTOCOL_OPTIONS";
	case 0x10113:
		return "GEN_MAC_OPTIONS";
	case 0x10114:
		return "GEN_MEDIA_CONNECT_STATUS";
	case 0x10115:
		return "GEN_MAXIMUM_SEND_PACKETS";
	case 0x10116:
		return "GEN_VENDOR_DRIVER_VERSION";
	case 0x10118:
		return "GEN_NETWORK_LAYER_ADDRESSES";
	case 0x10119:
		return "GEN_TRANSPORT_HEADER_OFFSET";
	case 0x10203:
		return "GEN_RECEIVE_SCALE_CAPABILITIES";
	case 0x10204:
		return "GEN_RECEIVE_SCALE_PARAMETERS";
	case 0x10206:
		return "GEN_MAX_LINK_SPEED";
	case 0x10207:
		return "GEN_LINK_STATE";
	case 0x10208:
		return "GEN_LINK_PARAMETERS";
	case 0x10209:
		return "GEN_INTERRUPT_MODERATION";
	case 0x1021a:
		return "GEN_MACHINE_NAME";
	case 0x1021b:
		return "GEN_RNDIS_CONFIG_PARAMETER";
	case 0x20101:
		return "GEN_XMIT_OK";
	case 0x20102:
		return "GEN_RCV_OK";
	case 0x20103:
		return "GEN_XMIT_ERROR";
	case 0x20104:
		return "GEN_RCV_ERROR";
	case 0x20105:
		return "GEN_RCV_NO_BUFFER";
	case 0x20216:
		return "GEN_FRIENDLY_NAME";
	case 0x1010101:
		return "IEEE_802_3_PERMANENT_ADDRESS";
	case 0x1010102:
		return "IEEE_802_3_CURRENT_ADDRESS";
	case 0x1010103:
		return "IEEE_802_3_MULTICAST_LIST";
	case 0x1010104:
		return "IEEE_802_3_MAXIMUM_LIST_SIZE";
	case 0x1010105:
		return "IEEE_802_3_MAC_OPTIONS";
	case 0x101010a:
		return "OFFLOAD_ENCAPSULATION";
	case 0x1020101:
		return "IEEE_802_3_RCV_ERROR_ALIGNMENT";
	case 0x1020102:
		return "IEEE_802_3_XMIT_ONE_COLLISION";
	case 0x1020103:
		return "IEEE_802_3_XMIT_MORE_COLLISIONS";
	case 0xfc01020bU:
		return "TCP_OFFLOAD_CURRENT_CONFIG";
	case 0xfc01020cU:
		return "TCP_OFFLOAD_PARAMETERS";
	case 0xfc01020dU:
		return "TCP_OFFLOAD_HARDWARE_CAPABILITIES";
	case 0xfc01020eU:
		return "TCP_CONNECTION_OFFLOAD_CURRENT_CONFIG";
	case 0xfc01020fU:
		return "TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES";
	default:
		return "?";
	}
}

const char *rndis_ppi_type_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "TCPIP_CHKSUM";
	case 1:
		return "IPSEC";
	case 2:
		return "TCP_LARGESEND";
	case 3:
		return "CLASSIFICATION_HANDLE";
	case 4:
		return "NDIS_RESERVED";
	case 5:
		return "SG_LIST";
	case 6:
		return "IEEE_8021Q";
	case 7:
		return "ORIGINAL";
	case 8:
		return "NBL_HASH_VALUE";
	case 9:
		return "ORIGINAL_NET_BUFLIST";
	case 10:
		return "CACHED_NET_BUFLIST";
	case 11:
		return "SHORT_PKT_PADINFO";
	default:
		return "?";
	}
}

const char *rndis_ppi_internal_type_name(uint32_t v)
{
	switch (v) {
	case 1:
		return "PKTINFO_ID";
	default:
		return "?";
	}
}

const char *rndis_ndis_object_type_name(uint32_t v)
{
	switch (v) {
	case 128:
		return "DEFAULT";
	case 136:
		return "RSS_CAPABILITIES";
	case 137:
		return "RSS_PARAMETERS";
	case 150:
		return "OID_REQUEST";
	case 167:
		return "OFFLOAD";
	case 168:
		return "OFFLOAD_ENCAPSULATION";
	default:
		return "?";
	}
}

const char *rndis_offload_param_csum_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "NO_CHANGE";
	case 1:
		return "TX_RX_DISABLED";
	case 2:
		return "TX_ENABLED_RX_DISABLED";
	case 3:
		return "RX_ENABLED_TX_DISABLED";
	case 4:
		return "TX_RX_ENABLED";
	default:
		return "?";
	}
}

const char *rndis_offload_param_simple_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "NO_CHANGE";
	case 1:
		return "DISABLED";
	case 2:
		return "ENABLED";
	default:
		return "?";
	}
}

const char *rndis_config_param_type_name(uint32_t v)
{
	switch (v) {
	case 0:
		return "INTEGER";
	case 1:
		return "HEX_INTEGER";
	case 2:
		return "STRING";
	case 3:
		return "MULTI_STRING";
	case 4:
		return "BINARY";
	default:
		return "?";
	}
}

static void rndis_init_fmt(struct pv_fmt *fm, const struct rndis_init *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " major_ver=%llu", (unsigned long long)s->major_ver);
	pv_fmt_add(fm, " minor_ver=%llu", (unsigned long long)s->minor_ver);
	pv_fmt_add(fm, " max_xfer_size=%llu", (unsigned long long)s->max_xfer_size);
}

int rndis_init_format(const struct rndis_init *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "init");
	rndis_init_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_init_complete_fmt(struct pv_fmt *fm, const struct rndis_init_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " major_ver=%llu", (unsigned long long)s->major_ver);
	pv_fmt_add(fm, " minor_ver=%llu", (unsigned long long)s->minor_ver);
	pv_fmt_add(fm, " dev_flags=%llu", (unsigned long long)s->dev_flags);
	pv_fmt_add(fm, " medium=%llu", (unsigned long long)s->medium);
	pv_fmt_add(fm, " max_pkt_per_msg=%llu", (unsigned long long)s->max_pkt_per_msg);
	pv_fmt_add(fm, " max_xfer_size=%llu", (unsigned long long)s->max_xfer_size);
	pv_fmt_add(fm, " pkt_alignment_factor=%llu", (unsigned long long)s->pkt_alignment_factor);
	pv_fmt_add(fm, " af_list_offset=%llu", (unsigned long long)s->af_list_offset);
	pv_fmt_add(fm, " af_list_size=%llu", (unsigned long long)s->af_list_size);
}

int rndis_init_complete_format(const struct rndis_init_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "init_complete");
	rndis_init_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_halt_fmt(struct pv_fmt *fm, const struct rndis_halt *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
}

int rndis_halt_format(const struct rndis_halt *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "halt");
	rndis_halt_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_query_fmt(struct pv_fmt *fm, const struct rndis_query *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " oid=%llu", (unsigned long long)s->oid);
	pv_fmt_add(fm, " info_buflen=%llu", (unsigned long long)s->info_buflen);
	pv_fmt_add(fm, " info_buf_offset=%llu", (unsigned long long)s->info_buf_offset);
	pv_fmt_add(fm, " dev_vc_handle=%llu", (unsigned long long)s->dev_vc_handle);
}

int rndis_query_format(const struct rndis_query *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "query");
	rndis_query_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_query_complete_fmt(struct pv_fmt *fm, const struct rndis_query_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " info_buflen=%llu", (unsigned long long)s->info_buflen);
	pv_fmt_add(fm, " info_buf_offset=%llu", (unsigned long long)s->info_buf_offset);
}

int rndis_query_complete_format(const struct rndis_query_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "query_complete");
	rndis_query_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_set_fmt(struct pv_fmt *fm, const struct rndis_set *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " oid=%llu", (unsigned long long)s->oid);
	pv_fmt_add(fm, " info_buflen=%llu", (unsigned long long)s->info_buflen);
	pv_fmt_add(fm, " info_buf_offset=%llu", (unsigned long long)s->info_buf_offset);
	pv_fmt_add(fm, " dev_vc_handle=%llu", (unsigned long long)s->dev_vc_handle);
}

int rndis_set_format(const struct rndis_set *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "set");
	rndis_set_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_set_complete_fmt(struct pv_fmt *fm, const struct rndis_set_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
}

int rndis_set_complete_format(const struct rndis_set_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "set_complete");
	rndis_set_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_reset_fmt(struct pv_fmt *fm, const struct rndis_reset *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int rndis_reset_format(const struct rndis_reset *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "reset");
	rndis_reset_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_reset_complete_fmt(struct pv_fmt *fm, const struct rndis_reset_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " addressing_reset=%llu", (unsigned long long)s->addressing_reset);
}

int rndis_reset_complete_format(const struct rndis_reset_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "reset_complete");
	rndis_reset_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_indicate_fmt(struct pv_fmt *fm, const struct rndis_indicate *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " status_buflen=%llu", (unsigned long long)s->status_buflen);
	pv_fmt_add(fm, " status_buf_offset=%llu", (unsigned long long)s->status_buf_offset);
}

int rndis_indicate_format(const struct rndis_indicate *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "indicate");
	rndis_indicate_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_keepalive_fmt(struct pv_fmt *fm, const struct rndis_keepalive *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
}

int rndis_keepalive_format(const struct rndis_keepalive *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "keepalive");
	rndis_keepalive_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_keepalive_complete_fmt(struct pv_fmt *fm, const struct rndis_keepalive_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
}

int rndis_keepalive_complete_format(const struct rndis_keepalive_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "keepalive_complete");
	rndis_keepalive_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_set_ex_fmt(struct pv_fmt *fm, const struct rndis_set_ex *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " oid=%llu", (unsigned long long)s->oid);
	pv_fmt_add(fm, " info_buflen=%llu", (unsigned long long)s->info_buflen);
	pv_fmt_add(fm, " info_buf_offset=%llu", (unsigned long long)s->info_buf_offset);
	pv_fmt_add(fm, " dev_vc_handle=%llu", (unsigned long long)s->dev_vc_handle);
}

int rndis_set_ex_format(const struct rndis_set_ex *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "set_ex");
	rndis_set_ex_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_set_ex_complete_fmt(struct pv_fmt *fm, const struct rndis_set_ex_complete *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " info_buflen=%llu", (unsigned long long)s->info_buflen);
	pv_fmt_add(fm, " info_buf_offset=%llu", (unsigned long long)s->info_buf_offset);
}

int rndis_set_ex_complete_format(const struct rndis_set_ex_complete *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "set_ex_complete");
	rndis_set_ex_complete_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_packet_fmt(struct pv_fmt *fm, const struct rndis_packet *s)
{
	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " data_offset=%llu", (unsigned long long)s->data_offset);
	pv_fmt_add(fm, " data_len=%llu", (unsigned long long)s->data_len);
	pv_fmt_add(fm, " oob_data_offset=%llu", (unsigned long long)s->oob_data_offset);
	pv_fmt_add(fm, " oob_data_len=%llu", (unsigned long long)s->oob_data_len);
	pv_fmt_add(fm, " num_oob_data_elements=%llu", (unsigned long long)s->num_oob_data_elements);
	pv_fmt_add(fm, " per_pkt_info_offset=%llu", (unsigned long long)s->per_pkt_info_offset);
	pv_fmt_add(fm, " per_pkt_info_len=%llu", (unsigned long long)s->per_pkt_info_len);
	pv_fmt_add(fm, " vc_handle=%llu", (unsigned long long)s->vc_handle);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int rndis_packet_format(const struct rndis_packet *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "packet");
	rndis_packet_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_ppi_fmt(struct pv_fmt *fm, const struct rndis_ppi *s)
{
	pv_fmt_add(fm, " size=%llu", (unsigned long long)s->size);
	pv_fmt_add(fm, " type=0x%llx", (unsigned long long)s->type);
	pv_fmt_add(fm, " ppi_type=%llu", (unsigned long long)s->ppi_type);
	pv_fmt_add(fm, " internal=%llu", (unsigned long long)s->internal);
	pv_fmt_add(fm, " ppi_offset=%llu", (unsigned long long)s->ppi_offset);
}

int rndis_ppi_format(const struct rndis_ppi *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "ppi");
	rndis_ppi_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_csum_tx_info_fmt(struct pv_fmt *fm, const struct rndis_csum_tx_info *s)
{
	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
	pv_fmt_add(fm, " is_ipv4=%llu", (unsigned long long)s->is_ipv4);
	pv_fmt_add(fm, " is_ipv6=%llu", (unsigned long long)s->is_ipv6);
	pv_fmt_add(fm, " tcp_checksum=%llu", (unsigned long long)s->tcp_checksum);
	pv_fmt_add(fm, " udp_checksum=%llu", (unsigned long long)s->udp_checksum);
	pv_fmt_add(fm, " ip_header_checksum=%llu", (unsigned long long)s->ip_header_checksum);
	pv_fmt_add(fm, " tcp_header_offset=%llu", (unsigned long long)s->tcp_header_offset);
}

int rndis_csum_tx_info_format(const struct rndis_csum_tx_info *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "csum_tx_info");
	rndis_csum_tx_info_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_csum_rx_info_fmt(struct pv_fmt *fm, const struct rndis_csum_rx_info *s)
{
	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
	pv_fmt_add(fm, " tcp_checksum_failed=%llu", (unsigned long long)s->tcp_checksum_failed);
	pv_fmt_add(fm, " udp_checksum_failed=%llu", (unsigned long long)s->udp_checksum_failed);
	pv_fmt_add(fm, " ip_checksum_failed=%llu", (unsigned long long)s->ip_checksum_failed);
	pv_fmt_add(fm, " tcp_checksum_succeeded=%llu", (unsigned long long)s->tcp_checksum_succeeded);
	pv_fmt_add(fm, " udp_checksum_succeeded=%llu", (unsigned long long)s->udp_checksum_succeeded);
	pv_fmt_add(fm, " ip_checksum_succeeded=%llu", (unsigned long long)s->ip_checksum_succeeded);
	pv_fmt_add(fm, " loopback=%llu", (unsigned long long)s->loopback);
	pv_fmt_add(fm, " tcp_checksum_value_invalid=%llu", (unsigned long long)s->tcp_checksum_value_invalid);
	pv_fmt_add(fm, " ip_checksum_value_invalid=%llu", (unsigned long long)s->ip_checksum_value_invalid);
}

int rndis_csum_rx_info_format(const struct rndis_csum_rx_info *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "csum_rx_info");
	rndis_csum_rx_info_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_lso_info_fmt(struct pv_fmt *fm, const struct rndis_lso_info *s)
{
	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
	pv_fmt_add(fm, " mss=%llu", (unsigned long long)s->mss);
	pv_fmt_add(fm, " tcp_header_offset=%llu", (unsigned long long)s->tcp_header_offset);
	pv_fmt_add(fm, " type=%llu", (unsigned long long)s->type);
	pv_fmt_add(fm, " ip_version=%llu", (unsigned long long)s->ip_version);
}

int rndis_lso_info_format(const struct rndis_lso_info *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "lso_info");
	rndis_lso_info_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_vlan_info_fmt(struct pv_fmt *fm, const struct rndis_vlan_info *s)
{
	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
	pv_fmt_add(fm, " pri=%llu", (unsigned long long)s->pri);
	pv_fmt_add(fm, " cfi=%llu", (unsigned long long)s->cfi);
	pv_fmt_add(fm, " vlanid=%llu", (unsigned long long)s->vlanid);
}

int rndis_vlan_info_format(const struct rndis_vlan_info *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "vlan_info");
	rndis_vlan_info_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_hash_value_fmt(struct pv_fmt *fm, const struct rndis_hash_value *s)
{
	pv_fmt_add(fm, " hash=%llu", (unsigned long long)s->hash);
}

int rndis_hash_value_format(const struct rndis_hash_value *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "hash_value");
	rndis_hash_value_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_pktinfo_id_fmt(struct pv_fmt *fm, const struct rndis_pktinfo_id *s)
{
	pv_fmt_add(fm, " ver=%llu", (unsigned long long)s->ver);
	pv_fmt_add(fm, " flag=%llu", (unsigned long long)s->flag);
	pv_fmt_add(fm, " pkt_id=%llu", (unsigned long long)s->pkt_id);
}

int rndis_pktinfo_id_format(const struct rndis_pktinfo_id *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "pktinfo_id");
	rndis_pktinfo_id_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_ndis_object_header_fmt(struct pv_fmt *fm, const struct rndis_ndis_object_header *s)
{
	pv_fmt_add(fm, " type=%llu", (unsigned long long)s->type);
	pv_fmt_add(fm, " revision=%llu", (unsigned long long)s->revision);
	pv_fmt_add(fm, " size=%llu", (unsigned long long)s->size);
}

int rndis_ndis_object_header_format(const struct rndis_ndis_object_header *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "ndis_object_header");
	rndis_ndis_object_header_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_csum_offload_fmt(struct pv_fmt *fm, const struct rndis_csum_offload *s)
{
	pv_fmt_add(fm, " ip4_txenc=%llu", (unsigned long long)s->ip4_txenc);
	pv_fmt_add(fm, " ip4_txcsum=%llu", (unsigned long long)s->ip4_txcsum);
	pv_fmt_add(fm, " ip4_rxenc=%llu", (unsigned long long)s->ip4_rxenc);
	pv_fmt_add(fm, " ip4_rxcsum=%llu", (unsigned long long)s->ip4_rxcsum);
	pv_fmt_add(fm, " ip6_txenc=%llu", (unsigned long long)s->ip6_txenc);
	pv_fmt_add(fm, " ip6_txcsum=%llu", (unsigned long long)s->ip6_txcsum);
	pv_fmt_add(fm, " ip6_rxenc=%llu", (unsigned long long)s->ip6_rxenc);
	pv_fmt_add(fm, " ip6_rxcsum=%llu", (unsigned long long)s->ip6_rxcsum);
}

int rndis_csum_offload_format(const struct rndis_csum_offload *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "csum_offload");
	rndis_csum_offload_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_lsov1_offload_fmt(struct pv_fmt *fm, const struct rndis_lsov1_offload *s)
{
	pv_fmt_add(fm, " encap=%llu", (unsigned long long)s->encap);
	pv_fmt_add(fm, " maxsize=%llu", (unsigned long long)s->maxsize);
	pv_fmt_add(fm, " minsegs=%llu", (unsigned long long)s->minsegs);
	pv_fmt_add(fm, " opts=%llu", (unsigned long long)s->opts);
}

int rndis_lsov1_offload_format(const struct rndis_lsov1_offload *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "lsov1_offload");
	rndis_lsov1_offload_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_ipsecv1_offload_fmt(struct pv_fmt *fm, const struct rndis_ipsecv1_offload *s)
{
	pv_fmt_add(fm, " encap=%llu", (unsigned long long)s->encap);
	pv_fmt_add(fm, " ah_esp=%llu", (unsigned long long)s->ah_esp);
	pv_fmt_add(fm, " xport_tun=%llu", (unsigned long long)s->xport_tun);
	pv_fmt_add(fm, " ip4_opts=%llu", (unsigned long long)s->ip4_opts);
	pv_fmt_add(fm, " flags=%llu", (unsigned long long)s->flags);
	pv_fmt_add(fm, " ip4_ah=%llu", (unsigned long long)s->ip4_ah);
	pv_fmt_add(fm, " ip4_esp=%llu", (unsigned long long)s->ip4_esp);
}

int rndis_ipsecv1_offload_format(const struct rndis_ipsecv1_offload *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "ipsecv1_offload");
	rndis_ipsecv1_offload_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_lsov2_offload_fmt(struct pv_fmt *fm, const struct rndis_lsov2_offload *s)
{
	pv_fmt_add(fm, " ip4_encap=%llu", (unsigned long long)s->ip4_encap);
	pv_fmt_add(fm, " ip4_maxsz=%llu", (unsigned long long)s->ip4_maxsz);
	pv_fmt_add(fm, " ip4_minsg=%llu", (unsigned long long)s->ip4_minsg);
	pv_fmt_add(fm, " ip6_encap=%llu", (unsigned long long)s->ip6_encap);
	pv_fmt_add(fm, " ip6_maxsz=%llu", (unsigned long long)s->ip6_maxsz);
	pv_fmt_add(fm, " ip6_minsg=%llu", (unsigned long long)s->ip6_minsg);
	pv_fmt_add(fm, " ip6_opts=%llu", (unsigned long long)s->ip6_opts);
}

int rndis_lsov2_offload_format(const struct rndis_lsov2_offload *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "lsov2_offload");
	rndis_lsov2_offload_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_ipsecv2_offload_fmt(struct pv_fmt *fm, const struct rndis_ipsecv2_offload *s)
{
	pv_fmt_add(fm, " encap=%llu", (unsigned long long)s->encap);
	pv_fmt_add(fm, " ip6=%llu", (unsigned long long)s->ip6);
	pv_fmt_add(fm, " ip4opt=%llu", (unsigned long long)s->ip4opt);
	pv_fmt_add(fm, " ip6ext=%llu", (unsigned long long)s->ip6ext);
	pv_fmt_add(fm, " ah=%llu", (unsigned long long)s->ah);
	pv_fmt_add(fm, " esp=%llu", (unsigned long long)s->esp);
	pv_fmt_add(fm, " ah_esp=%llu", (unsigned long long)s->ah_esp);
	pv_fmt_add(fm, " xport=%llu", (unsigned long long)s->xport);
	pv_fmt_add(fm, " tun=%llu", (unsigned long long)s->tun);
	pv_fmt_add(fm, " xport_tun=%llu", (unsigned long long)s->xport_tun);
	pv_fmt_add(fm, " lso=%llu", (unsigned long long)s->lso);
	pv_fmt_add(fm, " extseq=%llu", (unsigned long long)s->extseq);
	pv_fmt_add(fm, " pad15=%llu", (unsigned long long)s->pad15);
	pv_fmt_add(fm, " udp_esp=%llu", (unsigned long long)s->udp_esp);
	pv_fmt_add(fm, " auth=%llu", (unsigned long long)s->auth);
	pv_fmt_add(fm, " crypto=%llu", (unsigned long long)s->crypto);
	pv_fmt_add(fm, " sa_caps=%llu", (unsigned long long)s->sa_caps);
}

int rndis_ipsecv2_offload_format(const struct rndis_ipsecv2_offload *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "ipsecv2_offload");
	rndis_ipsecv2_offload_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_ndis_offload_fmt(struct pv_fmt *fm, const struct rndis_ndis_offload *s)
{
	pv_fmt_add(fm, " header={");
	rndis_ndis_object_header_fmt(fm, &s->header);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " csum={");
	rndis_csum_offload_fmt(fm, &s->csum);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " lsov1={");
	rndis_lsov1_offload_fmt(fm, &s->lsov1);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " ipsecv1={");
	rndis_ipsecv1_offload_fmt(fm, &s->ipsecv1);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " lsov2={");
	rndis_lsov2_offload_fmt(fm, &s->lsov2);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " flags=%llu", (unsigned long long)s->flags);
	pv_fmt_add(fm, " ipsecv2={");
	rndis_ipsecv2_offload_fmt(fm, &s->ipsecv2);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " rsc_ip4=%llu", (unsigned long long)s->rsc_ip4);
	pv_fmt_add(fm, " rsc_ip6=%llu", (unsigned long long)s->rsc_ip6);
	pv_fmt_add(fm, " pad146=%llu", (unsigned long long)s->pad146);
	pv_fmt_add(fm, " encap_gre_flags=%llu", (unsigned long long)s->encap_gre_flags);
	pv_fmt_add(fm, " encap_gre_maxhdr=%llu", (unsigned long long)s->encap_gre_maxhdr);
}

int rndis_ndis_offload_format(const struct rndis_ndis_offload *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "ndis_offload");
	rndis_ndis_offload_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_offload_params_fmt(struct pv_fmt *fm, const struct rndis_offload_params *s)
{
	pv_fmt_add(fm, " header={");
	rndis_ndis_object_header_fmt(fm, &s->header);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " ip_v4_csum=%s(%lld)", rndis_offload_param_csum_name((uint32_t)s->ip_v4_csum), (long long)s->ip_v4_csum);
	pv_fmt_add(fm, " tcp_ip_v4_csum=%s(%lld)", rndis_offload_param_csum_name((uint32_t)s->tcp_ip_v4_csum), (long long)s->tcp_ip_v4_csum);
	pv_fmt_add(fm, " udp_ip_v4_csum=%s(%lld)", rndis_offload_param_csum_name((uint32_t)s->udp_ip_v4_csum), (long long)s->udp_ip_v4_csum);
	pv_fmt_add(fm, " tcp_ip_v6_csum=%s(%lld)", rndis_offload_param_csum_name((uint32_t)s->tcp_ip_v6_csum), (long long)s->tcp_ip_v6_csum);
	pv_fmt_add(fm, " udp_ip_v6_csum=%s(%lld)", rndis_offload_param_csum_name((uint32_t)s->udp_ip_v6_csum), (long long)s->udp_ip_v6_csum);
	pv_fmt_add(fm, " lso_v1=%s(%lld)", rndis_offload_param_simple_name((uint32_t)s->lso_v1), (long long)s->lso_v1);
	pv_fmt_add(fm, " ip_sec_v1=%llu", (unsigned long long)s->ip_sec_v1);
	pv_fmt_add(fm, " lso_v2_ipv4=%s(%lld)", rndis_offload_param_simple_name((uint32_t)s->lso_v2_ipv4), (long long)s->lso_v2_ipv4);
	pv_fmt_add(fm, " lso_v2_ipv6=%s(%lld)", rndis_offload_param_simple_name((uint32_t)s->lso_v2_ipv6), (long long)s->lso_v2_ipv6);
	pv_fmt_add(fm, " tcp_connection_ipv4=%llu", (unsigned long long)s->tcp_connection_ipv4);
	pv_fmt_add(fm, " tcp_connection_ipv6=%llu", (unsigned long long)s->tcp_connection_ipv6);
	pv_fmt_add(fm, " reserved15=%llu", (unsigned long long)s->reserved15);
	pv_fmt_add(fm, " flags=%llu", (unsigned long long)s->flags);
	pv_fmt_add(fm, " ip_sec_v2=%llu", (unsigned long long)s->ip_sec_v2);
	pv_fmt_add(fm, " ip_sec_v2_ipv4=%llu", (unsigned long long)s->ip_sec_v2_ipv4);
	pv_fmt_add(fm, " rsc_ipv4=%s(%lld)", rndis_offload_param_simple_name((uint32_t)s->rsc_ipv4), (long long)s->rsc_ipv4);
	pv_fmt_add(fm, " rsc_ipv6=%s(%lld)", rndis_offload_param_simple_name((uint32_t)s->rsc_ipv6), (long long)s->rsc_ipv6);
	pv_fmt_add(fm, " encapsulated_packet_task_offload=%llu", (unsigned long long)s->encapsulated_packet_task_offload);
	pv_fmt_add(fm, " encapsulation_types=%llu", (unsigned long long)s->encapsulation_types);
	pv_fmt_add(fm, " pad26=%llu", (unsigned long long)s->pad26);
}

int rndis_offload_params_format(const struct rndis_offload_params *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "offload_params");
	rndis_offload_params_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_rss_caps_fmt(struct pv_fmt *fm, const struct rndis_rss_caps *s)
{
	pv_fmt_add(fm, " header={");
	rndis_ndis_object_header_fmt(fm, &s->header);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " cap_flag=0x%llx", (unsigned long long)s->cap_flag);
	pv_fmt_add(fm, " num_int_msg=%llu", (unsigned long long)s->num_int_msg);
	pv_fmt_add(fm, " num_recv_que=%llu", (unsigned long long)s->num_recv_que);
	pv_fmt_add(fm, " num_indirect_tabent=%llu", (unsigned long long)s->num_indirect_tabent);
}

int rndis_rss_caps_format(const struct rndis_rss_caps *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "rss_caps");
	rndis_rss_caps_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_rss_params_fmt(struct pv_fmt *fm, const struct rndis_rss_params *s)
{
	pv_fmt_add(fm, " header={");
	rndis_ndis_object_header_fmt(fm, &s->header);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " flag=0x%llx", (unsigned long long)s->flag);
	pv_fmt_add(fm, " base_cpu_number=%llu", (unsigned long long)s->base_cpu_number);
	pv_fmt_add(fm, " hashinfo=0x%llx", (unsigned long long)s->hashinfo);
	pv_fmt_add(fm, " indirect_tabsize=%llu", (unsigned long long)s->indirect_tabsize);
	pv_fmt_add(fm, " pad14=%llu", (unsigned long long)s->pad14);
	pv_fmt_add(fm, " indirect_taboffset=%llu", (unsigned long long)s->indirect_taboffset);
	pv_fmt_add(fm, " hashkey_size=%llu", (unsigned long long)s->hashkey_size);
	pv_fmt_add(fm, " pad22=%llu", (unsigned long long)s->pad22);
	pv_fmt_add(fm, " hashkey_offset=%llu", (unsigned long long)s->hashkey_offset);
	pv_fmt_add(fm, " processor_masks_offset=%llu", (unsigned long long)s->processor_masks_offset);
	pv_fmt_add(fm, " num_processor_masks=%llu", (unsigned long long)s->num_processor_masks);
	pv_fmt_add(fm, " processor_masks_entry_size=%llu", (unsigned long long)s->processor_masks_entry_size);
}

int rndis_rss_params_format(const struct rndis_rss_params *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "rss_params");
	rndis_rss_params_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_offload_encapsulation_fmt(struct pv_fmt *fm, const struct rndis_offload_encapsulation *s)
{
	pv_fmt_add(fm, " header={");
	rndis_ndis_object_header_fmt(fm, &s->header);
	pv_fmt_add(fm, " }");
	pv_fmt_add(fm, " ipv4_enabled=%llu", (unsigned long long)s->ipv4_enabled);
	pv_fmt_add(fm, " ipv4_encapsulation_type=%llu", (unsigned long long)s->ipv4_encapsulation_type);
	pv_fmt_add(fm, " ipv4_header_size=%llu", (unsigned long long)s->ipv4_header_size);
	pv_fmt_add(fm, " ipv6_enabled=%llu", (unsigned long long)s->ipv6_enabled);
	pv_fmt_add(fm, " ipv6_encapsulation_type=%llu", (unsigned long long)s->ipv6_encapsulation_type);
	pv_fmt_add(fm, " ipv6_header_size=%llu", (unsigned long long)s->ipv6_header_size);
}

int rndis_offload_encapsulation_format(const struct rndis_offload_encapsulation *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "offload_encapsulation");
	rndis_offload_encapsulation_fmt(&fm, s);
	return (int)fm.len;
}

static void rndis_config_parameter_fmt(struct pv_fmt *fm, const struct rndis_config_parameter *s)
{
	pv_fmt_add(fm, " name_offset=%llu", (unsigned long long)s->name_offset);
	pv_fmt_add(fm, " name_length=%llu", (unsigned long long)s->name_length);
	pv_fmt_add(fm, " parameter_type=%s(%lld)", rndis_config_param_type_name((uint32_t)s->parameter_type), (long long)s->parameter_type);
	pv_fmt_add(fm, " value_offset=%llu", (unsigned long long)s->value_offset);
	pv_fmt_add(fm, " value_length=%llu", (unsigned long long)s->value_length);
}

int rndis_config_parameter_format(const struct rndis_config_parameter *s, char *buf, size_t cap)
{
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	pv_fmt_add(&fm, "config_parameter");
	rndis_config_parameter_fmt(&fm, s);
	return (int)fm.len;
}

int rndis_msg_format(const struct rndis_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = rndis_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
		return (int)fm.len;
	}
	pv_fmt_add(&fm, "%s", d->name);
	switch ((uint64_t)m->type << 32 | m->variant) {
	case UINT64_C(0x1) << 32 | 0:
		rndis_packet_fmt(&fm, &m->u.packet);
		break;
	case UINT64_C(0x2) << 32 | 0:
		rndis_init_fmt(&fm, &m->u.init);
		break;
	case UINT64_C(0x3) << 32 | 0:
		rndis_halt_fmt(&fm, &m->u.halt);
		break;
	case UINT64_C(0x4) << 32 | 0:
		rndis_query_fmt(&fm, &m->u.query);
		break;
	case UINT64_C(0x5) << 32 | 0:
		rndis_set_fmt(&fm, &m->u.set);
		break;
	case UINT64_C(0x6) << 32 | 0:
		rndis_reset_fmt(&fm, &m->u.reset);
		break;
	case UINT64_C(0x7) << 32 | 0:
		rndis_indicate_fmt(&fm, &m->u.indicate);
		break;
	case UINT64_C(0x8) << 32 | 0:
		rndis_keepalive_fmt(&fm, &m->u.keepalive);
		break;
	case UINT64_C(0x9) << 32 | 0:
		rndis_set_ex_fmt(&fm, &m->u.set_ex);
		break;
	case UINT64_C(0x80000002) << 32 | 0:
		rndis_init_complete_fmt(&fm, &m->u.init_c);
		break;
	case UINT64_C(0x80000004) << 32 | 0:
		rndis_query_complete_fmt(&fm, &m->u.query_c);
		break;
	case UINT64_C(0x80000005) << 32 | 0:
		rndis_set_complete_fmt(&fm, &m->u.set_c);
		break;
	case UINT64_C(0x80000006) << 32 | 0:
		rndis_reset_complete_fmt(&fm, &m->u.reset_c);
		break;
	case UINT64_C(0x80000008) << 32 | 0:
		rndis_keepalive_complete_fmt(&fm, &m->u.keepalive_c);
		break;
	case UINT64_C(0x80000009) << 32 | 0:
		rndis_set_ex_complete_fmt(&fm, &m->u.set_ex_c);
		break;
	default:
		pv_fmt_add(&fm, " variant=%u", m->variant);
		break;
	}
	return (int)fm.len;
}
