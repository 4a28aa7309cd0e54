/*
 * A transmit-only 8250 UART (no FIFO) at 0x3f8, enough for Linux's serial
 * console and its tty path: the THR-empty interrupt (IRQ 4) is raised when
 * the guest enables it and after every byte, because the tty layer waits for
 * it before sending the next one. Receive is never ready.
 */
#include <string.h>
#include <unistd.h>

#include "runtime/kvm/kvm_internal.h"

#define UART_RBR_THR 0
#define UART_IER 1
#define UART_IIR_FCR 2
#define UART_LCR 3
#define UART_MCR 4
#define UART_LSR 5
#define UART_MSR 6
#define UART_SCR 7

#define UART_LCR_DLAB 0x80
#define UART_IER_THRI 0x02
#define UART_MCR_LOOP 0x10
#define UART_LSR_THRE 0x20
#define UART_LSR_TEMT 0x40
#define UART_IIR_NO_INT 0x01
#define UART_IIR_THRI 0x02

void kvm_uart_init(struct kvm_uart *u, int log_fd, bool echo)
{
	memset(u, 0, sizeof(*u));
	u->log_fd = log_fd;
	u->echo = echo;
}

static void write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n <= 0)
			return;
		p += n;
		len -= (size_t)n;
	}
}

void kvm_uart_flush(struct kvm_uart *u)
{
	if (u->line_len == 0)
		return;
	if (u->log_fd >= 0)
		write_all(u->log_fd, u->line, u->line_len);
	if (u->echo)
		write_all(STDOUT_FILENO, u->line, u->line_len);
	u->line_len = 0;
}

static void uart_put(struct kvm_uart *u, uint8_t c)
{
	u->line[u->line_len++] = (char)c;
	if (c == '\n' || u->line_len == sizeof(u->line))
		kvm_uart_flush(u);
}

static void uart_update_irq(struct kvm_uart *u, bool *irq_change)
{
	bool level = (u->ier & UART_IER_THRI) && u->thri_pending;
	if (level != u->irq_level) {
		u->irq_level = level;
		*irq_change = true;
	}
}

uint8_t kvm_uart_read(struct kvm_uart *u, unsigned off, bool *irq_change)
{
	uint8_t v = 0;

	switch (off) {
	case UART_RBR_THR:
		v = (u->lcr & UART_LCR_DLAB) ? u->dll : 0;
		break;
	case UART_IER:
		v = (u->lcr & UART_LCR_DLAB) ? u->dlm : u->ier;
		break;
	case UART_IIR_FCR:
		if ((u->ier & UART_IER_THRI) && u->thri_pending) {
			v = UART_IIR_THRI;
			u->thri_pending = false; /* reading IIR acknowledges THRE */
		} else {
			v = UART_IIR_NO_INT;
		}
		break;
	case UART_LCR:
		v = u->lcr;
		break;
	case UART_MCR:
		v = u->mcr;
		break;
	case UART_LSR:
		v = UART_LSR_THRE | UART_LSR_TEMT;
		break;
	case UART_MSR:
		/* Loopback mirrors MCR into MSR (Linux's probe checks it); else CTS|DSR|DCD. */
		if (u->mcr & UART_MCR_LOOP)
			v = (uint8_t)(((u->mcr & 0x0c) << 4) | ((u->mcr & 0x01) << 5) |
				      ((u->mcr & 0x02) << 3));
		else
			v = 0xb0;
		break;
	case UART_SCR:
		v = u->scr;
		break;
	}
	uart_update_irq(u, irq_change);
	return v;
}

void kvm_uart_write(struct kvm_uart *u, unsigned off, uint8_t val, bool *irq_change)
{
	switch (off) {
	case UART_RBR_THR:
		if (u->lcr & UART_LCR_DLAB) {
			u->dll = val;
		} else {
			if (!(u->mcr & UART_MCR_LOOP))
				uart_put(u, val);
			u->thri_pending = true;
		}
		break;
	case UART_IER:
		if (u->lcr & UART_LCR_DLAB) {
			u->dlm = val;
		} else {
			if ((val & UART_IER_THRI) && !(u->ier & UART_IER_THRI))
				u->thri_pending = true;
			u->ier = val & 0x0f;
		}
		break;
	case UART_IIR_FCR:
		u->fcr = val;
		break;
	case UART_LCR:
		u->lcr = val;
		break;
	case UART_MCR:
		u->mcr = val & 0x1f;
		break;
	case UART_SCR:
		u->scr = val;
		break;
	default:
		break;
	}
	uart_update_irq(u, irq_change);
}
