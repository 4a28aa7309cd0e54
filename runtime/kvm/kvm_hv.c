/*
 * The Hyper-V parts of the kvm partition that KVM leaves to user space.
 *
 * KVM's in-kernel emulation (enabled by CPUID 0x40000001 = "Hv#1") handles
 * the hypercall page, VP index, SynIC MSRs, EOM, reference time and TSC page.
 * We add: the CPUID leaves (with Microsoft's signature, never KVM's), one
 * HV_SINT GSI route + irqfd per (VP, SINT) to raise SynIC interrupts, the
 * SIMP/SIEFP pages the guest programs (KVM_EXIT_HYPERV_SYNIC), HvPostMessage
 * (KVM_EXIT_HYPERV_HCALL, handed to the loop thread), HvSignalEvent through
 * KVM_HYPERV_EVENTFD, and host->guest messages with the msg_pending/EOM
 * handshake: the irqfd's resample eventfd fires on EOM and on EOI of the
 * SINT vector, which is when a busy slot may have been freed.
 *
 * Locks: synic_lock guards every VP's control/simp/siefp (written by vCPU
 * threads, read by post_message on the loop and signal_guest anywhere).
 * Message queues and resample watchers belong to the loop thread.
 */
#include <errno.h>
#include <linux/kvm.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "runtime/kvm/kvm_internal.h"

#define HV_CPUID_VENDOR 0x40000000u
#define HV_CPUID_INTERFACE 0x40000001u
#define HV_CPUID_VERSION 0x40000002u
#define HV_CPUID_FEATURES 0x40000003u
#define HV_CPUID_HINTS 0x40000004u
#define HV_CPUID_LIMITS 0x40000005u

/* 0x40000003.EAX */
#define HV_TIME_REF_COUNT (1u << 1)
#define HV_SYNIC (1u << 2)
#define HV_HYPERCALL (1u << 5)
#define HV_VP_INDEX (1u << 6)
#define HV_REFERENCE_TSC (1u << 9)
#define HV_ACCESS_FREQUENCY_MSRS (1u << 11)
/* 0x40000003.EBX */
#define HV_POST_MESSAGES (1u << 4)
#define HV_SIGNAL_EVENTS (1u << 5)
/* 0x40000003.EDX */
#define HV_FREQUENCY_MSRS_AVAILABLE (1u << 8)
/* 0x40000004.EAX: Linux must EOI the SINT vector (no auto-EOI, which KVM's LAPIC lacks). */
#define HV_DEPRECATING_AEOI (1u << 9)

#define HVCALL_POST_MESSAGE 0x005c
#define HVCALL_SIGNAL_EVENT 0x005d
#define HV_STATUS_INVALID_HYPERCALL_INPUT 3
#define HV_STATUS_INVALID_PORT_ID 17

#define HV_MESSAGE_SIZE 256
#define HV_SYNIC_ENABLE 1ull
#define HV_PAGE_MASK (~0xfffull)

static struct kvm_cpuid2 *cpuid_alloc(unsigned n)
{
	struct kvm_cpuid2 *c = calloc(1, sizeof(*c) + (size_t)n * sizeof(struct kvm_cpuid_entry2));
	if (c)
		c->nent = n;
	return c;
}

static struct kvm_cpuid_entry2 *cpuid_find(struct kvm_cpuid2 *c, uint32_t fn, uint32_t idx)
{
	for (uint32_t i = 0; i < c->nent; i++)
		if (c->entries[i].function == fn && c->entries[i].index == idx)
			return &c->entries[i];
	return NULL;
}

static void cpuid_add(struct kvm_cpuid2 *c, uint32_t fn, uint32_t a, uint32_t b, uint32_t cx,
		      uint32_t d)
{
	struct kvm_cpuid_entry2 *e = &c->entries[c->nent++];
	memset(e, 0, sizeof(*e));
	e->function = fn;
	e->eax = a;
	e->ebx = b;
	e->ecx = cx;
	e->edx = d;
}

