/*
 * storvsc requests as Linux's storvsc_drv.c fills them in, asking for
 * completion, for the storvsp Check tests (sv_fake.h) and the storvsp
 * protocol test (tests/protocol/storvsp). Encoded by storvsc_msg_encode.
 */
#ifndef SV_MSGS_H
#define SV_MSGS_H

#include <stdint.h>
#include <string.h>

#include "storvsc_codec.h"

/* A request with only an operation (init steps, resets). */
static __attribute__((unused)) struct storvsc_msg op_msg(uint32_t op)
{
	struct storvsc_msg m = {.type = op};

	m.u.packet.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
	return m;
}

static __attribute__((unused)) struct storvsc_msg version_msg(uint16_t version)
{
	struct storvsc_msg m = {.type = STORVSC_OPERATION_QUERY_PROTOCOL_VERSION};

	m.variant = STORVSC_MSG_VAR_QUERY_PROTOCOL_VERSION_VERSION_PACKET;
	m.u.version_packet.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
	m.u.version_packet.version.major_minor = version;
	return m;
}

static __attribute__((unused)) struct storvsc_msg subchannels_msg(uint16_t n)
{
	struct storvsc_msg m = {.type = STORVSC_OPERATION_CREATE_SUB_CHANNELS};

	m.u.create_sub_channels.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
	m.u.create_sub_channels.sub_channel_count = n;
	return m;
}

/* EXECUTE_SRB of cdb to `lun` (path 0, target 0) moving `len` bytes in direction `data_in`. */
static __attribute__((unused)) struct storvsc_msg srb_msg(uint8_t lun, const uint8_t *cdb,
							  uint8_t cdb_len, uint32_t len,
							  uint8_t data_in)
{
	struct storvsc_msg m = {.type = STORVSC_OPERATION_EXECUTE_SRB};
	struct storvsc_scsi_request *q = &m.u.srb_packet.srb;

	m.variant = STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET;
	m.u.srb_packet.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
	q->length = STORVSC_SCSI_REQUEST_SIZE;
	q->lun = lun;
	q->cdb_length = cdb_len;
	q->sense_info_length = STORVSC_SENSE_SIZE;
	q->data_in = data_in;
	q->data_transfer_length = len;
	memcpy(q->cdb, cdb, cdb_len);
	return m;
}

#endif
