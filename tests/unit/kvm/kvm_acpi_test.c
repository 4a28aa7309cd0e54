/* ACPI tables of the kvm partition: checksums, links, the VMBus device, MADT entries. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "pv_codec.h" /* little-endian field reads */
#include "kvm_fake.h"
#include "runtime/kvm/kvm_internal.h"
#include "tests/unit/pv_check.h"

static uint8_t sum(const uint8_t *p, size_t n)
{
	uint8_t s = 0;
	for (size_t i = 0; i < n; i++)
		s += p[i];
	return s;
}

/* 2 MiB of RAM: the ACPI area and the tables' bounds checks. */
static struct rt_kvm *fake_vm(uint32_t nvcpus)
{
	return kvm_fake_new(NULL, (struct rt_kvm_config){.vcpus = nvcpus}, 2u << 20, 0);
}

/* Returns the table at gpa after checking its checksum and that it lies in the ACPI area. */
static const uint8_t *table(struct rt_kvm *kvm, uint64_t gpa, const char *sig)
{
	ck_assert_uint_ge(gpa, KVM_ACPI_GPA);
	ck_assert_uint_lt(gpa, KVM_ACPI_END);
	const uint8_t *t = kvm->mem + gpa;
	ck_assert_mem_eq(t, sig, 4);
	uint32_t len = pv_get_u32(t + 4);
	ck_assert_uint_le(gpa + len, KVM_ACPI_END);
	ck_assert_uint_eq(sum(t, len), 0);
	return t;
}

static bool contains(const uint8_t *p, size_t n, const char *s)
{
	size_t l = strlen(s);
	for (size_t i = 0; i + l <= n; i++)
		if (memcmp(p + i, s, l) == 0)
			return true;
	return false;
}

START_TEST(test_rsdp_and_links)
{
	struct rt_kvm *kvm = fake_vm(2);
	uint64_t rsdp = 0;

	ck_assert_int_eq(kvm_acpi_build(kvm, &rsdp), 0);
	ck_assert_uint_eq(rsdp, KVM_ACPI_GPA); /* where Linux's legacy scan finds it */
	const uint8_t *r = kvm->mem + rsdp;
	ck_assert_mem_eq(r, "RSD PTR ", 8);
	ck_assert_uint_eq(r[15], 2);
	ck_assert_uint_eq(sum(r, 20), 0);
	ck_assert_uint_eq(sum(r, 36), 0);

	const uint8_t *x = table(kvm, pv_get_u64(r + 24), "XSDT");
	ck_assert_uint_eq(pv_get_u32(x + 4), 36 + 16);
	const uint8_t *f = table(kvm, pv_get_u64(x + 36), "FACP");
	table(kvm, pv_get_u64(x + 44), "APIC");

	/* FADT: DSDT both ways, PM blocks, SCI, reset register. */
	ck_assert_uint_eq(pv_get_u32(f + 40), pv_get_u64(f + 140));
	const uint8_t *d = table(kvm, pv_get_u64(f + 140), "DSDT");
	ck_assert_uint_eq(pv_get_u32(f + 56), KVM_PM1A_EVT_PORT);
	ck_assert_uint_eq(pv_get_u32(f + 64), KVM_PM1A_CNT_PORT);
	ck_assert_uint_eq(f[46], KVM_SCI_IRQ);
	ck_assert_uint_eq(pv_get_u64(f + 116 + 4), 0xcf9);
	ck_assert_uint_eq(pv_get_u32(f + 36) % 64, 0); /* FACS alignment */
	ck_assert_mem_eq(kvm->mem + pv_get_u32(f + 36), "FACS", 4);

	/* DSDT: the device hv_vmbus binds to, with a _CRS, and \_S5. */
	uint32_t dl = pv_get_u32(d + 4);
	ck_assert(contains(d, dl, "VMBus"));
	ck_assert(contains(d, dl, "_CRS"));
	ck_assert(contains(d, dl, "_S5_"));
	kvm_fake_free(kvm);
}
END_TEST

START_TEST(test_madt_per_vcpu)
{
	for (uint32_t n = 1; n <= RT_KVM_MAX_VCPUS; n++) {
		struct rt_kvm *kvm = fake_vm(n);
		uint64_t rsdp;
		ck_assert_int_eq(kvm_acpi_build(kvm, &rsdp), 0);
		const uint8_t *x = kvm->mem + pv_get_u64(kvm->mem + rsdp + 24);
		const uint8_t *m = table(kvm, pv_get_u64(x + 44), "APIC");
		uint32_t len = pv_get_u32(m + 4), lapics = 0, ioapics = 0, isos = 0;
		ck_assert_uint_eq(pv_get_u32(m + 36), KVM_LAPIC_GPA);
		for (uint32_t off = 44; off < len;) {
			const uint8_t *e = m + off;
			ck_assert_uint_ge(e[1], 2);
			if (e[0] == 0) {
				ck_assert_uint_eq(e[3], lapics); /* APIC id = vCPU index */
				ck_assert_uint_eq(pv_get_u32(e + 4) & 1, 1);
				lapics++;
			} else if (e[0] == 1) {
				ck_assert_uint_eq(pv_get_u32(e + 4), KVM_IOAPIC_GPA);
				ioapics++;
			} else if (e[0] == 2) {
				isos++;
			}
			off += e[1];
			ck_assert_uint_le(off, len);
		}
		ck_assert_uint_eq(lapics, n);
		ck_assert_uint_eq(ioapics, 1);
		ck_assert_uint_eq(isos, 1);
		kvm_fake_free(kvm);
	}
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {
		PV_CASE(test_rsdp_and_links), PV_CASE(test_madt_per_vcpu), {0}};

	return pv_check_run("kvm_acpi", cases);
}
