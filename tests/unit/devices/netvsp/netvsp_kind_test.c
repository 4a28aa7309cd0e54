/*
 * devices/netvsp/netvsp_kind.c: the `nic` config kind's checks (what
 * `paravisor --check` reports) on good and bad device entries.
 */
#include "devices/netvsp/netvsp.h"
#include "tests/unit/devices/kind_test_util.h"
#include "tests/unit/pv_check.h"

static int check(const char *yaml, char *err, size_t errlen)
{
	return kind_check(&netvsp_nic_kind, NULL, yaml, err, errlen);
}

START_TEST(good)
{
	char err[256];

	ck_assert_int_eq(check("kind: nic\n", err, sizeof(err)), 0);
	ck_assert_int_eq(
		check("kind: nic\nendpoint: null\nqueues: 4\nmtu: 9000\n", err, sizeof(err)), 0);
	ck_assert_int_eq(check("kind: nic\nbudget: 16M\nchannel_budget: 1M\n", err, sizeof(err)),
			 0);
	ck_assert_int_eq(check("kind: nic\nendpoint: tap\nifname: pvtap0\nnetns: ns1\n"
			       "mac: 00:15:5d:01:02:03\nnvsp_max: \"5\"\n",
			       err, sizeof(err)),
			 0);
	ck_assert_int_eq(check("kind: nic\nendpoint: null\nvf_serial: 5\n", err, sizeof(err)), 0);
	ck_assert_str_eq(netvsp_nic_kind.kind, "nic");
}
END_TEST

START_TEST(bad)
{
	static const struct kind_bad cases[] = {
		{"kind: nic\ncolour: red\n", "colour"},
		{"kind: nic\nendpoint: tap\n", "ifname"},
		{"kind: nic\nendpoint: carrier-pigeon\n", "endpoint"},
		{"kind: nic\nmac: 01:00:5e:00:00:01\n", "mac"},
		{"kind: nic\nmac: nonsense\n", "mac"},
		{"kind: nic\nqueues: 0\n", "queues"},
		/* Under twice the largest send (a 64 KiB LSO frame): refused. */
		{"kind: nic\nbudget: 64K\n", "budget"},
		{"kind: nic\nchannel_budget: 100K\n", "channel_budget"},
		{"kind: nic\nqueues: 99\n", "queues"},
		{"kind: nic\nmtu: 20\n", "mtu"},
		{"kind: nic\nnvsp_max: \"3\"\n", "nvsp_max"},
		{"kind: nic\nifname: x\n", "ifname"},
		{"kind: nic\ninstance: not-a-guid\n", "instance"},
		{"kind: nic\nvf_serial: -1\n", "vf_serial"},
		{"kind: nic\nvf_serial: 4294967296\n", "vf_serial"},
	};

	kind_check_bad(&netvsp_nic_kind, NULL, cases, sizeof(cases) / sizeof(cases[0]));
}
END_TEST

int main(void)
{
	const struct pv_check_case cases[] = {PV_CASE(good), PV_CASE(bad), {0}};

	return pv_check_run("netvsp_kind", cases);
}
