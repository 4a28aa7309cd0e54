/*
 * storvsp protocol tests: the pv_guest storvsc client against a host process
 * (sim partition, VMBus server, storvsp, scsi_disk, disk backends). Linux's
 * probe sequence with exact bytes, version walks and packet sizes, random
 * I/O verified against the backing file, FLUSH surviving SIGKILL, sense data
 * of the error paths, LUN hot add/remove notifications, back-pressure, and a
 * catalogue of malformed packets after which the other channels still serve.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "linux_trace.h"
#include "runtime/gmem.h"
#include "runtime/util.h"
#include "storvsc_codec.h"
#include "sv_host.h"
#include "sv_msgs.h" /* tests/unit/devices/storvsp */
#include "tools/pvguest/pv_guest.h"
#include "tools/pvguest/storvsc_client.h"
#include "tests/unit/pv_check.h"

static struct host H;
static struct pvg *G;
static struct pvsc *SC;
static char DIR_[64];
static char IMG[128];

#define DISK_MB 64

static void make_img(void)
{
	int fd;

	snprintf(DIR_, sizeof(DIR_), "/tmp/pv-svt-%d-XXXXXX", (int)getpid());
	ck_assert_ptr_nonnull(mkdtemp(DIR_));
	snprintf(IMG, sizeof(IMG), "%s/disk.img", DIR_);
	fd = open(IMG, O_CREAT | O_RDWR | O_TRUNC, 0600);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, (off_t)DISK_MB << 20), 0);
	close(fd);
}

static void rm_img(void)
{
	unlink(IMG);
	rmdir(DIR_);
}

/* Host with a file LUN 0 and a 16 MiB memory LUN 1 (plus options). */
static void host_up(struct sv_host_opts *o)
{
	struct sv_host_opts def = {0};

	if (!o)
		o = &def;
	make_img();
	if (!o->nluns) {
		o->luns[0] = (struct storvsp_lun_cfg){.lun = 0, .backend = "file", .arg = IMG};
		o->luns[1] = (struct storvsp_lun_cfg){.lun = 1, .backend = "memory", .arg = "16M"};
		o->nluns = 2;
	}
	ck_assert_int_eq(sv_host_start(&H, o), 0);
}

static void guest_up(const struct pvsc_opts *so)
{
	struct pvg_opts go = {.socket = H.sock};
	char err[256];

	int rc;

	/* The host may not have noticed the previous guest leave yet. */
	for (int i = 0; (rc = pvg_connect(&go, &G, err, sizeof(err))) == -EBUSY && i < 500; i++)
		usleep(10000);
	ck_assert_int_eq(rc, 0);
	ck_assert_int_eq(pvg_negotiate(G), 0);
	ck_assert_int_eq(pvg_request_offers(G), 0);
	if (so)
		ck_assert_int_eq(pvsc_open(G, so, &SC), 0);
}

static void up(struct sv_host_opts *ho, const struct pvsc_opts *so)
{
	static const struct pvsc_opts def = {0};

	host_up(ho);
	guest_up(so ? so : &def);
}

static void down(void)
{
	if (SC)
		pvsc_close(SC);
	SC = NULL;
	if (G)
		pvg_close(G);
	G = NULL;
	ck_assert_int_eq(host_stop(&H), 0);
	rm_img();
}

static struct pvsc_cmd mk(uint8_t lun, const uint8_t *cdb, uint8_t cdb_len, uint8_t dir,
			  uint32_t xfer, void *buf)
{
	struct pvsc_cmd c = {
		.lun = lun, .cdb_len = cdb_len, .data_in = dir, .xfer_len = xfer, .buf = buf};

	memcpy(c.cdb, cdb, cdb_len);
	return c;
}

/* Runs a data-in command on channel 0 and returns its result. */
static struct pvsc_cmd rd(uint8_t lun, const uint8_t *cdb, uint8_t cdb_len, uint32_t xfer,
			  void *buf)
{
	struct pvsc_cmd c = mk(lun, cdb, cdb_len, STORVSC_DATA_IN_READ, xfer, buf);

	ck_assert_int_eq(pvsc_exec(SC, 0, &c), 0);
	return c;
}

static void assert_good(const struct pvsc_cmd *c, uint32_t transferred)
{
	ck_assert_uint_eq(c->ntstatus, 0);
	ck_assert_uint_eq(c->srb_status, STORVSC_SRB_STATUS_SUCCESS);
	ck_assert_uint_eq(c->scsi_status, 0);
	ck_assert_uint_eq(c->transferred, transferred);
}

static void assert_sense(const struct pvsc_cmd *c, uint8_t key, uint8_t asc, uint8_t ascq)
{
	ck_assert_uint_eq(c->srb_status,
			  STORVSC_SRB_STATUS_ERROR | STORVSC_SCSI_REQUEST_AUTOSENSE_VALID_MASK);
	ck_assert_uint_eq(c->scsi_status, 2);
	ck_assert_uint_eq(c->transferred, 0);
	ck_assert_uint_ge(c->sense_len, 14);
	ck_assert_uint_le(c->sense_len, 20);
	ck_assert_uint_eq(c->sense[0] & 0x7F, 0x70);
	ck_assert_uint_eq(c->sense[2] & 0x0F, key);
	ck_assert_uint_eq(c->sense[12], asc);
	ck_assert_uint_eq(c->sense[13], ascq);
}

/* ---- packets the client does not send itself: generated encoders, raw bytes for junk ---- */

/* A completion as the guest reads it: NTSTATUS, and an SRB's status when it is one. */
struct reply {
	uint16_t type;
	uint32_t len;
	uint32_t status;
	uint8_t srb_status;
};

static struct reply take_reply(struct pvg_chan *c, uint64_t id)
{
	uint8_t b[256] = {0};
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};
	struct storvsc_srb_packet full;
	struct storvsc_srb_packet_v1 v1;
	struct storvsc_msg m;
	struct reply r = {0};
	struct pvg_pkt p;

	ck_assert_int_eq(pvg_chan_recv(c, &p, b, sizeof(b), 5000), 0);
	ck_assert_uint_eq(p.trans_id, id);
	r.type = p.type;
	r.len = p.len;
	ck_assert_int_eq(storvsc_msg_decode(b, p.len, &cx, &m), PV_OK);
	r.status = m.variant == STORVSC_MSG_VAR_COMPLETE_IO_PACKET ? m.u.packet.hdr.status
								   : m.u.complete_io.hdr.status;
	/* The SRB layout of the same size: what an SRB's completion carries. */
	if (p.len == STORVSC_SRB_PACKET_SIZE &&
	    storvsc_srb_packet_decode(b, p.len, NULL, &full) == PV_OK)
		r.srb_status = full.srb.status;
	else if (p.len == STORVSC_SRB_PACKET_V1_SIZE &&
		 storvsc_srb_packet_v1_decode(b, p.len, NULL, &v1) == PV_OK)
		r.srb_status = v1.srb.status;
	return r;
}

