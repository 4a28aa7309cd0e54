/*
 * The kvm partition backend: the paravisor itself creates a KVM virtual
 * machine (no QEMU), boots a Linux kernel in it as VTL0 and presents the
 * Hyper-V interface hv_vmbus needs (CPUID leaves 0x40000000+, ACPI VMBus
 * device, SynIC from KVM's in-kernel Hyper-V emulation). HvPostMessage
 * reaches cb.on_message on the partition's loop; HvSignalEvent goes straight
 * from KVM to the eventfd bound with bind_guest_signal (KVM_HYPERV_EVENTFD).
 *
 * Threads: one thread per vCPU runs KVM_RUN and handles exits (port I/O,
 * SynIC page changes, hypercalls). Everything reaching the caller (on_message,
 * on_exit) runs on the loop thread.
 */
#ifndef RT_KVM_PARTITION_H
#define RT_KVM_PARTITION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/partition.h"

struct ev_loop;
struct pcidev;
struct rt_log;

/*
 * Why the guest stopped, reported once through rt_kvm_config.on_exit. With
 * on_reboot = RT_KVM_REBOOT_RESTART a reboot or triple fault is not an exit:
 * the partition resets the VM and boots again (see rt_kvm_config.on_reboot).
 */
enum rt_kvm_exit_reason {
	RT_KVM_EXIT_POWEROFF,     /* ACPI S5 through PM1a_CNT */
	RT_KVM_EXIT_REBOOT,       /* 0xcf9, keyboard controller 0xfe, ACPI reset register */
	RT_KVM_EXIT_TRIPLE_FAULT, /* KVM_EXIT_SHUTDOWN */
	RT_KVM_EXIT_ERROR,        /* KVM_RUN failed, an exit we cannot handle, a reboot loop */
};

/* What a guest reboot (or triple fault, which resets a PC) does. */
enum rt_kvm_on_reboot {
	/*
	 * Default. The vCPUs stop, cb.on_reset runs on the loop, the VM is
	 * re-created on the same guest RAM (zeroed), the kernel, initrd and
	 * ACPI tables are loaded again and the vCPUs start: the guest boots
	 * as after power-on. More than max_reboots_per_min reboots within 60 s
	 * end the partition with RT_KVM_EXIT_ERROR.
	 */
	RT_KVM_REBOOT_RESTART,
	/* The partition stops and on_exit reports REBOOT or TRIPLE_FAULT. */
	RT_KVM_REBOOT_STOP,
};

/* Default bound on in-place reboots within any 60 s. */
#define RT_KVM_DEFAULT_MAX_REBOOTS_PER_MIN 10

struct rt_kvm_config {
	const char *kernel_path; /* bzImage (64-bit boot protocol) or uncompressed vmlinux ELF */
	const char *initrd_path; /* optional */
	const char *cmdline;     /* optional; "console=ttyS0" is what you want */
	uint64_t mem_bytes;      /* guest RAM, 64 MiB .. 3 GiB */
	uint32_t vcpus;          /* 1 .. RT_KVM_MAX_VCPUS */
	const char *serial_log_path; /* optional file the UART writes to */
	bool console_echo;           /* also copy UART output to stdout */
	struct rt_log *log;          /* optional sink; NULL: a private one on stderr */
	/* Called once on the loop thread when the guest stops running. */
	void (*on_exit)(void *ctx, enum rt_kvm_exit_reason reason);
	void *exit_ctx;
	enum rt_kvm_on_reboot on_reboot; /* zero: RT_KVM_REBOOT_RESTART */
	uint32_t max_reboots_per_min;    /* 0: RT_KVM_DEFAULT_MAX_REBOOTS_PER_MIN */
};

#define RT_KVM_MAX_VCPUS 8

/*
 * Checks that /dev/kvm exists and has what this backend needs (in-kernel
 * irqchip, KVM_CAP_HYPERV_SYNIC2, HV SINT routing, KVM_HYPERV_EVENTFD).
 * Returns 0, or a negative errno with a human-readable reason in why.
 */
int rt_kvm_probe(char *why, size_t why_len);

/*
 * Creates the VM, loads the kernel and initrd, builds ACPI tables and the
 * vCPUs; the guest runs after ops->start(). (*out)->gmem is the guest RAM
 * (a memfd, GPA 0 = offset 0), owned by the partition.
 * Returns 0 or a negative errno (-ENODEV: /dev/kvm lacks Hyper-V support,
 * with a message on stderr saying so).
 */
int rt_partition_kvm_create(struct ev_loop *loop, const struct rt_kvm_config *cfg,
			    struct rt_partition **out);

struct rt_ss_reader;

