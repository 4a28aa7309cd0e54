/*
 * kvm_hv.c without KVM: SynIC exits, message slots (busy slot, msg_pending,
 * in-order queue), event flags, hypercall input validation and the hand-off
 * of HvPostMessage to the loop thread. KVM's side (irqfds) is replaced by
 * plain eventfds whose counters we read.
 */
#include <check.h>
#include <errno.h>
#include <linux/kvm.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "kvm_fake.h"
#include "runtime/kvm/kvm_internal.h"
#include "tests/unit/test_wait.h"
#include "tests/unit/pv_check.h"

#define MEM (4u << 20)
#define SIMP 0x100000ull
#define SIEFP 0x101000ull
#define INPUT 0x102000ull

static struct rt_kvm *kvm;
static struct ev_loop *loop;

static void setup(void)
{
	loop = ev_loop_new(EVFLAG_AUTO);
	kvm = kvm_fake_new(loop, (struct rt_kvm_config){.vcpus = 2}, MEM, 4096);
	/* KVM's irqfds: eventfds whose counters the tests read. */
	for (uint32_t vp = 0; vp < 2; vp++)
		for (int s = 0; s < KVM_SINT_COUNT; s++)
			kvm->vcpus[vp].synic.irqfd[s] = eventfd(0, EFD_NONBLOCK);
	ev_async_start(loop, &kvm->hcall_async);
}

static void teardown(void)
{
	ev_async_stop(loop, &kvm->hcall_async);
	kvm_fake_free(kvm); /* kvm_hv_teardown closes the eventfds */
	ev_loop_destroy(loop);
}

/* The guest programs its SynIC: what KVM_EXIT_HYPERV_SYNIC reports. */
static void synic_exit(uint32_t vp, uint64_t control, uint64_t siefp, uint64_t simp)
{
	struct kvm_run *run = kvm->vcpus[vp].run;
	run->exit_reason = KVM_EXIT_HYPERV;
	run->hyperv.type = KVM_EXIT_HYPERV_SYNIC;
	run->hyperv.u.synic.msr = 0x40000080;
	run->hyperv.u.synic.control = control;
	run->hyperv.u.synic.evt_page = siefp;
	run->hyperv.u.synic.msg_page = simp;
	ck_assert_int_eq(kvm_hv_handle_exit(kvm, &kvm->vcpus[vp]), 0);
}

static uint64_t irq_count(uint32_t vp, uint32_t sint)
{
	uint64_t v = 0;
	if (read(kvm->vcpus[vp].synic.irqfd[sint], &v, sizeof(v)) != sizeof(v))
		return 0;
	return v;
}

static uint8_t *slot(uint32_t sint)
{
	return kvm->mem + SIMP + sint * 256;
}

