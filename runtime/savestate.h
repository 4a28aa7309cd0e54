/*
 * Saved state for live updates (servicing): a writer that objects append
 * their records to, and a reader that checks a whole saved state before any
 * object is rebuilt from it.
 *
 * The format is spec/savestate.yaml (generated codec pvss_*): FILE_HEADER,
 * the objects' records, END with an FNV-1a 64 checksum of everything before
 * it; every record padded to 8 bytes. The state travels in a memfd the old
 * binary leaves open across exec; the descriptors objects keep open (guest
 * RAM, sockets, eventfds, backing files) are listed in FD records.
 *
 * The reader treats the state as untrusted input: it copies the memfd once
 * into private memory, then checks the framing (header first, END last,
 * record lengths and padding, the checksum, the record count), decodes every
 * record with the generated decoder at the state's format version, and
 * refuses a format newer than its own. Objects then take their records in
 * order with rt_ss_take(); rt_ss_reader_finish() refuses a state with a
 * record no object took or a descriptor no object claimed. Every refusal
 * leaves a one-line reason in reader->err.
 *
 * Threading: a writer or reader belongs to one thread.
 */
#ifndef RT_SAVESTATE_H
#define RT_SAVESTATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pvss_codec.h"

#define RT_SS_ERR_MAX 256
/* The newest format this binary writes and reads. */
#define RT_SS_FORMAT_VERSION PVSS_VERSION_V7

/* ------------------------------------------------------------------ */
/* Writing                                                              */

struct rt_ss_writer {
	uint8_t *buf;
	size_t len, cap;
	uint32_t nrec; /* records after the header */
	int err;       /* first error; later puts do nothing */
	int *fds;      /* descriptors to leave open across exec */
	unsigned nfds, capfds;
};

/* Starts an empty state (room for FILE_HEADER is kept). Returns 0 or -ENOMEM. */
int rt_ss_writer_init(struct rt_ss_writer *w);
void rt_ss_writer_fini(struct rt_ss_writer *w);

/*
 * Appends record m (m->type and the member for it; the header's type and
 * length are filled in here). Returns 0 or a negative errno (-EINVAL: the
 * encoder refused the record, which is a bug in the caller); the first error
 * sticks and is returned by rt_ss_writer_finish().
 */
int rt_ss_put(struct rt_ss_writer *w, struct pvss_msg *m);

/*
 * Records descriptor fd of `kind` (enum pvss_fd_kind) with the owner's key
 * (an eventfd's connection id, else 0) and size (a memfd's, else 0): an FD
 * record, and fd is left open across exec by rt_ss_keep_fds().
 */
int rt_ss_put_fd(struct rt_ss_writer *w, int fd, uint16_t kind, uint32_t key, uint64_t size);

/*
 * Writes FILE_HEADER (from *hdr: everything but the header and record
 * count) and END, and copies the state into a new memfd (close-on-exec;
 * sealed against resizing). Returns 0 with *memfd set, or a negative errno.
 */
int rt_ss_writer_finish(struct rt_ss_writer *w, const struct pvss_file_header *hdr, int *memfd);

/*
 * Clears (keep = true) or sets close-on-exec on every descriptor recorded
 * with rt_ss_put_fd() and on memfd. Returns 0 or a negative errno.
 */
int rt_ss_keep_fds(const struct rt_ss_writer *w, int memfd, bool keep);

/* ------------------------------------------------------------------ */
/* Reading                                                              */

struct rt_ss_rec {
	uint32_t type;
	uint32_t off, len; /* in the reader's copy, header included, padding not */
	bool taken;
};

struct rt_ss_fd {
	int fd;
	uint16_t kind;
	uint32_t key;
	uint64_t size;
	bool claimed;
};

struct rt_ss_reader {
	uint8_t *buf; /* private copy */
	size_t len;
	struct pvss_file_header hdr;
	struct rt_ss_rec *recs; /* every record between FILE_HEADER and END */
	uint32_t nrec;
	uint32_t cursor; /* rt_ss_take() looks from here on */
	struct rt_ss_fd *fds;
	uint32_t nfds;
	struct pv_codec_ctx ctx; /* the state's format version */
	/*
	 * The open subchannels the VMBus records name, {relid, primary relid}
	 * each (set by the VMBus server's restore or check), so a device's
	 * check can tell one it has no record of without a restored VMBus.
	 */
	uint32_t (*open_subs)[2];
	uint32_t nopen_subs;
	char err[RT_SS_ERR_MAX];
};