/* Sends bytes (type 6, or 9 with a range list in ext) on c; returns the completion. */
static struct reply raw(struct pvg_chan *c, uint16_t type, const void *ext, size_t ext_len,
			const void *data, size_t len, uint64_t id)
{
	ck_assert_int_eq(pvg_chan_send_ext(c, type, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, id, ext,
					   ext_len, data, len),
			 0);
	return take_reply(c, id);
}

/* Sends m as the generated encoder writes it; returns the completion. */
static struct reply send_msg(struct pvg_chan *c, uint16_t type, const void *ext, size_t ext_len,
			     const struct storvsc_msg *m, uint64_t id)
{
	uint8_t pkt[STORVSC_PACKET_SIZE];
	int n = storvsc_msg_encode(m, NULL, pkt, sizeof(pkt));

	ck_assert_int_gt(n, 0);
	return raw(c, type, ext, ext_len, pkt, (size_t)n, id);
}

/* EXECUTE_SRB: a READ(10) of xfer / 512 blocks, data in, whose cdb_length says cdb_len. */
static struct storvsc_msg read10_msg(uint8_t cdb_len, uint32_t xfer)
{
	uint8_t cdb[10] = {0x28}; /* READ(10) */
	struct storvsc_msg m;

	cdb[8] = (uint8_t)(xfer / 512);
	m = srb_msg(0, cdb, sizeof(cdb), xfer, STORVSC_DATA_IN_READ);
	m.u.srb_packet.srb.cdb_length = cdb_len;
	return m;
}

/* One GPA range of len bytes over pages from pfn, as ext. */
static size_t one_range(uint8_t *ext, size_t cap, uint32_t len, uint64_t pfn)
{
	uint64_t pfns[16];
	uint32_t off = 0, n = rt_gpa_range_pages(0, len);

	ck_assert_uint_le(n, 16);
	for (uint32_t i = 0; i < n; i++)
		pfns[i] = pfn + i;
	int r = pvg_gpa_ext(1, &len, &off, pfns, ext, cap);
	ck_assert_int_gt(r, 0);
	return (size_t)r;
}

/* ------------------------------------------------------------------ */

/*
 * The newest version spec/storvsc.yaml lists is what storvsp and pvguest
 * agree on, with no list of their own: the spec-edit test
 * (tests/codegen/spec_edit_test.py) adds a version and reads this line.
 */
START_TEST(init_like_linux)
{
	up(NULL, NULL);
	ck_assert_uint_eq(pvsc_version(SC), storvsc_versions[STORVSC_VERSION_COUNT - 1]);
	printf("storvsc: storvsp and pvguest negotiated 0x%04x (%s)\n", pvsc_version(SC),
	       storvsc_version_name(pvsc_version(SC)));
	ck_assert_uint_eq(pvsc_props(SC)->max_transfer_bytes, 2u << 20);
	ck_assert_uint_eq(pvsc_props(SC)->max_channel_cnt, 0);
	ck_assert_uint_eq(pvsc_props(SC)->flags, 0);
	ck_assert_uint_eq(pvsc_channels(SC), 1);
	down();
}
END_TEST

/*
 * Versions: each one spec/storvsc.yaml lists (storvsc_versions[]), and the
 * reply size that goes with it: 48 bytes before WIN8, 64 from then on.
 */
START_TEST(versions_and_sizes)
{
	struct sv_host_opts ho = {.subchannels = 2};

	host_up(&ho);
	for (size_t i = 0; i < STORVSC_VERSION_COUNT; i++) {
		uint16_t v = (uint16_t)storvsc_versions[i];
		/* One the spec does not list first: REVISION_MISMATCH, then the next. */
		uint16_t walk[2] = {(uint16_t)(storvsc_versions[STORVSC_VERSION_COUNT - 1] + 1), v};
		struct pvsc_opts so = {.versions = walk, .nversions = 2};
		bool win8 = v >= STORVSC_VERSION_WIN8;
		struct pvsc_reply rep;
		guest_up(&so);
		ck_assert_uint_eq(pvsc_version(SC), v);
		ck_assert_uint_eq(pvsc_props(SC)->max_channel_cnt, win8 ? 2 : 0);
		ck_assert_uint_eq(pvsc_props(SC)->flags,
				  win8 ? STORVSC_CHANNEL_FLAGS_SUPPORTS_MULTI_CHANNEL : 0);
		/* Reply length of a command: negotiated size exactly. */
		struct pvg_chan *c = pvsc_chan(SC, 0);
		struct storvsc_msg m = read10_msg(6, 0);
		m.u.srb_packet.srb.cdb[0] = 0; /* TEST UNIT READY */
		m.u.srb_packet.srb.data_in = STORVSC_DATA_IN_UNKNOWN;
		struct reply r = send_msg(c, VMRING_PKT_DATA_INBAND, NULL, 0, &m, 777);
		ck_assert_uint_eq(r.type, VMRING_PKT_COMP);
		ck_assert_uint_eq(r.len, win8 ? STORVSC_PACKET_SIZE : STORVSC_PACKET_V1_SIZE);
		ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_SUCCESS);
		/* A second BEGIN after END is out of order. */
		m = pvsc_msg(SC, STORVSC_OPERATION_BEGIN_INITIALIZATION);
		ck_assert_int_eq(pvsc_request(SC, c, &m, &rep), 0);
		ck_assert_uint_eq(rep.status, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
		pvsc_close(SC);
		SC = NULL;
		ck_assert_int_eq(pvg_unload(G), 0);
		pvg_close(G);
		G = NULL;
	}
	down();
}
END_TEST

