/*
 * storvsp_channel.c unit tests: a detached controller whose I/O runs on
 * this thread's loop, fed packets through a fake transport that records
 * what the VSP sends and can pretend its ring is full (sv_fake.h).
 */
#include "sv_fake.h"
#include "tests/unit/pv_check.h"

/* The channel properties of reply i. */
static struct storvsc_channel_properties props_of(unsigned i)
{
	struct storvsc_properties_reply p;

	ck_assert_int_eq(storvsc_properties_reply_decode(F.sent[i].d, F.sent[i].len, NULL, &p),
			 PV_OK);
	return p.props;
}

START_TEST(session_and_properties)
{
	struct storvsc_msg m = version_msg(STORVSC_VERSION_WIN10 + 1);
	struct storvsc_channel_properties pr;

	setup_with(8, 4);
	/* Out of order before BEGIN. */
	ck_assert_uint_eq(op_status(STORVSC_OPERATION_QUERY_PROPERTIES, 1),
			  (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
	ck_assert_uint_eq(op_status(STORVSC_OPERATION_BEGIN_INITIALIZATION, 2),
			  STORVSC_NTSTATUS_SUCCESS);
	/* A version the spec does not list: mismatch, and the guest may try the next. */
	ck_assert_uint_eq(op_status_on(P, &F, &m, 3), (uint32_t)STORVSC_NTSTATUS_REVISION_MISMATCH);
	m = version_msg(STORVSC_VERSION_WIN10);
	ck_assert_uint_eq(op_status_on(P, &F, &m, 4), STORVSC_NTSTATUS_SUCCESS);
	ck_assert_uint_eq(op_status(STORVSC_OPERATION_QUERY_PROPERTIES, 5),
			  STORVSC_NTSTATUS_SUCCESS);
	pr = props_of(F.nsent - 1);
	ck_assert_uint_eq(pr.max_channel_cnt, 4);
	ck_assert_uint_eq(pr.flags, STORVSC_CHANNEL_FLAGS_SUPPORTS_MULTI_CHANNEL);
	ck_assert_uint_eq(pr.max_transfer_bytes, STORVSP_DEFAULT_MAX_TRANSFER);
	/* I/O before END. */
	ck_assert_int_eq(read_srb(6, 16, 1), 0);
	ck_assert_uint_eq(reply_status_of(&F, F.nsent - 1),
			  (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
	ck_assert_uint_eq(op_status(STORVSC_OPERATION_END_INITIALIZATION, 7),
			  STORVSC_NTSTATUS_SUCCESS);
	m = subchannels_msg(5);
	ck_assert_uint_eq(op_status_on(P, &F, &m, 8),
			  (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER); /* above the maximum */
	ck_assert_uint_eq(F.offers, 0);
	m = subchannels_msg(3);
	ck_assert_uint_eq(op_status_on(P, &F, &m, 9), STORVSC_NTSTATUS_SUCCESS);
	ck_assert_uint_eq(F.offered, 3);
	ck_assert_uint_eq(op_status(STORVSC_OPERATION_RESET_LUN, 14), STORVSC_NTSTATUS_SUCCESS);
	ck_assert_uint_eq(op_status(STORVSC_OPERATION_RESET_ADAPTER, 15), STORVSC_NTSTATUS_SUCCESS);
	ck_assert_uint_eq(op_status(STORVSC_OPERATION_RESET_BUS, 16), STORVSC_NTSTATUS_SUCCESS);
	teardown();
}
END_TEST

/* Every version spec/storvsc.yaml lists is accepted (storvsc_versions[]), newest by default. */
START_TEST(versions_from_the_spec)
{
	for (unsigned i = 0; i < STORVSC_VERSION_COUNT; i++) {
		struct storvsc_msg m = version_msg((uint16_t)storvsc_versions[i]);

		setup_with(2, 0);
		ck_assert_uint_eq(op_status(STORVSC_OPERATION_BEGIN_INITIALIZATION, 1),
				  STORVSC_NTSTATUS_SUCCESS);
		ck_assert_uint_eq(op_status_on(P, &F, &m, 2), STORVSC_NTSTATUS_SUCCESS);
		/* Replies are 48 bytes before WIN8, 64 from then on. */
		ck_assert_uint_eq(F.sent[F.nsent - 1].len,
				  storvsc_versions[i] < STORVSC_VERSION_WIN8
					  ? STORVSC_PACKET_V1_SIZE
					  : STORVSC_PACKET_SIZE);
		teardown();
	}
}
END_TEST

/* Malformed packets get a status, not a crash: unknown operation, host-only ones, short. */
START_TEST(malformed_requests)
{
	struct storvsc_msg m = op_msg(STORVSC_OPERATION_ENUMERATE_BUS);
	uint8_t junk[STORVSC_PACKET_SIZE] = {0};
	static uint64_t buf[32];
	struct vmbus_pkt_gpa gpa;
	struct vmbus_pkt pkt;
	int n;

	setup_with(4, 0);
	/* A host -> guest operation from the guest. */
	m.variant = STORVSC_MSG_VAR_ENUMERATE_BUS_PACKET;
	ck_assert_int_eq(deliver_on(P, 1, 1, &m, 0, 0, NULL, 0), 0);
	ck_assert_uint_eq(reply_status_of(&F, F.nsent - 1),
			  (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_REQUEST);
	/* An operation the spec does not list, and a packet too short to be one. */
	pv_put_u32(junk + offsetof(struct storvsc_wire_header, operation), 99);
	n = vmbus_pkt_build(buf, sizeof(buf), VMRING_PKT_DATA_INBAND, 1, 2, NULL, 0, junk,
			    sizeof(junk));
	ck_assert_int_eq(vmbus_pkt_decode(buf, (size_t)n, &gpa, &pkt), PV_OK);
	ck_assert_int_eq(storvsp_channel_packet(P, &pkt), 0);
	ck_assert_uint_eq(reply_status_of(&F, F.nsent - 1),
			  (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_REQUEST);
	pv_put_u32(junk + offsetof(struct storvsc_wire_header, operation),
		   STORVSC_OPERATION_BEGIN_INITIALIZATION);
	n = vmbus_pkt_build(buf, sizeof(buf), VMRING_PKT_DATA_INBAND, 1, 3, NULL, 0, junk, 16);
	ck_assert_int_eq(vmbus_pkt_decode(buf, (size_t)n, &gpa, &pkt), PV_OK);
	ck_assert_int_eq(storvsp_channel_packet(P, &pkt), 0);
	ck_assert_uint_eq(reply_status_of(&F, F.nsent - 1),
			  (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 0);
	teardown();
}
END_TEST

/* Reply sizes follow the negotiated version; trans_ids come back exactly. */
START_TEST(win7_sizes_and_ids)
{
	setup_with(8, 0);
	init_session(STORVSC_VERSION_WIN7);
	ck_assert_uint_eq(F.sent[F.nsent - 1].len, STORVSC_PACKET_V1_SIZE);
	ck_assert_int_eq(read_srb(0xFEDCBA9876543210ull, 16, 1), 0);
	ev_run(L, EVRUN_NOWAIT);
	ck_assert_uint_eq(F.sent[F.nsent - 1].id, 0xFEDCBA9876543210ull);
	ck_assert_uint_eq(F.sent[F.nsent - 1].len, STORVSC_PACKET_V1_SIZE);
	ck_assert_uint_eq(reply_srb_of(&F, F.nsent - 1).status, STORVSC_SRB_STATUS_SUCCESS);
	ck_assert_uint_eq(reply_srb_of(&F, F.nsent - 1).data_transfer_length, 512);
	teardown();
}
END_TEST

/* At max_io the channel refuses the packet (-EAGAIN), then kicks once a request ends. */
START_TEST(backpressure_kick)
{
	setup_with(2, 0);
	init_session(STORVSC_VERSION_WIN10);
	unsigned base = F.nsent;
	ck_assert_int_eq(read_srb(100, 16, 8), 0);
	ck_assert_int_eq(read_srb(101, 17, 8), 0);
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 2);
	ck_assert_int_eq(read_srb(102, 18, 8), -EAGAIN);
	ck_assert_uint_eq(F.kicks, 0);
	drain(P);
	ck_assert_uint_eq(F.kicks, 1);
	ck_assert_int_eq(read_srb(102, 18, 8), 0);
	drain(P);
	ck_assert_uint_eq(F.nsent, base + 3);
	ck_assert_uint_eq(F.sent[base + 2].id, 102);
	teardown();
}
END_TEST

/* A full ring holds completions (and the request slots) until there is room. */
START_TEST(full_ring_retries)
{
	setup_with(4, 0);
	init_session(STORVSC_VERSION_WIN10);
	unsigned base = F.nsent;
	F.full = true;
	ck_assert_int_eq(read_srb(200, 16, 1), 0);
	ck_assert_int_eq(read_srb(201, 16, 1), 0);
	for (int i = 0; i < 10; i++)
		ev_run(L, EVRUN_NOWAIT);
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 2);
	ck_assert_uint_eq(F.nsent, base);
	F.full = false;
	storvsp_channel_send_space(P);
	ck_assert_uint_eq(F.nsent, base + 2);
	ck_assert_uint_eq(F.sent[base].id, 200);
	ck_assert_uint_eq(F.sent[base + 1].id, 201);
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 0);
	teardown();
}
END_TEST

/* Hot add on a ready primary sends ENUMERATE_BUS with trans_id 0 (in-band, no completion). */
START_TEST(hotplug_notification)
{
	struct storvsp_lun_cfg l = {.lun = 2, .backend = "null", .arg = "1M"};
	struct storvsp_stats st;

	setup_with(4, 0);
	ck_assert_int_eq(storvsp_lun_add(S, &l), 0);
	unsigned base = F.nsent;
	ck_assert_uint_eq(base, 0); /* not initialized: nothing sent */
	init_session(STORVSC_VERSION_WIN10);
	base = F.nsent;
	l.lun = 3;
	ck_assert_int_eq(storvsp_lun_add(S, &l), 0);
	ck_assert_uint_eq(F.nsent, base + 1);
	ck_assert_uint_eq(F.sent[base].type, VMRING_PKT_DATA_INBAND);
	ck_assert_uint_eq(F.sent[base].id, 0);
	ck_assert_uint_eq(sent_op(base), STORVSC_OPERATION_ENUMERATE_BUS);
	ck_assert_int_eq(storvsp_lun_remove(S, 3), 0);
	ck_assert_uint_eq(sent_op(base + 1), STORVSC_OPERATION_REMOVE_DEVICE);
	ck_assert_int_eq(storvsp_lun_remove(S, 3), -ENOENT);
	storvsp_get_stats(S, &st);
	ck_assert_uint_eq(st.notifications, 2);
	teardown();
}
END_TEST

/* Completions the guest did not ask for are not sent, and their slots come back. */
START_TEST(no_completion_requested)
{
	static const uint8_t tur[6] = {0x00}; /* TEST UNIT READY */
	struct storvsc_msg m = srb_msg(0, tur, sizeof(tur), 0, STORVSC_DATA_IN_UNKNOWN);
	static uint64_t buf[16];
	struct vmbus_pkt_gpa gpa;
	struct vmbus_pkt p;
	int n;

	setup_with(1, 0);
	init_session(STORVSC_VERSION_WIN10);
	unsigned base = F.nsent;
	ck_assert_int_eq(deliver_on(P, 0, 9, &m, 0, 0, NULL, 0), 0);
	drain(P);
	ck_assert_uint_eq(F.nsent, base);
	/* Completion packets from the guest are ignored. */
	n = vmbus_pkt_build(buf, sizeof(buf), VMRING_PKT_COMP, 0, 9, NULL, 0, NULL, 0);
	ck_assert_int_eq(vmbus_pkt_decode(buf, (size_t)n, &gpa, &p), PV_OK);
	ck_assert_int_eq(storvsp_channel_packet(P, &p), 0);
	ck_assert_uint_eq(storvsp_channel_outstanding(P), 0);
	teardown();
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(session_and_properties),
					      PV_CASE(versions_from_the_spec),
					      PV_CASE(malformed_requests),
					      PV_CASE(win7_sizes_and_ids),
					      PV_CASE(backpressure_kick),
					      PV_CASE(full_ring_retries),
					      PV_CASE(hotplug_notification),
					      PV_CASE(no_completion_requested),
					      {0}};

	return pv_check_run("storvsp_channel", cases);
}
