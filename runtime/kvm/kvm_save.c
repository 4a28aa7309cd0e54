/*
 * kvm partition save and restore (servicing; records KVM_* in
 * spec/savestate.yaml, docs/servicing.md).
 *
 * KVM's descriptors cannot cross an exec: KVM refuses every vCPU ioctl from
 * a process whose mm is not the one that created the VM (kvm_vcpu_ioctl:
 * `if (vcpu->kvm->mm != current->mm) return -EIO`). So, as QEMU's
 * cpr-transfer mode does, the new binary creates a new VM on the same
 * guest-RAM memfd and loads every vCPU's state into it. What is saved:
 *
 *   VM:   the KVM clock (KVM_GET_CLOCK; loaded with KVM_CLOCK_REALTIME so the
 *         blackout passes for the guest's reference time too), the PIT, both
 *         PICs and the IOAPIC, our UART, PM1, CMOS and PCI address latch;
 *   vCPU: MP state, regs, sregs (with the APIC base), LAPIC, XSAVE, XCRs,
 *         vCPU events, debug registers, the TSC offset (KVM_VCPU_TSC_OFFSET,
 *         so the TSC keeps counting through the blackout), the TSC deadline,
 *         and every MSR KVM_GET_MSR_INDEX_LIST names plus the SynIC MSRs it
 *         leaves out (SIEFP, SIMP, SINT0-15, as QEMU's kvm_put_msrs adds
 *         them): so the Hyper-V guest OS id, hypercall page, reference TSC
 *         page, VP index, SCONTROL and the SINT vectors come back;
 *   ours: the SynIC pages we track and host->guest messages still queued
 *         behind a busy slot.
 *
 * Load order follows QEMU (target/i386/kvm/kvm.c kvm_arch_put_registers,
 * hw/i386/kvm/apic.c kvm_apic_put): the APIC base (in sregs) before
 * KVM_SET_LAPIC, then regs, XSAVE, XCRs, MSRs (the guest OS id before the
 * hypercall page, which KVM only enables once an OS id is set), events, MP
 * state, the TSC deadline (after the LAPIC is in that timer mode), debug
 * registers; the TSC offset goes right after sregs, before anything that
 * converts guest TSC values (the deadline, the reference TSC page). After loading, every SINT is raised once: an interrupt KVM had
 * not yet delivered when the old VM went away, or an EOM the old binary
 * never saw, is then not lost (a spurious VMBus interrupt is harmless: the
 * guest finds nothing new in its pages).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/kvm/kvm_internal.h"
#include "runtime/loop.h"
#include "runtime/savestate.h"
#include "runtime/util.h"

/* The KVM ABI blocks travel as bytes of these sizes (spec/savestate.yaml). */
_Static_assert(sizeof(struct kvm_regs) == PVSS_KVM_REGS_SIZE, "kvm_regs");
_Static_assert(sizeof(struct kvm_sregs) == PVSS_KVM_SREGS_SIZE, "kvm_sregs");
_Static_assert(sizeof(struct kvm_lapic_state) == PVSS_KVM_LAPIC_SIZE, "kvm_lapic_state");
_Static_assert(sizeof(struct kvm_xcrs) == PVSS_KVM_XCRS_SIZE, "kvm_xcrs");
_Static_assert(sizeof(struct kvm_vcpu_events) == PVSS_KVM_EVENTS_SIZE, "kvm_vcpu_events");
_Static_assert(sizeof(struct kvm_debugregs) == PVSS_KVM_DEBUGREGS_SIZE, "kvm_debugregs");
_Static_assert(sizeof(((struct kvm_irqchip *)0)->chip) == PVSS_KVM_IRQCHIP_SIZE, "irqchip");
_Static_assert(sizeof(struct kvm_pit_state2) == PVSS_KVM_PIT_SIZE, "kvm_pit_state2");
_Static_assert(sizeof(struct kvm_clock_data) == PVSS_KVM_CLOCK_SIZE, "kvm_clock_data");
_Static_assert(RT_KVM_MAX_VCPUS <= PVSS_MAX_VCPUS, "vcpu count");

/* Architectural and Hyper-V MSR numbers (Intel SDM vol. 4; Hyper-V TLFS 6.0 / Linux hyperv-tlfs.h). */
#define MSR_IA32_TSC 0x10
#define MSR_IA32_APICBASE 0x1b
#define MSR_IA32_TSC_DEADLINE 0x6e0
#define HV_X64_MSR_GUEST_OS_ID 0x40000000
#define HV_X64_MSR_HYPERCALL 0x40000001
#define HV_X64_MSR_SCONTROL 0x40000080
#define HV_X64_MSR_SIEFP 0x40000082
#define HV_X64_MSR_SIMP 0x40000083
#define HV_X64_MSR_SINT0 0x40000090