START_TEST(linux_probe_bytes)
{
	uint8_t b[256];
	struct pvsc_cmd c;

	up(NULL, NULL);
	/* INQUIRY, 36 bytes. */
	memset(b, 0xEE, sizeof(b));
	c = rd(0, (uint8_t[]){0x12, 0, 0, 0, 36, 0}, 6, 36, b);
	assert_good(&c, 36);
	static const uint8_t std[36] = {0x00, 0x00, 0x06, 0x12, 31,  0,   0,   0x02, 'M',
					's',  'f',  't',  ' ',  ' ', ' ', ' ', 'V',  'i',
					'r',  't',  'u',  'a',  'l', ' ', 'D', 'i',  's',
					'k',  ' ',  ' ',  ' ',  ' ', '1', '.', '0',  ' '};
	ck_assert_mem_eq(b, std, 36);
	/* VPD 0x00: the six pages Linux asks for. */
	c = rd(0, (uint8_t[]){0x12, 1, 0x00, 0, 255, 0}, 6, 255, b);
	assert_good(&c, 10);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0, 0, 6, 0x00, 0x80, 0x83, 0xB0, 0xB1, 0xB2}), 10);
	/* VPD 0x80: serial derived from the controller instance and LUN. */
	c = rd(0, (uint8_t[]){0x12, 1, 0x80, 0, 255, 0}, 6, 255, b);
	assert_good(&c, 14);
	ck_assert_mem_eq(b,
			 "\x00\x80\x00\x0a"
			 "5c510001-0",
			 14);
	/* VPD 0x83: NAA designator (8 bytes) then T10 vendor id "Msft    " + serial. */
	c = rd(0, (uint8_t[]){0x12, 1, 0x83, 0, 255, 0}, 6, 255, b);
	assert_good(&c, 4 + 12 + 4 + 8 + 10);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0x83, 0, 34, 0x01, 0x03, 0, 8}), 8);
	ck_assert_uint_eq(b[8] >> 4, 3); /* NAA 3: locally assigned */
	ck_assert_mem_eq(b + 16, ((uint8_t[]){0x02, 0x01, 0, 18}), 4);
	ck_assert_mem_eq(b + 20, "Msft    5c510001-0", 18);
	/* VPD 0xB0: block limits; max transfer = 2 MiB / 512 = 4096 blocks. */
	c = rd(0, (uint8_t[]){0x12, 1, 0xB0, 0, 255, 0}, 6, 255, b);
	assert_good(&c, 64);
	ck_assert_mem_eq(
		b, ((uint8_t[]){0, 0xB0, 0, 0x3C, 0x01, 0, 0, 1, 0, 0, 0x10, 0, 0, 0, 0x10, 0}),
		16);
	/* VPD 0xB1: non-rotating. */
	c = rd(0, (uint8_t[]){0x12, 1, 0xB1, 0, 255, 0}, 6, 255, b);
	assert_good(&c, 64);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0xB1, 0, 0x3C, 0, 1}), 6);
	/* VPD 0xB2: logical block provisioning, 4 bytes of page. */
	c = rd(0, (uint8_t[]){0x12, 1, 0xB2, 0, 255, 0}, 6, 255, b);
	assert_good(&c, 8);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0xB2, 0, 4}), 4);
	/* An unknown VPD page: ILLEGAL REQUEST, INVALID FIELD IN CDB; the guest still sees
	 * INQUIRY as answered because Linux forces it to success. */
	c = rd(0, (uint8_t[]){0x12, 1, 0xC7, 0, 255, 0}, 6, 255, b);
	assert_sense(&c, 5, 0x24, 0);
	/* REPORT LUNS for the target: LUN 0 and LUN 1. */
	c = rd(0, (uint8_t[]){0xA0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}, 12, 256, b);
	assert_good(&c, 24);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0,
					 0, 0, 0, 0,  0, 1, 0, 0, 0, 0, 0, 0}),
			 24);
	/* REPORT LUNS sent to an absent LUN of the target answers the same. */
	c = rd(7, (uint8_t[]){0xA0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}, 12, 256, b);
	assert_good(&c, 24);
	/* READ CAPACITY(10): last LBA, block size. */
	c = rd(0, (uint8_t[]){0x25, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 10, 8, b);
	assert_good(&c, 8);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0x01, 0xFF, 0xFF, 0, 0, 0x02, 0}), 8);
	/* READ CAPACITY(16). */
	c = rd(1, (uint8_t[]){0x9E, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0}, 16, 32, b);
	assert_good(&c, 32);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0, 0, 0, 0, 0, 0x7F, 0xFF, 0, 0, 0x02, 0}), 12);
	/* MODE SENSE(6), all pages: header, block descriptor, caching page. */
	c = rd(0, (uint8_t[]){0x1A, 0, 0x3F, 0, 192, 0}, 6, 192, b);
	assert_good(&c, 32);
	ck_assert_uint_eq(b[0], 31);
	ck_assert_uint_eq(b[3], 8);
	/* Block descriptor: number of blocks (not the last LBA), block length. */
	ck_assert_mem_eq(b + 4, ((uint8_t[]){0, 0x02, 0, 0, 0, 0, 0x02, 0}), 8);
	ck_assert_uint_eq(b[12], 0x08);
	ck_assert_uint_eq(b[13], 0x12);
	/* MODE SENSE(6), caching page only, DBD. */
	c = rd(0, (uint8_t[]){0x1A, 0x08, 0x08, 0, 192, 0}, 6, 192, b);
	assert_good(&c, 24);
	ck_assert_uint_eq(b[0], 23);
	ck_assert_uint_eq(b[3], 0);
	ck_assert_uint_eq(b[4], 0x08);
	/* MODE SENSE(10). */
	c = rd(0, (uint8_t[]){0x5A, 0, 0x08, 0, 0, 0, 0, 0, 192, 0}, 10, 192, b);
	assert_good(&c, 36);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 34, 0, 0x10, 0, 0, 0, 8}), 8);
	/* TEST UNIT READY: no data, in-band. */
	c = mk(0, (uint8_t[]){0, 0, 0, 0, 0, 0}, 6, 2, 0, NULL);
	ck_assert_int_eq(pvsc_exec(SC, 0, &c), 0);
	assert_good(&c, 0);
	down();
}
END_TEST

