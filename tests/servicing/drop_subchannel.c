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
 * has open: the restore must refuse it. With PV_DROP_AT=check the checker
 * gets that state instead (`--restore-check-sock FD`: the state is taken
 * from the old binary, rewritten, checked by the real paravisor with
 * --restore-check and the verdict handed back), which must refuse it while
 * the old binary serves on; the real restore then never comes. Any other
 * invocation execs the real paravisor unchanged.
 *
 *   PV_DROP_REAL=build/bin/paravisor PV_DROP_KIND=storvsp|netvsp
 *   PV_DROP_AT=restore|check drop_subchannel ...
 */
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fake_checker.h"
#include "runtime/fdsock.h"
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

/* The state in fd without the last subchannel record of `kind`: a new memfd, or -1. */
static int rewrite(int fd, const char *kind)
{
	uint32_t owner_type, chan_type, dep_type;
	struct rt_ss_reader r = {0};
	struct rt_ss_writer w = {0};
	struct pvss_msg *m;
	uint8_t *buf = NULL;
	size_t len = 0;
	long owner = -1, drop = -1, ndeps = 0;
	uint32_t drop_sub = 0, drop_relid = 0;
	int memfd = -1;

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
		return -1;
	}
	m = rt_ss_msg_new(0);
	if (!m || read_all(fd, &buf, &len) || rt_ss_reader_open_buf(&r, buf, len)) {
		fprintf(stderr, "drop_subchannel: cannot read the state: %s\n", r.err);
		return -1;
	}
	/* Pass 1: the first owner record and its last subchannel's record. */
	for (uint32_t i = 0; i < r.nrec; i++) {
		if (take_at(&r, i, m))
			return -1;
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
		return -1;
	}
	/* Pass 2: everything else into a new state. */
	if (rt_ss_writer_init(&w))
		return -1;
	for (uint32_t i = 0; i < r.nrec; i++) {
		if (take_at(&r, i, m))
			return -1;
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
			return -1;
	}
	if (rt_ss_writer_finish(&w, &r.hdr, &memfd) || fcntl(memfd, F_SETFD, 0)) {
		fprintf(stderr, "drop_subchannel: cannot write the new state\n");
		return -1;
	}
	fprintf(stderr,
		"drop_subchannel: removed %s's record of subchannel %u (relid %u) and its %ld "
		"waiting packets; the %s gets a state without it\n",
		kind, drop_sub, drop_relid, ndeps,
		getenv("PV_DROP_AT") && !strcmp(getenv("PV_DROP_AT"), "check") ? "checker"
									       : "restore");
	rt_ss_writer_fini(&w);
	rt_ss_reader_fini(&r);
	free(buf);
	free(m);
	return memfd;
}

int main(int argc, char **argv)
{
	const char *real = getenv("PV_DROP_REAL"), *kind = getenv("PV_DROP_KIND");
	const char *at = getenv("PV_DROP_AT");
	bool check = at && !strcmp(at, "check");
	char fdarg[16];
	int argi = -1, fd;

	if (!real || !kind) {
		fprintf(stderr, "drop_subchannel: set PV_DROP_REAL and PV_DROP_KIND\n");
		return 2;
	}
	for (int i = 1; i + 1 < argc; i++)
		if (!strcmp(argv[i], check ? "--restore-check-sock" : "--restore"))
			argi = i + 1;
	if (argi < 0) {
		argv[0] = (char *)real;
		execv(real, argv);
		return 127;
	}
	if (!check) {
		fd = rewrite(atoi(argv[argi]), kind);
		if (fd < 0)
			return 1;
		snprintf(fdarg, sizeof(fdarg), "%d", fd);
		argv[argi] = fdarg;
		argv[0] = (char *)real;
		execv(real, argv);
		return 127;
	}
	/* The checker: the state from the old binary, as the paravisor asks for it. */
	fd = rt_fdsock_ask(atoi(argv[argi]), 'R', 'S', 60000);
	if (fd < 0 || (fd = rewrite(fd, kind)) < 0)
		return 1;
	fake_checker_verdict(real, fd, atoi(argv[argi]));
	return 0;
}