#define MSR_BATCH 64

/* ------------------------------------------------------------------ */
/* MSRs                                                                 */

static bool has_tsc_offset_attr(int vcpu_fd)
{
	struct kvm_device_attr a = {.group = KVM_VCPU_TSC_CTRL, .attr = KVM_VCPU_TSC_OFFSET};

	return ioctl(vcpu_fd, KVM_HAS_DEVICE_ATTR, &a) == 0;
}

static bool msr_in(const uint32_t *l, uint32_t n, uint32_t idx)
{
	for (uint32_t i = 0; i < n; i++)
		if (l[i] == idx)
			return true;
	return false;
}

/*
 * The MSRs to save, in load order: the guest OS id, then the hypercall
 * page, then what KVM lists, then the SynIC MSRs it does not list. The APIC
 * base (sregs), the TSC (its offset, when KVM has the attribute) and the
 * TSC deadline (after the LAPIC) travel elsewhere.
 */
static int msr_list(struct rt_kvm *kvm, bool tsc_attr, uint32_t **out, uint32_t *nout)
{
	struct kvm_msr_list probe = {.nmsrs = 0}, *kl = NULL;
	uint32_t *l, n = 0;
	int rc;

	if (ioctl(kvm->kvm_fd, KVM_GET_MSR_INDEX_LIST, &probe) == 0 || errno != E2BIG)
		return -EIO;
	kl = calloc(1, sizeof(*kl) + probe.nmsrs * sizeof(uint32_t));
	l = calloc(probe.nmsrs + 2 + 18, sizeof(*l));
	if (!kl || !l) {
		rc = -ENOMEM;
		goto fail;
	}
	kl->nmsrs = probe.nmsrs;
	if (ioctl(kvm->kvm_fd, KVM_GET_MSR_INDEX_LIST, kl) < 0) {
		rc = -errno;
		goto fail;
	}
	l[n++] = HV_X64_MSR_GUEST_OS_ID;
	l[n++] = HV_X64_MSR_HYPERCALL;
	for (uint32_t i = 0; i < kl->nmsrs; i++) {
		uint32_t idx = kl->indices[i];
		if (idx == MSR_IA32_APICBASE || idx == MSR_IA32_TSC_DEADLINE ||
		    (idx == MSR_IA32_TSC && tsc_attr) || msr_in(l, n, idx))
			continue;
		l[n++] = idx;
	}
	if (!msr_in(l, n, HV_X64_MSR_SCONTROL))
		l[n++] = HV_X64_MSR_SCONTROL;
	l[n++] = HV_X64_MSR_SIEFP;
	l[n++] = HV_X64_MSR_SIMP;
	for (uint32_t s = 0; s < KVM_SINT_COUNT; s++)
		if (!msr_in(l, n, HV_X64_MSR_SINT0 + s))
			l[n++] = HV_X64_MSR_SINT0 + s;
	free(kl);
	*out = l;
	*nout = n;
	return 0;
fail:
	free(kl);
	free(l);
	return rc;
}

static size_t msrs_size(uint32_t n)
{
	return sizeof(struct kvm_msrs) + n * sizeof(struct kvm_msr_entry);
}

static struct kvm_msrs *msrs_alloc(uint32_t n)
{
	return calloc(1, msrs_size(n));
}

/* One MSR: read (value in *v) or write *v. Returns true when KVM did it. */
static bool msr_one(int vcpu_fd, unsigned long ioc, uint32_t index, uint64_t *v)
{
	struct kvm_msrs *b = msrs_alloc(1);
	bool ok;

	if (!b)
		return false;
	b->nmsrs = 1;
	b->entries[0].index = index;
	b->entries[0].data = *v;
	ok = ioctl(vcpu_fd, ioc, b) == 1;
	if (ok)
		*v = b->entries[0].data;
	free(b);
	return ok;
}

/*
 * Reads MSRs idx[0..n) into entries; one KVM doesn't know for this vCPU
 * (KVM_GET_MSRS stops at the first) is left out. Returns how many were read.
 */
