/*
 * The kvm partition: VM and vCPU lifetime, the vCPU threads' KVM_RUN loops,
 * and the rt_partition_ops table.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/kvm/kvm_internal.h"
#include "runtime/kvm/kvm_pci.h"
#include "runtime/loop.h"
#include "runtime/util.h"

/* Kicks a vCPU thread out of KVM_RUN; the handler does nothing, EINTR is the point. */
#define KVM_KICK_SIGNAL (SIGRTMIN + 5)

#define KVM_MIN_MEM (64ull << 20)
#define KVM_MAX_MEM (3ull << 30) /* stays below the 3 GiB..4 GiB MMIO hole */

const char *rt_kvm_exit_reason_name(enum rt_kvm_exit_reason reason)
{
	switch (reason) {
	case RT_KVM_EXIT_POWEROFF:
		return "poweroff";
	case RT_KVM_EXIT_REBOOT:
		return "reboot";
	case RT_KVM_EXIT_TRIPLE_FAULT:
		return "triple-fault";
	case RT_KVM_EXIT_ERROR:
		return "error";
	}
	return "?";
}

static int kvm_check_cap(int fd, long cap)
{
	int r = ioctl(fd, KVM_CHECK_EXTENSION, cap);
	return r < 0 ? 0 : r;
}

int kvm_probe_fd(int fd, char *why, size_t why_len)
{
	static const struct {
		long cap;
		const char *name;
	} need[] = {
		{KVM_CAP_IRQCHIP, "KVM_CAP_IRQCHIP"},
		{KVM_CAP_IRQ_ROUTING, "KVM_CAP_IRQ_ROUTING"},
		{KVM_CAP_IRQFD, "KVM_CAP_IRQFD"},
		{KVM_CAP_IRQFD_RESAMPLE, "KVM_CAP_IRQFD_RESAMPLE"},
		{KVM_CAP_SIGNAL_MSI, "KVM_CAP_SIGNAL_MSI"},
		{KVM_CAP_HYPERV, "KVM_CAP_HYPERV"},
		{KVM_CAP_HYPERV_SYNIC2, "KVM_CAP_HYPERV_SYNIC2"},
		{KVM_CAP_HYPERV_VP_INDEX, "KVM_CAP_HYPERV_VP_INDEX"},
		{KVM_CAP_HYPERV_EVENTFD, "KVM_CAP_HYPERV_EVENTFD"},
		{KVM_CAP_HYPERV_CPUID, "KVM_CAP_HYPERV_CPUID"},
	};
	int v = ioctl(fd, KVM_GET_API_VERSION, 0);
	if (v != KVM_API_VERSION) {
		snprintf(why, why_len, "/dev/kvm API version %d, need %d", v, KVM_API_VERSION);
		return -ENODEV;
	}
	for (size_t i = 0; i < sizeof(need) / sizeof(need[0]); i++) {
		if (!kvm_check_cap(fd, need[i].cap)) {
			snprintf(why, why_len,
				 "/dev/kvm lacks %s: this KVM has no in-kernel Hyper-V emulation "
				 "(e.g. a PVM host); run inside the lab VM",
				 need[i].name);
			return -ENODEV;
		}
	}
	return 0;
}

int rt_kvm_probe(char *why, size_t why_len)
{
	int fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		snprintf(why, why_len, "cannot open /dev/kvm: %s", strerror(e));
		return -e;
	}
	int r = kvm_probe_fd(fd, why, why_len);
	close(fd);
	return r;
}

static void kvm_kick_handler(int sig)
{
	(void)sig;
}

void kvm_kick_all(struct rt_kvm *kvm)
{
	for (uint32_t i = 0; i < kvm->nvcpus; i++) {
		struct kvm_vcpu *v = &kvm->vcpus[i];
		if (v->run)
			__atomic_store_n(&v->run->immediate_exit, 1, __ATOMIC_SEQ_CST);
		if (v->thread_started)
			pthread_kill(v->thread, KVM_KICK_SIGNAL);
	}
	pthread_mutex_lock(&kvm->hcall_lock);
	pthread_cond_broadcast(&kvm->hcall_cond);
	pthread_mutex_unlock(&kvm->hcall_lock);
}

/* A reboot or triple fault resets the VM in place instead of ending the partition. */
static bool kvm_vm_restarts(const struct rt_kvm *kvm)
{
	return kvm->cfg.on_reboot == RT_KVM_REBOOT_RESTART;
}

void kvm_vm_request_exit(struct rt_kvm *kvm, enum rt_kvm_exit_reason reason)
{
	int expected = -1;
	if (atomic_compare_exchange_strong(&kvm->exit_reason, &expected, (int)reason)) {
		if (reason == RT_KVM_EXIT_TRIPLE_FAULT)
			kvm_log(kvm, "guest triple fault%s",
				kvm_vm_restarts(kvm) ? ": resetting the VM, as a PC does" : "");
		else if (reason == RT_KVM_EXIT_REBOOT && kvm_vm_restarts(kvm))
			kvm_info(kvm, "guest reboot: resetting the VM");
		else
			kvm_info(kvm, "guest stopped: %s", rt_kvm_exit_reason_name(reason));
		atomic_store(&kvm->stopping, true);
		kvm_kick_all(kvm);
		ev_async_send(kvm->part.loop, &kvm->exit_async);
	}
}