int kvm_hv_set_cpuid(struct rt_kvm *kvm, struct kvm_vcpu *vcpu)
{
	struct kvm_cpuid2 *sup = NULL, *hv = NULL, *out = NULL;
	unsigned n = 128;
	int r;

	for (;;) {
		sup = cpuid_alloc(n);
		if (!sup)
			return -ENOMEM;
		if (ioctl(kvm->kvm_fd, KVM_GET_SUPPORTED_CPUID, sup) == 0)
			break;
		r = -errno;
		free(sup);
		sup = NULL;
		if (r != -E2BIG || n >= 4096)
			goto out;
		n *= 2;
	}
	hv = cpuid_alloc(64);
	if (!hv) {
		r = -ENOMEM;
		goto out;
	}
	if (ioctl(vcpu->fd, KVM_GET_SUPPORTED_HV_CPUID, hv) < 0) {
		r = -errno;
		kvm_log(kvm, "KVM_GET_SUPPORTED_HV_CPUID: %s", strerror(-r));
		goto out;
	}
	struct kvm_cpuid_entry2 *hvf = cpuid_find(hv, HV_CPUID_FEATURES, 0);
	if (!hvf || !(hvf->eax & HV_SYNIC) || !(hvf->eax & HV_HYPERCALL)) {
		kvm_log(kvm, "this KVM does not offer the Hyper-V SynIC and hypercall page");
		r = -ENODEV;
		goto out;
	}

	out = cpuid_alloc(sup->nent + 8);
	if (!out) {
		r = -ENOMEM;
		goto out;
	}
	out->nent = 0;
	for (uint32_t i = 0; i < sup->nent; i++) {
		struct kvm_cpuid_entry2 e = sup->entries[i];
		/* KVM's own leaves would win Linux's hypervisor detection: drop them. */
		if (e.function >= 0x40000000u && e.function < 0x50000000u)
			continue;
		if (e.function == 1) {
			e.ecx |= 1u << 31; /* hypervisor present */
			e.ebx = (e.ebx & 0x00ffffffu) | (vcpu->index << 24);
		} else if (e.function == 0xb || e.function == 0x1f) {
			e.edx = vcpu->index;
		} else if (e.function == 0x8000001e) {
			e.eax = vcpu->index;
		}
		out->entries[out->nent++] = e;
	}

	uint32_t feat_a = hvf->eax & (HV_TIME_REF_COUNT | HV_SYNIC | HV_HYPERCALL | HV_VP_INDEX |
				      HV_REFERENCE_TSC | HV_ACCESS_FREQUENCY_MSRS);
	uint32_t feat_b = hvf->ebx & (HV_POST_MESSAGES | HV_SIGNAL_EVENTS);
	uint32_t feat_d = hvf->edx & HV_FREQUENCY_MSRS_AVAILABLE;
	/* "Microsoft Hv" */
	cpuid_add(out, HV_CPUID_VENDOR, HV_CPUID_LIMITS, 0x7263694d, 0x666f736f, 0x76482074);
	cpuid_add(out, HV_CPUID_INTERFACE, 0x31237648 /* "Hv#1" */, 0, 0, 0);
	cpuid_add(out, HV_CPUID_VERSION, 0, 0, 0, 0);
	cpuid_add(out, HV_CPUID_FEATURES, feat_a, feat_b, 0, feat_d);
	/* Hints: no auto-EOI; EBX = spinlock retries, all ones = never notify. */
	cpuid_add(out, HV_CPUID_HINTS, HV_DEPRECATING_AEOI, 0xffffffffu, 0, 0);
	cpuid_add(out, HV_CPUID_LIMITS, kvm->nvcpus, kvm->nvcpus, 0, 0);

	if (ioctl(vcpu->fd, KVM_SET_CPUID2, out) < 0) {
		r = -errno;
		kvm_log(kvm, "KVM_SET_CPUID2: %s", strerror(-r));
		goto out;
	}
	if (vcpu->index == 0)
		kvm_info(kvm, "Hyper-V features eax=0x%x ebx=0x%x edx=0x%x (KVM offers 0x%x)",
			 feat_a, feat_b, feat_d, hvf->eax);
	r = 0;
out:
	free(sup);
	free(hv);
	free(out);
	return r;
}

