/* SPDX-License-Identifier: MIT */
/*
 * kvmcaps: print the KVM capabilities the paravisor's kvm partition relies
 * on, one `name=value` per line, from KVM_CHECK_EXTENSION on /dev/kvm.
 *
 * Usage: kvmcaps [--require NAME]...
 * Exits 0, or 1 if a --require'd capability is absent (value 0), or 2 if
 * /dev/kvm cannot be opened. Built statically so it runs in the lab VM.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

struct kvmcaps_cap {
	const char *name;
	int cap;
};

static const struct kvmcaps_cap kvmcaps_list[] = {
	{"KVM_CAP_HYPERV", KVM_CAP_HYPERV},
	{"KVM_CAP_HYPERV_SYNIC", KVM_CAP_HYPERV_SYNIC},
	{"KVM_CAP_HYPERV_SYNIC2", KVM_CAP_HYPERV_SYNIC2},
	{"KVM_CAP_HYPERV_VP_INDEX", KVM_CAP_HYPERV_VP_INDEX},
	{"KVM_CAP_HYPERV_EVENTFD", KVM_CAP_HYPERV_EVENTFD},
	{"KVM_CAP_HYPERV_TIME", KVM_CAP_HYPERV_TIME},
	{"KVM_CAP_HYPERV_CPUID", KVM_CAP_HYPERV_CPUID},
	{"KVM_CAP_X86_USER_SPACE_MSR", KVM_CAP_X86_USER_SPACE_MSR},
	{"KVM_CAP_X86_MSR_FILTER", KVM_CAP_X86_MSR_FILTER},
	{"KVM_CAP_SIGNAL_MSI", KVM_CAP_SIGNAL_MSI},
	{"KVM_CAP_IRQFD", KVM_CAP_IRQFD},
	{"KVM_CAP_IOEVENTFD", KVM_CAP_IOEVENTFD},
};

#define KVMCAPS_N (sizeof(kvmcaps_list) / sizeof(kvmcaps_list[0]))

static int kvmcaps_find(const char *name)
{
	for (size_t i = 0; i < KVMCAPS_N; i++) {
		if (strcmp(kvmcaps_list[i].name, name) == 0 ||
		    strcmp(kvmcaps_list[i].name + strlen("KVM_CAP_"), name) == 0)
			return (int)i;
	}
	return -1;
}

int main(int argc, char **argv)
{
	int values[KVMCAPS_N];
	int fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);

	if (fd < 0) {
		fprintf(stderr, "kvmcaps: /dev/kvm: %s\n", strerror(errno));
		return 2;
	}
	printf("KVM_GET_API_VERSION=%d\n", ioctl(fd, KVM_GET_API_VERSION, 0));
	for (size_t i = 0; i < KVMCAPS_N; i++) {
		int v = ioctl(fd, KVM_CHECK_EXTENSION, kvmcaps_list[i].cap);

		values[i] = v < 0 ? 0 : v;
		printf("%s=%d\n", kvmcaps_list[i].name, values[i]);
	}
	close(fd);

	int rc = 0;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--require") != 0 || i + 1 >= argc) {
			fprintf(stderr, "usage: kvmcaps [--require NAME]...\n");
			return 2;
		}
		int k = kvmcaps_find(argv[++i]);

		if (k < 0) {
			fprintf(stderr, "kvmcaps: unknown capability %s\n", argv[i]);
			return 2;
		}
		if (values[k] <= 0) {
			printf("kvmcaps: missing %s\n", kvmcaps_list[k].name);
			rc = 1;
		}
	}
	return rc;
}
