/*
 * ACPI tables for the kvm partition: RSDP -> XSDT -> {FADT -> {FACS, DSDT},
 * MADT}. The DSDT (dsdt.asl, compiled by iasl at build time) holds \_S5 and
 * the VMBus device hv_vmbus binds to. The FADT describes the PM1a event and
 * control blocks kvm_pio.c emulates (power-off) and a reset register (0xcf9).
 */
#include <errno.h>
#include <string.h>

#include "runtime/kvm/kvm_internal.h"
#include "pv_codec.h"
#include "kvm_dsdt.hex" /* dsdt_aml_code[], generated from dsdt.asl in the build dir */

#define ACPI_OEM_ID "PVISOR"
#define ACPI_OEM_TABLE "PVKVM   "

#define FADT_LEN 276 /* ACPI 6.0 */
#define FACS_LEN 64
#define MADT_HDR_LEN 44

static uint8_t acpi_sum(const uint8_t *p, size_t len)
{
	uint8_t s = 0;
	for (size_t i = 0; i < len; i++)
		s += p[i];
	return (uint8_t)(0x100 - s);
}

static void acpi_header(uint8_t *t, const char *sig, uint32_t len, uint8_t rev)
{
	memcpy(t, sig, 4);
	pv_put_u32(t + 4, len);
	t[8] = rev;
	memcpy(t + 10, ACPI_OEM_ID, 6);
	memcpy(t + 16, ACPI_OEM_TABLE, 8);
	pv_put_u32(t + 24, 1);     /* OEM revision */
	memcpy(t + 28, "PVMM", 4); /* creator id */
	pv_put_u32(t + 32, 1);
}

static void acpi_finish(uint8_t *t, uint32_t len)
{
	t[9] = 0;
	t[9] = acpi_sum(t, len);
}

/* Generic address structure for a system I/O port block. */
static void acpi_gas_io(uint8_t *g, uint16_t port, uint8_t bits)
{
	g[0] = 1; /* system I/O */
	g[1] = bits;
	g[2] = 0;
	g[3] = bits == 8 ? 1 : bits == 16 ? 2 : 3;
	pv_put_u64(g + 4, port);
}

static size_t align16(size_t v)
{
	return (v + 15) & ~(size_t)15;
}

