/*
 * The sim partition: VTL0 is a user-mode guest process (pvguest, the tests,
 * trace replay) connected on a Unix SOCK_SEQPACKET socket. Guest RAM is a
 * memfd both processes map; host->guest interrupts go on a socketpair, guest->host signals on eventfds; the SIEF
 * (synthetic event flags) pages are a second small memfd. The wire format is
 * docs/sim-partition.md. One guest at a time: a second connection is refused
 * with a message; a disconnect runs cb.on_reset and the socket accepts the
 * next guest.
 */
#ifndef RT_PARTITION_SIM_H
#define RT_PARTITION_SIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/partition.h"

struct rt_log;

/*
 * Creates the partition: mem_size bytes of guest RAM (4 KiB multiple),
 * vp_count VPs (1..64), and a listening socket at socket_path (an existing
 * socket file there is replaced). Guests are accepted once ops->start ran.
 * Set p->cb and p->cb_ctx before start. Destroy with p->ops->destroy(p),
 * which removes the socket file. Returns 0 or a negative errno.
 */
int rt_partition_sim_create(struct ev_loop *loop, const char *socket_path, size_t mem_size,
			    uint32_t vp_count, struct rt_partition **out);

struct rt_ss_reader;

/*
 * Servicing: rebuilds the partition a previous binary saved (ops->save) from
 * the records at r's cursor, adopting its descriptors: guest RAM, the SIEF
 * pages, the listening socket and the connected guest, who never notices
 * (its POSTs waited in the socket; every signal route is sent to it again,
 * then the datagrams that were queued). socket_path, mem_size and vp_count
 * are the configuration's and must match the saved partition. With
 * check_only nothing is built or touched (the records and the descriptor
 * list are checked; *out stays NULL). Returns 0 or a negative errno with the
 * reason in r->err.
 */
int rt_partition_sim_restore(struct ev_loop *loop, const char *socket_path, size_t mem_size,
			     uint32_t vp_count, struct rt_ss_reader *r, bool check_only,
			     struct rt_partition **out);

/* Sends the partition's log lines to `log` instead of its own stderr sink. */
void rt_partition_sim_set_log(struct rt_partition *p, struct rt_log *log);

/* True while a guest is connected (loop thread). */
int rt_partition_sim_connected(struct rt_partition *p);

#endif
