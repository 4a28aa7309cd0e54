/*
 * The echo test device (see vmbus_echo.h).
 */
#include "runtime/vmbus/vmbus_echo.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/config.h"
#include "runtime/log.h"
#include "runtime/vmbus/vmbus_device.h"
#include "runtime/vmbus/vmbus_server.h"

struct vmbus_echo {
	struct vmbus_server *srv;
	struct vmbus_chan *ch;
	struct rt_log_obj log;
};

static int echo_open(void *ctx, struct vmbus_chan *ch, const uint8_t user_data[120])
{
	return 0;
}

static int echo_packet(void *ctx, struct vmbus_chan *ch, const struct vmbus_pkt *pkt)
{
	struct vmbus_echo *e = ctx;
	int rc;

	if (pkt->type == VMRING_PKT_COMP)
		return 0;
	if (pkt->flags & VMRING_PKT_FLAGS_COMPLETION_REQUESTED)
		rc = vmbus_chan_complete(ch, pkt->trans_id, pkt->data, pkt->len);
	else
		rc = vmbus_chan_send(ch, pkt->trans_id, false, pkt->data, pkt->len);
	if (rc == -EAGAIN)
		return -EAGAIN;
	if (rc)
		rt_log_rl(&e->log, RT_LOG_WARN, "reflecting a %u-byte packet: %s", pkt->len,
			  strerror(-rc));
	return 0;
}

static const struct vmbus_chan_ops echo_ops = {
	.open = echo_open,
	.on_packet = echo_packet,
};

int vmbus_echo_create(struct vmbus_server *s, struct rt_log *log, const uint8_t instance[16],
		      struct vmbus_echo **out)
{
	struct vmbus_offer_params p = {0};
	struct vmbus_echo *e = calloc(1, sizeof(*e));
	char id[37];
	int rc;

	if (!e)
		return -ENOMEM;
	e->srv = s;
	rt_guid_format(instance, id);
	rt_log_obj_init(&e->log, log, "echo[%.8s]", id);
	memcpy(p.if_type, vmbus_class_echo.guid, 16);
	memcpy(p.if_instance, instance, 16);
	p.name = "echo";
	p.ops = &echo_ops;
	p.ctx = e;
	rc = vmbus_server_offer(s, &p, &e->ch);
	if (rc) {
		free(e);
		return rc;
	}
	*out = e;
	return 0;
}

struct vmbus_chan *vmbus_echo_chan(struct vmbus_echo *e)
{
	return e->ch;
}

void vmbus_echo_destroy(struct vmbus_echo *e)
{
	if (!e)
		return;
	vmbus_server_rescind(e->srv, e->ch);
	free(e);
}

/* Reads the echo keys; the default instance derives from the device index. */
static int echo_parse(struct rt_cfg *cfg, const struct rt_cfg_node *node, unsigned index,
		      uint8_t inst[16])
{
	static const char *const keys[] = {"kind", "instance", NULL};
	const char *s;
	char def[37];
	int rc;

	if ((rc = rt_cfg_check_keys(cfg, node, keys)))
		return rc;
	/* Default instance: the class GUID with the device index in the last byte. */
	memcpy(inst, vmbus_class_echo.guid, 16);
	inst[15] = (uint8_t)(0x10 + index);
	rt_guid_format(inst, def);
	if ((rc = rt_cfg_str(cfg, node, "instance", false, def, &s)))
		return rc;
	if (rt_guid_parse(s, inst))
		return rt_cfg_error(cfg, rt_cfg_get(node, "instance"),
				    "'instance': '%s' is not a GUID", s);
	return 0;
}

static int echo_kind_create(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			    const struct rt_cfg_node *node, void **out)
{
	uint8_t inst[16];
	int rc = echo_parse(cfg, node, env->index, inst);

	if (rc)
		return rc;
	return vmbus_echo_create(env->vmbus, env->log, inst, (struct vmbus_echo **)out);
}

/*
 * Servicing: the echo device keeps no state of its own (it answers each
 * packet from on_packet): its channel, a packet it held back and the rings
 * are the VMBus server's to save. Restoring is creating again: the offer
 * claims the restored channel.
 */
static int echo_kind_quiesce(void *dev)
{
	return 0;
}

static void echo_kind_unquiesce(void *dev)
{
}

static int echo_kind_save(void *dev, struct rt_ss_writer *w)
{
	return 0;
}

static int echo_kind_restore(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			     const struct rt_cfg_node *node, struct rt_ss_reader *r,
			     bool check_only, void **out)
{
	uint8_t inst[16];
	int rc = echo_parse(cfg, node, env->index, inst);

	if (rc || check_only)
		return rc;
	return vmbus_echo_create(env->vmbus, env->log, inst, (struct vmbus_echo **)out);
}

static int echo_kind_check(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			   const struct rt_cfg_node *node)
{
	uint8_t inst[16];

	return echo_parse(cfg, node, 0, inst);
}

static void echo_kind_destroy(void *dev)
{
	vmbus_echo_destroy(dev);
}

const struct vmbus_dev_kind vmbus_echo_kind = {
	.kind = "echo",
	.doc = "VMBus test device that reflects every packet",
	.create = echo_kind_create,
	.destroy = echo_kind_destroy,
	.check = echo_kind_check,
	.quiesce = echo_kind_quiesce,
	.unquiesce = echo_kind_unquiesce,
	.save = echo_kind_save,
	.restore = echo_kind_restore,
};