static uint32_t msrs_read(int vcpu_fd, const uint32_t *idx, uint32_t n, struct pvss_msr *out,
			  uint32_t max)
{
	struct kvm_msrs *b = msrs_alloc(MSR_BATCH);
	uint32_t got = 0, i = 0;

	while (b && i < n && got < max) {
		uint32_t k = rt_min(n - i, (uint32_t)MSR_BATCH);
		int r;
		memset(b, 0, msrs_size(MSR_BATCH));
		b->nmsrs = k;
		for (uint32_t j = 0; j < k; j++)
			b->entries[j].index = idx[i + j];
		r = ioctl(vcpu_fd, KVM_GET_MSRS, b);
		if (r < 0)
			r = 0;
		for (int j = 0; j < r && got < max; j++) {
			out[got].index = b->entries[j].index;
			out[got].value = b->entries[j].data;
			got++;
		}
		/* The MSR at r failed: skip it. */
		i += (uint32_t)r + ((uint32_t)r < k ? 1 : 0);
	}
	free(b);
	return got;
}

/* Loads MSRs in order; one KVM refuses is skipped and counted. Returns the refused count. */
static uint32_t msrs_write(struct rt_kvm *kvm, struct kvm_vcpu *v, const struct pvss_msr *m,
			   uint32_t n)
{
	struct kvm_msrs *b = msrs_alloc(MSR_BATCH);
	uint32_t i = 0, refused = 0;

	if (!b)
		return n;
	while (i < n) {
		uint32_t k = rt_min(n - i, (uint32_t)MSR_BATCH);
		int r;
		memset(b, 0, msrs_size(MSR_BATCH));
		b->nmsrs = k;
		for (uint32_t j = 0; j < k; j++) {
			b->entries[j].index = m[i + j].index;
			b->entries[j].data = m[i + j].value;
		}
		r = ioctl(v->fd, KVM_SET_MSRS, b);
		if (r < 0)
			r = 0;
		if ((uint32_t)r < k) {
			/* Read-only ones (TSC frequency, ...) are refused to the host too. */
			kvm_log_guest(kvm, RT_LOG_DEBUG, "vcpu%u: MSR 0x%x not loadable", v->index,
				      m[i + (uint32_t)r].index);
			refused++;
		}
		i += (uint32_t)r + ((uint32_t)r < k ? 1 : 0);
	}
	free(b);
	return refused;
}

/* ------------------------------------------------------------------ */
/* Save                                                                 */

static int save_vm(struct rt_kvm *kvm, struct rt_ss_writer *w, struct pvss_msg *m)
{
	struct pvss_kvm_vm *vm = &m->u.kvm_vm;
	struct kvm_clock_data clock;
	struct kvm_pit_state2 pit;
	struct kvm_irqchip chip;
	struct timespec ts;

	memset(m, 0, sizeof(*m));
	m->type = PVSS_REC_TYPE_KVM_VM;
	vm->vcpus = kvm->nvcpus;
	vm->reboots = kvm->reboots;
	vm->mem_size = kvm->mem_size;
	vm->ram_fd = (uint32_t)kvm->mem_fd;
	vm->serial_fd = kvm->uart.log_fd >= 0 ? (uint32_t)kvm->uart.log_fd : PVSS_FD_NONE;
	pthread_mutex_lock(&kvm->pio_lock);
	vm->uart_ier = kvm->uart.ier;
	vm->uart_lcr = kvm->uart.lcr;
	vm->uart_mcr = kvm->uart.mcr;
	vm->uart_scr = kvm->uart.scr;
	vm->uart_dll = kvm->uart.dll;
	vm->uart_dlm = kvm->uart.dlm;
	vm->uart_fcr = kvm->uart.fcr;
	vm->uart_flags =
		(uint8_t)((kvm->uart.thri_pending ? 1 : 0) | (kvm->uart.irq_level ? 2 : 0));
	vm->pm1_en = kvm->pm1_en;
	vm->pm1_sts = kvm->pm1_sts;
	vm->pci_addr = kvm->pci_addr;
	vm->cmos_index = kvm->cmos_index;
	memcpy(vm->cmos_ram, kvm->cmos_ram, sizeof(vm->cmos_ram));
	pthread_mutex_unlock(&kvm->pio_lock);

	memset(&clock, 0, sizeof(clock));
	if (ioctl(kvm->vm_fd, KVM_GET_CLOCK, &clock) < 0)
		return -errno;
	clock_gettime(CLOCK_REALTIME, &ts);
	vm->t_clock = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
	memcpy(vm->clock, &clock, sizeof(clock));
	memset(&pit, 0, sizeof(pit));
	if (ioctl(kvm->vm_fd, KVM_GET_PIT2, &pit) < 0)
		return -errno;
	memcpy(vm->pit, &pit, sizeof(pit));
	static const int chips[3] = {KVM_IRQCHIP_PIC_MASTER, KVM_IRQCHIP_PIC_SLAVE,
				     KVM_IRQCHIP_IOAPIC};
	uint8_t *dst[3] = {vm->pic_master, vm->pic_slave, vm->ioapic};
	for (int i = 0; i < 3; i++) {
		memset(&chip, 0, sizeof(chip));
		chip.chip_id = (uint32_t)chips[i];
		if (ioctl(kvm->vm_fd, KVM_GET_IRQCHIP, &chip) < 0)
			return -errno;
		memcpy(dst[i], &chip.chip, sizeof(chip.chip));
	}
	return rt_ss_put(w, m);
}

