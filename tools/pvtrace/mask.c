/*
 * The masks replay and diff apply before comparing two messages: fields that
 * legitimately differ between two runs of the same session (documented in
 * docs/traces.md). Everything else must match byte for byte.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "nvme_wire.h"
#include "tools/pvtrace/pvtrace.h"
#include "vmbus_codec.h"
#include "vmring_codec.h"

uint32_t pvt_relmap_get(const struct pvt_relmap *m, uint32_t relid)
{
	for (unsigned i = 0; m && i < m->n; i++)
		if (m->from[i] == relid)
			return m->to[i];
	return relid;
}

void pvt_relmap_set(struct pvt_relmap *m, uint32_t from, uint32_t to)
{
	for (unsigned i = 0; i < m->n; i++)
		if (m->from[i] == from) {
			m->to[i] = to;
			return;
		}
	if (m->n < 256) {
		m->from[m->n] = from;
		m->to[m->n++] = to;
	}
}

static void zero(uint8_t *p, size_t len, size_t off, size_t n)
{
	if (off >= len)
		return;
	if (n > len - off)
		n = len - off;
	memset(p + off, 0, n);
}

static uint32_t get32(const uint8_t *p, size_t len, size_t off)
{
	uint32_t v = 0;
	if (off + 4 <= len)
		memcpy(&v, p + off, 4);
	return v;
}

static void put32(uint8_t *p, size_t len, size_t off, uint32_t v)
{
	if (off + 4 <= len)
		memcpy(p + off, &v, 4);
}

/* Masks one VMBus message in place; maps its relid through map when given. */
static void mask_vmbus(uint8_t *p, size_t len, const struct pvt_relmap *map)
{
	uint32_t type = get32(p, len, 0);
	size_t relid_off = 0;

	switch (type) {
	case VMBUS_MSG_TYPE_INITIATE_CONTACT:
		/* Guest physical addresses of the guest's own pages. Below 5.0
		 * bytes 16..23 are the interrupt page; from 5.0 on they hold
		 * msg_sint, msg_vtl and feature flags, which must match. */
		if (get32(p, len,
			  offsetof(struct vmbus_wire_initiate_contact, vmbus_version_requested)) <
		    VMBUS_VERSION_WIN10_V5)
			zero(p, len, offsetof(struct vmbus_wire_initiate_contact, interrupt_page),
			     8);
		zero(p, len, offsetof(struct vmbus_wire_initiate_contact, monitor_page1), 16);
		break;
	case VMBUS_MSG_TYPE_VERSION_RESPONSE:
		zero(p, len, 12, 4); /* msg_conn_id: the paravisor's configuration */
		break;
	case VMBUS_MSG_TYPE_OFFERCHANNEL:
		relid_off = 184;
		zero(p, len, 192, 4); /* connection_id: derived from relid and config */
		break;
	case VMBUS_MSG_TYPE_GPADL_HEADER:
		relid_off = 8;
		zero(p, len, 12, 4);   /* gpadl handle */
		zero(p, len, 28, len); /* PFNs of the guest's pages (after range 0's header) */
		break;
	case VMBUS_MSG_TYPE_GPADL_BODY:
		zero(p, len, 12, len); /* gpadl handle and PFNs */
		break;
	case VMBUS_MSG_TYPE_GPADL_CREATED:
	case VMBUS_MSG_TYPE_GPADL_TEARDOWN:
		relid_off = 8;
		zero(p, len, 12, 4);
		break;
	case VMBUS_MSG_TYPE_GPADL_TORNDOWN:
		zero(p, len, 8, 4);
		break;
	case VMBUS_MSG_TYPE_OPENCHANNEL:
		relid_off = 8;
		zero(p, len, 16, 4); /* ring GPADL handle */
		break;
	case VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER:
	case VMBUS_MSG_TYPE_OPENCHANNEL_RESULT:
	case VMBUS_MSG_TYPE_CLOSECHANNEL:
	case VMBUS_MSG_TYPE_RELID_RELEASED:
	case VMBUS_MSG_TYPE_MODIFYCHANNEL:
	case VMBUS_MSG_TYPE_MODIFYCHANNEL_RESPONSE:
		relid_off = 8;
		break;
	default:
		break;
	}
	if (relid_off && map)
		put32(p, len, relid_off, pvt_relmap_get(map, get32(p, len, relid_off)));
}

/* GPA-direct packets name guest pages: their range lists are masked. */
static void mask_vmring(uint8_t *p, size_t len)
{
	uint16_t type = 0, off8 = 0;
	if (len < 16)
		return;
	memcpy(&type, p, 2);
	memcpy(&off8, p + 2, 2);
	if (type == VMRING_PKT_DATA_USING_GPA_DIRECT && (size_t)off8 * 8 > 24)
		zero(p, len, 24, (size_t)off8 * 8 - 24);
}

/*
 * An NVMe SQE names host memory by its data pointers (PRP1/PRP2, or an SGL
 * descriptor in the same 16 bytes): addresses of the run's DMA buffers,
 * which differ with the PCI backend's IOVA allocator (VFIO or the emulator),
 * not commands. Masked; everything else of the SQE, and all of a CQE,
 * must match.
 */
static void mask_nvme(uint8_t *p, size_t len)
{
	if (len == NVME_SQE_SIZE)
		zero(p, len, offsetof(struct nvme_wire_sqe_hdr, prp1),
		     sizeof(((struct nvme_wire_sqe_hdr *)0)->prp1) * 2);
}

bool pvt_masked_equal(uint8_t proto, const uint8_t *exp, size_t elen, bool truncated,
		      const uint8_t *act, size_t alen, const struct pvt_relmap *map, char *why,
		      size_t whycap)
{
	uint8_t a[4096], e[4096];
	size_t n;

	if (truncated && alen > elen)
		alen = elen; /* only the recorded prefix can be compared */
	if (elen != alen) {
		snprintf(why, whycap, "length %zu recorded, %zu now", elen, alen);
		return false;
	}
	n = elen < sizeof(a) ? elen : sizeof(a);
	memcpy(e, exp, n);
	memcpy(a, act, n);
	if (proto == PVTRACE_PROTO_VMBUS) {
		mask_vmbus(e, n, map);
		mask_vmbus(a, n, NULL);
	} else if (proto == PVTRACE_PROTO_VMRING) {
		mask_vmring(e, n);
		mask_vmring(a, n);
	} else if (proto == PVTRACE_PROTO_NVME || proto == PVTRACE_PROTO_NVM) {
		mask_nvme(e, n);
		mask_nvme(a, n);
	}
	for (size_t i = 0; i < n; i++)
		if (e[i] != a[i]) {
			snprintf(why, whycap, "byte %zu: recorded 0x%02x, now 0x%02x", i, e[i],
				 a[i]);
			return false;
		}
	if (elen > n && memcmp(exp + n, act + n, elen - n)) {
		snprintf(why, whycap, "bytes past %zu differ", n);
		return false;
	}
	return true;
}
