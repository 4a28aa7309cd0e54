/*
 * Log sink and per-(object, site) token buckets.
 */
#include "runtime/log.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "runtime/util.h"

#define LOG_LINE_MAX 1024

static const char level_char[] = {'E', 'W', 'I', 'D'};
static const char *const level_names[] = {"error", "warn", "info", "debug"};

static uint64_t mono_now_ns(void *ctx)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

int rt_log_level_parse(const char *s, enum rt_log_level *out)
{
	size_t i;

	if (!s)
		return -EINVAL;
	for (i = 0; i < RT_ARRAY_SIZE(level_names); i++) {
		if (strcasecmp(s, level_names[i]) == 0) {
			*out = (enum rt_log_level)i;
			return 0;
		}
	}
	return -EINVAL;
}

void rt_log_init(struct rt_log *log)
{
	enum rt_log_level lvl = RT_LOG_INFO;
	const char *env = getenv("PV_LOG");

	memset(log, 0, sizeof(*log));
	if (env && rt_log_level_parse(env, &lvl) < 0)
		fprintf(stderr, "PV_LOG=%s: unknown level, using info\n", env);
	log->level = lvl;
	log->fd = 2;
	log->rl_burst = 10;
	log->rl_per_sec = 1;
	log->rl_all_burst = 200;
	log->rl_all_per_sec = 20;
	log->all.tokens = log->rl_all_burst;
	log->now_ns = mono_now_ns;
	pthread_mutex_init(&log->lock, NULL);
}

void rt_log_fini(struct rt_log *log)
{
	pthread_mutex_destroy(&log->lock);
}

void rt_log_set_level(struct rt_log *log, enum rt_log_level level)
{
	__atomic_store_n(&log->level, (int)level, __ATOMIC_RELAXED);
}

void rt_log_obj_init(struct rt_log_obj *o, struct rt_log *log, const char *fmt, ...)
{
	va_list ap;

	memset(o, 0, sizeof(*o));
	o->log = log;
	va_start(ap, fmt);
	vsnprintf(o->id, sizeof(o->id), fmt, ap);
	va_end(ap);
}

bool rt_log_enabled(const struct rt_log_obj *o, enum rt_log_level level)
{
	return o && o->log && (int)level <= __atomic_load_n(&o->log->level, __ATOMIC_RELAXED);
}

static void emit(const struct rt_log_obj *o, enum rt_log_level level, const char *fmt, va_list ap)
{
	char line[LOG_LINE_MAX];
	struct timespec ts;
	struct tm tm;
	size_t n;
	int r;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	r = snprintf(line, sizeof(line),
		     "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ %c %s: ", tm.tm_year + 1900,
		     tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		     ts.tv_nsec / 1000000, level_char[level], o->id);
	n = r < 0 ? 0 : rt_min((size_t)r, sizeof(line) - 2);
	r = vsnprintf(line + n, sizeof(line) - n - 1, fmt, ap);
	if (r > 0)
		n = rt_min(n + (size_t)r, sizeof(line) - 2);
	/* Guest-supplied text may hold newlines: one entry is one line. */
	for (size_t i = 0; i < n; i++)
		if (line[i] == '\n' || line[i] == '\r')
			line[i] = ' ';
	line[n++] = '\n';
	/* Logging must never fail the caller: a short write loses the line. */
	if (write(o->log->fd, line, n) < 0)
		return;
}

static void emit_fmt(const struct rt_log_obj *o, enum rt_log_level level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void emit_fmt(const struct rt_log_obj *o, enum rt_log_level level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit(o, level, fmt, ap);
	va_end(ap);
}

void rt_log_write(const struct rt_log_obj *o, enum rt_log_level level, const char *fmt, ...)
{
	va_list ap;

	if (!rt_log_enabled(o, level))
		return;
	va_start(ap, fmt);
	emit(o, level, fmt, ap);
	va_end(ap);
}

static struct rt_log_bucket *bucket_for(struct rt_log_obj *o, const void *site)
{
	size_t i, free_slot = RT_LOG_RL_SLOTS;

	for (i = 0; i < RT_LOG_RL_SLOTS; i++) {
		if (o->rl[i].site == site)
			return &o->rl[i];
		if (!o->rl[i].site && free_slot == RT_LOG_RL_SLOTS)
			free_slot = i;
	}
	if (free_slot < RT_LOG_RL_SLOTS) {
		o->rl[free_slot].site = site;
		o->rl[free_slot].tokens = o->log->rl_burst;
		o->rl[free_slot].last_ns = o->log->now_ns(o->log->now_ctx);
		return &o->rl[free_slot];
	}
	/* More sites than slots: they share one, so the object is still limited. */
	return &o->rl[((uintptr_t)site >> 3) % RT_LOG_RL_SLOTS];
}

static void bucket_refill(struct rt_log_bucket *b, uint64_t now, double burst, double per_sec)
{
	if (now > b->last_ns) {
		b->tokens += (double)(now - b->last_ns) * 1e-9 * per_sec;
		if (b->tokens > burst)
			b->tokens = burst;
		b->last_ns = now;
	}
}

void rt_log_write_rl(struct rt_log_obj *o, enum rt_log_level level, const void *site,
		     const char *fmt, ...)
{
	struct rt_log *log;
	struct rt_log_bucket *b;
	uint64_t now, suppressed = 0, all_suppressed = 0;
	bool pass;
	va_list ap;

	if (!rt_log_enabled(o, level))
		return;
	log = o->log;
	pthread_mutex_lock(&log->lock);
	b = bucket_for(o, site);
	now = log->now_ns(log->now_ctx);
	bucket_refill(b, now, log->rl_burst, log->rl_per_sec);
	bucket_refill(&log->all, now, log->rl_all_burst, log->rl_all_per_sec);
	pass = b->tokens >= 1.0 && log->all.tokens >= 1.0;
	if (pass) {
		b->tokens -= 1.0;
		log->all.tokens -= 1.0;
		suppressed = b->suppressed;
		b->suppressed = 0;
		all_suppressed = log->all.suppressed;
		log->all.suppressed = 0;
	} else if (b->tokens >= 1.0) {
		log->all.suppressed++; /* this site may speak, the sink as a whole may not */
	} else {
		b->suppressed++;
	}
	pthread_mutex_unlock(&log->lock);
	if (!pass)
		return;
	if (all_suppressed)
		emit_fmt(o, level, "suppressed %llu messages of all objects (log rate limit)",
			 (unsigned long long)all_suppressed);
	if (suppressed)
		emit_fmt(o, level, "suppressed %llu messages", (unsigned long long)suppressed);
	va_start(ap, fmt);
	emit(o, level, fmt, ap);
	va_end(ap);
}