static uint32_t sint_gsi(uint32_t vp, uint32_t sint)
{
	return KVM_SINT_GSI_BASE + vp * KVM_SINT_COUNT + sint;
}

static void kvm_hv_resample_cb(struct ev_loop *loop, ev_io *w, int revents);

int kvm_hv_setup_vm(struct rt_kvm *kvm)
{
	unsigned n = 16 + 24 + kvm->nvcpus * KVM_SINT_COUNT;
	struct kvm_irq_routing *rt;
	int r = 0;

	rt = calloc(1, sizeof(*rt) + n * sizeof(struct kvm_irq_routing_entry));
	if (!rt)
		return -ENOMEM;
	/* Setting routes replaces KVM's defaults: restate the PIC and IO-APIC lines. */
	for (uint32_t i = 0; i < 16; i++) {
		struct kvm_irq_routing_entry *e = &rt->entries[rt->nr++];
		e->gsi = i;
		e->type = KVM_IRQ_ROUTING_IRQCHIP;
		e->u.irqchip.irqchip = i < 8 ? KVM_IRQCHIP_PIC_MASTER : KVM_IRQCHIP_PIC_SLAVE;
		e->u.irqchip.pin = i % 8;
	}
	for (uint32_t i = 0; i < 24; i++) {
		struct kvm_irq_routing_entry *e = &rt->entries[rt->nr++];
		e->gsi = i;
		e->type = KVM_IRQ_ROUTING_IRQCHIP;
		e->u.irqchip.irqchip = KVM_IRQCHIP_IOAPIC;
		e->u.irqchip.pin = i;
	}
	for (uint32_t vp = 0; vp < kvm->nvcpus; vp++) {
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++) {
			struct kvm_irq_routing_entry *e = &rt->entries[rt->nr++];
			e->gsi = sint_gsi(vp, s);
			e->type = KVM_IRQ_ROUTING_HV_SINT;
			e->u.hv_sint.vcpu = vp;
			e->u.hv_sint.sint = s;
		}
	}
	if (ioctl(kvm->vm_fd, KVM_SET_GSI_ROUTING, rt) < 0) {
		r = -errno;
		kvm_log(kvm, "KVM_SET_GSI_ROUTING: %s", strerror(-r));
		free(rt);
		return r;
	}
	free(rt);

	for (uint32_t vp = 0; vp < kvm->nvcpus; vp++) {
		struct kvm_synic *sy = &kvm->vcpus[vp].synic;
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++) {
			struct kvm_irqfd irqfd;
			uint64_t stale;
			bool fresh = sy->irqfd[s] < 0;
			if (sy->irqfd[s] < 0)
				sy->irqfd[s] = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
			if (sy->resamplefd[s] < 0)
				sy->resamplefd[s] = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
			if (sy->irqfd[s] < 0 || sy->resamplefd[s] < 0)
				return -errno;
			/* A count left from the previous VM would raise the SINT at once. */
			if (read(sy->irqfd[s], &stale, sizeof(stale)) < 0 && errno != EAGAIN)
				return -errno;
			if (read(sy->resamplefd[s], &stale, sizeof(stale)) < 0 && errno != EAGAIN)
				return -errno;
			memset(&irqfd, 0, sizeof(irqfd));
			irqfd.fd = (uint32_t)sy->irqfd[s];
			irqfd.gsi = sint_gsi(vp, s);
			irqfd.flags = KVM_IRQFD_FLAG_RESAMPLE;
			irqfd.resamplefd = (uint32_t)sy->resamplefd[s];
			if (ioctl(kvm->vm_fd, KVM_IRQFD, &irqfd) < 0) {
				r = -errno;
				kvm_log(kvm, "KVM_IRQFD(vp %u sint %u): %s", vp, s, strerror(-r));
				return r;
			}
			if (fresh) {
				ev_io_init(&sy->resample_w[s], kvm_hv_resample_cb,
					   sy->resamplefd[s], EV_READ);
				sy->resample_w[s].data = kvm;
			}
		}
	}
	return 0;
}

