/*
 * The partition interface: what the hypervisor gives the paravisor.
 *
 * A partition owns VTL0's memory and its synthetic interrupt controller. The
 * VMBus server talks to the guest only through it:
 *
 *   - guest memory: a memfd-backed mapping reached through struct rt_gmem
 *     (runtime/gmem.h); protocol code never sees the raw mapping;
 *   - host -> guest messages: post_message() places a SynIC message (a VMBus
 *     channel message, at most 240 bytes of payload) in the guest's message
 *     slot for a SINT on a VP; the backend queues it when the slot is busy and
 *     delivers in order;
 *   - host -> guest channel interrupts: signal_guest() sets the event flag of
 *     a channel (its relid) for a SINT on a VP and raises the interrupt;
 *   - guest -> host messages: HvPostMessage arrives through cb.on_message on
 *     the partition's loop, which returns the hypercall status to hand back;
 *   - guest -> host channel interrupts: HvSignalEvent on a connection id is
 *     routed to an eventfd the VMBus server binds with bind_guest_signal(), so
 *     a channel's worker loop wakes without passing through the main loop.
 *
 * Backends: sim (runtime/partition_sim.c: a user-mode guest process on a Unix
 * socket, see docs/sim-partition.md) and kvm (runtime/partition_kvm.c: a KVM
 * virtual machine running a real Linux kernel). Threading: every op is called
 * on the partition's loop thread unless it says otherwise.
 */
#ifndef RT_PARTITION_H
#define RT_PARTITION_H

#include <stddef.h>
#include <stdint.h>

struct ev_loop;
struct rt_gmem;
struct rt_partition;
struct rt_ss_writer;

/* Hypercall status codes (Hyper-V TLFS; Linux include/asm-generic/hyperv-tlfs.h). */
enum rt_hv_status {
	RT_HV_STATUS_SUCCESS = 0,
	RT_HV_STATUS_INVALID_HYPERCALL_CODE = 2,
	RT_HV_STATUS_INVALID_ALIGNMENT = 4,
	RT_HV_STATUS_INVALID_PARAMETER = 5,
	RT_HV_STATUS_ACCESS_DENIED = 6,
	RT_HV_STATUS_INSUFFICIENT_MEMORY = 11,
	RT_HV_STATUS_INVALID_CONNECTION_ID = 18,
	RT_HV_STATUS_INSUFFICIENT_BUFFERS = 19,
};

/* Maximum payload of one SynIC message (HV_MESSAGE_PAYLOAD_BYTE_COUNT). */
#define RT_HV_MESSAGE_PAYLOAD_MAX 240

/* Callbacks the VMBus server installs; they run on the partition's loop. */
struct rt_partition_cb {
	/*
	 * The guest posted a message (HvPostMessage) on connection_id. payload
	 * points to a private copy of at most RT_HV_MESSAGE_PAYLOAD_MAX bytes.
	 * Returns the rt_hv_status the guest's hypercall sees.
	 */
	enum rt_hv_status (*on_message)(void *ctx, uint32_t connection_id, uint32_t message_type,
					const void *payload, size_t len);
	/*
	 * The guest reset its connection (the sim guest disconnected, the kvm
	 * guest rebooted): forget every channel and GPADL of the old session.
	 */
	void (*on_reset)(void *ctx);
};

struct rt_partition_ops {
	const char *name;
	/* Starts delivering guest events to cb; for kvm, runs the vCPUs. */
	int (*start)(struct rt_partition *p);
	/* Stops the vCPUs/connection; safe to call twice. */
	void (*stop)(struct rt_partition *p);
	void (*destroy)(struct rt_partition *p);
	/*
	 * Posts a message to the guest's SynIC slot `sint` on VP `vp`. Returns 0
	 * (delivered or queued in order behind a busy slot) or a negative errno
	 * (-EINVAL: len > 240 or a bad vp/sint; -ENOTCONN: no guest; -ENOBUFS:
	 * the guest leaves its slot busy and the bounded queue behind it is full).
	 */
	int (*post_message)(struct rt_partition *p, uint32_t vp, uint32_t sint,
			    uint32_t message_type, const void *payload, size_t len);
	/*
	 * Sets event flag `flag` (a channel's relid) in the guest's event page
	 * for `sint` on `vp` and raises the interrupt. May be called from any
	 * thread (channel workers signal the guest directly). Returns 0 or a
	 * negative errno.
	 */
	int (*signal_guest)(struct rt_partition *p, uint32_t vp, uint32_t sint, uint32_t flag);
	/*
	 * Routes the guest's HvSignalEvent on connection_id to eventfd `efd`
	 * (efd < 0 removes the route). Returns 0 or a negative errno.
	 */
	int (*bind_guest_signal)(struct rt_partition *p, uint32_t connection_id, int efd);

	/*
	 * Servicing (docs/servicing.md); NULL where the backend cannot be saved,
	 * and then the paravisor refuses a live update. Loop thread.
	 *
	 * pause: the guest stops running and stops reaching cb (kvm: every
	 * vCPU out of KVM_RUN with its last exit completed and its hypercall
	 * answered; sim: the guest's socket is no longer read). post_message
	 * and signal_guest keep working (they queue or set flags). Returns 0
	 * or a negative errno, and then the partition runs as before.
	 * resume: undoes pause after an update that did not happen.
	 * save: appends the backend's records (spec/savestate.yaml) and its
	 * descriptors; only while paused. The backend's restore function
	 * (rt_partition_sim_restore, rt_partition_kvm_restore) rebuilds it in
	 * the new binary.
	 */
	int (*pause)(struct rt_partition *p);
	void (*resume)(struct rt_partition *p);
	int (*save)(struct rt_partition *p, struct rt_ss_writer *w);
};

struct rt_partition {
	const struct rt_partition_ops *ops;
	struct ev_loop *loop; /* the loop callbacks run on */
	struct rt_gmem *gmem; /* VTL0 memory, owned by the partition */
	uint32_t vp_count;
	struct rt_partition_cb cb;
	void *cb_ctx;
};

static inline int rt_partition_post_message(struct rt_partition *p, uint32_t vp, uint32_t sint,
					    uint32_t type, const void *payload, size_t len)
{
	return p->ops->post_message(p, vp, sint, type, payload, len);
}

static inline int rt_partition_signal_guest(struct rt_partition *p, uint32_t vp, uint32_t sint,
					    uint32_t flag)
{
	return p->ops->signal_guest(p, vp, sint, flag);
}

static inline int rt_partition_bind_guest_signal(struct rt_partition *p, uint32_t connection_id,
						 int efd)
{
	return p->ops->bind_guest_signal(p, connection_id, efd);
}

#endif
