/* SPDX-License-Identifier: MIT */
/*
 * Checks every generated message table (<p>_msg_table, <p>_msg_decode,
 * _encode, _dispatch: docs/generated-api.md) must pass, whatever the
 * protocol, for the Check tests of the generated codecs. MSG_TABLE_CHECKS(p)
 * defines:
 *   p##_table_sorted()   rows strictly by type, each found by its lookup and
 *                        named, min_len <= max_len; types between and past
 *                        the rows are not found
 *   p##_roundtrip(fix, span, per_type, exact)
 *                        random bodies of each legal length (at most `span`
 *                        past min_len) for every row: each one the decoder
 *                        accepts re-encodes to the same bytes (all of them
 *                        when `exact`; else the message's own, at least
 *                        min_len, where the rest is a union's unused tail
 *                        the protocol pads every message to); every type
 *                        gets at least `per_type` accepted samples. fix (may
 *                        be NULL) makes a random body plausible (a length
 *                        field the protocol checks)
 *   p##_gates()          per row, whatever the body: one byte short
 *                        (PV_ERR_SHORT), one past max_len (PV_ERR_LONG), the
 *                        other direction (PV_ERR_DIRECTION), a version
 *                        before since/at until (PV_ERR_VERSION), its features
 *                        not negotiated (PV_ERR_FEATURE); a type not in the
 *                        table (PV_ERR_UNKNOWN_TYPE); a buffer too short to
 *                        hold the type
 *   p##_dispatch_all()   per row, dispatch runs that row's handler slot and
 *                        no other; -EOPNOTSUPP for an empty slot, -ENOENT
 *                        for a type outside the table
 *   p##_table_checks(fix, span, per_type, exact)
 *                        all four
 *
 * MSG_CODEC_MAIN(suite) is the main() of a codec's test program, whose
 * tests are the same four: table, linux_layout, malformed_fields (a loop
 * over bad_fields) and events (a loop over event_cases).
 */
#ifndef PV_TESTS_UNIT_MSG_TABLE_H
#define PV_TESTS_UNIT_MSG_TABLE_H

#include <check.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "pv_codec.h"
#include "runtime/util.h"
#include "tests/unit/pv_check.h"

static uint64_t msg_rng = 0x9e3779b97f4a7c15ULL;

static inline uint8_t msg_rnd8(void)
{
	msg_rng ^= msg_rng << 13;
	msg_rng ^= msg_rng >> 7;
	msg_rng ^= msg_rng << 17;
	return (uint8_t)msg_rng;
}

/* The first type after `from` that no row has (the table sorted by type). */
static inline uint32_t msg_absent_type(const struct pv_msg_desc *t, size_t n, uint32_t from)
{
	uint32_t ty = from;

	for (size_t i = 0; i < n; i++)
		if (t[i].type == ty)
			ty++;
	return ty;
}

/* The direction a row's message never travels in (0: it travels both ways). */
static inline uint8_t msg_other_dir(const struct pv_msg_desc *d)
{
	return d->dir == PV_DIR_TO_HOST    ? PV_DIR_TO_GUEST
	       : d->dir == PV_DIR_TO_GUEST ? PV_DIR_TO_HOST
					   : 0;
}

#define MSG_BUF_MAX 4096

/* A message of 32-bit words (type first) in buf, zeros after them up to cap. */
static inline size_t msg_words(uint8_t *buf, size_t cap, const uint32_t *w, size_t n)
{
	ck_assert_uint_le(4 * n, cap);
	memset(buf, 0, cap);
	for (size_t i = 0; i < n; i++)
		pv_put_u32(buf + 4 * i, w[i]);
	return 4 * n;
}