/* XSAVE area size: KVM_CAP_XSAVE2 names it when larger than the legacy 4 KiB. */
static size_t xsave_size(struct rt_kvm *kvm)
{
	int n = ioctl(kvm->vm_fd, KVM_CHECK_EXTENSION, KVM_CAP_XSAVE2);

	return n > (int)sizeof(struct kvm_xsave) ? (size_t)n : sizeof(struct kvm_xsave);
}

static int save_vcpu(struct rt_kvm *kvm, struct kvm_vcpu *v, const uint32_t *idx, uint32_t nidx,
		     bool tsc_attr, struct rt_ss_writer *w, struct pvss_msg *m)
{
	struct pvss_kvm_vcpu *c = &m->u.kvm_vcpu;
	struct kvm_mp_state mp;
	size_t xs = xsave_size(kvm);
	struct kvm_xsave *xsave;
	int rc;

	memset(m, 0, sizeof(*m));
	m->type = PVSS_REC_TYPE_KVM_VCPU;
	c->index = v->index;
	if (ioctl(v->fd, KVM_GET_MP_STATE, &mp) < 0 || ioctl(v->fd, KVM_GET_REGS, c->regs) < 0 ||
	    ioctl(v->fd, KVM_GET_SREGS, c->sregs) < 0 ||
	    ioctl(v->fd, KVM_GET_LAPIC, c->lapic) < 0 || ioctl(v->fd, KVM_GET_XCRS, c->xcrs) < 0 ||
	    ioctl(v->fd, KVM_GET_VCPU_EVENTS, c->events) < 0 ||
	    ioctl(v->fd, KVM_GET_DEBUGREGS, c->debugregs) < 0)
		return -errno;
	c->mp_state = mp.mp_state;
	if (tsc_attr) {
		struct kvm_device_attr a = {.group = KVM_VCPU_TSC_CTRL,
					    .attr = KVM_VCPU_TSC_OFFSET,
					    .addr = (uintptr_t)&c->tsc_offset};
		if (ioctl(v->fd, KVM_GET_DEVICE_ATTR, &a) < 0)
			return -errno;
		c->flags |= PVSS_VCPU_FLAGS_TSC_OFFSET;
	}
	if (!msr_one(v->fd, KVM_GET_MSRS, MSR_IA32_TSC_DEADLINE, &c->tsc_deadline))
		c->tsc_deadline = 0;
	pthread_mutex_lock(&kvm->synic_lock);
	c->synic_control = v->synic.control;
	c->synic_simp = v->synic.simp;
	c->synic_siefp = v->synic.siefp;
	pthread_mutex_unlock(&kvm->synic_lock);
	c->msrs_count = msrs_read(v->fd, idx, nidx, c->msrs, PVSS_MAX_MSRS);
	c->msr_count = c->msrs_count;
	rc = rt_ss_put(w, m);
	if (rc)
		return rc;

	if (xs > PVSS_XSAVE_MAX)
		return -E2BIG;
	xsave = calloc(1, xs);
	if (!xsave)
		return -ENOMEM;
	rc = ioctl(v->fd, xs > sizeof(struct kvm_xsave) ? KVM_GET_XSAVE2 : KVM_GET_XSAVE, xsave);
	if (rc < 0) {
		rc = -errno;
		free(xsave);
		return rc;
	}
	memset(m, 0, sizeof(*m));
	m->type = PVSS_REC_TYPE_KVM_XSAVE;
	m->u.kvm_xsave.index = v->index;
	m->u.kvm_xsave.xsave_len = (uint32_t)xs;
	m->u.kvm_xsave.area_count = (uint32_t)xs;
	memcpy(m->u.kvm_xsave.area, xsave, xs);
	free(xsave);
	return rt_ss_put(w, m);
}

