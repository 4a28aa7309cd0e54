/*
 * Writes a saved state of today's format with an NVMe LUN kept alive, for
 * the paravisor's restore check (ctest servicing_sample_v5_nvme*). A kept
 * controller is a VFIO function's and VFIO is only in the lab, so the state
 * is put together from two recorded ones with the generated codec: the sim
 * partition and scsi controller of samples/v3-sim-storvsp.pvss (its LUN 0
 * made `backend: nvme, nvme: {vfio: ...}`, STORVSP_LUN backend_state 1) and
 * the NVMe records nvme_keep_test saved from a running controller
 * (tests/fuzz/corpus/savestate/v5-nvme-keep.pvss), made a VFIO function's
 * (pci_kind VFIO, container, group and device descriptors listed).
 *
 *   nvme_sample V3_SAMPLE NVME_RECORDS OUT [--bad-cid | --sock | --sock-in-process]
 *
 * --bad-cid gives the first NVMe command its slot's id with the low bit
 * flipped (another slot's): the check must refuse it. --sock makes the
 * controller an emulated one in its device process (format 6: pci_kind
 * SOCK, the socket in an FD record PCI_SOCK; the LUN `emulated: {...,
 * process: true}`); --sock-in-process the same records with a LUN whose
 * emulator runs in the paravisor, which the check must refuse.
 * --carried adds a guest request carried in flight (format 7: STORVSP_IO
 * after the primary channel's record, a READ(10) of 4 KiB waiting on the
 * first I/O command the NVMe records hold); --carried-bad makes it wait on
 * a command the controller does not hold, which the check must refuse.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/savestate.h"
#include "storvsc_codec.h"

#define FD_BASE 200 /* descriptor numbers the v3 state does not use */

static const char lun_old[] = "      - {lun: 0, backend: null, size: 16M}";
static const char lun_new[] = "      - lun: 0\n"
			      "        backend: nvme\n"
			      "        nvme:\n"
			      "          vfio: \"0000:00:04.0\"\n"
			      "          queues: 1\n"
			      "          depth: 64\n";
static const char lun_sock[] = "      - lun: 0\n"
			       "        backend: nvme\n"
			       "        nvme:\n"
			       "          emulated: {memory: 16M, process: true}\n"
			       "          queues: 1\n"
			       "          depth: 64\n";
static const char lun_sock_in[] = "      - lun: 0\n"
				  "        backend: nvme\n"
				  "        nvme:\n"
				  "          emulated: {memory: 16M}\n"
				  "          queues: 1\n"
				  "          depth: 64\n";

static int load(const char *path, struct rt_ss_reader *r)
{
	FILE *f = fopen(path, "rb");
	static uint8_t buf[1 << 20];
	size_t n;

	if (!f)
		return -errno;
	n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	if (rt_ss_reader_open_buf(r, buf, n)) {
		fprintf(stderr, "nvme_sample: %s: %s\n", path, r->err);
		return -EINVAL;
	}
	return 0;
}

/* The first I/O command of the NVMe records: qid << 16 | cid (0: none). */
static uint32_t first_io;

static int decode(struct rt_ss_reader *r, uint32_t i, struct pvss_msg *m)
{
	return pvss_msg_decode(r->buf + r->recs[i].off, r->recs[i].len, &r->ctx, m) == PV_OK
		       ? 0
		       : -EINVAL;
}

