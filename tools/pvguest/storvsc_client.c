/*
 * storvsc client on pv_guest (see storvsc_client.h).
 */
#include "tools/pvguest/storvsc_client.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/gmem.h"
#include "runtime/util.h"
#include "scsi_codec.h"
#include "storvsc_codec.h"
#include "tools/common/pv_cli.h"
#include "tools/pvguest/pv_guest.h"
#include "vmring_codec.h"

struct pvsc_slot {
	uint64_t pfn; /* first of npages contiguous guest pages */
	struct pvsc_cmd *cmd;
};

struct pvsc_ch {
	struct pvg_chan *c;
	struct pvsc_slot *slots;
	unsigned busy;
};

struct pvsc {
	struct pvg *g;
	struct pvsc_opts o;
	uint32_t slot_pages;
	uint16_t version;
	struct pvsc_props props;
	struct pvsc_ch ch[PVSC_MAX_CHANNELS];
	unsigned nch;
	unsigned notifications;
	uint32_t last_notify;
};

uint16_t pvsc_version(const struct pvsc *sc)
{
	return sc->version;
}

const struct pvsc_props *pvsc_props(const struct pvsc *sc)
{
	return &sc->props;
}

unsigned pvsc_channels(const struct pvsc *sc)
{
	return sc->nch;
}

struct pvg_chan *pvsc_chan(struct pvsc *sc, unsigned i)
{
	return i < sc->nch ? sc->ch[i].c : NULL;
}

uint64_t pvsc_slot_pfn(const struct pvsc *sc, unsigned ch, unsigned slot)
{
	uint32_t nslots = sc->o.slots ? sc->o.slots : 64;

	return ch < sc->nch && slot < nslots ? sc->ch[ch].slots[slot].pfn : 0;
}

unsigned pvsc_notifications(const struct pvsc *sc, uint32_t *last_op)
{
	if (last_op)
		*last_op = sc->last_notify;
	return sc->notifications;
}

static int timeout(const struct pvsc *sc)
{
	return sc->o.timeout_ms ? sc->o.timeout_ms : 5000;
}

/* Packets go out in the negotiated version's size: 64 bytes from WIN8 on (and before any). */
static bool pkt_full(const struct pvsc *sc)
{
	return !sc->version || sc->version >= STORVSC_VERSION_WIN8;
}

/* An unsolicited host packet (trans_id 0): ENUMERATE_BUS or REMOVE_DEVICE. */
static void note_unsolicited(struct pvsc *sc, const uint8_t *b, uint32_t len)
{
	struct pv_codec_ctx cx = {.dir = PV_DIR_TO_GUEST};
	struct storvsc_msg m;

	if (storvsc_msg_decode(b, rt_min(len, (uint32_t)STORVSC_PACKET_SIZE), &cx, &m) == PV_OK) {
		sc->notifications++;
		sc->last_notify = m.type;
	}
}

int pvsc_request(struct pvsc *sc, struct pvg_chan *c, const struct storvsc_msg *req,
		 struct pvsc_reply *rep)
{
	struct pv_codec_ctx cx = {.version = sc->version, .dir = PV_DIR_TO_HOST};
	uint8_t pkt[STORVSC_PACKET_SIZE];
	uint8_t buf[256];
	struct pvg_pkt p;
	int rc, n;

	n = storvsc_msg_encode(req, &cx, pkt, sizeof(pkt));
	if (n < 0)
		return -EINVAL;
	rc = pvg_chan_send(c, VMRING_PKT_DATA_INBAND, VMRING_PKT_FLAGS_COMPLETION_REQUESTED,
			   PVSC_RQST_INIT, pkt, (size_t)n);
	if (rc)
		return rc;
	for (;;) {
		rc = pvg_chan_recv(c, &p, buf, sizeof(buf), timeout(sc));
		if (rc)
			return rc == -EAGAIN ? -ETIMEDOUT : rc;
		if (p.trans_id == 0) {
			note_unsolicited(sc, buf, p.len);
			continue;
		}
		if (p.trans_id != PVSC_RQST_INIT || p.type != VMRING_PKT_COMP)
			return -EBADMSG;
		/* The ring pads to 8 bytes; a completion is one packet of either size. */
		memset(rep, 0, sizeof(*rep));
		rep->len =
			p.len >= STORVSC_PACKET_SIZE ? STORVSC_PACKET_SIZE : STORVSC_PACKET_V1_SIZE;
		memcpy(rep->raw, buf, rt_min(p.len, rep->len));
		cx.dir = PV_DIR_TO_GUEST;
		if (storvsc_msg_decode(rep->raw, rep->len, &cx, &rep->m) != PV_OK ||
		    rep->m.type != STORVSC_OPERATION_COMPLETE_IO)
			return -EBADMSG;
		rep->status = rep->m.variant == STORVSC_MSG_VAR_COMPLETE_IO_PACKET
				      ? rep->m.u.packet.hdr.status
				      : rep->m.u.complete_io.hdr.status;
		return 0;
	}
}

struct storvsc_msg pvsc_msg(const struct pvsc *sc, uint32_t op)
{
	struct storvsc_msg m = {.type = op};

	/* Every variant starts with the header; the size follows the version. */
	m.variant = pkt_full(sc) ? 0 : 1;
	m.u.packet.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
	return m;
}

static int step_ok(struct pvsc *sc, struct pvg_chan *c, const struct storvsc_msg *m,
		   struct pvsc_reply *rep)
{
	int rc = pvsc_request(sc, c, m, rep);

