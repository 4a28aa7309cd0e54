/*
 * Loads Linux with the x86 64-bit boot protocol (Documentation/x86/boot.rst):
 * either a bzImage (its protected-mode part is loaded at the preferred address
 * and entered at +0x200, the decompressor then runs in the guest) or an
 * uncompressed vmlinux ELF (segments at their physical addresses, entered at
 * startup_64, which skips decompression). Both get a boot_params page with
 * the command line, the initrd and an e820 map, 64-bit mode with an identity
 * map of the first 4 GiB, and RSI pointing at boot_params.
 */
#include "runtime/kvm/kvm_internal.h" /* before elf.h: both define EV_NONE */

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pv_codec.h"

/* boot_params (zero page) offsets, arch/x86/include/uapi/asm/bootparam.h. */
#define BP_ACPI_RSDP_ADDR 0x070
#define BP_EXT_RAMDISK_IMAGE 0x0c0
#define BP_EXT_RAMDISK_SIZE 0x0c4
#define BP_EXT_CMD_LINE_PTR 0x0c8
#define BP_E820_ENTRIES 0x1e8
#define BP_HDR 0x1f1
#define BP_SETUP_SECTS 0x1f1
#define BP_BOOT_FLAG 0x1fe
#define BP_JUMP 0x200
#define BP_HEADER 0x202
#define BP_VERSION 0x206
#define BP_TYPE_OF_LOADER 0x210
#define BP_LOADFLAGS 0x211
#define BP_CODE32_START 0x214
#define BP_RAMDISK_IMAGE 0x218
#define BP_RAMDISK_SIZE 0x21c
#define BP_HEAP_END_PTR 0x224
#define BP_CMD_LINE_PTR 0x228
#define BP_INITRD_ADDR_MAX 0x22c
#define BP_KERNEL_ALIGNMENT 0x230
#define BP_RELOCATABLE 0x234
#define BP_XLOADFLAGS 0x236
#define BP_CMDLINE_SIZE 0x238
#define BP_PREF_ADDRESS 0x258
#define BP_INIT_SIZE 0x260
#define BP_E820_TABLE 0x2d0
#define BP_E820_MAX 128

#define HDRS_MAGIC 0x53726448u /* "HdrS" */
#define LOADED_HIGH 0x01
#define CAN_USE_HEAP 0x80
#define XLF_KERNEL_64 0x01

#define E820_RAM 1
#define E820_RESERVED 2

#define KERNEL_DEFAULT_GPA 0x1000000ull

/*
 * Maps a file read-only: the loader then copies each part once, from the page
 * cache straight into guest RAM (the 66 MB vmlinux makes a second copy
 * noticeable under nested TCG). Release with munmap(*data, *len).
 */
static int map_file(const char *path, uint8_t **data, size_t *len, int *fd_out)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0 || st.st_size <= 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return -EINVAL;
	}
	void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (m == MAP_FAILED) {
		int e = errno;
		close(fd);
		return -e;
	}
	*data = m;
	*len = (size_t)st.st_size;
	*fd_out = fd;
	return 0;
}

/*
 * Copies len bytes at file offset off of the file (fd, mapped at src) to
 * guest RAM at gpa. sendfile() into the memfd lets the kernel fill guest
 * pages without a page fault per page, which is most of the load time under
 * nested TCG; whatever it does not copy falls back to memcpy.
 */
static void copy_in(struct rt_kvm *kvm, int fd, const uint8_t *src, uint64_t off, uint64_t gpa,
		    uint64_t len)
{
	uint64_t done = 0;

	if (kvm->mem_fd >= 0 && fd >= 0 && lseek(kvm->mem_fd, (off_t)gpa, SEEK_SET) == (off_t)gpa) {
		off_t in = (off_t)off;
		while (done < len) {
			ssize_t n = sendfile(kvm->mem_fd, fd, &in, len - done);
			if (n <= 0)
				break;
			done += (uint64_t)n;
		}
	}
	if (done < len)
		memcpy(kvm->mem + gpa + done, src + off + done, len - done);
}

