/* Helpers shared by the net endpoint tests. */
#ifndef NET_TEST_UTIL_H
#define NET_TEST_UTIL_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

static inline uint16_t be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static inline uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

#endif
