/* SPDX-License-Identifier: MIT */
/*
 * Tests for runtime/vmbus/vmbus_offer.c, driven directly on a fake
 * partition (vmbus_fake.h, vmbus_guest.h): registering devices (refusals,
 * offers held until the guest asks, sent at once after), relids (lowest
 * free, reused only after RELID_RELEASED, none left: -ENOSPC), and
 * subchannels (the limits of vmbus_chan_offer_subchannels, offered only
 * for an open primary, with their index and the primary's GUIDs, closed
 * and rescinded with their
 * primary, new relids the next time, gone after an unload), the rescind
 * of a primary taking its subchannels first.
 */
#include <errno.h>
#include <string.h>

#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"
#include "tests/unit/pv_check.h"
#include "vmbus_guest.h"

#define MEM (16u << 20)

/* What the devices saw (server loop only, like open and close). */
struct seen {
	int opens, closes;
	struct vmbus_chan *last_open;
};

static int o_open(void *ctx, struct vmbus_chan *ch, const uint8_t user_data[120])
{
	struct seen *s = ctx;

	(void)user_data;
	s->opens++;
	s->last_open = ch;
	return 0;
}

static void o_close(void *ctx, struct vmbus_chan *ch)
{
	(void)ch;
	((struct seen *)ctx)->closes++;
}

static int o_packet(void *ctx, struct vmbus_chan *ch, const struct vmbus_pkt *p)
{
	(void)ctx, (void)ch, (void)p;
	return 0;
}

static const struct vmbus_chan_ops o_ops = {
	.open = o_open, .close = o_close, .on_packet = o_packet};

struct rig {
	struct fake_part f;
	struct seen seen;
	uint32_t conn;
};

static struct rig rig; /* one per test process (Check forks) */

/* Device `i`'s offer: GUIDs of its own, small buffers. */
static struct vmbus_offer_params params(struct rig *r, unsigned i)
{
	struct vmbus_offer_params p = {
		.name = "offer-test", .ops = &o_ops, .ctx = &r->seen, .max_pkt_size = 64};

	p.if_type[0] = 0x77;
	p.if_instance[0] = (uint8_t)i;
	p.if_instance[1] = (uint8_t)(i >> 8);
	return p;
}

static struct rig *rig_new(void)
{
	struct rig *r = &rig;

	memset(r, 0, sizeof(*r));
	ck_assert_int_eq(fake_part_init(&r->f, MEM, 2), 0);
	ck_assert_int_eq(fake_server_init(&r->f, NULL), 0);
	return r;
}

/* The next message is an offer of relid for device `dev` with sub_channel_index `sub`. */
static struct vmbus_offerchannel expect_offer(struct rig *r, uint32_t relid, unsigned dev,
					      uint16_t sub)
{
	struct vmbus_offer_params p = params(r, dev);
	struct vmbus_msg m = guest_expect(&r->f, VMBUS_MSG_TYPE_OFFERCHANNEL);
	struct vmbus_offerchannel *o = &m.u.offerchannel;

	ck_assert_uint_eq(o->child_relid, relid);
	ck_assert_uint_eq(o->sub_channel_index, sub);
	ck_assert_mem_eq(o->if_type, p.if_type, 16);
	ck_assert_mem_eq(o->if_instance, p.if_instance, 16);
	ck_assert_uint_eq(o->monitor_allocated, 0); /* a plain signal, no monitor page */
	ck_assert_uint_eq(o->is_dedicated_interrupt, 1);
	return *o;
}

static void post_relid(struct rig *r, uint32_t type, uint32_t relid)
{
	struct vmbus_msg m = {.type = type};

	/* CLOSECHANNEL and RELID_RELEASED both carry only the relid, first. */
	if (type == VMBUS_MSG_TYPE_CLOSECHANNEL)
		m.u.closechannel.child_relid = relid;
	else
		m.u.relid_released.child_relid = relid;
	ck_assert_int_eq(fake_post_msg(&r->f, r->conn, &m), RT_HV_STATUS_SUCCESS);
}