/* Absent LUNs and targets: INQUIRY peripheral qualifier 3, everything else INVALID_LUN. */
START_TEST(absent_luns)
{
	uint8_t b[64];
	struct pvsc_cmd c;

	up(NULL, NULL);
	for (int k = 0; k < 3; k++) {
		/* LUN 5 of target 0, LUN 0 of target 1, LUN 0 of path 3. */
		memset(b, 0, sizeof(b));
		c = mk(k == 0 ? 5 : 0, (uint8_t[]){0x12, 0, 0, 0, 36, 0}, 6, 1, 36, b);
		c.target = k == 1 ? 1 : 0;
		c.path = k == 2 ? 3 : 0;
		ck_assert_int_eq(pvsc_exec(SC, 0, &c), 0);
		ck_assert_uint_eq(c.srb_status, 1);
		ck_assert_uint_ge(c.transferred, 1);
		ck_assert_uint_eq(b[0], 0x7F); /* qualifier 3, type 0x1F */
	}
	/* REPORT LUNS on an empty target: an empty list, not INVALID_LUN (Linux 6.1
	 * would remove the device and never finish scanning the targets). */
	memset(b, 0xEE, sizeof(b));
	c = mk(0, (uint8_t[]){0xA0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}, 12, 1, 64, b);
	c.target = 1;
	ck_assert_int_eq(pvsc_exec(SC, 0, &c), 0);
	assert_good(&c, 8);
	ck_assert_mem_eq(b, ((uint8_t[]){0, 0, 0, 0, 0, 0, 0, 0}), 8);
	/*
	 * INQUIRY to an absent LUN with a data-out buffer: the host may read
	 * that buffer, never write it. Refused as a present LUN refuses it,
	 * and the guest's pages keep their bytes.
	 */
	for (int k = 0; k < 2; k++) {
		static const uint8_t inq[6] = {0x12, 0, 0, 0, 36, 0};
		static const uint8_t rl[12] = {0xA0, 0, 0, 0, 0, 0, 0, 0, 0, 64, 0, 0};
		uint8_t back[64];

		memset(b, 0xEE, sizeof(b));
		c = k ? mk(0, rl, 12, STORVSC_DATA_IN_WRITE, 64, b)
		      : mk(5, inq, 6, STORVSC_DATA_IN_WRITE, 36, b);
		c.target = k;
		ck_assert_int_eq(pvsc_exec(SC, 0, &c), 0);
		assert_sense(&c, 5, 0x24, 0);
		ck_assert_uint_ne(pvsc_slot_pfn(SC, 0, 0), 0);
		ck_assert_int_eq(rt_gmem_read(pvg_gmem(G), pvsc_slot_pfn(SC, 0, 0) * RT_PAGE_SIZE,
					      back, c.xfer_len),
				 0);
		ck_assert_mem_eq(back, b, c.xfer_len);
	}
	c = mk(5, (uint8_t[]){0, 0, 0, 0, 0, 0}, 6, 2, 0, NULL);
	ck_assert_int_eq(pvsc_exec(SC, 0, &c), 0);
	ck_assert_uint_eq(c.srb_status, STORVSC_SRB_STATUS_INVALID_LUN);
	c = rd(9, (uint8_t[]){0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0}, 10, 512, b);
	ck_assert_uint_eq(c.srb_status, STORVSC_SRB_STATUS_INVALID_LUN);
	ck_assert_uint_eq(c.transferred, 0);
	down();
}
END_TEST

/* Each error path comes back with its sense data. */
START_TEST(error_sense)
{
	uint8_t b[4096];
	struct pvsc_cmd c;
	struct sv_host_opts ho = {.nluns = 2};

	ho.luns[0] = (struct storvsp_lun_cfg){.lun = 0, .backend = "memory", .arg = "1M"};
	ho.luns[1] = (struct storvsp_lun_cfg){
		.lun = 1, .backend = "memory", .arg = "1M", .disk_flags = 0x1 /* read-only */};
	up(&ho, NULL);
	/* READ past the end: LBA OUT OF RANGE. */
	c = rd(0, (uint8_t[]){0x28, 0, 0, 0, 0x08, 0, 0, 0, 1, 0}, 10, 512, b);
	assert_sense(&c, 5, 0x21, 0);
	/* Unknown opcode: INVALID COMMAND OPERATION CODE. */
	c = rd(0, (uint8_t[]){0xC5, 0, 0, 0, 0, 0}, 6, 0, b);
	assert_sense(&c, 5, 0x20, 0);
	/* WRITE to a read-only LUN: DATA PROTECT, WRITE PROTECTED. */
	memset(b, 0xA5, 512);
	c = mk(1, (uint8_t[]){0x2A, 0, 0, 0, 0, 0, 0, 0, 1, 0}, 10, 0, 512, b);
	ck_assert_int_eq(pvsc_exec(SC, 0, &c), 0);
	assert_sense(&c, 7, 0x27, 0);
	/* READ CAPACITY(10) with an LBA but no PMI: INVALID FIELD IN CDB. */
	c = rd(0, (uint8_t[]){0x25, 0, 0, 0, 0, 1, 0, 0, 0, 0}, 10, 8, b);
	assert_sense(&c, 5, 0x24, 0);
	/* The sense fits the WIN8 area: at most 0x14 bytes. */
	ck_assert_uint_le(c.sense_len, STORVSC_SENSE_SIZE);
	down();
	/* Before WIN8 the sense area is 0x12 bytes. */
	struct pvsc_opts so = {.versions = (uint16_t[]){STORVSC_VERSION_WIN7}, .nversions = 1};
	up(&ho, &so);
	c = rd(0, (uint8_t[]){0x28, 0, 0, 0, 0x08, 0, 0, 0, 1, 0}, 10, 512, b);
	ck_assert_uint_eq(c.srb_status,
			  STORVSC_SRB_STATUS_ERROR | STORVSC_SCSI_REQUEST_AUTOSENSE_VALID_MASK);
	ck_assert_uint_le(c.sense_len, STORVSC_SENSE_SIZE_V1);
	ck_assert_uint_eq(c.sense[12], 0x21);
	down();
}
END_TEST

/* 100,000 random 4 KiB reads and writes at QD 32 over two subchannels, every read
 * verified, then the backing file checked chunk by chunk. */
