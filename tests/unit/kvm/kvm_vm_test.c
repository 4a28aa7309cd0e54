/*
 * The kvm partition end to end with a tiny hand-written guest instead of
 * Linux: it enables KVM's Hyper-V emulation (guest OS id, hypercall page),
 * programs the SynIC, posts a message (HvPostMessage), receives two messages
 * (the second queued behind the busy slot and delivered after its EOM), sees
 * an event flag set by signal_guest from another thread, signals a bound
 * connection (KVM_HYPERV_EVENTFD) and an unbound one, and powers off through
 * PM1a_CNT. A second guest reboots (0xcf9, keyboard controller, triple fault)
 * and must come back from its entry point with zeroed RAM, a working SynIC
 * message path and cb.on_reset called once; a guest that always reboots hits
 * the reboot-loop bound. Needs a /dev/kvm with Hyper-V support (the lab VM),
 * else SKIP.
 */
#include "runtime/kvm/kvm_internal.h" /* before elf.h: both define EV_NONE */

#include <check.h>
#include <elf.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

/*
 * Guest code both guests below share (fixed addresses: see the first guest).
 * Enables KVM's Hyper-V emulation and the SynIC: GUEST_OS_ID first (KVM keeps
 * the hypercall page off without it), the hypercall page, SIMP, SIEFP, SINT2
 * (vector 0xf3, unmasked), SCONTROL.
 */
#define GUEST_SYNIC_ON             \
	"	mov $0x40000000, %ecx\n" \
	"	mov $1, %eax\n"          \
	"	mov $0x81000000, %edx\n" \
	"	wrmsr\n"                 \
	"	mov $0x40000001, %ecx\n" \
	"	mov $0x2000001, %eax\n"  \
	"	xor %edx, %edx\n"        \
	"	wrmsr\n"                 \
	"	mov $0x40000083, %ecx\n" \
	"	mov $0x2001001, %eax\n"  \
	"	wrmsr\n"                 \
	"	mov $0x40000082, %ecx\n" \
	"	mov $0x2002001, %eax\n"  \
	"	wrmsr\n"                 \
	"	mov $0x40000092, %ecx\n" \
	"	mov $0xf3, %eax\n"       \
	"	wrmsr\n"                 \
	"	mov $0x40000080, %ecx\n" \
	"	mov $1, %eax\n"          \
	"	wrmsr\n"
/* HvPostMessage input header: connection 7, type 1, 8 bytes (the payload follows). */
#define GUEST_POST_HEADER       \
	"	movl $7, 0x2003000\n" \
	"	movl $0, 0x2003004\n" \
	"	movl $1, 0x2003008\n" \
	"	movl $8, 0x200300c\n"
/* HvPostMessage (slow call, input at 0x2003000); its status at RES+0. */
#define GUEST_POST_CALL           \
	"	mov $0x5c, %ecx\n"      \
	"	mov $0x2003000, %edx\n" \
	"	xor %r8d, %r8d\n"       \
	"	mov $0x2000000, %eax\n" \
	"	call *%rax\n"           \
	"	mov %rax, 0x2004000\n"

/*
 * The guest, 64-bit code entered at 16 MiB with an identity map. Fixed guest
 * addresses: hypercall page 0x2000000, SIMP 0x2001000, SIEFP 0x2002000,
 * HvPostMessage input 0x2003000, results 0x2004000, stack below 0x2006000.
 * It lives in .rodata: the host never executes it.
 */