START_TEST(register_and_offer)
{
	struct rig *r = rig_new();
	struct vmbus_offer_params p = params(r, 0);
	struct vmbus_chan *a, *b, *c;
	struct vmbus_offerchannel oa, ob, oc;

	p.ops = NULL;
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, NULL), -EINVAL);
	p.ops = &(const struct vmbus_chan_ops){.open = o_open};
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, NULL), -EINVAL); /* no on_packet */
	p = params(r, 0);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &a), 0);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, NULL), -EEXIST);
	p = params(r, 1);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &b), 0);
	/* Nothing goes out before the guest asks. */
	fake_run(&r->f);
	ck_assert_uint_eq(fake_pending(&r->f), 0);
	r->conn = guest_hello(&r->f);
	oa = expect_offer(r, 1, 0, 0);
	ob = expect_offer(r, 2, 1, 0);
	guest_expect(&r->f, VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED);
	ck_assert_uint_ne(oa.connection_id, ob.connection_id);
	ck_assert_uint_eq(vmbus_chan_relid(a), 1);
	ck_assert_uint_eq(vmbus_chan_relid(b), 2);
	/* After ALLOFFERS_DELIVERED a new device is offered at once. */
	p = params(r, 2);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &c), 0);
	oc = expect_offer(r, 3, 2, 0);
	ck_assert_uint_ne(oc.connection_id, ob.connection_id);
	fake_part_fini(&r->f);
}
END_TEST

/* Relids: the lowest free one; a rescinded one only after the guest released it. */
START_TEST(relids)
{
	struct rig *r = rig_new();
	struct vmbus_offer_params p;
	struct vmbus_chan *ch[4], *late;

	for (unsigned i = 0; i < 3; i++) {
		p = params(r, i);
		ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &ch[i]), 0);
	}
	r->conn = guest_hello(&r->f);
	for (unsigned i = 0; i < 3; i++)
		expect_offer(r, i + 1, i, 0);
	guest_expect(&r->f, VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED);
	vmbus_server_rescind(r->f.srv, ch[1]);
	ck_assert_uint_eq(guest_expect(&r->f, VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER)
				  .u.rescind_channeloffer.child_relid,
			  2);
	vmbus_server_rescind(r->f.srv, ch[1]); /* twice: nothing more */
	/* The same device may register again once rescinded; relid 2 is still the guest's. */
	p = params(r, 1);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &ch[3]), 0);
	expect_offer(r, 4, 1, 0);
	post_relid(r, VMBUS_MSG_TYPE_RELID_RELEASED, 2);
	p = params(r, 9);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &late), 0);
	expect_offer(r, 2, 9, 0);
	/* A release of a relid that is not rescinded, or unknown, changes nothing. */
	post_relid(r, VMBUS_MSG_TYPE_RELID_RELEASED, 1);
	post_relid(r, VMBUS_MSG_TYPE_RELID_RELEASED, 77);
	fake_run(&r->f);
	ck_assert_uint_eq(fake_pending(&r->f), 0);
	ck_assert_uint_eq(vmbus_chan_relid(ch[0]), 1);
	fake_part_fini(&r->f);
}
END_TEST

/* Every relid up to VMBUS_MAX_RELID, then -ENOSPC; an unsent offer rescinded frees its relid. */
START_TEST(relids_run_out)
{
	struct rig *r = rig_new();
	struct vmbus_offer_params p;
	struct vmbus_chan *ch = NULL;

	for (unsigned i = 0; i < VMBUS_MAX_RELID; i++) {
		p = params(r, i);
		ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &ch), 0);
	}
	ck_assert_uint_eq(vmbus_chan_relid(ch), VMBUS_MAX_RELID);
	p = params(r, VMBUS_MAX_RELID);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, NULL), -ENOSPC);
	/* Never offered to a guest: the rescind frees it at once, silently. */
	vmbus_server_rescind(r->f.srv, ch);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &ch), 0);
	ck_assert_uint_eq(vmbus_chan_relid(ch), VMBUS_MAX_RELID);
	ck_assert_uint_eq(fake_pending(&r->f), 0);
	fake_part_fini(&r->f);
}
END_TEST

/* The primary (relid 1) opened on a GPADL; returns the primary. */
static struct vmbus_chan *primary_open(struct rig *r)
{
	struct vmbus_offer_params p = params(r, 0);
	struct vmbus_chan *ch;

	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &ch), 0);
	r->conn = guest_hello(&r->f);
	expect_offer(r, 1, 0, 0);
	guest_expect(&r->f, VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED);
	guest_gpadl_ok(&r->f, r->conn, 1, 1, 0x100, 4);
	ck_assert_uint_eq(guest_open(&r->f, r->conn, 1, 1, 0, 2), 0);
	ck_assert_int_eq(r->seen.opens, 1);
	return ch;
}