START_TEST(test_messages_in_order)
{
	struct rt_partition *p = &kvm->part;
	uint32_t t;

	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 1, "a", 1), -ENOTCONN);
	synic_exit(0, 1, SIEFP | 1, SIMP | 1);

	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 1, "first", 5), 0);
	memcpy(&t, slot(2), 4);
	ck_assert_uint_eq(t, 1);
	ck_assert_uint_eq(slot(2)[4], 5);
	ck_assert_uint_eq(slot(2)[5], 0);
	ck_assert_mem_eq(slot(2) + 16, "first", 5);
	ck_assert_uint_eq(irq_count(0, 2), 1);

	/* Busy: queued behind the slot, msg_pending set, no interrupt yet. */
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 7, "second", 6), 0);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 8, "third", 5), 0);
	ck_assert_uint_eq(slot(2)[5] & 1, 1);
	ck_assert_mem_eq(slot(2) + 16, "first", 5);
	ck_assert_uint_eq(irq_count(0, 2), 0);

	/* A flush while the guest still holds the slot changes nothing. */
	kvm_hv_flush(kvm, 0, 2);
	ck_assert_mem_eq(slot(2) + 16, "first", 5);

	/* The guest frees the slot (and would write EOM): the next one goes in. */
	memset(slot(2), 0, 4);
	kvm_hv_flush(kvm, 0, 2);
	memcpy(&t, slot(2), 4);
	ck_assert_uint_eq(t, 7);
	ck_assert_mem_eq(slot(2) + 16, "second", 6);
	ck_assert_uint_eq(slot(2)[5] & 1, 1); /* the third is still waiting */
	ck_assert_uint_eq(irq_count(0, 2), 1);
	memset(slot(2), 0, 4);
	kvm_hv_flush(kvm, 0, 2);
	memcpy(&t, slot(2), 4);
	ck_assert_uint_eq(t, 8);
	ck_assert_mem_eq(slot(2) + 16, "third\0\0", 7); /* the rest of the payload is cleared */
	ck_assert_uint_eq(slot(2)[5], 0);

	/* Other SINTs have their own slots; other VPs their own pages. */
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 3, 1, "s3", 2), 0);
	ck_assert_mem_eq(slot(3) + 16, "s3", 2);
	ck_assert_int_eq(kvm_hv_post_message(p, 1, 2, 1, "vp1", 3), -ENOTCONN);

	/* Bad arguments. */
	ck_assert_int_eq(kvm_hv_post_message(p, 2, 2, 1, "x", 1), -EINVAL);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 16, 1, "x", 1), -EINVAL);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 0, "x", 1), -EINVAL);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 1, "x", 241), -EINVAL);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 1, NULL, 1), -EINVAL);
}
END_TEST

/*
 * A guest that never frees its SIMP slot while it keeps the server talking
 * must not grow our queue without end: past the bound post_message fails,
 * and the queue drains normally once the guest reads again.
 */
START_TEST(test_busy_slot_queue_is_bounded)
{
	struct rt_partition *p = &kvm->part;
	uint32_t t, i;

	synic_exit(0, 1, SIEFP | 1, SIMP | 1);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 1, "held", 4), 0); /* in the slot */
	for (i = 0; i < KVM_MSG_QUEUE_MAX; i++)
		ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 2, "q", 1), 0);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 2, "q", 1), -ENOBUFS);
	/* Other SINTs are not affected. */
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 3, 1, "s3", 2), 0);
	for (i = 0; i < KVM_MSG_QUEUE_MAX; i++) {
		memset(slot(2), 0, 4);
		kvm_hv_flush(kvm, 0, 2);
		memcpy(&t, slot(2), 4);
		ck_assert_uint_eq(t, 2);
	}
	memset(slot(2), 0, 4);
	kvm_hv_flush(kvm, 0, 2);
	memcpy(&t, slot(2), 4);
	ck_assert_uint_eq(t, 0);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 5, "again", 5), 0);
	memcpy(&t, slot(2), 4);
	ck_assert_uint_eq(t, 5);
}
END_TEST

START_TEST(test_pages_the_guest_cannot_give)
{
	struct rt_partition *p = &kvm->part;

	/* SCONTROL off, page off, page outside RAM: nothing is written anywhere. */
	synic_exit(0, 0, SIEFP | 1, SIMP | 1);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 1, "a", 1), -ENOTCONN);
	synic_exit(0, 1, SIEFP, SIMP);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 1, "a", 1), -ENOTCONN);
	ck_assert_int_eq(kvm_hv_signal_guest(p, 0, 2, 1), -ENOTCONN);
	synic_exit(0, 1, (MEM - 0x1000) | 1, MEM | 1);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 1, "a", 1), -ENOTCONN);
	ck_assert_int_eq(kvm_hv_signal_guest(p, 0, 15, 2047), 0); /* last page of RAM is fine */
	synic_exit(0, 1, 0xfffffffffffff001ull, 0xfffffffffffff001ull);
	ck_assert_int_eq(kvm_hv_post_message(p, 0, 2, 1, "a", 1), -ENOTCONN);
	ck_assert_int_eq(kvm_hv_signal_guest(p, 0, 2, 1), -ENOTCONN);
}
END_TEST