__asm__(".pushsection .rodata\n"
	".globl kvm_mini_guest_start\n"
	".globl kvm_mini_guest_end\n"
	"kvm_mini_guest_start:\n"
	"	mov $0x2006000, %rsp\n" GUEST_SYNIC_ON
	"	mov $0x40000002, %ecx\n" /* VP_INDEX */
	"	rdmsr\n"
	"	mov %rax, 0x2004040\n"
	/* HvPostMessage(connection 7, type 1, 8 bytes "PVM-PING") */
	GUEST_POST_HEADER "	movabs $0x474e49502d4d5650, %rax\n"
	"	mov %rax, 0x2003010\n" GUEST_POST_CALL "	call 10f\n"
	"	mov %rax, 0x2004008\n"
	"	mov %rbx, 0x2004010\n"
	"	call 10f\n"
	"	mov %rax, 0x2004018\n"
	"	mov %rbx, 0x2004020\n"
	/* wait for an event flag in SIEF slot 2 */
	"1:	mov 0x2002200, %eax\n"
	"	test %eax, %eax\n"
	"	jnz 2f\n"
	"	pause\n"
	"	jmp 1b\n"
	"2:	mov %rax, 0x2004028\n"
	/* HvSignalEvent (fast) on bound connection 9, then unbound 10 */
	"	mov $0x1005d, %ecx\n"
	"	mov $9, %edx\n"
	"	mov $0x2000000, %eax\n"
	"	call *%rax\n"
	"	mov %rax, 0x2004030\n"
	"	mov $0x1005d, %ecx\n"
	"	mov $10, %edx\n"
	"	mov $0x2000000, %eax\n"
	"	call *%rax\n"
	"	mov %rax, 0x2004038\n"
	"	movl $0x454e4f44, 0x2004048\n" /* "DONE" */
	/* ACPI S5: SLP_TYP 5 | SLP_EN */
	"	mov $0x604, %dx\n"
	"	mov $0x3400, %ax\n"
	"	out %ax, %dx\n"
	"3:	hlt\n"
	"	jmp 3b\n"
	/* get one message from SIMP slot 2: payload[0..7] in rax, flags in rbx */
	"10:	mov 0x2001200, %eax\n"
	"	test %eax, %eax\n"
	"	jnz 11f\n"
	"	pause\n"
	"	jmp 10b\n"
	"11:	mov 0x2001210, %rax\n"
	"	movzbl 0x2001205, %ebx\n"
	"	movl $0, 0x2001200\n"
	"	mfence\n"
	"	testb $1, 0x2001205\n"
	"	jz 12f\n"
	"	push %rax\n"
	"	mov $0x40000084, %ecx\n" /* EOM */
	"	xor %eax, %eax\n"
	"	xor %edx, %edx\n"
	"	wrmsr\n"
	"	pop %rax\n"
	"12:	ret\n"
	"kvm_mini_guest_end:\n"
	".popsection\n");

/* Three one-line guests for the ways a guest stops other than power-off. */
__asm__(".pushsection .rodata\n"
	".globl kvm_guest_cf9_start\n.globl kvm_guest_cf9_end\n"
	"kvm_guest_cf9_start:\n"
	"	mov $0xcf9, %dx\n"
	"	mov $0x06, %al\n"
	"	out %al, %dx\n"
	"1:	hlt\n"
	"	jmp 1b\n"
	"kvm_guest_cf9_end:\n"
	".globl kvm_guest_kbd_start\n.globl kvm_guest_kbd_end\n"
	"kvm_guest_kbd_start:\n"
	"	mov $0xfe, %al\n"
	"	out %al, $0x64\n"
	"1:	hlt\n"
	"	jmp 1b\n"
	"kvm_guest_kbd_end:\n"
	".globl kvm_guest_triple_start\n.globl kvm_guest_triple_end\n"
	"kvm_guest_triple_start:\n"
	"	mov $0x2006000, %rsp\n"
	"	push $0\n"
	"	push $0\n"
	"	lidt (%rsp)\n"
	"	int3\n"
	"kvm_guest_triple_end:\n"
	".popsection\n");

