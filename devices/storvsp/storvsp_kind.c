/*
 * The `scsi` device kind: a storvsp controller from the paravisor config.
 *
 *   - kind: scsi
 *     instance: GUID            # default: derived from the device index
 *     subchannels: 4            # most subchannels the guest may ask for (default 0)
 *     max_io: 128               # outstanding requests per channel
 *     max_transfer: 2M          # bytes per request (multiple of 4 KiB)
 *     luns:
 *       - {lun: 0, backend: file, path: disk.img}
 *       - {lun: 1, backend: memory, size: 64M}
 *       - {backend: null, size: 1G}          # lun defaults to its position
 *     # per LUN also: readonly: bool, block_size: 512|4096, serial: text,
 *     #               direct: bool (file: O_DIRECT when possible, default true)
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "devices/disk/disk.h"
#include "devices/storvsp/storvsp.h"
#include "runtime/config.h"
#include "runtime/vmbus/vmbus_device.h"

struct kind_cfg {
	struct storvsp_opts o;
	struct storvsp_lun_cfg luns[STORVSP_MAX_LUNS];
	unsigned nluns;
};

static int parse_lun(struct rt_cfg *cfg, const struct rt_cfg_node *n, unsigned pos,
		     struct storvsp_lun_cfg *l)
{
	static const char *const keys[] = {"lun",        "backend", "path",   "size", "readonly",
					   "block_size", "serial",  "direct", NULL};
	static const char *const backends[] = {"file", "memory", "null", NULL};
	uint64_t lun, bs;
	bool ro, direct;
	int be, rc;

	if ((rc = rt_cfg_check_keys(cfg, n, keys)))
		return rc;
	if ((rc = rt_cfg_u64(cfg, n, "lun", false, pos, 0, STORVSP_MAX_LUNS - 1, &lun)) ||
	    (rc = rt_cfg_choice(cfg, n, "backend", true, backends, 0, &be)) ||
	    (rc = rt_cfg_bool(cfg, n, "readonly", false, &ro)) ||
	    (rc = rt_cfg_bool(cfg, n, "direct", true, &direct)) ||
	    (rc = rt_cfg_u64(cfg, n, "block_size", false, 512, 512, 4096, &bs)) ||
	    (rc = rt_cfg_str(cfg, n, "serial", false, NULL, &l->serial)))
		return rc;
	if (bs != 512 && bs != 4096)
		return rt_cfg_error(cfg, rt_cfg_get(n, "block_size"),
				    "'block_size' must be 512 or 4096");
	l->lun = (uint16_t)lun;
	l->backend = backends[be];
	l->disk_flags = (ro ? DISK_OPEN_READONLY : 0) | (bs == 4096 ? DISK_OPEN_4K : 0) |
			(direct ? 0 : DISK_OPEN_NO_DIRECT);
	if (be == 0) {
		if ((rc = rt_cfg_str(cfg, n, "path", true, NULL, &l->arg)))
			return rc;
		if (rt_cfg_get(n, "size"))
			return rt_cfg_error(cfg, rt_cfg_get(n, "size"),
					    "'size' is for memory and null LUNs");
	} else {
		uint64_t sz;
		if ((rc = rt_cfg_str(cfg, n, "size", true, NULL, &l->arg)))
			return rc;
		if (disk_parse_size(l->arg, &sz))
			return rt_cfg_error(cfg, rt_cfg_get(n, "size"),
					    "'size': '%s' is not a size", l->arg);
		if (rt_cfg_get(n, "path"))
			return rt_cfg_error(cfg, rt_cfg_get(n, "path"), "'path' is for file LUNs");
	}
	return 0;
}

static int parse(struct rt_cfg *cfg, const struct rt_cfg_node *node, unsigned index,
		 struct kind_cfg *k)
{
	static const char *const keys[] = {"kind", "instance",     "subchannels", "max_io",
					   "luns", "max_transfer", NULL};
	const struct rt_cfg_node *luns, *n;
	uint64_t sub, max_io, mt;
	const char *inst;
	char def[37];
	unsigned pos = 0;
	int rc;

	memset(k, 0, sizeof(*k));
	if ((rc = rt_cfg_check_keys(cfg, node, keys)))
		return rc;
	memcpy(k->o.instance, storvsp_scsi_class_guid, 16);
	k->o.instance[15] = (uint8_t)(0x20 + index);
	k->o.instance[14] = (uint8_t)(index >> 8);
	rt_guid_format(k->o.instance, def);
	if ((rc = rt_cfg_str(cfg, node, "instance", false, def, &inst)))
		return rc;
	if (rt_guid_parse(inst, k->o.instance))
		return rt_cfg_error(cfg, rt_cfg_get(node, "instance"),
				    "'instance': '%s' is not a GUID", inst);
	if ((rc = rt_cfg_u64(cfg, node, "subchannels", false, 0, 0, VMBUS_MAX_SUBCHANNELS, &sub)) ||
	    (rc = rt_cfg_u64(cfg, node, "max_io", false, STORVSP_DEFAULT_MAX_IO, 1, 4096,
			     &max_io)) ||
	    (rc = rt_cfg_size(cfg, node, "max_transfer", false, STORVSP_DEFAULT_MAX_TRANSFER, 4096,
			      64u << 20, &mt)))
		return rc;
	if (mt % 4096)
		return rt_cfg_error(cfg, rt_cfg_get(node, "max_transfer"),
				    "'max_transfer' must be a multiple of 4096");
	k->o.subchannels = (uint16_t)sub;
	k->o.max_io = (uint32_t)max_io;
	k->o.max_transfer = (uint32_t)mt;
	luns = rt_cfg_get(node, "luns");
	if (!luns)
		return 0;
	if (luns->type != RT_CFG_SEQ)
		return rt_cfg_error(cfg, luns, "'luns' must be a list");
	for (n = luns->child; n; n = n->next, pos++) {
		if (pos >= STORVSP_MAX_LUNS)
			return rt_cfg_error(cfg, n, "more than %d LUNs", STORVSP_MAX_LUNS);
		if (n->type != RT_CFG_MAP)
			return rt_cfg_error(cfg, n, "a LUN must be a mapping");
		if ((rc = parse_lun(cfg, n, pos, &k->luns[k->nluns])))
			return rc;
		for (unsigned i = 0; i < k->nluns; i++)
			if (k->luns[i].lun == k->luns[k->nluns].lun)
				return rt_cfg_error(cfg, n, "LUN %u appears twice", k->luns[i].lun);
		k->nluns++;
	}
	return 0;
}

static int kind_create(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		       const struct rt_cfg_node *node, void **out)
{
	struct kind_cfg k;
	struct storvsp *s;
	char name[16];
	int rc = parse(cfg, node, env->index, &k);

	if (rc)
		return rc;
	snprintf(name, sizeof(name), "scsi%u", env->index);
	k.o.log = env->log;
	k.o.name = name;
	rc = storvsp_create(env->vmbus, &k.o, &s);
	if (rc)
		return rc;
	for (unsigned i = 0; i < k.nluns; i++) {
		rc = storvsp_lun_add(s, &k.luns[i]);
		if (rc) {
			rt_cfg_error(cfg, node, "LUN %u (%s %s): %s", k.luns[i].lun,
				     k.luns[i].backend, k.luns[i].arg, strerror(-rc));
			storvsp_destroy(s);
			return -EINVAL;
		}
	}
	*out = s;
	return 0;
}

static int kind_check(struct rt_cfg *cfg, const struct rt_cfg_node *node)
{
	struct kind_cfg k;

	return parse(cfg, node, 0, &k);
}

static void kind_destroy(void *dev)
{
	storvsp_destroy(dev);
}

const struct vmbus_dev_kind storvsp_scsi_kind = {
	.kind = "scsi",
	.doc = "synthetic SCSI controller (storvsc) with file/memory/null LUNs",
	.create = kind_create,
	.destroy = kind_destroy,
	.check = kind_check,
	.inspect = storvsp_kind_inspect,
};
