/*
 * Private state of the kvm partition, shared by its files (kvm_vm.c owns the
 * VM and vCPU threads, kvm_boot.c loads the kernel, kvm_acpi.c builds the
 * tables, kvm_uart.c and kvm_pio.c emulate port I/O, kvm_hv.c the Hyper-V
 * parts that KVM leaves to user space).
 */
#ifndef RT_KVM_INTERNAL_H
#define RT_KVM_INTERNAL_H

#include <ev.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/kvm/kvm_layout.h"
#include "runtime/kvm/kvm_partition.h"
#include "runtime/log.h"

struct kvm_pci;
struct kvm_run;
struct rt_ss_writer;

#define KVM_SINT_COUNT 16
/*
 * Messages waiting behind one busy SIMP slot. A guest that never frees its
 * slot but keeps posting (each post gets an answer) would otherwise grow the
 * queue without end; past this, post_message fails with -ENOBUFS. Above the
 * 2047 offers a REQUESTOFFERS can produce at once.
 */
#define KVM_MSG_QUEUE_MAX 4096
/* First GSI used for Hyper-V SINT routes; 0..23 are the IOAPIC/PIC lines. */
#define KVM_SINT_GSI_BASE 24

/* Reboot loop bound: at most max_reboots (<= KVM_REBOOT_RING) within the window. */
#define KVM_REBOOT_RING 64
#define KVM_REBOOT_WINDOW_NS (60ull * 1000000000ull)

/* Guest physical layout (below 1 MiB, then the kernel at 16 MiB). */
#define KVM_GDT_GPA 0x500
#define KVM_BOOT_PARAMS_GPA 0x7000
#define KVM_PML4_GPA 0x9000
#define KVM_PDPT_GPA 0xa000
#define KVM_PD_GPA 0xb000 /* four pages: identity map of 4 GiB with 2 MiB pages */
#define KVM_CMDLINE_GPA 0x20000
#define KVM_CMDLINE_MAX 2048
#define KVM_LOWMEM_END 0x9fc00
#define KVM_ACPI_GPA 0xe0000 /* RSDP first: Linux also scans 0xe0000..0xfffff */
#define KVM_ACPI_END 0x100000

/* ACPI fixed hardware we emulate (FADT). */
#define KVM_PM1A_EVT_PORT 0x600
#define KVM_PM1A_CNT_PORT 0x604
#define KVM_SCI_IRQ 9
#define KVM_UART_PORT 0x3f8
#define KVM_UART_IRQ 4
#define KVM_IOAPIC_GPA 0xfec00000u
#define KVM_LAPIC_GPA 0xfee00000u

/* 8250 UART state; touched only by vCPU threads under kvm->pio_lock. */
struct kvm_uart {
	uint8_t ier, lcr, mcr, scr, dll, dlm, fcr;
	bool thri_pending; /* THR-empty interrupt waiting for an IIR read */
	bool irq_level;
	int log_fd;
	bool echo;
	char line[256]; /* partial line for the echo, so vCPU output is not interleaved badly */
	size_t line_len;
};

/* A host->guest message waiting for its SIMP slot. */
struct kvm_msg {
	struct kvm_msg *next;
	uint32_t type;
	uint32_t len;
	uint8_t payload[240];
};

/* Per-VP SynIC view: the pages the guest programmed (from KVM_EXIT_HYPERV_SYNIC). */
struct kvm_synic {
	uint64_t control, simp, siefp; /* guarded by kvm->synic_lock */
	/* Loop thread only: queue of messages per SINT, delivered in order. */
	struct kvm_msg *head[KVM_SINT_COUNT], **tail[KVM_SINT_COUNT];
	uint32_t queued[KVM_SINT_COUNT]; /* length of each queue, at most KVM_MSG_QUEUE_MAX */
	int irqfd[KVM_SINT_COUNT];       /* write 1 to raise the SINT */
	int resamplefd[KVM_SINT_COUNT];  /* KVM signals EOM/EOI of the SINT here */
	ev_io resample_w[KVM_SINT_COUNT];
};

/* A HvPostMessage handed from a vCPU thread to the loop thread. */
struct kvm_hcall {
	bool pending, done;
	uint32_t connection_id, type;
	uint32_t len;
	uint8_t payload[240];
	uint32_t status;
};

struct rt_kvm;

