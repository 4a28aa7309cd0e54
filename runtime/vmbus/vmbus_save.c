/*
 * VMBus server save and restore (servicing; records in spec/savestate.yaml).
 *
 * The guest's session lives on in the new binary: negotiated version and
 * features, where messages go (VP, SINT, message connection id), the
 * connection machine's state. The generated machines' internal state
 * numbers are not written down (a grammar change would renumber them):
 * each is saved by name and reached again by feeding the machine the
 * shortest sequence of events that leads to a state of that name.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/savestate.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_priv.h"
#include "runtime/vmbus/vmbus_save.h"

/* ------------------------------------------------------------------ */
/* Reaching a generated machine's state by name                         */

#define REACH_MAX 256 /* states explored: far more than any of our machines has */

struct fsm_walk {
	int nevents;
	int (*feed)(int *cs, int ev); /* on a copy of the machine's cs */
	const char *(*name)(int cs);
};

/* Breadth first from the start state `start`; stores the state in *out. */
static int fsm_reach(const struct fsm_walk *fw, int start, const char *want, int *out)
{
	int seen[REACH_MAX], queue[REACH_MAX];
	unsigned nseen = 0, head = 0, tail = 0;

	seen[nseen++] = start;
	queue[tail++] = start;
	while (head < tail) {
		int cs = queue[head++];
		if (strcmp(fw->name(cs), want) == 0) {
			*out = cs;
			return 0;
		}
		for (int ev = 1; ev <= fw->nevents; ev++) {
			int next = cs;
			bool known = false;
			if (fw->feed(&next, ev))
				continue;
			for (unsigned i = 0; i < nseen && !known; i++)
				known = seen[i] == next;
			if (known || nseen == REACH_MAX)
				continue;
			seen[nseen++] = next;
			queue[tail++] = next;
		}
	}
	return -ENOENT;
}

static int conn_walk_feed(int *cs, int ev)
{
	struct vmbus_conn_fsm f = {*cs};
	int rc = vmbus_conn_fsm_feed(&f, (enum vmbus_conn_event)ev, NULL, NULL);

	*cs = f.cs;
	return rc;
}

static const char *conn_walk_name(int cs)
{
	struct vmbus_conn_fsm f = {cs};

	return vmbus_conn_fsm_state_name(&f);
}

static const struct fsm_walk conn_walk = {VMBUS_CONN_EV_COUNT, conn_walk_feed, conn_walk_name};

/* The saved connection states and the machine's names for them (spec/vmbus.yaml). */
static const char *const conn_state_names[] = {
	[PVSS_VMBUS_CONN_STATE_DISCONNECTED] = "disconnected",
	[PVSS_VMBUS_CONN_STATE_CONNECTED] = "connected",
	[PVSS_VMBUS_CONN_STATE_READY] = "ready",
};

/* ------------------------------------------------------------------ */
/* Save                                                                 */

int vmbus_server_can_save(const struct vmbus_server *s, char *why, size_t why_len)
{
	const char *name = vmbus_conn_fsm_state_name(&s->conn_fsm);
	const struct vmbus_chan *c;
	bool known = false;

	for (size_t i = 0; i < RT_ARRAY_SIZE(conn_state_names); i++)
		known |= strcmp(conn_state_names[i], name) == 0;
	if (!known) {
		snprintf(why, why_len, "the VMBus connection is in state %s, between messages",
			 name);
		return -EBUSY;
	}
	TAILQ_FOREACH(c, &s->chans, link) {
		if (c->is_open) {
			snprintf(why, why_len,
				 "VMBus channel %u (%s) is open: saving open channels is not "
				 "implemented yet",
				 c->relid, c->name);
			return -EOPNOTSUPP;
		}
	}
	if (rt_gpadl_table_count(s->gpadls) || !TAILQ_EMPTY(&s->gpadl_trk)) {
		snprintf(why, why_len,
			 "the guest holds %u GPADLs: saving GPADLs is not implemented yet",
			 rt_gpadl_table_count(s->gpadls));
		return -EOPNOTSUPP;
	}
	return 0;
}

int vmbus_server_pause(struct vmbus_server *s)
{
	const struct vmbus_chan *c;

	rt_loop_assert_thread(s->loop);
	/* No open channel can be saved yet (vmbus_server_can_save): no worker to stop. */
	TAILQ_FOREACH(c, &s->chans, link)
		if (c->is_open)
			return -EOPNOTSUPP;
	return 0;
}

void vmbus_server_resume(struct vmbus_server *s)
{
	rt_loop_assert_thread(s->loop);
}

