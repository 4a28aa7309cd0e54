/*
 * Port I/O the kvm partition emulates in user space: the UART, the ACPI PM1a
 * event/control blocks (power-off on SLP_EN), reset through 0xcf9 and the
 * keyboard controller, a CMOS that reads as a valid clock at 00:00:00 with
 * 114 bytes of RAM that keep their contents across a reboot (a guest may leave
 * itself a note there, as on a PC), and PCI configuration mechanism #1 (the
 * address register here, data accesses to the bus in kvm_pci.c). Everything
 * else reads as all ones and ignores writes.
 */
#include <errno.h>
#include <linux/kvm.h>
#include <string.h>
#include <sys/ioctl.h>

#include "pci_wire.h"
#include "runtime/kvm/kvm_internal.h"
#include "runtime/kvm/kvm_pci.h"

#define PM1_CNT_SCI_EN 0x0001
#define PM1_CNT_SLP_EN 0x2000

static void set_irq_line(struct rt_kvm *kvm, uint32_t irq, bool level)
{
	struct kvm_irq_level l = {.irq = irq, .level = level ? 1 : 0};
	ioctl(kvm->vm_fd, KVM_IRQ_LINE, &l);
}

/* Clock and status registers, and the century byte (FADT), are read-only here. */
static bool cmos_is_ram(uint8_t index)
{
	return index >= 0x0e && index != 0x32;
}

static uint8_t cmos_read(const struct rt_kvm *kvm, uint8_t index)
{
	index &= 0x7f;
	if (cmos_is_ram(index))
		return kvm->cmos_ram[index];
	switch (index) {
	case 0x0a:
		return 0x26; /* UIP clear, 32.768 kHz time base */
	case 0x0b:
		return 0x02; /* 24-hour, BCD */
	case 0x0d:
		return 0x80; /* valid RAM and time */
	case 0x07:           /* day of month */
	case 0x08:           /* month */
		return 0x01;
	case 0x09:
		return 0x26; /* year 26 */
	case 0x32:
		return 0x20; /* century */
	default:
		return 0;
	}
}

/* One access of `size` bytes; returns a negative errno to stop the vCPU. */
static int pio_one(struct rt_kvm *kvm, uint16_t port, bool in, uint8_t *data, unsigned size,
		   bool *uart_irq)
{
	uint32_t v = 0;

	if (!in)
		memcpy(&v, data, size);
	if (port >= KVM_UART_PORT && port < KVM_UART_PORT + 8) {
		if (in)
			data[0] = kvm_uart_read(&kvm->uart, port - KVM_UART_PORT, uart_irq);
		else
			kvm_uart_write(&kvm->uart, port - KVM_UART_PORT, (uint8_t)v, uart_irq);
		for (unsigned i = 1; in && i < size; i++)
			data[i] = 0xff;
		return 0;
	}
	if (port >= PCI_CONF1_DATA_PORT && port < PCI_CONF1_DATA_PORT + 4 && kvm->pci) {
		kvm_pci_conf1_data(kvm->pci, kvm->pci_addr, port - PCI_CONF1_DATA_PORT, !in, data,
				   size);
		return 0;
	}
	switch (port) {
	case KVM_PM1A_EVT_PORT: /* status (16 bits), enable at +2 */
		if (in) {
			v = kvm->pm1_sts | ((uint32_t)kvm->pm1_en << 16);
			memcpy(data, &v, size);
		} else {
			kvm->pm1_sts &= (uint16_t)~v; /* write-one-to-clear */
			if (size == 4)
				kvm->pm1_en = (uint16_t)(v >> 16);
		}
		return 0;
	case KVM_PM1A_EVT_PORT + 2:
		if (in)
			memcpy(data, &kvm->pm1_en, size > 2 ? 2 : size);
		else
			kvm->pm1_en = (uint16_t)v;
		return 0;
	case KVM_PM1A_CNT_PORT:
		if (in) {
			v = PM1_CNT_SCI_EN;
			memcpy(data, &v, size);
		} else if (v & PM1_CNT_SLP_EN) {
			/* \_S5 is the only sleep state the DSDT declares. */
			kvm_vm_request_exit(kvm, RT_KVM_EXIT_POWEROFF);
			return -ESHUTDOWN;
		}
		return 0;
	case 0xcf9:
		if (!in && (v & 0x04)) {
			kvm_log_guest(kvm, RT_LOG_INFO, "reset through 0xcf9 (value 0x%x)",
				      v & 0xff);
			kvm_vm_request_exit(kvm, RT_KVM_EXIT_REBOOT);
			return -ESHUTDOWN;
		}
		if (in)
			data[0] = 0;
		return 0;
	case 0x64:
		if (!in && v == 0xfe) {
			kvm_log_guest(kvm, RT_LOG_INFO,
				      "reset through the keyboard controller (0x64)");
			kvm_vm_request_exit(kvm, RT_KVM_EXIT_REBOOT);
			return -ESHUTDOWN;
		}
		if (in)
			data[0] = 0; /* input/output buffers empty: reboot's kb_wait ends at once */
		return 0;
	case 0x70:
		if (!in)
			kvm->cmos_index = (uint8_t)v;
		else
			data[0] = kvm->cmos_index;
		return 0;
	case 0x71:
		if (in)
			data[0] = cmos_read(kvm, kvm->cmos_index);
		else if (cmos_is_ram(kvm->cmos_index & 0x7f))
			kvm->cmos_ram[kvm->cmos_index & 0x7f] = (uint8_t)v;
		return 0;
	case PCI_CONF1_ADDR_PORT:
		/* Dword accesses only: byte accesses to 0xCF8..0xCFB are other chipset registers. */
		if (size == 4) {
			if (in)
				memcpy(data, &kvm->pci_addr, 4);
			else
				kvm->pci_addr = v;
			return 0;
		}
		break;
	default:
		break;
	}
	/* Every other port floats high. */
	if (in)
		memset(data, 0xff, size);
	return 0;
}

int kvm_pio_handle(struct rt_kvm *kvm, struct kvm_vcpu *vcpu)
{
	struct kvm_run *run = vcpu->run;
	uint8_t *data = (uint8_t *)run + run->io.data_offset;
	bool in = run->io.direction == KVM_EXIT_IO_IN;
	bool uart_irq = false;
	unsigned size = run->io.size;
	int r = 0;

	if (size != 1 && size != 2 && size != 4)
		return 0;
	if ((uint64_t)run->io.data_offset + (uint64_t)size * run->io.count > vcpu->run_size)
		return 0;
	pthread_mutex_lock(&kvm->pio_lock);
	for (uint32_t i = 0; i < run->io.count && r == 0; i++)
		r = pio_one(kvm, run->io.port, in, data + i * size, size, &uart_irq);
	if (uart_irq)
		set_irq_line(kvm, KVM_UART_IRQ, kvm->uart.irq_level);
	pthread_mutex_unlock(&kvm->pio_lock);
	return r;
}
