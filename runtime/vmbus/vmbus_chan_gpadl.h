/*
 * GPADLs a VSP keeps using after the guest handed them over in a device
 * message (netvsc's receive and send buffers: NVSP SEND_RECV_BUF and
 * SEND_SEND_BUF name a GPADL id the guest created on the channel).
 *
 * While the VSP holds the reference the guest's GPADL_TEARDOWN is deferred:
 * GPADL_TORNDOWN goes out after the last release (see runtime/gpadl.h), so
 * the pages stay valid for as long as the VSP may copy into them.
 *
 * Threading: any thread, between the return of open() and the return of
 * close() of the channel (release may also run inside close()).
 */
#ifndef VMBUS_CHAN_GPADL_H
#define VMBUS_CHAN_GPADL_H

#include <stdint.h>

#include "runtime/gpadl.h"
#include "runtime/vmbus/vmbus_chan.h"

/*
 * Takes a reference on completed GPADL `gpadl_id` that the guest created for
 * this channel or for its primary channel. *out is read-only: its ranges are
 * checked (shapes, every pfn inside guest memory) and never change. Returns
 * 0, or -ENOENT (unknown, still assembling, being torn down, another
 * device's).
 */
int vmbus_chan_gpadl_acquire(struct vmbus_chan *ch, uint32_t gpadl_id, const struct rt_gpadl **out);

/* Drops a reference from vmbus_chan_gpadl_acquire(). */
void vmbus_chan_gpadl_release(struct vmbus_chan *ch, const struct rt_gpadl *gp);

#endif