START_TEST(random_io_verified_in_file)
{
	struct sv_host_opts ho = {.subchannels = 2};
	struct pvsc_opts so = {.subchannels = 2, .slots = 32};
	struct pvsc_workload w = {.qd = 32,
				  .ios = 100000,
				  .span = 16u << 20,
				  .verify = true,
				  .flush_at_end = true,
				  .seed = 42};
	struct pvsc_workload_result r;
	uint32_t *gens = NULL;
	uint64_t nchunks = 0;
	uint8_t want[4096], got[4096];

	w.gens_out = &gens;
	w.nchunks_out = &nchunks;
	up(&ho, &so);
	ck_assert_uint_eq(pvsc_channels(SC), 3);
	ck_assert_int_eq(pvsc_run_workload(SC, &w, &r), 0);
	ck_assert_uint_eq(r.ios, 100000);
	ck_assert_uint_eq(r.errors, 0);
	ck_assert_uint_eq(r.mismatches, 0);
	ck_assert_uint_gt(r.verified_bytes, 0);
	ck_assert_uint_eq(nchunks, 4096);
	pvsc_close(SC);
	SC = NULL;
	pvg_close(G);
	G = NULL;
	ck_assert_int_eq(host_stop(&H), 0);
	int fd = open(IMG, O_RDONLY);
	ck_assert_int_ge(fd, 0);
	uint64_t written = 0;
	for (uint64_t i = 0; i < nchunks; i++) {
		ck_assert_int_eq(pread(fd, got, 4096, (off_t)(i * 4096)), 4096);
		if (gens[i]) {
			pvsc_pattern(i, gens[i], want, 4096);
			written++;
		} else {
			memset(want, 0, 4096);
		}
		ck_assert_msg(!memcmp(want, got, 4096), "chunk %llu (gen %u) differs in the file",
			      (unsigned long long)i, gens[i]);
	}
	close(fd);
	ck_assert_uint_gt(written, nchunks / 2);
	free(gens);
	rm_img();
}
END_TEST

