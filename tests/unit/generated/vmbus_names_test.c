/* Names and one-line printers of the generated VMBus code. */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vmbus_codec.h"
#include "tests/unit/pv_check.h"

START_TEST(enum_names)
{
	ck_assert_str_eq(vmbus_msg_type_name(VMBUS_MSG_TYPE_OFFERCHANNEL), "OFFERCHANNEL");
	ck_assert_str_eq(vmbus_msg_type_name(VMBUS_MSG_TYPE_RESUME), "RESUME");
	ck_assert_str_eq(vmbus_msg_type_name(1000), "?");
	ck_assert_str_eq(vmbus_connection_state_name(1), "FAILED_LOW_RESOURCES");
}
END_TEST

START_TEST(printers)
{
	struct vmbus_offerchannel o;
	struct vmbus_msg m;
	char line[1024];

	memset(&o, 0, sizeof(o));
	/* netvsc's class GUID as the wire carries it */
	memcpy(o.if_type, "\x63\x51\x61\xf8\x3e\xdf\xc5\x46\x91\x3f\xf2\xd2\xf9\x65\xed\x0e", 16);
	o.child_relid = 9;
	o.hdr.msgtype = VMBUS_MSG_TYPE_OFFERCHANNEL;
	vmbus_offerchannel_format(&o, line, sizeof(line));
	ck_assert_ptr_nonnull(strstr(line, "if_type=f8615163-df3e-46c5-913f-f2d2f965ed0e"));
	ck_assert_ptr_nonnull(strstr(line, " child_relid=9 "));
	ck_assert_ptr_nonnull(strstr(line, " monitor_allocated=0 "));
	ck_assert_ptr_nonnull(strstr(line, " connection_id=0"));

	memset(&m, 0, sizeof(m));
	m.type = VMBUS_MSG_TYPE_GPADL_BODY;
	m.u.gpadl_body.pfn_count = 2;
	m.u.gpadl_body.pfn[1] = 0xabc;
	vmbus_msg_format(&m, line, sizeof(line));
	ck_assert_ptr_nonnull(strstr(line, "GPADL_BODY "));
	ck_assert_ptr_nonnull(strstr(line, "pfn[2]={0x0,0xabc}"));
	m.type = 99;
	vmbus_msg_format(&m, line, sizeof(line));
	ck_assert_str_eq(line, "?(99) len=0");
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(enum_names), PV_CASE(printers), {0}};

	return pv_check_run("vmbus_names", cases);
}
