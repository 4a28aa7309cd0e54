/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "vmbus_conn_fsm.h"

/* Runs one hook of the device's table (none: 0). */
static int vmbus_conn_run(int (*hook)(void *), void *ctx)
{
	return hook ? hook(ctx) : 0;
}

%%{
	machine vmbus_conn;
	alphtype int;

	action on_contact { if (a && (rc = vmbus_conn_run(a->on_contact, ctx)) < 0) fbreak; }
	action on_reset { if (a && (rc = vmbus_conn_run(a->on_reset, ctx)) < 0) fbreak; }
	action on_connected { if (a && (rc = vmbus_conn_run(a->on_connected, ctx)) < 0) fbreak; }
	action on_request_offers { if (a && (rc = vmbus_conn_run(a->on_request_offers, ctx)) < 0) fbreak; }
	action on_unload { if (a && (rc = vmbus_conn_run(a->on_unload, ctx)) < 0) fbreak; }
	action on_unloaded { if (a && (rc = vmbus_conn_run(a->on_unloaded, ctx)) < 0) fbreak; }

	INITIATE_CONTACT = 1;
	VERSION_ACCEPTED = 2;
	VERSION_REJECTED = 3;
	REQUESTOFFERS = 4;
	OFFERCHANNEL = 5;
	ALLOFFERS_DELIVERED = 6;
	RESCIND_CHANNELOFFER = 7;
	CHANNEL_RX = 8;
	CHANNEL_TX = 9;
	UNLOAD = 10;
	UNLOAD_RESPONSE = 11;

# grammar from spec/vmbus.yaml line 535
	main := (
	  start: (
	    INITIATE_CONTACT @on_contact -> contacting |
	    UNLOAD @on_unload -> unloading
	  ),
	  contacting: (
	    VERSION_ACCEPTED @on_connected -> connected |
	    VERSION_REJECTED -> start
	  ),
	  connected: (
	    REQUESTOFFERS @on_request_offers -> offering |
	    INITIATE_CONTACT @on_reset -> contacting |
	    UNLOAD @on_unload -> unloading
	  ),
	  offering: (
	    (OFFERCHANNEL | RESCIND_CHANNELOFFER | CHANNEL_RX | CHANNEL_TX) -> offering |
	    ALLOFFERS_DELIVERED -> ready |
	    INITIATE_CONTACT @on_reset -> contacting |
	    UNLOAD @on_unload -> unloading
	  ),
	  ready: (
	    (OFFERCHANNEL | RESCIND_CHANNELOFFER | CHANNEL_RX | CHANNEL_TX) -> ready |
	    INITIATE_CONTACT @on_reset -> contacting |
	    UNLOAD @on_unload -> unloading
	  ),
	  unloading: (
	    UNLOAD_RESPONSE @on_unloaded -> start
	  )
	);
}%%

%% write data;

void vmbus_conn_fsm_init(struct vmbus_conn_fsm *f)
{
	int cs;

	%% write init;
	f->cs = cs;
}

int vmbus_conn_fsm_feed(struct vmbus_conn_fsm *f, enum vmbus_conn_event ev, const struct vmbus_conn_actions *a,
	void *ctx)
{
	const int evv = (int)ev;
	const int *p = &evv;
	const int *pe = p + 1;
	int cs = f->cs;
	int rc = 0;

	if (cs == vmbus_conn_error)
		return -EPROTO;
	%% write exec;
	if (rc < 0)
		return rc;
	if (cs == vmbus_conn_error)
		return -EPROTO;
	f->cs = cs;
	return 0;
}

bool vmbus_conn_fsm_can_feed(const struct vmbus_conn_fsm *f, enum vmbus_conn_event ev)
{
	struct vmbus_conn_fsm probe = *f;

	return vmbus_conn_fsm_feed(&probe, ev, NULL, NULL) == 0;
}

static const char *const vmbus_conn_event_names[] = {
	[1] = "INITIATE_CONTACT",
	[2] = "VERSION_ACCEPTED",
	[3] = "VERSION_REJECTED",
	[4] = "REQUESTOFFERS",
	[5] = "OFFERCHANNEL",
	[6] = "ALLOFFERS_DELIVERED",
	[7] = "RESCIND_CHANNELOFFER",
	[8] = "CHANNEL_RX",
	[9] = "CHANNEL_TX",
	[10] = "UNLOAD",
	[11] = "UNLOAD_RESPONSE",
};

const char *vmbus_conn_event_name(uint32_t ev)
{
	if (ev >= sizeof(vmbus_conn_event_names) / sizeof(vmbus_conn_event_names[0]) || !vmbus_conn_event_names[ev])
		return "?";
	return vmbus_conn_event_names[ev];
}

static const char *const vmbus_conn_state_names[] = {
	[0] = "error",
	[1] = "disconnected",
	[2] = "contacting",
	[3] = "connected",
	[4] = "offering",
	[5] = "ready",
	[6] = "unloading",
};

const char *vmbus_conn_fsm_state_name(const struct vmbus_conn_fsm *f)
{
	if (f->cs < 0 || f->cs > 6 || !vmbus_conn_state_names[f->cs])
		return "?";
	return vmbus_conn_state_names[f->cs];
}