/* A write acknowledged and flushed is in the file even when the paravisor is SIGKILLed. */
START_TEST(flush_survives_sigkill)
{
	uint8_t b[65536], got[65536];
	struct pvsc_cmd c;

	up(NULL, NULL);
	for (int i = 0; i < 8; i++) {
		pvsc_pattern(1000 + i, 7, b, sizeof(b));
		/* WRITE(10) 128 blocks at LBA 256 * i. */
		c = mk(0, (uint8_t[]){0x2A, 0, 0, 0, (uint8_t)i, 0, 0, 0, 128, 0}, 10, 0, 65536, b);
		ck_assert_int_eq(pvsc_exec(SC, 0, &c), 0);
		assert_good(&c, 65536);
	}
	c = mk(0, (uint8_t[]){0x35, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 10, 2, 0, NULL);
	ck_assert_int_eq(pvsc_exec(SC, 0, &c), 0);
	assert_good(&c, 0);
	host_kill(&H);
	pvsc_close(SC);
	SC = NULL;
	pvg_close(G);
	G = NULL;
	int fd = open(IMG, O_RDONLY);
	ck_assert_int_ge(fd, 0);
	for (int i = 0; i < 8; i++) {
		pvsc_pattern(1000 + i, 7, b, sizeof(b));
		ck_assert_int_eq(pread(fd, got, sizeof(got), (off_t)i * 256 * 512),
				 (ssize_t)sizeof(got));
		ck_assert_mem_eq(got, b, sizeof(b));
	}
	close(fd);
	rm_img();
}
END_TEST

/* Hot add and remove: the guest hears ENUMERATE_BUS / REMOVE_DEVICE (trans_id 0). */
START_TEST(lun_hotplug_notifies)
{
	uint8_t b[64];
	uint32_t op = 0;
	struct pvsc_cmd c;

	up(NULL, NULL);
	ck_assert_int_eq(host_cmd(&H, "lunadd 3 memory 4M"), 0);
	ck_assert_int_eq(host_cmd(&H, "lunadd 3 memory 4M"), -EEXIST);
	c = rd(3, (uint8_t[]){0x12, 0, 0, 0, 36, 0}, 6, 36, b);
	assert_good(&c, 36);
	ck_assert_uint_eq(b[0], 0);
	ck_assert_uint_eq(pvsc_notifications(SC, &op), 1);
	ck_assert_uint_eq(op, STORVSC_OPERATION_ENUMERATE_BUS);
	c = rd(0, (uint8_t[]){0xA0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}, 12, 256, b);
	assert_good(&c, 32);
	ck_assert_uint_eq(b[8 + 8 * 2 + 1], 3);
	ck_assert_int_eq(host_cmd(&H, "lunrm 3"), 0);
	ck_assert_int_eq(host_cmd(&H, "lunrm 3"), -ENOENT);
	c = rd(3, (uint8_t[]){0x12, 0, 0, 0, 36, 0}, 6, 36, b);
	ck_assert_uint_eq(b[0], 0x7F);
	ck_assert_uint_eq(pvsc_notifications(SC, &op), 2);
	ck_assert_uint_eq(op, STORVSC_OPERATION_REMOVE_DEVICE);
	ck_assert_int_eq(host_cmd(&H, "stat notifications"), 2);
	down();
}
END_TEST

/* max_io 4: 64 commands queued on one channel all complete; the host never held
 * more than 4 and stopped reading at the limit. The 64 go into the ring before
 * the one signal, so the host finds them all whatever the scheduling (signalled
 * per command, a host that keeps up never reaches the limit: flaky). */
START_TEST(backpressure_at_max_io)
{
	struct sv_host_opts ho = {.max_io = 4};
	struct pvsc_opts so = {.slots = 64};
	struct pvsc_cmd cmds[64], *d;
	static uint8_t bufs[64][4096];

	up(&ho, &so);
	ck_assert_int_eq(pvg_chan_hold_signals(pvsc_chan(SC, 0), true), 0);
	for (int i = 0; i < 64; i++) {
		cmds[i] = mk(1, (uint8_t[]){0x28, 0, 0, 0, 0, (uint8_t)i, 0, 0, 8, 0}, 10, 1, 4096,
			     bufs[i]);
		ck_assert_int_eq(pvsc_submit(SC, 0, (unsigned)i, &cmds[i]), 0);
	}
	ck_assert_int_eq(pvg_chan_hold_signals(pvsc_chan(SC, 0), false), 0);
	for (int n = 0; n < 64; n++) {
		int rc;
		while ((rc = pvsc_reap(SC, 0, 5000, &d)) == -EAGAIN)
			;
		ck_assert_int_eq(rc, 0);
		assert_good(d, 4096);
	}
	ck_assert_int_le(host_cmd(&H, "stat maxout"), 4);
	ck_assert_int_gt(host_cmd(&H, "stat throttled"), 0);
	ck_assert_int_eq(host_cmd(&H, "stat requests"), 64);
	down();
}
END_TEST

/*
 * RESET_BUS (what Linux's host reset handler sends) with 32 writes to the
 * file LUN in flight: every write's completion reaches the guest before the
 * reset's, and every acknowledged write reads back.
 */
START_TEST(reset_bus_after_inflight)
{
	struct pvsc_opts so = {.slots = 32};
	struct pvsc_cmd cmds[32], *d;
	static uint8_t bufs[32][4096], back[4096];
	uint8_t pkt[STORVSC_PACKET_SIZE] = {0};
	unsigned done = 0;
	int rc;

	up(NULL, &so);
	for (int i = 0; i < 32; i++) {
		pvsc_pattern((uint64_t)i, 7, bufs[i], sizeof(bufs[i]));
		cmds[i] = mk(0,
			     (uint8_t[]){0x2A, 0, 0, 0, (uint8_t)(i >> 5), (uint8_t)(i << 3), 0, 0,
					 8, 0},
			     10, 0, 4096, bufs[i]);
		ck_assert_int_eq(pvsc_submit(SC, 0, (unsigned)i, &cmds[i]), 0);
	}
	struct storvsc_msg rm = op_msg(STORVSC_OPERATION_RESET_BUS);
	int n = storvsc_msg_encode(&rm, NULL, pkt, sizeof(pkt));
	ck_assert_int_eq(n, STORVSC_PACKET_SIZE);
	ck_assert_int_eq(pvg_chan_send(pvsc_chan(SC, 0), VMRING_PKT_DATA_INBAND,
				       VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 0x5E5E, pkt,
				       (size_t)n),
			 0);
	/* Slot trans_ids are 1..32: the reset's answer is the one reap does not match. */
	while ((rc = pvsc_reap(SC, 0, 5000, &d)) == 0) {
		assert_good(d, 4096);
		done++;
	}
	ck_assert_int_eq(rc, -EBADMSG);
	ck_assert_uint_eq(done, 32);
	ck_assert_int_eq(host_cmd(&H, "stat resets"), 1);
	for (int i = 0; i < 32; i++) {
		struct pvsc_cmd c =
			rd(0, (uint8_t[]){0x28, 0, 0, 0, 0, (uint8_t)(i << 3), 0, 0, 8, 0}, 10,
			   4096, back);
		assert_good(&c, 4096);
		ck_assert_mem_eq(back, bufs[i], 4096);
	}
	down();
}
END_TEST

/* ---- the wire as Linux wrote it ---- */

/*
 * Linux 6.1's first INQUIRY, byte for byte as hv_storvsc sent it (record 20
 * of tests/traces/corpus/linux/storvsc-probe-io.pcapng), its data range
 * moved to a page of ours: storvsp's completion must be the one Linux
 * accepted when the trace was recorded (record 21), and the data must land
 * in the page. pvguest and storvsp are built from the same spec, so this is
 * the test that fails when spec/storvsc.yaml moves a field Linux does not.
 */
START_TEST(linux_inquiry_bytes)
{
	static const char trace[] = "storvsc-probe-io.pcapng";
	uint8_t req[STORVSC_PACKET_SIZE], want[STORVSC_PACKET_SIZE], got[256], ext[64], inq[36];
	uint32_t len, off;
	uint64_t pfn;
	struct pvg_pkt p;

	up(NULL, NULL);
	size_t n = linux_trace_ring_body(trace, 20, req, sizeof(req), &len, &off);
	size_t wn = linux_trace_ring_body(trace, 21, want, sizeof(want), NULL, NULL);
	ck_assert_uint_eq(len, sizeof(inq));
	ck_assert_int_eq(pvg_pages_alloc(G, 1, &pfn), 0);
	int en = pvg_gpa_ext(1, &len, &off, &pfn, ext, sizeof(ext));
	ck_assert_int_gt(en, 0);
	ck_assert_int_eq(pvg_chan_send_ext(pvsc_chan(SC, 0), VMRING_PKT_DATA_USING_GPA_DIRECT,
					   VMRING_PKT_FLAGS_COMPLETION_REQUESTED, 1, ext,
					   (size_t)en, req, n),
			 0);
	ck_assert_int_eq(pvg_chan_recv(pvsc_chan(SC, 0), &p, got, sizeof(got), 5000), 0);
	ck_assert_uint_eq(p.type, VMRING_PKT_COMP);
	ck_assert_uint_eq(p.len, wn);
	ck_assert_mem_eq(got, want, wn);
	ck_assert_int_eq(rt_gmem_read(pvg_gmem(G), pfn * RT_PAGE_SIZE + off, inq, sizeof(inq)), 0);
	ck_assert_mem_eq(inq + 8, "Msft    Virtual Disk    ", 24);
	pvg_pages_free(G, pfn, 1);
	down();
}
END_TEST

/* ---- malformed packets ---- */

/* One good I/O on each channel: they still serve. */
static void all_serve(void)
{
	uint8_t b[512];

	for (unsigned i = 0; i < pvsc_channels(SC); i++) {
		struct pvsc_cmd c =
			mk(1, (uint8_t[]){0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0}, 10, 1, 512, b);
		ck_assert_int_eq(pvsc_exec(SC, i, &c), 0);
		assert_good(&c, 512);
	}
}

START_TEST(malformed_catalogue)
{
	struct sv_host_opts ho = {.subchannels = 2};
	struct pvsc_opts so = {.subchannels = 2};
	uint8_t junk[STORVSC_PACKET_SIZE], ext[256];
	const size_t op = offsetof(struct storvsc_wire_header, operation);
	/* Where the first range's byte count and the range count sit in ext. */
	const size_t cnt = offsetof(struct vmring_wire_gpa_direct, range_cnt) - VMRING_DESC_SIZE;
	const size_t len0 = VMRING_GPA_DIRECT_RANGES_OFFSET - VMRING_DESC_SIZE +
			    offsetof(struct vmring_wire_gpa_range, byte_count);
	struct storvsc_msg m;
	struct reply r;
	size_t n;
	uint64_t pfn;
	uint64_t id = 5000;

	up(&ho, &so);
	ck_assert_int_eq(pvg_pages_alloc(G, 2, &pfn), 0);
	for (unsigned ci = 0; ci < pvsc_channels(SC); ci++) {
		struct pvg_chan *c = pvsc_chan(SC, ci);
		/* Unknown operation (raw bytes: the encoder refuses them). */
		memset(junk, 0, sizeof(junk));
		pv_put_u32(junk + op, 99);
		r = raw(c, VMRING_PKT_DATA_INBAND, NULL, 0, junk, sizeof(junk), id++);
		ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_REQUEST);
		/* A host -> guest operation (COMPLETE_IO) sent to the host. */
		pv_put_u32(junk + op, STORVSC_OPERATION_COMPLETE_IO);
		r = raw(c, VMRING_PKT_DATA_INBAND, NULL, 0, junk, sizeof(junk), id++);
		ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_REQUEST);
		/* Short packet (16 bytes). */
		pv_put_u32(junk + op, STORVSC_OPERATION_EXECUTE_SRB);
		r = raw(c, VMRING_PKT_DATA_INBAND, NULL, 0, junk, 16, id++);
		ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
		/* Transfer-pages packet type: not used by storvsc. */
		m = read10_msg(10, 0);
		memset(ext, 0, 16);
		r = send_msg(c, VMRING_PKT_DATA_USING_XFER_PAGES, ext, 16, &m, id++);
		ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
		/* CDB length 17 (the spec's range refuses it) and 0 (storvsp does). */
		m = read10_msg(16, 0);
		ck_assert_int_eq(storvsc_msg_encode(&m, NULL, junk, sizeof(junk)), sizeof(junk));
		junk[offsetof(struct storvsc_wire_srb_packet, srb) +
		     offsetof(struct storvsc_wire_scsi_request, cdb_length)] = 17;
		r = raw(c, VMRING_PKT_DATA_INBAND, NULL, 0, junk, sizeof(junk), id++);
		ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
		m = read10_msg(0, 0);
		r = send_msg(c, VMRING_PKT_DATA_INBAND, NULL, 0, &m, id++);
		ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_INVALID_REQUEST);
		/* In-band with a transfer length: no buffer. */
		m = read10_msg(10, 512);
		r = send_msg(c, VMRING_PKT_DATA_INBAND, NULL, 0, &m, id++);
		ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_INVALID_REQUEST);
		/* GPA-direct whose range is shorter than data_transfer_length. */
		m = read10_msg(10, RT_PAGE_SIZE);
		n = one_range(ext, sizeof(ext), 512, pfn);
		r = send_msg(c, VMRING_PKT_DATA_USING_GPA_DIRECT, ext, n, &m, id++);
		ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_INVALID_REQUEST);
		/* A page outside guest memory. */
		n = one_range(ext, sizeof(ext), RT_PAGE_SIZE, 1ull << 40);
		r = send_msg(c, VMRING_PKT_DATA_USING_GPA_DIRECT, ext, n, &m, id++);
		ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_INVALID_REQUEST);
		/* Zero ranges. */
		n = (size_t)pvg_gpa_ext(0, NULL, NULL, NULL, ext, sizeof(ext));
		r = send_msg(c, VMRING_PKT_DATA_USING_GPA_DIRECT, ext, n, &m, id++);
		ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_INVALID_REQUEST);
		/* An enormous range count in a small header. */
		n = one_range(ext, sizeof(ext), RT_PAGE_SIZE, pfn);
		pv_put_u32(ext + cnt, UINT32_MAX);
		r = send_msg(c, VMRING_PKT_DATA_USING_GPA_DIRECT, ext, n, &m, id++);
		ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_INVALID_REQUEST);
		/* A range whose page count overruns the header. */
		n = one_range(ext, sizeof(ext), RT_PAGE_SIZE, pfn);
		pv_put_u32(ext + len0, 64u << 10);
		r = send_msg(c, VMRING_PKT_DATA_USING_GPA_DIRECT, ext, n, &m, id++);
		ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_INVALID_REQUEST);
		/* Transfer above max_transfer_bytes. */
		m = read10_msg(10, 4u << 20);
		n = one_range(ext, sizeof(ext), RT_PAGE_SIZE, pfn);
		r = send_msg(c, VMRING_PKT_DATA_USING_GPA_DIRECT, ext, n, &m, id++);
		ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_INVALID_REQUEST);
		/* Init operations: out of order on the primary, refused on subchannels. */
		m = (struct storvsc_msg){.type = STORVSC_OPERATION_QUERY_PROTOCOL_VERSION};
		m.u.version_packet.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
		m.u.version_packet.version.major_minor = STORVSC_VERSION_WIN8_1;
		r = send_msg(c, VMRING_PKT_DATA_INBAND, NULL, 0, &m, id++);
		ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
		all_serve();
	}
	ck_assert_int_ge(host_cmd(&H, "stat bad"), 14 * 3);
	pvg_pages_free(G, pfn, 2);
	down();
}
END_TEST

