/*
 * Internals of the netvsc client, shared by its files:
 *   netvsc_client.c        open (NVSP handshake, buffers, subchannels, RNDIS
 *                          bring-up), close, getters
 *   netvsc_client_data.c   ring packets: sends, the poll loop (completions,
 *                          received transfer pages), frames, raw NVSP
 *   netvsc_client_rndis.c  RNDIS control requests in the last send section
 *   netvsc_client_traffic.c  workload and ping (rx callbacks over the above)
 *   netvsc_client_cli.c    `pvguest netvsc`
 * Threading: one thread, like pv_guest; every field below belongs to it.
 */
#ifndef PV_NETVSC_CLIENT_PRIV_H
#define PV_NETVSC_CLIENT_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "nvsp_codec.h"
#include "tools/pvguest/netvsc_client.h"
#include "tools/pvguest/pv_guest.h"

/* Transaction ids: each send kind has its own range so a completion finds its owner. */
#define TID_INIT (UINT64_MAX - 2)
#define TID_CTRL 0x70000000ull
#define TID_SEC 0x10000000ull
#define TID_GPA 0x20000000ull
#define TID_FLOOD 0x30000000ull /* pvnc_flood_sends: completions ignored */
#define GPA_PAGES 64
#define CTRL_MAX 2048

struct held {
	unsigned chan;
	uint64_t tid;
};

struct pvnc {
	struct pvg *g;
	struct pvnc_opts o;
	int timeout;
	uint32_t relid;
	struct pvg_chan *ch[PVNC_MAX_CHANNELS];
	unsigned nchan;
	uint32_t version, ndis;
	uint8_t mac[6];
	uint32_t mtu;

	uint64_t recv_pfn, send_pfn, gpa_pfn;
	uint32_t recv_pages, send_pages;
	uint32_t recv_gpadl, send_gpadl;
	bool recv_ok, send_ok;
	uint32_t sub_alloc, nslots;
	uint8_t *owned;
	uint32_t *slot_next; /* slots of one transfer-page packet, chained from the first */
	struct held *held;
	uint32_t nheld;
	bool hold;

	uint32_t section_size, nsections; /* the last section carries control messages */
	uint32_t *free_sec, nfree_sec;
	uint32_t free_gpa[GPA_PAGES], nfree_gpa;

	uint32_t req_id;
	bool rndis_up;
	uint8_t reply[CTRL_MAX];
	uint32_t reply_len;
	bool have_reply;
	bool ctrl_done;
	uint32_t ctrl_status;

	uint64_t wait_tid;
	bool wait_done;
	uint8_t wait_buf[NVSP_MSG_SIZE];

	uint32_t table[NVSP_SEND_TABLE_ENTRIES], table_count;
	struct pvnc_stats st;
	uint32_t outstanding;
};

static inline uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static inline struct rt_gmem *G(struct pvnc *nc)
{
	return pvg_gmem(nc->g);
}

/*
 * pvg_chan_send(_ext) on channel ci, waiting for ring room while the host
 * drains it; -ETIMEDOUT after the client's timeout.
 */
int pvnc_pkt_send(struct pvnc *nc, unsigned ci, uint16_t type, uint16_t flags, uint64_t tid,
		  const void *ext, size_t ext_len, const void *data, size_t len);
/* Polls until *flag is set (by a handler in pvnc_poll) or the timeout passes. */
int pvnc_wait_flag(struct pvnc *nc, bool *flag);
/*
 * Sends an RNDIS control message in the last send section and waits for its
 * NVSP completion and, with want_reply, for the RNDIS reply (in nc->reply).
 */
int pvnc_ctrl_send(struct pvnc *nc, const void *msg, uint32_t len, bool want_reply);

/*
 * Encodes m by the generated NVSP codec into the NVSP_MSG_SIZE bytes a netvsc
 * packet carries and sends it on channel chan (pvnc_nvsp_raw: with want, waits
 * for the completion, whose bytes land in reply).
 */
int pvnc_nvsp_send(struct pvnc *nc, unsigned chan, const struct nvsp_msg *m, uint64_t tid,
		   bool want, uint8_t reply[NVSP_MSG_SIZE]);

#endif
