#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runtime/log.h"
#include "tests/unit/pv_check.h"

struct fake_clock {
	uint64_t ns;
};

static uint64_t fake_now(void *ctx)
{
	return ((struct fake_clock *)ctx)->ns;
}

/* Reads everything written so far to the memfd sink. */
static char *sink_text(int fd)
{
	static const size_t cap = 1 << 16;
	char *buf = calloc(1, cap);
	ssize_t n = pread(fd, buf, cap - 1, 0);

	ck_assert_int_ge(n, 0);
	return buf;
}

static int count_lines(const char *s, const char *needle)
{
	int n = 0;

	for (const char *p = s; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

/* How many times a text must appear in the sink; a list ends with a NULL text. */
struct want {
	const char *text;
	int count;
};

/* Checks the sink holds each text of `want` exactly as many times as it says. */
static void sink_expect(int fd, const struct want *want)
{
	char *t = sink_text(fd);

	for (; want->text; want++)
		ck_assert_msg(count_lines(t, want->text) == want->count, "'%s' %d times, not %d",
			      want->text, count_lines(t, want->text), want->count);
	free(t);
}

static void setup_log(struct rt_log *log, struct fake_clock *clk)
{
	unsetenv("PV_LOG");
	rt_log_init(log);
	log->fd = memfd_create("log", 0);
	ck_assert_int_ge(log->fd, 0);
	log->now_ns = fake_now;
	log->now_ctx = clk;
}

START_TEST(test_identity_and_levels)
{
	struct fake_clock clk = {0};
	struct rt_log log;
	struct rt_log_obj o;
	char *t;

	setup_log(&log, &clk);
	rt_log_obj_init(&o, &log, "vmbus[relid %u]", 3u);
	rt_log_info(&o, "opened %d", 7);
	rt_log_dbg(&o, "hidden at info");
	rt_log_set_level(&log, RT_LOG_DEBUG);
	rt_log_dbg(&o, "shown at debug");
	rt_log_set_level(&log, RT_LOG_ERROR);
	rt_log_warn(&o, "hidden at error");
	rt_log_err(&o, "multi\nline");
	t = sink_text(log.fd);
	ck_assert_ptr_nonnull(strstr(t, " I vmbus[relid 3]: opened 7\n"));
	ck_assert_ptr_null(strstr(t, "hidden"));
	ck_assert_ptr_nonnull(strstr(t, " D vmbus[relid 3]: shown at debug\n"));
	ck_assert_ptr_nonnull(strstr(t, " E vmbus[relid 3]: multi line\n"));
	free(t);
	close(log.fd);
	rt_log_fini(&log);
}
END_TEST

START_TEST(test_level_env_and_parse)
{
	struct rt_log log;
	enum rt_log_level l;

	ck_assert_int_eq(rt_log_level_parse("DEBUG", &l), 0);
	ck_assert_int_eq(l, RT_LOG_DEBUG);
	ck_assert_int_eq(rt_log_level_parse("loud", &l), -EINVAL);
	setenv("PV_LOG", "warn", 1);
	rt_log_init(&log);
	ck_assert_int_eq(log.level, RT_LOG_WARN);
	rt_log_fini(&log);
	unsetenv("PV_LOG");
}
END_TEST

static void guest_says(struct rt_log_obj *o, int i)
{
	rt_log_rl(o, RT_LOG_WARN, "bad packet %d", i);
}

static void guest_says_other(struct rt_log_obj *o, int i)
{
	rt_log_rl(o, RT_LOG_WARN, "other site %d", i);
}

/*
 * A guest that makes new objects (channels opened, closed, rescinded) gets
 * fresh per-object buckets: the sink's own bucket bounds the total.
 */
START_TEST(test_rate_limit_all_objects)
{
	struct fake_clock clk = {1000};
	struct rt_log log;

	setup_log(&log, &clk);
	for (int i = 0; i < 1000; i++) {
		struct rt_log_obj o;
		rt_log_obj_init(&o, &log, "chan[%d]", i);
		guest_says(&o, i);
		guest_says(&o, i);
	}
	sink_expect(log.fd, (const struct want[]){{": bad packet", 200}, {NULL, 0}});
	/* A second later 20 more may pass; the first says how many were dropped. */
	clk.ns += 1000000000ull;
	for (int i = 0; i < 100; i++) {
		struct rt_log_obj o;
		rt_log_obj_init(&o, &log, "late[%d]", i);
		guest_says(&o, i);
	}
	sink_expect(log.fd, (const struct want[]){{"late[", 21}, /* 20 messages + the drop count */
						  {"suppressed 1800 messages of all objects", 1},
						  {NULL, 0}});
	close(log.fd);
	rt_log_fini(&log);
}
END_TEST

START_TEST(test_rate_limit)
{
	struct fake_clock clk = {1000};
	struct rt_log log;
	struct rt_log_obj a, b;
	int i;

	setup_log(&log, &clk);
	rt_log_obj_init(&a, &log, "chan[a]");
	rt_log_obj_init(&b, &log, "chan[b]");
	for (i = 0; i < 100; i++)
		guest_says(&a, i);
	/* Another site of the same object and the same site of another object are unaffected. */
	guest_says_other(&a, 0);
	guest_says(&b, 0);
	sink_expect(log.fd, (const struct want[]){{"chan[a]: bad packet", 10},
						  {"chan[a]: other site 0", 1},
						  {"chan[b]: bad packet 0", 1},
						  {"suppressed", 0},
						  {NULL, 0}});

	/* Two seconds refill two tokens; the first line reports the drops. */
	clk.ns += 2000000000ull;
	guest_says(&a, 100);
	guest_says(&a, 101);
	guest_says(&a, 102);
	sink_expect(log.fd, (const struct want[]){{"chan[a]: suppressed 90 messages", 1},
						  {"bad packet 100", 1},
						  {"bad packet 101", 1},
						  {"bad packet 102", 0},
						  {NULL, 0}});
	close(log.fd);
	rt_log_fini(&log);
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(test_identity_and_levels),
					      PV_CASE(test_level_env_and_parse),
					      PV_CASE(test_rate_limit),
					      PV_CASE(test_rate_limit_all_objects),
					      {0}};

	return pv_check_run("log", cases);
}
