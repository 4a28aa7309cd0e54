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

/* The descriptor's fields as the VSP sees them; the codec checked offset8 and len8. */
static void pkt_from_desc(struct vmbus_pkt *pkt, const uint8_t *b, const struct vmring_desc *h)
{
	*pkt = (struct vmbus_pkt){.type = h->type,
				  .flags = h->flags,
				  .trans_id = h->trans_id,
				  .ext = b + VMRING_DESC_SIZE,
				  .ext_len = (uint32_t)h->offset8 * 8 - VMRING_DESC_SIZE,
				  .data = b + (size_t)h->offset8 * 8,
				  .len = ((uint32_t)h->len8 - h->offset8) * 8,
				  .ranges_err = PV_OK};
}

enum pv_codec_err vmbus_pkt_decode(const void *buf, size_t len, struct vmbus_pkt_gpa *gpa,
				   struct vmbus_pkt *pkt)
{
	const uint8_t *b = buf;
	struct vmring_inband d;
	enum pv_codec_err err, ranges_err = PV_OK;
	uint32_t count = 0;

	/*
	 * A GPA-direct packet is decoded once, descriptor and range list
	 * together (its layout carries the descriptor's checks). Only when that
	 * fails is the descriptor decoded alone, to tell a bad range list (the
	 * VSP answers it) from a bad descriptor (the channel breaks).
	 */
	if (len >= VMRING_DESC_SIZE && pv_get_u16(b + offsetof(struct vmring_wire_desc, type)) ==
					       VMRING_PKT_DATA_USING_GPA_DIRECT) {
		ranges_err = rt_ring_gpa_direct(buf, len, &gpa->list, gpa->ranges, &count);
		if (ranges_err == PV_OK) {
			pkt_from_desc(pkt, b, &gpa->list.hdr);
			pkt->ranges = gpa->ranges;
			pkt->range_count = count;
			return PV_OK;
		}
	}
	/* The descriptor's own checks: type, flags, 2 <= offset8 <= len8, len8 * 8 == len. */
	err = vmring_inband_decode(buf, len, NULL, &d);
	if (err != PV_OK)
		return err;
	pkt_from_desc(pkt, b, &d.hdr);
	if (pkt->type == VMRING_PKT_DATA_USING_GPA_DIRECT) {
		pkt->ranges = gpa->ranges;
		pkt->ranges_err = ranges_err;
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
