/*
 * The GDMA/MANA emulator held to the device's contract as Linux's mana
 * driver sees it (gdma_main.c, shm_channel.c, hw_channel.c), without our
 * driver: BAR0 registers, the SMC exchange and the HWC init events written
 * into driver memory with owner count 1, and HWC requests decoded and
 * answered (status, echoed header, refusals).
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "devices/mana/mana_emu.h"
#include "drivers/pci.h"
#include "gdma_codec.h"
#include "mana_codec.h"
#include "mana_smc.h"
#include "runtime/log.h"
#include "runtime/pcidev.h"
#include "tests/unit/pv_check.h"

#define IOVA 0x100000000ull

static struct rt_log test_log;

struct rig {
	struct pcidev *emu;
	struct pci_dev *pci;
	uint8_t *mem; /* 8 pages at IOVA: EQ, CQ, RQ, SQ, ... */
};

static void rig_open(struct rig *r)
{
	struct mana_emu_opts o = {.name = "emu-test", .log = &test_log, .nvports = 1};

	o.vport[0].wire = "null";
	ck_assert_int_eq(mana_emu_create(&o, &r->emu), 0);
	ck_assert_int_eq(pci_emu_open(r->emu, &test_log, &r->pci), 0);
	r->mem = mmap(NULL, 8 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ck_assert(r->mem != MAP_FAILED);
	ck_assert_int_eq(pci_dma_map(r->pci, r->mem, IOVA, 8 * 4096), 0);
	ck_assert_int_eq(pci_bus_master(r->pci, true), 0);
}

static void rig_close(struct rig *r)
{
	pci_close(r->pci);
	munmap(r->mem, 8 * 4096);
}

START_TEST(test_identity_and_registers)
{
	struct rig r;

	rig_open(&r);
	ck_assert_uint_eq(r.pci->vendor, GDMA_VENDOR_MICROSOFT);
	ck_assert_uint_eq(r.pci->device, GDMA_DEVICE_VF);
	ck_assert_uint_eq(r.pci->bar_size[0], GDMA_EMU_BAR0_SIZE);
	ck_assert_uint_ge(r.pci->msix_vectors, 2);
	/* What mana_gd_init_vf_regs reads. */
	ck_assert_uint_eq(pci_read64(r.pci, 0, GDMA_REG_DB_PAGE_OFFSET), GDMA_EMU_DB_OFFSET);
	ck_assert_uint_eq(pci_read32(r.pci, 0, GDMA_REG_DB_PAGE_SIZE) & 0xffff,
			  GDMA_EMU_DB_PAGE_SIZE);
	ck_assert_uint_eq(pci_read64(r.pci, 0, GDMA_REG_SHM_OFFSET), GDMA_EMU_SHM_OFFSET);
	/* The SMC is the driver's at power-on (owner bit clear). */
	ck_assert_uint_eq(pci_read32(r.pci, 0, GDMA_EMU_SHM_OFFSET + GDMA_SMC_HDR_OFFSET), 0);
	rig_close(&r);
}
END_TEST

/* ESTABLISH_HWC as shm_channel.c writes it; returns the answered header. */
static uint32_t establish(struct rig *r)
{
	ck_assert(mana_smc_establish(r->pci, IOVA));
	/* Linux polls the owner bit up to 20,000 times, 1-2 ms apart. */
	return mana_smc_wait(r->pci, 20000, 1000);
}

START_TEST(test_smc_and_init_events)
{
	struct rig r;
	struct gdma_smc_hdr h;
	uint8_t raw[4];
	uint32_t types[16], n = 0;

	rig_open(&r);
	pv_put_u32(raw, establish(&r));
	ck_assert_int_eq(gdma_smc_hdr_decode(raw, 4, NULL, &h), PV_OK);
	ck_assert_uint_eq(h.owner_is_pf, 0);
	ck_assert_uint_eq(h.direction, 1);
	ck_assert_uint_eq(h.msg_type, GDMA_SMC_MSG_ESTABLISH_HWC);
	ck_assert_uint_eq(h.status, 0);
	/* The init events in the EQ page, first pass (owner 1), in Linux's order. */
	for (uint32_t i = 0; i < 256; i++) {
		struct gdma_eqe e;

		ck_assert_int_eq(gdma_eqe_decode(r.mem + 16 * i, 16, NULL, &e), PV_OK);
		if (e.eqe_owner != 1)
			break;
		types[n++] = e.eqe_type;
		if (e.eqe_type == GDMA_EQE_TYPE_HWC_INIT_DATA)
			ck_assert_uint_ne(e.details[0] >> 24, 0);
	}
	ck_assert_uint_eq(n, 11); /* EQ_ID_DB, 9 INIT_DATA, INIT_DONE */
	ck_assert_uint_eq(types[0], GDMA_EQE_TYPE_HWC_INIT_EQ_ID_DB);
	ck_assert_uint_eq(types[1], GDMA_EQE_TYPE_HWC_INIT_DATA);
	ck_assert_uint_eq(types[10], GDMA_EQE_TYPE_HWC_INIT_DONE);
	/* A second ESTABLISH while up is refused with a status. */
	pv_put_u32(raw, establish(&r));
	ck_assert_int_eq(gdma_smc_hdr_decode(raw, 4, NULL, &h), PV_OK);
	ck_assert_uint_ne(h.status, 0);
	rig_close(&r);
}
END_TEST

/* Sends request m through the direct path; decodes the response header. */
static int call(struct rig *r, struct mana_msg *m, uint16_t dev, struct mana_resp_hdr *rh,
		struct mana_msg *out)
{
	uint8_t req[4096], resp[4096];
	static const struct pv_codec_ctx rq = {.dir = PV_DIR_TO_HOST},
					 rs = {.dir = PV_DIR_TO_GUEST};
	struct mana_req_hdr h = {0};
	int n = mana_msg_encode(m, &rq, req, sizeof(req)), len;

	ck_assert_int_ge(n, 40);
	h.req.msg_type = h.resp.msg_type = m->type;
	h.req.msg_version = h.resp.msg_version = 1;
	h.req.msg_size = (uint32_t)n;
	h.req.hwc_msg_id = 7;
	h.resp.msg_size = 4096;
	h.dev_id.type = dev;
	h.dev_id.instance = dev == MANA_DEV_TYPE_MANA ? 1 : 0;
	h.activity_id = 0x1234;
	ck_assert_int_eq(mana_req_hdr_encode(&h, req, 40), 40);
	len = mana_emu_hwc_request(r->emu, req, (size_t)n, resp, sizeof(resp));
	ck_assert_int_ge(len, 32);
	ck_assert_int_eq(mana_resp_hdr_decode(resp, 32, NULL, rh), PV_OK);
	/* Echoed as hw_channel.c and mana_send_request check. */
	ck_assert_uint_eq(rh->response.msg_type, m->type);
	ck_assert_uint_eq(rh->response.hwc_msg_id, 7);
	ck_assert_uint_eq(rh->activity_id, 0x1234);
	ck_assert_uint_eq(rh->dev_id.type, dev);
	ck_assert_uint_eq(rh->response.msg_size, (uint32_t)len);
	if (!rh->status && out)
		ck_assert_int_eq(mana_msg_decode(resp, (size_t)len, &rs, out), PV_OK);
	return len;
}

/* A request of `type` with every other field zero. */
static void msg_new(struct mana_msg *m, uint32_t type)
{
	memset(m, 0, sizeof(*m));
	m->type = type;
}

/* CREATE_QUEUE of a two-page EQ (vector 1) on the DMA region `region`. */
static void eq_request(struct mana_msg *m, uint64_t region)
{
	msg_new(m, MANA_CODE_CREATE_QUEUE);
	m->u.create_queue_req.type = GDMA_QUEUE_TYPE_EQ;
	m->u.create_queue_req.pdid = 0x11;
	m->u.create_queue_req.gdma_region = region;
	m->u.create_queue_req.queue_size = 2 * 4096;
	m->u.create_queue_req.eq_pci_msix_index = 1;
}

START_TEST(test_hwc_requests)
{
	struct rig r;
	struct mana_msg m, o;
	struct mana_resp_hdr rh;
	struct mana_emu_stats st;

	rig_open(&r);
	/* Before the HWC is established every request is out of order. */
	msg_new(&m, MANA_CODE_VERIFY_VF_DRIVER_VERSION);
	m.u.verify_ver_req.protocol_ver_min = m.u.verify_ver_req.protocol_ver_max = 1;
	call(&r, &m, MANA_DEV_TYPE_HWC, &rh, NULL);
	ck_assert_uint_ne(rh.status, 0);
	ck_assert_uint_eq(establish(&r) >> 8 & 0xff, 0);
	/* Register before verify: refused by the bring-up machine. */
	msg_new(&m, MANA_CODE_REGISTER_DEVICE);
	call(&r, &m, MANA_DEV_TYPE_MANA, &rh, NULL);
	ck_assert_uint_ne(rh.status, 0);
	/* A version range without 1: refused; with it: protocol 1. */
	msg_new(&m, MANA_CODE_VERIFY_VF_DRIVER_VERSION);
	m.u.verify_ver_req.protocol_ver_min = m.u.verify_ver_req.protocol_ver_max = 2;
	call(&r, &m, MANA_DEV_TYPE_HWC, &rh, NULL);
	ck_assert_uint_ne(rh.status, 0);
	m.u.verify_ver_req.protocol_ver_min = m.u.verify_ver_req.protocol_ver_max = 1;
	call(&r, &m, MANA_DEV_TYPE_HWC, &rh, &o);
	ck_assert_uint_eq(rh.status, 0);
	ck_assert_uint_eq(o.u.verify_vf_driver_version.gdma_protocol_ver, 1);
	/* LIST_DEVICES: the HWC and a MANA device. */
	msg_new(&m, MANA_CODE_LIST_DEVICES);
	call(&r, &m, MANA_DEV_TYPE_HWC, &rh, &o);
	ck_assert_uint_eq(o.u.list_devices.num_of_devs, 2);
	ck_assert_uint_eq(o.u.list_devices.devs[1].type, MANA_DEV_TYPE_MANA);
	/* A MANA request before REGISTER_DEVICE: refused. */
	msg_new(&m, MANA_CODE_QUERY_DEV_CONFIG);
	call(&r, &m, MANA_DEV_TYPE_MANA, &rh, NULL);
	ck_assert_uint_ne(rh.status, 0);
	msg_new(&m, MANA_CODE_REGISTER_DEVICE);
	call(&r, &m, MANA_DEV_TYPE_MANA, &rh, &o);
	ck_assert_uint_eq(rh.status, 0);
	/* QUERY_DEV_CONFIG at response version 1 (Linux 6.1): the 72-byte answer. */
	msg_new(&m, MANA_CODE_QUERY_DEV_CONFIG);
	ck_assert_int_eq(call(&r, &m, MANA_DEV_TYPE_MANA, &rh, &o), 72);
	ck_assert_uint_eq(rh.response.msg_version, 1);
	ck_assert_uint_eq(o.u.query_dev_config.max_num_vports, 1);
	/* A DMA region in two steps, then an EQ made of it. */
	msg_new(&m, MANA_CODE_CREATE_DMA_REGION);
	m.u.create_dma_region_req.length = 2 * 4096;
	m.u.create_dma_region_req.page_count = 2;
	m.u.create_dma_region_req.page_addr_list[0] = IOVA + 4 * 4096;
	m.u.create_dma_region_req.page_addr_list_count = 1;
	call(&r, &m, MANA_DEV_TYPE_HWC, &rh, &o);
	ck_assert_uint_eq(rh.status, 0);
	{
		uint64_t region = o.u.create_dma_region.dma_region_handle;

		ck_assert_uint_ne(region, 0);
		eq_request(&m, region);
		call(&r, &m, MANA_DEV_TYPE_MANA, &rh, NULL);
		ck_assert_uint_ne(rh.status, 0); /* the region is not complete yet */
		msg_new(&m, MANA_CODE_DMA_REGION_ADD_PAGES);
		m.u.dma_region_add_pages_req.dma_region_handle = region;
		m.u.dma_region_add_pages_req.page_addr_list[0] = IOVA + 5 * 4096;
		m.u.dma_region_add_pages_req.page_addr_list_count = 1;
		call(&r, &m, MANA_DEV_TYPE_HWC, &rh, NULL);
		ck_assert_uint_eq(rh.status, 0);
		eq_request(&m, region);
		call(&r, &m, MANA_DEV_TYPE_MANA, &rh, &o);
		ck_assert_uint_eq(rh.status, 0);
		/* The region went to the queue: a second use is refused. */
		call(&r, &m, MANA_DEV_TYPE_MANA, &rh, NULL);
		ck_assert_uint_ne(rh.status, 0);
		/* GENERATE_TEST_EQE: a TEST_EVENT with owner 1 in the new EQ's memory. */
		{
			uint32_t eq = o.u.create_queue.queue_index;
			struct gdma_eqe e;

			msg_new(&m, MANA_CODE_GENERATE_TEST_EQE);
			m.u.generate_test_eqe_req.queue_index = eq;
			call(&r, &m, MANA_DEV_TYPE_MANA, &rh, NULL);
			ck_assert_uint_eq(rh.status, 0);
			ck_assert_int_eq(gdma_eqe_decode(r.mem + 4 * 4096, 16, NULL, &e), PV_OK);
			ck_assert_uint_eq(e.eqe_type, GDMA_EQE_TYPE_TEST_EVENT);
			ck_assert_uint_eq(e.eqe_owner, 1);
		}
	}
	/* PD and MR (mana_ib). */
	msg_new(&m, MANA_CODE_CREATE_PD);
	call(&r, &m, MANA_DEV_TYPE_HWC, &rh, &o);
	ck_assert_uint_eq(rh.status, 0);
	ck_assert_uint_ne(o.u.create_pd.pd_handle, 0);
	/* Unknown code: CMD_UNSUPPORTED; PF-only codes too (we are a VF). */
	msg_new(&m, MANA_CODE_REGISTER_HW_PORT);
	call(&r, &m, MANA_DEV_TYPE_MANA, &rh, NULL);
	ck_assert_uint_eq(rh.status, MANA_STATUS_CMD_UNSUPPORTED);
	/* Shorter than a header: no answer at all. */
	ck_assert_int_eq(mana_emu_hwc_request(r.emu, "short", 5, r.mem, 64), 0);
	ck_assert_int_eq(mana_emu_get_stats(r.emu, &st), 0);
	ck_assert_uint_ge(st.req_out_of_order, 2);
	ck_assert_uint_ge(st.req_unsupported, 1);
	rig_close(&r);
}
END_TEST

START_TEST(test_fault_parse)
{
	struct mana_emu_fault f;

	ck_assert_int_eq(mana_emu_fault_parse("hwc_status:CREATE_WQ_OBJ:5:2", &f), 0);
	ck_assert_int_eq(f.kind, MANA_EMU_FAULT_HWC_STATUS);
	ck_assert_uint_eq(f.code, MANA_CODE_CREATE_WQ_OBJ);
	ck_assert_uint_eq(f.value, 5);
	ck_assert_uint_eq(f.count, 2);
	ck_assert_int_eq(mana_emu_fault_parse("tx_error::TX_MTU_DROP", &f), 0);
	ck_assert_uint_eq(f.value, MANA_CQE_TYPE_TX_MTU_DROP);
	ck_assert_int_eq(mana_emu_fault_parse("hwc_timeout", &f), 0);
	ck_assert_uint_eq(f.code, 0);
	ck_assert_int_eq(mana_emu_fault_parse("nonsense", &f), -EINVAL);
	ck_assert_int_eq(mana_emu_fault_parse("hwc_status:NOPE", &f), -EINVAL);
	ck_assert_int_eq(mana_emu_fault_parse("hwc_status:1:2:3:4", &f), -EINVAL);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_identity_and_registers),
					      PV_CASE(test_smc_and_init_events),
					      PV_CASE(test_hwc_requests),
					      PV_CASE(test_fault_parse),
					      {0}};
	int rc;

	rt_log_init(&test_log);
	rc = pv_check_run("mana_emu", cases);
	rt_log_fini(&test_log);
	return rc;
}
