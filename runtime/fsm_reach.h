/*
 * Reaching a generated machine's state by name (servicing).
 *
 * Saved states never hold a generated machine's internal state number (a
 * grammar change would renumber it): an object saves the state's name, and
 * the new binary reaches a state of that name again by feeding a fresh
 * machine the shortest sequence of events that leads there, with no hooks.
 * Works on every machine codegen emits (their cs is an int, their feed
 * takes NULL actions).
 */
#ifndef RT_FSM_REACH_H
#define RT_FSM_REACH_H

#include <stddef.h>

/* One machine kind, for the walk. */
struct rt_fsm_walk {
	int nevents;                  /* events are 1..nevents */
	int (*feed)(int *cs, int ev); /* on a copy of the machine's cs; 0 or -EPROTO */
	const char *(*name)(int cs);
};

/*
 * Defines `static const struct rt_fsm_walk name` over the generated machine
 * `struct fsm` (fsm##_feed, fsm##_state_name; events enum `event` 1..nevents):
 * the feed and name adapters that each saved machine would otherwise spell
 * out again, since every generated machine has the same API.
 */
#define RT_FSM_WALK_DEFINE(name, fsm, event, nevents)                \
	static int name##_feed(int *cs, int ev)                      \
	{                                                            \
		struct fsm f = {*cs};                                \
		int rc = fsm##_feed(&f, (enum event)ev, NULL, NULL); \
                                                                     \
		*cs = f.cs;                                          \
		return rc;                                           \
	}                                                            \
	static const char *name##_name(int cs)                       \
	{                                                            \
		struct fsm f = {cs};                                 \
                                                                     \
		return fsm##_state_name(&f);                         \
	}                                                            \
	static const struct rt_fsm_walk name = {nevents, name##_feed, name##_name}

/*
 * Breadth first from state `start`: stores in *out the first state named
 * `want`. Returns 0 or -ENOENT (no reachable state has that name).
 */
int rt_fsm_reach(const struct rt_fsm_walk *fw, int start, const char *want, int *out);

/* The index of `name` in names[0..n), or -1. */
int rt_fsm_state_index(const char *const *names, size_t n, const char *name);

#endif
