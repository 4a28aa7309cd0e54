/*
 * storvsp's reply path across a live update (label servicing): a request
 * the guest submitted before the update is answered after it, once, on the
 * channel it was sent on.
 *
 * The real paravisor (sim partition) serves a `scsi` controller with two
 * subchannels on a file LUN; this process is the guest (pv_guest + the
 * storvsc client) with rings of one data page each way, so a burst of
 * reads fills the host->guest ring with completions and storvsp owes the
 * rest (saved as STORVSP_REPLY records: devices/storvsp/README.md). Every
 * block the burst reads was written first with a pattern naming its
 * channel and slot; each channel's slots have their own guest pages, so a
 * completion taken on another channel than its request's would come with
 * another slot's data (or name a slot not in use there) and fail.
 *
 *   1. Each of the 3 channels gets up to 64 READs of its own blocks, none
 *      reaped (the submissions stop when the guest->host ring stays full).
 *   2. Update 1: its log must show replies owed.
 *   3. Every channel's completions are reaped after the update: each
 *      request answered once, on its channel, with its block's data; none
 *      more.
 *   4. A read and a write on every channel on the restored session.
 *
 *   storvsp_reply_test PARAVISOR
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pv_child.h"
#include "tools/pvguest/pv_guest.h"
#include "tools/pvguest/storvsc_client.h"

#define NCH 3
#define SLOTS 64
#define BLK 4096

/* The block channel c's slot k reads: its own, apart from every other. */
static uint64_t lba_of(unsigned c, unsigned k)
{
	return (uint64_t)(c * SLOTS + k) * (BLK / 512);
}

static void rw_cmd(struct pvsc_cmd *cmd, bool write, uint64_t lba, void *buf)
{
	memset(cmd, 0, sizeof(*cmd));
	cmd->cdb[0] = write ? 0x2a : 0x28; /* WRITE(10) / READ(10) */
	cmd->cdb[2] = (uint8_t)(lba >> 24);
	cmd->cdb[3] = (uint8_t)(lba >> 16);
	cmd->cdb[4] = (uint8_t)(lba >> 8);
	cmd->cdb[5] = (uint8_t)lba;
	cmd->cdb[8] = BLK / 512;
	cmd->cdb_len = 10;
	cmd->data_in = write ? STORVSC_DATA_IN_WRITE : STORVSC_DATA_IN_READ;
	cmd->xfer_len = BLK;
	cmd->buf = buf;
}

static bool good(const struct pvsc_cmd *cmd)
{
	return cmd->ntstatus == 0 && (cmd->srb_status & 0x3f) == 1 && cmd->scsi_status == 0 &&
	       cmd->transferred == BLK;
}

int main(int argc, char **argv)
{
	static uint8_t want[BLK], data[NCH][SLOTS][BLK];
	static struct pvsc_cmd cmds[NCH][SLOTS];
	struct pvg *g;
	struct pvsc *sc = NULL;
	unsigned submitted[NCH] = {0}, total = 0;
	long owed = -1;
	char img[128], cfg[256], l[512], *p;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: storvsp_reply_test PARAVISOR\n");
		return 2;
	}
	pvc_init(argv[1], "serv-reply");
	snprintf(img, sizeof(img), "%s/disk.img", PVC.dir);
	{
		int fd = open(img, O_RDWR | O_CREAT, 0644);
		CHECK(fd >= 0 && ftruncate(fd, 16 << 20) == 0);
		close(fd);
	}
	snprintf(cfg, sizeof(cfg),
		 "devices:\n  - kind: scsi\n    subchannels: 2\n    luns:\n"
		 "      - {lun: 0, backend: file, path: %s}\n",
		 img);
	pvc_run(cfg, NULL);
	CHECK(pvc_wait_log("paravisor: running"));
	g = pvc_connect();
	CHECK(pvg_negotiate(g) == 0 && pvg_request_offers(g) == 0);
	/* Rings of one data page each way (the header page + one). */
	CHECK(pvsc_open(g,
			&(struct pvsc_opts){.subchannels = 2,
					    .ring_pages = 2,
					    .slots = SLOTS,
					    .slot_size = BLK,
					    .timeout_ms = 10000},
			&sc) == 0);
	CHECK(pvsc_channels(sc) == NCH);

	/* Every block the burst reads gets its (channel, slot) pattern first. */
	for (unsigned c = 0; c < NCH; c++)
		for (unsigned k = 0; k < SLOTS; k++) {
			struct pvsc_cmd w;
			pvsc_pattern(c * SLOTS + k, 1, want, BLK);
			rw_cmd(&w, true, lba_of(c, k), want);
			CHECK(pvsc_exec(sc, 0, &w) == 0 && good(&w));
		}

	/* 1. The burst: no completion taken. */
	for (unsigned c = 0; c < NCH; c++) {
		for (unsigned k = 0; k < SLOTS; k++) {
			int tries = 0;
			rw_cmd(&cmds[c][k], false, lba_of(c, k), data[c][k]);
			while ((rc = pvsc_submit(sc, c, k, &cmds[c][k])) == -EAGAIN && tries < 30) {
				tries++;
				nanosleep(&(struct timespec){0, 10000000}, NULL);
			}
			if (rc == -EAGAIN)
				break; /* the guest->host ring stayed full for 300 ms */
			CHECK(rc == 0);
			submitted[c]++;
		}
		total += submitted[c];
	}
	CHECK(total > 0);

	/* 2. The update finds completions the full rings could not take. */
	pvc_update(1);
	if (pvc_log_line("storvsp[scsi0]: restored:", l, sizeof(l)) &&
	    (p = strstr(l, " channels, ")))
		owed = strtol(p + strlen(" channels, "), NULL, 10);
	CHECK(strstr(l, ", 3 channels, "));
	CHECK(owed > 0);

	/* 3. Each answered once, on its own channel, with its own block. */
	for (unsigned c = 0; c < NCH; c++) {
		for (unsigned n = 0; n < submitted[c]; n++) {
			struct pvsc_cmd *done = NULL;
			unsigned k;
			CHECK(pvsc_reap(sc, c, 10000, &done) == 0);
			k = (unsigned)(done - cmds[c]);
			CHECK(done >= cmds[c] && k < submitted[c] && done->user == NULL);
			CHECK(good(done));
			pvsc_pattern(c * SLOTS + k, 1, want, BLK);
			CHECK(memcmp(data[c][k], want, BLK) == 0);
			done->user = done; /* answered */
		}
		{
			struct pvsc_cmd *extra = NULL;
			CHECK(pvsc_reap(sc, c, 100, &extra) == -EAGAIN);
		}
	}

	/* 4. The restored session serves every channel. */
	for (unsigned c = 0; c < NCH; c++) {
		struct pvsc_cmd cmd;
		pvsc_pattern(1000 + c, 2, want, BLK);
		rw_cmd(&cmd, true, lba_of(c, 0), want);
		CHECK(pvsc_exec(sc, c, &cmd) == 0 && good(&cmd));
		rw_cmd(&cmd, false, lba_of(c, 0), data[c][0]);
		CHECK(pvsc_exec(sc, c, &cmd) == 0 && good(&cmd));
		CHECK(memcmp(data[c][0], want, BLK) == 0);
	}
	printf("update 1: %u reads submitted before it (%u, %u, %u on the 3 channels), %ld "
	       "replies owed across it; every one answered once after it, on its channel, "
	       "with its block\n",
	       total, submitted[0], submitted[1], submitted[2], owed);

	pvsc_close(sc);
	pvg_close(g);
	pvc_stop();
	pvc_remove();
	printf("PASS\n");
	return 0;
}