/*
 * Reads the whole state from memfd `fd` (from offset 0, at most
 * PVSS_MAX_STATE bytes) and checks it as described above. Returns 0, or
 * -EINVAL (malformed: reason in r->err), -EPROTONOSUPPORT (newer format),
 * -E2BIG or an I/O errno. Free with rt_ss_reader_fini() either way.
 */
int rt_ss_reader_open_fd(struct rt_ss_reader *r, int fd);
/* The same from a buffer (copied). */
int rt_ss_reader_open_buf(struct rt_ss_reader *r, const void *buf, size_t len);
void rt_ss_reader_fini(struct rt_ss_reader *r);

/*
 * Decodes into *m the next record not yet taken at or after the cursor if
 * its type is `type`, marks it taken and moves the cursor past it. Returns
 * 0, -ENOENT (the next record is of another type, or none is left; *m
 * untouched) or -EINVAL (decode failed: impossible after open, reported
 * anyway). Objects take their records in the order they were written.
 */
int rt_ss_take(struct rt_ss_reader *r, uint32_t type, struct pvss_msg *m);

/* True if the next record at the cursor has type `type`. */
bool rt_ss_peek(const struct rt_ss_reader *r, uint32_t type);

/*
 * Claims descriptor fd, which an object's record names as `kind`: it must
 * be listed in an FD record of that kind (and key, for eventfds), not yet
 * claimed, and be open as that kind of file (fstat/readlink; a memfd at
 * least as large as recorded). With `check_only` the descriptor itself is
 * not examined (a state read from a file). Returns 0 or -EBADF (reason in
 * r->err). The caller owns the descriptor afterwards and should set
 * close-on-exec on it again.
 */
int rt_ss_claim_fd(struct rt_ss_reader *r, uint32_t fd, uint16_t kind, uint32_t key,
		   bool check_only);

/*
 * Ends a restore: every record must have been taken and every descriptor
 * claimed. Returns 0 or -EINVAL (reason in r->err).
 */
int rt_ss_reader_finish(struct rt_ss_reader *r);

/*
 * The configuration text the paravisor runs, as CONFIG records: put writes
 * it in chunks; take reassembles them (in order, without gaps, exactly
 * total_len bytes, no NUL inside) into a malloc'd NUL-terminated string.
 * Return 0 or a negative errno (take: reason in r->err).
 */
int rt_ss_put_config(struct rt_ss_writer *w, const char *text, size_t len);
int rt_ss_take_config(struct rt_ss_reader *r, char **text, size_t *len);

/* Sets r->err (printf format) and returns err, for objects rejecting what they took. */
int rt_ss_fail(struct rt_ss_reader *r, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* FNV-1a 64 of buf, the END record's checksum. */
uint64_t rt_ss_checksum(const void *buf, size_t len);

/*
 * A pvss_msg is large (every record kind inline: a VMBus channel's held
 * packet, an XSAVE area, 512 MSRs; ~270 KB): allocate it. NULL on ENOMEM.
 * rt_ss_msg_new: zeroed, to fill and rt_ss_put (fields not set are zero).
 * rt_ss_msg_scratch: to take records into (rt_ss_take, pvss_msg_decode)
 * and nothing else: not zeroed, since a decode writes every field of the
 * record it decodes (an older, shorter record's missing fields as zero)
 * and its tail up to the count; zeroing ~270 KB per message was most of
 * what checking a state cost (fuzz_savestate); a scratch message is also
 * reused: give it back with rt_ss_msg_release (free() for rt_ss_msg_new's).
 */
struct pvss_msg *rt_ss_msg_new(uint32_t type);
struct pvss_msg *rt_ss_msg_scratch(void);
void rt_ss_msg_release(struct pvss_msg *m);

#endif
