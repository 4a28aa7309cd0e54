/*
 * tools/pvtrace: validate accepts the corpus and rejects each kind of
 * violation (undecodable record, wrong-state message, bad length, GPADL and
 * storvsc session order, RNDIS records out of their session or channel,
 * corrupt file) naming the record and the rule;
 * decode names every message and field of a recorded session; diff finds
 * what differs. Traces are written with the recorder (runtime/trace.h).
 */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trace_file.h"
#include "storvsc_codec.h"
#include "runtime/vmbus/vmbus_chan.h"
#include "tools/pvtrace/pvtrace.h"
#include "vmbus_codec.h"
#include "tests/unit/pv_check.h"

static const uint8_t echo_guid[16] = {0x2c, 0x4e, 0x8b, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

static void msg(struct rt_trace *t, uint8_t dir, struct vmbus_msg *m)
{
	uint8_t b[256];
	int n = vmbus_msg_encode(m, NULL, b, sizeof(b));
	ck_assert_int_gt(n, 0);
	rt_trace_vmbus(t, dir, b, (size_t)n);
}

static void simple(struct rt_trace *t, uint8_t dir, uint32_t type)
{
	struct vmbus_msg m = {.type = type};
	msg(t, dir, &m);
}

/* Contact at 5.3, offers of relid 1 (echo) and 2 (storvsc). */
static void prologue(struct rt_trace *t)
{
	msg(t, PVTRACE_DIR_TO_HOST,
	    &(struct vmbus_msg){
		    .type = VMBUS_MSG_TYPE_INITIATE_CONTACT,
		    .variant = 1,
		    .u.initiate_contact = {.vmbus_version_requested = VMBUS_VERSION_WIN10_V5_3,
					   .msg_sint = 2}});
	msg(t, PVTRACE_DIR_TO_GUEST,
	    &(struct vmbus_msg){.type = VMBUS_MSG_TYPE_VERSION_RESPONSE,
				.variant = 1,
				.u.version_response = {.version_supported = 1, .msg_conn_id = 1}});
	simple(t, PVTRACE_DIR_TO_HOST, VMBUS_MSG_TYPE_REQUESTOFFERS);
	for (uint32_t relid = 1; relid <= 2; relid++) {
		struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_OFFERCHANNEL};

		memcpy(m.u.offerchannel.if_type, relid == 1 ? echo_guid : storvsc_class_scsi.guid,
		       16);
		m.u.offerchannel.if_instance[0] = (uint8_t)relid;
		m.u.offerchannel.child_relid = relid;
		m.u.offerchannel.connection_id = 0x10000 + relid;
		msg(t, PVTRACE_DIR_TO_GUEST, &m);
	}
	simple(t, PVTRACE_DIR_TO_GUEST, VMBUS_MSG_TYPE_ALLOFFERS_DELIVERED);
}

/* GPADL (complete in its header) and OPENCHANNEL / RESULT for relid. */
static void open_chan(struct rt_trace *t, uint32_t relid, uint32_t gpadl)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_GPADL_HEADER};

	m.u.gpadl_header.child_relid = relid;
	m.u.gpadl_header.gpadl = gpadl;
	m.u.gpadl_header.rangecount = 1;
	m.u.gpadl_header.range_buflen = 8 + 4 * 8;
	m.u.gpadl_header.data[0] = (uint64_t)(4 * 4096); /* byte_count, offset 0 */
	for (int i = 0; i < 4; i++)
		m.u.gpadl_header.data[1 + i] = 0x100 + (uint64_t)i;
	m.u.gpadl_header.data_count = 5;
	msg(t, PVTRACE_DIR_TO_HOST, &m);
	msg(t, PVTRACE_DIR_TO_GUEST,
	    &(struct vmbus_msg){.type = VMBUS_MSG_TYPE_GPADL_CREATED,
				.u.gpadl_created = {.child_relid = relid, .gpadl = gpadl}});
	msg(t, PVTRACE_DIR_TO_HOST,
	    &(struct vmbus_msg){.type = VMBUS_MSG_TYPE_OPENCHANNEL,
				.variant = 1,
				.u.openchannel = {.child_relid = relid,
						  .openid = relid,
						  .ringbuffer_gpadlhandle = gpadl,
						  .downstream_ringbuffer_pageoffset = 2}});
	msg(t, PVTRACE_DIR_TO_GUEST,
	    &(struct vmbus_msg){.type = VMBUS_MSG_TYPE_OPENCHANNEL_RESULT,
				.u.openchannel_result = {.child_relid = relid, .openid = relid}});
}

