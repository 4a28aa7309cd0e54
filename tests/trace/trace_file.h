/*
 * The Check fixture of the trace tests (trace_test.c, pvtrace_test.c): each
 * test writes its trace to a fresh temporary file, `path`, removed after it.
 */
#ifndef TRACE_FILE_H
#define TRACE_FILE_H

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char path[64];

static void trace_file_setup(void)
{
	int fd;

	snprintf(path, sizeof(path), "/tmp/%s.XXXXXX", program_invocation_short_name);
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
}

static void trace_file_teardown(void)
{
	unlink(path);
}

#endif
