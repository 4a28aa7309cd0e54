/*
 * Trace recording: every VMBus control message and ring packet that crosses
 * the paravisor, written as pcapng (docs/TRACE-FORMAT.md): a section header,
 * one interface (IDB, LINKTYPE_USER0, nanosecond timestamps) per channel
 * (interface 0 is the connection: relid 0), and one enhanced packet block per
 * message holding the 24-byte record header (spec/pvtrace.yaml) and the
 * message bytes as they were read from or written to the guest.
 *
 * Off costs one predicted-false pointer test at each hook: callers write
 *
 *     if (rt_trace_on(t))
 *             rt_trace_vmbus(t, ...);
 *
 * Filters (struct rt_trace_filter): which relids, which device classes (by
 * interface GUID, learned from the OFFERCHANNEL messages the trace sees),
 * which protocols, and a snap length that keeps only the first N payload
 * bytes (flag TRUNCATED set).
 *
 * Starting and stopping: a trace object may exist without a sink
 * (rt_trace_new(), "stopped"): the recorders then return after one relaxed
 * load, and it still learns each channel's class from the offers, so a
 * trace started later (rt_trace_start(), the control socket's `trace start`)
 * names them. A sink that is a pipe or a socket (`--trace -`, `pvctl trace
 * stream`, the Wireshark extcap) is live: written without blocking after
 * every record, one block per write, whole pcapng blocks only; a record
 * that finds the 1 MiB buffer full behind a slow reader is dropped and
 * counted, never waited for. Stopping waits (at most 1 s) only to finish a
 * block a socket reader already took part of, so the stream never ends, or
 * goes on with a new section, inside a block.
 *
 * Threading: any thread may record; records are serialised by one mutex
 * and assembled in a 1 MiB buffer written with one write(2) when full, on
 * rt_trace_flush() and on rt_trace_close() (bench/trace measures the cost;
 * a process killed with SIGKILL loses what the buffer held).
 * rt_trace_close() must run after every recorder stopped.
 *
 * Reading: rt_trace_reader_*() walks a whole trace held in memory and
 * reports the first structural error with its byte offset; it never trusts
 * a length from the file.
 */
#ifndef RT_TRACE_H
#define RT_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include "pvtrace_codec.h"

struct rt_trace;

#define RT_TRACE_MAX_RELIDS 16
#define RT_TRACE_MAX_CLASSES 8

struct rt_trace_filter {
	uint32_t relids[RT_TRACE_MAX_RELIDS]; /* channels to keep (nrelids 0: all) */
	unsigned nrelids;
	uint8_t classes[RT_TRACE_MAX_CLASSES][16]; /* interface GUIDs, wire order */
	unsigned nclasses;
	uint32_t protos;  /* bit (1 << PVTRACE_PROTO_x); 0: all */
	uint32_t snaplen; /* payload bytes kept per record; 0: all */
};

/*
 * Parses a filter: comma-separated items "relid=N", "class=GUID" (text
 * form, e.g. ba6163d9-04a1-4d29-b605-72e2ffb1dc7f, or the names storvsc,
 * netvsc), "proto=NAME" (vmbus, vmring, storvsc, nvsp, rndis, nvme, mana)
 * and "snap=N". Control messages of the connection (relid 0) pass a relid
 * or class filter. Returns 0 or -EINVAL (err says which item).
 */
int rt_trace_filter_parse(const char *s, struct rt_trace_filter *f, char *err, size_t errlen);

/*
 * Creates `path` and writes the section header and interface 0. `filter`
 * may be NULL. Returns 0 or a negative errno. (= rt_trace_new + rt_trace_start.)
 */
int rt_trace_open(const char *path, const struct rt_trace_filter *filter, struct rt_trace **out);

/* A stopped trace (no sink): recorders learn channel classes, write nothing. */
int rt_trace_new(struct rt_trace **out);

/*
 * Starts writing to `path` ("-": standard output) or to `fd` (closed on stop
 * if `own`): a new pcapng section with its interfaces. Returns 0, -EBUSY if
 * a sink is already attached, or a negative errno. Any thread.
 */
int rt_trace_start(struct rt_trace *t, const char *path, const struct rt_trace_filter *filter);
int rt_trace_start_fd(struct rt_trace *t, int fd, bool own, const struct rt_trace_filter *filter);

/* Flushes and detaches the sink (a no-op when stopped). Any thread. */
void rt_trace_stop(struct rt_trace *t);

/* True while a sink is attached and healthy enough to be written. */
bool rt_trace_active(struct rt_trace *t);

/* Flushes and closes. NULL is a no-op. */
void rt_trace_close(struct rt_trace *t);

/* Flushes buffered records to the file (tests, periodic flushing). */
int rt_trace_flush(struct rt_trace *t);

/* Records kept and records dropped by filters, write errors or a slow live reader. */
void rt_trace_counts(struct rt_trace *t, uint64_t *written, uint64_t *filtered);

#define rt_trace_on(t) __builtin_expect((t) != NULL, 0)

