/*
 * bench_codec: the generated decoders on the messages of the data paths, in
 * GB/s of message bytes decoded, next to memcpy of the same bytes measured
 * in the same run (the baseline: a decoder reads each byte once, so a copy is
 * its floor). CPU time of this thread, so other jobs on a shared machine do
 * not count.
 *
 *   vmring GPA-direct   a storvsc request's ring descriptor with one range
 *   storvsc SRB         EXECUTE_SRB vstor_packet, 64 bytes (WIN8+)
 *   nvsp send           SEND_RNDIS_PKT, 40 bytes (NVSP 6.1)
 *   rndis packet        RNDIS PACKET header with the data it announces
 *   scsi READ(10)       the CDB
 *
 * usage: bench_codec [seconds-per-case] [--json FILE]   (default 0.3)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench/bench_util.h"
#include "nvsp_codec.h"
#include "rndis_codec.h"
#include "scsi_codec.h"
#include "storvsc_codec.h"
#include "vmring_codec.h"

static double cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

struct msg {
	const char *name;
	uint8_t buf[128];
	size_t len;
	int (*decode)(const struct msg *m);
};

static struct pv_codec_ctx to_host_ctx(uint32_t version)
{
	return (struct pv_codec_ctx){.version = version, .dir = PV_DIR_TO_HOST};
}

static int dec_vmring(const struct msg *m)
{
	static struct vmring_msg out;
	struct pv_codec_ctx c = to_host_ctx(0);

	return vmring_msg_decode(m->buf, m->len, &c, &out);
}

static int dec_storvsc(const struct msg *m)
{
	static struct storvsc_msg out;
	struct pv_codec_ctx c = to_host_ctx(STORVSC_VERSION_WIN10);

	return storvsc_msg_decode(m->buf, m->len, &c, &out);
}

static int dec_nvsp(const struct msg *m)
{
	static struct nvsp_msg out;
	struct pv_codec_ctx c = to_host_ctx(NVSP_VERSION_V61);

	return nvsp_msg_decode(m->buf, m->len, &c, &out);
}

static int dec_rndis(const struct msg *m)
{
	static struct rndis_msg out;

	return rndis_msg_decode(m->buf, m->len, NULL, &out);
}

static int dec_cdb(const struct msg *m)
{
	static struct scsi_cdb_rw10 out;

	return scsi_cdb_rw10_decode(m->buf, m->len, NULL, &out);
}

static void build(struct msg *m)
{
	uint8_t *b = m->buf;

	memset(b, 0, sizeof(m->buf));
	if (m->decode == dec_vmring) {
		/* desc: type 9, offset8 5 (16 + 24), len8 13 (+ 64 payload), completion requested */
		pv_put_u16(b, VMRING_PKT_DATA_USING_GPA_DIRECT);
		pv_put_u16(b + 2, 5);
		pv_put_u16(b + 4, 13);
		pv_put_u16(b + 6, 1);
		pv_put_u64(b + 8, 42);
		pv_put_u32(b + 20, 1);    /* range count */
		pv_put_u32(b + 24, 4096); /* byte count */
		pv_put_u32(b + 28, 0);    /* byte offset */
		pv_put_u64(b + 32, 0x1234);
		m->len = 104;
	} else if (m->decode == dec_storvsc) {
		pv_put_u32(b, STORVSC_OPERATION_EXECUTE_SRB);
		pv_put_u32(b + 4, 1);
		pv_put_u16(b + 12, 0x34);
		b[12 + 8] = 10;
		b[12 + 10] = 1;
		pv_put_u32(b + 12 + 12, 4096);
		b[12 + 16] = 0x28;
		m->len = 64;
	} else if (m->decode == dec_nvsp) {
		pv_put_u32(b, NVSP_MSG_TYPE_SEND_RNDIS_PKT);
		pv_put_u32(b + 8, 3);
		pv_put_u32(b + 12, 108);
		m->len = 40;
	} else if (m->decode == dec_rndis) {
		pv_put_u32(b, RNDIS_MSG_TYPE_PACKET);
		pv_put_u32(b + 4, 108);
		pv_put_u32(b + 8, 36);
		pv_put_u32(b + 12, 64);
		m->len = 108;
	} else {
		b[0] = 0x28;
		pv_put_u32(b + 2, 1000);
		b[8] = 8;
		m->len = 10;
	}
}