static int kvm_vm_reboot(struct rt_kvm *kvm, enum rt_kvm_exit_reason why);

static void kvm_exit_async_cb(struct ev_loop *loop, ev_async *w, int revents)
{
	struct rt_kvm *kvm = (struct rt_kvm *)((char *)w - offsetof(struct rt_kvm, exit_async));
	(void)loop;
	(void)revents;
	int reason = atomic_load(&kvm->exit_reason);
	if (reason < 0 || kvm->exit_reported)
		return;
	if ((reason == RT_KVM_EXIT_REBOOT || reason == RT_KVM_EXIT_TRIPLE_FAULT) &&
	    kvm_vm_restarts(kvm) && kvm->started) {
		if (kvm_vm_reboot(kvm, (enum rt_kvm_exit_reason)reason) == 0)
			return;
		reason = RT_KVM_EXIT_ERROR;
		atomic_store(&kvm->exit_reason, reason);
	}
	kvm->exit_reported = true;
	kvm_uart_flush(&kvm->uart);
	if (kvm->cfg.on_exit)
		kvm->cfg.on_exit(kvm->cfg.exit_ctx, (enum rt_kvm_exit_reason)reason);
}

static void kvm_mmio_handle(struct rt_kvm *kvm, struct kvm_run *run)
{
	if (kvm->pci && run->mmio.len <= sizeof(run->mmio.data) &&
	    kvm_pci_mmio(kvm->pci, run->mmio.phys_addr, run->mmio.data, run->mmio.len,
			 run->mmio.is_write))
		return;
	/* Nothing else is mapped outside RAM, LAPIC and IOAPIC: reads float high. */
	if (!run->mmio.is_write)
		memset(run->mmio.data, 0xff, sizeof(run->mmio.data));
	kvm_log_guest(kvm, RT_LOG_WARN, "unhandled MMIO %s at 0x%llx len %u",
		      run->mmio.is_write ? "write" : "read",
		      (unsigned long long)run->mmio.phys_addr, run->mmio.len);
}

static void vcpu_state(struct kvm_vcpu *v, enum rt_kvm_vcpu_state st)
{
	atomic_store_explicit(&v->state, (int)st, memory_order_relaxed);
}

static void vcpu_exit(struct kvm_vcpu *v, enum rt_kvm_vcpu_exit_kind k)
{
	atomic_fetch_add_explicit(&v->exits[k], 1, memory_order_relaxed);
}

static enum rt_kvm_vcpu_exit_kind exit_kind(uint32_t reason)
{
	switch (reason) {
	case KVM_EXIT_IO:
		return RT_KVM_VCPU_EXIT_IO;
	case KVM_EXIT_MMIO:
		return RT_KVM_VCPU_EXIT_MMIO;
	case KVM_EXIT_HYPERV:
		return RT_KVM_VCPU_EXIT_HYPERV;
	case KVM_EXIT_INTR:
		return RT_KVM_VCPU_EXIT_INTR;
	case KVM_EXIT_HLT:
		return RT_KVM_VCPU_EXIT_HLT;
	default:
		return RT_KVM_VCPU_EXIT_OTHER;
	}
}

int rt_kvm_vcpu_stats(struct rt_partition *p, uint32_t index, struct rt_kvm_vcpu_stats *out)
{
	struct rt_kvm *kvm = rt_kvm_of(p);
	struct kvm_vcpu *v;

	if (index >= kvm->nvcpus)
		return -ENOENT;
	v = &kvm->vcpus[index];
	out->state = (enum rt_kvm_vcpu_state)atomic_load_explicit(&v->state, memory_order_relaxed);
	for (int k = 0; k < RT_KVM_VCPU_EXIT_KINDS; k++)
		out->exits[k] = atomic_load_explicit(&v->exits[k], memory_order_relaxed);
	return 0;
}

const char *rt_kvm_vcpu_state_name(enum rt_kvm_vcpu_state s)
{
	static const char *const names[] = {"stopped", "guest", "exit", "hypercall"};

	return (unsigned)s < RT_ARRAY_SIZE(names) ? names[s] : "?";
}

const char *rt_kvm_vcpu_exit_kind_name(enum rt_kvm_vcpu_exit_kind k)
{
	static const char *const names[] = {"io", "mmio", "hyperv", "intr", "hlt", "other"};

	return (unsigned)k < RT_ARRAY_SIZE(names) ? names[k] : "?";
}