int vmbus_server_save(struct vmbus_server *s, struct rt_ss_writer *w)
{
	struct pvss_msg *m;
	const char *name = vmbus_conn_fsm_state_name(&s->conn_fsm);
	char why[160];
	int rc;

	rt_loop_assert_thread(s->loop);
	rc = vmbus_server_can_save(s, why, sizeof(why));
	if (rc) {
		rt_log_err(&s->log, "cannot save: %s", why);
		return rc;
	}
	m = rt_ss_msg_new(PVSS_REC_TYPE_VMBUS_SERVER);
	if (!m)
		return -ENOMEM;
	for (size_t i = 0; i < RT_ARRAY_SIZE(conn_state_names); i++)
		if (strcmp(conn_state_names[i], name) == 0)
			m->u.vmbus_server.state = (uint32_t)i;
	m->u.vmbus_server.version = s->version;
	m->u.vmbus_server.features = s->features;
	m->u.vmbus_server.target_vp = s->target_vp;
	m->u.vmbus_server.target_sint = s->target_sint;
	m->u.vmbus_server.msg_conn_id = s->opts.msg_conn_id;
	m->u.vmbus_server.unload_version = s->unload_version;
	m->u.vmbus_server.dropped = s->dropped;
	rc = rt_ss_put(w, m);
	free(m);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Restore                                                              */

/* Takes and checks the connection record; *cs gets the machine state to enter. */
static int parse_conn(struct rt_ss_reader *r, const struct vmbus_server_opts *opts,
		      uint32_t vp_count, struct pvss_vmbus_server *out, int *cs)
{
	struct pvss_msg *m = rt_ss_msg_new(0);
	struct vmbus_conn_fsm start;
	uint32_t msg_conn_id = opts->msg_conn_id ? opts->msg_conn_id : VMBUS_MESSAGE_CONNECTION_ID;
	uint32_t max = opts->max_version ? opts->max_version : UINT32_MAX;
	int rc;

	if (!m)
		return -ENOMEM;
	if (rt_ss_take(r, PVSS_REC_TYPE_VMBUS_SERVER, m)) {
		rc = rt_ss_fail(r, -EINVAL, "saved state has no VMBus server record");
		goto out;
	}
	*out = m->u.vmbus_server;
	if (out->version && (!vmbus_version_known(out->version) || out->version > max)) {
		rc = rt_ss_fail(r, -EINVAL,
				"VMBus: saved version 0x%x is not one this server speaks",
				out->version);
		goto out;
	}
	if (out->features & ~VMBUS_SERVER_FEATURES ||
	    (out->features && out->version < VMBUS_VERSION_COPPER)) {
		rc = rt_ss_fail(r, -EINVAL, "VMBus: saved features 0x%llx not grantable",
				(unsigned long long)out->features);
		goto out;
	}
	if (out->target_vp >= vp_count) {
		rc = rt_ss_fail(r, -EINVAL, "VMBus: saved target VP %u, the partition has %u",
				out->target_vp, vp_count);
		goto out;
	}
	if (out->msg_conn_id != msg_conn_id) {
		rc = rt_ss_fail(r, -EINVAL,
				"VMBus: the guest posts on connection %u, the configuration "
				"answers %u",
				out->msg_conn_id, msg_conn_id);
		goto out;
	}
	vmbus_conn_fsm_init(&start);
	if (fsm_reach(&conn_walk, start.cs, conn_state_names[out->state], cs)) {
		rc = rt_ss_fail(r, -EINVAL, "VMBus: the connection machine has no state %s",
				conn_state_names[out->state]);
		goto out;
	}
	rc = 0;
out:
	free(m);
	return rc;
}

int vmbus_server_restore_check(struct rt_ss_reader *r, const struct vmbus_server_opts *opts,
			       uint32_t vp_count)
{
	struct pvss_vmbus_server c;
	int cs;

	return parse_conn(r, opts, vp_count, &c, &cs);
}

int vmbus_server_restore(struct vmbus_server *s, struct rt_ss_reader *r)
{
	struct pvss_vmbus_server c;
	int cs, rc;

	rt_loop_assert_thread(s->loop);
	rc = parse_conn(r, &s->opts, s->part->vp_count, &c, &cs);
	if (rc)
		return rc;
	s->conn_fsm.cs = cs;
	s->version = c.version;
	s->features = c.features;
	s->target_vp = c.target_vp;
	s->target_sint = c.target_sint;
	s->unload_version = c.unload_version;
	s->dropped = c.dropped;
	s->offers_requested = c.state == PVSS_VMBUS_CONN_STATE_READY;
	rt_log_info(&s->log, "restored: %s, version %u.%u, vp %u sint %u",
		    conn_state_names[c.state], s->version >> 16, s->version & 0xffff, s->target_vp,
		    s->target_sint);
	return 0;
}