/* I/O before the session is initialized fails with INVALID_DEVICE_STATE; after a
 * proper init the same channel serves. */
START_TEST(io_before_init)
{
	struct pvg_open_opts oo = {.ring_pages = 16};
	struct pvg_chan *c;
	struct storvsc_msg m = read10_msg(6, 0);
	struct reply r;
	uint32_t status;

	host_up(NULL);
	guest_up(NULL);
	const struct pvg_offer *off = pvg_offer_at(G, 0);
	ck_assert_ptr_nonnull(off);
	ck_assert_int_eq(pvg_chan_open(G, off->relid, &oo, &c, &status), 0);
	m.u.srb_packet.srb.cdb[0] = 0; /* TEST UNIT READY */
	m.u.srb_packet.srb.data_in = STORVSC_DATA_IN_UNKNOWN;
	r = send_msg(c, VMRING_PKT_DATA_INBAND, NULL, 0, &m, 11);
	ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
	/* QUERY_PROPERTIES before BEGIN: out of order. */
	m = op_msg(STORVSC_OPERATION_QUERY_PROPERTIES);
	r = send_msg(c, VMRING_PKT_DATA_INBAND, NULL, 0, &m, 12);
	ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
	/* CREATE_SUB_CHANNELS before END: out of order. */
	m = subchannels_msg(1);
	r = send_msg(c, VMRING_PKT_DATA_INBAND, NULL, 0, &m, 13);
	ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
	ck_assert_int_eq(pvg_chan_close(c), 0);
	/* The same controller initializes and serves afterwards. */
	ck_assert_int_eq(pvsc_open(G, NULL, &SC), 0);
	all_serve();
	down();
}
END_TEST

