/*
 * netvsp across a live update (netvsp_save.c; records NETVSP* in
 * spec/savestate.yaml; devices/netvsp/README.md says what is saved).
 */
#ifndef PV_DEVICES_NETVSP_SAVE_H
#define PV_DEVICES_NETVSP_SAVE_H

#include <stdbool.h>
#include <stdint.h>

#include "devices/netvsp/netvsp.h"

struct pvss_netvsp;
struct rt_ss_reader;
struct rt_ss_writer;

/* How long quiesce waits for the endpoint to finish the guest's sends. */
#define NETVSP_QUIESCE_MS 2000u

/*
 * After the VMBus server stopped the channel workers: waits up to
 * timeout_ms until every send the guest made is done on the endpoint and
 * the endpoint holds no received frame (one the guest has no room for is
 * parked here and saved), then stops the endpoint. Returns 0, -ETIMEDOUT,
 * -EOPNOTSUPP (an endpoint kind that cannot cross: an added kind such as
 * mana); then nothing stays quiesced. Server loop.
 */
int netvsp_quiesce(struct netvsp *d, unsigned timeout_ms);
/* Undoes netvsp_quiesce() after a refused update. Server loop. */
void netvsp_unquiesce(struct netvsp *d);

/* Appends NETVSP and the records after it, and the tap's FD records. Quiesced. */
int netvsp_save(struct netvsp *d, struct rt_ss_writer *w);

/* What the configuration says, for the checks of a NETVSP record. */
struct netvsp_restore_cfg {
	const char *endpoint;      /* tap, loopback, null (an added kind is refused) */
	uint32_t queues;           /* the configuration's queue count */
	uint32_t max_nvsp_version; /* 0 = 6.1 */
	bool vf;                   /* a VF is configured (vf_serial) */
};

/*
 * Takes the NETVSP record at r's cursor, checks it against the
 * configuration and claims the tap's descriptors (fds[], *nfds; not with
 * check_only). Returns 0 or a negative errno with the reason in r->err.
 */
int netvsp_restore_begin(struct rt_ss_reader *r, const struct netvsp_restore_cfg *c,
			 bool check_only, struct pvss_netvsp *rec, int *fds, unsigned *nfds);

/*
 * The records after NETVSP: with check_only, d is NULL and they are only
 * checked; else d was made by netvsp_create() with opts.restoring (its
 * offer claimed the restored channels, the endpoint adopted), the session,
 * buffers, channels, the guest's slots, waiting packets and parked frames
 * are rebuilt and the endpoint started. Returns 0 or a negative errno with
 * the reason in r->err. Server loop.
 */
int netvsp_restore(struct netvsp *d, struct rt_ss_reader *r, const struct pvss_netvsp *rec,
		   const struct netvsp_restore_cfg *c, bool check_only);

#endif