void kvm_hv_start(struct rt_kvm *kvm)
{
	for (uint32_t vp = 0; vp < kvm->nvcpus; vp++)
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++)
			ev_io_start(kvm->part.loop, &kvm->vcpus[vp].synic.resample_w[s]);
}

void kvm_hv_stop(struct rt_kvm *kvm)
{
	for (uint32_t vp = 0; vp < kvm->nvcpus; vp++)
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++)
			ev_io_stop(kvm->part.loop, &kvm->vcpus[vp].synic.resample_w[s]);
}

static void free_queue(struct kvm_synic *sy, uint32_t s)
{
	while (sy->head[s]) {
		struct kvm_msg *m = sy->head[s];
		sy->head[s] = m->next;
		free(m);
	}
	sy->tail[s] = &sy->head[s];
	sy->queued[s] = 0;
}

void kvm_hv_reset(struct rt_kvm *kvm)
{
	/* From here signal_guest and post_message find no page: -ENOTCONN. */
	pthread_mutex_lock(&kvm->synic_lock);
	for (uint32_t vp = 0; vp < RT_KVM_MAX_VCPUS; vp++) {
		struct kvm_synic *sy = &kvm->vcpus[vp].synic;
		sy->control = sy->simp = sy->siefp = 0;
	}
	pthread_mutex_unlock(&kvm->synic_lock);
	for (uint32_t vp = 0; vp < RT_KVM_MAX_VCPUS; vp++)
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++)
			free_queue(&kvm->vcpus[vp].synic, s);
	pthread_mutex_lock(&kvm->hcall_lock);
	for (uint32_t vp = 0; vp < RT_KVM_MAX_VCPUS; vp++)
		memset(&kvm->vcpus[vp].hcall, 0, sizeof(kvm->vcpus[vp].hcall));
	pthread_mutex_unlock(&kvm->hcall_lock);
}

void kvm_hv_teardown(struct rt_kvm *kvm)
{
	for (uint32_t vp = 0; vp < RT_KVM_MAX_VCPUS; vp++) {
		struct kvm_synic *sy = &kvm->vcpus[vp].synic;
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++) {
			if (sy->irqfd[s] >= 0)
				close(sy->irqfd[s]);
			if (sy->resamplefd[s] >= 0)
				close(sy->resamplefd[s]);
			sy->irqfd[s] = sy->resamplefd[s] = -1;
			free_queue(sy, s);
		}
	}
}

/* Address of a SynIC page slot in our mapping, or NULL if the page is off or outside RAM. */
static uint8_t *synic_slot(struct rt_kvm *kvm, uint32_t vp, uint32_t sint, bool event_page)
{
	struct kvm_synic *sy = &kvm->vcpus[vp].synic;
	uint64_t control, page;

	pthread_mutex_lock(&kvm->synic_lock);
	control = sy->control;
	page = event_page ? sy->siefp : sy->simp;
	pthread_mutex_unlock(&kvm->synic_lock);
	if (!(control & HV_SYNIC_ENABLE) || !(page & HV_SYNIC_ENABLE))
		return NULL;
	page &= HV_PAGE_MASK;
	if (page >= kvm->mem_size || kvm->mem_size - page < 4096)
		return NULL;
	return kvm->mem + page + (size_t)sint * HV_MESSAGE_SIZE;
}

static void sint_raise(struct rt_kvm *kvm, uint32_t vp, uint32_t sint)
{
	uint64_t one = 1;
	if (write(kvm->vcpus[vp].synic.irqfd[sint], &one, sizeof(one)) < 0 && errno != EAGAIN)
		kvm_log(kvm, "irqfd vp %u sint %u: %s", vp, sint, strerror(errno));
}

