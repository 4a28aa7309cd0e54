/*
 * Shared harness of the storvsp libFuzzer targets (storvsp_packet,
 * storvsp_session): the fake transport a storvsp channel sends on, with the
 * checks on every send, and delivery of one packet as the VMBus channel
 * hands it over, on this thread with the I/O loop.
 *
 * Checked on every send: a reply is 48 or 64 bytes; it is a completion
 * echoing a trans_id the guest used (or the init steps' VMRING_RQST_ID_INIT)
 * or an in-band notification with no id and no flags. Subchannel offers ask
 * for 1..max_sub. A packet storvsp holds in the ring (-EAGAIN) makes
 * progress once the guest reads every channel's ring.
 */
#ifndef STORVSP_FUZZ_H
#define STORVSP_FUZZ_H

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "devices/storvsp/storvsp.h"
#include "runtime/loop.h"
#include "runtime/util.h"
#include "runtime/vmbus/vmbus_chan.h"
#include "storvsc_codec.h"

struct fake {
	unsigned sends, refuse_every; /* refuse_every: every n-th send gets -EAGAIN (0: none) */
	uint64_t max_id; /* ids are 2, 3, ... plus VMBUS_RQST_INIT for the init steps */
	unsigned kicks;
	uint16_t max_sub; /* the subchannels the controller was created with */
};

static int f_send(void *port, uint16_t type, uint16_t flags, uint64_t id, const void *d, size_t len)
{
	struct fake *f = port;

	(void)d;
	if (f->refuse_every && ++f->sends % f->refuse_every == 0)
		return -EAGAIN;
	if (len != STORVSC_PACKET_V1_SIZE && len != STORVSC_PACKET_SIZE)
		__builtin_trap();
	if (type == VMRING_PKT_COMP) {
		if (id != VMRING_RQST_ID_INIT && (id < 2 || id > f->max_id))
			__builtin_trap();
	} else if (type != VMRING_PKT_DATA_INBAND || id != 0 || flags) {
		__builtin_trap();
	}
	return 0;
}

static void f_kick(void *port)
{
	((struct fake *)port)->kicks++;
}

static int f_offer(void *port, uint16_t n)
{
	if (!n || n > ((struct fake *)port)->max_sub)
		__builtin_trap();
	return 0;
}

static const struct storvsp_channel_ops fops = {f_send, f_kick, f_offer};

/*
 * One packet to channel c of chs[0..nch) (NULL: closed, nothing happens) as
 * the channel hands it over: laid out as in the ring, then decoded.
 */
static void sf_deliver(struct fake *f, struct storvsp_channel *const *chs, unsigned nch, unsigned c,
		       struct ev_loop *l, uint16_t type, uint64_t id, const void *ext,
		       uint32_t ext_len, const void *d, uint32_t len)
{
	static uint64_t buf[(VMRING_DESC_SIZE + 256 + 128) / 8];
	static struct vmbus_pkt_gpa gpa;
	struct vmbus_pkt pkt;
	int n, rc;

	if (!chs[c])
		return;
	n = vmbus_pkt_build(buf, sizeof(buf), type, VMRING_PKT_FLAGS_COMPLETION_REQUESTED, id, ext,
			    ext_len, d, len);
	/* A descriptor the spec refuses resets the channel: nothing reaches storvsp. */
	if (n < 0 || vmbus_pkt_decode(buf, (size_t)n, &gpa, &pkt) != PV_OK)
		return;
	if (id != VMRING_RQST_ID_INIT && id > f->max_id)
		f->max_id = id;
	/*
	 * -EAGAIN holds the packet in the ring: at max_io, or behind a reset
	 * that waits for the controller's outstanding requests. Either way
	 * completions must make progress; a packet held forever is a bug.
	 */
	for (int tries = 0; (rc = storvsp_channel_packet(chs[c], &pkt)) == -EAGAIN; tries++) {
		if (tries > 10000)
			__builtin_trap(); /* held forever though the guest reads every ring */
		/*
		 * A guest that reads every ring: a reply held on another channel
		 * (a reset's completion) may be what this packet waits behind.
		 */
		for (unsigned i = 0; i < nch; i++)
			if (chs[i])
				storvsp_channel_send_space(chs[i]);
		ev_run(l, EVRUN_NOWAIT);
	}
	if (rc)
		__builtin_trap();
	ev_run(l, EVRUN_NOWAIT);
}

/* The valid init (generated encoders) on chs[0]: BEGIN, QUERY_VERSION at `version`, QUERY_PROPERTIES, END. */
static void sf_init_steps(struct fake *f, struct storvsp_channel *const *chs, unsigned nch,
			  struct ev_loop *l, uint32_t version)
{
	static const uint32_t ops[] = {
		STORVSC_OPERATION_BEGIN_INITIALIZATION, STORVSC_OPERATION_QUERY_PROTOCOL_VERSION,
		STORVSC_OPERATION_QUERY_PROPERTIES, STORVSC_OPERATION_END_INITIALIZATION};

	for (unsigned i = 0; i < RT_ARRAY_SIZE(ops); i++) {
		struct storvsc_msg m = {.type = ops[i]};
		uint8_t pkt[STORVSC_PACKET_SIZE];
		int n;

		m.u.version_packet.version.major_minor = (uint16_t)version;
		n = storvsc_msg_encode(&m, NULL, pkt, sizeof(pkt));
		if (n < 0)
			__builtin_trap();
		sf_deliver(f, chs, nch, 0, l, VMRING_PKT_DATA_INBAND, VMRING_RQST_ID_INIT, NULL, 0,
			   pkt, (uint32_t)n);
	}
}

#endif
