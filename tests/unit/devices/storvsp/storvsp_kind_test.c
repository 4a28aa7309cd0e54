/*
 * storvsp_kind.c unit tests: the `scsi` config kind accepts the documented
 * keys and names file:line for each mistake.
 */
#include "devices/storvsp/storvsp.h"
#include "tests/unit/devices/kind_test_util.h"
#include "tests/unit/pv_check.h"

/* Checks the device mapping under `d:` in yaml. */
static int check(const char *yaml, char *err, size_t errlen)
{
	return kind_check(&storvsp_scsi_kind, "d", yaml, err, errlen);
}

START_TEST(good_configs)
{
	char err[256];

	ck_assert_int_eq(check("d: {kind: scsi}\n", err, sizeof(err)), 0);
	ck_assert_int_eq(check("d:\n  kind: scsi\n  subchannels: 4\n  max_io: 64\n"
			       "  max_transfer: 1M\n"
			       "  budget: 8M\n"
			       "  instance: 11111111-2222-3333-4444-555555555555\n"
			       "  luns:\n"
			       "    - {lun: 0, backend: file, path: disk.img, readonly: true}\n"
			       "    - {lun: 1, backend: memory, size: 64M, block_size: 4096}\n"
			       "    - {backend: null, size: 1G, serial: abc}\n",
			       err, sizeof(err)),
			 0);
}
END_TEST

START_TEST(bad_configs)
{
	static const struct kind_bad t[] = {
		{"d: {kind: scsi, colour: red}\n", "t.yaml:1: unknown key 'colour'"},
		{"d:\n  kind: scsi\n  subchannels: 65\n", "t.yaml:3:"},
		{"d:\n  kind: scsi\n  max_io: 0\n", "t.yaml:3:"},
		{"d:\n  kind: scsi\n  max_transfer: 5000\n", "multiple of 4096"},
		/* 65 channels of 128 requests of 2 MiB: far past the default budget. */
		{"d:\n  kind: scsi\n  subchannels: 64\n", "'budget': 16777216 bytes hold fewer"},
		{"d:\n  kind: scsi\n  budget: 1M\n", "t.yaml:3: 'budget'"},
		{"d:\n  kind: scsi\n  instance: nope\n", "not a GUID"},
		{"d:\n  kind: scsi\n  luns: 3\n", "must be a list"},
		{"d:\n  kind: scsi\n  luns:\n    - {backend: tape, size: 1M}\n", "t.yaml:4:"},
		{"d:\n  kind: scsi\n  luns:\n    - {backend: file}\n", "path"},
		{"d:\n  kind: scsi\n  luns:\n    - {backend: memory, size: lots}\n", "not a size"},
		{"d:\n  kind: scsi\n  luns:\n    - {backend: memory, size: 1M, path: x}\n",
		 "'path' is for file LUNs"},
		{"d:\n  kind: scsi\n  luns:\n    - {lun: 2, backend: null, size: 1M}\n"
		 "    - {lun: 2, backend: null, size: 1M}\n",
		 "t.yaml:5: LUN 2 appears twice"},
		{"d:\n  kind: scsi\n  luns:\n    - {lun: 64, backend: null, size: 1M}\n",
		 "t.yaml:4:"},
		{"d:\n  kind: scsi\n  luns:\n    - {backend: null, size: 1M, block_size: 1024}\n",
		 "512 or 4096"},
	};

	kind_check_bad(&storvsp_scsi_kind, "d", t, sizeof(t) / sizeof(t[0]));
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(good_configs), PV_CASE(bad_configs), {0}};

	return pv_check_run("storvsp_kind", cases);
}