	if (rc)
		return rc;
	return rep->status == STORVSC_NTSTATUS_SUCCESS ? 0 : -EPROTO;
}

static int slots_alloc(struct pvsc *sc, struct pvsc_ch *ch)
{
	uint32_t n = sc->o.slots ? sc->o.slots : 64;

	ch->slots = calloc(n, sizeof(*ch->slots));
	if (!ch->slots)
		return -ENOMEM;
	for (uint32_t i = 0; i < n; i++) {
		int rc = pvg_pages_alloc(sc->g, sc->slot_pages, &ch->slots[i].pfn);
		if (rc)
			return rc;
	}
	return 0;
}

static int chan_add(struct pvsc *sc, uint32_t relid)
{
	struct pvg_open_opts oo = {.ring_pages = sc->o.ring_pages ? sc->o.ring_pages : 33};
	struct pvsc_ch *ch = &sc->ch[sc->nch];
	uint32_t status = 0;
	int rc;

	if (sc->nch >= PVSC_MAX_CHANNELS)
		return -ENOSPC;
	rc = pvg_chan_open(sc->g, relid, &oo, &ch->c, &status);
	if (rc)
		return rc;
	sc->nch++;
	return slots_alloc(sc, ch);
}

int pvsc_open(struct pvg *g, const struct pvsc_opts *o, struct pvsc **out)
{
	static const struct pvsc_opts def = {0};
	const struct pvg_offer *off = NULL;
	struct storvsc_properties_reply props;
	struct storvsc_msg m;
	struct pvsc_reply rep;
	struct pvsc *sc;
	int rc;

	if (!o)
		o = &def;
	for (size_t i = 0; i < pvg_offer_count(g); i++) {
		const struct pvg_offer *f = pvg_offer_at(g, i);
		if (!f->rescinded && !f->sub_index &&
		    !memcmp(f->if_type, storvsc_class_scsi.guid, sizeof(f->if_type)) &&
		    (!o->instance || !memcmp(f->if_instance, o->instance, 16))) {
			off = f;
			break;
		}
	}
	if (!off)
		return -ENODEV;
	sc = calloc(1, sizeof(*sc));
	if (!sc)
		return -ENOMEM;
	sc->g = g;
	sc->o = *o;
	sc->slot_pages = rt_gpa_range_pages(0, o->slot_size ? o->slot_size : 65536);
	rc = chan_add(sc, off->relid);
	if (rc)
		goto fail;
	struct pvg_chan *c = sc->ch[0].c;
	m = pvsc_msg(sc, STORVSC_OPERATION_BEGIN_INITIALIZATION);
	if ((rc = step_ok(sc, c, &m, &rep)))
		goto fail;
	/*
	 * The versions to offer, newest first: the caller's, or every one
	 * spec/storvsc.yaml lists (Linux 6.1 offers WIN10, WIN8_1 and WIN8).
	 */
	rc = -EPROTO;
	for (size_t i = 0; i < (o->versions ? o->nversions : STORVSC_VERSION_COUNT); i++) {
		uint16_t v = o->versions
				     ? o->versions[i]
				     : (uint16_t)storvsc_versions[STORVSC_VERSION_COUNT - 1 - i];
		struct storvsc_msg q = pvsc_msg(sc, STORVSC_OPERATION_QUERY_PROTOCOL_VERSION);
		int r;

		q.u.version_packet.version.major_minor = v;
		r = pvsc_request(sc, c, &q, &rep);
		if (r) {
			rc = r;
			goto fail;
		}
		if (rep.status == STORVSC_NTSTATUS_SUCCESS) {
			sc->version = v;
			rc = 0;
			break;
		}
	}
	if (rc)
		goto fail;
	m = pvsc_msg(sc, STORVSC_OPERATION_QUERY_PROPERTIES);
	if ((rc = step_ok(sc, c, &m, &rep)))
		goto fail;
	/* COMPLETE_IO answering QUERY_PROPERTIES has the properties layout. */
	{
		uint8_t full[STORVSC_PROPERTIES_REPLY_SIZE] = {0};

		memcpy(full, rep.raw, rep.len);
		if (storvsc_properties_reply_decode(full, sizeof(full), NULL, &props) != PV_OK) {
			rc = -EBADMSG;
			goto fail;
		}
	}
	sc->props.max_channel_cnt = props.props.max_channel_cnt;
	sc->props.flags = props.props.flags;
	sc->props.max_transfer_bytes = props.props.max_transfer_bytes;
	m = pvsc_msg(sc, STORVSC_OPERATION_END_INITIALIZATION);
	if ((rc = step_ok(sc, c, &m, &rep)))
		goto fail;
	if (o->subchannels && (sc->props.flags & STORVSC_CHANNEL_FLAGS_SUPPORTS_MULTI_CHANNEL)) {
		uint16_t n = o->subchannels < sc->props.max_channel_cnt ? o->subchannels
									: sc->props.max_channel_cnt;
		if (n > PVSC_MAX_CHANNELS - 1)
			n = PVSC_MAX_CHANNELS - 1;
		m = pvsc_msg(sc, STORVSC_OPERATION_CREATE_SUB_CHANNELS);
		m.u.create_sub_channels.sub_channel_count = n;
		if ((rc = step_ok(sc, c, &m, &rep)))
			goto fail;
		for (uint16_t k = 1; k <= n; k++) {
			const struct pvg_offer *sf = NULL;
			for (int waited = 0; waited < timeout(sc); waited += 10) {
				for (size_t i = 0; i < pvg_offer_count(g) && !sf; i++) {
					const struct pvg_offer *f = pvg_offer_at(g, i);
					if (!f->rescinded && f->sub_index == k &&
					    !memcmp(f->if_type, storvsc_class_scsi.guid,
						    sizeof(f->if_type)) &&
					    !memcmp(f->if_instance, off->if_instance,
						    sizeof(f->if_instance)))
						sf = f;
				}
				if (sf)
					break;
				pvg_poll(g, 10);
			}
			if (!sf) {
				rc = -ETIMEDOUT;
				goto fail;
			}
			if ((rc = chan_add(sc, sf->relid)))
				goto fail;
		}
	}
	*out = sc;
	return 0;
fail:
	pvsc_close(sc);
	return rc;
}

