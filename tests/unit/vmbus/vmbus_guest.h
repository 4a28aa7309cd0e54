/* SPDX-License-Identifier: MIT */
/*
 * The guest's steps on a fake partition (vmbus_fake.h) for the VMBus Check
 * tests: expect the next host message, connect, create a GPADL, open a channel,
 * signal a channel's connection. Each checks what the server answers.
 */
#ifndef VMBUS_GUEST_H
#define VMBUS_GUEST_H

#include <check.h>
#include <unistd.h>

#include "tests/unit/test_wait.h"
#include "vmbus_fake.h"

/* The next host message, which must be of `type` (waited for, bounded). */
static inline struct vmbus_msg guest_expect(struct fake_part *f, uint32_t type)
{
	struct vmbus_msg m;

	/* Most answers are sent inside the post; the rest come from the loop. */
	fake_wait(f, 1, TEST_WAIT_S);
	ck_assert_msg(fake_take(f, &m) == 0, "expected %s, got nothing", vmbus_msg_type_name(type));
	ck_assert_msg(m.type == type, "expected %s, got %s", vmbus_msg_type_name(type),
		      vmbus_msg_type_name(m.type));
	return m;
}

/*
 * The guest connects at 5.3 (INITIATE_CONTACT on connection 4, SINT 2) and
 * asks for offers; returns the message connection id VERSION_RESPONSE gave.
 * The offers that follow are the caller's to take.
 */
static inline uint32_t guest_hello(struct fake_part *f)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_INITIATE_CONTACT, .variant = 1};
	uint32_t conn;

	m.u.initiate_contact.vmbus_version_requested = VMBUS_VERSION_WIN10_V5_3;
	m.u.initiate_contact.msg_sint = 2;
	ck_assert_int_eq(fake_post_msg(f, VMBUS_MESSAGE_CONNECTION_ID_4, &m), RT_HV_STATUS_SUCCESS);
	m = guest_expect(f, VMBUS_MSG_TYPE_VERSION_RESPONSE);
	ck_assert_int_eq(m.u.version_response.version_supported, 1);
	conn = m.u.version_response.msg_conn_id;
	m = (struct vmbus_msg){.type = VMBUS_MSG_TYPE_REQUESTOFFERS};
	ck_assert_int_eq(fake_post_msg(f, conn, &m), RT_HV_STATUS_SUCCESS);
	return conn;
}

/* GPADL_HEADER (+ GPADL_BODYs) for n pages from pfn on relid, posted on conn. */
static inline enum rt_hv_status guest_post_gpadl(struct fake_part *f, uint32_t conn, uint32_t relid,
						 uint32_t id, uint64_t pfn, uint32_t n)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_GPADL_HEADER};
	struct vmbus_gpadl_header *h = &m.u.gpadl_header;
	uint32_t sent;
	enum rt_hv_status st;

	h->child_relid = relid;
	h->gpadl = id;
	h->range_buflen = (uint16_t)((n + 1) * 8);
	h->rangecount = 1;
	h->data[0] = (uint64_t)n * 4096;
	sent = n < 26 ? n : 26;
	for (uint32_t i = 0; i < sent; i++)
		h->data[1 + i] = pfn + i;
	h->data_count = sent + 1;
	st = fake_post_msg(f, conn, &m);
	while (sent < n && st == RT_HV_STATUS_SUCCESS) {
		struct vmbus_msg b = {.type = VMBUS_MSG_TYPE_GPADL_BODY};
		uint32_t k = n - sent < 28 ? n - sent : 28;
		b.u.gpadl_body.gpadl = id;
		for (uint32_t i = 0; i < k; i++)
			b.u.gpadl_body.pfn[i] = pfn + sent + i;
		b.u.gpadl_body.pfn_count = k;
		st = fake_post_msg(f, conn, &b);
		sent += k;
	}
	return st;
}

/* The same, answered by GPADL_CREATED with success. */
static inline void guest_gpadl_ok(struct fake_part *f, uint32_t conn, uint32_t relid, uint32_t id,
				  uint64_t pfn, uint32_t n)
{
	ck_assert_int_eq(guest_post_gpadl(f, conn, relid, id, pfn, n), RT_HV_STATUS_SUCCESS);
	struct vmbus_msg r = guest_expect(f, VMBUS_MSG_TYPE_GPADL_CREATED);
	ck_assert_uint_eq(r.u.gpadl_created.gpadl, id);
	ck_assert_uint_eq(r.u.gpadl_created.child_relid, relid);
	ck_assert_uint_eq(r.u.gpadl_created.creation_status, 0);
}

/* OPENCHANNEL (openid relid + 100) on conn; the status its OPENCHANNEL_RESULT gives. */
static inline uint32_t guest_open(struct fake_part *f, uint32_t conn, uint32_t relid,
				  uint32_t gpadl, uint32_t vp, uint32_t down)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_OPENCHANNEL, .variant = 1};

	m.u.openchannel.child_relid = relid;
	m.u.openchannel.openid = relid + 100;
	m.u.openchannel.ringbuffer_gpadlhandle = gpadl;
	m.u.openchannel.target_vp = vp;
	m.u.openchannel.downstream_ringbuffer_pageoffset = down;
	ck_assert_int_eq(fake_post_msg(f, conn, &m), RT_HV_STATUS_SUCCESS);
	struct vmbus_msg r = guest_expect(f, VMBUS_MSG_TYPE_OPENCHANNEL_RESULT);
	ck_assert_uint_eq(r.u.openchannel_result.child_relid, relid);
	ck_assert_uint_eq(r.u.openchannel_result.openid, relid + 100);
	return r.u.openchannel_result.status;
}

/* HvSignalEvent on a channel's connection id: the eventfd the server bound to it. */
static inline void guest_signal(struct fake_part *f, uint32_t conn)
{
	uint64_t one = 1;

	for (size_t i = 0; i < f->nbinds; i++) {
		if (f->binds[i].conn == conn) {
			ck_assert_int_eq(write(f->binds[i].efd, &one, sizeof(one)), sizeof(one));
			return;
		}
	}
	ck_abort_msg("nothing bound to connection %u", conn);
}

#endif
