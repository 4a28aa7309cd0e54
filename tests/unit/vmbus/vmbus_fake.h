/*
 * A fake partition for driving the VMBus server in-process: guest memory is a
 * real memfd, host->guest messages are captured in an array, signals are
 * counted and signal bindings remembered. Used by the unit tests and the
 * control-message fuzz target.
 */
#ifndef VMBUS_FAKE_H
#define VMBUS_FAKE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/log.h"
#include "runtime/partition.h"
#include "runtime/vmbus/vmbus_server.h"
#include "vmbus_codec.h"

#define FAKE_MAX_MSGS 512
#define FAKE_MAX_BINDS 64

struct fake_msg {
	uint32_t vp, sint;
	size_t len;
	uint8_t buf[RT_HV_MESSAGE_PAYLOAD_MAX];
};

struct fake_part {
	struct rt_partition p;
	struct rt_log log;
	struct fake_msg msgs[FAKE_MAX_MSGS];
	size_t nmsgs, taken;
	struct {
		uint32_t conn;
		int efd;
	} binds[FAKE_MAX_BINDS];
	size_t nbinds;
	atomic_uint signals;
	struct vmbus_server *srv;
};

/* Partition with mem_bytes of RAM and vp_count VPs on a loop owned by the caller. */
int fake_part_init(struct fake_part *f, uint64_t mem_bytes, uint32_t vp_count);
/* Also creates a server with opts (log filled in if NULL). */
int fake_server_init(struct fake_part *f, struct vmbus_server_opts *opts);
void fake_part_fini(struct fake_part *f);

/* Guest posts raw bytes; returns the hypercall status. */
enum rt_hv_status fake_post(struct fake_part *f, uint32_t conn, const void *buf, size_t len);
/* Guest posts an encoded message on conn. */
enum rt_hv_status fake_post_msg(struct fake_part *f, uint32_t conn, const struct vmbus_msg *m);
/*
 * Runs the server loop a few times, a few ms apart, without blocking: before
 * checking that nothing came (what must come, wait for with fake_wait).
 */
void fake_run(struct fake_part *f);
/*
 * Runs the server loop until n captured messages are pending (answers that
 * other threads queue, such as a GPADL_TORNDOWN); false after secs.
 */
bool fake_wait(struct fake_part *f, size_t n, double secs);
/* Takes the next captured host message (decoded); -1 when none. */
int fake_take(struct fake_part *f, struct vmbus_msg *out);
/* Number of captured messages not yet taken. */
size_t fake_pending(const struct fake_part *f);

#endif