void pvsc_close(struct pvsc *sc)
{
	if (!sc)
		return;
	uint32_t n = sc->o.slots ? sc->o.slots : 64;
	for (unsigned i = sc->nch; i-- > 0;) {
		struct pvsc_ch *ch = &sc->ch[i];
		pvg_chan_close(ch->c);
		if (ch->slots)
			for (uint32_t k = 0; k < n; k++)
				if (ch->slots[k].pfn)
					pvg_pages_free(sc->g, ch->slots[k].pfn, sc->slot_pages);
		free(ch->slots);
	}
	free(sc);
}

void pvsc_forget(struct pvsc *sc)
{
	if (!sc)
		return;
	for (unsigned i = 0; i < sc->nch; i++)
		free(sc->ch[i].slots);
	free(sc);
}

/* ------------------------------------------------------------------ */
/* Commands                                                             */

/* The fields a pre-WIN8 scsi_request shares with the current one. */
/* clang-format off */
#define SRB_COMMON(X)                                                                         \
	X(length) X(srb_status) X(status) X(queue_frozen) X(autosense_valid) X(scsi_status)    \
	X(port_number) X(path_id) X(target_id) X(lun) X(cdb_length) X(sense_info_length)      \
	X(data_in) X(properties) X(data_transfer_length)
/* clang-format on */

int pvsc_submit(struct pvsc *sc, unsigned chi, unsigned slot, struct pvsc_cmd *cmd)
{
	uint32_t nslots = sc->o.slots ? sc->o.slots : 64;
	struct storvsc_msg m = {.type = STORVSC_OPERATION_EXECUTE_SRB};
	struct storvsc_scsi_request q = {0};
	uint8_t pkt[STORVSC_PACKET_SIZE], ext[VMRING_GPA_DIRECT_SIZE + 8 + 8 * 512];
	struct pvsc_ch *ch;
	int rc, n, next;

	if (chi >= sc->nch || slot >= nslots)
		return -EINVAL;
	ch = &sc->ch[chi];
	if (ch->slots[slot].cmd)
		return -EBUSY;
	if (cmd->xfer_len > sc->slot_pages * RT_PAGE_SIZE || cmd->cdb_len > STORVSC_CDB_MAX)
		return -EINVAL;
	/* As Linux's storvsc_queuecommand fills it. */
	q.path_id = cmd->path;
	q.target_id = cmd->target;
	q.lun = cmd->lun;
	q.cdb_length = cmd->cdb_len;
	q.sense_info_length = STORVSC_SENSE_SIZE;
	q.data_in = cmd->xfer_len ? cmd->data_in : STORVSC_DATA_IN_UNKNOWN;
	q.data_transfer_length = cmd->xfer_len;
	memcpy(q.cdb, cmd->cdb, cmd->cdb_len);
	q.queue_tag = 0xFF;
	q.queue_action = 0x20;
	q.srb_flags = cmd->xfer_len
			      ? (cmd->data_in == STORVSC_DATA_IN_READ ? STORVSC_SRB_FLAGS_DATA_IN
								      : STORVSC_SRB_FLAGS_DATA_OUT)
			      : 0;
	q.time_out_value = 60;
	if (pkt_full(sc)) {
		m.variant = STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET;
		m.u.srb_packet.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
		m.u.srb_packet.srb = q;
		m.u.srb_packet.srb.length = STORVSC_SCSI_REQUEST_SIZE;
	} else {
		struct storvsc_scsi_request_v1 *v1 = &m.u.execute_srb.srb;

		m.variant = STORVSC_MSG_VAR_EXECUTE_SRB_SRB_PACKET_V1;
		m.u.execute_srb.hdr.flags = STORVSC_PACKET_FLAGS_REQUEST_COMPLETION;
#define X(f) v1->f = q.f;
		SRB_COMMON(X)
#undef X
		memcpy(v1->cdb, q.cdb, sizeof(v1->cdb));
		v1->length = STORVSC_SCSI_REQUEST_V1_SIZE;
	}
	n = storvsc_msg_encode(&m, NULL, pkt, sizeof(pkt));
	if (n < 0)
		return -EINVAL;
	if (cmd->xfer_len && cmd->data_in == STORVSC_DATA_IN_WRITE && cmd->buf) {
		rc = rt_gmem_write(pvg_gmem(sc->g), ch->slots[slot].pfn * RT_PAGE_SIZE, cmd->buf,
				   cmd->xfer_len);
		if (rc)
			return rc;
	}
	if (!cmd->xfer_len) {
		rc = pvg_chan_send(ch->c, VMRING_PKT_DATA_INBAND,
				   VMRING_PKT_FLAGS_COMPLETION_REQUESTED, slot + 1, pkt, (size_t)n);
	} else {
		/* One range over the slot's pages, from offset 0. */
		uint64_t pfns[512];
		uint32_t off = 0, npages = rt_gpa_range_pages(0, cmd->xfer_len);

		if (npages > RT_ARRAY_SIZE(pfns))
			return -EINVAL;
		for (uint32_t i = 0; i < npages; i++)
			pfns[i] = ch->slots[slot].pfn + i;
		next = pvg_gpa_ext(1, &cmd->xfer_len, &off, pfns, ext, sizeof(ext));
		if (next < 0)
			return next;
		rc = pvg_chan_send_ext(ch->c, VMRING_PKT_DATA_USING_GPA_DIRECT,
				       VMRING_PKT_FLAGS_COMPLETION_REQUESTED, slot + 1, ext,
				       (size_t)next, pkt, (size_t)n);
	}
	if (rc)
		return rc;
	ch->slots[slot].cmd = cmd;
	ch->busy++;
	return 0;
}