/*
 * The reboot guest. Each boot: reads the marker it leaves at 0x2005000 (a
 * reset must have zeroed it), counts its boots in CMOS byte 0x60 (CMOS RAM
 * survives a reset), programs the SynIC, posts {boot, marker} on connection
 * 7, waits for the host's reply in SIMP slot 2 and stores it at RES+8, sets
 * the marker, then on its first boot resets the machine the way CMOS byte
 * 0x61 says (0 = 0xcf9, 1 = keyboard controller, 2 = triple fault) and on
 * the next one powers off.
 */
__asm__(".pushsection .rodata\n"
	".globl kvm_guest_reboot_start\n.globl kvm_guest_reboot_end\n"
	"kvm_guest_reboot_start:\n"
	"	mov $0x2006000, %rsp\n"
	"	mov 0x2005000, %r12d\n"
	"	mov $0x60, %al\n"
	"	out %al, $0x70\n"
	"	in $0x71, %al\n"
	"	inc %al\n"
	"	out %al, $0x71\n"
	"	movzbl %al, %r13d\n" GUEST_SYNIC_ON GUEST_POST_HEADER "	mov %r13d, 0x2003010\n"
	"	mov %r12d, 0x2003014\n" GUEST_POST_CALL "1:	mov 0x2001200, %eax\n"
	"	test %eax, %eax\n"
	"	jnz 2f\n"
	"	pause\n"
	"	jmp 1b\n"
	"2:	mov 0x2001210, %rax\n"
	"	mov %rax, 0x2004008\n"
	"	movl $0xdeadbeef, 0x2005000\n"
	"	cmp $2, %r13d\n"
	"	jae 5f\n"
	"	mov $0x61, %al\n"
	"	out %al, $0x70\n"
	"	in $0x71, %al\n"
	"	cmp $1, %al\n"
	"	je 3f\n"
	"	cmp $2, %al\n"
	"	je 4f\n"
	"	mov $0xcf9, %dx\n"
	"	mov $0x06, %al\n"
	"	out %al, %dx\n"
	"9:	hlt\n"
	"	jmp 9b\n"
	"3:	mov $0xfe, %al\n"
	"	out %al, $0x64\n"
	"	jmp 9b\n"
	"4:	push $0\n"
	"	push $0\n"
	"	lidt (%rsp)\n"
	"	int3\n"
	"5:	mov $0x604, %dx\n"
	"	mov $0x3400, %ax\n"
	"	out %ax, %dx\n"
	"	jmp 9b\n"
	"kvm_guest_reboot_end:\n"
	".popsection\n");

extern const uint8_t kvm_guest_reboot_start[], kvm_guest_reboot_end[];
extern const uint8_t kvm_mini_guest_start[], kvm_mini_guest_end[];
extern const uint8_t kvm_guest_cf9_start[], kvm_guest_cf9_end[];
extern const uint8_t kvm_guest_kbd_start[], kvm_guest_kbd_end[];
extern const uint8_t kvm_guest_triple_start[], kvm_guest_triple_end[];

#define RES 0x2004000

struct fixture {
	struct ev_loop *loop;
	struct rt_partition *p;
	int exit_reason;
	unsigned messages;
	uint32_t conn, type, len;
	char payload[16];
	int post1, post2, signal_rc;
	int efd;
	bool efd_fired;
	ev_io efd_w;
	ev_timer timeout;
};

static void *signal_thread(void *arg)
{
	struct fixture *f = arg;
	f->signal_rc = rt_partition_signal_guest(f->p, 0, 2, 5);
	return NULL;
}

static enum rt_hv_status on_message(void *ctx, uint32_t conn, uint32_t type, const void *payload,
				    size_t len)
{
	struct fixture *f = ctx;
	pthread_t t;

	f->messages++;
	f->conn = conn;
	f->type = type;
	f->len = (uint32_t)len;
	memcpy(f->payload, payload, len < sizeof(f->payload) ? len : sizeof(f->payload));
	/* Two messages back to back: the second finds the slot busy. */
	f->post1 = rt_partition_post_message(f->p, 0, 2, 1, "MSG1-abc", 8);
	f->post2 = rt_partition_post_message(f->p, 0, 2, 1, "MSG2-xyz", 8);
	/* signal_guest is documented as callable from any thread. */
	pthread_create(&t, NULL, signal_thread, f);
	pthread_join(t, NULL);
	return RT_HV_STATUS_SUCCESS;
}

