/*
 * A storvsc client on pv_guest: what Linux 6.1's storvsc_drv.c does on the
 * wire, in a form tests and the pvguest workload can drive.
 *
 *   - pvsc_open(): opens the SCSI channel (ring like Linux's), BEGIN,
 *     QUERY_PROTOCOL_VERSION walking 0x0602, 0x0600, 0x0501, QUERY_PROPERTIES,
 *     END, then optionally CREATE_SUB_CHANNELS and opens the subchannels the
 *     host offers. Every init step is in-band, completion requested,
 *     trans_id VMBUS_RQST_INIT (U64_MAX - 2);
 *   - commands: EXECUTE_SRB with data as one GPA-direct range over guest
 *     pages the client owns (one buffer per slot), no data in-band;
 *     trans_id = slot + 1, like blk-mq tag + 1;
 *   - unsolicited ENUMERATE_BUS / REMOVE_DEVICE packets (trans_id 0) are
 *     counted while waiting for completions.
 *
 * Threading: like pv_guest, one thread.
 */
#ifndef PV_STORVSC_CLIENT_H
#define PV_STORVSC_CLIENT_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "storvsc_codec.h"
#include "vmring_wire.h"

struct pvg;
struct pvg_chan;
struct pvsc;

#define PVSC_RQST_INIT VMRING_RQST_ID_INIT
#define PVSC_MAX_CHANNELS 17

struct pvsc_opts {
	const uint8_t *instance;  /* NULL: the first SCSI controller offered */
	uint16_t subchannels;     /* to ask for (capped by the host's max_channel_cnt) */
	uint32_t ring_pages;      /* per direction incl. header; 0 = 33 (Linux's 128 KiB) */
	const uint16_t *versions; /* NULL: 0x0602, 0x0600, 0x0501 */
	size_t nversions;
	uint32_t slots;     /* outstanding commands per channel (0 = 64) */
	uint32_t slot_size; /* data buffer per slot in bytes (0 = 64 KiB) */
	int timeout_ms;     /* per answer (0 = 5000) */
};

/* The host's answer to QUERY_PROPERTIES. */
struct pvsc_props {
	uint16_t max_channel_cnt;
	uint32_t flags;
	uint32_t max_transfer_bytes;
};

/* One SCSI command and its outcome. */
struct pvsc_cmd {
	uint8_t path, target, lun;
	uint8_t cdb[16];
	uint8_t cdb_len;
	uint8_t data_in;   /* 0 write, 1 read, 2 none/unknown */
	uint32_t xfer_len; /* at most slot_size */
	void *buf;         /* host memory: data to write, or where reads land */
	/* Results. */
	uint32_t ntstatus;
	uint8_t srb_status; /* including AUTOSENSE_VALID (0x80) */
	uint8_t scsi_status;
	uint8_t sense_len;
	uint8_t sense[20];
	uint32_t transferred;
	void *user;
};

/* Opens and initializes (see above). Returns 0, -ENODEV (no SCSI offer), -EPROTO, errno. */
int pvsc_open(struct pvg *g, const struct pvsc_opts *o, struct pvsc **out);
/* Closes every channel and frees the slot buffers. */
void pvsc_close(struct pvsc *sc);
/*
 * Frees the client without a message and without touching its channels or
 * guest pages (after pvg_unload() or pvg_close() forgot them). Hostile tests.
 */
void pvsc_forget(struct pvsc *sc);

uint16_t pvsc_version(const struct pvsc *sc);
const struct pvsc_props *pvsc_props(const struct pvsc *sc);
unsigned pvsc_channels(const struct pvsc *sc);
struct pvg_chan *pvsc_chan(struct pvsc *sc, unsigned i);
/*
 * The first guest page of slot `slot`'s buffer on channel ch (the pages a
 * command in that slot grants the host), or 0 for a slot that does not exist.
 */
uint64_t pvsc_slot_pfn(const struct pvsc *sc, unsigned ch, unsigned slot);
/* ENUMERATE_BUS / REMOVE_DEVICE packets seen so far (and the last operation). */
unsigned pvsc_notifications(const struct pvsc *sc, uint32_t *last_op);

