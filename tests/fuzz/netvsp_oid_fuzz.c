/*
 * libFuzzer target: RNDIS OID handling. After the Linux bring-up each input
 * becomes one well-formed QUERY or SET (so the OID handlers, not the message
 * decoder, see the fuzzed bytes) and then the same bytes as a raw message.
 *
 * Input: [0] bit 0 QUERY/SET, bits 1-2 OID choice (the fuzzed u32 at [1..4]
 * or one of the OIDs Linux uses), then the information buffer.
 */
#include "netvsp_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint32_t oids[] = {0,
					RNDIS_OID_TCP_OFFLOAD_HARDWARE_CAPABILITIES,
					RNDIS_OID_GEN_RECEIVE_SCALE_PARAMETERS,
					RNDIS_OID_GEN_RNDIS_CONFIG_PARAMETER,
					RNDIS_OID_TCP_OFFLOAD_PARAMETERS,
					RNDIS_OID_GEN_CURRENT_PACKET_FILTER,
					RNDIS_OID_GEN_RECEIVE_SCALE_CAPABILITIES,
					RNDIS_OID_IEEE_802_3_PERMANENT_ADDRESS};
	uint8_t m[6144] = {0};
	uint32_t oid, inlen;

	if (!NF.ready)
		nf_setup();
	if (size < 5)
		return 0;
	nf_reopen();
	nf_init(2);
	oid = oids[(data[0] >> 1) & 7];
	if (!oid)
		oid = pv_get_u32(data + 1);
	inlen = (uint32_t)rt_min(size - 5, sizeof(m) - 28);
	pv_put_u32(m + 0, data[0] & 1 ? RNDIS_MSG_TYPE_SET : RNDIS_MSG_TYPE_QUERY);
	pv_put_u32(m + 4, 28 + inlen);
	pv_put_u32(m + 8, 5);
	pv_put_u32(m + 12, oid);
	pv_put_u32(m + 16, inlen);
	pv_put_u32(m + 20, 20);
	memcpy(m + 28, data + 5, inlen);
	nf_rndis(0, 1, 0, m, 28 + inlen);
	nf_rndis(0, 1, 1, data + 1, (uint32_t)rt_min(size - 1, sizeof(m)));
	return 0;
}
