/* DO NOT EDIT: generated from spec/vmbus.yaml by codegen/pvgen.py. */

#include <errno.h>
#include <stddef.h>

#include "vmbus_conn_fsm.h"

%%{
	machine vmbus_conn;
	alphtype int;

	action on_contact {
		if (a && a->on_contact) {
			rc = a->on_contact(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_reset {
		if (a && a->on_reset) {
			rc = a->on_reset(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_connected {
		if (a && a->on_connected) {
			rc = a->on_connected(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_request_offers {
		if (a && a->on_request_offers) {
			rc = a->on_request_offers(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_unload {
		if (a && a->on_unload) {
			rc = a->on_unload(ctx);
			if (rc < 0)
				fbreak;
		}
	}
	action on_unloaded {
		if (a && a->on_unloaded) {
			rc = a->on_unloaded(ctx);
			if (rc < 0)
				fbreak;
		}
	}

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

# grammar from spec/vmbus.yaml line 500
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

	(void)a;
	(void)ctx;
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

const char *vmbus_conn_event_name(uint32_t ev)
{
	switch (ev) {
	case 1:
		return "INITIATE_CONTACT";
	case 2:
		return "VERSION_ACCEPTED";
	case 3:
		return "VERSION_REJECTED";
	case 4:
		return "REQUESTOFFERS";
	case 5:
		return "OFFERCHANNEL";
	case 6:
		return "ALLOFFERS_DELIVERED";
	case 7:
		return "RESCIND_CHANNELOFFER";
	case 8:
		return "CHANNEL_RX";
	case 9:
		return "CHANNEL_TX";
	case 10:
		return "UNLOAD";
	case 11:
		return "UNLOAD_RESPONSE";
	default:
		return "?";
	}
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
