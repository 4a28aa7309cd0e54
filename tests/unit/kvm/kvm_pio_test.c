/* Port I/O: ACPI PM1 power-off, resets, CMOS, PCI config with no devices, bad exits. */
#include <check.h>
#include <linux/kvm.h>
#include <stdlib.h>
#include <string.h>

#include "kvm_fake.h"
#include "runtime/kvm/kvm_internal.h"
#include "tests/unit/pv_check.h"

struct fake {
	struct rt_kvm *kvm;
	struct kvm_vcpu *v;
	struct ev_loop *loop;
};

/* No RAM, one vCPU with its kvm_run; vm_fd -1: IRQ line updates fail quietly. */
static struct fake make(void)
{
	struct fake f;

	f.loop = ev_loop_new(EVFLAG_AUTO);
	f.kvm = kvm_fake_new(f.loop, (struct rt_kvm_config){0}, 0, 8192);
	f.v = &f.kvm->vcpus[0];
	return f;
}

static void drop(struct fake *f)
{
	kvm_fake_free(f->kvm);
	ev_loop_destroy(f->loop);
}

/* One port access through a fake KVM_EXIT_IO; returns kvm_pio_handle's result. */
static int io(struct fake *f, uint16_t port, bool in, unsigned size, uint32_t *val)
{
	struct kvm_run *run = f->v->run;
	run->exit_reason = KVM_EXIT_IO;
	run->io.direction = in ? KVM_EXIT_IO_IN : KVM_EXIT_IO_OUT;
	run->io.size = (uint8_t)size;
	run->io.port = port;
	run->io.count = 1;
	run->io.data_offset = 4096;
	uint8_t *data = (uint8_t *)run + 4096;
	memset(data, 0, 4);
	if (!in)
		memcpy(data, val, size);
	int r = kvm_pio_handle(f->kvm, f->v);
	if (in) {
		*val = 0;
		memcpy(val, data, size);
	}
	return r;
}

START_TEST(test_pm1_poweroff)
{
	struct fake f = make();
	uint32_t v;

	ck_assert_int_eq(io(&f, KVM_PM1A_CNT_PORT, true, 2, &v), 0);
	ck_assert_uint_eq(v & 1, 1); /* SCI_EN: always in ACPI mode */
	v = 5u << 10;                /* SLP_TYP without SLP_EN: nothing happens */
	ck_assert_int_eq(io(&f, KVM_PM1A_CNT_PORT, false, 2, &v), 0);
	ck_assert_int_eq(atomic_load(&f.kvm->exit_reason), -1);
	/* Enable register keeps what the guest writes; status is write-one-to-clear. */
	v = 0x0100;
	ck_assert_int_eq(io(&f, KVM_PM1A_EVT_PORT + 2, false, 2, &v), 0);
	ck_assert_int_eq(io(&f, KVM_PM1A_EVT_PORT + 2, true, 2, &v), 0);
	ck_assert_uint_eq(v, 0x0100);
	v = (5u << 10) | (1u << 13);
	ck_assert_int_lt(io(&f, KVM_PM1A_CNT_PORT, false, 2, &v), 0);
	ck_assert_int_eq(atomic_load(&f.kvm->exit_reason), RT_KVM_EXIT_POWEROFF);
	ck_assert(atomic_load(&f.kvm->stopping));
	drop(&f);
}
END_TEST

START_TEST(test_resets)
{
	static const struct {
		uint16_t port;
		uint32_t val;
		bool resets;
	} cases[] = {
		{0xcf9, 0x02, false}, {0xcf9, 0x06, true}, {0x64, 0xfe, true}, {0x64, 0xd1, false}};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fake f = make();
		uint32_t v = cases[i].val;
		int r = io(&f, cases[i].port, false, 1, &v);
		ck_assert_int_eq(r < 0, cases[i].resets);
		ck_assert_int_eq(atomic_load(&f.kvm->exit_reason),
				 cases[i].resets ? RT_KVM_EXIT_REBOOT : -1);
		drop(&f);
	}
}
END_TEST

START_TEST(test_cmos_pci_and_unknown)
{
	struct fake f = make();
	uint32_t v;

	v = 0x0a; /* register A: update-in-progress must read clear */
	ck_assert_int_eq(io(&f, 0x70, false, 1, &v), 0);
	ck_assert_int_eq(io(&f, 0x71, true, 1, &v), 0);
	ck_assert_uint_eq(v & 0x80, 0);
	v = 0x0d;
	io(&f, 0x70, false, 1, &v);
	io(&f, 0x71, true, 1, &v);
	ck_assert_uint_eq(v, 0x80);

	/* CMOS RAM keeps what is written (and a reset keeps it); clock registers do not. */
	v = 0x60;
	io(&f, 0x70, false, 1, &v);
	v = 0x5a;
	ck_assert_int_eq(io(&f, 0x71, false, 1, &v), 0);
	v = 0;
	io(&f, 0x71, true, 1, &v);
	ck_assert_uint_eq(v & 0xff, 0x5a);
	v = 0x8d; /* NMI-disable bit set: still register D */
	io(&f, 0x70, false, 1, &v);
	v = 0x00;
	io(&f, 0x71, false, 1, &v);
	io(&f, 0x71, true, 1, &v);
	ck_assert_uint_eq(v & 0xff, 0x80);
	v = 0x32; /* century (FADT) stays */
	io(&f, 0x70, false, 1, &v);
	v = 0x19;
	io(&f, 0x71, false, 1, &v);
	io(&f, 0x71, true, 1, &v);
	ck_assert_uint_eq(v & 0xff, 0x20);

	/* Config address reads back; the data port has no device behind it. */
	v = 0x80000000;
	ck_assert_int_eq(io(&f, 0xcf8, false, 4, &v), 0);
	ck_assert_int_eq(io(&f, 0xcf8, true, 4, &v), 0);
	ck_assert_uint_eq(v, 0x80000000);
	ck_assert_int_eq(io(&f, 0xcfc, true, 4, &v), 0);
	ck_assert_uint_eq(v, 0xffffffff);
	ck_assert_int_eq(io(&f, 0x2f8, true, 1, &v), 0);
	ck_assert_uint_eq(v, 0xff);

	/* UART through the port path. */
	ck_assert_int_eq(io(&f, KVM_UART_PORT + 5, true, 1, &v), 0);
	ck_assert_uint_eq(v, 0x60);

	/* A malformed exit (size 3, or data past the run page) is ignored. */
	ck_assert_int_eq(io(&f, 0x70, true, 3, &v), 0);
	f.v->run->io.data_offset = 8190;
	f.v->run->io.size = 4;
	f.v->run->io.count = 1;
	ck_assert_int_eq(kvm_pio_handle(f.kvm, f.v), 0);
	f.v->run->io.data_offset = 4096;
	f.v->run->io.count = 0xffffffff;
	ck_assert_int_eq(kvm_pio_handle(f.kvm, f.v), 0);
	ck_assert_int_eq(atomic_load(&f.kvm->exit_reason), -1);
	drop(&f);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_pm1_poweroff),
					      PV_CASE(test_resets),
					      PV_CASE(test_cmos_pci_and_unknown),
					      {0}};

	return pv_check_run("kvm_pio", cases);
}