/* A completion: its bytes, their size, decoded as COMPLETE_IO, and its NTSTATUS. */
struct pvsc_reply {
	uint8_t raw[STORVSC_PACKET_SIZE];
	uint32_t len;
	struct storvsc_msg m;
	uint32_t status;
};

/*
 * A request of operation `op` in the negotiated version's layout, asking
 * for completion; the caller fills the union (generated storvsc structs).
 */
struct storvsc_msg pvsc_msg(const struct pvsc *sc, uint32_t op);

/*
 * Sends req (encoded by the generated storvsc encoder at the negotiated
 * version) in-band with trans_id PVSC_RQST_INIT on channel c and waits for
 * its completion. Returns 0 with *rep filled, -EINVAL (req does not encode),
 * -ETIMEDOUT or -EBADMSG.
 */
int pvsc_request(struct pvsc *sc, struct pvg_chan *c, const struct storvsc_msg *req,
		 struct pvsc_reply *rep);

/* Runs one command on channel ch and waits for it. 0 or a transport errno. */
int pvsc_exec(struct pvsc *sc, unsigned ch, struct pvsc_cmd *cmd);

/* Sends cmd in slot `slot` (free) of channel ch. 0, -EBUSY, -EAGAIN (ring full), errno. */
int pvsc_submit(struct pvsc *sc, unsigned ch, unsigned slot, struct pvsc_cmd *cmd);
/*
 * Takes one completion from channel ch (waiting up to timeout_ms): fills
 * its command (read data copied to cmd->buf) and frees its slot. Returns 0
 * with *done set, -EAGAIN, or -EBADMSG for an answer matching no slot.
 */
int pvsc_reap(struct pvsc *sc, unsigned ch, int timeout_ms, struct pvsc_cmd **done);

/* Workload: random reads and writes with verification. */
struct pvsc_workload {
	uint8_t lun;
	uint32_t qd;        /* total outstanding, spread over the channels */
	uint64_t ios;       /* commands to complete */
	uint32_t io_size;   /* bytes, multiple of the block size (0 = 4096) */
	uint64_t span;      /* bytes of the disk used from LBA 0 (0 = whole disk, max 1 GiB) */
	unsigned write_pct; /* 0..100 (default 50 when `mix_set` is false) */
	bool mix_set;
	bool verify;
	bool zeroed;       /* with verify: never-written chunks must read as zeros */
	bool flush_at_end; /* SYNCHRONIZE CACHE after the last write */
	uint64_t seed;
	/*
	 * Optional: receives the generation of every io_size chunk of the span
	 * (0 = never written) so the caller can check the backing file with
	 * pvsc_pattern(). Allocated by pvsc_run_workload(), freed by the caller.
	 */
	uint32_t **gens_out;
	uint64_t *nchunks_out;
	/*
	 * Optional: once *stop is nonzero (a signal handler sets it), no new
	 * command is issued; what is in flight completes and is checked.
	 */
	const volatile sig_atomic_t *stop;
	/*
	 * Optional: run between rounds (another client's traffic on the same
	 * guest); waits for completions then last at most 2 ms at a time. A
	 * negative return ends the workload with that error.
	 */
	int (*tick)(void *ctx);
	void *tick_ctx;
};
struct pvsc_workload_result {
	uint64_t ios, errors, reads, writes;
	uint64_t verified_bytes, mismatches;
	double seconds;
};
int pvsc_run_workload(struct pvsc *sc, const struct pvsc_workload *w,
		      struct pvsc_workload_result *r);

/* The workload's data for chunk `chunk` at generation gen (len bytes, multiple of 8). */
void pvsc_pattern(uint64_t chunk, uint32_t gen, void *buf, size_t len);

/*
 * `pvguest ... storvsc [options]`: argv[0] is "storvsc". Prints the usage
 * with --help. Returns the process exit code.
 */
int pvsc_cli(struct pvg *g, int argc, char **argv);
/* The workload's tick for the next pvsc_cli() (pvguest --net-traffic). */
void pvsc_cli_set_tick(int (*tick)(void *ctx), void *ctx);
/* The storvsc part of `pvguest --help`. */
void pvsc_cli_usage(FILE *file);

#endif