/* The NVMe records, a VFIO function's, with their descriptors. */
static void put_nvme(struct rt_ss_writer *w, struct rt_ss_reader *seed, struct pvss_msg *m,
		     bool bad_cid, bool sock)
{
	uint16_t qid = 0;

	for (uint32_t i = 0; i < seed->nrec; i++) {
		if (decode(seed, i, m))
			continue;
		switch (m->type) {
		case PVSS_REC_TYPE_NVME_CTRLR:
			if (sock) {
				/* The device process's socket is the one descriptor besides the pool. */
				m->u.nvme_ctrlr.pci_kind = PVSS_NVME_PCI_KIND_SOCK;
				m->u.nvme_ctrlr.pool_fd = FD_BASE;
				m->u.nvme_ctrlr.container_fd = PVSS_FD_NONE;
				m->u.nvme_ctrlr.group_fd = PVSS_FD_NONE;
				m->u.nvme_ctrlr.device_fd = FD_BASE + 3;
				rt_ss_put_fd(w, FD_BASE, PVSS_FD_KIND_DMA_POOL, 0,
					     m->u.nvme_ctrlr.pool_size);
				rt_ss_put_fd(w, FD_BASE + 3, PVSS_FD_KIND_PCI_SOCK, 0, 0);
				rt_ss_put(w, m);
				break;
			}
			m->u.nvme_ctrlr.pci_kind = PVSS_NVME_PCI_KIND_VFIO;
			m->u.nvme_ctrlr.pool_fd = FD_BASE;
			m->u.nvme_ctrlr.container_fd = FD_BASE + 1;
			m->u.nvme_ctrlr.group_fd = FD_BASE + 2;
			m->u.nvme_ctrlr.device_fd = FD_BASE + 3;
			rt_ss_put_fd(w, FD_BASE, PVSS_FD_KIND_DMA_POOL, 0,
				     m->u.nvme_ctrlr.pool_size);
			rt_ss_put_fd(w, FD_BASE + 1, PVSS_FD_KIND_VFIO_CONTAINER, 0, 0);
			rt_ss_put_fd(w, FD_BASE + 2, PVSS_FD_KIND_VFIO_GROUP, 0, 0);
			rt_ss_put_fd(w, FD_BASE + 3, PVSS_FD_KIND_VFIO_DEVICE, 0, 0);
			rt_ss_put(w, m);
			break;
		case PVSS_REC_TYPE_NVME_CMD:
			if (!first_io && m->u.nvme_cmd.kind == PVSS_NVME_CMD_KIND_IO)
				first_io = (uint32_t)qid << 16 | m->u.nvme_cmd.cid;
			if (bad_cid) {
				m->u.nvme_cmd.cid ^= 1;
				bad_cid = false;
			}
			rt_ss_put(w, m);
			break;
		case PVSS_REC_TYPE_NVME_QPAIR:
			qid = m->u.nvme_qpair.qid;
			rt_ss_put(w, m);
			break;
		default:
			break;
		}
	}
}

/*
 * A guest's READ(10) of 8 blocks at LBA 0 into guest page 0x100, carried on
 * channel `ch` (an EXECUTE_SRB of its version) and waiting on NVMe command
 * `tag`. 0, or -1 when the channel speaks a version before WIN8 (v1 packet).
 */
static int put_io(struct rt_ss_writer *w, const struct pvss_storvsp_channel *ch, uint32_t tag)
{
	struct pvss_msg *m = rt_ss_msg_new(PVSS_REC_TYPE_STORVSP_IO);
	struct pvss_storvsp_io *io = &m->u.storvsp_io;
	struct storvsc_srb_packet p = {0};
	uint8_t cdb[10] = {0};
	int n;

	if (!m || ch->version < STORVSC_VERSION_WIN8)
		return -1;
	p.hdr.operation = STORVSC_OPERATION_EXECUTE_SRB;
	p.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
	p.srb.length = STORVSC_SCSI_REQUEST_SIZE;
	p.srb.cdb_length = sizeof(cdb);
	p.srb.sense_info_length = STORVSC_SENSE_SIZE;
	p.srb.data_in = STORVSC_DATA_IN_READ;
	p.srb.data_transfer_length = 4096;
	cdb[0] = 0x28; /* READ(10): LBA 0, 8 blocks */
	cdb[8] = 8;
	memcpy(p.srb.cdb, cdb, sizeof(cdb));
	n = storvsc_srb_packet_encode(&p, io->packet, sizeof(io->packet));
	if (n <= 0)
		return -1;
	io->sub = ch->sub;
	io->flags = PVSS_STORVSP_IO_FLAGS_WANT_REPLY;
	io->trans_id = 0x1234;
	io->packet_len = (uint32_t)n;
	io->nkids = 1;
	io->kids[0] = tag;
	io->nranges = 1;
	io->words[0] = 4096; /* 4096 bytes at offset 0 */
	io->words[1] = 0x100;
	io->nwords = io->words_count = 2;
	rt_ss_put(w, m);
	free(m);
	return 0;
}

