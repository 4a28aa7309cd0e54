/*
 * storvsp: the Hyper-V synthetic SCSI controller (storvsc's host side).
 *
 * One struct storvsp is one SCSI controller: one VMBus offer (class
 * storvsc_class_scsi from spec/storvsc.yaml), optional subchannels, and up to
 * STORVSP_MAX_LUNS logical units at path 0, target 0, each a scsi_disk on a
 * struct disk. The guest's packets (vstor_packet, 48 or 64 bytes) arrive on
 * the channels' worker threads and are copied and validated there (GPA
 * ranges against guest memory and against data_transfer_length). The disks
 * and SCSI disks belong to the I/O loop, which is the primary channel's
 * VMBus worker: requests of channels on that worker are executed and
 * completed right there, on the thread their packet arrived on; those of
 * subchannels the server put on another worker are handed to it.
 *
 * Protocol (Linux drivers/scsi/storvsc_drv.c, OpenVMM storvsp):
 *   - the primary channel's session runs through the generated storvsc_init
 *     machine (BEGIN, QUERY_PROTOCOL_VERSION until accepted, QUERY_PROPERTIES,
 *     END); anything out of order is answered INVALID_DEVICE_STATE;
 *     subchannels carry I/O without a handshake;
 *   - every packet is decoded by the generated storvsc codec and dispatched
 *     through its handler table; the versions are those spec/storvsc.yaml
 *     lists (storvsc_versions[]) up to max_version; outgoing packets are 64
 *     bytes from WIN8 on and 48 before, incoming ones of either size are
 *     accepted whatever the version;
 *   - absent LUNs answer INQUIRY with peripheral qualifier 3 and every other
 *     command with SRB_STATUS_INVALID_LUN; REPORT LUNS answers for the whole
 *     target;
 *   - each channel has at most max_io requests outstanding: at the limit the
 *     channel stops reading its ring (the packet stays there) and resumes as
 *     completions go out; nothing is dropped;
 *   - a bad request fails with an SRB status (and sense where SCSI has one)
 *     or an NTSTATUS, one rate-limited log line, and nothing else changes;
 *   - RESET_LUN, RESET_ADAPTER and RESET_BUS complete only once every
 *     request outstanding on any of the controller's channels when the reset
 *     started has completed and its completion is in the guest's ring (Linux
 *     storvsc_host_reset_handler relies on "all outstanding requests flushed"
 *     when the reset completes; it waits 5 s, then gives up on it). Nothing
 *     is aborted, so no acknowledged write is lost. The scope is the whole
 *     controller for all three: the packet names no LUN the protocol defines
 *     (OpenVMM ignores the payload and completes resets at once; Linux sends
 *     only RESET_BUS). Packets that arrive on the resetting channel after the
 *     reset stay in its ring until the reset completed (ordering as sent);
 *     other channels keep serving. Resets from several channels run one
 *     after the other.
 *
 * Threading: create/destroy/lun_add/lun_remove run on the server loop (the
 * partition's loop) and block briefly for the I/O loop's thread.
 */
#ifndef PV_DEVICES_STORVSP_H
#define PV_DEVICES_STORVSP_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/vmbus/vmbus_chan.h"

struct ev_loop;
struct rt_gmem;
struct rt_log;
struct storvsp;
struct vmbus_server;

#define STORVSP_MAX_LUNS 64
#define STORVSP_DEFAULT_MAX_IO 128
#define STORVSP_DEFAULT_MAX_TRANSFER (2u << 20)

struct disk_backend;

/* One logical unit as the configuration names it. */
struct storvsp_lun_cfg {
	uint16_t lun;        /* 0 .. STORVSP_MAX_LUNS - 1 */
	const char *backend; /* "file", "memory", "null" (disk_open), or ext's name */
	const char *arg;     /* path or size (not for ext) */
	uint32_t disk_flags; /* DISK_OPEN_* */
	const char *serial;  /* VPD 0x80; NULL = derived from the LUN */
	/* An external backend (disk_nvme) and its parsed settings, else NULL. */
	const struct disk_backend *ext;
	const void *ext_cfg;
	/* Restore (storvsp_save.c): ext's open takes its saved records from here. */
	struct rt_ss_reader *restore;
	/* ... and names each command it was left with for carried requests (disk.h). */
	void (*carried)(void *ctx, uint32_t tag);
	void *carried_ctx;
};

