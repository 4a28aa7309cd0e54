/*
 * VMBus server save and restore for live updates (docs/servicing.md;
 * records in spec/savestate.yaml).
 *
 * Save runs in the old binary with the partition paused; restore in the new
 * binary on a server made by vmbus_server_new() on the restored partition,
 * before the partition starts. Both on the server loop.
 */
#ifndef VMBUS_SAVE_H
#define VMBUS_SAVE_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/vmbus/vmbus_server.h"

struct rt_ss_reader;
struct rt_ss_writer;

/*
 * Whether the server's state can be saved now. Returns 0, or a negative
 * errno with the reason in why (the update is refused and nothing stops).
 */
int vmbus_server_can_save(const struct vmbus_server *s, char *why, size_t why_len);

/*
 * Quiesces the channels for a save: their workers stop polling (packets
 * stay in the rings, guest signals stay counted in the eventfds). Resume
 * undoes it after a refused update. Return 0 or a negative errno.
 */
int vmbus_server_pause(struct vmbus_server *s);
void vmbus_server_resume(struct vmbus_server *s);

/* Appends the server's records. Returns 0 or a negative errno. */
int vmbus_server_save(struct vmbus_server *s, struct rt_ss_writer *w);

/*
 * Takes the server's records from r and puts the guest's session back: the
 * connection, the GPADLs, the channels (unbound until their devices offer
 * again, see vmbus_server_restore_finish). Returns 0 or a negative errno
 * with the reason in r->err.
 */
int vmbus_server_restore(struct vmbus_server *s, struct rt_ss_reader *r);

/*
 * After the devices were restored (each claimed its channels by offering
 * again): fails if a restored channel found no device, requests the saved
 * GPADL teardowns again, starts the open channels' workers and signals each
 * open channel once. Returns 0 or a negative errno with the reason in r->err.
 */
int vmbus_server_restore_finish(struct vmbus_server *s, struct rt_ss_reader *r);

/*
 * For devices restoring their per-channel state: the channel with this relid
 * once the device claimed it (NULL otherwise), and whether it is open with
 * the device's state due (not reset by a broken ring).
 */
struct vmbus_chan *vmbus_server_restored_chan(struct vmbus_server *s, uint32_t relid);
bool vmbus_chan_restored_open(const struct vmbus_chan *ch);

/*
 * The subchannels of `primary` that came back open with the device's state
 * due (vmbus_chan_restored_open): their relids, at most max, in relid order.
 * A device checks each has a record of its own (else it would swallow the
 * guest's packets). Returns how many there are (may exceed max).
 */
unsigned vmbus_server_restored_subchannels(struct vmbus_server *s, const struct vmbus_chan *primary,
					   uint32_t *relids, unsigned max);

/*
 * A restored device has something for the guest waiting for ring room (a
 * reply, a receive): the channel calls its on_send_space once its worker
 * starts, as it would have after the ring had room.
 */
void vmbus_chan_restore_want_space(struct vmbus_chan *ch);

/*
 * The checks of vmbus_server_restore() without a server (the new binary's
 * pre-flight check): opts and vp_count are what the configuration gives.
 */
int vmbus_server_restore_check(struct rt_ss_reader *r, const struct vmbus_server_opts *opts,
			       uint32_t vp_count);

#endif
