/*
 * The `nic` device kind:
 *
 *   - kind: nic
 *     endpoint: tap | loopback | null   (default loopback), or a kind of
 *               vmbus_dev_env.net_kinds (mana: its options under `mana`)
 *     ifname: pvtap0                     (tap: the interface, required)
 *     netns: name                        (tap: a namespace under /run/netns)
 *     mac: 00:15:5d:01:02:03             (default: derived by the endpoint)
 *     queues: 1..16                      (endpoint queues = most channels)
 *     mtu: 68..9000                      (default 1500)
 *     instance: GUID                     (default from the device index)
 *     nvsp_max: "6.1"                    (highest NVSP version offered)
 *     vf_serial: 5                       (a VF for the guest: SEND_VF_ASSOCIATION
 *                                         with this serial, the _SUN/slot of the
 *                                         PCI function of the same MAC)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/netvsp/netvsp.h"
#include "devices/netvsp/netvsp_priv.h"
#include "devices/netvsp/netvsp_save.h"
#include "runtime/savestate.h"
#include "runtime/config.h"
#include "runtime/vmbus/vmbus_device.h"

struct nic_cfg {
	struct netvsp_opts o;
	uint32_t queues;
	char arg[256];
	void *ext_cfg; /* the added kind's parsed options */
};

static void nic_cfg_free(struct nic_cfg *c)
{
	if (c->ext_cfg && c->o.ep_kind && c->o.ep_kind->free_cfg)
		c->o.ep_kind->free_cfg(c->ext_cfg);
	c->ext_cfg = NULL;
}

static int parse_mac(const char *s, uint8_t mac[6])
{
	unsigned v[6];

	if (sscanf(s, "%x:%x:%x:%x:%x:%x", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5]) != 6)
		return -EINVAL;
	for (int i = 0; i < 6; i++) {
		if (v[i] > 255)
			return -EINVAL;
		mac[i] = (uint8_t)v[i];
	}
	return (mac[0] & 1) ? -EINVAL : 0;
}

static int nvsp_parse(const char *s, uint32_t *out)
{
	static const struct {
		const char *name;
		uint32_t v;
	} t[] = {{"1", NVSP_VERSION_V1},  {"2", NVSP_VERSION_V2}, {"4", NVSP_VERSION_V4},
		 {"5", NVSP_VERSION_V5},  {"6", NVSP_VERSION_V6}, {"6.1", NVSP_VERSION_V61},
		 {"61", NVSP_VERSION_V61}};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (!strcmp(s, t[i].name)) {
			*out = t[i].v;
			return 0;
		}
	return -EINVAL;
}

#define NIC_MAX_EXT 4

