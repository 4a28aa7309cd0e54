/*
 * The user-mode MANA driver: a GDMA/MANA PCI function (drivers/pci.h: a VF
 * through VFIO, or our emulator through the emu backend) driven from one
 * libev loop.
 *
 * struct mana_dev is the function: BAR0, the shared-memory channel, the
 * hardware channel (HWC) and its requests, the event queues and their
 * interrupts, the registered MANA device. Its bring-up is an explicit state
 * machine in SPDK's manner (mana_dev.c: a state enum with a name per state,
 * mana_dev_set_state() that logs and arms the state's timeout, a
 * non-blocking step): SMC idle -> ESTABLISH_HWC -> the HWC init events ->
 * test EQE, VERIFY_VF_DRIVER_VERSION, QUERY_MAX_RESOURCES, LIST_DEVICES,
 * REGISTER_DEVICE, QUERY_DEV_CONFIG -> one EQ per queue -> ready. Nothing
 * waits on the device without a bound; a timeout, a malformed response or
 * event, or an error status fails the bring-up, and mana_dev_recover()
 * resets the function (FLR) and starts again.
 *
 * struct mana_vport is one vport: its queue pairs (SQ + CQ, RQ + CQ), RX
 * buffers, TX bounce buffers, RSS; brought up and torn down by its own
 * machine over HWC requests (QUERY_VPORT_CONFIG, CONFIG_VPORT_TX,
 * CREATE_DMA_REGION, CREATE_WQ_OBJ, CONFIG_VPORT_RX, FENCE_RQ,
 * DESTROY_WQ_OBJ).
 *
 * The device is hostile (a confidential VM's hardware): every id, size,
 * owner count, message id and length it returns is checked; a bad one is
 * an error of the queue or the device, never an out-of-bounds access.
 *
 * Threading: every function runs on opts.loop's thread; callbacks run there.
 */
#ifndef DRIVERS_MANA_H
#define DRIVERS_MANA_H

#include <stdbool.h>
#include <stdint.h>

struct ev_loop;
struct pci_dev;
struct rt_log;
struct rt_trace;
struct mana_dev;
struct mana_vport;

#define MANA_DRV_MAX_QUEUES 16 /* not protocol: the driver's limit */
#define MANA_DRV_IOVA_BASE (UINT64_C(1) << 38)

enum mana_dev_state {
	MANA_DEV_INIT,          /* nothing done yet */
	MANA_DEV_SMC_IDLE,      /* waiting for the SMC to be ours (owner bit clear) */
	MANA_DEV_SMC_ESTABLISH, /* ESTABLISH_HWC written, waiting for the answer */
	MANA_DEV_HWC_INIT,      /* waiting for the HWC init events up to INIT_DONE */
	MANA_DEV_GDMA_SETUP,    /* test EQE, version, resources, devices, register, config */
	MANA_DEV_CREATE_EQS,    /* one EQ per queue: region, CREATE_QUEUE, test EQE */
	MANA_DEV_READY,
	MANA_DEV_FAILED, /* see mana_dev_error(); mana_dev_recover() starts over */
	MANA_DEV_CLOSED,
};

struct mana_dev_opts {
	struct ev_loop *loop;   /* required: the driver's thread */
	struct rt_log *log;     /* required */
	struct rt_trace *trace; /* optional: HWC messages (MANA) and queue entries (GDMA) */
	const char *name;       /* for logs; default "mana" */
	uint32_t queues;        /* queue pairs (EQs) wanted, 1..MANA_DRV_MAX_QUEUES; default 1 */
	uint64_t iova_base; /* where our DMA pool sits for the device; default MANA_DRV_IOVA_BASE */
	double timeout;     /* seconds for each request and wait; default 5 */
	/* Called on entering READY and FAILED (and after a recovery). Optional. */
	void (*state_cb)(void *ctx, struct mana_dev *d, enum mana_dev_state st);
	void *ctx;
};

/*
 * Takes `pci` (closed by mana_dev_close) and starts the bring-up. Returns 0
 * (the result comes through state_cb) or a negative errno for what is wrong
 * at once (not a MANA function, no BAR0, too few MSI-X vectors, no memory).
 */
int mana_dev_open(struct pci_dev *pci, const struct mana_dev_opts *o, struct mana_dev **out);

/*
 * Tears down in order within a bounded time (vports first, then the EQs,
 * DEREGISTER_DEVICE, DESTROY_HWC), resets the function so no DMA is in
 * flight, frees everything and closes the PCI device.
 */
void mana_dev_close(struct mana_dev *d);

/* Resets the function and starts the bring-up again (after FAILED). */
int mana_dev_recover(struct mana_dev *d);

enum mana_dev_state mana_dev_state(const struct mana_dev *d);
const char *mana_dev_state_name(enum mana_dev_state st);
/* The error that failed the bring-up (negative errno), 0 otherwise. */
int mana_dev_error(const struct mana_dev *d);
/* Queues the device allows per vport (EQs made), vports it has. */
uint32_t mana_dev_queues(const struct mana_dev *d);
uint32_t mana_dev_vports(const struct mana_dev *d);

