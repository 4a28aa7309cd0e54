/*
 * storvsp across a live update (storvsp_save.c; records STORVSP* in
 * spec/savestate.yaml; devices/storvsp/README.md says what is saved and
 * why outstanding requests are drained).
 */
#ifndef PV_DEVICES_STORVSP_SAVE_H
#define PV_DEVICES_STORVSP_SAVE_H

#include <stdbool.h>

#include "devices/storvsp/storvsp.h"

struct rt_ss_reader;
struct rt_ss_writer;

/* How long quiesce waits for the backends to complete what the guest sent. */
#define STORVSP_QUIESCE_MS 2000u

/*
 * After the VMBus server stopped the channel workers: waits up to
 * timeout_ms for every outstanding request to complete (its completion in
 * the guest's ring, or queued for ring room). Returns 0; -ETIMEDOUT (a
 * backend is slower than the bound), -EBUSY (a bus reset waits for the
 * guest), -EOPNOTSUPP (a memory LUN, a detached controller): then nothing
 * stays quiesced. Server loop.
 */
int storvsp_quiesce(struct storvsp *s, unsigned timeout_ms);
/* Undoes storvsp_quiesce() after a refused update. Server loop. */
void storvsp_unquiesce(struct storvsp *s);

/* Appends STORVSP, its STORVSP_LUNs, STORVSP_CHANNELs and STORVSP_REPLYs. Quiesced. */
int storvsp_save(struct storvsp *s, struct rt_ss_writer *w);

/*
 * Takes the controller's records at r's cursor and checks them against the
 * configuration (o, luns): with check_only, s is NULL and nothing is built
 * (the LUN files are checked by stat); else s was made by storvsp_create()
 * (its offer claimed the restored primary) with these LUNs added, and each
 * saved channel is rebuilt on its restored VMBus channel. Returns 0 or a
 * negative errno with the reason in r->err. Server loop.
 */
int storvsp_restore(struct storvsp *s, struct rt_ss_reader *r, const struct storvsp_opts *o,
		    const struct storvsp_lun_cfg *luns, unsigned nluns, bool check_only);

/*
 * Tests of a live update in one process: what exec does to a saved
 * controller (detached, its channels opened by the caller): its memory
 * goes, nothing is completed, sent or closed; each LUN's disk is handed to
 * drop_disk (disk_nvme_abandon for a kept NVMe LUN). The new controller
 * takes the state with storvsp_restore on channels the caller opened
 * again with the same sub indexes.
 */
struct disk;
void storvsp_abandon(struct storvsp *s, void (*drop_disk)(struct disk *d, void *ctx), void *ctx);

#endif