/* An in-band ring packet carrying data (len bytes, padded). */
static void ring(struct rt_trace *t, uint8_t dir, uint32_t relid, uint64_t tid, const void *data,
		 size_t len)
{
	struct iovec iov = {(void *)data, len};
	if (dir == PVTRACE_DIR_TO_GUEST) {
		rt_trace_ring_tx(t, relid, VMRING_PKT_DATA_INBAND, 0, tid, 0, &iov, 1);
		return;
	}
	uint8_t b[512];
	int total =
		vmbus_pkt_build(b, sizeof(b), VMRING_PKT_DATA_INBAND, 0, tid, NULL, 0, data, len);
	ck_assert_int_gt(total, 0);
	rt_trace_ring_rx(t, relid, b, (size_t)total);
}

/* Runs validate; returns its exit code with its output in out. */
static int validate(char *out, size_t cap)
{
	FILE *f = fmemopen(out, cap, "w");
	ck_assert_ptr_nonnull(f);
	int rc = pvt_cmd_validate(path, f);
	fclose(f);
	return rc;
}

static void expect_violation(const char *rule, const char *record)
{
	char out[8192] = "";
	ck_assert_int_eq(validate(out, sizeof(out)), 1);
	if (!strstr(out, rule) || !strstr(out, record) || !strstr(out, "bytes:"))
		fprintf(stderr, "validate said:\n%s\n", out);
	ck_assert_msg(strstr(out, rule), "want rule '%s'", rule);
	ck_assert_msg(strstr(out, record), "want '%s'", record);
	ck_assert(strstr(out, "bytes:"));
}

START_TEST(valid_session)
{
	struct rt_trace *t;
	char out[8192] = "";
	uint8_t data[24] = {1, 2, 3};

	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	open_chan(t, 1, 0xE1E10);
	ring(t, PVTRACE_DIR_TO_HOST, 1, 42, data, sizeof(data));
	ring(t, PVTRACE_DIR_TO_GUEST, 1, 42, data, sizeof(data));
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_CLOSECHANNEL};
	m.u.closechannel.child_relid = 1;
	msg(t, PVTRACE_DIR_TO_HOST, &m);
	simple(t, PVTRACE_DIR_TO_HOST, VMBUS_MSG_TYPE_UNLOAD);
	simple(t, PVTRACE_DIR_TO_GUEST, VMBUS_MSG_TYPE_UNLOAD_RESPONSE);
	rt_trace_close(t);
	ck_assert_int_eq(validate(out, sizeof(out)), 0);
	ck_assert_ptr_nonnull(strstr(out, "15 records valid"));

	/* decode: every message named, fields named, the ring payload shown. */
	char *dec = calloc(1, 65536);
	FILE *f = fmemopen(dec, 65535, "w");
	ck_assert_int_eq(pvt_cmd_decode(path, true, f), 0);
	fclose(f);
	const char *want[] = {"INITIATE_CONTACT",    "vmbus_version_requested=327683",
			      "VERSION_RESPONSE",    "version_supported=1",
			      "OFFERCHANNEL",        "child_relid=2",
			      "GPADL_HEADER",        "gpadl=925200",
			      "OPENCHANNEL_RESULT",  "DATA_INBAND",
			      "trans_id=0x2a",       "data 24 bytes: 01 02 03",
			      "guest->host relid 1", "UNLOAD_RESPONSE"};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		if (!strstr(dec, want[i]))
			fprintf(stderr, "decode lacks '%s':\n%s\n", want[i], dec);
		ck_assert_msg(strstr(dec, want[i]), "decode lacks '%s'", want[i]);
	}
	free(dec);
}
END_TEST

START_TEST(rejects_undecodable)
{
	struct rt_trace *t;
	uint8_t bogus[16] = {99};
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	rt_trace_vmbus(t, PVTRACE_DIR_TO_HOST, bogus, sizeof(bogus));
	rt_trace_close(t);
	expect_violation("decode: vmbus message does not decode", "record 7 ");
}
END_TEST