static void *kvm_vcpu_thread(void *arg)
{
	struct kvm_vcpu *v = arg;
	struct rt_kvm *kvm = v->kvm;
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, KVM_KICK_SIGNAL);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);

	while (!atomic_load(&kvm->stopping) && !atomic_load(&kvm->pausing)) {
		vcpu_state(v, RT_KVM_VCPU_GUEST);
		int r = ioctl(v->fd, KVM_RUN, 0);
		vcpu_state(v, RT_KVM_VCPU_EXIT);
		if (r < 0) {
			vcpu_exit(v, RT_KVM_VCPU_EXIT_INTR);
			if (errno == EINTR || errno == EAGAIN) {
				__atomic_store_n(&v->run->immediate_exit, 0, __ATOMIC_SEQ_CST);
				continue;
			}
			kvm_log(kvm, "vcpu%u: KVM_RUN: %s", v->index, strerror(errno));
			kvm_vm_request_exit(kvm, RT_KVM_EXIT_ERROR);
			break;
		}
		struct kvm_run *run = v->run;
		vcpu_exit(v, exit_kind(run->exit_reason));
		switch (run->exit_reason) {
		case KVM_EXIT_IO:
			if (kvm_pio_handle(kvm, v) < 0)
				goto out;
			break;
		case KVM_EXIT_MMIO:
			kvm_mmio_handle(kvm, run);
			break;
		case KVM_EXIT_HYPERV:
			if (kvm_hv_handle_exit(kvm, v) < 0)
				goto out;
			break;
		case KVM_EXIT_SHUTDOWN:
			kvm_vm_request_exit(kvm, RT_KVM_EXIT_TRIPLE_FAULT);
			goto out;
		case KVM_EXIT_SYSTEM_EVENT:
			kvm_vm_request_exit(kvm, run->system_event.type == KVM_SYSTEM_EVENT_RESET
							 ? RT_KVM_EXIT_REBOOT
							 : RT_KVM_EXIT_POWEROFF);
			goto out;
		case KVM_EXIT_INTR:
		case KVM_EXIT_HLT:
			break;
		case KVM_EXIT_FAIL_ENTRY:
			kvm_log(kvm, "vcpu%u: entry failed, reason 0x%llx", v->index,
				(unsigned long long)run->fail_entry.hardware_entry_failure_reason);
			kvm_vm_request_exit(kvm, RT_KVM_EXIT_ERROR);
			goto out;
		case KVM_EXIT_INTERNAL_ERROR:
			kvm_log(kvm, "vcpu%u: KVM internal error, suberror %u", v->index,
				run->internal.suberror);
			kvm_vm_request_exit(kvm, RT_KVM_EXIT_ERROR);
			goto out;
		default:
			kvm_log(kvm, "vcpu%u: unhandled exit %u", v->index, run->exit_reason);
			kvm_vm_request_exit(kvm, RT_KVM_EXIT_ERROR);
			goto out;
		}
	}
out:
	vcpu_state(v, RT_KVM_VCPU_STOPPED);
	/* kvm_vm_pause waits for every thread to get here. */
	pthread_mutex_lock(&kvm->hcall_lock);
	kvm->vcpus_running--;
	pthread_cond_broadcast(&kvm->hcall_cond);
	pthread_mutex_unlock(&kvm->hcall_lock);
	return NULL;
}