static int nic_parse(struct rt_cfg *cfg, const struct rt_cfg_node *node, unsigned index,
		     const struct net_endpoint_kind *const *ext, struct nic_cfg *c)
{
	const char *keys[13 + NIC_MAX_EXT] = {"kind",     "endpoint",  "ifname", "netns",
					      "mac",      "queues",    "mtu",    "instance",
					      "nvsp_max", "vf_serial", "budget", "channel_budget",
					      NULL};
	const char *eps[4 + NIC_MAX_EXT] = {"loopback", "null", "tap", NULL};
	const char *ifname, *netns, *mac, *inst, *nvmax;
	uint8_t macb[6];
	uint64_t queues, mtu, vf_serial;
	char def[37];
	int ep, rc, next = 0;
	size_t n = 0;

	memset(c, 0, sizeof(*c));
	for (; ext && ext[next] && next < NIC_MAX_EXT; next++) {
		keys[12 + next] = ext[next]->kind;
		eps[3 + next] = ext[next]->kind;
	}
	if ((rc = rt_cfg_check_keys(cfg, node, keys)) ||
	    (rc = rt_cfg_choice(cfg, node, "endpoint", false, eps, 0, &ep)) ||
	    (rc = rt_cfg_str(cfg, node, "ifname", ep == 2, NULL, &ifname)) ||
	    (rc = rt_cfg_str(cfg, node, "netns", false, NULL, &netns)) ||
	    (rc = rt_cfg_str(cfg, node, "mac", false, NULL, &mac)) ||
	    (rc = rt_cfg_u64(cfg, node, "queues", false, 1, 1, NETVSP_MAX_CHANNELS, &queues)) ||
	    (rc = rt_cfg_u64(cfg, node, "mtu", false, 1500, 68, 9000, &mtu)) ||
	    (rc = rt_cfg_str(cfg, node, "nvsp_max", false, "6.1", &nvmax)) ||
	    (rc = rt_cfg_u64(cfg, node, "vf_serial", false, 0, 0, UINT32_MAX, &vf_serial)) ||
	    (rc = rt_cfg_size(cfg, node, "budget", false, NETVSP_DEFAULT_BUDGET,
			      netvsp_min_budget(), UINT32_MAX, &c->o.budget)) ||
	    (rc = rt_cfg_size(cfg, node, "channel_budget", false, NETVSP_DEFAULT_CHANNEL_BUDGET,
			      netvsp_min_budget(), UINT32_MAX, &c->o.channel_budget)))
		return rc;
	c->o.vf = rt_cfg_get(node, "vf_serial") != NULL;
	c->o.vf_serial = (uint32_t)vf_serial;
	if (nvsp_parse(nvmax, &c->o.max_nvsp_version))
		return rt_cfg_error(cfg, rt_cfg_get(node, "nvsp_max"),
				    "'nvsp_max': '%s' is not one of 1 2 4 5 6 6.1", nvmax);
	if (mac && parse_mac(mac, macb))
		return rt_cfg_error(cfg, rt_cfg_get(node, "mac"),
				    "'mac': '%s' is not a unicast xx:xx:xx:xx:xx:xx", mac);
	if (ep != 2 && (ifname || netns))
		return rt_cfg_error(cfg, rt_cfg_get(node, ifname ? "ifname" : "netns"),
				    "'ifname'/'netns' apply to endpoint: tap only");
	memcpy(c->o.instance, nvsp_class_netvsc.guid, 16);
	c->o.instance[14] = 0x4e;
	c->o.instance[15] = (uint8_t)(0x10 + index);
	rt_guid_format(c->o.instance, def);
	if ((rc = rt_cfg_str(cfg, node, "instance", false, def, &inst)))
		return rc;
	if (rt_guid_parse(inst, c->o.instance))
		return rt_cfg_error(cfg, rt_cfg_get(node, "instance"),
				    "'instance': '%s' is not a GUID", inst);
	for (int i = 0; i < next; i++) {
		const struct rt_cfg_node *opt = rt_cfg_get(node, ext[i]->kind);

		if (ep != 3 + i) {
			if (opt)
				return rt_cfg_error(cfg, opt, "'%s' applies to endpoint: %s only",
						    ext[i]->kind, ext[i]->kind);
			continue;
		}
		if ((rc = ext[i]->parse(cfg, opt, &c->ext_cfg)))
			return rc;
		c->o.ep_kind = ext[i];
		c->o.ep_cfg = c->ext_cfg;
	}
	c->o.endpoint = eps[ep];
	c->queues = (uint32_t)queues;
	n += (size_t)snprintf(c->arg + n, sizeof(c->arg) - n, "queues=%llu,mtu=%llu",
			      (unsigned long long)queues, (unsigned long long)mtu);
	if (mac)
		n += (size_t)snprintf(c->arg + n, sizeof(c->arg) - n, ",mac=%s", mac);
	if (ifname)
		n += (size_t)snprintf(c->arg + n, sizeof(c->arg) - n, ",name=%s", ifname);
	if (netns)
		n += (size_t)snprintf(c->arg + n, sizeof(c->arg) - n, ",netns=%s", netns);
	if (n >= sizeof(c->arg)) {
		nic_cfg_free(c);
		return rt_cfg_error(cfg, node, "nic options too long");
	}
	c->o.endpoint_arg = c->arg;
	return 0;
}

