/* pv_hostile internals shared by pv_hostile.c (plumbing, VMBus cases) and pv_hostile_dev.c. */
#ifndef PV_HOSTILE_PRIV_H
#define PV_HOSTILE_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "tools/pvguest/pv_hostile.h"

struct pvg_chan;
struct pvg_offer;

double pvh_now(void);
/* Sets h->err (", strerror(-rc)" appended when rc) and returns rc (or -EIO). */
int pvh_fail(struct pvh *h, int rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int pvh_timeout(const struct pvh *h);
/* Connects and negotiates a session, retrying while the host still holds the last one. */
int pvh_connect(struct pvh *h, struct pvg **out);
/* The k-th echo offer (0: the one cases abuse, 1: the spare). */
const struct pvg_offer *pvh_echo_offer(struct pvg *g, unsigned k);
/* n round trips on the spare echo channel of g. */
int pvh_echo(struct pvh *h, struct pvg *g, unsigned n);
/* CLOSECHANNEL for relid, nothing else (the guest keeps its side). */
int pvh_post_close(struct pvh *h, uint32_t relid);
/* Sends on c, never reading, until the host stops taking packets or max were sent. */
int pvh_fill_unread(struct pvh *h, struct pvg_chan *c, uint16_t flags, uint32_t max,
		    uint32_t *sent);
/* pv_hostile_dev.c: brings storvsc / netvsc up on a new session g and uses it. */
int pvh_storvsc_use(struct pvh *h, struct pvg *g);
int pvh_netvsc_use(struct pvh *h, struct pvg *g);
/* pv_hostile_dev.c: the storvsp and netvsp cases. */
const struct pvh_case *pvh_dev_cases(size_t *n);

#endif
