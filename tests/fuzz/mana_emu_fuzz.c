/*
 * libFuzzer target: the GDMA/MANA emulator's device-facing entries against
 * an adversarial driver: HWC requests of any bytes (decoded and answered by
 * mana_emu_hwc_request, the path a request posted on the HWC SQ takes), and
 * BAR0 writes of any value at any offset (registers, the SMC aperture,
 * doorbells for queues that exist or not). Each record's bytes also go
 * through the generated MANA and GDMA decoders and printers, both ways.
 *
 * Input: [0] flags: bit 0 = establish the HWC (SMC ESTABLISH_HWC, as
 * shm_channel.c writes it) and run Linux's bring-up requests (VERIFY,
 * LIST_DEVICES, REGISTER_DEVICE) first, so later records reach the
 * registered device's handlers; then records:
 *   [0] kind: bit 7 set = BAR0 write: [1..2] offset (mod BAR0 size, 4-byte
 *       aligned), [3..10] value (64-bit when kind bit 0, else 32);
 *   otherwise an HWC request: kind bit 0 = stamp a valid request header
 *       (type = the message table's row [1] mod rows, version 1, msg_size,
 *       hwc_msg_id, addressed to the MANA device when kind bit 1, else the
 *       HWC), [2..3] length (max 4096), then the bytes.
 * Each input starts from a new emulator with 64 pages of driver memory
 * mapped at IOVA.
 *
 * Checked on every input: the emulator survives (ASan/UBSan); every response
 * fits its buffer, starts with a decodable response header and, for a
 * stamped request, echoes its type, message id and activity id.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "devices/mana/mana_emu.h"
#include "drivers/pci.h"
#include "gdma_codec.h"
#include "mana_codec.h"
#include "mana_smc.h" /* tests/unit/devices/mana */
#include "runtime/log.h"
#include "runtime/pcidev.h"

#define IOVA UINT64_C(0x100000000)
#define PAGES 64u
#define MAXREQ 4096u

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct {
	struct rt_log log;
	bool init;
} g;

static void die(const char *what)
{
	fprintf(stderr, "mana_emu_fuzz: %s\n", what);
	abort();
}

/* The generated decoders and printers on any bytes, as request and as response. */
static void decoders(const uint8_t *p, size_t n)
{
	static const struct pv_codec_ctx to_host = {.dir = PV_DIR_TO_HOST},
					 to_guest = {.dir = PV_DIR_TO_GUEST};
	struct mana_msg m;
	struct gdma_msg gm;
	char line[8192];

	if (mana_msg_decode(p, n, &to_host, &m) == PV_OK)
		mana_msg_format(&m, line, sizeof(line));
	if (mana_msg_decode(p, n, &to_guest, &m) == PV_OK)
		mana_msg_format(&m, line, sizeof(line));
	if (gdma_msg_decode(p, n, &to_host, &gm) == PV_OK)
		gdma_msg_format(&gm, line, sizeof(line));
	if (gdma_msg_decode(p, n, &to_guest, &gm) == PV_OK)
		gdma_msg_format(&gm, line, sizeof(line));
}

/* ESTABLISH_HWC with EQ, CQ, RQ, SQ in our first four pages; false if never answered. */
static bool establish(struct pci_dev *pci)
{
	if (!mana_smc_establish(pci, IOVA))
		die("encode ESTABLISH_HWC");
	/* The emulator answers on its own thread: bounded as Linux bounds it. */
	return !(mana_smc_wait(pci, GDMA_SMC_POLL_MS * 10u, 100) >> 31);
}

/* Sends one request; checks the response's shape. hdr: the stamped header or NULL. */
static void request(struct pcidev *emu, const uint8_t *req, size_t len,
		    const struct mana_req_hdr *hdr)
{
	static uint8_t resp[MAXREQ];
	struct mana_resp_hdr rh;
	int n = mana_emu_hwc_request(emu, req, len, resp, sizeof(resp));

	if (n < 0 || n == 0)
		return;
	if ((size_t)n > sizeof(resp))
		die("response longer than its buffer");
	if (mana_resp_hdr_decode(resp, MANA_RESP_HDR_SIZE, NULL, &rh) != PV_OK)
		die("response header undecodable");
	if (hdr &&
	    (rh.response.msg_type != hdr->req.msg_type ||
	     rh.response.hwc_msg_id != hdr->req.hwc_msg_id || rh.activity_id != hdr->activity_id))
		die("response does not echo its request");
	decoders(resp, (size_t)n);
}