struct storvsp_opts {
	struct rt_log *log; /* required */
	uint8_t instance[16];
	const char *name;      /* log prefix, e.g. "scsi0"; NULL = "scsi" */
	uint16_t subchannels;  /* most subchannels the guest may ask for (0 = none) */
	uint32_t max_io;       /* outstanding requests per channel (0 = default) */
	uint32_t max_transfer; /* bytes per request (0 = 2 MiB); multiple of the page */
	uint32_t max_version;  /* highest storvsc version accepted (0 = the spec's newest) */
	/*
	 * Memory budget in bytes (runtime/budget.h) for what the guest makes
	 * the controller hold: each channel it opens takes its request pool
	 * (storvsp_channel_bytes()); an open past the budget is refused. 0:
	 * STORVSP_DEFAULT_BUDGET. The retry list holds pool entries (no bytes).
	 */
	uint64_t budget;
	/*
	 * Tests and fuzzing: run I/O on this loop, owned by the calling thread,
	 * instead of the primary channel's worker (or, detached, a worker of
	 * its own). The caller then delivers packets on that thread too and
	 * runs the loop for completions.
	 */
	struct ev_loop *io_loop;
};

/*
 * Creates the controller and offers it on srv (server loop). Add LUNs with
 * storvsp_lun_add() before or after. Returns 0 or a negative errno.
 */
int storvsp_create(struct vmbus_server *srv, const struct storvsp_opts *o, struct storvsp **out);

#define STORVSP_DEFAULT_BUDGET (16u << 20) /* not protocol: bytes, docs/budgets.md */

/* The bytes one channel's request pool takes (0 = defaults, as in the options). */
uint64_t storvsp_channel_bytes(uint32_t max_io, uint32_t max_transfer);

/*
 * Creates a controller that is not offered anywhere (tests, fuzzing): its
 * channels are attached with storvsp_channel_open() and fed directly. gmem is
 * the guest memory the GPA ranges refer to.
 */
int storvsp_create_detached(struct rt_gmem *gmem, const struct storvsp_opts *o,
			    struct storvsp **out);

/*
 * Rescinds the offer (channels close without waiting), waits at most
 * STORVSP_DESTROY_WAIT_MS for requests still on a backend, closes the LUNs
 * and frees. Past that bound the controller is logged and left allocated
 * (a late completion must find it). Server loop.
 */
void storvsp_destroy(struct storvsp *s);

/*
 * Opens the LUN's disk on the I/O thread and attaches it. If the guest has
 * finished initialization, an ENUMERATE_BUS notification (trans_id 0) tells
 * it to rescan. Returns 0, -EEXIST, -EINVAL (bad lun) or disk_open()'s error.
 */
int storvsp_lun_add(struct storvsp *s, const struct storvsp_lun_cfg *l);

/*
 * Detaches the LUN: new commands get INVALID_LUN, the disk closes once its
 * outstanding commands completed, and the guest gets a REMOVE_DEVICE
 * notification. Returns 0 or -ENOENT.
 */
int storvsp_lun_remove(struct storvsp *s, uint16_t lun);

/* The primary VMBus channel (NULL for a detached controller). */
struct vmbus_chan *storvsp_vmbus_chan(struct storvsp *s);

