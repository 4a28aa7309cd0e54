/*
 * Logging with object identity and rate limiting.
 *
 * A struct rt_log is a sink (fd, level, rate-limit parameters); there is no
 * global logger: it travels to the objects that log. Each object embeds a
 * struct rt_log_obj naming itself ("vmbus[relid 3]", "storvsp[1:0]") and
 * logs through the rt_log_*() macros, which check printf formats. Lines are
 * written with one write(2) each, so threads do not interleave within a line:
 *
 *   2026-11-24T22:55:17.123Z W vmbus[relid 3]: GPADL body for unknown id 7
 *
 * Anything a guest can trigger goes through rt_log_rl(), which applies a
 * token bucket per (object, call site): a noisy channel cannot silence
 * another channel, and once messages were dropped the next one that passes
 * is preceded by "<id>: suppressed N messages".
 */
#ifndef RT_LOG_H
#define RT_LOG_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

enum rt_log_level {
	RT_LOG_ERROR = 0,
	RT_LOG_WARN = 1,
	RT_LOG_INFO = 2,
	RT_LOG_DEBUG = 3,
};

#define RT_LOG_ID_MAX 48
#define RT_LOG_RL_SLOTS 8

struct rt_log_bucket {
	const void *site; /* call-site token, NULL = free slot */
	double tokens;
	uint64_t last_ns;
	uint64_t suppressed;
};

struct rt_log {
	int level;         /* enum rt_log_level; read without the lock */
	int fd;            /* default 2 (stderr) */
	double rl_burst;   /* messages a call site may emit at once (default 10) */
	double rl_per_sec; /* refill rate per call site (default 1/s) */
	/*
	 * Every rate-limited message of every object together: a guest that
	 * makes new objects (channels it opens, closes and rescinds) gets
	 * fresh per-object buckets, so this bucket is what bounds the total.
	 */
	double rl_all_burst;   /* default 200 */
	double rl_all_per_sec; /* default 20/s */
	struct rt_log_bucket all;
	uint64_t (*now_ns)(void *ctx); /* monotonic clock; tests substitute one */
	void *now_ctx;
	pthread_mutex_t lock; /* protects every bucket of every rt_log_obj and `all` */
};

/* Embedded in every object that logs. */
struct rt_log_obj {
	struct rt_log *log;
	char id[RT_LOG_ID_MAX];
	struct rt_log_bucket rl[RT_LOG_RL_SLOTS];
};

/*
 * Initializes a sink: stderr, level from the PV_LOG environment variable
 * (error|warn|info|debug; default info), default rate limits.
 */
void rt_log_init(struct rt_log *log);
void rt_log_fini(struct rt_log *log);

/* Parses "error", "warn", "info" or "debug". Returns 0 or -EINVAL. */
int rt_log_level_parse(const char *s, enum rt_log_level *out);

/* Sets the level (from config); overrides PV_LOG. */
void rt_log_set_level(struct rt_log *log, enum rt_log_level level);

/* Names an object: printf-style identity, truncated to RT_LOG_ID_MAX - 1. */
void rt_log_obj_init(struct rt_log_obj *o, struct rt_log *log, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* True if a message at `level` would be written. */
bool rt_log_enabled(const struct rt_log_obj *o, enum rt_log_level level);

/* Writes one line unconditionally of rate (use the macros). */
void rt_log_write(const struct rt_log_obj *o, enum rt_log_level level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Writes one line if the bucket of (o, site) has a token; otherwise counts
 * it as suppressed. `site` is any address unique to the call site.
 */
void rt_log_write_rl(struct rt_log_obj *o, enum rt_log_level level, const void *site,
		     const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#define rt_log_err(o, ...) rt_log_write((o), RT_LOG_ERROR, __VA_ARGS__)
#define rt_log_warn(o, ...) rt_log_write((o), RT_LOG_WARN, __VA_ARGS__)
#define rt_log_info(o, ...) rt_log_write((o), RT_LOG_INFO, __VA_ARGS__)
#define rt_log_dbg(o, ...) rt_log_write((o), RT_LOG_DEBUG, __VA_ARGS__)

/*
 * Rate-limited line for anything guest-triggerable. The per-site token is a
 * `static const` object: its address identifies the call site, and it is
 * never written.
 */
#define rt_log_rl(o, level, ...)                                           \
	do {                                                               \
		static const char rt_log_site_;                            \
		rt_log_write_rl((o), (level), &rt_log_site_, __VA_ARGS__); \
	} while (0)

#endif
