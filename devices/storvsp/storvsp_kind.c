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
 *       - {lun: 2, backend: nvme, nvme: {emulated: {path: nvme.img}}}
 *     # per LUN also: readonly: bool, block_size: 512|4096, serial: text,
 *     #               direct: bool (file: O_DIRECT when possible, default true)
 *     # `nvme` and any other backend the paravisor passes in struct
 *     # vmbus_dev_env.disk_backends take their settings under their own key
 *     # (drivers/nvme/disk_nvme.h).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "devices/disk/disk.h"
#include "runtime/util.h"
#include "devices/storvsp/storvsp.h"
#include "devices/storvsp/storvsp_save.h"
#include "runtime/config.h"
#include "runtime/vmbus/vmbus_device.h"

struct kind_cfg {
	struct storvsp_opts o;
	struct storvsp_lun_cfg luns[STORVSP_MAX_LUNS];
	unsigned nluns;
};

/* The external backend named `name` (disk_nvme ...), or NULL. */
static const struct disk_backend *ext_find(const struct vmbus_dev_env *env, const char *name)
{
	for (const struct disk_backend *const *b = env ? env->disk_backends : NULL; b && *b; b++)
		if (!strcmp((*b)->name, name))
			return *b;
	return NULL;
}

static int parse_lun(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		     const struct rt_cfg_node *n, unsigned pos, struct storvsp_lun_cfg *l)
{
	static const char *const common[] = {"lun",        "backend", "path",   "size", "readonly",
					     "block_size", "serial",  "direct", NULL};
	static const char *const builtin[] = {"file", "memory", "null"};
	const char *keys[RT_ARRAY_SIZE(common) + 8], *be;
	char names[96] = "file, memory, null";
	unsigned nk = 0;
	uint64_t lun, bs;
	bool ro, direct;
	int rc, which = -1;
	void *ext_cfg;

	for (unsigned i = 0; common[i]; i++)
		keys[nk++] = common[i];
	for (const struct disk_backend *const *b = env ? env->disk_backends : NULL;
	     b && *b && nk + 1 < RT_ARRAY_SIZE(keys); b++) {
		keys[nk++] = (*b)->key;
		snprintf(names + strlen(names), sizeof(names) - strlen(names), ", %s", (*b)->name);
	}
	keys[nk] = NULL;
	if ((rc = rt_cfg_check_keys(cfg, n, keys)))
		return rc;
	if ((rc = rt_cfg_u64(cfg, n, "lun", false, pos, 0, STORVSP_MAX_LUNS - 1, &lun)) ||
	    (rc = rt_cfg_str(cfg, n, "backend", true, NULL, &be)) ||
	    (rc = rt_cfg_bool(cfg, n, "readonly", false, &ro)) ||
	    (rc = rt_cfg_bool(cfg, n, "direct", true, &direct)) ||
	    (rc = rt_cfg_u64(cfg, n, "block_size", false, 512, 512, 4096, &bs)) ||
	    (rc = rt_cfg_str(cfg, n, "serial", false, NULL, &l->serial)))
		return rc;
	for (unsigned i = 0; i < RT_ARRAY_SIZE(builtin); i++)
		if (!strcmp(be, builtin[i]))
			which = (int)i;
	l->ext = which < 0 ? ext_find(env, be) : NULL;
	if (which < 0 && !l->ext)
		return rt_cfg_error(cfg, rt_cfg_get(n, "backend"),
				    "'backend': '%s' is not one of %s", be, names);
	if (bs != 512 && bs != 4096)
		return rt_cfg_error(cfg, rt_cfg_get(n, "block_size"),
				    "'block_size' must be 512 or 4096");
	l->lun = (uint16_t)lun;
	l->backend = l->ext ? l->ext->name : builtin[which];
	l->disk_flags = (ro ? DISK_OPEN_READONLY : 0) | (bs == 4096 ? DISK_OPEN_4K : 0) |
			(direct ? 0 : DISK_OPEN_NO_DIRECT);
	for (const struct disk_backend *const *b = env ? env->disk_backends : NULL; b && *b; b++)
		if (*b != l->ext && rt_cfg_get(n, (*b)->key))
			return rt_cfg_error(cfg, rt_cfg_get(n, (*b)->key), "'%s' is for %s LUNs",
					    (*b)->key, (*b)->name);
	if (l->ext) {
		/* Its medium decides the block size; its own key holds the rest. */
		if (rt_cfg_get(n, "path") || rt_cfg_get(n, "size") || rt_cfg_get(n, "block_size"))
			return rt_cfg_error(cfg, n,
					    "'path', 'size' and 'block_size' are not for %s LUNs",
					    l->ext->name);
		if ((rc = l->ext->parse(cfg, n, &ext_cfg)))
			return rc;
		l->ext_cfg = ext_cfg;
		return 0;
	}
	if (which == 0) {
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

static void kind_cfg_free(struct kind_cfg *k)
{
	for (unsigned i = 0; i < k->nluns; i++)
		if (k->luns[i].ext && k->luns[i].ext_cfg)
			k->luns[i].ext->free_cfg((void *)k->luns[i].ext_cfg);
	k->nluns = 0;
}

static int parse(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		 const struct rt_cfg_node *node, unsigned index, struct kind_cfg *k)
{
	static const char *const keys[] = {"kind", "instance",     "subchannels", "max_io",
					   "luns", "max_transfer", "budget",      NULL};
	const struct rt_cfg_node *luns, *n;
	uint64_t sub, max_io, mt;
	const char *inst;
	char def[37];
	unsigned pos = 0;
	int rc;

	memset(k, 0, sizeof(*k));
	if ((rc = rt_cfg_check_keys(cfg, node, keys)))
		return rc;
	memcpy(k->o.instance, storvsc_class_scsi.guid, 16);
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
			      64u << 20, &mt)) ||
	    (rc = rt_cfg_size(cfg, node, "budget", false, STORVSP_DEFAULT_BUDGET, 4096, UINT32_MAX,
			      &k->o.budget)))
		return rc;
	if (mt % 4096)
		return rt_cfg_error(cfg, rt_cfg_get(node, "max_transfer"),
				    "'max_transfer' must be a multiple of 4096");
	/* The primary and every subchannel the guest may open must fit the budget. */
	if ((sub + 1) * storvsp_channel_bytes((uint32_t)max_io, (uint32_t)mt) > k->o.budget)
		return rt_cfg_error(
			cfg, rt_cfg_get(node, "budget") ? rt_cfg_get(node, "budget") : node,
			"'budget': %llu bytes hold fewer than the %llu channels "
			"(1 + subchannels) of %llu bytes each that max_io and "
			"max_transfer give; raise it or lower those",
			(unsigned long long)k->o.budget, (unsigned long long)sub + 1,
			(unsigned long long)storvsp_channel_bytes((uint32_t)max_io, (uint32_t)mt));
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
		rc = parse_lun(env, cfg, n, pos, &k->luns[k->nluns]);
		k->nluns++; /* its ext_cfg, if any, is freed with the others */
		if (rc)
			return rc;
		for (unsigned i = 0; i + 1 < k->nluns; i++)
			if (k->luns[i].lun == k->luns[k->nluns - 1].lun)
				return rt_cfg_error(cfg, n, "LUN %u appears twice", k->luns[i].lun);
	}
	return 0;
}

