/*
 * The guest end of the sim partition (docs/sim-partition.md), used by
 * pvguest, tests and trace replay to play VTL0 in a user process.
 *
 * Connecting maps guest RAM (as a struct rt_gmem, so the guest side of the
 * ring code works on it) and the SIEF pages. HvPostMessage is
 * rt_sim_guest_post() (blocks for the status); host messages are queued and
 * taken with rt_sim_guest_recv(); HvSignalEvent is rt_sim_guest_signal();
 * host->guest channel interrupts arrive as a readable rt_sim_guest_irq_fd()
 * plus flags taken with rt_sim_guest_take_events().
 *
 * Threading: one thread uses a struct rt_sim_guest (it is not locked).
 */
#ifndef RT_SIM_GUEST_H
#define RT_SIM_GUEST_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/partition.h"

struct rt_gmem;
struct rt_sim_guest;

/* A SynIC message from the host. */
struct rt_sim_msg {
	uint32_t vp;
	uint32_t sint;
	uint32_t message_type;
	uint32_t len;
	uint8_t payload[RT_HV_MESSAGE_PAYLOAD_MAX];
};

/*
 * Connects to the paravisor's socket and completes the WELCOME/HELLO
 * exchange. Returns 0, -EBUSY if the host refused (another guest is
 * connected; its reason is copied to err if non-NULL), -EPROTO on a bad
 * WELCOME, or a negative errno from connect(2).
 */
int rt_sim_guest_connect(const char *socket_path, struct rt_sim_guest **out, char *err,
			 size_t errlen);

/* Disconnects (the host resets the session) and frees everything. */
void rt_sim_guest_close(struct rt_sim_guest *g);

/* Guest RAM, owned by g. */
struct rt_gmem *rt_sim_guest_gmem(struct rt_sim_guest *g);
uint32_t rt_sim_guest_vp_count(const struct rt_sim_guest *g);

/*
 * HvPostMessage: sends a message and waits for the hypercall status (host
 * messages arriving meanwhile are queued). Returns 0 with *status set,
 * -EINVAL (len > 240) or -ENOTCONN.
 */
int rt_sim_guest_post(struct rt_sim_guest *g, uint32_t connection_id, uint32_t message_type,
		      const void *payload, size_t len, enum rt_hv_status *status);

/*
 * Takes the next host message, waiting up to timeout_ms (-1: forever, 0:
 * poll). Returns 0, -EAGAIN on timeout or -ENOTCONN.
 */
int rt_sim_guest_recv(struct rt_sim_guest *g, struct rt_sim_msg *m, int timeout_ms);

/*
 * HvSignalEvent on connection_id: writes the eventfd the host bound to it.
 * Returns 0, -ENOENT if nothing is bound (Hyper-V would answer
 * HV_STATUS_INVALID_CONNECTION_ID) or -ENOTCONN.
 */
int rt_sim_guest_signal(struct rt_sim_guest *g, uint32_t connection_id);

/* Readable when the host raised an interrupt; and the socket, for poll loops. */
int rt_sim_guest_irq_fd(const struct rt_sim_guest *g);
int rt_sim_guest_sock_fd(const struct rt_sim_guest *g);

/*
 * Reads everything the socket holds without blocking (bindings, messages).
 * Returns 0 or -ENOTCONN when the host went away.
 */
int rt_sim_guest_process(struct rt_sim_guest *g);

/*
 * Drains the interrupt socket, then takes (test-and-clears) the event flags
 * set for (vp, sint), storing up to max of them in flags in ascending
 * order. Returns the number stored or -EINVAL. Flags beyond max stay set.
 */
int rt_sim_guest_take_events(struct rt_sim_guest *g, uint32_t vp, uint32_t sint, uint32_t *flags,
			     size_t max);

#endif