static void on_exit_cb(void *ctx, enum rt_kvm_exit_reason reason)
{
	struct fixture *f = ctx;
	f->exit_reason = (int)reason;
	ev_break(f->loop, EVBREAK_ALL);
}

static void on_efd(struct ev_loop *loop, ev_io *w, int revents)
{
	struct fixture *f = w->data;
	uint64_t v;
	(void)loop;
	(void)revents;
	if (read(w->fd, &v, sizeof(v)) == sizeof(v))
		f->efd_fired = true;
}

static void on_timeout(struct ev_loop *loop, ev_timer *w, int revents)
{
	(void)w;
	(void)revents;
	ev_break(loop, EVBREAK_ALL);
}

static char *write_guest_elf(const uint8_t *start, const uint8_t *end)
{
	size_t code = (size_t)(end - start);
	Elf64_Ehdr eh = {0};
	Elf64_Phdr ph = {0};
	char *path = strdup("/tmp/kvm_vm_test.XXXXXX");
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	memcpy(eh.e_ident, ELFMAG, SELFMAG);
	eh.e_ident[EI_CLASS] = ELFCLASS64;
	eh.e_ident[EI_DATA] = ELFDATA2LSB;
	eh.e_type = ET_EXEC;
	eh.e_machine = EM_X86_64;
	eh.e_entry = 0x1000000;
	eh.e_phoff = sizeof(eh);
	eh.e_phentsize = sizeof(ph);
	eh.e_phnum = 1;
	ph.p_type = PT_LOAD;
	ph.p_offset = 0x1000;
	ph.p_paddr = ph.p_vaddr = 0x1000000;
	ph.p_filesz = ph.p_memsz = code;
	ck_assert_int_eq(pwrite(fd, &eh, sizeof(eh), 0), (ssize_t)sizeof(eh));
	ck_assert_int_eq(pwrite(fd, &ph, sizeof(ph), sizeof(eh)), (ssize_t)sizeof(ph));
	ck_assert_int_eq(pwrite(fd, start, code, 0x1000), (ssize_t)code);
	close(fd);
	return path;
}

static uint64_t res64(struct rt_partition *p, unsigned off)
{
	void *hva;
	uint64_t size, v;
	rt_kvm_guest_memory(p, &hva, &size);
	memcpy(&v, (uint8_t *)hva + RES + off, 8);
	return v;
}