START_TEST(rejects_wrong_state)
{
	struct rt_trace *t;
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	simple(t, PVTRACE_DIR_TO_HOST, VMBUS_MSG_TYPE_REQUESTOFFERS);
	rt_trace_close(t);
	expect_violation("vmbus conn session: REQUESTOFFERS", "record 1 ");

	/* OPENCHANNEL for a relid nobody offered. */
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	open_chan(t, 9, 5);
	rt_trace_close(t);
	expect_violation("for relid 9, which is not offered", "record 7 ");

	/* A second OPENCHANNEL while open. */
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	open_chan(t, 1, 5);
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_OPENCHANNEL, .variant = 1};
	m.u.openchannel.child_relid = 1;
	m.u.openchannel.ringbuffer_gpadlhandle = 5;
	msg(t, PVTRACE_DIR_TO_HOST, &m);
	rt_trace_close(t);
	expect_violation("vmbus channel session (relid 1): OPENCHANNEL", "record 11 ");

	/* A ring packet before the channel opened. */
	uint8_t d[8] = {0};
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	ring(t, PVTRACE_DIR_TO_HOST, 1, 1, d, sizeof(d));
	rt_trace_close(t);
	expect_violation("ring packet on relid 1, which is not open", "record 7 ");

	/* An answer in the wrong direction. */
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	simple(t, PVTRACE_DIR_TO_HOST, VMBUS_MSG_TYPE_UNLOAD_RESPONSE);
	rt_trace_close(t);
	expect_violation("PV_ERR_DIRECTION", "record 1 ");
}
END_TEST

START_TEST(rejects_bad_length)
{
	struct rt_trace *t;
	/* OPENCHANNEL cut short. */
	uint8_t shortopen[20] = {VMBUS_MSG_TYPE_OPENCHANNEL, 0, 0, 0, 0, 0, 0, 0, 1};
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	rt_trace_vmbus(t, PVTRACE_DIR_TO_HOST, shortopen, sizeof(shortopen));
	rt_trace_close(t);
	expect_violation(
		"decode: vmbus message does not decode at version 0x50003: PV_ERR_SHORT", /* not protocol: pvtrace's words */
		"record 7 ");

	/* A ring packet whose descriptor claims more than the record holds. */
	uint8_t pkt[24] = {0};
	struct vmring_desc d = {.type = VMRING_PKT_DATA_INBAND, .offset8 = 2, .len8 = 9};
	ck_assert_int_eq(vmring_desc_encode(&d, pkt, sizeof(pkt)), VMRING_DESC_SIZE);
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	open_chan(t, 1, 5);
	rt_trace_ring_rx(t, 1, pkt, sizeof(pkt));
	rt_trace_close(t);
	char out[8192] = "";
	ck_assert_int_eq(validate(out, sizeof(out)), 1);
	if (!strstr(out, "record 11 ") || !(strstr(out, "len8") || strstr(out, "decode:")))
		fprintf(stderr, "%s\n", out);
	ck_assert(strstr(out, "record 11 ") && (strstr(out, "len8") || strstr(out, "decode:")));
}
END_TEST

START_TEST(rejects_gpadl_order)
{
	struct rt_trace *t;
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_GPADL_BODY};
	m.u.gpadl_body.gpadl = 77;
	m.u.gpadl_body.pfn_count = 1;
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	msg(t, PVTRACE_DIR_TO_HOST, &m);
	rt_trace_close(t);
	expect_violation("gpadl session: GPADL_BODY for unknown gpadl 77", "record 7 ");

	/* GPADL_CREATED twice. */
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	open_chan(t, 1, 5);
	memset(&m, 0, sizeof(m));
	m.type = VMBUS_MSG_TYPE_GPADL_CREATED;
	m.u.gpadl_created.child_relid = 1;
	m.u.gpadl_created.gpadl = 5;
	msg(t, PVTRACE_DIR_TO_GUEST, &m);
	rt_trace_close(t);
	expect_violation("gpadl session (gpadl 5): event CREATED_OK illegal", "record 11 ");
}
END_TEST

START_TEST(rejects_storvsc_order)
{
	struct rt_trace *t;
	struct storvsc_msg s = {.type = STORVSC_OPERATION_END_INITIALIZATION};
	uint8_t b[128];
	int n;

	/* The base variant of END_INITIALIZATION is the last one listed. */
	for (s.variant = 0; s.variant < 4; s.variant++) {
		s.u.end_initialization.hdr.operation = STORVSC_OPERATION_END_INITIALIZATION;
		n = storvsc_msg_encode(&s, NULL, b, sizeof(b));
		if (n > 0)
			break;
	}
	ck_assert_int_gt(n, 0);
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	open_chan(t, 2, 6);
	ring(t, PVTRACE_DIR_TO_HOST, 2, 1, b, (size_t)n);
	rt_trace_close(t);
	expect_violation("storvsc init session (relid 2): END_INITIALIZATION illegal",
			 "record 11 ");
}
END_TEST