int kvm_vm_save(struct rt_partition *p, struct rt_ss_writer *w)
{
	struct rt_kvm *kvm = rt_kvm_of(p);
	struct pvss_msg *m = rt_ss_msg_new(0);
	uint32_t *idx = NULL, nidx = 0;
	bool tsc_attr;
	int rc;

	rt_loop_assert_thread(p->loop);
	if (!m)
		return -ENOMEM;
	if (!kvm->paused) {
		rc = -EBUSY;
		goto out;
	}
	tsc_attr = has_tsc_offset_attr(kvm->vcpus[0].fd);
	rc = msr_list(kvm, tsc_attr, &idx, &nidx);
	if (rc) {
		kvm_log(kvm, "save: MSR list: %s", strerror(-rc));
		goto out;
	}
	rc = save_vm(kvm, w, m);
	for (uint32_t i = 0; rc == 0 && i < kvm->nvcpus; i++)
		rc = save_vcpu(kvm, &kvm->vcpus[i], idx, nidx, tsc_attr, w, m);
	if (rc) {
		kvm_log(kvm, "save: %s", strerror(-rc));
		goto out;
	}
	/* Messages still waiting for a free slot, in order per (VP, SINT). */
	for (uint32_t vp = 0; vp < kvm->nvcpus; vp++) {
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++) {
			for (struct kvm_msg *q = kvm->vcpus[vp].synic.head[s]; q; q = q->next) {
				memset(m, 0, sizeof(*m));
				m->type = PVSS_REC_TYPE_KVM_SYNIC_MSG;
				m->u.kvm_synic_msg.vp = vp;
				m->u.kvm_synic_msg.sint = s;
				m->u.kvm_synic_msg.message_type = q->type;
				m->u.kvm_synic_msg.payload_len = q->len;
				memcpy(m->u.kvm_synic_msg.payload, q->payload, q->len);
				rt_ss_put(w, m);
			}
		}
	}
	rt_ss_put_fd(w, kvm->mem_fd, PVSS_FD_KIND_GUEST_RAM, 0, kvm->mem_size);
	if (kvm->uart.log_fd >= 0)
		rt_ss_put_fd(w, kvm->uart.log_fd, PVSS_FD_KIND_SERIAL_LOG, 0, 0);
	rc = w->err;
	if (rc == 0)
		kvm_info(kvm, "saved %u vCPUs, %u MSRs each", kvm->nvcpus, nidx);
out:
	free(idx);
	free(m);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Restore                                                              */

/* What the records say, checked, before anything is built. */
struct kvm_plan {
	struct pvss_kvm_vm vm;
	struct pvss_kvm_vcpu *vcpu[RT_KVM_MAX_VCPUS];
	struct pvss_kvm_xsave *xsave[RT_KVM_MAX_VCPUS];
	struct kvm_msg *msgs; /* in saved order */
	struct kvm_msg **msgs_tail;
	uint32_t nmsgs;
	uint32_t vp_of[KVM_MSG_QUEUE_MAX]; /* vp << 8 | sint of each message */
};

static void plan_free(struct kvm_plan *pl)
{
	for (int i = 0; i < RT_KVM_MAX_VCPUS; i++) {
		free(pl->vcpu[i]);
		free(pl->xsave[i]);
	}
	while (pl->msgs) {
		struct kvm_msg *q = pl->msgs;
		pl->msgs = q->next;
		free(q);
	}
	free(pl);
}

static int plan_read(struct rt_ss_reader *r, const struct rt_kvm_config *cfg, bool check_only,
		     struct kvm_plan **out)
{
	struct kvm_plan *pl = calloc(1, sizeof(*pl));
	struct pvss_msg *m = rt_ss_msg_scratch();
	int rc;