/*
 * One record of any protocol: `channel` (relid or queue id), the iov
 * concatenated is the payload. Any thread.
 */
void rt_trace_record(struct rt_trace *t, uint8_t proto, uint8_t dir, uint32_t channel,
		     uint64_t trans_id, const struct iovec *iov, int n);

/*
 * A VMBus control message (from its 8-byte header) in direction `dir`
 * (PVTRACE_DIR_TO_HOST or _TO_GUEST). The channel is taken from the
 * message's child_relid where it has one; OFFERCHANNEL teaches the trace the
 * relid's class (for class filters and the IDB description).
 */
void rt_trace_vmbus(struct rt_trace *t, uint8_t dir, const void *msg, size_t len);

/*
 * A ring packet as it was copied out of a ring (descriptor to padding), in
 * direction `dir` (TO_HOST: the host read the guest->host ring; TO_GUEST:
 * the guest read the host->guest ring).
 */
void rt_trace_ring_copied(struct rt_trace *t, uint8_t dir, uint32_t relid, const void *pkt,
			  size_t len);

/*
 * A ring packet written by the arguments the writer had (descriptor built
 * here as the ring builds it: offset8 from hdr_len, len8 from the padded
 * total; iov holds the type-specific header then the payload).
 */
void rt_trace_ring_written(struct rt_trace *t, uint8_t dir, uint32_t relid, uint16_t type,
			   uint16_t flags, uint64_t trans_id, size_t hdr_len,
			   const struct iovec *iov, int n);

/*
 * Causal order. A record made after its action can land behind the records
 * of what the action caused: the host posts OPENCHANNEL_RESULT, the guest
 * (another process) writes its first ring packet at once, and the thread
 * that reads it records it before the poster records the message. So an
 * action whose effects other threads record is done inside
 * rt_trace_hold()/rt_trace_release() and recorded there with a *_held
 * recorder: no other record is written in between. rt_trace_hold() returns
 * false (and holds nothing) when the trace is not recording; then record
 * nothing. Hold it only around the action itself (a post, a ring write).
 */
bool rt_trace_hold(struct rt_trace *t);
void rt_trace_release(struct rt_trace *t);
void rt_trace_vmbus_held(struct rt_trace *t, uint8_t dir, const void *msg, size_t len);
void rt_trace_ring_tx_held(struct rt_trace *t, uint32_t relid, uint16_t type, uint16_t flags,
			   uint64_t trans_id, size_t hdr_len, const struct iovec *iov, int n);

/* The host side's shorthands: read from the guest->host ring, written to the host->guest one. */
static inline void rt_trace_ring_rx(struct rt_trace *t, uint32_t relid, const void *pkt, size_t len)
{
	rt_trace_ring_copied(t, PVTRACE_DIR_TO_HOST, relid, pkt, len);
}

static inline void rt_trace_ring_tx(struct rt_trace *t, uint32_t relid, uint16_t type,
				    uint16_t flags, uint64_t trans_id, size_t hdr_len,
				    const struct iovec *iov, int n)
{
	rt_trace_ring_written(t, PVTRACE_DIR_TO_GUEST, relid, type, flags, trans_id, hdr_len, iov,
			      n);
}

/* ---- reading ---- */

struct rt_trace_reader;

/* One record as read: the header decoded, the payload pointing into the reader's buffer. */
struct rt_trace_rec {
	uint64_t index;  /* 1-based record number (EPBs only) */
	uint64_t offset; /* byte offset of its block in the file */
	uint64_t ts_ns;  /* nanoseconds since the epoch (from the IDB's if_tsresol) */
	uint32_t ifid;
	uint32_t orig_len; /* original packet length claimed by the block */
	struct pvtrace_record hdr;
	const uint8_t *payload;
	uint32_t payload_len;
	const uint8_t *raw; /* header + payload as stored */
	uint32_t raw_len;
};

/*
 * Reads the whole file (at most 1 GiB). Returns 0 or a negative errno with
 * err filled in.
 */
int rt_trace_reader_open(const char *path, struct rt_trace_reader **out, char *err, size_t errlen);

/* Over a caller's buffer (kept, not copied; must outlive the reader). */
int rt_trace_reader_open_mem(const void *buf, size_t len, struct rt_trace_reader **out);

void rt_trace_reader_close(struct rt_trace_reader *r);

/*
 * The next record: 1 with *rec filled, 0 at a clean end of file, or
 * -EBADMSG (corrupt or truncated; rt_trace_reader_error() says what and
 * where; the reader stays failed).
 */
int rt_trace_reader_next(struct rt_trace_reader *r, struct rt_trace_rec *rec);

/* Rewinds to the first block. */
void rt_trace_reader_rewind(struct rt_trace_reader *r);

/* The last error ("offset 1234: EPB length 9 below minimum"), or "". */
const char *rt_trace_reader_error(const struct rt_trace_reader *r);

/* Name of an interface (if_name option) or NULL. */
const char *rt_trace_reader_if_name(const struct rt_trace_reader *r, uint32_t ifid);

#endif