#define MSG_TABLE_CHECKS(p)                                                                       \
	static void p##_table_sorted(void)                                                        \
	{                                                                                         \
		for (size_t i = 0; i < p##_msg_table_count; i++) {                                \
			const struct pv_msg_desc *d = &p##_msg_table[i];                          \
                                                                                                  \
			if (i)                                                                    \
				ck_assert_uint_gt(d->type, d[-1].type);                           \
			ck_assert_ptr_eq(p##_msg_lookup(d->type), d);                             \
			ck_assert_ptr_nonnull(d->name);                                           \
			ck_assert_uint_le(d->min_len, d->max_len);                                \
			ck_assert_uint_ge(d->variant_count, 1);                                   \
			if (i + 1 == p##_msg_table_count || d[1].type != d->type + 1)             \
				ck_assert_ptr_null(p##_msg_lookup(d->type + 1));                  \
		}                                                                                 \
		ck_assert_ptr_null(                                                               \
			p##_msg_lookup(msg_absent_type(p##_msg_table, p##_msg_table_count, 0)));  \
	}                                                                                         \
                                                                                                  \
	static void p##_roundtrip(                                                                \
		void (*fix)(uint8_t * buf, size_t len, const struct pv_msg_desc *d), size_t span, \
		size_t per_type, bool exact)                                                      \
	{                                                                                         \
		static uint8_t buf[MSG_BUF_MAX], out[MSG_BUF_MAX];                                \
                                                                                                  \
		for (size_t i = 0; i < p##_msg_table_count; i++) {                                \
			const struct pv_msg_desc *d = &p##_msg_table[i];                          \
			size_t ok = 0, top = d->max_len - d->min_len > span ? d->min_len + span   \
									    : d->max_len;         \
                                                                                                  \
			ck_assert_uint_le(top, MSG_BUF_MAX);                                      \
			for (size_t len = d->min_len; len <= top; len++) {                        \
				for (int tries = 0; tries < 64; tries++) {                        \
					struct p##_msg m;                                         \
					int n;                                                    \
                                                                                                  \
					for (size_t k = 0; k < len; k++)                          \
						buf[k] = tries < 32 ? msg_rnd8() & msg_rnd8() &   \
									      msg_rnd8()          \
								    : 0;                          \
					pv_put_u32(buf, d->type);                                 \
					if (fix)                                                  \
						fix(buf, len, d);                                 \
					if (p##_msg_decode(buf, len, NULL, &m) != PV_OK)          \
						continue;                                         \
					ck_assert_uint_eq(m.type, d->type);                       \
					ck_assert_uint_eq(m.len, len);                            \
					n = p##_msg_encode(&m, NULL, out, sizeof(out));           \
					ck_assert_msg(                                            \
						exact ? n == (int)len                             \
						      : n >= (int)d->min_len && n <= (int)len,    \
						"%s: %zu bytes encode to %d", d->name, len, n);   \
					ck_assert_mem_eq(out, buf, (size_t)n);                    \
					ok++;                                                     \
				}                                                                 \
			}                                                                         \
			ck_assert_msg(ok >= per_type, "%s: %zu accepted samples", d->name, ok);   \
		}                                                                                 \
	}                                                                                         \
                                                                                                  \
	static void p##_gates(void)                                                               \
	{                                                                                         \
		static uint8_t buf[MSG_BUF_MAX + 1];                                              \
		struct p##_msg m;                                                                 \
                                                                                                  \
		for (size_t i = 0; i < p##_msg_table_count; i++) {                                \
			const struct pv_msg_desc *d = &p##_msg_table[i];                          \
			struct pv_codec_ctx c = {0, 0, msg_other_dir(d)};                         \
			size_t len = d->min_len;                                                  \
                                                                                                  \
			memset(buf, 0, sizeof(buf));                                              \
			pv_put_u32(buf, d->type);                                                 \
			if (len > 4)                                                              \
				ck_assert_int_eq(p##_msg_decode(buf, len - 1, NULL, &m),          \
						 PV_ERR_SHORT);                                   \
			if (d->max_len < MSG_BUF_MAX)                                             \
				ck_assert_int_eq(p##_msg_decode(buf, d->max_len + 1, NULL, &m),   \
						 PV_ERR_LONG);                                    \
			if (c.dir)                                                                \
				ck_assert_int_eq(p##_msg_decode(buf, len, &c, &m),                \
						 PV_ERR_DIRECTION);                               \
			c.dir = d->dir == PV_DIR_BOTH ? PV_DIR_TO_HOST : d->dir;                  \
			c.features = ~0ull;                                                       \
			if (d->since_version > 1) {                                               \
				c.version = d->since_version - 1;                                 \
				ck_assert_int_eq(p##_msg_decode(buf, len, &c, &m),                \
						 PV_ERR_VERSION);                                 \
			}                                                                         \
			if (d->until_version) {                                                   \
				c.version = d->until_version;                                     \
				ck_assert_int_eq(p##_msg_decode(buf, len, &c, &m),                \
						 PV_ERR_VERSION);                                 \
			}                                                                         \
			if (d->features) {                                                        \
				c.version = d->since_version ? d->since_version : 1;              \
				c.features = ~d->features;                                        \
				ck_assert_int_eq(p##_msg_decode(buf, len, &c, &m),                \
						 PV_ERR_FEATURE);                                 \
			}                                                                         \
		}                                                                                 \
		memset(buf, 0, 8);                                                                \
		pv_put_u32(buf, msg_absent_type(p##_msg_table, p##_msg_table_count, 0));          \
		ck_assert_int_eq(p##_msg_decode(buf, 8, NULL, &m), PV_ERR_UNKNOWN_TYPE);          \
		ck_assert_int_eq(p##_msg_decode(buf, 3, NULL, &m), PV_ERR_SHORT);                 \
		ck_assert_int_eq(p##_msg_decode(buf, 0, NULL, &m), PV_ERR_SHORT);                 \
	}                                                                                         \
                                                                                                  \
	static const struct p##_msg *p##_handled;                                                 \
	static int p##_handler(void *ctx, const struct p##_msg *m)                                \
	{                                                                                         \
		p##_handled = m;                                                                  \
		return *(int *)ctx;                                                               \
	}                                                                                         \
                                                                                                  \
	static void p##_dispatch_all(void)                                                        \
	{                                                                                         \
		struct p##_msg m;                                                                 \
		int answer = 7;                                                                   \
                                                                                                  \
		memset(&m, 0, sizeof(m));                                                         \
		for (size_t i = 0; i < p##_msg_table_count; i++) {                                \
			const struct pv_msg_desc *d = &p##_msg_table[i];                          \
			struct p##_msg_handlers h;                                                \
			p##_msg_handler fn = p##_handler;                                         \
                                                                                                  \
			memset(&h, 0, sizeof(h));                                                 \
			m.type = d->type;                                                         \
			ck_assert_int_eq(p##_msg_dispatch(&h, &answer, &m), -EOPNOTSUPP);         \
			ck_assert_uint_le(d->slot + sizeof(fn), sizeof(h));                       \
			memcpy((char *)&h + d->slot, &fn, sizeof(fn));                            \
			p##_handled = NULL;                                                       \
			ck_assert_int_eq(p##_msg_dispatch(&h, &answer, &m), answer);              \
			ck_assert_ptr_eq(p##_handled, &m);                                        \
			for (size_t j = 0; j < p##_msg_table_count; j++) {                        \
				m.type = p##_msg_table[j].type;                                   \
				if (j != i)                                                       \
					ck_assert_int_eq(p##_msg_dispatch(&h, &answer, &m),       \
							 -EOPNOTSUPP);                            \
			}                                                                         \
			m.type = msg_absent_type(p##_msg_table, p##_msg_table_count, 0);          \
			ck_assert_int_eq(p##_msg_dispatch(&h, &answer, &m), -ENOENT);             \
		}                                                                                 \
	}                                                                                         \
                                                                                                  \
	static void p##_table_checks(                                                             \
		void (*fix)(uint8_t * buf, size_t len, const struct pv_msg_desc *d), size_t span, \
		size_t per_type, bool exact)                                                      \
	{                                                                                         \
		p##_table_sorted();                                                               \
		p##_roundtrip(fix, span, per_type, exact);                                        \
		p##_gates();                                                                      \
		p##_dispatch_all();                                                               \
	}

#define MSG_CODEC_MAIN(suite)                                                 \
	int main(void)                                                        \
	{                                                                     \
		const struct pv_check_case cases[] = {                        \
			PV_CASE(table),                                       \
			PV_CASE(linux_layout),                                \
			PV_LOOP(malformed_fields, RT_ARRAY_SIZE(bad_fields)), \
			PV_LOOP(events, RT_ARRAY_SIZE(event_cases)),          \
			{0}};                                                 \
                                                                              \
		return pv_check_run(suite, cases);                            \
	}

#endif