START_TEST(subchannels)
{
	struct rig *r = rig_new();
	struct vmbus_chan *pri = primary_open(r);

	ck_assert_int_eq(vmbus_chan_offer_subchannels(pri, VMBUS_MAX_SUBCHANNELS + 1), -EINVAL);
	ck_assert_int_eq(vmbus_chan_offer_subchannels(pri, 2), 0);
	expect_offer(r, 2, 0, 1);
	expect_offer(r, 3, 0, 2);
	/* Asked again: only what is missing. */
	ck_assert_int_eq(vmbus_chan_offer_subchannels(pri, 2), 0);
	ck_assert_int_eq(vmbus_chan_offer_subchannels(pri, 3), 0);
	expect_offer(r, 4, 0, 3);
	/* Subchannel 1 opens like any channel; it asks for no subchannels of its own. */
	guest_gpadl_ok(&r->f, r->conn, 2, 2, 0x200, 4);
	ck_assert_uint_eq(guest_open(&r->f, r->conn, 2, 2, 0, 2), 0);
	ck_assert_int_eq(r->seen.opens, 2);
	ck_assert_uint_eq(vmbus_chan_subchannel_index(r->seen.last_open), 1);
	ck_assert_int_eq(vmbus_chan_offer_subchannels(r->seen.last_open, 1), -EINVAL);
	/* The guest closes the primary: the open subchannel closes, all three are rescinded. */
	post_relid(r, VMBUS_MSG_TYPE_CLOSECHANNEL, 1);
	ck_assert_int_eq(r->seen.closes, 2);
	for (uint32_t relid = 2; relid <= 4; relid++)
		ck_assert_uint_eq(guest_expect(&r->f, VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER)
					  .u.rescind_channeloffer.child_relid,
				  relid);
	/* Opened again, the driver asks again: new relids (2-4 are still the guest's). */
	ck_assert_uint_eq(guest_open(&r->f, r->conn, 1, 1, 0, 2), 0);
	ck_assert_int_eq(vmbus_chan_offer_subchannels(pri, 1), 0);
	expect_offer(r, 5, 0, 1);
	fake_part_fini(&r->f);
}
END_TEST

/* A rescinded primary takes its subchannels with it, first; an unload frees them. */
START_TEST(primary_rescind_and_unload)
{
	struct rig *r = rig_new();
	struct vmbus_chan *pri = primary_open(r);
	struct vmbus_offer_params p = params(r, 5);
	struct vmbus_chan *other;
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_UNLOAD};

	ck_assert_int_eq(vmbus_chan_offer_subchannels(pri, 2), 0);
	expect_offer(r, 2, 0, 1);
	expect_offer(r, 3, 0, 2);
	ck_assert_int_eq(vmbus_server_offer(r->f.srv, &p, &other), 0);
	expect_offer(r, 4, 5, 0);
	/* Unload: the subchannels go; the devices' primaries are offered again after it. */
	ck_assert_int_eq(fake_post_msg(&r->f, r->conn, &m), RT_HV_STATUS_SUCCESS);
	guest_expect(&r->f, VMBUS_MSG_TYPE_UNLOAD_RESPONSE);
	ck_assert_int_eq(r->seen.closes, 1);
	r->conn = guest_hello(&r->f);
	expect_offer(r, 1, 0, 0);
	expect_offer(r, 4, 5, 0);
	guest_expect(&r->f, VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED);
	/* Subchannels only for an open primary: none now, one once it is open again. */
	ck_assert_int_eq(vmbus_chan_offer_subchannels(pri, 1), 0);
	fake_run(&r->f);
	ck_assert_uint_eq(fake_pending(&r->f), 0);
	guest_gpadl_ok(&r->f, r->conn, 1, 1, 0x100, 4);
	ck_assert_uint_eq(guest_open(&r->f, r->conn, 1, 1, 0, 2), 0);
	ck_assert_int_eq(vmbus_chan_offer_subchannels(pri, 1), 0);
	expect_offer(r, 2, 0, 1);
	vmbus_server_rescind(r->f.srv, pri);
	ck_assert_uint_eq(guest_expect(&r->f, VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER)
				  .u.rescind_channeloffer.child_relid,
			  2);
	ck_assert_uint_eq(guest_expect(&r->f, VMBUS_MSG_TYPE_RESCIND_CHANNELOFFER)
				  .u.rescind_channeloffer.child_relid,
			  1);
	/* A rescinded primary offers no more subchannels. */
	ck_assert_int_eq(vmbus_chan_offer_subchannels(pri, 2), 0);
	fake_run(&r->f);
	ck_assert_uint_eq(fake_pending(&r->f), 0);
	fake_part_fini(&r->f);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(register_and_offer),
					      PV_CASE(relids),
					      PV_CASE(relids_run_out),
					      PV_CASE(subchannels),
					      PV_CASE(primary_rescind_and_unload),
					      {0}};

	return pv_check_run("vmbus_offer", cases);
}
