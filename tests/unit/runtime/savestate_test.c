/*
 * The saved-state writer and reader (runtime/savestate.h): a state round
 * trips; every single corrupted byte and every truncation is refused with a
 * reason; a newer format is refused; records and descriptors nobody takes
 * fail the restore; descriptors are checked for their kind.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include "runtime/savestate.h"
#include "vmbus_wire.h"
#include "tests/unit/pv_check.h"

static const char config_text[] = "partition: {kind: sim}\ndevices: []\n";

/* A small state: CONFIG, PARAVISOR, FD (an eventfd), VMBUS_SERVER. */
static int make_state(int efd, int *memfd)
{
	struct rt_ss_writer w;
	struct pvss_msg *m = rt_ss_msg_new(PVSS_REC_TYPE_CONFIG);
	struct pvss_file_header h = {.update_count = 3, .part_kind = PVSS_PART_KIND_SIM};
	int rc;

	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(rt_ss_writer_init(&w), 0);
	m->u.config.total_len = sizeof(config_text) - 1;
	m->u.config.offset = 0;
	m->u.config.chunk_len = sizeof(config_text) - 1;
	m->u.config.text_count = sizeof(config_text) - 1;
	memcpy(m->u.config.text, config_text, sizeof(config_text) - 1);
	ck_assert_int_eq(rt_ss_put(&w, m), 0);

	memset(m, 0, sizeof(*m));
	m->type = PVSS_REC_TYPE_PARAVISOR;
	m->u.paravisor.log_level = 2;
	m->u.paravisor.t_start = 12345;
	ck_assert_int_eq(rt_ss_put(&w, m), 0);
	ck_assert_int_eq(rt_ss_put_fd(&w, efd, PVSS_FD_KIND_EVENTFD, 0x10001, 0), 0);

	memset(m, 0, sizeof(*m));
	m->type = PVSS_REC_TYPE_VMBUS_SERVER;
	m->u.vmbus_server.state = PVSS_VMBUS_CONN_STATE_READY;
	m->u.vmbus_server.version = VMBUS_VERSION_WIN10_V5_3;
	m->u.vmbus_server.target_sint = 2;
	m->u.vmbus_server.msg_conn_id = 1;
	ck_assert_int_eq(rt_ss_put(&w, m), 0);
	rc = rt_ss_writer_finish(&w, &h, memfd);
	free(m);
	rt_ss_writer_fini(&w);
	return rc;
}

static uint8_t *read_all(int fd, size_t *len)
{
	off_t n = lseek(fd, 0, SEEK_END);
	uint8_t *b = malloc((size_t)n);

	ck_assert_int_gt(n, 0);
	ck_assert_int_eq(pread(fd, b, (size_t)n, 0), n);
	*len = (size_t)n;
	return b;
}

/* The bytes of make_state's state (its descriptors closed: only the bytes are read). */
static uint8_t *state_bytes(size_t *len)
{
	int efd = eventfd(0, EFD_CLOEXEC), memfd;
	uint8_t *b;

	ck_assert_int_ge(efd, 0);
	ck_assert_int_eq(make_state(efd, &memfd), 0);
	b = read_all(memfd, len);
	close(memfd);
	close(efd);
	return b;
}

