/*
 * One ring packet as a VSP sees it (struct vmbus_pkt): the descriptor and a
 * GPA-direct range list decoded by the generated vmring codec. The channel
 * worker uses it for every packet; VSP tests and fuzzers hand their packets
 * to a device the same way. Its own object file, so test fakes of the
 * channel layer can link it alone.
 */
#include <string.h>

#include "runtime/ring.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"

enum pv_codec_err vmbus_pkt_decode(const void *buf, size_t len, struct vmbus_pkt_gpa *gpa,
				   struct vmbus_pkt *pkt)
{
	const uint8_t *b = buf;
	struct vmring_inband d;
	enum pv_codec_err err;

	/* The descriptor's own checks: type, flags, 2 <= offset8 <= len8, len8 * 8 == len. */
	err = vmring_inband_decode(buf, len, NULL, &d);
	if (err != PV_OK)
		return err;
	*pkt = (struct vmbus_pkt){.type = d.hdr.type,
				  .flags = d.hdr.flags,
				  .trans_id = d.hdr.trans_id,
				  .ext = b + VMRING_DESC_SIZE,
				  .ext_len = (uint32_t)d.hdr.offset8 * 8 - VMRING_DESC_SIZE,
				  .data = b + (size_t)d.hdr.offset8 * 8,
				  .len = ((uint32_t)d.hdr.len8 - d.hdr.offset8) * 8,
				  .ranges_err = PV_OK};
	if (pkt->type == VMRING_PKT_DATA_USING_GPA_DIRECT) {
		pkt->ranges = gpa->ranges;
		pkt->ranges_err =
			rt_ring_gpa_direct(buf, len, &gpa->list, gpa->ranges, &pkt->range_count);
	}
	return PV_OK;
}

int vmbus_pkt_build(void *buf, size_t cap, uint16_t type, uint16_t flags, uint64_t trans_id,
		    const void *ext, size_t ext_len, const void *data, size_t len)
{
	struct vmring_desc d = {.type = type, .flags = flags, .trans_id = trans_id};
	size_t off = VMRING_DESC_SIZE + ext_len, total = rt_align_up(off + len, (size_t)8);
	uint8_t *b = buf;

	if (ext_len % 8 || total > cap || total / 8 > UINT16_MAX)
		return -1;
	d.offset8 = (uint16_t)(off / 8);
	d.len8 = (uint16_t)(total / 8);
	memset(b, 0, total);
	if (vmring_desc_encode(&d, b, cap) < 0)
		return -1;
	if (ext_len)
		memcpy(b + VMRING_DESC_SIZE, ext, ext_len);
	if (len)
		memcpy(b + off, data, len);
	return (int)total;
}