/* The prologue, then netvsc offered as relid 3 and opened (records 7..11). */
static void netvsc_open(struct rt_trace *t)
{
	struct vmbus_msg m = {.type = VMBUS_MSG_TYPE_OFFERCHANNEL};

	prologue(t);
	memcpy(m.u.offerchannel.if_type, nvsp_class_netvsc.guid, 16);
	m.u.offerchannel.if_instance[0] = 3;
	m.u.offerchannel.child_relid = 3;
	m.u.offerchannel.connection_id = 0x10003;
	msg(t, PVTRACE_DIR_TO_GUEST, &m);
	open_chan(t, 3, 7);
}

/* One RNDIS record: type, msg_len (as claimed), req_id, then zeros to len bytes. */
static void rndis(struct rt_trace *t, uint8_t dir, uint32_t relid, uint32_t type, uint32_t mlen,
		  uint32_t len)
{
	uint8_t b[64] = {0};
	uint32_t req = 1;
	struct iovec iov = {b, len};

	memcpy(b, &type, 4);
	memcpy(b + 4, &mlen, 4);
	memcpy(b + 8, &req, 4);
	rt_trace_record(t, PVTRACE_PROTO_RNDIS, dir, relid, 9, &iov, 1);
}

START_TEST(rndis_records)
{
	struct rt_trace *t;
	char out[8192] = "";

	/* INIT, INIT_C, QUERY, QUERY_C (sizes of the spec's base structs): valid. */
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	netvsc_open(t);
	rndis(t, PVTRACE_DIR_TO_HOST, 3, 2, 24, 24);
	rndis(t, PVTRACE_DIR_TO_GUEST, 3, 0x80000002u, 52, 52);
	rndis(t, PVTRACE_DIR_TO_HOST, 3, 4, 28, 28);
	rndis(t, PVTRACE_DIR_TO_GUEST, 3, 0x80000004u, 24, 24);
	rt_trace_close(t);
	if (validate(out, sizeof(out)))
		fprintf(stderr, "validate said:\n%s\n", out);
	ck_assert_int_eq(validate(out, sizeof(out)), 0);

	/* A QUERY before INIT breaks the RNDIS device session. */
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	netvsc_open(t);
	rndis(t, PVTRACE_DIR_TO_HOST, 3, 4, 28, 28);
	rt_trace_close(t);
	expect_violation("rndis device session (relid 3): REQUEST illegal", "record 12 ");

	/* RNDIS on the storvsc channel. */
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	netvsc_open(t);
	open_chan(t, 2, 6);
	rndis(t, PVTRACE_DIR_TO_HOST, 2, 2, 24, 24);
	rt_trace_close(t);
	expect_violation("not an open netvsc channel", "record 16 ");

	/* msg_len beyond the record. */
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	netvsc_open(t);
	rndis(t, PVTRACE_DIR_TO_HOST, 3, 2, 32, 24);
	rt_trace_close(t);
	expect_violation("decode: RNDIS message", "record 12 ");
}
END_TEST

START_TEST(rejects_corrupt_file)
{
	struct rt_trace *t;
	ck_assert_int_eq(rt_trace_open(path, NULL, &t), 0);
	prologue(t);
	rt_trace_close(t);
	ck_assert_int_eq(truncate(path, 200), 0);
	char out[4096] = "";
	ck_assert_int_eq(validate(out, sizeof(out)), 1);
	if (!strstr(out, "corrupt trace") || !strstr(out, "truncated"))
		fprintf(stderr, "%s\n", out);
	ck_assert(strstr(out, "corrupt trace") && strstr(out, "truncated"));
}
END_TEST

static const char *corpus_dir(void)
{
	const char *d = getenv("PV_TRACE_CORPUS");
	return d ? d : "tests/traces/corpus";
}