/* Takes the SRB completion in b (len bytes, either size) into cmd; -EBADMSG when malformed. */
static int take_result(struct pvsc_cmd *cmd, const uint8_t *b, uint32_t len)
{
	struct storvsc_scsi_request q = {0};
	struct storvsc_header h;

	if (len >= STORVSC_SRB_PACKET_SIZE) {
		struct storvsc_srb_packet p;

		if (storvsc_srb_packet_decode(b, STORVSC_SRB_PACKET_SIZE, NULL, &p) != PV_OK)
			return -EBADMSG;
		h = p.hdr;
		q = p.srb;
	} else {
		struct storvsc_srb_packet_v1 p;

		if (len < STORVSC_SRB_PACKET_V1_SIZE ||
		    storvsc_srb_packet_v1_decode(b, STORVSC_SRB_PACKET_V1_SIZE, NULL, &p) != PV_OK)
			return -EBADMSG;
		h = p.hdr;
#define X(f) q.f = p.srb.f;
		SRB_COMMON(X)
#undef X
		memcpy(q.cdb, p.srb.cdb, sizeof(p.srb.cdb));
	}
	cmd->ntstatus = h.status;
	cmd->srb_status = (uint8_t)(q.status | q.queue_frozen << 6 | q.autosense_valid << 7);
	cmd->scsi_status = q.scsi_status;
	cmd->sense_len = rt_min(q.sense_info_length, (uint8_t)sizeof(cmd->sense));
	cmd->transferred = q.data_transfer_length;
	memset(cmd->sense, 0, sizeof(cmd->sense));
	/* The sense data comes back in the CDB's bytes. */
	if (q.autosense_valid)
		memcpy(cmd->sense, q.cdb, cmd->sense_len);
	return 0;
}

int pvsc_reap(struct pvsc *sc, unsigned chi, int timeout_ms, struct pvsc_cmd **done)
{
	uint32_t nslots = sc->o.slots ? sc->o.slots : 64;
	struct pvsc_ch *ch = &sc->ch[chi];
	uint8_t buf[256];
	struct pvg_pkt p;
	int rc;

	for (;;) {
		rc = pvg_chan_recv(ch->c, &p, buf, sizeof(buf), timeout_ms);
		if (rc)
			return rc;
		if (p.trans_id == 0) {
			note_unsolicited(sc, buf, p.len);
			continue;
		}
		break;
	}
	if (p.type != VMRING_PKT_COMP || p.trans_id < 1 || p.trans_id > nslots ||
	    !ch->slots[p.trans_id - 1].cmd)
		return -EBADMSG;
	struct pvsc_slot *sl = &ch->slots[p.trans_id - 1];
	struct pvsc_cmd *cmd = sl->cmd;
	rc = take_result(cmd, buf, p.len);
	if (rc)
		return rc;
	if (cmd->xfer_len && cmd->data_in == STORVSC_DATA_IN_READ && cmd->buf) {
		uint32_t n = cmd->transferred < cmd->xfer_len ? cmd->transferred : cmd->xfer_len;
		rc = rt_gmem_read(pvg_gmem(sc->g), sl->pfn * RT_PAGE_SIZE, cmd->buf, n);
		if (rc)
			return rc;
	}
	sl->cmd = NULL;
	ch->busy--;
	*done = cmd;
	return 0;
}