static bool gpa_range_ok(const struct rt_kvm *kvm, uint64_t gpa, uint64_t len)
{
	return gpa <= kvm->mem_size && len <= kvm->mem_size - gpa;
}

static int load_elf(struct rt_kvm *kvm, int fd, const uint8_t *img, size_t len, uint64_t *end)
{
	Elf64_Ehdr eh;

	if (len < sizeof(eh))
		return -ENOEXEC;
	memcpy(&eh, img, sizeof(eh));
	if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_machine != EM_X86_64 ||
	    eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phoff > len ||
	    (uint64_t)eh.e_phnum * sizeof(Elf64_Phdr) > len - eh.e_phoff)
		return -ENOEXEC;
	*end = 0;
	for (unsigned i = 0; i < eh.e_phnum; i++) {
		Elf64_Phdr ph;
		memcpy(&ph, img + eh.e_phoff + i * sizeof(ph), sizeof(ph));
		if (ph.p_type != PT_LOAD)
			continue;
		if (ph.p_filesz > ph.p_memsz || ph.p_offset > len ||
		    ph.p_filesz > len - ph.p_offset || !gpa_range_ok(kvm, ph.p_paddr, ph.p_memsz) ||
		    ph.p_paddr < KVM_ACPI_END)
			return -ENOEXEC;
		copy_in(kvm, fd, img, ph.p_offset, ph.p_paddr, ph.p_filesz);
		memset(kvm->mem + ph.p_paddr + ph.p_filesz, 0, ph.p_memsz - ph.p_filesz);
		if (ph.p_paddr + ph.p_memsz > *end)
			*end = ph.p_paddr + ph.p_memsz;
	}
	/* vmlinux's entry is startup_64's virtual address; its physical one is what we enter. */
	kvm->entry_rip = eh.e_entry & 0x7fffffffull;
	if (eh.e_entry >= 0xffffffff80000000ull)
		kvm->entry_rip = eh.e_entry - 0xffffffff80000000ull;

	uint8_t *bp = kvm->mem + KVM_BOOT_PARAMS_GPA;
	pv_put_u16(bp + BP_BOOT_FLAG, 0xaa55);
	pv_put_u32(bp + BP_HEADER, HDRS_MAGIC);
	pv_put_u16(bp + BP_VERSION, 0x020f);
	pv_put_u32(bp + BP_INITRD_ADDR_MAX, 0x7fffffff);
	pv_put_u32(bp + BP_KERNEL_ALIGNMENT, 0x200000);
	pv_put_u32(bp + BP_CMDLINE_SIZE, KVM_CMDLINE_MAX - 1);
	return 0;
}

static int load_bzimage(struct rt_kvm *kvm, int fd, const uint8_t *img, size_t len, uint64_t *end)
{
	uint8_t *bp = kvm->mem + KVM_BOOT_PARAMS_GPA;

	if (len < 0x1000 || pv_get_u32(img + BP_HEADER) != HDRS_MAGIC)
		return -ENOEXEC;
	uint16_t version = pv_get_u16(img + BP_VERSION);
	if (version < 0x020c || !(pv_get_u16(img + BP_XLOADFLAGS) & XLF_KERNEL_64)) {
		kvm_log(kvm, "bzImage boot protocol %x lacks the 64-bit entry", version);
		return -ENOEXEC;
	}
	/* The setup header runs from 0x1f1 to 0x202 plus the byte at 0x201. */
	size_t hdr_end = 0x202 + img[0x201];
	if (hdr_end > 0x1000 || hdr_end > len)
		return -ENOEXEC;
	memcpy(bp + BP_HDR, img + BP_HDR, hdr_end - BP_HDR);

	unsigned setup_sects = img[BP_SETUP_SECTS] ? img[BP_SETUP_SECTS] : 4;
	size_t pm_off = (size_t)(setup_sects + 1) * 512;
	if (pm_off >= len)
		return -ENOEXEC;
	uint64_t load = pv_get_u64(img + BP_PREF_ADDRESS);
	if (!img[BP_RELOCATABLE] && load != KERNEL_DEFAULT_GPA)
		kvm_log(kvm, "non-relocatable bzImage wants 0x%llx", (unsigned long long)load);
	if (load < KVM_ACPI_END)
		load = KERNEL_DEFAULT_GPA;
	uint32_t init_size = pv_get_u32(img + BP_INIT_SIZE);
	uint64_t need = init_size > len - pm_off ? init_size : len - pm_off;
	if (!gpa_range_ok(kvm, load, need))
		return -ENOMEM;
	copy_in(kvm, fd, img, pm_off, load, len - pm_off);
	*end = load + need;
	kvm->entry_rip = load + 0x200;
	pv_put_u32(bp + BP_CODE32_START, (uint32_t)load);
	return 0;
}