/* Subchannels offered by CREATE_SUB_CHANNELS but never opened do not disturb the
 * primary; a second CREATE_SUB_CHANNELS beyond the maximum is refused. */
START_TEST(unopened_subchannels)
{
	struct sv_host_opts ho = {.subchannels = 2};
	struct pvsc_reply rep;
	struct storvsc_msg m;
	struct reply r;

	up(&ho, NULL);
	m = pvsc_msg(SC, STORVSC_OPERATION_CREATE_SUB_CHANNELS);
	m.u.create_sub_channels.sub_channel_count = 2;
	ck_assert_int_eq(pvsc_request(SC, pvsc_chan(SC, 0), &m, &rep), 0);
	ck_assert_uint_eq(rep.status, STORVSC_NTSTATUS_SUCCESS);
	unsigned subs = 0;
	for (int tries = 0; tries < 100 && subs < 2; tries++) {
		pvg_poll(G, 20);
		subs = 0;
		for (size_t i = 0; i < pvg_offer_count(G); i++)
			subs += pvg_offer_at(G, i)->sub_index != 0;
	}
	ck_assert_uint_eq(subs, 2);
	m.u.create_sub_channels.sub_channel_count = 3;
	ck_assert_int_eq(pvsc_request(SC, pvsc_chan(SC, 0), &m, &rep), 0);
	ck_assert_uint_eq(rep.status, (uint32_t)STORVSC_NTSTATUS_INVALID_PARAMETER);
	all_serve();
	/* Open only subchannel 2: it serves at once (no handshake) while 1 stays closed. */
	const struct pvg_offer *sub2 = NULL;
	for (size_t i = 0; i < pvg_offer_count(G); i++)
		if (pvg_offer_at(G, i)->sub_index == 2)
			sub2 = pvg_offer_at(G, i);
	ck_assert_ptr_nonnull(sub2);
	struct pvg_open_opts oo = {.ring_pages = 16};
	struct pvg_chan *c2;
	uint32_t status;
	ck_assert_int_eq(pvg_chan_open(G, sub2->relid, &oo, &c2, &status), 0);
	m = read10_msg(6, 0);
	m.u.srb_packet.srb.cdb[0] = 0; /* TEST UNIT READY on LUN 0 */
	m.u.srb_packet.srb.data_in = STORVSC_DATA_IN_UNKNOWN;
	r = send_msg(c2, VMRING_PKT_DATA_INBAND, NULL, 0, &m, 4242);
	ck_assert_uint_eq(r.status, STORVSC_NTSTATUS_SUCCESS);
	ck_assert_uint_eq(r.srb_status, STORVSC_SRB_STATUS_SUCCESS);
	/* An init step on a subchannel is refused. */
	m = op_msg(STORVSC_OPERATION_BEGIN_INITIALIZATION);
	r = send_msg(c2, VMRING_PKT_DATA_INBAND, NULL, 0, &m, 4243);
	ck_assert_uint_eq(r.status, (uint32_t)STORVSC_NTSTATUS_INVALID_DEVICE_STATE);
	ck_assert_int_eq(pvg_chan_close(c2), 0);
	all_serve();
	down();
}
END_TEST

/*
 * Linux after `rmmod hv_storvsc; insmod hv_storvsc`: the driver closes its
 * subchannels and the primary, then probes again (the whole init sequence,
 * CREATE_SUB_CHANNELS) and waits for NEW subchannel offers. The server
 * rescinds the old ones when the primary closes and offers fresh relids;
 * before, the second CREATE_SUB_CHANNELS offered nothing and Linux ran on the
 * primary alone.
 */
START_TEST(reprobe_reopens_subchannels)
{
	struct sv_host_opts ho = {.subchannels = 2};
	struct pvsc_opts so = {.subchannels = 2};
	uint32_t old[2];

	up(&ho, &so);
	for (int round = 0; round < 3; round++) {
		ck_assert_uint_eq(pvsc_channels(SC), 3);
		for (unsigned i = 1; i < 3; i++) {
			uint32_t relid = pvg_chan_relid(pvsc_chan(SC, i));
			if (round)
				ck_assert(relid != old[0] && relid != old[1]);
			old[i - 1] = relid;
		}
		all_serve();
		pvsc_close(SC);
		SC = NULL;
		ck_assert_int_eq(pvsc_open(G, &so, &SC), 0);
	}
	all_serve();
	/* The rescinded relids stay unused until the guest releases them. */
	for (size_t i = 0; i < pvg_offer_count(G); i++) {
		const struct pvg_offer *f = pvg_offer_at(G, i);
		if (f->relid == old[0] || f->relid == old[1])
			ck_assert(f->rescinded);
	}
	down();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("storvsp_protocol");
	TCase *w = tcase_create("spec");
	TCase *t = tcase_create("core");

	/* What must follow spec/ and the wire (tests/codegen/spec_edit_test.py runs this case). */
	tcase_set_timeout(w, 300);
	tcase_add_test(w, init_like_linux);
	tcase_add_test(w, linux_inquiry_bytes);
	suite_add_tcase(s, w);
	tcase_set_timeout(t, 300);
	tcase_add_test(t, versions_and_sizes);
	tcase_add_test(t, linux_probe_bytes);
	tcase_add_test(t, absent_luns);
	tcase_add_test(t, error_sense);
	tcase_add_test(t, random_io_verified_in_file);
	tcase_add_test(t, flush_survives_sigkill);
	tcase_add_test(t, lun_hotplug_notifies);
	tcase_add_test(t, backpressure_at_max_io);
	tcase_add_test(t, reset_bus_after_inflight);
	tcase_add_test(t, malformed_catalogue);
	tcase_add_test(t, io_before_init);
	tcase_add_test(t, unopened_subchannels);
	tcase_add_test(t, reprobe_reopens_subchannels);
	suite_add_tcase(s, t);
	return pv_check_run_suite(s);
}