static int nic_create(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		      const struct rt_cfg_node *node, void **out)
{
	struct nic_cfg c;
	char name[16];
	int rc = nic_parse(cfg, node, env->index, env->net_kinds, &c);

	if (rc)
		return rc;
	snprintf(name, sizeof(name), "nic%u", env->index);
	c.o.log = env->log;
	c.o.name = name;
	/* The endpoint is open when netvsp_create returns: its options are done with. */
	rc = netvsp_create(env->vmbus, &c.o, (struct netvsp **)out);
	nic_cfg_free(&c);
	return rc;
}

static int nic_check(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		     const struct rt_cfg_node *node)
{
	struct nic_cfg c;
	int rc = nic_parse(cfg, node, 0, env ? env->net_kinds : NULL, &c);

	if (!rc)
		nic_cfg_free(&c);
	return rc;
}

/* Servicing (netvsp_save.c): sends drained, receives carried over. */
static int nic_quiesce(void *dev)
{
	return netvsp_quiesce(dev, NETVSP_QUIESCE_MS);
}

static void nic_unquiesce(void *dev)
{
	netvsp_unquiesce(dev);
}

static int nic_save(void *dev, struct rt_ss_writer *w)
{
	return netvsp_save(dev, w);
}

static int nic_restore(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		       const struct rt_cfg_node *node, struct rt_ss_reader *r, bool check_only,
		       void **out)
{
	struct nic_cfg c;
	struct netvsp_restore_cfg rc_cfg;
	struct pvss_netvsp rec;
	int fds[NETVSP_MAX_CHANNELS];
	unsigned nfds = 0;
	char name[16];
	int rc = nic_parse(cfg, node, env->index, env->net_kinds, &c);

	if (rc)
		return rc;
	rc_cfg = (struct netvsp_restore_cfg){c.o.endpoint, c.queues, c.o.max_nvsp_version, c.o.vf};
	if (c.o.ep_kind)
		rc = rt_ss_fail(r, -EINVAL, "netvsp: endpoint %s cannot be restored", c.o.endpoint);
	if (!rc)
		rc = netvsp_restore_begin(r, &rc_cfg, check_only, &rec, fds, &nfds);
	if (rc || check_only) {
		if (!rc)
			rc = netvsp_restore(NULL, r, &rec, &rc_cfg, true);
		nic_cfg_free(&c);
		return rc;
	}
	snprintf(name, sizeof(name), "nic%u", env->index);
	c.o.log = env->log;
	c.o.name = name;
	c.o.ep_fds = fds;
	c.o.ep_nfds = nfds;
	c.o.restoring = true;
	rc = netvsp_create(env->vmbus, &c.o, (struct netvsp **)out);
	nic_cfg_free(&c);
	if (rc)
		return rt_ss_fail(r, rc, "netvsp: %s endpoint: %s", c.o.endpoint, strerror(-rc));
	rc = netvsp_restore(*out, r, &rec, &rc_cfg, false);
	if (rc) {
		netvsp_destroy(*out);
		*out = NULL;
	}
	return rc;
}

static void nic_destroy(void *dev)
{
	netvsp_destroy(dev);
}

const struct vmbus_dev_kind netvsp_nic_kind = {
	.kind = "nic",
	.doc = "synthetic NIC (netvsc VSP): endpoint tap|loopback|null (or an added kind: mana), "
	       "ifname, netns, mac, queues, mtu",
	.create = nic_create,
	.destroy = nic_destroy,
	.check = nic_check,
	.quiesce = nic_quiesce,
	.unquiesce = nic_unquiesce,
	.save = nic_save,
	.restore = nic_restore,
	.inspect = netvsp_kind_inspect,
};
