/*
 * A storvsp controller in the inspect tree (runtime/inspect.h): its counters,
 * each channel's requests, outstanding requests and throttling, each LUN's
 * commands, bytes and errors (with the last error's sense by name), and the
 * `max_outstanding` knob. Runs on the control loop: channel state is read
 * under the locks that own it (s->mu, then each port's mu: storvsp's lock
 * order), counters with relaxed loads.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "devices/storvsp/storvsp.h"
#include "devices/storvsp/storvsp_priv.h"
#include "runtime/inspect.h"
#include "scsi_codec.h"

#define CH_LD(c, f) atomic_load_explicit(&(c)->st.f, memory_order_relaxed)

static void luns_show(const struct storvsp *s, struct rt_inspect_out *o)
{
	struct storvsp_lun_stats ls;

	rt_inspect_dir(o, "luns");
	for (uint16_t i = 0; i < STORVSP_MAX_LUNS; i++) {
		if (storvsp_get_lun_stats(s, i, &ls))
			continue;
		rt_inspect_dirf(o, "%u", i);
		rt_inspect_bool(o, "present", ls.present);
		rt_inspect_u64(o, "reads", ls.reads);
		rt_inspect_u64(o, "writes", ls.writes);
		rt_inspect_u64(o, "other", ls.other);
		rt_inspect_u64(o, "read_bytes", ls.read_bytes);
		rt_inspect_u64(o, "written_bytes", ls.written_bytes);
		rt_inspect_u64(o, "errors", ls.errors);
		if (ls.last_error) {
			uint32_t key = ls.last_error >> 16, asc = ls.last_error & 0xffff;
			rt_inspect_str(o, "last_error", "%s, %s (%x/%02x/%02x)",
				       scsi_sense_key_name(key), scsi_asc_ascq_name(asc), key,
				       asc >> 8, asc & 0xff);
		} else {
			rt_inspect_str(o, "last_error", "%s", ls.errors ? "no sense data" : "none");
		}
		rt_inspect_end(o);
	}
	rt_inspect_end(o);
}

static void show(void *ctx, struct rt_inspect_out *o)
{
	struct storvsp *s = ctx;
	struct storvsp_stats st;
	uint32_t pool, limit = storvsp_max_outstanding(s, &pool);

	storvsp_get_stats(s, &st);
	(void)limit; /* shown by the knob of the same name */
	rt_inspect_u64(o, "request_pool", pool);
	rt_budget_inspect(o, "budget", &s->budget);
	rt_inspect_u64(o, "max_transfer", s->max_transfer);
	rt_inspect_u64(o, "requests", st.requests);
	rt_inspect_u64(o, "completions", st.completions);
	rt_inspect_u64(o, "srb_errors", st.srb_errors);
	rt_inspect_u64(o, "bad_packets", st.bad_packets);
	rt_inspect_u64(o, "throttled", st.throttled);
	rt_inspect_u64(o, "notifications", st.notifications);
	rt_inspect_u64(o, "outstanding_high_water", st.max_outstanding);
	rt_inspect_u64(o, "resets", st.resets);
	rt_inspect_u64(o, "reset_waited", st.reset_waited);
	rt_inspect_u64(o, "closed_channels_with_io", st.zombies);
	rt_inspect_dir(o, "channels");
	pthread_mutex_lock(&s->mu);
	for (unsigned i = 0; i <= VMBUS_MAX_SUBCHANNELS; i++) {
		struct storvsp_channel *c = s->chans[i];
		if (!c)
			continue;
		rt_inspect_dirf(o, "%u", i);
		rt_inspect_bool(o, "ready", atomic_load_explicit(&c->ready, memory_order_relaxed));
		rt_inspect_u64(o, "requests", CH_LD(c, requests));
		rt_inspect_u64(o, "completions", CH_LD(c, completions));
		rt_inspect_u64(o, "times_throttled", CH_LD(c, throttled));
		rt_inspect_u64(o, "replies_queued", CH_LD(c, replies_queued));
		pthread_mutex_lock(&c->mu);
		rt_inspect_u64(o, "outstanding", c->outstanding);
		rt_inspect_bool(o, "throttled", c->paused);
		rt_inspect_bool(o, "resetting", c->resetting);
		pthread_mutex_unlock(&c->mu);
		rt_inspect_end(o);
	}
	pthread_mutex_unlock(&s->mu);
	rt_inspect_end(o);
	luns_show(s, o);
}

static void get_limit(void *ctx, char *buf, size_t len)
{
	snprintf(buf, len, "%u", storvsp_max_outstanding(ctx, NULL));
}

static int set_limit(void *ctx, const char *value, char *err, size_t errlen)
{
	uint32_t pool;
	char *end;
	unsigned long n = strtoul(value, &end, 0);

	storvsp_max_outstanding(ctx, &pool);
	if (!*value || *end || storvsp_set_max_outstanding(ctx, n > UINT32_MAX ? 0 : (uint32_t)n)) {
		snprintf(err, errlen, "max_outstanding: want 1..%u (the request pool), got '%s'",
			 pool, value);
		return -EINVAL;
	}
	return 0;
}

struct rt_inspect_node *storvsp_kind_inspect(void *dev, struct rt_inspect *in,
					     struct rt_inspect_node *parent, const char *name)
{
	struct rt_inspect_node *n = rt_inspect_add(in, parent, name, show, dev);

	if (n)
		rt_inspect_knob(in, n, "max_outstanding",
				"1..request_pool: requests each channel may have outstanding",
				get_limit, set_limit, dev);
	return n;
}
