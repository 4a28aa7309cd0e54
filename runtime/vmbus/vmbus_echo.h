/*
 * The "echo" test device: a VMBus device class that reflects every packet
 * (an in-band packet that asks for a completion gets a completion with the
 * same payload and trans_id; any other data packet comes back as an in-band
 * packet). Used by the VMBus protocol tests and benchmarks. When the guest's
 * inbound ring is full it stops reading (back-pressure), so a guest that
 * never drains sees its own outbound ring fill up.
 */
#ifndef VMBUS_ECHO_H
#define VMBUS_ECHO_H

#include <stdint.h>

#include "pv_codec.h"

struct vmbus_server;
struct vmbus_echo;
struct rt_log;

/* Its class is vmbus_class_echo (spec/vmbus.yaml classes). */

/*
 * Offers an echo device with instance GUID `instance` (wire byte order) on
 * server s. Server loop. Returns 0 or a negative errno.
 */
int vmbus_echo_create(struct vmbus_server *s, struct rt_log *log, const uint8_t instance[16],
		      struct vmbus_echo **out);

/* The device's primary channel (for tests and diagnostics). */
struct vmbus_chan *vmbus_echo_chan(struct vmbus_echo *e);

/* Rescinds the device and frees it. Server loop. */
void vmbus_echo_destroy(struct vmbus_echo *e);

#endif