/*
 * Tries to place m in the slot. The guest frees a slot by storing type 0 and
 * then reading msg_pending; we set msg_pending and then re-read the type. With
 * full barriers on both sides, either the guest sees msg_pending (and writes
 * EOM, which fires our resample eventfd) or we see the free slot.
 * Returns 0 if delivered, -EBUSY if the slot is busy, -ENOTCONN if unmapped.
 */
static int synic_deliver(struct rt_kvm *kvm, uint32_t vp, uint32_t sint, const struct kvm_msg *m)
{
	uint8_t *slot = synic_slot(kvm, vp, sint, false);
	uint32_t *type;

	if (!slot)
		return -ENOTCONN;
	type = (uint32_t *)slot;
	if (__atomic_load_n(type, __ATOMIC_SEQ_CST) != 0) {
		__atomic_fetch_or(slot + 5, 1, __ATOMIC_SEQ_CST); /* flags.msg_pending */
		if (__atomic_load_n(type, __ATOMIC_SEQ_CST) != 0)
			return -EBUSY;
	}
	/* struct hv_message: {u32 type; u8 payload_size; u8 flags; u16 rsvd; u64 port} payload */
	slot[4] = (uint8_t)m->len;
	slot[5] = 0;
	slot[6] = slot[7] = 0;
	memset(slot + 8, 0, 8);
	memcpy(slot + 16, m->payload, m->len);
	memset(slot + 16 + m->len, 0, RT_HV_MESSAGE_PAYLOAD_MAX - m->len);
	__atomic_store_n(type, m->type, __ATOMIC_SEQ_CST);
	sint_raise(kvm, vp, sint);
	return 0;
}

void kvm_hv_flush(struct rt_kvm *kvm, uint32_t vp, uint32_t sint)
{
	struct kvm_synic *sy = &kvm->vcpus[vp].synic;

	while (sy->head[sint]) {
		struct kvm_msg *m = sy->head[sint];
		if (synic_deliver(kvm, vp, sint, m) < 0)
			return;
		sy->head[sint] = m->next;
		if (!sy->head[sint])
			sy->tail[sint] = &sy->head[sint];
		sy->queued[sint]--;
		free(m);
	}
}

static void kvm_hv_resample_cb(struct ev_loop *loop, ev_io *w, int revents)
{
	struct rt_kvm *kvm = w->data;
	uint64_t v;
	(void)loop;
	(void)revents;

	if (read(w->fd, &v, sizeof(v)) < 0 && errno != EAGAIN)
		return;
	for (uint32_t vp = 0; vp < kvm->nvcpus; vp++)
		for (uint32_t s = 0; s < KVM_SINT_COUNT; s++)
			if (&kvm->vcpus[vp].synic.resample_w[s] == w)
				kvm_hv_flush(kvm, vp, s);
}

int kvm_hv_post_message(struct rt_partition *p, uint32_t vp, uint32_t sint, uint32_t type,
			const void *payload, size_t len)
{
	struct rt_kvm *kvm = rt_kvm_of(p);
	struct kvm_synic *sy;
	struct kvm_msg *m;

	if (vp >= kvm->nvcpus || sint >= KVM_SINT_COUNT || len > RT_HV_MESSAGE_PAYLOAD_MAX ||
	    type == 0 || (len && !payload))
		return -EINVAL;
	if (atomic_load(&kvm->stopping) || !synic_slot(kvm, vp, sint, false))
		return -ENOTCONN;
	sy = &kvm->vcpus[vp].synic;
	if (sy->queued[sint] >= KVM_MSG_QUEUE_MAX)
		return -ENOBUFS;
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	m->type = type;
	m->len = (uint32_t)len;
	if (len)
		memcpy(m->payload, payload, len);
	*sy->tail[sint] = m;
	sy->tail[sint] = &m->next;
	sy->queued[sint]++;
	kvm_hv_flush(kvm, vp, sint);
	return 0;
}