START_TEST(test_round_trip)
{
	struct rt_ss_reader r;
	struct pvss_msg *m = rt_ss_msg_new(0);
	int efd = eventfd(0, EFD_CLOEXEC), memfd;

	ck_assert_int_ge(efd, 0);
	ck_assert_int_eq(make_state(efd, &memfd), 0);
	ck_assert_int_eq(rt_ss_reader_open_fd(&r, memfd), 0);
	ck_assert_uint_eq(r.hdr.update_count, 3);
	ck_assert_uint_eq(r.hdr.format_version, RT_SS_FORMAT_VERSION);
	ck_assert_uint_eq(r.hdr.record_count, 5);
	ck_assert(rt_ss_peek(&r, PVSS_REC_TYPE_CONFIG));
	ck_assert_int_eq(rt_ss_take(&r, PVSS_REC_TYPE_PARAVISOR, m), -ENOENT);
	ck_assert_int_eq(rt_ss_take(&r, PVSS_REC_TYPE_CONFIG, m), 0);
	ck_assert_mem_eq(m->u.config.text, config_text, sizeof(config_text) - 1);
	ck_assert_int_eq(rt_ss_take(&r, PVSS_REC_TYPE_PARAVISOR, m), 0);
	ck_assert_uint_eq(m->u.paravisor.t_start, 12345);
	/* Not finished: the VMBus record is still there. */
	ck_assert_int_eq(rt_ss_reader_finish(&r), -EINVAL);
	ck_assert_ptr_nonnull(strstr(r.err, "VMBUS_SERVER"));
	ck_assert_int_eq(rt_ss_take(&r, PVSS_REC_TYPE_VMBUS_SERVER, m), 0);
	ck_assert_uint_eq(m->u.vmbus_server.version, VMBUS_VERSION_WIN10_V5_3);
	ck_assert_int_eq(rt_ss_take(&r, PVSS_REC_TYPE_VMBUS_SERVER, m), -ENOENT);
	/* The descriptor is still to be claimed. */
	ck_assert_int_eq(rt_ss_reader_finish(&r), -EINVAL);
	ck_assert_ptr_nonnull(strstr(r.err, "descriptor"));
	ck_assert_int_eq(rt_ss_claim_fd(&r, (uint32_t)efd, PVSS_FD_KIND_EVENTFD, 0x10002, false),
			 -EBADF);
	ck_assert_int_eq(rt_ss_claim_fd(&r, (uint32_t)efd, PVSS_FD_KIND_EVENTFD, 0x10001, false),
			 0);
	ck_assert_int_eq(rt_ss_claim_fd(&r, (uint32_t)efd, PVSS_FD_KIND_EVENTFD, 0x10001, false),
			 -EBADF);
	ck_assert_int_eq(rt_ss_reader_finish(&r), 0);
	rt_ss_reader_fini(&r);
	free(m);
	close(memfd);
	close(efd);
}
END_TEST

/* Every byte flipped, anywhere (END included), makes the state unreadable. */
START_TEST(test_every_corrupt_byte_refused)
{
	struct rt_ss_reader r;
	size_t len;
	uint8_t *b;

	b = state_bytes(&len);
	for (size_t i = 0; i < len; i++) {
		b[i] ^= 0x5a;
		ck_assert_msg(rt_ss_reader_open_buf(&r, b, len) != 0, "flip at %zu accepted", i);
		ck_assert_msg(r.err[0] != 0, "flip at %zu: no reason given", i);
		rt_ss_reader_fini(&r);
		b[i] ^= 0x5a;
	}
	ck_assert_int_eq(rt_ss_reader_open_buf(&r, b, len), 0);
	rt_ss_reader_fini(&r);
	free(b);
}
END_TEST

START_TEST(test_every_truncation_refused)
{
	struct rt_ss_reader r;
	size_t len;
	uint8_t *b;

	b = state_bytes(&len);
	for (size_t n = 0; n < len; n++) {
		ck_assert_msg(rt_ss_reader_open_buf(&r, b, n) != 0, "truncation to %zu accepted",
			      n);
		ck_assert(r.err[0] != 0);
		rt_ss_reader_fini(&r);
	}
	/* Extra bytes after END are refused too. */
	b = realloc(b, len + 8);
	memset(b + len, 0, 8);
	ck_assert_int_eq(rt_ss_reader_open_buf(&r, b, len + 8), -EINVAL);
	ck_assert_ptr_nonnull(strstr(r.err, "after END"));
	rt_ss_reader_fini(&r);
	free(b);
}
END_TEST

/* Rewrites the state's format version and fixes the checksum, as a newer writer would. */
START_TEST(test_newer_format_refused)
{
	struct rt_ss_reader r;
	struct pvss_file_header fh;
	struct pvss_end e;
	size_t len, end_off;
	uint8_t *b;

	b = state_bytes(&len);
	ck_assert_int_eq(pvss_file_header_decode(b, PVSS_FILE_HEADER_SIZE, NULL, &fh), PV_OK);
	fh.format_version = RT_SS_FORMAT_VERSION + 1;
	ck_assert_int_eq(pvss_file_header_encode(&fh, b, PVSS_FILE_HEADER_SIZE),
			 PVSS_FILE_HEADER_SIZE);
	end_off = len - PVSS_END_SIZE;
	ck_assert_int_eq(pvss_end_decode(b + end_off, PVSS_END_SIZE, NULL, &e), PV_OK);
	e.checksum = rt_ss_checksum(b, end_off);
	ck_assert_int_eq(pvss_end_encode(&e, b + end_off, PVSS_END_SIZE), PVSS_END_SIZE);
	ck_assert_int_eq(rt_ss_reader_open_buf(&r, b, len), -EPROTONOSUPPORT);
	ck_assert_ptr_nonnull(strstr(r.err, "newer"));
	rt_ss_reader_fini(&r);
	free(b);
}
END_TEST

