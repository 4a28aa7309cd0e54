/*
 * Device kinds the paravisor can build from its config. A VSP joins by
 * declaring a `const struct vmbus_dev_kind` (runtime/vmbus/vmbus_device.h)
 * and adding one line here.
 */
#include "tools/paravisor/pv_devices.h"

#include <string.h>

static const struct vmbus_dev_kind *const kinds[] = {
	&vmbus_echo_kind,
	NULL,
};

const struct vmbus_dev_kind *pv_device_kind_find(const char *name)
{
	for (const struct vmbus_dev_kind *const *k = kinds; *k; k++)
		if (!strcmp((*k)->kind, name))
			return *k;
	return NULL;
}

const struct vmbus_dev_kind *const *pv_device_kinds(void)
{
	return kinds;
}