int pvsc_exec(struct pvsc *sc, unsigned ch, struct pvsc_cmd *cmd)
{
	uint32_t nslots = sc->o.slots ? sc->o.slots : 64;
	struct pvsc_cmd *done;
	unsigned slot = 0;
	int rc;

	if (ch >= sc->nch)
		return -EINVAL;
	while (slot < nslots && sc->ch[ch].slots[slot].cmd)
		slot++;
	rc = pvsc_submit(sc, ch, slot, cmd);
	if (rc)
		return rc;
	do {
		rc = pvsc_reap(sc, ch, timeout(sc), &done);
		if (rc)
			return rc == -EAGAIN ? -ETIMEDOUT : rc;
	} while (done != cmd);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Workload                                                             */

void pvsc_pattern(uint64_t chunk, uint32_t gen, void *buf, size_t len)
{
	uint64_t base = rt_mix64(chunk * 0x9e3779b97f4a7c15ull + gen);
	uint8_t *b = buf;

	for (size_t i = 0; i + 8 <= len; i += 8) {
		uint64_t v = base + i * 0x2545F4914F6CDD1Dull;
		v ^= v >> 29;
		memcpy(b + i, &v, 8);
	}
}

/* READ/WRITE(10) when LBA and length fit it, else (16), by the generated SCSI encoders. */
static void cdb_rw(uint8_t *cdb, uint8_t *len, bool write, uint64_t lba, uint32_t nblocks)
{
	memset(cdb, 0, STORVSC_CDB_MAX);
	if (lba <= UINT32_MAX && nblocks <= UINT16_MAX) {
		struct scsi_cdb_rw10 c = {.opcode = write ? SCSI_OPCODE_WRITE_10
							  : SCSI_OPCODE_READ_10,
					  .lba = (uint32_t)lba,
					  .length = (uint16_t)nblocks};
		*len = (uint8_t)scsi_cdb_rw10_encode(&c, cdb, STORVSC_CDB_MAX);
	} else {
		struct scsi_cdb_rw16 c = {.opcode = write ? SCSI_OPCODE_WRITE_16
							  : SCSI_OPCODE_READ_16,
					  .lba = lba,
					  .length = nblocks};
		*len = (uint8_t)scsi_cdb_rw16_encode(&c, cdb, STORVSC_CDB_MAX);
	}
}

struct wl_io {
	struct pvsc_cmd cmd;
	uint64_t chunk;
	uint32_t gen;
	unsigned ch, slot;
	bool write;
	uint8_t *buf;
};

static int read_capacity(struct pvsc *sc, uint8_t lun, uint64_t *blocks, uint32_t *bs)
{
	uint8_t data[SCSI_READ_CAPACITY16_DATA_SIZE] = {0};
	struct scsi_cdb_service_action_in16 q = {.opcode = SCSI_OPCODE_SERVICE_ACTION_IN_16,
						 .service_action =
							 SCSI_SERVICE_ACTION_IN_READ_CAPACITY_16,
						 .alloc_len = sizeof(data)};
	struct pvsc_cmd c = {
		.lun = lun, .data_in = STORVSC_DATA_IN_READ, .xfer_len = sizeof(data), .buf = data};
	struct scsi_read_capacity16_data d;
	int rc, n = scsi_cdb_service_action_in16_encode(&q, c.cdb, sizeof(c.cdb));

	if (n < 0)
		return -EINVAL;
	c.cdb_len = (uint8_t)n;
	rc = pvsc_exec(sc, 0, &c);
	if (rc)
		return rc;
	if ((c.srb_status & STORVSC_SCSI_REQUEST_STATUS_MASK) != STORVSC_SRB_STATUS_SUCCESS ||
	    c.scsi_status)
		return -EIO;
	if (scsi_read_capacity16_data_decode(data, sizeof(data), NULL, &d) != PV_OK)
		return -EBADMSG;
	*blocks = d.last_lba + 1;
	*bs = d.block_len;
	return 0;
}

static double now_s(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int pvsc_run_workload(struct pvsc *sc, const struct pvsc_workload *w,
		      struct pvsc_workload_result *res)
{
	uint32_t nslots = sc->o.slots ? sc->o.slots : 64;
	uint32_t io_size = w->io_size ? w->io_size : 4096;
	unsigned wpct = w->mix_set ? w->write_pct : 50;
	uint64_t blocks, nchunks, rng = w->seed ? w->seed : 0x5eed;
	uint64_t submitted = 0;
	uint32_t bs, qd = w->qd ? w->qd : 1;
	uint32_t *gens = NULL;
	uint8_t *busy = NULL, *expect = NULL;
	struct wl_io *ios = NULL;
	unsigned inflight = 0;
	int idle_ms = 0;
	double t0;
	int rc;

	memset(res, 0, sizeof(*res));
	rc = read_capacity(sc, w->lun, &blocks, &bs);
	if (rc)
		return rc;
	if (io_size % bs || io_size > sc->slot_pages * 4096u)
		return -EINVAL;
	uint64_t span = w->span ? w->span : blocks * bs;
	if (span > blocks * bs)
		span = blocks * bs;
	if (span > (1ull << 30))
		span = 1ull << 30;
	nchunks = span / io_size;
	if (!nchunks)
		return -EINVAL;
	if (qd > nslots * sc->nch)
		qd = nslots * sc->nch;
	if (qd > nchunks)
		qd = (uint32_t)nchunks;
	gens = calloc(nchunks, sizeof(*gens));
	busy = calloc(nchunks, 1);
	ios = calloc(qd, sizeof(*ios));
	expect = malloc(io_size);
	if (!gens || !busy || !ios || !expect) {
		rc = -ENOMEM;
		goto out;
	}
	for (uint32_t i = 0; i < qd; i++) {
		ios[i].ch = i % sc->nch;
		ios[i].slot = i / sc->nch;
		ios[i].buf = malloc(io_size);
		if (!ios[i].buf) {
			rc = -ENOMEM;
			goto out;
		}
	}
	t0 = now_s();
	/* Every io slot is either idle or in flight; refill until `ios` were issued. */
	for (uint32_t i = 0; i < qd && submitted < w->ios; i++)
		ios[i].cmd.user = NULL;
	for (;;) {
		for (uint32_t i = 0; i < qd && submitted < w->ios && !(w->stop && *w->stop); i++) {
			struct wl_io *io = &ios[i];
			if (io->cmd.user)
				continue;
			uint64_t chunk;
			do {
				rng = rt_mix64(rng + 0x9e3779b97f4a7c15ull);
				chunk = rng % nchunks;
			} while (busy[chunk]);
			io->chunk = chunk;
			io->write = (rng >> 40) % 100 < wpct;
			memset(&io->cmd, 0, sizeof(io->cmd));
			io->cmd.lun = w->lun;
			io->cmd.buf = io->buf;
			io->cmd.xfer_len = io_size;
			io->cmd.user = io;
			cdb_rw(io->cmd.cdb, &io->cmd.cdb_len, io->write, chunk * (io_size / bs),
			       io_size / bs);
			if (io->write) {
				io->gen = gens[chunk] + 1;
				io->cmd.data_in = STORVSC_DATA_IN_WRITE;
				pvsc_pattern(chunk, io->gen, io->buf, io_size);
			} else {
				io->gen = gens[chunk];
				io->cmd.data_in = STORVSC_DATA_IN_READ;
			}
			rc = pvsc_submit(sc, io->ch, io->slot, &io->cmd);
			if (rc == -EAGAIN) {
				io->cmd.user = NULL;
				break; /* ring full: reap first */
			}
			if (rc)
				goto out;
			busy[chunk] = 1;
			submitted++;
			inflight++;
		}
		if (!inflight)
			break;
		/* Reap what is there on every channel; wait on one when nothing is. */
		unsigned got = 0;
		for (unsigned c = 0; c < sc->nch; c++) {
			struct pvsc_cmd *d;
			while (pvsc_reap(sc, c, 0, &d) == 0) {
				struct wl_io *io = d->user;
				got++;
				inflight--;
				busy[io->chunk] = 0;
				res->ios++;
				if ((d->srb_status & STORVSC_SCSI_REQUEST_STATUS_MASK) !=
					    STORVSC_SRB_STATUS_SUCCESS ||
				    d->scsi_status || d->transferred != io_size) {
					res->errors++;
				} else if (io->write) {
					res->writes++;
					gens[io->chunk] = io->gen;
				} else {
					res->reads++;
					if (w->verify && (io->gen || w->zeroed)) {
						if (io->gen)
							pvsc_pattern(io->chunk, io->gen, expect,
								     io_size);
						else
							memset(expect, 0, io_size);
						if (memcmp(expect, io->buf, io_size))
							res->mismatches++;
						else
							res->verified_bytes += io_size;
					}
				}
				io->cmd.user = NULL;
			}
		}
		if (w->tick && (rc = w->tick(w->tick_ctx)) < 0)
			goto out;
		if (got)
			idle_ms = 0;
		if (!got) {
			struct pvsc_cmd *d;
			unsigned c = 0;
			int tmo = w->tick ? 2 : timeout(sc);
			while (c < sc->nch && !sc->ch[c].busy)
				c++;
			rc = pvg_chan_wait_irq(sc->ch[c < sc->nch ? c : 0].c, tmo);
			if (rc < 0 && rc != -EAGAIN) {
				/* The host is gone (its socket closed): nothing in
				 * flight will be answered, so waiting again would
				 * spin on the dead socket. */
				fprintf(stderr, "storvsc: %u commands in flight, host lost: %s\n",
					inflight, strerror(-rc));
				goto out;
			}
			if (rc == -EAGAIN && w->tick && (idle_ms += tmo) < timeout(sc))
				continue;
			if (rc == -EAGAIN) {
				fprintf(stderr, "storvsc: %u commands unanswered after %d ms\n",
					inflight, timeout(sc));
				rc = -ETIMEDOUT;
				goto out;
			}
			(void)d;
		}
	}
	if (w->flush_at_end) {
		struct pvsc_cmd f = {.lun = w->lun, .data_in = 2};
		struct scsi_cdb_sync_cache10 q = {.opcode = SCSI_OPCODE_SYNCHRONIZE_CACHE_10};

		f.cdb_len = (uint8_t)scsi_cdb_sync_cache10_encode(&q, f.cdb, sizeof(f.cdb));
		rc = pvsc_exec(sc, 0, &f);
		if (rc)
			goto out;
		if ((f.srb_status & STORVSC_SCSI_REQUEST_STATUS_MASK) !=
			    STORVSC_SRB_STATUS_SUCCESS ||
		    f.scsi_status)
			res->errors++;
	}
	res->seconds = now_s() - t0;
	rc = 0;
	if (w->gens_out) {
		*w->gens_out = gens;
		if (w->nchunks_out)
			*w->nchunks_out = nchunks;
		gens = NULL;
	}
out:
	if (ios)
		for (uint32_t i = 0; i < qd; i++)
			free(ios[i].buf);
	free(ios);
	free(gens);
	free(busy);
	free(expect);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Command line                                                         */

void pvsc_cli_usage(FILE *file)
{
	fprintf(file,
		"storvsc subcommand: pvguest --socket PATH storvsc [options]\n"
		"  Initializes the first SCSI controller like Linux 6.1 (BEGIN, versions\n"
		"  6.2/6.0/5.1, QUERY_PROPERTIES, END), prints INQUIRY and capacity of the LUN.\n"
		"  --lun N           LUN to use (default 0)\n"
		"  --subchannels N   ask for N subchannels and spread I/O over all channels\n"
		"  --workload        random reads/writes; prints\n"
		"                    'storvsc workload: N I/Os, E errors, X IOPS, verified B "
		"bytes'\n"
		"  --qd N            outstanding commands (default 1)\n"
		"  --ios N           commands to complete (default 10000)\n"
		"  --until-signal    issue commands until SIGINT or SIGTERM (or --ios), then\n"
		"                    complete what is in flight and report as usual\n"
		"  --bs BYTES        I/O size (default 4096)\n"
		"  --span BYTES      use only the first BYTES of the disk (default all, max 1G)\n"
		"  --write-pct P     share of writes, 0..100 (default 50)\n"
		"  --verify          check every byte read against what was written\n"
		"  --zeroed          with --verify: blocks never written must read as zeros\n"
		"  --flush           SYNCHRONIZE CACHE after the workload\n"
		"  --seed N          random seed\n"
		"  --gens-out FILE   after the workload, save which write generation each chunk\n"
		"                    holds (to check the disk later, e.g. after a crash)\n"
		"  --check-gens FILE read every chunk FILE names and compare it with what the\n"
		"                    workload wrote; prints 'storvsc check: N chunks, M "
		"mismatches'\n"
		"  Exit status 0 only if every command succeeded and nothing mismatched.\n");
}

static int probe(struct pvsc *sc, uint8_t lun)
{
	uint8_t inq[SCSI_INQUIRY_STD_SIZE] = {0};
	struct pvsc_cmd c = {.lun = lun, .data_in = 1, .xfer_len = sizeof(inq), .buf = inq};
	struct scsi_cdb_inquiry q = {.opcode = SCSI_OPCODE_INQUIRY, .alloc_len = sizeof(inq)};
	struct scsi_inquiry_std d;
	uint64_t blocks;
	uint32_t bs;
	int rc;

	c.cdb_len = (uint8_t)scsi_cdb_inquiry_encode(&q, c.cdb, sizeof(c.cdb));
	rc = pvsc_exec(sc, 0, &c);
	if (rc)
		return rc;
	if (scsi_inquiry_std_decode(inq, sizeof(inq), NULL, &d) != PV_OK)
		return -EPROTO;
	printf("LUN %u: INQUIRY srb 0x%02x type 0x%02x qualifier %u '%.8s' '%.16s' '%.4s'\n", lun,
	       c.srb_status, d.device_type, d.qualifier, (char *)d.vendor, (char *)d.product,
	       (char *)d.revision);
	if (d.qualifier != SCSI_PERIPHERAL_QUALIFIER_CONNECTED)
		return -ENODEV;
	rc = read_capacity(sc, lun, &blocks, &bs);
	if (rc)
		return rc;
	printf("LUN %u: %llu blocks of %u bytes (%llu MiB)\n", lun, (unsigned long long)blocks, bs,
	       (unsigned long long)(blocks * bs >> 20));
	return 0;
}

/* --gens-out: magic, chunk size, chunk count, then one u32 generation per chunk. */
static const char gens_magic[8] = "PVGENS1";

static int gens_save(const char *path, uint32_t io_size, const uint32_t *gens, uint64_t n)
{
	FILE *f = fopen(path, "wb");
	int ok;

	if (!f)
		return -errno;
	ok = fwrite(gens_magic, sizeof(gens_magic), 1, f) == 1 &&
	     fwrite(&io_size, sizeof(io_size), 1, f) == 1 && fwrite(&n, sizeof(n), 1, f) == 1 &&
	     fwrite(gens, sizeof(*gens), n, f) == n;
	return fclose(f) == 0 && ok ? 0 : -EIO;
}

/* Reads back every chunk a saved workload describes; counts the ones that differ. */
static int gens_check(struct pvsc *sc, uint8_t lun, const char *path)
{
	FILE *f = fopen(path, "rb");
	char magic[8];
	uint32_t io_size = 0, bs, *gens = NULL;
	uint64_t n = 0, blocks, bad = 0;
	uint8_t *buf = NULL, *expect = NULL;
	int rc = -EINVAL;

	if (!f)
		return -errno;
	if (fread(magic, sizeof(magic), 1, f) != 1 || memcmp(magic, gens_magic, sizeof(magic)) ||
	    fread(&io_size, sizeof(io_size), 1, f) != 1 || fread(&n, sizeof(n), 1, f) != 1 ||
	    !io_size || io_size > 65536 || io_size % 512 || !n || n > (1u << 24))
		goto out;
	gens = calloc(n, sizeof(*gens));
	buf = malloc(io_size);
	expect = malloc(io_size);
	if (!gens || !buf || !expect || fread(gens, sizeof(*gens), n, f) != n) {
		rc = -ENOMEM;
		goto out;
	}
	if ((rc = read_capacity(sc, lun, &blocks, &bs)))
		goto out;
	for (uint64_t c = 0; c < n; c++) {
		struct pvsc_cmd cmd = {.lun = lun, .data_in = 1, .xfer_len = io_size, .buf = buf};

		cdb_rw(cmd.cdb, &cmd.cdb_len, false, c * (io_size / bs), io_size / bs);
		if ((rc = pvsc_exec(sc, 0, &cmd)))
			goto out;
		if (gens[c])
			pvsc_pattern(c, gens[c], expect, io_size);
		else
			memset(expect, 0, io_size);
		if ((cmd.srb_status & STORVSC_SCSI_REQUEST_STATUS_MASK) !=
			    STORVSC_SRB_STATUS_SUCCESS ||
		    cmd.scsi_status || memcmp(buf, expect, io_size))
			bad++;
	}
	printf("storvsc check: %llu chunks, %llu mismatches\n", (unsigned long long)n,
	       (unsigned long long)bad);
	rc = bad ? -EIO : 0;
out:
	fclose(f);
	free(gens);
	free(buf);
	free(expect);
	return rc;
}

static int (*cli_tick)(void *ctx);
static void *cli_tick_ctx;

void pvsc_cli_set_tick(int (*tick)(void *ctx), void *ctx)
{
	cli_tick = tick;
	cli_tick_ctx = ctx;
}

/* --until-signal: set by SIGINT/SIGTERM (the only writer; the workload polls it). */
static volatile sig_atomic_t stop_requested;

static void on_stop_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

static int parse_write_pct(const char *arg, void *dest)
{
	struct pvsc_workload *w = dest;
	uint64_t v;

	if (pv_cli_unsigned(arg, 0, 100, &v))
		return -EINVAL;
	w->write_pct = (unsigned)v;
	w->mix_set = true;
	return 0;
}

int pvsc_cli(struct pvg *g, int argc, char **argv)
{
	struct pvsc_workload w = {.qd = 1};
	struct pvsc_opts o = {0};
	struct pvsc_workload_result r;
	bool workload = false, until_signal = false;
	const char *gens_out = NULL, *check_gens = NULL;
	const struct pv_cli_opt opts[] = {
		PV_OPT_UNSIGNED("lun", 0, &w.lun, 0, UINT8_MAX),
		PV_OPT_UNSIGNED("subchannels", 0, &o.subchannels, 0, UINT16_MAX),
		PV_OPT_FLAG("workload", 0, &workload),
		PV_OPT_UNSIGNED("qd", 0, &w.qd, 1, 1024),
		PV_OPT_UNSIGNED("ios", 0, &w.ios, 1, UINT64_MAX),
		PV_OPT_UNSIGNED("bs", 0, &w.io_size, 0, 1u << 20),
		PV_OPT_UNSIGNED("span", 0, &w.span, 0, UINT64_MAX),
		PV_OPT_CALL("write-pct", 0, parse_write_pct, &w, "a share of writes, 0..100"),
		PV_OPT_FLAG("verify", 0, &w.verify),
		PV_OPT_FLAG("flush", 0, &w.flush_at_end),
		PV_OPT_FLAG("zeroed", 0, &w.zeroed),
		PV_OPT_UNSIGNED("seed", 0, &w.seed, 0, UINT64_MAX),
		PV_OPT_STR("gens-out", 0, &gens_out),
		PV_OPT_STR("check-gens", 0, &check_gens),
		PV_OPT_FLAG("until-signal", 0, &until_signal),
		PV_OPT_HELP(0),
		PV_OPT_END,
	};
	const struct pv_cli cli = {
		.prog = "storvsc", .usage = pvsc_cli_usage, .opts = opts, .in_order = true};
	uint32_t *gens = NULL;
	uint64_t nchunks = 0;
	struct pvsc *sc;
	int rc;

	rc = pv_cli_parse(&cli, argc, argv);
	if (rc != PV_CLI_OK)
		return rc;
	if (optind != argc || w.io_size % 512) {
		pvsc_cli_usage(stderr);
		return 2;
	}
	/* --until-signal: until SIGINT or SIGTERM, or --ios commands if given. */
	if (until_signal)
		w.stop = &stop_requested;
	if (!w.ios)
		w.ios = until_signal ? UINT64_MAX : 10000;
	if (w.stop) {
		struct sigaction sa = {.sa_handler = on_stop_signal};
		sigemptyset(&sa.sa_mask);
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGTERM, &sa, NULL);
	}
	w.tick = cli_tick;
	w.tick_ctx = cli_tick_ctx;
	o.slots = w.qd;
	o.slot_size = w.io_size > 65536 ? w.io_size : 65536;
	rc = pvsc_open(g, &o, &sc);
	if (rc) {
		fprintf(stderr, "storvsc: initialization failed: %s\n", strerror(-rc));
		return 1;
	}
	printf("storvsc: version 0x%04x, %u channel(s), max transfer %u, max subchannels %u\n",
	       pvsc_version(sc), pvsc_channels(sc), pvsc_props(sc)->max_transfer_bytes,
	       pvsc_props(sc)->max_channel_cnt);
	rc = probe(sc, w.lun);
	if (!rc && workload) {
		if (gens_out) {
			w.gens_out = &gens;
			w.nchunks_out = &nchunks;
		}
		rc = pvsc_run_workload(sc, &w, &r);
		if (!rc) {
			printf("storvsc workload: %llu I/Os, %llu errors, %.0f IOPS, verified %llu "
			       "bytes\n",
			       (unsigned long long)r.ios,
			       (unsigned long long)(r.errors + r.mismatches),
			       r.seconds > 0 ? (double)r.ios / r.seconds : 0.0,
			       (unsigned long long)r.verified_bytes);
			if (r.mismatches)
				fprintf(stderr, "storvsc: %llu reads returned wrong data\n",
					(unsigned long long)r.mismatches);
			if (r.errors || r.mismatches)
				rc = -EIO;
		}
		if (!rc && gens_out)
			rc = gens_save(gens_out, w.io_size ? w.io_size : 4096, gens, nchunks);
		free(gens);
	}
	if (!rc && check_gens)
		rc = gens_check(sc, w.lun, check_gens);
	if (rc)
		fprintf(stderr, "storvsc: %s\n", strerror(-rc));
	pvsc_close(sc);
	return rc ? 1 : 0;
}