/* Decodes per second of CPU time, and memcpy of the same bytes per second. */
static void run(struct msg *m, double secs, double *dps, double *cps)
{
	static uint8_t dst[128];
	uint64_t n = 0;
	double t0 = cpu_s(), t;

	do {
		for (int i = 0; i < 4096; i++) {
			m->buf[m->len - 1] ^= 0; /* the compiler may not hoist the decode */
			(void)m->decode(m);
			__asm__ volatile("" ::: "memory");
		}
		n += 4096;
	} while ((t = cpu_s() - t0) < secs);
	*dps = (double)n / t;
	n = 0;
	t0 = cpu_s();
	do {
		for (int i = 0; i < 4096; i++) {
			memcpy(dst, m->buf, m->len);
			__asm__ volatile("" ::"r"(dst) : "memory");
		}
		n += 4096;
	} while ((t = cpu_s() - t0) < secs);
	*cps = (double)n / t;
}

int main(int argc, char **argv)
{
	struct msg msgs[] = {
		{.name = "vmring GPA-direct desc", .decode = dec_vmring},
		{.name = "storvsc EXECUTE_SRB", .decode = dec_storvsc},
		{.name = "nvsp SEND_RNDIS_PKT", .decode = dec_nvsp},
		{.name = "rndis PACKET", .decode = dec_rndis},
		{.name = "scsi READ(10) CDB", .decode = dec_cdb},
	};
	const size_t nmsgs = sizeof(msgs) / sizeof(msgs[0]);
	const char *json;
	double secs;
	FILE *jf = NULL;

	bench_args(argc, argv, 0.3, &secs, &json);
	for (size_t i = 0; i < nmsgs; i++) {
		int rc;
		build(&msgs[i]);
		rc = msgs[i].decode(&msgs[i]);
		if (rc != PV_OK) {
			fprintf(stderr, "bench_codec: %s does not decode (%d)\n", msgs[i].name, rc);
			return 1;
		}
	}
	if (json && !(jf = fopen(json, "w"))) {
		perror(json);
		return 1;
	}
	if (jf)
		fprintf(jf, "{\"bench\": \"codec\", \"rows\": [\n");
	printf("%-24s %6s %10s %8s %10s %10s %7s\n", "message", "bytes", "Mdec/s", "ns", "GB/s",
	       "memcpy GB/s", "ratio");
	for (size_t i = 0; i < nmsgs; i++) {
		struct msg *m = &msgs[i];
		double dps, cps;
		run(m, secs, &dps, &cps);
		double gbs = dps * (double)m->len / 1e9, mgbs = cps * (double)m->len / 1e9;
		printf("%-24s %6zu %10.2f %8.1f %10.2f %10.2f %7.3f\n", m->name, m->len, dps / 1e6,
		       1e9 / dps, gbs, mgbs, gbs / mgbs);
		if (jf)
			fprintf(jf,
				" {\"message\": \"%s\", \"bytes\": %zu, \"ns\": %.2f, \"gbs\": "
				"%.3f, "
				"\"memcpy_gbs\": %.3f, \"ratio\": %.4f}%s\n",
				m->name, m->len, 1e9 / dps, gbs, mgbs, gbs / mgbs,
				i + 1 < nmsgs ? "," : "");
	}
	printf("GB/s: message bytes decoded per second of CPU; baseline: memcpy of the same bytes\n"
	       "(same run); ratio = decoder/memcpy.\n");
	if (jf) {
		fprintf(jf, "]}\n");
		fclose(jf);
	}
	return 0;
}
