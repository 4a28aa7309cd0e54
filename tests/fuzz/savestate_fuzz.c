/*
 * Fuzzes the saved-state reader (runtime/savestate.h) and, on a state it
 * accepts, the checks each object's restore runs on its records before it
 * builds anything (what `paravisor --restore-check` runs in the new binary):
 * the configuration text, the sim or kvm partition, the VMBus server, and
 * each device's records (a `scsi` controller's through storvsp_restore's
 * checks). The configuration they are checked against is fixed (64 MiB and
 * 2 VPs for sim, 512 MiB and 1 vCPU for kvm; a scsi controller with two
 * subchannels, max_io 8 and a 16 MiB null LUN 0; a nic on the loopback
 * endpoint with 2 queues; as the seeds in corpus/savestate have). A state
 * whose first record is NVME_CTRLR is an NVMe controller's keep-alive
 * records alone (seed v5-nvme-keep, from nvme_keep_test: an emulated
 * controller's, as the unit test adopts it): nvme_ctrlr_adopt's checks.
 *
 * A random input almost never carries the right END checksum, so each input
 * is tried twice: as it is, and with its record count and END record fixed
 * up the way a writer would produce them; the second form reaches the record
 * decoders and the objects' checks.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "devices/netvsp/netvsp_save.h"
#include "devices/storvsp/storvsp_save.h"
#include "drivers/nvme/nvme.h"
#include "drivers/pci.h"
#include "runtime/partition_sim.h"
#include "runtime/savestate.h"
#include "runtime/vmbus/vmbus_save.h"
#ifdef PV_HAVE_KVM
#include "runtime/kvm/kvm_partition.h"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A nic's records: netvsp_restore's checks against the fixed loopback NIC. */
static int check_nic(struct rt_ss_reader *r)
{
	static const struct netvsp_restore_cfg c = {.endpoint = "loopback", .queues = 2};
	struct pvss_netvsp rec;
	int fds[16];
	unsigned nfds;
	int rc = netvsp_restore_begin(r, &c, true, &rec, fds, &nfds);

	return rc ? rc : netvsp_restore(NULL, r, &rec, &c, true);
}

/* DEVICE records and what follows each: the fixed scsi controller's and nic's checks. */
static int check_devices(struct rt_ss_reader *r)
{
	static const struct storvsp_lun_cfg lun0 = {.lun = 0, .backend = "null", .arg = "16M"};
	const struct storvsp_opts o = {.subchannels = 2, .max_io = 8};
	struct pvss_msg *m = rt_ss_msg_scratch();
	int rc = 0;

	if (!m)
		return -ENOMEM;
	while (rc == 0 && rt_ss_take(r, PVSS_REC_TYPE_DEVICE, m) == 0)
		if (!strncmp((const char *)m->u.device.kind, "scsi", sizeof(m->u.device.kind)))
			rc = storvsp_restore(NULL, r, &o, &lun0, 1, true);
		else if (!strncmp((const char *)m->u.device.kind, "nic", sizeof(m->u.device.kind)))
			rc = check_nic(r);
	rt_ss_msg_release(m);
	return rc;
}

/* The restore checks, in the order the paravisor runs them; stops at the first refusal. */
static void check_objects(struct rt_ss_reader *r)
{
	struct pvss_msg *m = rt_ss_msg_scratch();
	struct vmbus_server_opts o = {0};
	struct rt_partition *p = NULL;
	uint32_t vps = 2;
	size_t len;
	char *text;
	int rc;

	if (!m)
		return;
	if (rt_ss_peek(r, PVSS_REC_TYPE_NVME_CTRLR)) {
		/* A device the check must never touch (no ops: touching it crashes). */
		static struct pci_dev untouched;
		const struct nvme_ctrlr_opts no = {.pci = &untouched, .adopt_bdf = "0000:00:04.0"};
		struct nvme_ctrlr *c = NULL;

		rt_ss_msg_release(m);
		rc = nvme_ctrlr_adopt(&no, r, true, &c);
		if (c)
			abort(); /* check_only never builds */
		if (rc == 0)
			rc = rt_ss_reader_finish(r);
		if (rc && !r->err[0])
			abort();
		return;
	}
	rc = rt_ss_take(r, PVSS_REC_TYPE_PARAVISOR, m);
	rt_ss_msg_release(m);
	if (rc || rt_ss_take_config(r, &text, &len))
		return;
	free(text);
	if (r->hdr.part_kind == PVSS_PART_KIND_SIM) {
		rc = rt_partition_sim_restore(NULL, "/tmp/pvss-fuzz.sock", 64u << 20, 2, r, true,
					      &p);
	} else {
#ifdef PV_HAVE_KVM
		struct rt_kvm_config kc = {
			.kernel_path = "vmlinux", .mem_bytes = 512u << 20, .vcpus = 1};
		vps = 1;
		rc = rt_partition_kvm_restore(NULL, &kc, r, true, &p);
#else
		rc = -EINVAL;
#endif
	}
	if (p)
		abort(); /* check_only never builds */
	if (rc == 0)
		rc = vmbus_server_restore_check(r, &o, vps);
	if (rc == 0)
		rc = check_devices(r);
	if (rc == 0)
		rc = rt_ss_reader_finish(r);
	if (rc && !r->err[0])
		abort(); /* a refusal always says why */
}

static void try_state(const uint8_t *buf, size_t len)
{
	struct rt_ss_reader r;

	if (rt_ss_reader_open_buf(&r, buf, len) == 0) {
		if (r.hdr.format_version > RT_SS_FORMAT_VERSION)
			abort();
		check_objects(&r);
	} else if (!r.err[0]) {
		/* Every refusal says why (ENOMEM aside, which the fuzzer never hits). */
		abort();
	}
	rt_ss_reader_fini(&r);
}

/* Walks the records as a writer laid them out and appends a matching END. */
static void try_fixed(const uint8_t *data, size_t size)
{
	size_t off = 0, cap = size + 2 * PVSS_END_SIZE + PVSS_ALIGN;
	uint32_t nrec = 0;
	struct pvss_rec_header h;
	struct pvss_end e = {0};
	uint8_t *b;

	if (size < PVSS_FILE_HEADER_SIZE)
		return;
	b = calloc(1, cap);
	if (!b)
		return;
	while (off + PVSS_REC_HEADER_SIZE <= size) {
		size_t next;
		if (pvss_rec_header_decode(data + off, PVSS_REC_HEADER_SIZE, NULL, &h) != PV_OK ||
		    h.type == PVSS_REC_TYPE_END)
			break;
		next = off + ((h.len + PVSS_ALIGN - 1) & ~(size_t)(PVSS_ALIGN - 1));
		if (next > size)
			break;
		off = next;
		nrec++;
	}
	if (nrec == 0)
		goto out;
	memcpy(b, data, off);
	/* record_count sits right after the magic and version (the header's layout). */
	struct pvss_file_header fh;
	if (pvss_file_header_decode(b, PVSS_FILE_HEADER_SIZE, NULL, &fh) == PV_OK) {
		fh.record_count = nrec;
		pvss_file_header_encode(&fh, b, PVSS_FILE_HEADER_SIZE);
	}
	e.hdr.type = PVSS_REC_TYPE_END;
	e.hdr.len = PVSS_END_SIZE;
	e.record_count = nrec;
	e.checksum = rt_ss_checksum(b, off);
	if (pvss_end_encode(&e, b + off, PVSS_END_SIZE) == PVSS_END_SIZE)
		try_state(b, off + PVSS_END_SIZE);
out:
	free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 20))
		return 0;
	try_state(data, size);
	try_fixed(data, size);
	return 0;
}
