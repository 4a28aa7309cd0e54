/*
 * Fuzzes the kvm partition's HvPostMessage input parser (what a guest hands
 * the paravisor with the hypercall: control word, input GPA, and the 256-byte
 * block in its RAM). No /dev/kvm needed: kvm_hv_post_input is pure. Guest RAM
 * is an exactly sized heap block, so ASan catches any read outside it.
 * Accepted inputs must be 8-aligned, inside RAM, carry a nonzero message type
 * without the hypervisor-reserved bit, at most 240 payload bytes, and the
 * payload must be the bytes of the block.
 *
 * Input: u64 control, u64 input GPA, then the contents of guest RAM.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/kvm/kvm_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define RAM_BYTES (2 * 4096)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint64_t control, ingpa, st;
	struct kvm_hcall out;
	uint8_t *ram;

	if (size < 16)
		return 0;
	memcpy(&control, data, 8);
	memcpy(&ingpa, data + 8, 8);
	ram = calloc(1, RAM_BYTES);
	if (!ram)
		abort();
	memcpy(ram, data + 16, size - 16 < RAM_BYTES ? size - 16 : RAM_BYTES);
	memset(&out, 0, sizeof(out));
	st = kvm_hv_post_input(ram, RAM_BYTES, control, ingpa, &out);
	if (st == RT_HV_STATUS_SUCCESS) {
		uint32_t type, len;

		if (ingpa % 8 || ingpa > RAM_BYTES - 256 || (control & (1ull << 16)))
			abort();
		memcpy(&type, ram + ingpa + 8, 4);
		memcpy(&len, ram + ingpa + 12, 4);
		if (out.type != type || type == 0 || (type & 0x80000000u) || out.len != len ||
		    len > 240 || memcmp(out.payload, ram + ingpa + 16, len))
			abort();
	}
	free(ram);
	return 0;
}
