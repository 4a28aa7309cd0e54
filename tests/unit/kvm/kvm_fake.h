/*
 * The kvm partition object without /dev/kvm, for the kvm Check tests. It is
 * made by the backend's own kvm_alloc() (locks, log, UART, per-vCPU SynIC
 * state, the partition ops, nothing of KVM), so a test starts from the state
 * a real partition has; kvm_fake_free() is the backend's kvm_vm_destroy().
 * On top: `mem` bytes of anonymous guest RAM at GPA 0 (0: none; the caller
 * maps its own into kvm->mem and kvm->mem_size) and, when run_size is not 0,
 * a kvm_run area for each of the partition's vCPUs, which the exit handlers
 * read and write as KVM_RUN leaves them.
 */
#ifndef PV_TESTS_UNIT_KVM_FAKE_H
#define PV_TESTS_UNIT_KVM_FAKE_H

#include <check.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runtime/kvm/kvm_internal.h"

/* cfg's kernel_path, mem_bytes and vcpus default to kvm_alloc's minimum (one vCPU, 64 MiB). */
static inline struct rt_kvm *kvm_fake_new(struct ev_loop *loop, struct rt_kvm_config cfg,
					  size_t mem, size_t run_size)
{
	struct rt_kvm *kvm;

	if (!cfg.kernel_path)
		cfg.kernel_path = "/nonexistent/vmlinux"; /* checked by kvm_alloc, never opened */
	if (!cfg.mem_bytes)
		cfg.mem_bytes = 64u << 20;
	if (!cfg.vcpus)
		cfg.vcpus = 1;
	ck_assert_int_eq(kvm_alloc(loop, &cfg, -1, &kvm), 0);
	/* The tests feed bad input on purpose: errors only, unless PV_LOG asks for more. */
	if (!cfg.log && !getenv("PV_LOG"))
		rt_log_set_level(&kvm->own_log, RT_LOG_ERROR);
	if (mem) {
		kvm->mem =
			mmap(NULL, mem, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		ck_assert(kvm->mem != MAP_FAILED);
		kvm->mem_size = mem;
	} else {
		kvm->mem_size = 0;
	}
	for (uint32_t i = 0; run_size && i < kvm->nvcpus; i++) {
		struct kvm_vcpu *v = &kvm->vcpus[i];

		v->kvm = kvm;
		v->index = i;
		v->run_size = run_size;
		v->run = mmap(NULL, run_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
			      -1, 0);
		ck_assert(v->run != MAP_FAILED);
	}
	return kvm;
}

/* kvm_vm_destroy() unmaps the RAM and the kvm_run areas; a memfd behind the RAM is closed here. */
static inline void kvm_fake_free(struct rt_kvm *kvm)
{
	if (kvm->mem_fd >= 0)
		close(kvm->mem_fd);
	kvm_vm_destroy(&kvm->part);
}

#endif
