/* Reaching a generated machine's state by name (see fsm_reach.h). */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "runtime/fsm_reach.h"

#define REACH_MAX 256 /* states explored: far more than any of our machines has */

int rt_fsm_reach(const struct rt_fsm_walk *fw, int start, const char *want, int *out)
{
	int seen[REACH_MAX], queue[REACH_MAX];
	unsigned nseen = 0, head = 0, tail = 0;

	seen[nseen++] = start;
	queue[tail++] = start;
	while (head < tail) {
		int cs = queue[head++];
		if (strcmp(fw->name(cs), want) == 0) {
			*out = cs;
			return 0;
		}
		for (int ev = 1; ev <= fw->nevents; ev++) {
			int next = cs;
			bool known = false;
			if (fw->feed(&next, ev))
				continue;
			for (unsigned i = 0; i < nseen && !known; i++)
				known = seen[i] == next;
			if (known || nseen == REACH_MAX)
				continue;
			seen[nseen++] = next;
			queue[tail++] = next;
		}
	}
	return -ENOENT;
}

int rt_fsm_state_index(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (names[i] && strcmp(names[i], name) == 0)
			return (int)i;
	return -1;
}
