/*
 * A "new paravisor binary" for the missing-subchannel test: run by the old
 * paravisor for the real restore (`--restore FD`), it takes the saved
 * state, removes the record of the last open subchannel of the first
 * device of kind $PV_DROP_KIND (storvsp: a STORVSP_CHANNEL with sub > 0 and
 * its STORVSP_REPLYs; netvsp: a NETVSP_CHANNEL with sub > 0 and its
 * NETVSP_BACKLOGs), lowers the device's channel count to match, writes the
 * result as a new, well-formed state (header, count and checksum right)
 * into a new memfd and execs the real paravisor ($PV_DROP_REAL) on it. So
 * the state is consistent in itself but lacks a channel the restored VMBus
 * has open: the real restore must refuse it. Any other invocation (the
 * checker, which is handed the state as it was) execs the real paravisor
 * unchanged.
 *
 *   PV_DROP_REAL=build/bin/paravisor PV_DROP_KIND=storvsp|netvsp drop_subchannel ...
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/savestate.h"

static int read_all(int fd, uint8_t **buf, size_t *len)
{
	struct stat st;
	size_t off = 0;

	if (fstat(fd, &st) || st.st_size <= 0)
		return -1;
	*len = (size_t)st.st_size;
	*buf = malloc(*len);
	if (!*buf)
		return -1;
	while (off < *len) {
		ssize_t n = pread(fd, *buf + off, *len - off, (off_t)off);
		if (n <= 0)
			return -1;
		off += (size_t)n;
	}
	return 0;
}

/* Decodes record i of r into m (FD records included, which the reader takes itself). */
static int take_at(struct rt_ss_reader *r, uint32_t i, struct pvss_msg *m)
{
	return pvss_msg_decode(r->buf + r->recs[i].off, r->recs[i].len, &r->ctx, m) == PV_OK ? 0
											     : -1;
}

int main(int argc, char **argv)
{
	const char *real = getenv("PV_DROP_REAL"), *kind = getenv("PV_DROP_KIND");
	uint32_t owner_type, chan_type, dep_type;
	struct rt_ss_reader r = {0};
	struct rt_ss_writer w = {0};
	struct pvss_msg *m;
	uint8_t *buf = NULL;
	size_t len = 0;
	long owner = -1, drop = -1, ndeps = 0;
	uint32_t drop_sub = 0, drop_relid = 0;
	int argi = -1, memfd = -1;
	char fdarg[16];

	if (!real || !kind) {
		fprintf(stderr, "drop_subchannel: set PV_DROP_REAL and PV_DROP_KIND\n");
		return 2;
	}
	for (int i = 1; i + 1 < argc; i++)
		if (!strcmp(argv[i], "--restore"))
			argi = i + 1;
	if (argi < 0) {
		argv[0] = (char *)real;
		execv(real, argv);
		return 127;
	}
	if (!strcmp(kind, "storvsp")) {
		owner_type = PVSS_REC_TYPE_STORVSP;
		chan_type = PVSS_REC_TYPE_STORVSP_CHANNEL;
		dep_type = PVSS_REC_TYPE_STORVSP_REPLY;
	} else if (!strcmp(kind, "netvsp")) {
		owner_type = PVSS_REC_TYPE_NETVSP;
		chan_type = PVSS_REC_TYPE_NETVSP_CHANNEL;
		dep_type = PVSS_REC_TYPE_NETVSP_BACKLOG;
	} else {
		fprintf(stderr, "drop_subchannel: PV_DROP_KIND storvsp or netvsp\n");
		return 2;
	}
	m = rt_ss_msg_new(0);
	if (!m || read_all(atoi(argv[argi]), &buf, &len) || rt_ss_reader_open_buf(&r, buf, len)) {
		fprintf(stderr, "drop_subchannel: cannot read the state: %s\n", r.err);
		return 1;
	}
	/* Pass 1: the first owner record and its last subchannel's record. */
	for (uint32_t i = 0; i < r.nrec; i++) {
		if (take_at(&r, i, m))
			return 1;
		if (r.recs[i].type == owner_type) {
			if (owner >= 0)
				break; /* the next device of the kind */
			owner = i;
		} else if (owner >= 0 && r.recs[i].type == chan_type) {
			uint32_t sub = chan_type == PVSS_REC_TYPE_STORVSP_CHANNEL
					       ? m->u.storvsp_channel.sub
					       : m->u.netvsp_channel.sub;
			if (sub > 0) {
				drop = i;
				drop_sub = sub;
				drop_relid = chan_type == PVSS_REC_TYPE_STORVSP_CHANNEL
						     ? m->u.storvsp_channel.relid
						     : m->u.netvsp_channel.relid;
			}
		}
	}
	if (drop < 0) {
		fprintf(stderr, "drop_subchannel: no %s subchannel record in the state\n", kind);
		return 1;
	}
	/* Pass 2: everything else into a new state. */
	if (rt_ss_writer_init(&w))
		return 1;
	for (uint32_t i = 0; i < r.nrec; i++) {
		if (take_at(&r, i, m))
			return 1;
		if ((long)i == drop)
			continue;
		if ((long)i > drop && r.recs[i].type == dep_type &&
		    i == (uint32_t)drop + 1 + ndeps) {
			ndeps++;
			continue;
		}
		if ((long)i == owner) {
			if (owner_type == PVSS_REC_TYPE_STORVSP)
				m->u.storvsp.nchannels--;
			else
				m->u.netvsp.nchannels--;
		}
		if (rt_ss_put(&w, m))
			return 1;
	}
	if (rt_ss_writer_finish(&w, &r.hdr, &memfd) || fcntl(memfd, F_SETFD, 0)) {
		fprintf(stderr, "drop_subchannel: cannot write the new state\n");
		return 1;
	}
	fprintf(stderr,
		"drop_subchannel: removed %s's record of subchannel %u (relid %u) and its %ld "
		"waiting packets; the restore gets a state without it\n",
		kind, drop_sub, drop_relid, ndeps);
	snprintf(fdarg, sizeof(fdarg), "%d", memfd);
	argv[argi] = fdarg;
	argv[0] = (char *)real;
	execv(real, argv);
	return 127;
}
