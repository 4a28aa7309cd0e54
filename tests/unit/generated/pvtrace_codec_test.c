/* Trace record header: layout, round trip, reserved/const/length checks. */
#include <check.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pvtrace_codec.h"
#include "tests/unit/pv_check.h"

START_TEST(record)
{
	uint8_t b[64] = {0}, o[64];
	struct pvtrace_record r;

	ck_assert_int_eq(PVTRACE_RECORD_SIZE, 24);
	ck_assert_int_eq(offsetof(struct pvtrace_wire_record, channel), 4);
	ck_assert_int_eq(offsetof(struct pvtrace_wire_record, trans_id), 8);
	ck_assert_int_eq(offsetof(struct pvtrace_wire_record, payload_len), 16);
	b[0] = 1;
	b[1] = PVTRACE_PROTO_VMBUS;
	b[2] = PVTRACE_DIR_TO_HOST;
	pv_put_u32(b + 4, 3);
	pv_put_u64(b + 8, 99);
	pv_put_u32(b + 16, 8);
	ck_assert_int_eq(pvtrace_record_decode(b, 32, NULL, &r), PV_OK);
	ck_assert_uint_eq(r.channel, 3);
	ck_assert_uint_eq(r.trans_id, 99);
	ck_assert_int_eq(pvtrace_record_encode(&r, o, sizeof(o)), 24);
	ck_assert_mem_eq(o, b, 24);
	ck_assert_int_eq(pvtrace_record_decode(b, 31, NULL, &r), PV_ERR_SHORT);
	ck_assert_int_eq(pvtrace_record_decode(b, 33, NULL, &r), PV_ERR_LONG);
	ck_assert_int_eq(pvtrace_record_decode(b, 23, NULL, &r), PV_ERR_SHORT);
	b[20] = 1;
	ck_assert_int_eq(pvtrace_record_decode(b, 32, NULL, &r), PV_ERR_RESERVED);
	b[20] = 0;
	b[0] = 2;
	ck_assert_int_eq(pvtrace_record_decode(b, 32, NULL, &r), PV_ERR_CONST);
	b[0] = 1;
	b[1] = 0;
	ck_assert_int_eq(pvtrace_record_decode(b, 32, NULL, &r), PV_ERR_ENUM);
	b[1] = 1;
	b[3] = 0x80;
	ck_assert_int_eq(pvtrace_record_decode(b, 32, NULL, &r), PV_ERR_FLAGS);
	ck_assert_str_eq(pvtrace_proto_name(PVTRACE_PROTO_VMRING), "VMRING");
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(record), {0}};

	return pv_check_run("pvtrace_codec", cases);
}