struct kvm_vcpu {
	struct rt_kvm *kvm;
	uint32_t index;
	int fd;
	struct kvm_run *run;
	size_t run_size;
	pthread_t thread;
	bool thread_started;
	struct kvm_synic synic;
	struct kvm_hcall hcall; /* guarded by kvm->hcall_lock */

	/* For inspect (rt_kvm_vcpu_stats), written by the vCPU thread, relaxed. */
	atomic_int state; /* enum rt_kvm_vcpu_state */
	atomic_uint_fast64_t exits[RT_KVM_VCPU_EXIT_KINDS];
};

struct rt_kvm {
	struct rt_partition part; /* first: rt_partition * converts to rt_kvm * */
	struct rt_kvm_config cfg;
	struct rt_log own_log; /* used when cfg.log is NULL */
	struct rt_log_obj lo;
	char *cmdline;
	int kvm_fd, vm_fd;
	int mem_fd;
	uint8_t *mem;
	uint64_t mem_size;
	uint32_t nvcpus;
	struct kvm_vcpu vcpus[RT_KVM_MAX_VCPUS];
	uint64_t entry_rip; /* 64-bit entry point, boot_params in RSI */

	pthread_mutex_t pio_lock; /* UART, PM registers, CMOS */
	struct kvm_uart uart;
	uint16_t pm1_en, pm1_sts;
	uint8_t cmos_index;
	/* CMOS RAM 0x0e..0x7f: battery-backed on a PC, so it survives a reboot. */
	uint8_t cmos_ram[128];
	uint32_t pci_addr; /* mechanism #1 CONFIG_ADDRESS, under pio_lock */
	/* The PCI bus (kvm_pci.h); its devices live as long as the partition. */
	struct kvm_pci *pci;
	/*
	 * vm_fd as the devices' MSI-X delivery sees it (KVM_SIGNAL_MSI from
	 * their threads): taken shared to signal, exclusive while the VM is
	 * torn down or re-created.
	 */
	pthread_rwlock_t msi_lock;

	pthread_mutex_t synic_lock; /* kvm_synic control/simp/siefp of every VP */

	pthread_mutex_t hcall_lock; /* kvm_vcpu.hcall; hcall_cond wakes the vCPU */
	pthread_cond_t hcall_cond;
	ev_async hcall_async;

	atomic_bool stopping;
	atomic_bool pausing;    /* servicing: vCPU threads leave their loop, the VM stays */
	int vcpus_running;      /* vCPU threads not yet out of their loop; under hcall_lock */
	bool paused;            /* loop thread: kvm_vm_pause succeeded */
	atomic_int exit_reason; /* -1 while running */
	ev_async exit_async;
	bool exit_reported;
	bool started;

	/* In-place reboots (loop thread): count and the times of the last ones. */
	uint32_t reboots;
	uint32_t max_reboots; /* per KVM_REBOOT_WINDOW_NS */
	uint64_t reboot_ns[KVM_REBOOT_RING];
};

static inline struct rt_kvm *rt_kvm_of(struct rt_partition *p)
{
	return (struct rt_kvm *)p;
}

/*
 * kvm_vm.c: the guest stopped (or asked for a reset); called from a vCPU
 * thread. The loop thread then reports the exit or reboots in place.
 */
void kvm_vm_request_exit(struct rt_kvm *kvm, enum rt_kvm_exit_reason reason);

/* kvm_vm.c, shared with kvm_save.c. */
extern const struct rt_partition_ops kvm_partition_ops;
/* The partition object (locks, log, UART on log_fd), no KVM yet; destroy with kvm_vm_destroy. */
int kvm_alloc(struct ev_loop *loop, const struct rt_kvm_config *cfg, int log_fd,
	      struct rt_kvm **out);
int kvm_open_dev(struct rt_kvm *kvm); /* /dev/kvm, probed */
int kvm_probe_fd(int fd, char *why, size_t why_len);
int kvm_vm_create_vm(struct rt_kvm *kvm); /* VM, irqchip, PIT, memory slot */
/*
 * The PCI bus with its host bridge and no functions (after guest RAM exists).
 * A partition with PCI functions cannot be saved (their kinds have no save),
 * so a restored partition starts with an empty bus like this one.
 */
int kvm_vm_create_pci(struct rt_kvm *kvm);
int kvm_vcpu_create(struct rt_kvm *kvm, uint32_t i);
void kvm_vm_unbuild(struct rt_kvm *kvm);
void kvm_vm_destroy(struct rt_partition *p);
int kvm_vm_spawn(struct rt_kvm *kvm);
void kvm_kick_all(struct rt_kvm *kvm);
uint64_t kvm_now_ns(void);