static void e820_add(uint8_t *bp, uint64_t addr, uint64_t size, uint32_t type)
{
	uint8_t n = bp[BP_E820_ENTRIES];
	if (n >= BP_E820_MAX)
		return;
	uint8_t *e = bp + BP_E820_TABLE + n * 20;
	pv_put_u64(e, addr);
	pv_put_u64(e + 8, size);
	pv_put_u32(e + 16, type);
	bp[BP_E820_ENTRIES] = n + 1;
}

/* GDT: null, null, 64-bit code (selector 0x10), data (0x18): what startup_64 expects. */
static void setup_gdt_and_paging(struct rt_kvm *kvm)
{
	static const uint64_t gdt[4] = {0, 0, 0x00af9b000000ffffull, 0x00cf93000000ffffull};
	memcpy(kvm->mem + KVM_GDT_GPA, gdt, sizeof(gdt));

	uint8_t *pml4 = kvm->mem + KVM_PML4_GPA;
	uint8_t *pdpt = kvm->mem + KVM_PDPT_GPA;
	memset(pml4, 0, 4096);
	memset(pdpt, 0, 4096);
	pv_put_u64(pml4, KVM_PDPT_GPA | 0x3);
	for (uint64_t g = 0; g < 4; g++) {
		uint8_t *pd = kvm->mem + KVM_PD_GPA + g * 4096;
		pv_put_u64(pdpt + g * 8, (KVM_PD_GPA + g * 4096) | 0x3);
		for (uint64_t i = 0; i < 512; i++)
			pv_put_u64(pd + i * 8,
				   ((g << 30) | (i << 21)) | 0x83); /* present, rw, 2 MiB */
	}
}

