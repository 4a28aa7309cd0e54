/*
 * What the servicing tests' stand-ins for a new paravisor binary
 * (corrupt_binary.c, drop_subchannel.c) share: once they have changed the
 * saved state, the real paravisor checks it (`REAL --restore-check FD`) and
 * its verdict goes back on the old binary's checker socket, as
 * tools/paravisor/main.c does for --restore-check-sock.
 */
#ifndef FAKE_CHECKER_H
#define FAKE_CHECKER_H

#include <stdio.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

/* Runs REAL --restore-check fd and sends '0' (accepted) or '1' on sock. */
static inline void fake_checker_verdict(const char *real, int fd, int sock)
{
	char fdarg[16], verdict = '1';
	int status;
	pid_t pid;

	snprintf(fdarg, sizeof(fdarg), "%d", fd);
	pid = fork();
	if (pid == 0) {
		execl(real, real, "--restore-check", fdarg, (char *)NULL);
		_exit(127);
	}
	if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0)
		verdict = '0';
	send(sock, &verdict, 1, MSG_NOSIGNAL);
}

#endif