/* Starts one thread per vCPU. Returns 0 or a negative errno (threads started so far keep running). */
int kvm_vm_spawn(struct rt_kvm *kvm)
{
	sigset_t set, old;
	int r = 0;

	pthread_mutex_lock(&kvm->hcall_lock);
	kvm->vcpus_running = kvm->nvcpus;
	pthread_mutex_unlock(&kvm->hcall_lock);
	/* vCPU threads start with the kick signal blocked and unblock it themselves. */
	sigemptyset(&set);
	sigaddset(&set, KVM_KICK_SIGNAL);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	for (uint32_t i = 0; i < kvm->nvcpus; i++) {
		struct kvm_vcpu *v = &kvm->vcpus[i];
		r = -pthread_create(&v->thread, NULL, kvm_vcpu_thread, v);
		if (r < 0) {
			kvm_log(kvm, "vcpu%u: pthread_create: %s", i, strerror(-r));
			pthread_mutex_lock(&kvm->hcall_lock);
			kvm->vcpus_running -= kvm->nvcpus - i;
			pthread_mutex_unlock(&kvm->hcall_lock);
			break;
		}
		v->thread_started = true;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return r;
}

/* Stops and joins every vCPU thread. */
static void kvm_vm_join(struct rt_kvm *kvm)
{
	atomic_store(&kvm->stopping, true);
	kvm_kick_all(kvm);
	for (uint32_t i = 0; i < kvm->nvcpus; i++) {
		struct kvm_vcpu *v = &kvm->vcpus[i];
		if (v->thread_started) {
			pthread_join(v->thread, NULL);
			v->thread_started = false;
		}
	}
}

static int kvm_vm_start(struct rt_partition *p)
{
	struct rt_kvm *kvm = rt_kvm_of(p);
	int r;

	if (kvm->started)
		return -EALREADY;
	kvm->started = true;
	ev_async_start(p->loop, &kvm->exit_async);
	ev_async_start(p->loop, &kvm->hcall_async);
	kvm_hv_start(kvm);
	r = kvm_vm_spawn(kvm);
	if (r < 0)
		kvm_vm_request_exit(kvm, RT_KVM_EXIT_ERROR);
	return r;
}

static void kvm_vm_stop(struct rt_partition *p)
{
	struct rt_kvm *kvm = rt_kvm_of(p);

	kvm_vm_join(kvm);
	if (kvm->started) {
		kvm_hv_stop(kvm);
		ev_async_stop(p->loop, &kvm->exit_async);
		ev_async_stop(p->loop, &kvm->hcall_async);
		kvm->started = false;
	}
	kvm_uart_flush(&kvm->uart);
}

/* Closes the vCPUs and the VM: every piece of KVM state goes; RAM and eventfds stay. */
void kvm_vm_unbuild(struct rt_kvm *kvm)
{
	for (uint32_t i = 0; i < kvm->nvcpus; i++) {
		struct kvm_vcpu *v = &kvm->vcpus[i];
		if (v->run)
			munmap(v->run, v->run_size);
		v->run = NULL;
		if (v->fd >= 0)
			close(v->fd);
		v->fd = -1;
	}
	if (kvm->vm_fd >= 0)
		close(kvm->vm_fd);
	kvm->vm_fd = -1;
}

void kvm_vm_destroy(struct rt_partition *p)
{
	struct rt_kvm *kvm;

	if (!p)
		return;
	kvm = rt_kvm_of(p);
	kvm_vm_stop(p);
	/* The devices' threads stop before the VM they signal goes. */
	kvm_pci_destroy(kvm->pci);
	kvm->pci = NULL;
	kvm_vm_unbuild(kvm);
	kvm_hv_teardown(kvm);
	if (kvm->mem)
		munmap(kvm->mem, kvm->mem_size);
	if (kvm->part.gmem)
		rt_gmem_destroy(kvm->part.gmem);
	if (kvm->kvm_fd >= 0)
		close(kvm->kvm_fd);
	if (kvm->uart.log_fd >= 0)
		close(kvm->uart.log_fd);
	pthread_mutex_destroy(&kvm->pio_lock);
	pthread_mutex_destroy(&kvm->synic_lock);
	pthread_mutex_destroy(&kvm->hcall_lock);
	pthread_cond_destroy(&kvm->hcall_cond);
	pthread_rwlock_destroy(&kvm->msi_lock);
	free(kvm->cmdline);
	if (!kvm->cfg.log)
		rt_log_fini(&kvm->own_log);
	free(kvm);
}

/*
 * Servicing: every vCPU thread leaves its KVM_RUN loop after the exit it is
 * handling (a vCPU waiting in HvPostMessage gets its answer: the loop is us,
 * so we answer hypercalls while we wait), then KVM completes each vCPU's
 * last exit (a port read's data, a hypercall's result, RIP past the
 * instruction) in one KVM_RUN with immediate_exit set, as the KVM API asks
 * before state is read (Documentation/virt/kvm/api.rst, KVM_EXIT_IO note;
 * Linux tools/testing/selftests/kvm vcpu_run_complete_io). The resample
 * watchers stop, so nothing but a quiesced device raises a SINT from here.
 */
#define KVM_PAUSE_TIMEOUT_NS (5ull * 1000000000ull)

static int kvm_vm_pause(struct rt_partition *p)
{
	struct rt_kvm *kvm = rt_kvm_of(p);
	struct timespec ts;
	uint64_t t0;
	int running;

	rt_loop_assert_thread(p->loop);
	if (!kvm->started || kvm->paused || atomic_load(&kvm->exit_reason) >= 0)
		return -EBUSY;
	t0 = kvm_now_ns();
	atomic_store(&kvm->pausing, true);
	kvm_kick_all(kvm);
	for (;;) {
		kvm_hv_hcall_async_cb(p->loop, &kvm->hcall_async, 0);
		pthread_mutex_lock(&kvm->hcall_lock);
		running = kvm->vcpus_running;
		if (running) {
			rt_deadline_in_ms(&ts, 1);
			pthread_cond_timedwait(&kvm->hcall_cond, &kvm->hcall_lock, &ts);
		}
		pthread_mutex_unlock(&kvm->hcall_lock);
		if (!running)
			break;
		if (kvm_now_ns() - t0 > KVM_PAUSE_TIMEOUT_NS) {
			rt_log_err(&kvm->lo, "pause: %d vCPUs still running after 5 s", running);
			atomic_store(&kvm->pausing, false);
			return -ETIMEDOUT;
		}
		/* A kick can land between the flag check and KVM_RUN: kick again. */
		kvm_kick_all(kvm);
	}
	for (uint32_t i = 0; i < kvm->nvcpus; i++) {
		struct kvm_vcpu *v = &kvm->vcpus[i];
		if (v->thread_started) {
			pthread_join(v->thread, NULL);
			v->thread_started = false;
		}
		__atomic_store_n(&v->run->immediate_exit, 1, __ATOMIC_SEQ_CST);
		if (ioctl(v->fd, KVM_RUN, 0) == 0 || errno != EINTR)
			kvm_log(kvm, "vcpu%u: completing the last exit: %s", i,
				errno == EINTR ? "ran" : strerror(errno));
		__atomic_store_n(&v->run->immediate_exit, 0, __ATOMIC_SEQ_CST);
	}
	kvm_hv_stop(kvm);
	kvm_uart_flush(&kvm->uart);
	kvm->paused = true;
	/* The guest stopped by itself meanwhile (power-off, reboot): not now. */
	if (atomic_load(&kvm->exit_reason) >= 0) {
		p->ops->resume(p);
		return -EBUSY;
	}
	return 0;
}

static void kvm_vm_resume(struct rt_partition *p)
{
	struct rt_kvm *kvm = rt_kvm_of(p);

	rt_loop_assert_thread(p->loop);
	if (!kvm->paused)
		return;
	kvm->paused = false;
	atomic_store(&kvm->pausing, false);
	kvm_hv_start(kvm);
	if (kvm_vm_spawn(kvm) < 0)
		kvm_vm_request_exit(kvm, RT_KVM_EXIT_ERROR);
	/* An exit requested while paused is reported now. */
	ev_async_send(p->loop, &kvm->exit_async);
}

const struct rt_partition_ops kvm_partition_ops = {
	.name = "kvm",
	.start = kvm_vm_start,
	.stop = kvm_vm_stop,
	.destroy = kvm_vm_destroy,
	.post_message = kvm_hv_post_message,
	.signal_guest = kvm_hv_signal_guest,
	.bind_guest_signal = kvm_hv_bind_guest_signal,
	.pause = kvm_vm_pause,
	.resume = kvm_vm_resume,
	.save = kvm_vm_save,
};

int rt_kvm_guest_memory(struct rt_partition *p, void **hva, uint64_t *size)
{
	struct rt_kvm *kvm = rt_kvm_of(p);
	*hva = kvm->mem;
	*size = kvm->mem_size;
	return kvm->mem_fd;
}

uint32_t rt_kvm_reboot_count(struct rt_partition *p)
{
	return rt_kvm_of(p)->reboots;
}

/* The memfd and our mapping of it; they live as long as the partition, across reboots. */
static int kvm_vm_create_memory(struct rt_kvm *kvm)
{
	int r = rt_gmem_create_memfd(kvm->mem_size, &kvm->part.gmem);
	if (r < 0)
		return r;
	/*
	 * Our own mapping of the same memfd: KVM's memory slot, the loader and
	 * the SynIC pages use it; VSPs go through part.gmem.
	 */
	kvm->mem_fd = rt_gmem_fd(kvm->part.gmem);
	void *m = mmap(NULL, kvm->mem_size, PROT_READ | PROT_WRITE, MAP_SHARED, kvm->mem_fd, 0);
	if (m == MAP_FAILED)
		return -errno;
	kvm->mem = m;
	return 0;
}

int kvm_vcpu_create(struct rt_kvm *kvm, uint32_t i)
{
	struct kvm_vcpu *v = &kvm->vcpus[i];
	struct kvm_enable_cap cap;
	int r;

	v->kvm = kvm;
	v->index = i;
	v->fd = ioctl(kvm->vm_fd, KVM_CREATE_VCPU, (unsigned long)i);
	if (v->fd < 0)
		return -errno;
	r = ioctl(kvm->kvm_fd, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (r < 0)
		return -errno;
	v->run_size = (size_t)r;
	void *m = mmap(NULL, v->run_size, PROT_READ | PROT_WRITE, MAP_SHARED, v->fd, 0);
	if (m == MAP_FAILED)
		return -errno;
	v->run = m;
	r = kvm_hv_set_cpuid(kvm, v);
	if (r < 0)
		return r;
	memset(&cap, 0, sizeof(cap));
	cap.cap = KVM_CAP_HYPERV_SYNIC2;
	if (ioctl(v->fd, KVM_ENABLE_CAP, &cap) < 0) {
		r = -errno;
		kvm_log(kvm, "vcpu%u: KVM_ENABLE_CAP(HYPERV_SYNIC2): %s", i, strerror(-r));
		return r;
	}
	return 0;
}

/* The VM on the existing guest RAM: irqchip, PIT, memory slot. Undo with kvm_vm_unbuild. */
int kvm_vm_create_vm(struct rt_kvm *kvm)
{
	struct kvm_userspace_memory_region region;
	struct kvm_pit_config pit;
	int r;

	kvm->vm_fd = ioctl(kvm->kvm_fd, KVM_CREATE_VM, 0);
	if (kvm->vm_fd < 0) {
		r = -errno;
		kvm_log(kvm, "KVM_CREATE_VM: %s", strerror(-r));
		return r;
	}
	/* Needed on Intel (real-mode TSS for the AP trampoline); harmless elsewhere. */
	ioctl(kvm->vm_fd, KVM_SET_TSS_ADDR, 0xfffbd000ul);
	if (ioctl(kvm->vm_fd, KVM_CREATE_IRQCHIP, 0) < 0) {
		r = -errno;
		kvm_log(kvm, "KVM_CREATE_IRQCHIP: %s", strerror(-r));
		return r;
	}
	/* The PIT gives Linux its early timer tick and the IO-APIC timer check. */
	memset(&pit, 0, sizeof(pit));
	if (ioctl(kvm->vm_fd, KVM_CREATE_PIT2, &pit) < 0) {
		r = -errno;
		kvm_log(kvm, "KVM_CREATE_PIT2: %s", strerror(-r));
		return r;
	}
	memset(&region, 0, sizeof(region));
	region.slot = 0;
	region.guest_phys_addr = 0;
	region.memory_size = kvm->mem_size;
	region.userspace_addr = (uintptr_t)kvm->mem;
	if (ioctl(kvm->vm_fd, KVM_SET_USER_MEMORY_REGION, &region) < 0) {
		r = -errno;
		kvm_log(kvm, "guest memory (%llu MiB): %s",
			(unsigned long long)(kvm->mem_size >> 20), strerror(-r));
		return r;
	}
	return 0;
}

/*
 * Creates the VM (kvm_vm_create_vm), loads the kernel, initrd and ACPI
 * tables, creates the vCPUs and SynIC routes and sets the BSP up for the
 * 64-bit entry: the machine as at power-on. On error the caller undoes it
 * with kvm_vm_unbuild.
 */
static int kvm_vm_build(struct rt_kvm *kvm)
{
	int r = kvm_vm_create_vm(kvm);

	if (r < 0)
		return r;
	r = kvm_boot_load(kvm);
	if (r < 0)
		return r;
	for (uint32_t i = 0; i < kvm->nvcpus; i++) {
		r = kvm_vcpu_create(kvm, i);
		if (r < 0) {
			kvm_log(kvm, "vcpu%u: %s", i, strerror(-r));
			return r;
		}
	}
	r = kvm_hv_setup_vm(kvm);
	if (r < 0)
		return r;
	return kvm_boot_setup_bsp(kvm, &kvm->vcpus[0]);
}

/*
 * Guest RAM as at power-on: all zero, so nothing of the old session (rings,
 * GPADL buffers, SynIC pages) is seen by the next boot or by the host.
 * Punching the memfd frees the pages instead of writing 512 MiB.
 */
static void kvm_vm_zero_ram(struct rt_kvm *kvm)
{
	if (fallocate(kvm->mem_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0,
		      (off_t)kvm->mem_size) == 0)
		return;
	memset(kvm->mem, 0, kvm->mem_size);
}

uint64_t kvm_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/*
 * The guest asked for a reset (loop thread, vCPUs already told to stop). The
 * VM is re-created rather than its vCPUs reset through KVM_SET_MSRS/REGS/
 * SREGS/LAPIC: a new VM has, with certainty, power-on LAPICs, IOAPIC, PIC,
 * PIT, per-vCPU SynIC and synthetic timers, VM-wide Hyper-V MSRs (guest OS
 * id, hypercall page, reference TSC page), no pending interrupts and no
 * KVM_HYPERV_EVENTFD routes, whereas a list of registers to reset could
 * miss some piece of in-kernel state. Guest RAM (the memfd the VMBus server
 * holds through part.gmem), the SINT eventfds, the UART's log and the CMOS
 * RAM stay. Returns 0 with the guest running again, or a negative errno
 * (the caller reports RT_KVM_EXIT_ERROR).
 */
static int kvm_vm_reboot(struct rt_kvm *kvm, enum rt_kvm_exit_reason why)
{
	uint64_t t0 = kvm_now_ns();
	uint32_t max = kvm->max_reboots;
	int r;

	if (kvm->reboots >= max &&
	    t0 - kvm->reboot_ns[(kvm->reboots - max) % KVM_REBOOT_RING] < KVM_REBOOT_WINDOW_NS) {
		rt_log_err(&kvm->lo, "%u reboots within 60 s: stopping the guest (reboot loop)",
			   max + 1);
		return -ELOOP;
	}
	kvm_vm_join(kvm);
	kvm_hv_stop(kvm);
	kvm_uart_flush(&kvm->uart);
	kvm_hv_reset(kvm);
	/*
	 * The VMBus server closes every channel (joining its workers, waiting
	 * for their I/O) and drops every GPADL while the old VM still exists:
	 * their KVM_HYPERV_EVENTFD routes are removed where they were made.
	 */
	if (kvm->part.cb.on_reset)
		kvm->part.cb.on_reset(kvm->part.cb_ctx);
	/*
	 * PCI functions back to power-on (devices reset: no DMA into the RAM
	 * about to be zeroed, no MSI for the VM about to go).
	 */
	kvm_pci_reset(kvm->pci);
	uint64_t t_reset = kvm_now_ns();
	pthread_rwlock_wrlock(&kvm->msi_lock);
	kvm_vm_unbuild(kvm);
	pthread_rwlock_unlock(&kvm->msi_lock);
	kvm_vm_zero_ram(kvm);
	uint64_t t_zero = kvm_now_ns();

	pthread_mutex_lock(&kvm->pio_lock);
	kvm_uart_init(&kvm->uart, kvm->uart.log_fd, kvm->uart.echo);
	kvm->pm1_en = kvm->pm1_sts = 0;
	kvm->cmos_index = 0;
	kvm->pci_addr = 0;
	pthread_mutex_unlock(&kvm->pio_lock);

	pthread_rwlock_wrlock(&kvm->msi_lock);
	r = kvm_vm_build(kvm);
	pthread_rwlock_unlock(&kvm->msi_lock);
	if (r < 0) {
		rt_log_err(&kvm->lo, "reboot: cannot re-create the VM: %s", strerror(-r));
		return r;
	}
	kvm->reboot_ns[kvm->reboots % KVM_REBOOT_RING] = t0;
	kvm->reboots++;
	atomic_store(&kvm->exit_reason, -1);
	atomic_store(&kvm->stopping, false);
	kvm_hv_start(kvm);
	r = kvm_vm_spawn(kvm);
	if (r < 0)
		return r;
	uint64_t t_end = kvm_now_ns();
	kvm_info(kvm,
		 "reboot %u (%s): guest restarted %.1f ms after the reset request (vCPUs and "
		 "on_reset %.1f, VM teardown and RAM zeroing %.1f, new VM and loading %.1f)",
		 kvm->reboots, rt_kvm_exit_reason_name(why), (double)(t_end - t0) / 1e6,
		 (double)(t_reset - t0) / 1e6, (double)(t_zero - t_reset) / 1e6,
		 (double)(t_end - t_zero) / 1e6);
	return 0;
}

/*
 * MSI-X delivery of the PCI bus (any device thread): KVM_SIGNAL_MSI goes
 * through the same in-kernel MSI path as an irqfd on an MSI route would,
 * without a GSI per vector to keep in step with the guest's table writes.
 */
static int kvm_vm_signal_msi(void *ctx, uint64_t addr, uint32_t data)
{
	struct rt_kvm *kvm = ctx;
	struct kvm_msi msi;
	int r = -ENOTCONN;

	memset(&msi, 0, sizeof(msi));
	msi.address_lo = (uint32_t)addr;
	msi.address_hi = (uint32_t)(addr >> 32);
	msi.data = data;
	pthread_rwlock_rdlock(&kvm->msi_lock);
	/* > 0 delivered, 0 blocked by the guest (its APIC is off): both are the guest's business. */
	if (kvm->vm_fd >= 0)
		r = ioctl(kvm->vm_fd, KVM_SIGNAL_MSI, &msi) < 0 ? -errno : 0;
	pthread_rwlock_unlock(&kvm->msi_lock);
	return r;
}

_Static_assert(KVM_PCI_MMIO32_LIMIT - KVM_PCI_MMIO32_BASE + 1 == KVM_PCI_MMIO32_LEN,
	       "kvm_layout.h: 32-bit window length");
_Static_assert(KVM_PCI_MMIO64_LIMIT - KVM_PCI_MMIO64_BASE + 1 == KVM_PCI_MMIO64_LEN,
	       "kvm_layout.h: 64-bit window length");
_Static_assert(KVM_PCI_MMIO32_BASE >= KVM_MAX_MEM && KVM_PCI_MMIO32_LIMIT < KVM_IOAPIC_GPA,
	       "kvm_layout.h: the 32-bit window lies between RAM and the IO-APIC");

int kvm_vm_create_pci(struct rt_kvm *kvm)
{
	struct kvm_pci_config pc = {
		.gmem = kvm->part.gmem,
		.log = kvm->lo.log,
		.signal_msi = kvm_vm_signal_msi,
		.ctx = kvm,
		.mmio32_base = KVM_PCI_MMIO32_BASE,
		.mmio32_end = KVM_PCI_MMIO32_LIMIT + 1ull,
		.mmio64_base = KVM_PCI_MMIO64_BASE,
		.mmio64_end = KVM_PCI_MMIO64_LIMIT + 1ull,
	};

	return kvm_pci_create(&pc, &kvm->pci);
}

int rt_kvm_pci_add(struct rt_partition *p, struct pcidev *dev, int slot, uint8_t *devfn)
{
	struct rt_kvm *kvm = rt_kvm_of(p);

	if (kvm->started)
		return -EBUSY;
	return kvm_pci_add(kvm->pci, dev, slot, devfn);
}

int rt_kvm_pci_stats(struct rt_partition *p, uint8_t devfn, struct rt_kvm_pci_stats *out)
{
	struct rt_kvm *kvm = rt_kvm_of(p);
	struct kvm_msix_stats ms = {0};
	struct kvm_pci_stats bs;
	int r;

	if (!kvm->pci)
		return -ENOENT;
	r = kvm_pci_msix_stats(kvm->pci, devfn, &ms);
	if (r < 0 && r != -ENOENT)
		return r;
	kvm_pci_get_stats(kvm->pci, &bs);
	*out = (struct rt_kvm_pci_stats){
		.msix_delivered = ms.delivered,
		.msix_pended = ms.pended,
		.msix_dropped = ms.dropped,
		.msix_bad_vector = ms.bad_vector,
		.msix_errors = ms.deliver_errors,
		.bus_cfg_bad = bs.cfg_bad,
		.bus_mmio_bad = bs.mmio_bad,
		.bus_dma_faults = bs.dma_faults,
		.bus_msi_bad = bs.msi_bad,
	};
	return 0;
}

static int kvm_open_log(const struct rt_kvm_config *cfg)
{
	if (!cfg->serial_log_path)
		return -1;
	return open(cfg->serial_log_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
}

int kvm_alloc(struct ev_loop *loop, const struct rt_kvm_config *cfg, int log_fd,
	      struct rt_kvm **out)
{
	struct rt_kvm *kvm = NULL;
	struct sigaction sa;
	int rc = -EINVAL;

	*out = NULL;
	if (!cfg->kernel_path || cfg->vcpus == 0 || cfg->vcpus > RT_KVM_MAX_VCPUS ||
	    cfg->mem_bytes < KVM_MIN_MEM || cfg->mem_bytes > KVM_MAX_MEM ||
	    (cfg->mem_bytes & 0xfffff) || cfg->max_reboots_per_min > KVM_REBOOT_RING ||
	    (cfg->on_reboot != RT_KVM_REBOOT_RESTART && cfg->on_reboot != RT_KVM_REBOOT_STOP))
		goto fail_fd;

	rc = -ENOMEM;
	kvm = calloc(1, sizeof(*kvm));
	if (!kvm)
		goto fail_fd;
	kvm->cfg = *cfg;
	kvm->cmdline = strdup(cfg->cmdline ? cfg->cmdline : "console=ttyS0");
	kvm->kvm_fd = kvm->vm_fd = kvm->mem_fd = -1;
	kvm->mem_size = cfg->mem_bytes;
	kvm->nvcpus = cfg->vcpus;
	kvm->max_reboots = cfg->max_reboots_per_min ? cfg->max_reboots_per_min
						    : RT_KVM_DEFAULT_MAX_REBOOTS_PER_MIN;
	for (uint32_t i = 0; i < RT_KVM_MAX_VCPUS; i++) {
		kvm->vcpus[i].fd = -1;
		for (int s = 0; s < KVM_SINT_COUNT; s++) {
			kvm->vcpus[i].synic.irqfd[s] = -1;
			kvm->vcpus[i].synic.resamplefd[s] = -1;
			kvm->vcpus[i].synic.tail[s] = &kvm->vcpus[i].synic.head[s];
		}
	}
	atomic_init(&kvm->exit_reason, -1);
	atomic_init(&kvm->stopping, false);
	atomic_init(&kvm->pausing, false);
	if (cfg->log) {
		rt_log_obj_init(&kvm->lo, cfg->log, "kvm");
	} else {
		rt_log_init(&kvm->own_log);
		rt_log_obj_init(&kvm->lo, &kvm->own_log, "kvm");
	}
	pthread_mutex_init(&kvm->pio_lock, NULL);
	pthread_mutex_init(&kvm->synic_lock, NULL);
	pthread_mutex_init(&kvm->hcall_lock, NULL);
	pthread_cond_init(&kvm->hcall_cond, NULL);
	pthread_rwlock_init(&kvm->msi_lock, NULL);
	ev_async_init(&kvm->exit_async, kvm_exit_async_cb);
	ev_async_init(&kvm->hcall_async, kvm_hv_hcall_async_cb);
	kvm_uart_init(&kvm->uart, log_fd, cfg->console_echo);
	kvm->part.ops = &kvm_partition_ops;
	kvm->part.loop = loop;
	kvm->part.gmem = NULL;
	kvm->part.vp_count = cfg->vcpus;
	*out = kvm;
	if (!kvm->cmdline) {
		kvm_vm_destroy(&kvm->part);
		*out = NULL;
		return -ENOMEM;
	}

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = kvm_kick_handler;
	sigemptyset(&sa.sa_mask);
	sigaction(KVM_KICK_SIGNAL, &sa, NULL);
	return 0;

fail_fd:
	if (log_fd >= 0)
		close(log_fd);
	return rc;
}

int kvm_open_dev(struct rt_kvm *kvm)
{
	char why[256];
	int r;

	kvm->kvm_fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (kvm->kvm_fd < 0) {
		r = -errno;
		kvm_log(kvm, "cannot open /dev/kvm: %s", strerror(-r));
		return r;
	}
	r = kvm_probe_fd(kvm->kvm_fd, why, sizeof(why));
	if (r < 0)
		kvm_log(kvm, "%s", why);
	return r;
}

int rt_partition_kvm_create(struct ev_loop *loop, const struct rt_kvm_config *cfg,
			    struct rt_partition **out)
{
	struct rt_kvm *kvm;
	int log_fd = kvm_open_log(cfg);
	int r;

	*out = NULL;
	r = kvm_alloc(loop, cfg, log_fd, &kvm);
	if (r < 0)
		return r;
	if (cfg->serial_log_path && kvm->uart.log_fd < 0) {
		r = -errno;
		kvm_log(kvm, "%s: %s", cfg->serial_log_path, strerror(-r));
		goto fail;
	}
	r = kvm_open_dev(kvm);
	if (r < 0)
		goto fail;
	r = kvm_vm_create_memory(kvm);
	if (r < 0) {
		kvm_log(kvm, "guest memory (%llu MiB): %s",
			(unsigned long long)(kvm->mem_size >> 20), strerror(-r));
		goto fail;
	}
	r = kvm_vm_create_pci(kvm);
	if (r < 0) {
		kvm_log(kvm, "PCI bus: %s", strerror(-r));
		goto fail;
	}
	r = kvm_vm_build(kvm);
	if (r < 0)
		goto fail;
	*out = &kvm->part;
	return 0;
fail:
	kvm_vm_destroy(&kvm->part);
	return r;
}
