/*
 * How a device kind plugs into the paravisor's configuration.
 *
 * tools/paravisor keeps a table of struct vmbus_dev_kind (kind name ->
 * create/destroy); for each entry of the config's `devices:` list it finds
 * the kind by name and hands the entry's YAML node to create(). The config
 * parser knows nothing about devices: each create() reads its own keys with
 * the rt_cfg_* getters (runtime/config.h), which report "file:line: ..."
 * errors in cfg->err, and rejects unknown keys with rt_cfg_check_keys().
 *
 * Adding a device kind = one `const struct vmbus_dev_kind` in the device's
 * code + one line in tools/paravisor/pv_devices.c.
 */
#ifndef VMBUS_DEVICE_H
#define VMBUS_DEVICE_H

#include <stdbool.h>

struct disk_backend;
struct net_endpoint_kind;
struct ev_loop;
struct rt_cfg;
struct rt_cfg_node;
struct rt_inspect;
struct rt_inspect_node;
struct rt_log;
struct rt_partition;
struct rt_ss_reader;
struct rt_ss_writer;
struct vmbus_server;

/* What a device gets to build itself; valid until its destroy(). */
struct vmbus_dev_env {
	struct ev_loop *loop; /* the server loop (create/destroy run on it) */
	struct rt_partition *part;
	struct vmbus_server *vmbus;
	struct rt_log *log;
	unsigned index; /* position in the devices list, for default names/GUIDs */
	/*
	 * Disk backends from outside devices/ (NULL-terminated; NULL = none):
	 * a LUN may name one as its `backend:` (devices/disk/disk.h, struct
	 * disk_backend; the paravisor passes drivers/nvme's disk_nvme).
	 */
	const struct disk_backend *const *disk_backends;
	/*
	 * Net endpoint kinds from outside devices/ (NULL-terminated; NULL =
	 * none): a nic may name one as its `endpoint:`, its options under the
	 * key of the same name (devices/net/net.h, struct net_endpoint_kind;
	 * the paravisor passes drivers/mana's net_mana).
	 */
	const struct net_endpoint_kind *const *net_kinds;
};

struct vmbus_dev_kind {
	const char *kind; /* the `kind:` value in the config */
	const char *doc;  /* one line for `paravisor --help` */
	/*
	 * Builds and offers the device described by `node` (a mapping that
	 * holds `kind` and the device's own keys). Returns 0 with *out set, or
	 * a negative errno; on -EINVAL cfg->err says what is wrong.
	 */
	int (*create)(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		      const struct rt_cfg_node *node, void **out);
	/* Rescinds and frees; server loop. */
	void (*destroy)(void *dev);
	/*
	 * Optional: validates `node` without building anything (paravisor
	 * --check). env holds only log, index, disk_backends and net_kinds then (it may
	 * be NULL: no external backends). Returns 0 or -EINVAL with cfg->err.
	 */
	int (*check)(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		     const struct rt_cfg_node *node);

	/*
	 * Servicing (docs/servicing.md). A kind without save cannot cross a
	 * live update: the paravisor refuses the update and says so.
	 *
	 * quiesce: the VMBus server has stopped the device's channel workers;
	 * the device brings what is in flight to a point it can save (see the
	 * device's README for drain or save-and-reissue) within its own bound.
	 * Returns 0 or a negative errno (the update is refused, unquiesce runs).
	 * unquiesce: undoes quiesce after a refused update.
	 * save: appends the device's records and descriptors.
	 * restore: like create (same node), from the records at r's cursor,
	 * adopting the saved descriptors; with check_only nothing is built
	 * (*out stays NULL) and only the records are checked. Returns 0 or a
	 * negative errno with the reason in r->err.
	 */
	int (*quiesce)(void *dev);
	void (*unquiesce)(void *dev);
	int (*save)(void *dev, struct rt_ss_writer *w);
	int (*restore)(const struct vmbus_dev_env *env, struct rt_cfg *cfg,
		       const struct rt_cfg_node *node, struct rt_ss_reader *r, bool check_only,
		       void **out);
	/*
	 * Optional: hangs the device on the inspect tree (runtime/inspect.h) as
	 * node `name` under `parent` (the paravisor's "devices"), with its
	 * values and knobs, and returns that node (NULL if it could not); the
	 * paravisor removes it, with everything under it, before destroy().
	 * Server loop.
	 */
	struct rt_inspect_node *(*inspect)(void *dev, struct rt_inspect *in,
					   struct rt_inspect_node *parent, const char *name);
};

/* The built-in echo test device (runtime/vmbus/vmbus_echo.c). Keys: instance (GUID, optional). */
extern const struct vmbus_dev_kind vmbus_echo_kind;

#endif
