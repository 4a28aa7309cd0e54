/*
 * Fuzzes the VMBus server's control-message handler (vmbus_server on_message)
 * over a fake partition with two echo devices. Input: records of
 * {u8 connection selector, u8 length, length bytes}; the selector picks
 * connection id 1, 4, the server's message connection id or a raw byte.
 * Each input starts with a guest reset, so runs are independent. The server
 * must never crash, leak or return anything but SUCCESS or
 * INVALID_CONNECTION_ID.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The fake partition of the unit tests, compiled in (no Check needed). */
#include "../unit/vmbus/vmbus_fake.c"

#include "runtime/vmbus/vmbus_echo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct fake_part F;
static int ready;

static void setup(void)
{
	struct vmbus_server_opts o = {.msg_conn_id = 0x800074};
	struct vmbus_echo *e;

	if (fake_part_init(&F, 8u << 20, 2) || fake_server_init(&F, &o))
		abort();
	rt_log_set_level(&F.log, RT_LOG_ERROR);
	for (uint8_t i = 0; i < 2; i++) {
		uint8_t inst[16] = {0xF0, i};
		if (vmbus_echo_create(F.srv, &F.log, inst, &e))
			abort();
	}
	ready = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint32_t conns[] = {1, 4, 0x800074};

	if (!ready)
		setup();
	F.p.cb.on_reset(F.p.cb_ctx);
	F.nmsgs = F.taken = 0;
	while (size >= 2) {
		uint8_t sel = data[0], len = data[1];
		uint32_t conn = sel < 3 ? conns[sel] : sel;
		data += 2;
		size -= 2;
		if (len > size)
			len = (uint8_t)size;
		if (len > RT_HV_MESSAGE_PAYLOAD_MAX)
			len = RT_HV_MESSAGE_PAYLOAD_MAX;
		enum rt_hv_status st = fake_post(&F, conn, data, len);
		if (st != RT_HV_STATUS_SUCCESS && st != RT_HV_STATUS_INVALID_CONNECTION_ID)
			abort();
		data += len;
		size -= len;
		if (F.nmsgs > FAKE_MAX_MSGS / 2)
			F.nmsgs = F.taken = 0;
	}
	/* Cross-thread work (channel resets, deferred teardowns) runs too. */
	ev_run(F.p.loop, EVRUN_NOWAIT);
	return 0;
}