int kvm_boot_load(struct rt_kvm *kvm)
{
	uint8_t *img = NULL, *initrd = NULL;
	size_t img_len = 0, initrd_len = 0;
	int img_fd = -1, initrd_fd = -1;
	uint64_t kernel_end = 0, rsdp = 0;
	uint8_t *bp = kvm->mem + KVM_BOOT_PARAMS_GPA;
	int r;

	r = map_file(kvm->cfg.kernel_path, &img, &img_len, &img_fd);
	if (r < 0) {
		kvm_log(kvm, "kernel %s: %s", kvm->cfg.kernel_path, strerror(-r));
		return r;
	}
	memset(bp, 0, 4096);
	if (img_len >= 4 && memcmp(img, ELFMAG, SELFMAG) == 0)
		r = load_elf(kvm, img_fd, img, img_len, &kernel_end);
	else
		r = load_bzimage(kvm, img_fd, img, img_len, &kernel_end);
	munmap(img, img_len);
	close(img_fd);
	if (r < 0) {
		kvm_log(kvm, "kernel %s: not a loadable bzImage or x86-64 ELF (%s)",
			kvm->cfg.kernel_path, strerror(-r));
		return r;
	}

	size_t cl = strlen(kvm->cmdline);
	if (cl >= KVM_CMDLINE_MAX) {
		kvm_log(kvm, "command line longer than %d bytes", KVM_CMDLINE_MAX - 1);
		return -E2BIG;
	}
	memcpy(kvm->mem + KVM_CMDLINE_GPA, kvm->cmdline, cl + 1);
	pv_put_u32(bp + BP_CMD_LINE_PTR, KVM_CMDLINE_GPA);
	bp[BP_TYPE_OF_LOADER] = 0xff;
	bp[BP_LOADFLAGS] |= LOADED_HIGH | CAN_USE_HEAP;
	pv_put_u16(bp + BP_HEAP_END_PTR, 0xfe00);

	if (kvm->cfg.initrd_path) {
		r = map_file(kvm->cfg.initrd_path, &initrd, &initrd_len, &initrd_fd);
		if (r < 0) {
			kvm_log(kvm, "initrd %s: %s", kvm->cfg.initrd_path, strerror(-r));
			return r;
		}
		uint64_t max = pv_get_u32(bp + BP_INITRD_ADDR_MAX);
		uint64_t top = kvm->mem_size < max + 1 ? kvm->mem_size : max + 1;
		uint64_t at = (top - initrd_len) & ~0xfffull;
		if (initrd_len >= top || at < kernel_end) {
			kvm_log(kvm, "initrd (%zu bytes) does not fit in guest RAM", initrd_len);
			munmap(initrd, initrd_len);
			close(initrd_fd);
			return -ENOMEM;
		}
		copy_in(kvm, initrd_fd, initrd, 0, at, initrd_len);
		munmap(initrd, initrd_len);
		close(initrd_fd);
		pv_put_u32(bp + BP_RAMDISK_IMAGE, (uint32_t)at);
		pv_put_u32(bp + BP_RAMDISK_SIZE, (uint32_t)initrd_len);
	}

	r = kvm_acpi_build(kvm, &rsdp);
	if (r < 0)
		return r;
	pv_put_u64(bp + BP_ACPI_RSDP_ADDR, rsdp);

	e820_add(bp, 0, KVM_LOWMEM_END, E820_RAM);
	e820_add(bp, KVM_LOWMEM_END, 0xa0000 - KVM_LOWMEM_END, E820_RESERVED);
	e820_add(bp, KVM_ACPI_GPA, KVM_ACPI_END - KVM_ACPI_GPA, E820_RESERVED);
	e820_add(bp, KVM_ACPI_END, kvm->mem_size - KVM_ACPI_END, E820_RAM);
	e820_add(bp, KVM_IOAPIC_GPA, 0x1000, E820_RESERVED);
	e820_add(bp, KVM_LAPIC_GPA, 0x1000, E820_RESERVED);

	setup_gdt_and_paging(kvm);
	return 0;
}

static void set_seg(struct kvm_segment *s, uint16_t sel, uint8_t type, bool code)
{
	memset(s, 0, sizeof(*s));
	s->base = 0;
	s->limit = 0xffffffff;
	s->selector = sel;
	s->type = type;
	s->present = 1;
	s->s = 1;
	s->g = 1;
	s->l = code ? 1 : 0;
	s->db = code ? 0 : 1;
}

int kvm_boot_setup_bsp(struct rt_kvm *kvm, struct kvm_vcpu *vcpu)
{
	struct kvm_sregs sregs;
	struct kvm_regs regs;

	if (ioctl(vcpu->fd, KVM_GET_SREGS, &sregs) < 0)
		return -errno;
	set_seg(&sregs.cs, 0x10, 0xb, true);
	set_seg(&sregs.ds, 0x18, 0x3, false);
	sregs.es = sregs.fs = sregs.gs = sregs.ss = sregs.ds;
	sregs.gdt.base = KVM_GDT_GPA;
	sregs.gdt.limit = 4 * 8 - 1;
	sregs.cr3 = KVM_PML4_GPA;
	sregs.cr4 = 0x20;       /* PAE */
	sregs.cr0 = 0x80000011; /* PG, ET, PE */
	sregs.efer = 0x500;     /* LME, LMA */
	if (ioctl(vcpu->fd, KVM_SET_SREGS, &sregs) < 0)
		return -errno;
	memset(&regs, 0, sizeof(regs));
	regs.rflags = 0x2;
	regs.rip = kvm->entry_rip;
	regs.rsi = KVM_BOOT_PARAMS_GPA;
	if (ioctl(vcpu->fd, KVM_SET_REGS, &regs) < 0)
		return -errno;
	return 0;
}