START_TEST(test_hyperv_paths)
{
	struct fixture f = {.exit_reason = -1};
	char *kernel = write_guest_elf(kvm_mini_guest_start, kvm_mini_guest_end);
	struct rt_kvm_config cfg = {
		.kernel_path = kernel,
		.cmdline = "",
		.mem_bytes = 64ull << 20,
		.vcpus = 1,
		.on_exit = on_exit_cb,
		.exit_ctx = &f,
	};

	f.loop = ev_loop_new(EVFLAG_AUTO);
	ck_assert_int_eq(rt_partition_kvm_create(f.loop, &cfg, &f.p), 0);
	ck_assert_ptr_nonnull(f.p->gmem);
	f.p->cb.on_message = on_message;
	f.p->cb_ctx = &f;
	/* Before the guest programs its SynIC there is nowhere to deliver. */
	ck_assert_int_eq(rt_partition_post_message(f.p, 0, 2, 1, "x", 1), -ENOTCONN);
	ck_assert_int_eq(rt_partition_signal_guest(f.p, 0, 2, 1), -ENOTCONN);
	ck_assert_int_eq(rt_partition_post_message(f.p, 1, 2, 1, "x", 1), -EINVAL);
	ck_assert_int_eq(rt_partition_post_message(f.p, 0, 16, 1, "x", 1), -EINVAL);
	ck_assert_int_eq(rt_partition_post_message(f.p, 0, 2, 1, "x", 241), -EINVAL);
	ck_assert_int_eq(rt_partition_signal_guest(f.p, 0, 2, 2048), -EINVAL);
	ck_assert_int_eq(rt_partition_bind_guest_signal(f.p, 1u << 24, 0), -EINVAL);

	f.efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	ck_assert_int_ge(f.efd, 0);
	ck_assert_int_eq(rt_partition_bind_guest_signal(f.p, 9, f.efd), 0);
	ev_io_init(&f.efd_w, on_efd, f.efd, EV_READ);
	f.efd_w.data = &f;
	ev_io_start(f.loop, &f.efd_w);
	ev_timer_init(&f.timeout, on_timeout, 60, 0);
	ev_timer_start(f.loop, &f.timeout);

	ck_assert_int_eq(f.p->ops->start(f.p), 0);
	ev_run(f.loop, 0);
	/* The eventfd may still be readable if the loop stopped on the power-off first. */
	ev_run(f.loop, EVRUN_NOWAIT);

	ck_assert_int_eq(f.exit_reason, RT_KVM_EXIT_POWEROFF);
	ck_assert_uint_eq(res64(f.p, 0x48) & 0xffffffff, 0x454e4f44);
	ck_assert_uint_eq(res64(f.p, 0x40), 0); /* VP index */
	ck_assert_uint_eq(f.messages, 1);
	ck_assert_uint_eq(f.conn, 7);
	ck_assert_uint_eq(f.type, 1);
	ck_assert_uint_eq(f.len, 8);
	ck_assert_mem_eq(f.payload, "PVM-PING", 8);
	ck_assert_uint_eq(res64(f.p, 0x00) & 0xffff, RT_HV_STATUS_SUCCESS);
	ck_assert_int_eq(f.post1, 0);
	ck_assert_int_eq(f.post2, 0);
	ck_assert_uint_eq(res64(f.p, 0x08), 0x6362612d3147534dull); /* "MSG1-abc" */
	ck_assert_uint_eq(res64(f.p, 0x10) & 1, 1);                 /* msg_pending: MSG2 waited */
	ck_assert_uint_eq(res64(f.p, 0x18), 0x7a79782d3247534dull); /* "MSG2-xyz" */
	ck_assert_uint_eq(res64(f.p, 0x20) & 1, 0);
	ck_assert_int_eq(f.signal_rc, 0);
	ck_assert_uint_eq(res64(f.p, 0x28), 1u << 5);
	ck_assert_uint_eq(res64(f.p, 0x30) & 0xffff, 0); /* bound: KVM signalled our eventfd */
	ck_assert(f.efd_fired);
	ck_assert_uint_eq(res64(f.p, 0x38) & 0xffff, 17); /* unbound: HV_STATUS_INVALID_PORT_ID */

	ck_assert_int_eq(rt_partition_bind_guest_signal(f.p, 9, -1), 0);
	ev_io_stop(f.loop, &f.efd_w);
	ev_timer_stop(f.loop, &f.timeout);
	f.p->ops->destroy(f.p);
	close(f.efd);
	ev_loop_destroy(f.loop);
	unlink(kernel);
	free(kernel);
}
END_TEST

static const struct {
	const uint8_t *start, *end;
	enum rt_kvm_exit_reason reason;
} stop_cases[] = {
	{kvm_guest_cf9_start, kvm_guest_cf9_end, RT_KVM_EXIT_REBOOT},
	{kvm_guest_kbd_start, kvm_guest_kbd_end, RT_KVM_EXIT_REBOOT},
	{kvm_guest_triple_start, kvm_guest_triple_end, RT_KVM_EXIT_TRIPLE_FAULT},
};

