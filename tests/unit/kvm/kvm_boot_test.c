/* Kernel loading: vmlinux ELF and bzImage layouts, boot_params, initrd, e820, bad inputs. */
#include "kvm_fake.h" /* before elf.h: kvm_internal.h and elf.h both define EV_NONE */

#include <check.h>
#include <elf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tests/unit/pv_check.h"

#include "pv_codec.h" /* little-endian field reads */

#define MEM (64u << 20)

static char *write_tmp(const void *data, size_t len)
{
	char *path = strdup("/tmp/kvm_boot_test.XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
	close(fd);
	return path;
}

/* Anonymous RAM (the loader's memcpy path) or a mapped memfd (its sendfile path). */
static struct rt_kvm *fake_vm_mem(const char *kernel, const char *initrd, bool memfd)
{
	struct rt_kvm_config cfg = {.kernel_path = kernel,
				    .initrd_path = initrd,
				    .cmdline = "console=ttyS0 quiet",
				    .mem_bytes = MEM};
	struct rt_kvm *kvm = kvm_fake_new(NULL, cfg, memfd ? 0 : MEM, 0);

	if (memfd) {
		kvm->mem_fd = memfd_create("kvm_boot_test", MFD_CLOEXEC);
		ck_assert_int_ge(kvm->mem_fd, 0);
		ck_assert_int_eq(ftruncate(kvm->mem_fd, MEM), 0);
		kvm->mem = mmap(NULL, MEM, PROT_READ | PROT_WRITE, MAP_SHARED, kvm->mem_fd, 0);
		ck_assert(kvm->mem != MAP_FAILED);
		kvm->mem_size = MEM;
	}
	return kvm;
}

static struct rt_kvm *fake_vm(const char *kernel, const char *initrd)
{
	return fake_vm_mem(kernel, initrd, false);
}

/* A one-segment vmlinux-like ELF: text at 16 MiB physical, linked at -2 GiB. */
static size_t make_elf(uint8_t *buf, uint64_t paddr, uint64_t memsz)
{
	Elf64_Ehdr eh = {0};
	Elf64_Phdr ph = {0};

	memcpy(eh.e_ident, ELFMAG, SELFMAG);
	eh.e_ident[EI_CLASS] = ELFCLASS64;
	eh.e_ident[EI_DATA] = ELFDATA2LSB;
	eh.e_type = ET_EXEC;
	eh.e_machine = EM_X86_64;
	eh.e_entry = 0xffffffff80000000ull + paddr;
	eh.e_phoff = sizeof(eh);
	eh.e_phentsize = sizeof(ph);
	eh.e_phnum = 1;
	ph.p_type = PT_LOAD;
	ph.p_offset = 0x200;
	ph.p_vaddr = 0xffffffff80000000ull + paddr;
	ph.p_paddr = paddr;
	ph.p_filesz = 16;
	ph.p_memsz = memsz;
	memcpy(buf, &eh, sizeof(eh));
	memcpy(buf + sizeof(eh), &ph, sizeof(ph));
	memcpy(buf + 0x200, "startup_64 code!", 16);
	return 0x210;
}

START_TEST(test_elf_with_initrd)
{
	static uint8_t img[0x400], rd[8192 + 5];
	size_t len = make_elf(img, 0x1000000, 0x2000);
	memset(rd, 0x5a, sizeof(rd));
	char *kp = write_tmp(img, len), *ip = write_tmp(rd, sizeof(rd));
	struct rt_kvm *kvm = fake_vm_mem(kp, ip, _i == 1);
	memset(kvm->mem + 0x1000000 + 16, 0xee, 64); /* the loader must clear the bss */

	ck_assert_int_eq(kvm_boot_load(kvm), 0);
	ck_assert_uint_eq(kvm->entry_rip, 0x1000000);
	ck_assert_mem_eq(kvm->mem + 0x1000000, "startup_64 code!", 16);
	ck_assert_uint_eq(kvm->mem[0x1000000 + 16], 0);

	const uint8_t *bp = kvm->mem + KVM_BOOT_PARAMS_GPA;
	ck_assert_uint_eq(pv_get_u32(bp + 0x202), 0x53726448);
	ck_assert_uint_eq(bp[0x210], 0xff);
	uint32_t cl = pv_get_u32(bp + 0x228);
	ck_assert_str_eq((const char *)kvm->mem + cl, "console=ttyS0 quiet");
	uint32_t at = pv_get_u32(bp + 0x218), sz = pv_get_u32(bp + 0x21c);
	ck_assert_uint_eq(sz, sizeof(rd));
	ck_assert_uint_eq(at % 4096, 0);
	ck_assert_uint_le((uint64_t)at + sz, MEM);
	ck_assert_uint_ge(at, 0x1000000 + 0x2000);
	ck_assert_mem_eq(kvm->mem + at, rd, sizeof(rd));
	ck_assert_uint_eq(pv_get_u64(bp + 0x070), KVM_ACPI_GPA);

	/* e820: low RAM from 0, the ACPI area reserved, RAM from 1 MiB to the end. */
	uint8_t n = bp[0x1e8];
	ck_assert_uint_ge(n, 4);
	bool low = false, high = false, acpi = false;
	for (uint8_t i = 0; i < n; i++) {
		const uint8_t *e = bp + 0x2d0 + i * 20;
		uint64_t a = pv_get_u64(e), s = pv_get_u64(e + 8);
		uint32_t t = pv_get_u32(e + 16);
		low |= a == 0 && t == 1 && s == KVM_LOWMEM_END;
		high |= a == KVM_ACPI_END && t == 1 && a + s == MEM;
		acpi |= a <= KVM_ACPI_GPA && a + s >= KVM_ACPI_END && t == 2;
	}
	ck_assert(low && high && acpi);

	/* Identity map: PML4[0] -> PDPT, PD entry 8 maps 16 MiB with a 2 MiB page. */
	ck_assert_uint_eq(pv_get_u64(kvm->mem + KVM_PML4_GPA) & ~0xfffull, KVM_PDPT_GPA);
	ck_assert_uint_eq(pv_get_u64(kvm->mem + KVM_PD_GPA + 8 * 8), 0x1000000 | 0x83);

	unlink(kp);
	unlink(ip);
	free(kp);
	free(ip);
	kvm_fake_free(kvm);
}
END_TEST

START_TEST(test_bzimage)
{
	static uint8_t img[0x2000];
	memset(img, 0, sizeof(img));
	img[0x1f1] = 1;    /* setup_sects: protected-mode code at 1024 */
	img[0x201] = 0x66; /* setup header ends at 0x268 */
	uint32_t magic = 0x53726448, init_size = 0x10000, max = 0x7fffffff;
	uint16_t version = 0x020f, xlf = 1;
	uint64_t pref = 0x1000000;
	memcpy(img + 0x202, &magic, 4);
	memcpy(img + 0x206, &version, 2);
	memcpy(img + 0x22c, &max, 4);
	img[0x234] = 1;
	memcpy(img + 0x236, &xlf, 2);
	memcpy(img + 0x258, &pref, 8);
	memcpy(img + 0x260, &init_size, 4);
	memcpy(img + 1024, "decompressor", 12);
	char *kp = write_tmp(img, sizeof(img));
	struct rt_kvm *kvm = fake_vm(kp, NULL);

	ck_assert_int_eq(kvm_boot_load(kvm), 0);
	ck_assert_uint_eq(kvm->entry_rip, 0x1000200); /* 64-bit entry */
	ck_assert_mem_eq(kvm->mem + 0x1000000, "decompressor", 12);
	const uint8_t *bp = kvm->mem + KVM_BOOT_PARAMS_GPA;
	ck_assert_uint_eq(pv_get_u32(bp + 0x214), 0x1000000);
	ck_assert_uint_eq(pv_get_u32(bp + 0x218), 0); /* no initrd */
	ck_assert_uint_eq(pv_get_u32(bp + 0x22c), max);

	/* Without the 64-bit entry it is refused. */
	xlf = 0;
	memcpy(img + 0x236, &xlf, 2);
	char *kp2 = write_tmp(img, sizeof(img));
	struct rt_kvm *kvm2 = fake_vm(kp2, NULL);
	ck_assert_int_eq(kvm_boot_load(kvm2), -ENOEXEC);
	unlink(kp);
	unlink(kp2);
	free(kp);
	free(kp2);
	kvm_fake_free(kvm);
	kvm_fake_free(kvm2);
}
END_TEST

/* Loads img as the kernel (no initrd) into a fresh VM: kvm_boot_load's result. */
static int load_kernel(const uint8_t *img, size_t len)
{
	char *kp = write_tmp(img, len);
	struct rt_kvm *kvm = fake_vm(kp, NULL);
	int rc = kvm_boot_load(kvm);

	kvm_fake_free(kvm);
	unlink(kp);
	free(kp);
	return rc;
}

START_TEST(test_bad_inputs)
{
	static uint8_t img[0x400];
	char *kp, *ip;
	struct rt_kvm *kvm;
	size_t len;

	/* Not a kernel. */
	memset(img, 0x90, sizeof(img));
	ck_assert_int_eq(load_kernel(img, sizeof(img)), -ENOEXEC);
	/* A segment past the end of RAM. */
	len = make_elf(img, MEM - 0x1000, 0x2000);
	ck_assert_int_eq(load_kernel(img, len), -ENOEXEC);
	/* A segment over the low area (boot_params, page tables, ACPI). */
	len = make_elf(img, 0x7000, 0x1000);
	ck_assert_int_eq(load_kernel(img, len), -ENOEXEC);

	/* An initrd that does not fit above the kernel. */
	len = make_elf(img, 0x1000000, 0x2000);
	kp = write_tmp(img, len);
	uint8_t *big = calloc(1, MEM - 0x1000000);
	ip = write_tmp(big, MEM - 0x1000000);
	free(big);
	kvm = fake_vm(kp, ip);
	ck_assert_int_eq(kvm_boot_load(kvm), -ENOMEM);
	kvm_fake_free(kvm);

	/* A missing file and a command line that does not fit. */
	kvm = fake_vm("/nonexistent/vmlinux", NULL);
	ck_assert_int_eq(kvm_boot_load(kvm), -ENOENT);
	kvm_fake_free(kvm);
	kvm = fake_vm(kp, NULL);
	free(kvm->cmdline);
	kvm->cmdline = malloc(KVM_CMDLINE_MAX + 1);
	memset(kvm->cmdline, 'a', KVM_CMDLINE_MAX);
	kvm->cmdline[KVM_CMDLINE_MAX] = 0;
	ck_assert_int_eq(kvm_boot_load(kvm), -E2BIG);
	kvm_fake_free(kvm);
	unlink(kp);
	unlink(ip);
	free(kp);
	free(ip);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_LOOP(test_elf_with_initrd, 2),
					      PV_CASE(test_bzimage),
					      PV_CASE(test_bad_inputs),
					      {0}};

	return pv_check_run("kvm_boot", cases);
}
