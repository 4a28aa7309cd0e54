/* GPADL references for VSPs (see vmbus_chan_gpadl.h). */
#include "runtime/vmbus/vmbus_chan_gpadl.h"

#include <errno.h>

#include "vmbus_priv.h"

int vmbus_chan_gpadl_acquire(struct vmbus_chan *ch, uint32_t gpadl_id, const struct rt_gpadl **out)
{
	struct rt_gpadl *gp = NULL;
	int rc;

	/* The table is locked inside rt_gpadl_*; the pointer never changes while open. */
	rc = rt_gpadl_acquire(ch->srv->gpadls, ch->relid, gpadl_id, &gp);
	if (rc && ch->primary && ch->primary != ch)
		rc = rt_gpadl_acquire(ch->srv->gpadls, ch->primary->relid, gpadl_id, &gp);
	if (rc)
		return rc;
	*out = gp;
	return 0;
}

void vmbus_chan_gpadl_release(struct vmbus_chan *ch, const struct rt_gpadl *gp)
{
	if (gp)
		rt_gpadl_release(ch->srv->gpadls, (struct rt_gpadl *)gp);
}
