/* Helpers shared by the net endpoint tests. */
#ifndef NET_TEST_UTIL_H
#define NET_TEST_UTIL_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pv_codec.h" /* pv_get_be16/pv_get_be32/pv_put_be16 for header fields */

/* Decodes a hex string into `out`; returns the byte count. */
static inline uint32_t hex2bin(const char *hex, uint8_t *out)
{
	uint32_t n = 0;

	for (; hex[0] && hex[1]; hex += 2) {
		char b[3] = {hex[0], hex[1], 0};

		out[n++] = (uint8_t)strtoul(b, NULL, 16);
	}
	return n;
}

#endif