START_TEST(accepts_corpus_and_diff)
{
	DIR *d = opendir(corpus_dir());
	struct dirent *e;
	unsigned n = 0;
	char p[512], q[512], out[65536];

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l < 8 || strcmp(e->d_name + l - 7, ".pcapng"))
			continue;
		snprintf(p, sizeof(p), "%s/%s", corpus_dir(), e->d_name);
		FILE *f = fmemopen(out, sizeof(out), "w");
		int rc = pvt_cmd_validate(p, f);
		fclose(f);
		if (rc)
			fprintf(stderr, "%s:\n%s\n", p, out);
		ck_assert_msg(rc == 0, "%s", p);
		f = fmemopen(out, sizeof(out), "w");
		rc = pvt_cmd_diff(p, p, f);
		fclose(f);
		if (rc)
			fprintf(stderr, "%s:\n%s\n", p, out);
		ck_assert_msg(rc == 0, "%s", p);
		n++;
	}
	closedir(d);
	ck_assert_uint_ge(n, 5);

	/* Two sessions of different sizes differ where they should. */
	snprintf(p, sizeof(p), "%s/echo-5.3.pcapng", corpus_dir());
	snprintf(q, sizeof(q), "%s/echo-4.0.pcapng", corpus_dir());
	FILE *f = fmemopen(out, sizeof(out), "w");
	ck_assert_int_eq(pvt_cmd_diff(p, q, f), 1);
	fclose(f);
	ck_assert_ptr_nonnull(strstr(out, "vmbus_version_requested=327683"));
	ck_assert_ptr_nonnull(strstr(out, "only in A"));
	/* storvsc: requests by the generated printer, completions as their request's reply. */
	snprintf(p, sizeof(p), "%s/storvsc-init.pcapng", corpus_dir());
	f = fmemopen(out, sizeof(out), "w");
	ck_assert_int_eq(pvt_cmd_decode(p, false, f), 0);
	fclose(f);
	const char *want[] = {"storvsc BEGIN_INITIALIZATION",
			      "storvsc QUERY_PROTOCOL_VERSION",
			      "reply to QUERY_PROPERTIES: properties_reply",
			      "max_transfer_bytes=",
			      "reply to EXECUTE_SRB: srb_packet",
			      "scsi_status=0",
			      "storvsc END_INITIALIZATION"};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		ck_assert_msg(strstr(out, want[i]), "storvsc decode lacks '%s'", want[i]);
	/* The same session recorded against another msg_conn_id: masked. */
	snprintf(p, sizeof(p), "%s/msgconn-5.0.pcapng", corpus_dir());
	f = fmemopen(out, sizeof(out), "w");
	ck_assert_int_eq(pvt_cmd_diff(p, p, f), 0);
	fclose(f);
}
END_TEST

START_TEST(masks)
{
	uint8_t a[16] = {VMBUS_MSG_TYPE_VERSION_RESPONSE, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 4};
	uint8_t b[16];
	char why[128];
	struct pvt_relmap map = {0};

	memcpy(b, a, 16);
	b[12] = 9; /* msg_conn_id differs: masked */
	ck_assert(pvt_masked_equal(PVTRACE_PROTO_VMBUS, a, 16, false, b, 16, NULL, why, 128));
	b[8] = 0; /* version_supported differs: not masked */
	ck_assert(!pvt_masked_equal(PVTRACE_PROTO_VMBUS, a, 16, false, b, 16, NULL, why, 128));
	ck_assert_ptr_nonnull(strstr(why, "byte 8"));

	/* OPENCHANNEL_RESULT for relid 3 recorded, relid 5 now: equal through the map. */
	uint8_t r1[20] = {VMBUS_MSG_TYPE_OPENCHANNEL_RESULT, 0, 0, 0, 0, 0, 0, 0, 3};
	uint8_t r2[20] = {VMBUS_MSG_TYPE_OPENCHANNEL_RESULT, 0, 0, 0, 0, 0, 0, 0, 5};
	ck_assert(!pvt_masked_equal(PVTRACE_PROTO_VMBUS, r1, 20, false, r2, 20, &map, why, 128));
	pvt_relmap_set(&map, 3, 5);
	ck_assert(pvt_masked_equal(PVTRACE_PROTO_VMBUS, r1, 20, false, r2, 20, &map, why, 128));
	/* Lengths differ: reported unless the record was truncated to that prefix. */
	ck_assert(!pvt_masked_equal(PVTRACE_PROTO_VMBUS, r1, 12, false, r2, 20, &map, why, 128));
	ck_assert(pvt_masked_equal(PVTRACE_PROTO_VMBUS, r1, 12, true, r2, 20, &map, why, 128));
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(valid_session),
					      PV_CASE(rejects_undecodable),
					      PV_CASE(rejects_wrong_state),
					      PV_CASE(rejects_bad_length),
					      PV_CASE(rejects_gpadl_order),
					      PV_CASE(rejects_storvsc_order),
					      PV_CASE(rndis_records),
					      PV_CASE(rejects_corrupt_file),
					      PV_CASE(accepts_corpus_and_diff),
					      PV_CASE(masks),
					      {0}};

	return pv_check_run_opts("pvtrace", cases,
				 &(struct pv_check_opts){.setup = trace_file_setup,
							 .teardown = trace_file_teardown});
}
