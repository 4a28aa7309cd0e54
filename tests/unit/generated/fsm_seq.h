/* SPDX-License-Identifier: MIT */
/*
 * Driving a generated session machine (<p>_fsm.h) with event sequences, for
 * the Check tests of the generated machines: a table row is a sequence fed to
 * a fresh machine and the state it must end in, or NULL when its last event
 * must be refused; hooks that record their names let a row say which actions
 * ran, and one named hook can be made to fail.
 */
#ifndef PV_TESTS_UNIT_FSM_SEQ_H
#define PV_TESTS_UNIT_FSM_SEQ_H

#include <check.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define NELEM(a) (int)(sizeof(a) / sizeof((a)[0]))

/* Events fed to a fresh machine (0-terminated); state NULL: refused at the last one. */
struct seq {
	int ev[12];
	const char *state;
};

/* What the recording hooks saw: their names in order; `fail` names one that returns -EIO. */
struct hook_trace {
	char ran[256];
	const char *fail;
};

static inline int hook_note(void *ctx, const char *name)
{
	struct hook_trace *t = ctx;
	size_t n = strlen(t->ran);

	snprintf(t->ran + n, sizeof(t->ran) - n, "%s%s", n ? " " : "", name);
	return t->fail && !strcmp(t->fail, name) ? -EIO : 0;
}

/* A hook `name` that records itself (and fails when the trace says so). */
#define FSM_HOOK(name)                        \
	static int name(void *ctx)            \
	{                                     \
		return hook_note(ctx, #name); \
	}

/*
 * <p>_run(s, a, ctx, refusal): feeds s to a fresh <p> machine with hooks a
 * (may be NULL); every event but a refused last one is accepted, the refusal
 * is `refusal` (-EPROTO for an illegal event, a hook's error) and leaves the
 * state as it was, and an accepted sequence ends in s->state. Before each
 * event, <p>_fsm_can_feed() must say whether it is legal and change nothing.
 */
#define FSM_RUN(p)                                                                       \
	static void p##_run(const struct seq *s, const struct p##_actions *a, void *ctx, \
			    int refusal)                                                 \
	{                                                                                \
		struct p##_fsm f;                                                        \
		int i, rc = 0;                                                           \
                                                                                         \
		p##_fsm_init(&f);                                                        \
		for (i = 0; s->ev[i] && rc == 0; i++) {                                  \
			struct p##_fsm before = f;                                       \
			bool legal = p##_fsm_can_feed(&f, s->ev[i]);                     \
                                                                                         \
			ck_assert_int_eq(f.cs, before.cs);                               \
			rc = p##_fsm_feed(&f, s->ev[i], a, ctx);                         \
			ck_assert_int_eq(legal, rc != -EPROTO);                          \
			if (rc) {                                                        \
				ck_assert_int_eq(rc, refusal);                           \
				ck_assert_int_eq(f.cs, before.cs);                       \
			}                                                                \
		}                                                                        \
		ck_assert_int_eq(s->ev[i], 0); /* nothing after the refused one */       \
		ck_assert_int_eq(rc, (s->state ? 0 : refusal));                          \
		if (s->state)                                                            \
			ck_assert_str_eq(p##_fsm_state_name(&f), s->state);              \
	}

#endif