int kvm_acpi_build(struct rt_kvm *kvm, uint64_t *rsdp_gpa)
{
	uint8_t *base = kvm->mem;
	size_t at = KVM_ACPI_GPA;
	size_t rsdp = at, xsdt, fadt, facs, dsdt, madt;
	uint32_t madt_len = MADT_HDR_LEN + kvm->nvcpus * 8 + 12 + 10;

	memset(base + KVM_ACPI_GPA, 0, KVM_ACPI_END - KVM_ACPI_GPA);
	at = align16(at + 36);
	xsdt = at;
	at = align16(at + 36 + 2 * 8);
	facs = (at + 63) & ~(size_t)63; /* the FACS must be 64-byte aligned */
	at = facs + FACS_LEN;
	fadt = align16(at);
	at = fadt + FADT_LEN;
	madt = align16(at);
	at = madt + madt_len;
	dsdt = align16(at);
	at = dsdt + sizeof(dsdt_aml_code);
	if (at > KVM_ACPI_END)
		return -E2BIG;

	/* DSDT: compiled AML as is. */
	memcpy(base + dsdt, dsdt_aml_code, sizeof(dsdt_aml_code));

	/* FACS. */
	uint8_t *f = base + facs;
	memcpy(f, "FACS", 4);
	pv_put_u32(f + 4, FACS_LEN);
	f[32] = 2; /* version */

	/* FADT. */
	uint8_t *t = base + fadt;
	acpi_header(t, "FACP", FADT_LEN, 6);
	pv_put_u32(t + 36, (uint32_t)facs);
	pv_put_u32(t + 40, (uint32_t)dsdt);
	pv_put_u16(t + 46, KVM_SCI_IRQ);
	/* SMI_CMD 0: no SMM, the platform is always in ACPI mode (SCI_EN reads 1). */
	pv_put_u32(t + 56, KVM_PM1A_EVT_PORT);
	pv_put_u32(t + 64, KVM_PM1A_CNT_PORT);
	t[88] = 4;                /* PM1_EVT_LEN */
	t[89] = 2;                /* PM1_CNT_LEN */
	pv_put_u16(t + 96, 101);  /* P_LVL2_LAT > 100: C2 unsupported */
	pv_put_u16(t + 98, 1001); /* P_LVL3_LAT > 1000: C3 unsupported */
	/* IAPC_BOOT_ARCH: no VGA (bit 2), no MSI problems; no 8042 (bit 1 clear). */
	pv_put_u16(t + 109, 1u << 2);
	/* Flags: WBINVD (0), PROC_C1 (2), PWR_BUTTON/SLP_BUTTON absent (4, 5), RESET_REG_SUP (10). */
	pv_put_u32(t + 112, (1u << 0) | (1u << 2) | (1u << 4) | (1u << 5) | (1u << 10));
	acpi_gas_io(t + 116, 0xcf9, 8);
	t[128] = 0x06; /* reset value: hard reset through the PCI reset control register */
	t[131] = 0;    /* FADT minor version */
	pv_put_u64(t + 140, dsdt);
	acpi_gas_io(t + 148, KVM_PM1A_EVT_PORT, 32);
	acpi_gas_io(t + 172, KVM_PM1A_CNT_PORT, 16);
	acpi_finish(t, FADT_LEN);

	/* MADT: a LAPIC per vCPU, one IO-APIC, SCI as level/active-high. */
	t = base + madt;
	acpi_header(t, "APIC", madt_len, 4);
	pv_put_u32(t + 36, KVM_LAPIC_GPA);
	pv_put_u32(t + 40, 1); /* PCAT_COMPAT: the in-kernel 8259s exist */
	uint8_t *e = t + MADT_HDR_LEN;
	for (uint32_t i = 0; i < kvm->nvcpus; i++, e += 8) {
		e[0] = 0; /* processor local APIC */
		e[1] = 8;
		e[2] = (uint8_t)i;    /* ACPI processor UID */
		e[3] = (uint8_t)i;    /* APIC id = vCPU id (KVM's default) */
		pv_put_u32(e + 4, 1); /* enabled */
	}
	e[0] = 1; /* IO-APIC */
	e[1] = 12;
	e[2] = (uint8_t)kvm->nvcpus; /* its id, after the LAPICs */
	pv_put_u32(e + 4, KVM_IOAPIC_GPA);
	pv_put_u32(e + 8, 0); /* GSI base */
	e += 12;
	e[0] = 2; /* interrupt source override */
	e[1] = 10;
	e[2] = 0; /* ISA bus */
	e[3] = KVM_SCI_IRQ;
	pv_put_u32(e + 4, KVM_SCI_IRQ);
	pv_put_u16(e + 8, 0x000d); /* active high (01), level triggered (11 << 2) */
	acpi_finish(t, madt_len);

	/* XSDT. */
	t = base + xsdt;
	acpi_header(t, "XSDT", 36 + 2 * 8, 1);
	pv_put_u64(t + 36, fadt);
	pv_put_u64(t + 44, madt);
	acpi_finish(t, 36 + 2 * 8);

	/* RSDP (ACPI 2.0+): no RSDT, the XSDT is authoritative. */
	uint8_t *r = base + rsdp;
	memcpy(r, "RSD PTR ", 8);
	memcpy(r + 9, ACPI_OEM_ID, 6);
	r[15] = 2;
	pv_put_u32(r + 16, 0);
	pv_put_u32(r + 20, 36);
	pv_put_u64(r + 24, xsdt);
	r[8] = acpi_sum(r, 20);
	r[32] = acpi_sum(r, 36);

	*rsdp_gpa = rsdp;
	return 0;
}