/*
 * Servicing: rebuilds, in a new binary, the partition an old binary saved
 * (ops->save, after ops->pause): a new VM on the kept guest-RAM memfd with
 * every vCPU's saved state loaded (runtime/kvm/kvm_save.c says what and in
 * which order); the kernel is not loaded again and the guest continues where
 * it was paused once ops->start runs. cfg is the configuration's and must
 * match the saved VM (vCPUs, memory). With check_only only the records are
 * checked (*out stays NULL). Returns 0 or a negative errno with the reason
 * in r->err.
 */
int rt_partition_kvm_restore(struct ev_loop *loop, const struct rt_kvm_config *cfg,
			     struct rt_ss_reader *r, bool check_only, struct rt_partition **out);

/*
 * The partition's own mapping of guest RAM (*size bytes at *hva, GPA 0), for
 * tools and tests; protocol code uses p->gmem. Valid until destroy. Returns
 * the memfd (owned by p->gmem).
 */
int rt_kvm_guest_memory(struct rt_partition *p, void **hva, uint64_t *size);

/*
 * In-place reboots done so far (RT_KVM_REBOOT_RESTART). Loop thread.
 */
uint32_t rt_kvm_reboot_count(struct rt_partition *p);

/*
 * Places PCI function `dev` (an emulator, runtime/pcidev.h) on the guest's
 * PCI bus, as function 0 of device `slot` (1..31; < 0: the first free one).
 * Before ops->start() only (-EBUSY after). On success the partition owns
 * dev (reset on every guest reboot, destroyed with the partition) and
 * *devfn (if non-NULL) is its device/function number on bus 0. Returns 0
 * or a negative errno (see kvm_pci_add in kvm_pci.h).
 */
int rt_kvm_pci_add(struct rt_partition *p, struct pcidev *dev, int slot, uint8_t *devfn);

/* Counters of one PCI function and of the bus it sits on (operator's view). */
struct rt_kvm_pci_stats {
	uint64_t msix_delivered, msix_pended, msix_dropped, msix_bad_vector, msix_errors;
	/* Bus-wide: malformed configuration and BAR accesses, refused DMA, bad MSI addresses. */
	uint64_t bus_cfg_bad, bus_mmio_bad, bus_dma_faults, bus_msi_bad;
};

/* Fills *out for the function at devfn (MSI-X counters 0 if it has none). 0 or -ENOENT (no bus). */
int rt_kvm_pci_stats(struct rt_partition *p, uint8_t devfn, struct rt_kvm_pci_stats *out);

/*
 * A vCPU as an operator sees it (the paravisor's inspect tree): what its
 * thread is doing and why KVM_RUN returned to us, counted since the
 * partition started. Any thread; values a few exits stale.
 */
enum rt_kvm_vcpu_state {
	RT_KVM_VCPU_STOPPED,   /* no thread in its run loop (not started, paused, ended) */
	RT_KVM_VCPU_GUEST,     /* in KVM_RUN: the guest runs (or halts in the kernel) */
	RT_KVM_VCPU_EXIT,      /* handling an exit in the paravisor */
	RT_KVM_VCPU_HYPERCALL, /* a hypercall waits for the VMBus server's answer */
};
enum rt_kvm_vcpu_exit_kind {
	RT_KVM_VCPU_EXIT_IO,     /* port I/O: UART, PM, CMOS, PCI configuration */
	RT_KVM_VCPU_EXIT_MMIO,   /* MMIO outside RAM: PCI BARs */
	RT_KVM_VCPU_EXIT_HYPERV, /* hypercalls and SynIC changes */
	RT_KVM_VCPU_EXIT_INTR,   /* a signal kicked it out (pause, stop, interrupt) */
	RT_KVM_VCPU_EXIT_HLT,
	RT_KVM_VCPU_EXIT_OTHER, /* shutdown, system events, failures */
	RT_KVM_VCPU_EXIT_KINDS
};
struct rt_kvm_vcpu_stats {
	enum rt_kvm_vcpu_state state;
	uint64_t exits[RT_KVM_VCPU_EXIT_KINDS];
};
/* vCPU `index`'s stats. Returns 0, or -ENOENT past the partition's vCPUs. */
int rt_kvm_vcpu_stats(struct rt_partition *p, uint32_t index, struct rt_kvm_vcpu_stats *out);
const char *rt_kvm_vcpu_state_name(enum rt_kvm_vcpu_state s);
const char *rt_kvm_vcpu_exit_kind_name(enum rt_kvm_vcpu_exit_kind k);

/* Name of an exit reason, for logs. */
const char *rt_kvm_exit_reason_name(enum rt_kvm_exit_reason reason);

#endif