/* kvm_save.c: the partition's records (spec/savestate.yaml KVM_*). */
int kvm_vm_save(struct rt_partition *p, struct rt_ss_writer *w);
/* Raises every SINT of every VP once (after a restore: interrupts in flight are not lost). */
void kvm_hv_raise_all(struct rt_kvm *kvm);

/* kvm_boot.c: loads kernel, initrd, command line, boot_params, page tables. */
int kvm_boot_load(struct rt_kvm *kvm);
/* kvm_boot.c: sets the BSP's registers for the 64-bit entry. */
int kvm_boot_setup_bsp(struct rt_kvm *kvm, struct kvm_vcpu *vcpu);

/* kvm_acpi.c: writes RSDP, XSDT, FADT, FACS, MADT, DSDT at KVM_ACPI_GPA. Returns the RSDP GPA. */
int kvm_acpi_build(struct rt_kvm *kvm, uint64_t *rsdp_gpa);

/* kvm_uart.c */
void kvm_uart_init(struct kvm_uart *u, int log_fd, bool echo);
void kvm_uart_flush(struct kvm_uart *u);
/* Port offset 0..7; sets *irq_change when the IRQ line must be updated to u->irq_level. */
uint8_t kvm_uart_read(struct kvm_uart *u, unsigned off, bool *irq_change);
void kvm_uart_write(struct kvm_uart *u, unsigned off, uint8_t val, bool *irq_change);

/* kvm_pio.c: handles a KVM_EXIT_IO; returns 0 or a negative errno. */
int kvm_pio_handle(struct rt_kvm *kvm, struct kvm_vcpu *vcpu);

/* kvm_hv.c */
int kvm_hv_set_cpuid(struct rt_kvm *kvm, struct kvm_vcpu *vcpu);
/*
 * GSI routes and irqfds on the current vm_fd. The eventfds are created on the
 * first call and kept (drained) across a VM re-creation, so other threads
 * never see an fd closed under them.
 */
int kvm_hv_setup_vm(struct rt_kvm *kvm);
/* Forgets the guest's SynIC pages, queued messages and hypercalls (vCPUs stopped; loop). */
void kvm_hv_reset(struct rt_kvm *kvm);
void kvm_hv_start(struct rt_kvm *kvm); /* starts the resample watchers on the loop */
void kvm_hv_stop(struct rt_kvm *kvm);
void kvm_hv_teardown(struct rt_kvm *kvm); /* closes fds, frees queues */
int kvm_hv_handle_exit(struct rt_kvm *kvm, struct kvm_vcpu *vcpu);
/*
 * Parses HvPostMessage's input block at `ingpa` in guest RAM [mem, mem +
 * mem_size): copies the 256 bytes once, then checks them. Returns an HV
 * status; on success *out holds the connection id, message type, length
 * (<= 240) and payload. Pure: no partition state, callable from tests and
 * fuzzers without /dev/kvm.
 */
uint64_t kvm_hv_post_input(const uint8_t *mem, uint64_t mem_size, uint64_t control, uint64_t ingpa,
			   struct kvm_hcall *out);
/* Delivers queued messages of (vp, sint) while the slot is free (loop thread). */
void kvm_hv_flush(struct rt_kvm *kvm, uint32_t vp, uint32_t sint);
void kvm_hv_hcall_async_cb(struct ev_loop *loop, ev_async *w, int revents);
int kvm_hv_post_message(struct rt_partition *p, uint32_t vp, uint32_t sint, uint32_t type,
			const void *payload, size_t len);
int kvm_hv_signal_guest(struct rt_partition *p, uint32_t vp, uint32_t sint, uint32_t flag);
int kvm_hv_bind_guest_signal(struct rt_partition *p, uint32_t connection_id, int efd);

/* Log lines through runtime/log.h: our own events, and rate-limited guest-triggerable ones. */
#define kvm_log(kvm, ...) rt_log_warn(&(kvm)->lo, __VA_ARGS__)
#define kvm_info(kvm, ...) rt_log_info(&(kvm)->lo, __VA_ARGS__)
#define kvm_log_guest(kvm, level, ...) rt_log_rl(&(kvm)->lo, (level), __VA_ARGS__)

#endif