START_TEST(test_stop_reasons)
{
	struct fixture f = {.exit_reason = -1};
	char *kernel = write_guest_elf(stop_cases[_i].start, stop_cases[_i].end);
	struct rt_kvm_config cfg = {
		.kernel_path = kernel,
		.mem_bytes = 64ull << 20,
		.vcpus = 2, /* the AP waits for a SIPI that never comes: stop must still join it */
		.on_exit = on_exit_cb,
		.exit_ctx = &f,
		.on_reboot = RT_KVM_REBOOT_STOP,
	};

	f.loop = ev_loop_new(EVFLAG_AUTO);
	ck_assert_int_eq(rt_partition_kvm_create(f.loop, &cfg, &f.p), 0);
	ev_timer_init(&f.timeout, on_timeout, 60, 0);
	ev_timer_start(f.loop, &f.timeout);
	ck_assert_int_eq(f.p->ops->start(f.p), 0);
	ev_run(f.loop, 0);
	ck_assert_int_eq(f.exit_reason, stop_cases[_i].reason);
	f.p->ops->stop(f.p);
	f.p->ops->stop(f.p); /* twice is allowed */
	ck_assert_int_eq(rt_partition_post_message(f.p, 0, 2, 1, "x", 1), -ENOTCONN);
	ev_timer_stop(f.loop, &f.timeout);
	f.p->ops->destroy(f.p);
	ev_loop_destroy(f.loop);
	unlink(kernel);
	free(kernel);
}
END_TEST

/* What the reboot guest reported on each boot. */
struct reboot_fixture {
	struct ev_loop *loop;
	struct rt_partition *p;
	int exit_reason;
	unsigned messages, resets, messages_at_reset;
	uint32_t boot[4], marker[4];
	int post_rc[4];
	ev_timer timeout;
};

static enum rt_hv_status reboot_on_message(void *ctx, uint32_t conn, uint32_t type,
					   const void *payload, size_t len)
{
	struct reboot_fixture *f = ctx;
	char reply[8] = "PONG-0";

	if (conn != 7 || type != 1 || len != 8 || f->messages >= 4)
		return RT_HV_STATUS_INVALID_PARAMETER;
	memcpy(&f->boot[f->messages], payload, 4);
	memcpy(&f->marker[f->messages], (const uint8_t *)payload + 4, 4);
	reply[5] = (char)('1' + f->messages);
	/* The message path must work again after the reset: the guest waits for this. */
	f->post_rc[f->messages] = rt_partition_post_message(f->p, 0, 2, 1, reply, 8);
	f->messages++;
	return RT_HV_STATUS_SUCCESS;
}

static void reboot_on_reset(void *ctx)
{
	struct reboot_fixture *f = ctx;

	f->resets++;
	f->messages_at_reset = f->messages;
	/* The old session's SynIC pages are gone: nothing to deliver to until the guest is back. */
	ck_assert_int_eq(rt_partition_post_message(f->p, 0, 2, 1, "x", 1), -ENOTCONN);
	ck_assert_int_eq(rt_partition_signal_guest(f->p, 0, 2, 1), -ENOTCONN);
}

static void reboot_on_exit(void *ctx, enum rt_kvm_exit_reason reason)
{
	struct reboot_fixture *f = ctx;
	f->exit_reason = (int)reason;
	ev_break(f->loop, EVBREAK_ALL);
}

