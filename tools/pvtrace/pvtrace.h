/*
 * pvtrace internals: a trace session (what the records so far taught us:
 * negotiated version, channels and their classes, GPADLs, session machines),
 * and the four commands. The library (pv_tracetool) is what the tests call;
 * main.c only parses arguments.
 */
#ifndef PVTRACE_H
#define PVTRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "rndis_device_fsm.h"
#include "runtime/trace.h"
#include "storvsc_init_fsm.h"
#include "vmbus_chan_fsm.h"
#include "vmbus_conn_fsm.h"
#include "vmbus_gpadl_fsm.h"

/* Inner protocol of a channel's ring packets, from its interface GUID. */
enum pvt_inner { PVT_INNER_NONE, PVT_INNER_STORVSC, PVT_INNER_NVSP };

struct pvt_chan {
	uint32_t relid;
	uint8_t if_type[16], if_instance[16];
	uint16_t sub_index;
	enum pvt_inner inner;
	bool live; /* offered and not released */
	bool open; /* OPENCHANNEL_RESULT success seen, no close since */
	struct vmbus_chan_fsm fsm;
	struct storvsc_init_fsm sfsm;
	/* Recent storvsc requests, so completions decode as their request's reply. */
	struct {
		uint64_t trans_id;
		uint32_t op;
	} pend[64];
	unsigned pend_next;
	/* netvsc primary: the RNDIS device session and its packet-filter SETs in flight. */
	struct rndis_device_fsm rfsm;
#define PVT_RNDIS_SETS 8
	struct {
		uint32_t req_id;
		bool on, used;
	} rset[PVT_RNDIS_SETS];
	unsigned rset_next;
};

struct pvt_gpadl {
	uint32_t id, relid;
	uint32_t need_u64, got_u64; /* range words announced / received */
	struct vmbus_gpadl_fsm fsm;
};

/* A MANA HWC request not answered yet (session_mana.c). */
struct pvt_mana_req {
	uint16_t id;
	uint32_t type;
	bool used;
};
#define PVT_MANA_PENDING 64

/* An NVMe command seen going to the device, until a CQE names it (sqid, cid). */
struct pvt_nvme_cmd {
	uint16_t sqid, cid;
	uint8_t opcode;
	bool used;
};
#define PVT_NVME_PENDING 256 /* not protocol: commands remembered for naming their CQEs */

struct pvt_session {
	uint32_t asked_version; /* last INITIATE_CONTACT */
	uint32_t version;       /* 0 until accepted */
	uint64_t features;
	struct vmbus_conn_fsm conn;
	struct pvt_chan *chans;
	size_t nchans, capchans;
	struct pvt_gpadl *gpadls;
	size_t ngpadls, capgpadls;
	struct pvt_mana_req mana_pend[PVT_MANA_PENDING]; /* by hwc_msg_id modulo */
	struct pvt_nvme_cmd nvme_pend[PVT_NVME_PENDING]; /* searched; oldest replaced */
	unsigned nvme_next;                              /* the slot replaced next when full */
};

void pvt_session_init(struct pvt_session *s);
void pvt_session_fini(struct pvt_session *s);
struct pvt_chan *pvt_session_chan(struct pvt_session *s, uint32_t relid);

/*
 * Describes a record in one line (every field named, inner protocol by the
 * channel's class) into buf and advances the session. With check, also
 * validates it: returns 0, or -1 with the violated rule in why.
 */
int pvt_session_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		     size_t cap, char *why, size_t whycap);

/* The RNDIS record step (session_rndis.c), same contract as pvt_session_step(). */
int pvt_rndis_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		   size_t cap, char *why, size_t whycap);

/* The MANA (HWC message) and GDMA (queue entry) record step (session_mana.c), same contract. */
int pvt_mana_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		  size_t cap, char *why, size_t whycap);

/*
 * The NVMe record step (session_nvme.c: SQEs to the device, CQEs from it,
 * protos NVME and NVM), same contract as pvt_session_step().
 */
int pvt_nvme_step(struct pvt_session *s, const struct rt_trace_rec *r, bool check, char *buf,
		  size_t cap, char *why, size_t whycap);

/* Hex dump of len bytes, 16 per line, with a prefix per line. */
void pvt_hexdump(FILE *f, const char *prefix, const uint8_t *p, size_t len);

/* Appends printf output to the NUL-terminated text in buf (cap bytes); never overruns. */
__attribute__((format(printf, 3, 4))) void pvt_add(char *buf, size_t cap, const char *fmt, ...);

/* Writes the reason for a violation into why (cap bytes, may be NULL); returns -1. */
__attribute__((format(printf, 3, 4))) int pvt_violate(char *why, size_t cap, const char *fmt, ...);
/* The same when check is set (validate); else nothing, and returns 0 (decode goes on). */
__attribute__((format(printf, 4, 5))) int pvt_violate_if(bool check, char *why, size_t cap,
							 const char *fmt, ...);

/* Commands: each returns the process exit code (0 ok, 1 mismatch/violation, 2 usage/error). */
int pvt_cmd_decode(const char *path, bool hex, FILE *out);
int pvt_cmd_validate(const char *path, FILE *out);

struct pvt_replay_opts {
	const char *trace;
	const char *socket;    /* connect to a running paravisor here */
	const char *paravisor; /* or start this binary (with config, or sim + echo) */
	const char *config;    /* its --config; must name the socket given */
	const char *vm;        /* or: config sections other than partition (devices:, vmbus:) */
	bool verbose;
	int timeout_ms; /* per expected answer; 0 = 5000 */
	/*
	 * Frames the recorded guest received came from a peer the replay does
	 * not have (a TAP): receive packets carrying RNDIS PACKET messages are
	 * neither expected nor compared, the paravisor's own are completed and
	 * dropped; control messages are still compared (docs/traces.md).
	 */
	bool skip_rx_frames;
};
int pvt_cmd_replay(const struct pvt_replay_opts *o, FILE *out);
int pvt_cmd_diff(const char *a, const char *b, FILE *out);
/* pvtrace extcap ... (extcap.c): Wireshark's external capture of running paravisors. */
int pvt_extcap(int argc, char **argv);

/*
 * Compares a recorded answer with an actual one under the replay/diff masks
 * (docs/traces.md). relid_map maps recorded relids to actual ones (identity
 * when NULL). Returns true if equal; else describes the first difference.
 */
struct pvt_relmap {
	uint32_t from[256], to[256];
	unsigned n;
};
uint32_t pvt_relmap_get(const struct pvt_relmap *m, uint32_t relid);
void pvt_relmap_set(struct pvt_relmap *m, uint32_t from, uint32_t to);
bool pvt_masked_equal(uint8_t proto, const uint8_t *exp, size_t elen, bool truncated,
		      const uint8_t *act, size_t alen, const struct pvt_relmap *map, char *why,
		      size_t whycap);

#endif
