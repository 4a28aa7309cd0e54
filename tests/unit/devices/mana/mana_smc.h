/*
 * The driver's side of the GDMA shared-memory channel (SMC) in BAR0, as
 * Linux's shm_channel.c drives it, for tests that hold the MANA emulator
 * without our driver: mana_emu_test and the mana_emu libFuzzer target
 * (tests/fuzz).
 */
#ifndef MANA_SMC_H
#define MANA_SMC_H

#include <stdbool.h>
#include <stdint.h>
#include <unistd.h>

#include "devices/mana/mana_emu.h"
#include "drivers/pci.h"
#include "gdma_codec.h"

/* The SMC's header word; bit 31 (owner) is the device's until it answers. */
static uint32_t mana_smc_hdr(struct pci_dev *pci)
{
	return pci_read32(pci, 0, GDMA_EMU_SHM_OFFSET + GDMA_SMC_HDR_OFFSET);
}

/*
 * Writes ESTABLISH_HWC into the SMC, with the HWC's EQ, CQ, RQ and SQ in the
 * four pages from iova; false if the message does not encode.
 */
static bool mana_smc_establish(struct pci_dev *pci, uint64_t iova)
{
	struct gdma_smc_establish_hwc m = {0};
	uint8_t raw[GDMA_SMC_SIZE];

	for (int q = 0; q < 4; q++) {
		uint64_t pfn = (iova + (uint64_t)q * 4096) >> 12;
		uint16_t *w = q == 0 ? m.eq_pfn : q == 1 ? m.cq_pfn : q == 2 ? m.rq_pfn : m.sq_pfn;

		w[0] = (uint16_t)pfn;
		w[1] = (uint16_t)(pfn >> 16);
		w[2] = (uint16_t)(pfn >> 32);
	}
	m.hdr.msg_type = GDMA_SMC_MSG_ESTABLISH_HWC;
	if (gdma_smc_establish_hwc_encode(&m, raw, sizeof(raw)) != GDMA_SMC_SIZE)
		return false;
	for (unsigned i = 0; i < 8; i++)
		pci_write32(pci, 0, GDMA_EMU_SHM_OFFSET + 4 * i, pv_get_u32(raw + 4 * i));
	return true;
}

/*
 * Polls the owner bit up to `polls` times, `us` microseconds apart (the
 * emulator answers on its own thread); the last header read: bit 31 still
 * set means never answered.
 */
static uint32_t mana_smc_wait(struct pci_dev *pci, unsigned polls, unsigned us)
{
	uint32_t h = mana_smc_hdr(pci);

	for (unsigned i = 0; i < polls && (h >> 31); i++) {
		usleep(us);
		h = mana_smc_hdr(pci);
	}
	return h;
}

#endif
