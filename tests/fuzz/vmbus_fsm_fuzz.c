/* Feeds arbitrary event sequences (one byte each, any value) to the three
 * VMBus session machines: a rejected event must leave the state as it was, and
 * every state must have a name. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vmbus_chan_fsm.h"
#include "vmbus_conn_fsm.h"
#include "vmbus_gpadl_fsm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define STEP(fsm, prefix, ev)                                                      \
	do {                                                                       \
		int before = (fsm).cs;                                             \
		int rc = prefix##_fsm_feed(&(fsm), (ev), NULL, NULL);              \
		if ((rc != 0 && rc != -EPROTO) || (rc != 0 && (fsm).cs != before)) \
			abort();                                                   \
		if (strcmp(prefix##_fsm_state_name(&(fsm)), "?") == 0)             \
			abort();                                                   \
	} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct vmbus_conn_fsm c;
	struct vmbus_chan_fsm ch;
	struct vmbus_gpadl_fsm g;
	size_t i;

	vmbus_conn_fsm_init(&c);
	vmbus_chan_fsm_init(&ch);
	vmbus_gpadl_fsm_init(&g);
	for (i = 0; i < size; i++) {
		int ev = (int)(int8_t)data[i];

		STEP(c, vmbus_conn, ev);
		STEP(ch, vmbus_chan, ev);
		STEP(g, vmbus_gpadl, ev);
	}
	return 0;
}
