/* The 8250 UART: output, THR-empty interrupt protocol, divisor latch, loopback, scratch. */
#include <check.h>
#include <string.h>
#include <unistd.h>

#include "runtime/kvm/kvm_internal.h"
#include "tests/unit/pv_check.h"

static struct kvm_uart u;
static int fds[2];

static void setup(void)
{
	ck_assert_int_eq(pipe(fds), 0);
	kvm_uart_init(&u, fds[1], false);
}

static void teardown(void)
{
	close(fds[0]);
	close(fds[1]);
}

START_TEST(test_output_by_line)
{
	bool ch = false;
	char buf[16] = {0};

	for (const char *p = "hi\n"; *p; p++)
		kvm_uart_write(&u, 0, (uint8_t)*p, &ch);
	ck_assert_int_eq(read(fds[0], buf, sizeof(buf)), 3);
	ck_assert_str_eq(buf, "hi\n");
	/* A partial line is held until flushed. */
	kvm_uart_write(&u, 0, 'x', &ch);
	kvm_uart_flush(&u);
	ck_assert_int_eq(read(fds[0], buf, sizeof(buf)), 1);
	ck_assert_int_eq(buf[0], 'x');
	/* LSR: transmitter always empty, no data ready. */
	ck_assert_uint_eq(kvm_uart_read(&u, 5, &ch), 0x60);
}
END_TEST

START_TEST(test_thre_interrupt)
{
	bool ch = false;

	ck_assert_uint_eq(kvm_uart_read(&u, 2, &ch), 0x01); /* no interrupt */
	kvm_uart_write(&u, 1, 0x02, &ch);                   /* IER.THRI */
	ck_assert(ch);
	ck_assert(u.irq_level);
	ch = false;
	ck_assert_uint_eq(kvm_uart_read(&u, 2, &ch), 0x02); /* THRI, acknowledged by the read */
	ck_assert(ch);
	ck_assert(!u.irq_level);
	ck_assert_uint_eq(kvm_uart_read(&u, 2, &ch), 0x01);
	/* Each byte sent raises it again: the tty layer waits for it. */
	ch = false;
	kvm_uart_write(&u, 0, 'a', &ch);
	ck_assert(ch);
	ck_assert(u.irq_level);
	/* Disabling THRI drops the line. */
	ch = false;
	kvm_uart_write(&u, 1, 0x00, &ch);
	ck_assert(ch);
	ck_assert(!u.irq_level);
	kvm_uart_flush(&u);
}
END_TEST

START_TEST(test_dlab_loop_scratch)
{
	bool ch = false;
	char c;

	kvm_uart_write(&u, 3, 0x83, &ch); /* DLAB, 8N1 */
	kvm_uart_write(&u, 0, 0x01, &ch);
	kvm_uart_write(&u, 1, 0x00, &ch);
	ck_assert_uint_eq(kvm_uart_read(&u, 0, &ch), 0x01);
	ck_assert_uint_eq(kvm_uart_read(&u, 1, &ch), 0x00);
	kvm_uart_write(&u, 3, 0x03, &ch);
	ck_assert_uint_eq(kvm_uart_read(&u, 3, &ch), 0x03);
	kvm_uart_flush(&u);
	/* Divisor writes produced no output. */
	ck_assert_int_eq(write(fds[1], "z", 1), 1);
	ck_assert_int_eq(read(fds[0], &c, 1), 1);
	ck_assert_int_eq(c, 'z');

	kvm_uart_write(&u, 7, 0xa5, &ch);
	ck_assert_uint_eq(kvm_uart_read(&u, 7, &ch), 0xa5);
	/* Loopback: MSR mirrors MCR (OUT2->DCD, OUT1->RI, RTS->CTS, DTR->DSR). */
	kvm_uart_write(&u, 4, 0x10 | 0x0f, &ch);
	ck_assert_uint_eq(kvm_uart_read(&u, 6, &ch) & 0xf0, 0xf0);
	kvm_uart_write(&u, 4, 0x10, &ch);
	ck_assert_uint_eq(kvm_uart_read(&u, 6, &ch) & 0xf0, 0x00);
	kvm_uart_write(&u, 4, 0x00, &ch);
	ck_assert_uint_eq(kvm_uart_read(&u, 6, &ch), 0xb0);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_output_by_line),
					      PV_CASE(test_thre_interrupt),
					      PV_CASE(test_dlab_loop_scratch),
					      {0}};

	return pv_check_run_opts("kvm_uart", cases,
				 &(struct pv_check_opts){.setup = setup, .teardown = teardown});
}
