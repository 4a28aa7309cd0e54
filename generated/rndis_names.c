/* DO NOT EDIT: generated from spec/rndis.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "rndis_codec.h"

const struct pv_name rndis_msg_type_names[15] = {
	{1, "PACKET"},
	{2, "INIT"},
	{3, "HALT"},
	{4, "QUERY"},
	{5, "SET"},
	{6, "RESET"},
	{7, "INDICATE"},
	{8, "KEEPALIVE"},
	{9, "SET_EX"},
	{0x80000002U, "INIT_C"},
	{0x80000004U, "QUERY_C"},
	{0x80000005U, "SET_C"},
	{0x80000006U, "RESET_C"},
	{0x80000008U, "KEEPALIVE_C"},
	{0x80000009U, "SET_EX_C"},
};

const char *rndis_msg_type_name(uint32_t v)
{
	const char *n = pv_name_find(rndis_msg_type_names, 15, v);

	return n ? n : "?";
}

const struct pv_name rndis_status_names[17] = {
	{0, "SUCCESS"},
	{0x103, "PENDING"},
	{0x4001000b, "MEDIA_CONNECT"},
	{0x4001000c, "MEDIA_DISCONNECT"},
	{0x40010012, "MEDIA_SPECIFIC_INDICATION"},
	{0x40010013, "LINK_SPEED_CHANGE"},
	{0x40010018, "NETWORK_CHANGE"},
	{0x40020006, "TASK_OFFLOAD_CURRENT_CONFIG"},
	{0x80000005U, "BUFFER_OVERFLOW"},
	{0xc0000001U, "FAILURE"},
	{0xc000000dU, "INVALID_PARAMETER"},
	{0xc000009aU, "RESOURCES"},
	{0xc00000bbU, "NOT_SUPPORTED"},
	{0xc0010014U, "INVALID_LENGTH"},
	{0xc0010015U, "INVALID_DATA"},
	{0xc0010016U, "BUFFER_TOO_SHORT"},
	{0xc0010017U, "INVALID_OID"},
};

const char *rndis_status_name(uint32_t v)
{
	const char *n = pv_name_find(rndis_status_names, 17, v);

	return n ? n : "?";
}

const struct pv_name rndis_oid_names[52] = {
	{0x10101, "GEN_SUPPORTED_LIST"},
	{0x10102, "GEN_HARDWARE_STATUS"},
	{0x10103, "GEN_MEDIA_SUPPORTED"},
	{0x10104, "GEN_MEDIA_IN_USE"},
	{0x10105, "GEN_MAXIMUM_LOOKAHEAD"},
	{0x10106, "GEN_MAXIMUM_FRAME_SIZE"},
	{0x10107, "GEN_LINK_SPEED"},
	{0x10108, "GEN_TRANSMIT_BUFFER_SPACE"},
	{0x10109, "GEN_RECEIVE_BUFFER_SPACE"},
	{0x1010a, "GEN_TRANSMIT_BLOCK_SIZE"},
	{0x1010b, "GEN_RECEIVE_BLOCK_SIZE"},
	{0x1010c, "GEN_VENDOR_ID"},
	{0x1010d, "GEN_VENDOR_DESCRIPTION"},
	{0x1010e, "GEN_CURRENT_PACKET_FILTER"},
	{0x1010f, "GEN_CURRENT_LOOKAHEAD"},
	{0x10110, "GEN_DRIVER_VERSION"},
	{0x10111, "GEN_MAXIMUM_TOTAL_SIZE"},
	{0x10112, "GEN_PROTOCOL_OPTIONS"},
	{0x10113, "GEN_MAC_OPTIONS"},
	{0x10114, "GEN_MEDIA_CONNECT_STATUS"},
	{0x10115, "GEN_MAXIMUM_SEND_PACKETS"},
	{0x10116, "GEN_VENDOR_DRIVER_VERSION"},
	{0x10118, "GEN_NETWORK_LAYER_ADDRESSES"},
	{0x10119, "GEN_TRANSPORT_HEADER_OFFSET"},
	{0x10203, "GEN_RECEIVE_SCALE_CAPABILITIES"},
	{0x10204, "GEN_RECEIVE_SCALE_PARAMETERS"},
	{0x10206, "GEN_MAX_LINK_SPEED"},
	{0x10207, "GEN_LINK_STATE"},
	{0x10208, "GEN_LINK_PARAMETERS"},
	{0x10209, "GEN_INTERRUPT_MODERATION"},
	{0x1021a, "GEN_MACHINE_NAME"},
	{0x1021b, "GEN_RNDIS_CONFIG_PARAMETER"},
	{0x20101, "GEN_XMIT_OK"},
	{0x20102, "GEN_RCV_OK"},
	{0x20103, "GEN_XMIT_ERROR"},
	{0x20104, "GEN_RCV_ERROR"},
	{0x20105, "GEN_RCV_NO_BUFFER"},
	{0x20216, "GEN_FRIENDLY_NAME"},
	{0x1010101, "IEEE_802_3_PERMANENT_ADDRESS"},
	{0x1010102, "IEEE_802_3_CURRENT_ADDRESS"},
	{0x1010103, "IEEE_802_3_MULTICAST_LIST"},
	{0x1010104, "IEEE_802_3_MAXIMUM_LIST_SIZE"},
	{0x1010105, "IEEE_802_3_MAC_OPTIONS"},
	{0x101010a, "OFFLOAD_ENCAPSULATION"},
	{0x1020101, "IEEE_802_3_RCV_ERROR_ALIGNMENT"},
	{0x1020102, "IEEE_802_3_XMIT_ONE_COLLISION"},
	{0x1020103, "IEEE_802_3_XMIT_MORE_COLLISIONS"},
	{0xfc01020bU, "TCP_OFFLOAD_CURRENT_CONFIG"},
	{0xfc01020cU, "TCP_OFFLOAD_PARAMETERS"},
	{0xfc01020dU, "TCP_OFFLOAD_HARDWARE_CAPABILITIES"},
	{0xfc01020eU, "TCP_CONNECTION_OFFLOAD_CURRENT_CONFIG"},
	{0xfc01020fU, "TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES"},
};

const char *rndis_oid_name(uint32_t v)
{
	const char *n = pv_name_find(rndis_oid_names, 52, v);

	return n ? n : "?";
}

const struct pv_name rndis_ppi_type_names[12] = {
	{0, "TCPIP_CHKSUM"},
	{1, "IPSEC"},
	{2, "TCP_LARGESEND"},
	{3, "CLASSIFICATION_HANDLE"},
	{4, "NDIS_RESERVED"},
	{5, "SG_LIST"},
	{6, "IEEE_8021Q"},
	{7, "ORIGINAL"},
	{8, "NBL_HASH_VALUE"},
	{9, "ORIGINAL_NET_BUFLIST"},
	{10, "CACHED_NET_BUFLIST"},
	{11, "SHORT_PKT_PADINFO"},
};

const char *rndis_ppi_type_name(uint32_t v)
{
	const char *n = pv_name_find(rndis_ppi_type_names, 12, v);

	return n ? n : "?";
}

const struct pv_name rndis_ppi_internal_type_names[1] = {
	{1, "PKTINFO_ID"},
};

const char *rndis_ppi_internal_type_name(uint32_t v)
{
	const char *n = pv_name_find(rndis_ppi_internal_type_names, 1, v);

	return n ? n : "?";
}

const struct pv_name rndis_ndis_object_type_names[6] = {
	{128, "DEFAULT"},
	{136, "RSS_CAPABILITIES"},
	{137, "RSS_PARAMETERS"},
	{150, "OID_REQUEST"},
	{167, "OFFLOAD"},
	{168, "OFFLOAD_ENCAPSULATION"},
};

const char *rndis_ndis_object_type_name(uint32_t v)
{
	const char *n = pv_name_find(rndis_ndis_object_type_names, 6, v);

	return n ? n : "?";
}

const struct pv_name rndis_offload_param_csum_names[5] = {
	{0, "NO_CHANGE"},
	{1, "TX_RX_DISABLED"},
	{2, "TX_ENABLED_RX_DISABLED"},
	{3, "RX_ENABLED_TX_DISABLED"},
	{4, "TX_RX_ENABLED"},
};

const char *rndis_offload_param_csum_name(uint32_t v)
{
	const char *n = pv_name_find(rndis_offload_param_csum_names, 5, v);

	return n ? n : "?";
}

const struct pv_name rndis_offload_param_simple_names[3] = {
	{0, "NO_CHANGE"},
	{1, "DISABLED"},
	{2, "ENABLED"},
};

const char *rndis_offload_param_simple_name(uint32_t v)
{
	const char *n = pv_name_find(rndis_offload_param_simple_names, 3, v);

	return n ? n : "?";
}

const struct pv_name rndis_config_param_type_names[5] = {
	{0, "INTEGER"},
	{1, "HEX_INTEGER"},
	{2, "STRING"},
	{3, "MULTI_STRING"},
	{4, "BINARY"},
};

const char *rndis_config_param_type_name(uint32_t v)
{
	const char *n = pv_name_find(rndis_config_param_type_names, 5, v);

	return n ? n : "?";
}

const uint32_t rndis_versions[RNDIS_VERSION_COUNT] = {
	RNDIS_VERSION_V1_0,
};

const char *rndis_version_name(uint32_t v)
{
	switch (v) {
	case RNDIS_VERSION_V1_0:
		return "1.0";
	default:
		return NULL;
	}
}

static void rndis_init_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_init *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " major_ver=%llu", (unsigned long long)s->major_ver);
	pv_fmt_add(fm, " minor_ver=%llu", (unsigned long long)s->minor_ver);
	pv_fmt_add(fm, " max_xfer_size=%llu", (unsigned long long)s->max_xfer_size);
}

int rndis_init_format(const struct rndis_init *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "init", rndis_init_fmt, s);
}

static void rndis_init_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_init_complete *s = p;

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
	return pv_fmt_run(buf, cap, "init_complete", rndis_init_complete_fmt, s);
}

static void rndis_halt_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_halt *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
}

int rndis_halt_format(const struct rndis_halt *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "halt", rndis_halt_fmt, s);
}

static void rndis_query_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_query *s = p;

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
	return pv_fmt_run(buf, cap, "query", rndis_query_fmt, s);
}

static void rndis_query_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_query_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " info_buflen=%llu", (unsigned long long)s->info_buflen);
	pv_fmt_add(fm, " info_buf_offset=%llu", (unsigned long long)s->info_buf_offset);
}

int rndis_query_complete_format(const struct rndis_query_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "query_complete", rndis_query_complete_fmt, s);
}

static void rndis_set_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_set *s = p;

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
	return pv_fmt_run(buf, cap, "set", rndis_set_fmt, s);
}

static void rndis_set_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_set_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
}

int rndis_set_complete_format(const struct rndis_set_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "set_complete", rndis_set_complete_fmt, s);
}

static void rndis_reset_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_reset *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int rndis_reset_format(const struct rndis_reset *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "reset", rndis_reset_fmt, s);
}

static void rndis_reset_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_reset_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " addressing_reset=%llu", (unsigned long long)s->addressing_reset);
}

int rndis_reset_complete_format(const struct rndis_reset_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "reset_complete", rndis_reset_complete_fmt, s);
}

static void rndis_indicate_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_indicate *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " status_buflen=%llu", (unsigned long long)s->status_buflen);
	pv_fmt_add(fm, " status_buf_offset=%llu", (unsigned long long)s->status_buf_offset);
}

int rndis_indicate_format(const struct rndis_indicate *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "indicate", rndis_indicate_fmt, s);
}

static void rndis_keepalive_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_keepalive *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
}

int rndis_keepalive_format(const struct rndis_keepalive *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "keepalive", rndis_keepalive_fmt, s);
}

static void rndis_keepalive_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_keepalive_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
}

int rndis_keepalive_complete_format(const struct rndis_keepalive_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "keepalive_complete", rndis_keepalive_complete_fmt, s);
}

static void rndis_set_ex_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_set_ex *s = p;

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
	return pv_fmt_run(buf, cap, "set_ex", rndis_set_ex_fmt, s);
}

static void rndis_set_ex_complete_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_set_ex_complete *s = p;

	pv_fmt_add(fm, " msg_type=%llu", (unsigned long long)s->msg_type);
	pv_fmt_add(fm, " msg_len=%llu", (unsigned long long)s->msg_len);
	pv_fmt_add(fm, " req_id=%llu", (unsigned long long)s->req_id);
	pv_fmt_add(fm, " status=%s(%lld)", rndis_status_name((uint32_t)s->status), (long long)s->status);
	pv_fmt_add(fm, " info_buflen=%llu", (unsigned long long)s->info_buflen);
	pv_fmt_add(fm, " info_buf_offset=%llu", (unsigned long long)s->info_buf_offset);
}

int rndis_set_ex_complete_format(const struct rndis_set_ex_complete *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "set_ex_complete", rndis_set_ex_complete_fmt, s);
}

static void rndis_packet_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_packet *s = p;

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
	return pv_fmt_run(buf, cap, "packet", rndis_packet_fmt, s);
}

static void rndis_ppi_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_ppi *s = p;

	pv_fmt_add(fm, " size=%llu", (unsigned long long)s->size);
	pv_fmt_add(fm, " type=0x%llx", (unsigned long long)s->type);
	pv_fmt_add(fm, " ppi_type=%llu", (unsigned long long)s->ppi_type);
	pv_fmt_add(fm, " internal=%llu", (unsigned long long)s->internal);
	pv_fmt_add(fm, " ppi_offset=%llu", (unsigned long long)s->ppi_offset);
}

int rndis_ppi_format(const struct rndis_ppi *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "ppi", rndis_ppi_fmt, s);
}

static void rndis_csum_tx_info_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_csum_tx_info *s = p;

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
	return pv_fmt_run(buf, cap, "csum_tx_info", rndis_csum_tx_info_fmt, s);
}

static void rndis_csum_rx_info_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_csum_rx_info *s = p;

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
	return pv_fmt_run(buf, cap, "csum_rx_info", rndis_csum_rx_info_fmt, s);
}

static void rndis_lso_info_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_lso_info *s = p;

	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
	pv_fmt_add(fm, " mss=%llu", (unsigned long long)s->mss);
	pv_fmt_add(fm, " tcp_header_offset=%llu", (unsigned long long)s->tcp_header_offset);
	pv_fmt_add(fm, " type=%llu", (unsigned long long)s->type);
	pv_fmt_add(fm, " ip_version=%llu", (unsigned long long)s->ip_version);
}

int rndis_lso_info_format(const struct rndis_lso_info *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "lso_info", rndis_lso_info_fmt, s);
}

static void rndis_vlan_info_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_vlan_info *s = p;

	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
	pv_fmt_add(fm, " pri=%llu", (unsigned long long)s->pri);
	pv_fmt_add(fm, " cfi=%llu", (unsigned long long)s->cfi);
	pv_fmt_add(fm, " vlanid=%llu", (unsigned long long)s->vlanid);
}

int rndis_vlan_info_format(const struct rndis_vlan_info *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "vlan_info", rndis_vlan_info_fmt, s);
}

static void rndis_hash_value_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_hash_value *s = p;

	pv_fmt_add(fm, " hash=%llu", (unsigned long long)s->hash);
}

int rndis_hash_value_format(const struct rndis_hash_value *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "hash_value", rndis_hash_value_fmt, s);
}

static void rndis_pktinfo_id_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_pktinfo_id *s = p;

	pv_fmt_add(fm, " ver=%llu", (unsigned long long)s->ver);
	pv_fmt_add(fm, " flag=0x%llx", (unsigned long long)s->flag);
	pv_fmt_add(fm, " suballoc=%llu", (unsigned long long)s->suballoc);
	pv_fmt_add(fm, " first_frag=%llu", (unsigned long long)s->first_frag);
	pv_fmt_add(fm, " last_frag=%llu", (unsigned long long)s->last_frag);
	pv_fmt_add(fm, " pkt_id=%llu", (unsigned long long)s->pkt_id);
}

int rndis_pktinfo_id_format(const struct rndis_pktinfo_id *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "pktinfo_id", rndis_pktinfo_id_fmt, s);
}

static void rndis_ndis_object_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_ndis_object_header *s = p;

	pv_fmt_add(fm, " type=%llu", (unsigned long long)s->type);
	pv_fmt_add(fm, " revision=%llu", (unsigned long long)s->revision);
	pv_fmt_add(fm, " size=%llu", (unsigned long long)s->size);
}

int rndis_ndis_object_header_format(const struct rndis_ndis_object_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "ndis_object_header", rndis_ndis_object_header_fmt, s);
}

static void rndis_csum_offload_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_csum_offload *s = p;

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
	return pv_fmt_run(buf, cap, "csum_offload", rndis_csum_offload_fmt, s);
}

static void rndis_lsov1_offload_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_lsov1_offload *s = p;

	pv_fmt_add(fm, " encap=%llu", (unsigned long long)s->encap);
	pv_fmt_add(fm, " maxsize=%llu", (unsigned long long)s->maxsize);
	pv_fmt_add(fm, " minsegs=%llu", (unsigned long long)s->minsegs);
	pv_fmt_add(fm, " opts=%llu", (unsigned long long)s->opts);
}

int rndis_lsov1_offload_format(const struct rndis_lsov1_offload *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "lsov1_offload", rndis_lsov1_offload_fmt, s);
}

static void rndis_ipsecv1_offload_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_ipsecv1_offload *s = p;

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
	return pv_fmt_run(buf, cap, "ipsecv1_offload", rndis_ipsecv1_offload_fmt, s);
}

static void rndis_lsov2_offload_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_lsov2_offload *s = p;

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
	return pv_fmt_run(buf, cap, "lsov2_offload", rndis_lsov2_offload_fmt, s);
}

static void rndis_ipsecv2_offload_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_ipsecv2_offload *s = p;

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
	return pv_fmt_run(buf, cap, "ipsecv2_offload", rndis_ipsecv2_offload_fmt, s);
}

static void rndis_ndis_offload_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_ndis_offload *s = p;

	pv_fmt_sub(fm, " header={", rndis_ndis_object_header_fmt, &s->header);
	pv_fmt_sub(fm, " csum={", rndis_csum_offload_fmt, &s->csum);
	pv_fmt_sub(fm, " lsov1={", rndis_lsov1_offload_fmt, &s->lsov1);
	pv_fmt_sub(fm, " ipsecv1={", rndis_ipsecv1_offload_fmt, &s->ipsecv1);
	pv_fmt_sub(fm, " lsov2={", rndis_lsov2_offload_fmt, &s->lsov2);
	pv_fmt_add(fm, " flags=%llu", (unsigned long long)s->flags);
	pv_fmt_sub(fm, " ipsecv2={", rndis_ipsecv2_offload_fmt, &s->ipsecv2);
	pv_fmt_add(fm, " rsc_ip4=%llu", (unsigned long long)s->rsc_ip4);
	pv_fmt_add(fm, " rsc_ip6=%llu", (unsigned long long)s->rsc_ip6);
	pv_fmt_add(fm, " pad146=%llu", (unsigned long long)s->pad146);
	pv_fmt_add(fm, " encap_gre_flags=%llu", (unsigned long long)s->encap_gre_flags);
	pv_fmt_add(fm, " encap_gre_maxhdr=%llu", (unsigned long long)s->encap_gre_maxhdr);
}

int rndis_ndis_offload_format(const struct rndis_ndis_offload *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "ndis_offload", rndis_ndis_offload_fmt, s);
}

static void rndis_offload_params_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_offload_params *s = p;

	pv_fmt_sub(fm, " header={", rndis_ndis_object_header_fmt, &s->header);
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
	return pv_fmt_run(buf, cap, "offload_params", rndis_offload_params_fmt, s);
}

static void rndis_rss_caps_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_rss_caps *s = p;

	pv_fmt_sub(fm, " header={", rndis_ndis_object_header_fmt, &s->header);
	pv_fmt_add(fm, " cap_flag=0x%llx", (unsigned long long)s->cap_flag);
	pv_fmt_add(fm, " num_int_msg=%llu", (unsigned long long)s->num_int_msg);
	pv_fmt_add(fm, " num_recv_que=%llu", (unsigned long long)s->num_recv_que);
	pv_fmt_add(fm, " num_indirect_tabent=%llu", (unsigned long long)s->num_indirect_tabent);
}

int rndis_rss_caps_format(const struct rndis_rss_caps *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "rss_caps", rndis_rss_caps_fmt, s);
}

static void rndis_rss_params_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_rss_params *s = p;

	pv_fmt_sub(fm, " header={", rndis_ndis_object_header_fmt, &s->header);
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
	return pv_fmt_run(buf, cap, "rss_params", rndis_rss_params_fmt, s);
}

static void rndis_offload_encapsulation_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_offload_encapsulation *s = p;

	pv_fmt_sub(fm, " header={", rndis_ndis_object_header_fmt, &s->header);
	pv_fmt_add(fm, " ipv4_enabled=%llu", (unsigned long long)s->ipv4_enabled);
	pv_fmt_add(fm, " ipv4_encapsulation_type=%llu", (unsigned long long)s->ipv4_encapsulation_type);
	pv_fmt_add(fm, " ipv4_header_size=%llu", (unsigned long long)s->ipv4_header_size);
	pv_fmt_add(fm, " ipv6_enabled=%llu", (unsigned long long)s->ipv6_enabled);
	pv_fmt_add(fm, " ipv6_encapsulation_type=%llu", (unsigned long long)s->ipv6_encapsulation_type);
	pv_fmt_add(fm, " ipv6_header_size=%llu", (unsigned long long)s->ipv6_header_size);
}

int rndis_offload_encapsulation_format(const struct rndis_offload_encapsulation *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "offload_encapsulation", rndis_offload_encapsulation_fmt, s);
}

static void rndis_config_parameter_fmt(struct pv_fmt *fm, const void *p)
{
	const struct rndis_config_parameter *s = p;

	pv_fmt_add(fm, " name_offset=%llu", (unsigned long long)s->name_offset);
	pv_fmt_add(fm, " name_length=%llu", (unsigned long long)s->name_length);
	pv_fmt_add(fm, " parameter_type=%s(%lld)", rndis_config_param_type_name((uint32_t)s->parameter_type), (long long)s->parameter_type);
	pv_fmt_add(fm, " value_offset=%llu", (unsigned long long)s->value_offset);
	pv_fmt_add(fm, " value_length=%llu", (unsigned long long)s->value_length);
}

int rndis_config_parameter_format(const struct rndis_config_parameter *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "config_parameter", rndis_config_parameter_fmt, s);
}

/* Printers by table row and variant. */
static void (*const rndis_msg_fmts[][1])(struct pv_fmt *, const void *) = {
	{rndis_packet_fmt},	/* PACKET */
	{rndis_init_fmt},	/* INIT */
	{rndis_halt_fmt},	/* HALT */
	{rndis_query_fmt},	/* QUERY */
	{rndis_set_fmt},	/* SET */
	{rndis_reset_fmt},	/* RESET */
	{rndis_indicate_fmt},	/* INDICATE */
	{rndis_keepalive_fmt},	/* KEEPALIVE */
	{rndis_set_ex_fmt},	/* SET_EX */
	{rndis_init_complete_fmt},	/* INIT_C */
	{rndis_query_complete_fmt},	/* QUERY_C */
	{rndis_set_complete_fmt},	/* SET_C */
	{rndis_reset_complete_fmt},	/* RESET_C */
	{rndis_keepalive_complete_fmt},	/* KEEPALIVE_C */
	{rndis_set_ex_complete_fmt},	/* SET_EX_C */
};

int rndis_msg_format(const struct rndis_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = rndis_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 1 || !rndis_msg_fmts[d - rndis_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		rndis_msg_fmts[d - rndis_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