/* Encodes m with a valid header for device `dev` and sends it. */
static void send_msg(struct pcidev *emu, struct mana_msg *m, uint16_t dev, uint16_t id)
{
	static const struct pv_codec_ctx rq = {.dir = PV_DIR_TO_HOST};
	uint8_t req[MAXREQ];
	struct mana_req_hdr h = {0};
	int n = mana_msg_encode(m, &rq, req, sizeof(req));

	if (n < MANA_REQ_HDR_SIZE)
		die("encode a bring-up request");
	h.req.msg_type = h.resp.msg_type = m->type;
	h.req.msg_version = h.resp.msg_version = MANA_MESSAGE_V1;
	h.req.msg_size = (uint32_t)n;
	h.req.hwc_msg_id = id;
	h.resp.msg_size = MAXREQ;
	h.dev_id.type = dev;
	h.dev_id.instance = dev == MANA_DEV_TYPE_MANA ? 1 : 0;
	h.activity_id = id;
	(void)mana_req_hdr_encode(&h, req, MANA_REQ_HDR_SIZE);
	request(emu, req, (size_t)n, &h);
}

static void bring_up(struct pcidev *emu)
{
	struct mana_msg m;

	memset(&m, 0, sizeof(m));
	m.type = MANA_CODE_VERIFY_VF_DRIVER_VERSION;
	m.u.verify_ver_req.protocol_ver_min = m.u.verify_ver_req.protocol_ver_max =
		MANA_PROTOCOL_V1;
	send_msg(emu, &m, MANA_DEV_TYPE_HWC, 1);
	memset(&m, 0, sizeof(m));
	m.type = MANA_CODE_QUERY_MAX_RESOURCES;
	send_msg(emu, &m, MANA_DEV_TYPE_HWC, 2);
	memset(&m, 0, sizeof(m));
	m.type = MANA_CODE_LIST_DEVICES;
	send_msg(emu, &m, MANA_DEV_TYPE_HWC, 3);
	memset(&m, 0, sizeof(m));
	m.type = MANA_CODE_REGISTER_DEVICE;
	send_msg(emu, &m, MANA_DEV_TYPE_MANA, 4);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mana_emu_opts o = {.name = "fuzz", .nvports = 1};
	struct pcidev *emu;
	struct pci_dev *pci;
	uint8_t *mem;
	size_t i = 1;
	uint16_t id = 100;

	if (!g.init) {
		rt_log_init(&g.log);
		rt_log_set_level(&g.log, RT_LOG_ERROR + 1);
		g.init = true;
	}
	if (size < 1)
		return 0;
	o.log = &g.log;
	o.vport[0].wire = "null";
	if (mana_emu_create(&o, &emu) || pci_emu_open(emu, &g.log, &pci))
		die("emulator");
	mem = mmap(NULL, PAGES * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (mem == MAP_FAILED || pci_dma_map(pci, mem, IOVA, PAGES * 4096) ||
	    pci_bus_master(pci, true))
		die("driver memory");
	if ((data[0] & 1) && establish(pci))
		bring_up(emu);
	while (i < size) {
		uint8_t kind = data[i++];

		if (kind & 0x80) {
			uint64_t off, v = 0;

			if (size - i < 10)
				break;
			off = (pv_get_u16(data + i) * 4u) % GDMA_EMU_BAR0_SIZE;
			memcpy(&v, data + i + 2, 8);
			i += 10;
			if ((kind & 1) && off + 8 <= GDMA_EMU_BAR0_SIZE)
				pci_write64(pci, 0, off & ~UINT64_C(7), v);
			else
				pci_write32(pci, 0, off, (uint32_t)v);
			continue;
		}
		{
			uint8_t req[MAXREQ] = {0};
			struct mana_req_hdr h = {0};
			size_t len;

			if (size - i < 3)
				break;
			h.req.msg_type = mana_msg_table[data[i] % mana_msg_table_count].type;
			len = pv_get_u16(data + i + 1) % (MAXREQ + 1);
			i += 3;
			if (len > size - i)
				len = size - i;
			memcpy(req, data + i, len);
			i += len;
			decoders(req, len);
			if (kind & 1) {
				/* A driver that gets the header right and the body wrong. */
				if (len < MANA_REQ_HDR_SIZE)
					len = MANA_REQ_HDR_SIZE;
				h.resp.msg_type = h.req.msg_type;
				h.req.msg_version = h.resp.msg_version = MANA_MESSAGE_V1;
				h.req.msg_size = (uint32_t)len;
				h.req.hwc_msg_id = id;
				h.resp.msg_size = MAXREQ;
				h.dev_id.type = (kind & 2) ? MANA_DEV_TYPE_MANA : MANA_DEV_TYPE_HWC;
				h.dev_id.instance = (kind & 2) ? 1 : 0;
				h.activity_id = id++;
				(void)mana_req_hdr_encode(&h, req, MANA_REQ_HDR_SIZE);
				request(emu, req, len, &h);
			} else {
				request(emu, req, len, NULL);
			}
		}
	}
	pci_close(pci); /* destroys the emulator */
	munmap(mem, PAGES * 4096);
	return 0;
}