START_TEST(test_not_a_state)
{
	struct rt_ss_reader r;
	static const uint8_t junk[64] = {'h', 'e', 'l', 'l', 'o'};

	ck_assert_int_eq(rt_ss_reader_open_buf(&r, junk, sizeof(junk)), -EINVAL);
	ck_assert(r.err[0] != 0);
	rt_ss_reader_fini(&r);
	ck_assert_int_eq(rt_ss_reader_open_buf(&r, junk, 0), -EINVAL);
	rt_ss_reader_fini(&r);
}
END_TEST

/* Descriptors are checked for what they are, not trusted by number. */
START_TEST(test_fd_kinds_checked)
{
	struct rt_ss_writer w;
	struct rt_ss_reader r;
	struct pvss_file_header h = {.part_kind = PVSS_PART_KIND_SIM};
	int sv[2], mfd, efd = eventfd(0, EFD_CLOEXEC), memfd;

	ck_assert_int_eq(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv), 0);
	mfd = memfd_create("t", MFD_CLOEXEC);
	ck_assert_int_eq(ftruncate(mfd, 8192), 0);
	ck_assert_int_eq(rt_ss_writer_init(&w), 0);
	/* Listed as the wrong kinds on purpose. */
	ck_assert_int_eq(rt_ss_put_fd(&w, sv[0], PVSS_FD_KIND_EVENTFD, 0, 0), 0);
	ck_assert_int_eq(rt_ss_put_fd(&w, efd, PVSS_FD_KIND_SIM_GUEST, 0, 0), 0);
	ck_assert_int_eq(rt_ss_put_fd(&w, mfd, PVSS_FD_KIND_GUEST_RAM, 0, 16384), 0);
	ck_assert_int_eq(rt_ss_writer_finish(&w, &h, &memfd), 0);
	ck_assert_int_eq(rt_ss_keep_fds(&w, memfd, true), 0);
	ck_assert_int_eq(fcntl(mfd, F_GETFD) & FD_CLOEXEC, 0);
	ck_assert_int_eq(rt_ss_keep_fds(&w, memfd, false), 0);
	ck_assert_int_ne(fcntl(mfd, F_GETFD) & FD_CLOEXEC, 0);
	ck_assert_int_eq(rt_ss_reader_open_fd(&r, memfd), 0);
	ck_assert_int_eq(rt_ss_claim_fd(&r, (uint32_t)sv[0], PVSS_FD_KIND_EVENTFD, 0, false),
			 -EBADF);
	ck_assert_int_eq(rt_ss_claim_fd(&r, (uint32_t)efd, PVSS_FD_KIND_SIM_GUEST, 0, false),
			 -EBADF);
	/* A memfd smaller than recorded. */
	ck_assert_int_eq(rt_ss_claim_fd(&r, (uint32_t)mfd, PVSS_FD_KIND_GUEST_RAM, 0, false),
			 -EBADF);
	/* Not listed at all. */
	ck_assert_int_eq(rt_ss_claim_fd(&r, (uint32_t)sv[1], PVSS_FD_KIND_SIM_GUEST, 0, false),
			 -EBADF);
	ck_assert_ptr_nonnull(strstr(r.err, "not in an FD record"));
	/* Reading a state from a file: the numbers are only checked against the list. */
	ck_assert_int_eq(rt_ss_claim_fd(&r, (uint32_t)mfd, PVSS_FD_KIND_GUEST_RAM, 0, true), 0);
	rt_ss_reader_fini(&r);
	rt_ss_writer_fini(&w);
	close(memfd);
	close(mfd);
	close(efd);
	close(sv[0]);
	close(sv[1]);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_round_trip),
					      PV_CASE(test_every_corrupt_byte_refused),
					      PV_CASE(test_every_truncation_refused),
					      PV_CASE(test_newer_format_refused),
					      PV_CASE(test_not_a_state),
					      PV_CASE(test_fd_kinds_checked),
					      {0}};

	return pv_check_run("savestate", cases);
}