/* create, and restore (r set): the same controller, then its saved state. */
static int build(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		 const struct rt_cfg_node *node, struct rt_ss_reader *r, bool check_only,
		 void **out)
{
	struct kind_cfg k;
	struct storvsp *s;
	char name[16];
	int rc = parse(env, cfg, node, env->index, &k);

	if (rc) {
		kind_cfg_free(&k);
		return rc;
	}
	if (r && check_only) {
		rc = storvsp_restore(NULL, r, &k.o, k.luns, k.nluns, true);
		kind_cfg_free(&k);
		return rc;
	}
	snprintf(name, sizeof(name), "scsi%u", env->index);
	k.o.log = env->log;
	k.o.name = name;
	rc = storvsp_create(env->vmbus, &k.o, &s);
	if (rc) {
		kind_cfg_free(&k);
		return rc;
	}
	/* A restore opens each LUN as it reads its record (a kept backend takes its own). */
	for (unsigned i = 0; !r && i < k.nluns; i++) {
		rc = storvsp_lun_add(s, &k.luns[i]);
		if (rc) {
			rt_cfg_error(cfg, node, "LUN %u (%s %s): %s", k.luns[i].lun,
				     k.luns[i].backend, k.luns[i].arg ? k.luns[i].arg : "",
				     strerror(-rc));
			storvsp_destroy(s);
			kind_cfg_free(&k);
			return -EINVAL;
		}
	}
	if (r && (rc = storvsp_restore(s, r, &k.o, k.luns, k.nluns, false))) {
		storvsp_destroy(s);
		kind_cfg_free(&k);
		return rc;
	}
	kind_cfg_free(&k);
	*out = s;
	return 0;
}

static int kind_create(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		       const struct rt_cfg_node *node, void **out)
{
	return build(env, cfg, node, NULL, false, out);
}

/* Servicing (storvsp_save.c): outstanding requests are drained, with a bound. */
static int kind_quiesce(void *dev)
{
	return storvsp_quiesce(dev, STORVSP_QUIESCE_MS);
}

static void kind_unquiesce(void *dev)
{
	storvsp_unquiesce(dev);
}

static int kind_save(void *dev, struct rt_ss_writer *w)
{
	return storvsp_save(dev, w);
}

static int kind_restore(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
			const struct rt_cfg_node *node, struct rt_ss_reader *r, bool check_only,
			void **out)
{
	return build(env, cfg, node, r, check_only, out);
}

static int kind_check(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		      const struct rt_cfg_node *node)
{
	struct kind_cfg k;
	int rc = parse(env, cfg, node, 0, &k);

	kind_cfg_free(&k);
	return rc;
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
	.quiesce = kind_quiesce,
	.unquiesce = kind_unquiesce,
	.save = kind_save,
	.restore = kind_restore,
	.inspect = storvsp_kind_inspect,
};