int kvm_hv_signal_guest(struct rt_partition *p, uint32_t vp, uint32_t sint, uint32_t flag)
{
	struct rt_kvm *kvm = rt_kvm_of(p);
	uint8_t *slot;

	if (vp >= kvm->nvcpus || sint >= KVM_SINT_COUNT || flag >= HV_MESSAGE_SIZE * 8)
		return -EINVAL;
	slot = synic_slot(kvm, vp, sint, true);
	if (!slot)
		return -ENOTCONN;
	/* The slot is 256-byte aligned, so 32-bit words are aligned for the atomic. */
	uint32_t *word = (uint32_t *)(slot + (flag / 32) * 4);
	__atomic_fetch_or(word, 1u << (flag % 32), __ATOMIC_SEQ_CST);
	sint_raise(kvm, vp, sint);
	return 0;
}

int kvm_hv_bind_guest_signal(struct rt_partition *p, uint32_t connection_id, int efd)
{
	struct rt_kvm *kvm = rt_kvm_of(p);
	struct kvm_hyperv_eventfd hve;

	if (connection_id & ~0x00ffffffu)
		return -EINVAL;
	memset(&hve, 0, sizeof(hve));
	hve.conn_id = connection_id;
	hve.fd = -1;
	hve.flags = KVM_HYPERV_EVENTFD_DEASSIGN;
	if (efd < 0) {
		if (ioctl(kvm->vm_fd, KVM_HYPERV_EVENTFD, &hve) < 0)
			return -errno;
		return 0;
	}
	/* Rebinding replaces the old eventfd: KVM refuses a second one for a connection. */
	ioctl(kvm->vm_fd, KVM_HYPERV_EVENTFD, &hve);
	hve.fd = efd;
	hve.flags = 0;
	if (ioctl(kvm->vm_fd, KVM_HYPERV_EVENTFD, &hve) < 0)
		return -errno;
	return 0;
}

static void hv_synic_exit(struct rt_kvm *kvm, struct kvm_vcpu *v)
{
	struct kvm_hyperv_exit *hx = &v->run->hyperv;

	pthread_mutex_lock(&kvm->synic_lock);
	v->synic.control = hx->u.synic.control;
	v->synic.siefp = hx->u.synic.evt_page;
	v->synic.simp = hx->u.synic.msg_page;
	pthread_mutex_unlock(&kvm->synic_lock);
	kvm_log_guest(
		kvm, RT_LOG_INFO, "vp%u SynIC msr 0x%x: control 0x%llx siefp 0x%llx simp 0x%llx",
		v->index, hx->u.synic.msr, (unsigned long long)hx->u.synic.control,
		(unsigned long long)hx->u.synic.evt_page, (unsigned long long)hx->u.synic.msg_page);
}

uint64_t kvm_hv_post_input(const uint8_t *mem, uint64_t mem_size, uint64_t control, uint64_t ingpa,
			   struct kvm_hcall *out)
{
	uint8_t in[HV_MESSAGE_SIZE];
	uint32_t conn, type, size;

	if (control & (1ull << 16)) /* fast: HvPostMessage takes a memory input block */
		return HV_STATUS_INVALID_HYPERCALL_INPUT;
	if (ingpa & 7)
		return RT_HV_STATUS_INVALID_ALIGNMENT;
	if (ingpa >= mem_size || mem_size - ingpa < sizeof(in))
		return RT_HV_STATUS_INVALID_PARAMETER;
	/* Copy once; the guest may change the page while we look. */
	memcpy(in, mem + ingpa, sizeof(in));
	memcpy(&conn, in, 4);
	memcpy(&type, in + 8, 4);
	memcpy(&size, in + 12, 4);
	if (size > RT_HV_MESSAGE_PAYLOAD_MAX || type == 0 || (type & 0x80000000u))
		return RT_HV_STATUS_INVALID_PARAMETER;
	out->connection_id = conn;
	out->type = type;
	out->len = size;
	memcpy(out->payload, in + 16, size);
	return RT_HV_STATUS_SUCCESS;
}