	*out = NULL;
	if (!pl || !m) {
		rc = -ENOMEM;
		goto fail;
	}
	pl->msgs_tail = &pl->msgs;
	if (rt_ss_take(r, PVSS_REC_TYPE_KVM_VM, m)) {
		rc = rt_ss_fail(r, -EINVAL,
				"saved state has no kvm partition (KVM_VM) where one is "
				"configured");
		goto fail;
	}
	pl->vm = m->u.kvm_vm;
	if (pl->vm.vcpus != cfg->vcpus || pl->vm.mem_size != cfg->mem_bytes) {
		rc = rt_ss_fail(
			r, -EINVAL,
			"kvm partition: saved with %u vCPUs and %llu MiB, configured %u and "
			"%llu MiB",
			pl->vm.vcpus, (unsigned long long)(pl->vm.mem_size >> 20), cfg->vcpus,
			(unsigned long long)(cfg->mem_bytes >> 20));
		goto fail;
	}
	if ((rc = rt_ss_claim_fd(r, pl->vm.ram_fd, PVSS_FD_KIND_GUEST_RAM, 0, check_only)))
		goto fail;
	if (pl->vm.serial_fd != PVSS_FD_NONE &&
	    (rc = rt_ss_claim_fd(r, pl->vm.serial_fd, PVSS_FD_KIND_SERIAL_LOG, 0, check_only)))
		goto fail;
	for (uint32_t i = 0; i < pl->vm.vcpus; i++) {
		if (rt_ss_take(r, PVSS_REC_TYPE_KVM_VCPU, m) || m->u.kvm_vcpu.index != i) {
			rc = rt_ss_fail(r, -EINVAL, "kvm partition: vCPU %u's record missing", i);
			goto fail;
		}
		pl->vcpu[i] = malloc(sizeof(*pl->vcpu[i]));
		if (!pl->vcpu[i]) {
			rc = -ENOMEM;
			goto fail;
		}
		*pl->vcpu[i] = m->u.kvm_vcpu;
		if (rt_ss_take(r, PVSS_REC_TYPE_KVM_XSAVE, m) || m->u.kvm_xsave.index != i) {
			rc = rt_ss_fail(r, -EINVAL, "kvm partition: vCPU %u's XSAVE record missing",
					i);
			goto fail;
		}
		pl->xsave[i] = malloc(sizeof(*pl->xsave[i]));
		if (!pl->xsave[i]) {
			rc = -ENOMEM;
			goto fail;
		}
		*pl->xsave[i] = m->u.kvm_xsave;
	}
	while (rt_ss_take(r, PVSS_REC_TYPE_KVM_SYNIC_MSG, m) == 0) {
		const struct pvss_kvm_synic_msg *s = &m->u.kvm_synic_msg;
		struct kvm_msg *q;
		if (s->vp >= pl->vm.vcpus || ++pl->nmsgs > KVM_MSG_QUEUE_MAX) {
			rc = rt_ss_fail(r, -EINVAL,
					"kvm partition: queued message for VP %u, or "
					"more than %d queued",
					s->vp, KVM_MSG_QUEUE_MAX);
			goto fail;
		}
		q = calloc(1, sizeof(*q));
		if (!q) {
			rc = -ENOMEM;
			goto fail;
		}
		q->type = s->message_type;
		q->len = s->payload_len;
		memcpy(q->payload, s->payload, s->payload_len);
		/* next is reused below for the queue; remember where it goes. */
		pl->vp_of[pl->nmsgs - 1] = s->vp << 8 | s->sint;
		*pl->msgs_tail = q;
		pl->msgs_tail = &q->next;
	}
	rt_ss_msg_release(m);
	*out = pl;
	return 0;
fail:
	rt_ss_msg_release(m);
	if (pl)
		plan_free(pl);
	return rc;
}

static int load_vm(struct rt_kvm *kvm, const struct kvm_plan *pl)
{
	struct kvm_clock_data clock;
	struct kvm_pit_state2 pit;
	struct kvm_irqchip chip;
	struct timespec ts;
	static const int chips[3] = {KVM_IRQCHIP_PIC_MASTER, KVM_IRQCHIP_PIC_SLAVE,
				     KVM_IRQCHIP_IOAPIC};
	const uint8_t *src[3] = {pl->vm.pic_master, pl->vm.pic_slave, pl->vm.ioapic};

	memcpy(&clock, pl->vm.clock, sizeof(clock));
	if (!(clock.flags & KVM_CLOCK_REALTIME)) {
		/* An older KVM: add the wall-clock time the update took ourselves. */
		clock_gettime(CLOCK_REALTIME, &ts);
		uint64_t now = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
		if (now > pl->vm.t_clock)
			clock.clock += now - pl->vm.t_clock;
	}
	/* KVM_SET_CLOCK takes only the REALTIME flag (and refuses others). */
	clock.flags &= KVM_CLOCK_REALTIME;
	if (ioctl(kvm->vm_fd, KVM_SET_CLOCK, &clock) < 0)
		return -errno;
	memcpy(&pit, pl->vm.pit, sizeof(pit));
	if (ioctl(kvm->vm_fd, KVM_SET_PIT2, &pit) < 0)
		return -errno;
	for (int i = 0; i < 3; i++) {
		memset(&chip, 0, sizeof(chip));
		chip.chip_id = (uint32_t)chips[i];
		memcpy(&chip.chip, src[i], sizeof(chip.chip));
		if (ioctl(kvm->vm_fd, KVM_SET_IRQCHIP, &chip) < 0)
			return -errno;
	}
	kvm->reboots = pl->vm.reboots;
	pthread_mutex_lock(&kvm->pio_lock);
	kvm->uart.ier = pl->vm.uart_ier;
	kvm->uart.lcr = pl->vm.uart_lcr;
	kvm->uart.mcr = pl->vm.uart_mcr;
	kvm->uart.scr = pl->vm.uart_scr;
	kvm->uart.dll = pl->vm.uart_dll;
	kvm->uart.dlm = pl->vm.uart_dlm;
	kvm->uart.fcr = pl->vm.uart_fcr;
	kvm->uart.thri_pending = pl->vm.uart_flags & 1;
	kvm->uart.irq_level = (pl->vm.uart_flags & 2) != 0;
	kvm->pm1_en = pl->vm.pm1_en;
	kvm->pm1_sts = pl->vm.pm1_sts;
	kvm->pci_addr = pl->vm.pci_addr;
	kvm->cmos_index = pl->vm.cmos_index;
	memcpy(kvm->cmos_ram, pl->vm.cmos_ram, sizeof(kvm->cmos_ram));
	pthread_mutex_unlock(&kvm->pio_lock);
	return 0;
}

