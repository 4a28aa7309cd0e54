/*
 * pvtrace diff: two traces aligned by session and transaction. A record's
 * key is (protocol, direction, channel, transaction id, n-th occurrence of
 * that tuple): control messages (transaction 0) align by their order per
 * channel, ring packets by their transaction id. Channels of B are mapped to
 * A's relids through the offers' (class, instance, subchannel index).
 * Matched records are compared under the replay masks (docs/traces.md).
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "tools/pvtrace/pvtrace.h"
#include "vmbus_wire.h"

struct drec {
	struct rt_trace_rec r;
	uint32_t chan; /* in A's relid space */
	uint32_t occ;
	bool used;
	char *text;
};

struct dtrace {
	struct rt_trace_reader *rd;
	struct drec *v;
	size_t n;
};

struct offer_id {
	uint8_t key[34]; /* if_type, if_instance, sub_index */
	uint32_t relid;
};

static void unload(struct dtrace *t);

static int load(const char *path, struct dtrace *t, FILE *out)
{
	char err[256];
	struct rt_trace_rec rec;
	struct pvt_session s;
	size_t cap = 0;
	int rc;

	memset(t, 0, sizeof(*t));
	if (rt_trace_reader_open(path, &t->rd, err, sizeof(err))) {
		fprintf(out, "pvtrace: %s\n", err);
		return -1;
	}
	pvt_session_init(&s);
	while ((rc = rt_trace_reader_next(t->rd, &rec)) == 1) {
		if (t->n == cap) {
			cap = cap ? cap * 2 : 256;
			struct drec *n = realloc(t->v, cap * sizeof(*n));
			if (!n) {
				rc = -1;
				break;
			}
			t->v = n;
		}
		struct drec *d = &t->v[t->n++];
		memset(d, 0, sizeof(*d));
		d->r = rec;
		d->chan = rec.hdr.channel;
		d->text = malloc(2048);
		if (d->text)
			pvt_session_step(&s, &rec, false, d->text, 2048, NULL, 0);
	}
	pvt_session_fini(&s);
	if (rc < 0) {
		fprintf(out, "pvtrace: %s: %s\n", path, rt_trace_reader_error(t->rd));
		unload(t);
		return -1;
	}
	return 0;
}

static void unload(struct dtrace *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].text);
	free(t->v);
	rt_trace_reader_close(t->rd);
}

static size_t offers(const struct dtrace *t, struct offer_id *o, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < t->n && n < max; i++) {
		const struct rt_trace_rec *r = &t->v[i].r;
		uint32_t type;
		if (r->hdr.proto != PVTRACE_PROTO_VMBUS || r->payload_len < 196)
			continue;
		memcpy(&type, r->payload, 4);
		if (type != VMBUS_MSG_TYPE_OFFERCHANNEL)
			continue;
		memcpy(o[n].key, r->payload + 8, 32);
		memcpy(o[n].key + 32, r->payload + 180, 2);
		memcpy(&o[n].relid, r->payload + 184, 4);
		n++;
	}
	return n;
}

static void occurrences(struct dtrace *t)
{
	for (size_t i = 0; i < t->n; i++) {
		struct drec *d = &t->v[i];
		for (size_t j = i; j-- > 0;) {
			struct drec *p = &t->v[j];
			if (p->r.hdr.proto == d->r.hdr.proto && p->r.hdr.dir == d->r.hdr.dir &&
			    p->chan == d->chan && p->r.hdr.trans_id == d->r.hdr.trans_id) {
				d->occ = p->occ + 1;
				break;
			}
		}
	}
}

static const char *dname(uint8_t dir)
{
	switch (dir) {
	case PVTRACE_DIR_TO_HOST:
		return "guest->host";
	case PVTRACE_DIR_TO_DEVICE:
		return "->device";
	case PVTRACE_DIR_FROM_DEVICE:
		return "device->";
	default:
		return "host->guest";
	}
}

int pvt_cmd_diff(const char *pa, const char *pb, FILE *out)
{
	struct dtrace a, b;
	struct offer_id oa[256], ob[256];
	struct pvt_relmap ba = {0}; /* B relid -> A relid */
	size_t na, nb, same = 0, differ = 0, only_a = 0, only_b = 0;
	char why[256];

	if (load(pa, &a, out))
		return 2;
	if (load(pb, &b, out)) {
		unload(&a);
		return 2;
	}
	na = offers(&a, oa, 256);
	nb = offers(&b, ob, 256);
	for (size_t i = 0; i < nb; i++)
		for (size_t j = 0; j < na; j++)
			if (!memcmp(ob[i].key, oa[j].key, sizeof(ob[i].key)))
				pvt_relmap_set(&ba, ob[i].relid, oa[j].relid);
	for (size_t i = 0; i < b.n; i++)
		b.v[i].chan = pvt_relmap_get(&ba, b.v[i].chan);
	occurrences(&a);
	occurrences(&b);

	for (size_t i = 0; i < a.n; i++) {
		struct drec *x = &a.v[i], *y = NULL;
		for (size_t j = 0; j < b.n && !y; j++) {
			struct drec *c = &b.v[j];
			if (!c->used && c->r.hdr.proto == x->r.hdr.proto &&
			    c->r.hdr.dir == x->r.hdr.dir && c->chan == x->chan &&
			    c->r.hdr.trans_id == x->r.hdr.trans_id && c->occ == x->occ)
				y = c;
		}
		if (!y) {
			only_a++;
			fprintf(out, "- A#%" PRIu64 " only in A: %s %s relid %u: %s\n", x->r.index,
				pvtrace_proto_name(x->r.hdr.proto), dname(x->r.hdr.dir), x->chan,
				x->text ? x->text : "");
			continue;
		}
		y->used = true;
		bool trunc = (x->r.hdr.flags | y->r.hdr.flags) & PVTRACE_REC_FLAGS_TRUNCATED;
		/* Map A's relids into B's space for the comparison. */
		struct pvt_relmap ab = {0};
		for (unsigned k = 0; k < ba.n; k++)
			pvt_relmap_set(&ab, ba.to[k], ba.from[k]);
		size_t la = x->r.payload_len, lb = y->r.payload_len;
		if (trunc) {
			la = lb = la < lb ? la : lb;
		}
		if (pvt_masked_equal(x->r.hdr.proto, x->r.payload, la, trunc, y->r.payload, lb, &ab,
				     why, sizeof(why))) {
			same++;
			continue;
		}
		differ++;
		fprintf(out,
			"! A#%" PRIu64 " / B#%" PRIu64 " %s %s relid %u trans %" PRIu64 ": %s\n",
			x->r.index, y->r.index, pvtrace_proto_name(x->r.hdr.proto),
			dname(x->r.hdr.dir), x->chan, x->r.hdr.trans_id, why);
		fprintf(out, "    A: %s\n    B: %s\n", x->text ? x->text : "",
			y->text ? y->text : "");
	}
	for (size_t j = 0; j < b.n; j++) {
		struct drec *c = &b.v[j];
		if (c->used)
			continue;
		only_b++;
		fprintf(out, "+ B#%" PRIu64 " only in B: %s %s relid %u: %s\n", c->r.index,
			pvtrace_proto_name(c->r.hdr.proto), dname(c->r.hdr.dir), c->chan,
			c->text ? c->text : "");
	}
	fprintf(out, "%zu records match, %zu differ, %zu only in A, %zu only in B\n", same, differ,
		only_a, only_b);
	unload(&a);
	unload(&b);
	return differ || only_a || only_b ? 1 : 0;
}