START_TEST(test_event_flags)
{
	struct rt_partition *p = &kvm->part;
	uint32_t w;

	synic_exit(1, 1, SIEFP | 1, SIMP | 1);
	ck_assert_int_eq(kvm_hv_signal_guest(p, 1, 2, 1), 0);
	ck_assert_int_eq(kvm_hv_signal_guest(p, 1, 2, 33), 0);
	ck_assert_int_eq(kvm_hv_signal_guest(p, 1, 2, 2047), 0);
	memcpy(&w, kvm->mem + SIEFP + 512, 4);
	ck_assert_uint_eq(w, 1u << 1);
	memcpy(&w, kvm->mem + SIEFP + 512 + 4, 4);
	ck_assert_uint_eq(w, 1u << 1);
	ck_assert_uint_eq(kvm->mem[SIEFP + 512 + 255], 0x80);
	ck_assert_uint_eq(irq_count(1, 2), 3);
	ck_assert_int_eq(kvm_hv_signal_guest(p, 1, 2, 2048), -EINVAL);
	ck_assert_int_eq(kvm_hv_signal_guest(p, 2, 2, 1), -EINVAL);
	ck_assert_int_eq(kvm_hv_signal_guest(p, 1, 16, 1), -EINVAL);
}
END_TEST

static uint64_t hcall(uint32_t vp, uint64_t control, uint64_t ingpa)
{
	struct kvm_run *run = kvm->vcpus[vp].run;
	run->exit_reason = KVM_EXIT_HYPERV;
	run->hyperv.type = KVM_EXIT_HYPERV_HCALL;
	run->hyperv.u.hcall.input = control;
	run->hyperv.u.hcall.params[0] = ingpa;
	run->hyperv.u.hcall.result = 0xdead;
	ck_assert_int_eq(kvm_hv_handle_exit(kvm, &kvm->vcpus[vp]), 0);
	return run->hyperv.u.hcall.result;
}

static void put_input(uint64_t gpa, uint32_t conn, uint32_t type, uint32_t size)
{
	memcpy(kvm->mem + gpa, &conn, 4);
	memset(kvm->mem + gpa + 4, 0, 4);
	memcpy(kvm->mem + gpa + 8, &type, 4);
	memcpy(kvm->mem + gpa + 12, &size, 4);
}

START_TEST(test_hypercall_validation)
{
	/* None of these reach on_message (it is not set: it would crash). */
	put_input(INPUT, 4, 1, 240);
	ck_assert_uint_eq(hcall(0, 0x5c, INPUT + 4), RT_HV_STATUS_INVALID_ALIGNMENT);
	ck_assert_uint_eq(hcall(0, 0x5c, MEM - 8), RT_HV_STATUS_INVALID_PARAMETER);
	ck_assert_uint_eq(hcall(0, 0x5c, ~0ull & ~7ull), RT_HV_STATUS_INVALID_PARAMETER);
	ck_assert_uint_eq(hcall(0, 0x5c | (1u << 16), INPUT), 3); /* fast form: invalid input */
	put_input(INPUT, 4, 1, 241);
	ck_assert_uint_eq(hcall(0, 0x5c, INPUT), RT_HV_STATUS_INVALID_PARAMETER);
	put_input(INPUT, 4, 0, 8);
	ck_assert_uint_eq(hcall(0, 0x5c, INPUT), RT_HV_STATUS_INVALID_PARAMETER);
	put_input(INPUT, 4, 0x80000001u, 8);
	ck_assert_uint_eq(hcall(0, 0x5c, INPUT), RT_HV_STATUS_INVALID_PARAMETER);
	ck_assert_uint_eq(hcall(0, 0x5d | (1u << 16), 9), 17); /* unbound connection */
	ck_assert_uint_eq(hcall(0, 0x99, 0), RT_HV_STATUS_INVALID_HYPERCALL_CODE);
}
END_TEST