int main(int argc, char **argv)
{
	struct rt_ss_reader v3, seed;
	struct rt_ss_writer w;
	struct pvss_msg *m = rt_ss_msg_new(0);
	struct pvss_file_header h;
	char *text, *at, *cfg;
	size_t len;
	uint8_t buf[1 << 16];
	ssize_t n;
	int memfd;
	FILE *f;

	const char *opt = argc > 4 ? argv[4] : "";
	bool carried = !strncmp(opt, "--carried", 9);
	struct pvss_storvsp_channel chan = {0};
	uint32_t io_after = UINT32_MAX; /* replies of the primary still to copy before the IO */
	bool sock = !strncmp(opt, "--sock", 6);
	const char *lun = !strcmp(opt, "--sock") ? lun_sock : sock ? lun_sock_in : lun_new;

	if (argc < 4 || !m || load(argv[1], &v3) || load(argv[2], &seed) || rt_ss_writer_init(&w))
		return 2;
	h = v3.hdr;
	for (uint32_t i = 0; i < v3.nrec; i++) {
		if (io_after == 0) {
			/* After the primary's record and its replies; a command it does not hold. */
			uint32_t tag = !strcmp(opt, "--carried-bad") ? first_io ^ 0x40 : first_io;

			if (!first_io || put_io(&w, &chan, tag))
				return 2;
			io_after = UINT32_MAX;
		}
		if (decode(&v3, i, m))
			return 2;
		switch (m->type) {
		case PVSS_REC_TYPE_CONFIG:
			/* One chunk in v3-sim-storvsp: the whole text. */
			text = strndup((const char *)m->u.config.text, m->u.config.chunk_len);
			at = text ? strstr(text, lun_old) : NULL;
			if (!at)
				return 2;
			*at = 0;
			if (asprintf(&cfg, "%s%s%s", text, lun, at + sizeof(lun_old)) < 0)
				return 2;
			rt_ss_put_config(&w, cfg, strlen(cfg));
			free(cfg);
			free(text);
			break;
		case PVSS_REC_TYPE_FD:
			rt_ss_put_fd(&w, (int)m->u.fd.fd, m->u.fd.kind, m->u.fd.key, m->u.fd.size);
			break;
		case PVSS_REC_TYPE_STORVSP_CHANNEL:
			if (carried && m->u.storvsp_channel.sub == 0) {
				m->u.storvsp_channel.ios = 1;
				chan = m->u.storvsp_channel;
				io_after = chan.replies;
			}
			rt_ss_put(&w, m);
			break;
		case PVSS_REC_TYPE_STORVSP_REPLY:
			rt_ss_put(&w, m);
			if (io_after != UINT32_MAX && io_after)
				io_after--;
			break;
		case PVSS_REC_TYPE_STORVSP_LUN:
			memset(m->u.storvsp_lun.kind, 0, sizeof(m->u.storvsp_lun.kind));
			memcpy(m->u.storvsp_lun.kind, "nvme", 4);
			m->u.storvsp_lun.backend_state = 1;
			rt_ss_put(&w, m);
			put_nvme(&w, &seed, m, !strcmp(opt, "--bad-cid"), sock);
			break;
		default:
			rt_ss_put(&w, m);
			break;
		}
	}
	if (rt_ss_writer_finish(&w, &h, &memfd))
		return 2;
	n = pread(memfd, buf, sizeof(buf), 0);
	f = fopen(argv[3], "wb");
	if (n <= 0 || !f || fwrite(buf, 1, (size_t)n, f) != (size_t)n || fclose(f))
		return 2;
	(void)len;
	rt_ss_writer_fini(&w);
	rt_ss_reader_fini(&v3);
	rt_ss_reader_fini(&seed);
	free(m);
	return 0;
}