struct mana_dev_stats {
	uint64_t requests, request_errors, request_timeouts;
	uint64_t bad_responses; /* wrong id, type, length, version */
	uint64_t eqes, bad_eqes, cqes, bad_cqes;
	uint64_t irqs, doorbells;
	uint64_t recoveries;
	uint64_t link_events;
	uint64_t dma_used; /* bytes of our DMA pool in use */
};
void mana_dev_get_stats(const struct mana_dev *d, struct mana_dev_stats *out);

/* ------------------------------------------------------------------ */
/* Vports                                                               */

/* A frame as a vport hands it out (valid only during the callback). */
struct mana_rx_info {
	bool ip_csum_ok, ip_csum_bad;
	bool tcp_csum_ok, tcp_csum_bad;
	bool udp_csum_ok, udp_csum_bad;
	bool vlan;
	uint16_t vlan_tci;
	uint16_t hash_type; /* NDIS hash-type bits (spec mana hash_type); 0: no hash */
	uint32_t hash;
};

/* What a TX frame asks of the hardware (the MANA TX OOB). */
struct mana_tx_req {
	bool ipv4, ipv6;
	bool csum_ip, csum_tcp, csum_udp;
	uint16_t l4_off;
	uint16_t mss; /* non-zero: LSO; hdr_len bytes go in SGE0 */
	uint16_t hdr_len;
	bool vlan;
	uint16_t vlan_tci;
};

enum mana_vport_state {
	MANA_VPORT_CLOSED,
	MANA_VPORT_OPENING,
	MANA_VPORT_UP,
	MANA_VPORT_CLOSING,
	MANA_VPORT_FAILED, /* a queue or request failed: close it (and maybe recover) */
};

struct mana_vport_cb {
	/*
	 * A frame arrived on queue q. Return 0 once copied, -ENOSPC to keep it
	 * (the queue pauses until mana_vport_rx_resume), another negative errno
	 * to drop it.
	 */
	int (*rx)(void *ctx, uint32_t q, const void *frame, uint32_t len,
		  const struct mana_rx_info *info);
	/* The frame sent with `cookie` on queue q is done: 0 or -EIO (CQE error). */
	void (*tx_done)(void *ctx, uint32_t q, void *cookie, int status);
	/* Opened (UP), failed (FAILED), or closed after mana_vport_close (CLOSED). */
	void (*state)(void *ctx, enum mana_vport_state st);
	/* Link up/down events from the device. Optional. */
	void (*link)(void *ctx, bool up);
};

struct mana_vport_opts {
	uint32_t index;  /* vport number (QUERY_VPORT_CONFIG) */
	uint32_t queues; /* queue pairs, <= mana_dev_queues() */
	uint32_t mtu;    /* IP MTU; RX buffers hold mtu + 18 */
	const struct mana_vport_cb *cb;
	void *ctx;
};

/* Starts bringing vport `o->index` up on a READY device; cb->state says how it went. */
int mana_vport_open(struct mana_dev *d, const struct mana_vport_opts *o, struct mana_vport **out);

/*
 * Starts the teardown (RX off, fence, queues destroyed); cb->state(CLOSED)
 * follows and the vport is freed after it. Frames in flight complete with
 * -ECANCELED first. Safe in any state.
 */
void mana_vport_close(struct mana_vport *v);

/* MAC and queue limits from QUERY_VPORT_CONFIG (valid once UP). */
void mana_vport_mac(const struct mana_vport *v, uint8_t mac[6]);
enum mana_vport_state mana_vport_state(const struct mana_vport *v);

/*
 * Queues one frame (segments copied into a bounce buffer) on queue q.
 * Returns 0 (tx_done follows, never inside this call), -EAGAIN (no room:
 * retry after a tx_done), -EMSGSIZE, -EINVAL, or -ENOTCONN when not UP.
 * The doorbell is rung by mana_vport_tx_flush.
 */
struct iovec;
int mana_vport_tx(struct mana_vport *v, uint32_t q, const struct iovec *iov, uint32_t niov,
		  const struct mana_tx_req *req, void *cookie);
/* Rings the SQ doorbells of queues with frames posted since the last flush. */
void mana_vport_tx_flush(struct mana_vport *v);

/* The consumer has room again on queue q. */
void mana_vport_rx_resume(struct mana_vport *v, uint32_t q);

/*
 * RSS: key (40 bytes) and a table of queue numbers (power of two entries,
 * at most 256). Sent with CONFIG_VPORT_RX, then the RQs are fenced.
 * Returns 0 (applied asynchronously), -EINVAL, -EBUSY (a change is in progress).
 */
int mana_vport_set_rss(struct mana_vport *v, const uint8_t *key, uint32_t key_len,
		       const uint32_t *table, uint32_t n);

struct mana_vport_stats {
	uint64_t tx_frames, tx_bytes, tx_errors, tx_doorbells;
	uint64_t rx_frames, rx_bytes, rx_errors, rx_doorbells;
	uint64_t bad_cqes;
};
void mana_vport_get_stats(const struct mana_vport *v, struct mana_vport_stats *out);

#endif