#define LOAD(ioc, what, arg)                                                                   \
	do {                                                                                   \
		if (ioctl(v->fd, ioc, arg) < 0) {                                              \
			rc = -errno;                                                           \
			kvm_log(kvm, "vcpu%u: loading %s: %s", v->index, what, strerror(-rc)); \
			return rc;                                                             \
		}                                                                              \
	} while (0)

static int load_vcpu(struct rt_kvm *kvm, struct kvm_vcpu *v, const struct pvss_kvm_vcpu *c,
		     const struct pvss_kvm_xsave *x, uint32_t *refused)
{
	struct kvm_mp_state mp = {.mp_state = c->mp_state};
	uint64_t deadline = c->tsc_deadline;
	struct kvm_xsave *xsave;
	int rc;

	LOAD(KVM_SET_SREGS, "sregs", c->sregs);
	/*
	 * The TSC before anything that reads it: the TSC deadline (an absolute
	 * guest TSC value) is turned into a host timer against the guest's TSC
	 * at the time it is loaded, and the Hyper-V reference TSC page is
	 * computed from it. Loaded last, the deadline of a new vCPU (its TSC near
	 * 0) lay minutes ahead: an idle vCPU then slept through its tick (a soft
	 * lockup report on a 2-vCPU guest after an update).
	 */
	if (c->flags & PVSS_VCPU_FLAGS_TSC_OFFSET) {
		struct kvm_device_attr a = {.group = KVM_VCPU_TSC_CTRL,
					    .attr = KVM_VCPU_TSC_OFFSET,
					    .addr = (uintptr_t)&c->tsc_offset};
		LOAD(KVM_SET_DEVICE_ATTR, "TSC offset", &a);
	}
	LOAD(KVM_SET_LAPIC, "LAPIC", c->lapic);
	LOAD(KVM_SET_REGS, "regs", c->regs);
	xsave = calloc(1, rt_max((size_t)x->xsave_len, sizeof(struct kvm_xsave)));
	if (!xsave)
		return -ENOMEM;
	memcpy(xsave, x->area, x->xsave_len);
	rc = ioctl(v->fd, KVM_SET_XSAVE, xsave) < 0 ? -errno : 0;
	free(xsave);
	if (rc) {
		kvm_log(kvm, "vcpu%u: loading XSAVE: %s", v->index, strerror(-rc));
		return rc;
	}
	LOAD(KVM_SET_XCRS, "XCRs", c->xcrs);
	*refused += msrs_write(kvm, v, c->msrs, c->msrs_count);
	LOAD(KVM_SET_VCPU_EVENTS, "vCPU events", c->events);
	LOAD(KVM_SET_MP_STATE, "MP state", &mp);
	if (!msr_one(v->fd, KVM_SET_MSRS, MSR_IA32_TSC_DEADLINE, &deadline))
		kvm_log(kvm, "vcpu%u: TSC deadline not loadable", v->index);
	LOAD(KVM_SET_DEBUGREGS, "debug registers", c->debugregs);
	pthread_mutex_lock(&kvm->synic_lock);
	v->synic.control = c->synic_control;
	v->synic.simp = c->synic_simp;
	v->synic.siefp = c->synic_siefp;
	pthread_mutex_unlock(&kvm->synic_lock);
	return 0;
}