static void run_reboot_guest(struct reboot_fixture *f, const char *kernel, uint32_t vcpus,
			     uint8_t method, uint32_t max_reboots)
{
	struct rt_kvm_config cfg = {
		.kernel_path = kernel,
		.mem_bytes = 64ull << 20,
		.vcpus = vcpus,
		.on_exit = reboot_on_exit,
		.exit_ctx = f,
		.max_reboots_per_min = max_reboots,
	};

	f->exit_reason = -1;
	f->loop = ev_loop_new(EVFLAG_AUTO);
	ck_assert_int_eq(rt_partition_kvm_create(f->loop, &cfg, &f->p), 0);
	rt_kvm_of(f->p)->cmos_ram[0x61] = method;
	f->p->cb.on_message = reboot_on_message;
	f->p->cb.on_reset = reboot_on_reset;
	f->p->cb_ctx = f;
	ev_timer_init(&f->timeout, on_timeout, 90, 0);
	ev_timer_start(f->loop, &f->timeout);
	ck_assert_int_eq(f->p->ops->start(f->p), 0);
	ev_run(f->loop, 0);
	ev_timer_stop(f->loop, &f->timeout);
}

static const char *const reboot_methods[] = {"0xcf9", "keyboard controller", "triple fault"};

START_TEST(test_reboot_in_place)
{
	struct reboot_fixture f = {0};
	char *kernel = write_guest_elf(kvm_guest_reboot_start, kvm_guest_reboot_end);

	run_reboot_guest(&f, kernel, 2, (uint8_t)_i, 0);
	ck_assert_msg(f.exit_reason == RT_KVM_EXIT_POWEROFF, "%s: exit %d", reboot_methods[_i],
		      f.exit_reason);
	ck_assert_uint_eq(rt_kvm_reboot_count(f.p), 1);
	ck_assert_uint_eq(f.resets, 1);
	ck_assert_uint_eq(f.messages_at_reset, 1);
	ck_assert_uint_eq(f.messages, 2);
	/* Boot 2 started from the entry again (CMOS count 2) on RAM without boot 1's marker. */
	ck_assert_uint_eq(f.boot[0], 1);
	ck_assert_uint_eq(f.boot[1], 2);
	ck_assert_uint_eq(f.marker[0], 0);
	ck_assert_uint_eq(f.marker[1], 0);
	ck_assert_int_eq(f.post_rc[0], 0);
	ck_assert_int_eq(f.post_rc[1], 0);
	ck_assert_uint_eq(res64(f.p, 0x00) & 0xffff, RT_HV_STATUS_SUCCESS);
	ck_assert_uint_eq(res64(f.p, 0x08), 0x0000322d474e4f50ull); /* "PONG-2" */
	ck_assert_uint_eq(res64(f.p, 0x1000) & 0xffffffff, 0xdeadbeef);
	f.p->ops->destroy(f.p);
	ev_loop_destroy(f.loop);
	unlink(kernel);
	free(kernel);
}
END_TEST

START_TEST(test_reboot_loop_bound)
{
	struct reboot_fixture f = {0};
	char *kernel = write_guest_elf(kvm_guest_cf9_start, kvm_guest_cf9_end);

	/* A guest that resets at once, forever: the fourth reset within 60 s ends it. */
	run_reboot_guest(&f, kernel, 2, 0, 3);
	ck_assert_int_eq(f.exit_reason, RT_KVM_EXIT_ERROR);
	ck_assert_uint_eq(rt_kvm_reboot_count(f.p), 3);
	ck_assert_uint_eq(f.resets, 3);
	ck_assert_int_eq(rt_partition_post_message(f.p, 0, 2, 1, "x", 1), -ENOTCONN);
	f.p->ops->destroy(f.p);
	ev_loop_destroy(f.loop);
	unlink(kernel);
	free(kernel);
}
END_TEST

int main(void)
{
	char why[256];
	if (rt_kvm_probe(why, sizeof(why)) < 0) {
		printf("SKIP: %s\n", why);
		return 77;
	}
	Suite *s = suite_create("kvm_vm");
	TCase *tc = tcase_create("hyperv");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_hyperv_paths);
	tcase_add_loop_test(tc, test_stop_reasons, 0, sizeof(stop_cases) / sizeof(stop_cases[0]));
	tcase_add_loop_test(tc, test_reboot_in_place, 0, 3);
	tcase_add_test(tc, test_reboot_loop_bound);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