struct seen {
	int calls;
	uint32_t conn, type;
	size_t len;
	uint8_t payload[240];
};

static enum rt_hv_status on_message(void *ctx, uint32_t conn, uint32_t type, const void *payload,
				    size_t len)
{
	struct seen *s = ctx;
	s->calls++;
	s->conn = conn;
	s->type = type;
	s->len = len;
	memcpy(s->payload, payload, len);
	/* The guest changing its input page now must not change what we got. */
	memset(kvm->mem + INPUT + 16, 0xff, 240);
	return RT_HV_STATUS_INSUFFICIENT_BUFFERS;
}

static void *vcpu_thread(void *arg)
{
	uint64_t *result = arg;
	*result = hcall(1, 0x5c, INPUT);
	return NULL;
}

START_TEST(test_post_message_reaches_the_loop)
{
	struct seen s = {0};
	uint64_t result = 0;
	pthread_t t;

	kvm->part.cb.on_message = on_message;
	kvm->part.cb_ctx = &s;
	put_input(INPUT, 0x800074, 1, 240);
	for (int i = 0; i < 240; i++)
		kvm->mem[INPUT + 16 + i] = (uint8_t)i;
	ck_assert_int_eq(pthread_create(&t, NULL, vcpu_thread, &result), 0);
	/* Run the loop until the vCPU thread has its answer. */
	WAIT_UNTIL(loop, s.calls != 0);
	pthread_join(t, NULL);
	ck_assert_int_eq(s.calls, 1);
	ck_assert_uint_eq(s.conn, 0x800074);
	ck_assert_uint_eq(s.type, 1);
	ck_assert_uint_eq(s.len, 240);
	for (int i = 0; i < 240; i++)
		ck_assert_uint_eq(s.payload[i], (uint8_t)i);
	ck_assert_uint_eq(result, RT_HV_STATUS_INSUFFICIENT_BUFFERS);
}
END_TEST

static void *stopped_vcpu_thread(void *arg)
{
	int *rc = arg;
	struct kvm_run *run = kvm->vcpus[0].run;
	run->hyperv.type = KVM_EXIT_HYPERV_HCALL;
	run->hyperv.u.hcall.input = 0x5c;
	run->hyperv.u.hcall.params[0] = INPUT;
	*rc = kvm_hv_handle_exit(kvm, &kvm->vcpus[0]);
	return NULL;
}

START_TEST(test_stop_releases_a_waiting_vcpu)
{
	int rc = 0;
	pthread_t t;

	put_input(INPUT, 4, 1, 8);
	ck_assert_int_eq(pthread_create(&t, NULL, stopped_vcpu_thread, &rc), 0);
	/* Nobody runs the loop; stopping must still wake the vCPU thread. */
	usleep(20000);
	pthread_mutex_lock(&kvm->hcall_lock);
	atomic_store(&kvm->stopping, true);
	pthread_cond_broadcast(&kvm->hcall_cond);
	pthread_mutex_unlock(&kvm->hcall_lock);
	pthread_join(t, NULL);
	ck_assert_int_eq(rc, -ESHUTDOWN);
	ck_assert_int_eq(kvm_hv_post_message(&kvm->part, 0, 2, 1, "a", 1), -ENOTCONN);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_messages_in_order),
					      PV_CASE(test_busy_slot_queue_is_bounded),
					      PV_CASE(test_pages_the_guest_cannot_give),
					      PV_CASE(test_event_flags),
					      PV_CASE(test_hypercall_validation),
					      PV_CASE(test_post_message_reaches_the_loop),
					      PV_CASE(test_stop_releases_a_waiting_vcpu),
					      {0}};

	return pv_check_run_opts("kvm_hv", cases,
				 &(struct pv_check_opts){.setup = setup, .teardown = teardown});
}