/* Copies the HvPostMessage input and waits for the loop's answer. Returns an HV status. */
static int hv_post_message(struct rt_kvm *kvm, struct kvm_vcpu *v, uint64_t control, uint64_t ingpa,
			   uint64_t *status)
{
	struct kvm_hcall in;

	*status = kvm_hv_post_input(kvm->mem, kvm->mem_size, control, ingpa, &in);
	if (*status != RT_HV_STATUS_SUCCESS)
		return 0;

	pthread_mutex_lock(&kvm->hcall_lock);
	v->hcall.connection_id = in.connection_id;
	v->hcall.type = in.type;
	v->hcall.len = in.len;
	memcpy(v->hcall.payload, in.payload, in.len);
	v->hcall.done = false;
	v->hcall.pending = true;
	ev_async_send(kvm->part.loop, &kvm->hcall_async);
	atomic_store_explicit(&v->state, RT_KVM_VCPU_HYPERCALL, memory_order_relaxed);
	while (!v->hcall.done && !atomic_load(&kvm->stopping))
		pthread_cond_wait(&kvm->hcall_cond, &kvm->hcall_lock);
	atomic_store_explicit(&v->state, RT_KVM_VCPU_EXIT, memory_order_relaxed);
	bool done = v->hcall.done;
	*status = v->hcall.status;
	v->hcall.pending = false;
	pthread_mutex_unlock(&kvm->hcall_lock);
	return done ? 0 : -ESHUTDOWN;
}

void kvm_hv_hcall_async_cb(struct ev_loop *loop, ev_async *w, int revents)
{
	struct rt_kvm *kvm = (struct rt_kvm *)((char *)w - offsetof(struct rt_kvm, hcall_async));
	(void)loop;
	(void)revents;

	for (uint32_t i = 0; i < kvm->nvcpus; i++) {
		struct kvm_vcpu *v = &kvm->vcpus[i];
		struct kvm_hcall req;
		enum rt_hv_status st = RT_HV_STATUS_INVALID_CONNECTION_ID;

		pthread_mutex_lock(&kvm->hcall_lock);
		bool todo = v->hcall.pending && !v->hcall.done;
		if (todo)
			req = v->hcall;
		pthread_mutex_unlock(&kvm->hcall_lock);
		if (!todo)
			continue;
		if (kvm->part.cb.on_message)
			st = kvm->part.cb.on_message(kvm->part.cb_ctx, req.connection_id, req.type,
						     req.payload, req.len);
		pthread_mutex_lock(&kvm->hcall_lock);
		v->hcall.status = (uint32_t)st;
		v->hcall.done = true;
		pthread_cond_broadcast(&kvm->hcall_cond);
		pthread_mutex_unlock(&kvm->hcall_lock);
	}
}

int kvm_hv_handle_exit(struct rt_kvm *kvm, struct kvm_vcpu *v)
{
	struct kvm_hyperv_exit *hx = &v->run->hyperv;

	switch (hx->type) {
	case KVM_EXIT_HYPERV_SYNIC:
		hv_synic_exit(kvm, v);
		return 0;
	case KVM_EXIT_HYPERV_HCALL: {
		uint64_t control = hx->u.hcall.input;
		uint64_t status = RT_HV_STATUS_INVALID_HYPERCALL_CODE;
		int r = 0;
		switch (control & 0xffff) {
		case HVCALL_POST_MESSAGE:
			r = hv_post_message(kvm, v, control, hx->u.hcall.params[0], &status);
			break;
		case HVCALL_SIGNAL_EVENT:
			/* KVM found no eventfd bound for this connection id. */
			kvm_log_guest(kvm, RT_LOG_WARN,
				      "HvSignalEvent on unbound connection 0x%llx",
				      (unsigned long long)(hx->u.hcall.params[0] & 0xffffffffu));
			status = HV_STATUS_INVALID_PORT_ID;
			break;
		default:
			kvm_log_guest(kvm, RT_LOG_WARN, "unsupported hypercall 0x%llx",
				      (unsigned long long)control);
			break;
		}
		hx->u.hcall.result = status;
		return r;
	}
	default:
		kvm_log_guest(kvm, RT_LOG_WARN, "vp%u: unknown Hyper-V exit type %u", v->index,
			      hx->type);
		return 0;
	}
}
