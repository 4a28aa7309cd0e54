/*
 * The wire as Linux 6.1 wrote it: records of the real-guest traces under
 * tests/traces/corpus/linux (recorded in the lab VM, see its README), for
 * protocol tests that must fail when spec/ and the wire disagree. Both ends
 * of a protocol test (pvguest and the device) are built from the same spec,
 * so only bytes from the other implementation can tell a moved field.
 */
#ifndef PROTO_LINUX_TRACE_H
#define PROTO_LINUX_TRACE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Copies the payload of record idx (1-based, as `pvtrace decode` numbers
 * them) of recording name into buf; returns its length. Fails the running
 * Check test when the file or the record is missing or does not fit.
 */
size_t linux_trace_record(const char *name, uint64_t idx, void *buf, size_t cap);

/*
 * For a ring record (a VMBus packet from its descriptor): copies the
 * packet's body (what follows the descriptor and its range list) into buf
 * and returns its length; *range_len and *range_off, when not NULL, get the
 * first GPA-direct range's byte count and offset (0 when it has none).
 */
size_t linux_trace_ring_body(const char *name, uint64_t idx, void *buf, size_t cap,
			     uint32_t *range_len, uint32_t *range_off);

#endif