void kvm_hv_raise_all(struct rt_kvm *kvm)
{
	uint64_t one = 1;

	for (uint32_t vp = 0; vp < kvm->nvcpus; vp++)
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++)
			if (write(kvm->vcpus[vp].synic.irqfd[s], &one, sizeof(one)) < 0 &&
			    errno != EAGAIN)
				kvm_log(kvm, "irqfd vp %u sint %u: %s", vp, s, strerror(errno));
}

static void set_cloexec(int fd)
{
	int fl = fcntl(fd, F_GETFD);

	if (fl >= 0)
		fcntl(fd, F_SETFD, fl | FD_CLOEXEC);
}

int rt_partition_kvm_restore(struct ev_loop *loop, const struct rt_kvm_config *cfg,
			     struct rt_ss_reader *r, bool check_only, struct rt_partition **out)
{
	struct kvm_plan *pl;
	struct rt_kvm *kvm = NULL;
	uint64_t t0 = kvm_now_ns();
	uint32_t refused = 0;
	int rc;

	if (out)
		*out = NULL;
	rc = plan_read(r, cfg, check_only, &pl);
	if (rc || check_only) {
		if (pl)
			plan_free(pl);
		return rc;
	}
	/* The console log continues in the file the first binary opened (no truncation). */
	rc = kvm_alloc(loop, cfg, pl->vm.serial_fd == PVSS_FD_NONE ? -1 : (int)pl->vm.serial_fd,
		       &kvm);
	if (rc)
		goto fail_plan;
	if (kvm->uart.log_fd >= 0)
		set_cloexec(kvm->uart.log_fd);
	rc = kvm_open_dev(kvm);
	if (rc)
		goto fail;
	rc = rt_gmem_from_fd((int)pl->vm.ram_fd, kvm->mem_size, &kvm->part.gmem);
	if (rc)
		goto fail;
	kvm->mem_fd = rt_gmem_fd(kvm->part.gmem);
	set_cloexec(kvm->mem_fd);
	void *mem = mmap(NULL, kvm->mem_size, PROT_READ | PROT_WRITE, MAP_SHARED, kvm->mem_fd, 0);
	if (mem == MAP_FAILED) {
		rc = -errno;
		goto fail;
	}
	kvm->mem = mem;
	rc = kvm_vm_create_pci(kvm);
	if (rc == 0)
		rc = kvm_vm_create_vm(kvm);
	for (uint32_t i = 0; rc == 0 && i < kvm->nvcpus; i++)
		rc = kvm_vcpu_create(kvm, i);
	if (rc == 0)
		rc = kvm_hv_setup_vm(kvm);
	if (rc == 0)
		rc = load_vm(kvm, pl);
	for (uint32_t i = 0; rc == 0 && i < kvm->nvcpus; i++)
		rc = load_vcpu(kvm, &kvm->vcpus[i], pl->vcpu[i], pl->xsave[i], &refused);
	if (rc) {
		rt_ss_fail(r, rc, "kvm partition: loading the saved state into the new VM: %s",
			   strerror(-rc));
		goto fail;
	}
	/* The queued host->guest messages, in their order per (VP, SINT). */
	for (uint32_t n = 0; pl->msgs; n++) {
		struct kvm_msg *q = pl->msgs;
		uint32_t vp = pl->vp_of[n] >> 8, s = pl->vp_of[n] & 0xff;
		struct kvm_synic *sy = &kvm->vcpus[vp].synic;
		pl->msgs = q->next;
		q->next = NULL;
		*sy->tail[s] = q;
		sy->tail[s] = &q->next;
		sy->queued[s]++;
	}
	/* A slot the guest freed during the blackout (its EOM went to the old VM). */
	for (uint32_t vp = 0; vp < kvm->nvcpus; vp++)
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++)
			kvm_hv_flush(kvm, vp, s);
	kvm_hv_raise_all(kvm);
	kvm_info(kvm,
		 "restored %u vCPUs into a new VM in %.1f ms (%u MSRs not loadable: read-only)",
		 kvm->nvcpus, (double)(kvm_now_ns() - t0) / 1e6, refused);
	plan_free(pl);
	*out = &kvm->part;
	return 0;
fail:
	if (!r->err[0])
		rt_ss_fail(r, rc, "kvm partition: %s", strerror(-rc));
	kvm_vm_destroy(&kvm->part);
fail_plan:
	plan_free(pl);
	return rc;
}
