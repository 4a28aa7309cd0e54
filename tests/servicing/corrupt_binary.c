/*
 * A "new paravisor binary" for the refusal test: it takes the state the old
 * binary hands its checker (`--restore-check-sock FD`, tools/paravisor/
 * pv_update.c), flips one byte of it, and lets the real paravisor
 * ($PV_CORRUPT_REAL) check that corrupted state; the verdict goes back to
 * the old binary, which must refuse the update and run on. Any other
 * invocation execs the real paravisor unchanged.
 *
 *   PV_CORRUPT_REAL=build/bin/paravisor PV_CORRUPT_OFFSET=N corrupt_binary ...
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fake_checker.h"
#include "runtime/fdsock.h"

int main(int argc, char **argv)
{
	const char *real = getenv("PV_CORRUPT_REAL");
	const char *off_s = getenv("PV_CORRUPT_OFFSET");
	off_t off = off_s ? (off_t)strtoll(off_s, NULL, 0) : 100;
	uint8_t b;
	int sock, fd;

	if (!real) {
		fprintf(stderr, "corrupt_binary: set PV_CORRUPT_REAL\n");
		return 2;
	}
	if (argc != 3 || strcmp(argv[1], "--restore-check-sock") != 0) {
		argv[0] = (char *)real;
		execv(real, argv);
		return 127;
	}
	sock = atoi(argv[2]);
	/* The state, as the paravisor asks for it (tools/paravisor/main.c). */
	fd = rt_fdsock_ask(sock, 'R', 'S', 60000);
	if (fd < 0 || pread(fd, &b, 1, off) != 1)
		return 1;
	b ^= 0xff;
	if (pwrite(fd, &b, 1, off) != 1)
		return 1;
	fprintf(stderr, "corrupt_binary: flipped the state's byte %lld\n", (long long)off);
	fake_checker_verdict(real, fd, sock);
	return 0;
}