/* Counters (any thread, relaxed). */
struct storvsp_stats {
	uint64_t requests;    /* EXECUTE_SRB received */
	uint64_t completions; /* completion packets sent */
	uint64_t srb_errors;  /* SRBs completed with a status other than SUCCESS */
	uint64_t bad_packets; /* rejected before execution (shape, ranges, state) */
	uint64_t throttled;   /* times a channel stopped reading at max_io */
	uint64_t notifications;
	uint64_t max_outstanding; /* highest outstanding count seen on one channel */
	uint64_t resets;          /* RESET_LUN/ADAPTER/BUS completed */
	uint64_t reset_waited;    /* requests a reset waited for before completing */
	uint64_t zombies;         /* closed channels whose requests are still on a backend (now) */
	/* The memory budget (opts.budget): bytes held now, the most, refused opens. */
	uint64_t budget_limit, budget_used, budget_high, budget_refused;
};
void storvsp_get_stats(const struct storvsp *s, struct storvsp_stats *out);

/*
 * What one LUN executed since it was added: commands by kind, bytes moved,
 * commands that ended in an error (a CHECK CONDITION or other non-GOOD
 * status, or not started) and the last error's sense (key << 16 | asc << 8
 * | ascq; 0: none, or no sense data). Any thread. Returns 0, or -ENOENT for
 * a LUN number that was never added.
 */
struct storvsp_lun_stats {
	bool present;                  /* false once removed: the counts are its last ones */
	uint64_t reads, writes, other; /* READ(n), WRITE(n), everything else */
	uint64_t read_bytes, written_bytes;
	uint64_t errors;
	uint32_t last_error;
};
int storvsp_get_lun_stats(const struct storvsp *s, uint16_t lun, struct storvsp_lun_stats *out);

/*
 * Outstanding requests each channel may have, 1..max_io (the pool): the
 * control socket's `devices.scsiN.max_outstanding` knob. Any thread.
 * Returns 0 or -ERANGE. The getter returns the limit and the pool size.
 */
int storvsp_set_max_outstanding(struct storvsp *s, uint32_t n);
uint32_t storvsp_max_outstanding(const struct storvsp *s, uint32_t *pool);

/* The `scsi` kind's inspect hook (vmbus_device.h; storvsp_inspect.c). */
struct rt_inspect;
struct rt_inspect_node;
struct rt_inspect_node *storvsp_kind_inspect(void *dev, struct rt_inspect *in,
					     struct rt_inspect_node *parent, const char *name);

/* ---- a channel of the controller, and its transport ---- */

/*
 * One channel (the primary or a subchannel): its protocol state, request
 * pool and replies. The transport is what carries its packets; the real one
 * wraps a vmbus_chan, tests and fuzzers attach their own to a detached
 * controller.
 */
struct storvsp_channel;

struct storvsp_channel_ops {
	/* Writes a packet (type 6 or 0xB); 0, -EAGAIN when full, other errno. */
	int (*send)(void *transport, uint16_t type, uint16_t flags, uint64_t trans_id,
		    const void *data, size_t len);
	/* Deliver the held-back packet again (see vmbus_chan_kick). */
	void (*kick)(void *transport);
	/* Offer `count` subchannels; 0 or a negative errno. */
	int (*offer_subchannels)(void *transport, uint16_t count);
};

/* Attaches a channel with sub_channel_index `sub` (0 = primary). */
int storvsp_channel_open(struct storvsp *s, const struct storvsp_channel_ops *ops, void *transport,
			 uint16_t sub, struct storvsp_channel **out);
/*
 * One packet from the guest (as vmbus_pkt_decode() describes it); 0, or
 * -EAGAIN (held: redeliver after kick).
 */
int storvsp_channel_packet(struct storvsp_channel *c, const struct vmbus_pkt *pkt);
/* The channel's ring has room again (retries queued completions). */
void storvsp_channel_send_space(struct storvsp_channel *c);
/* Requests accepted on this channel and not yet finished. */
unsigned storvsp_channel_outstanding(struct storvsp_channel *c);
/*
 * Detaches the channel without waiting: nothing is sent on its transport
 * after this returns. Requests still on a backend keep it alive (a zombie)
 * until they complete; storvsp_destroy() waits for those with a bound.
 */
void storvsp_channel_close(struct storvsp_channel *c);

/* The `scsi` device kind for tools/paravisor (config keys in storvsp_kind.c). */
extern const struct vmbus_dev_kind storvsp_scsi_kind;

#endif
