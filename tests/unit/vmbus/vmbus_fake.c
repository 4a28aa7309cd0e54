/* Fake partition for in-process VMBus server tests (see vmbus_fake.h). */
#include "vmbus_fake.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/gmem.h"
#include "runtime/loop.h"
#include "runtime/util.h"
#include "tests/unit/test_wait.h"

static struct fake_part *to_fake(struct rt_partition *p)
{
	return rt_container_of(p, struct fake_part, p);
}

static int f_start(struct rt_partition *p)
{
	return 0;
}

static void f_stop(struct rt_partition *p)
{
}

static void f_destroy(struct rt_partition *p)
{
}

static int f_post(struct rt_partition *p, uint32_t vp, uint32_t sint, uint32_t type,
		  const void *payload, size_t len)
{
	struct fake_part *f = to_fake(p);

	if (len > RT_HV_MESSAGE_PAYLOAD_MAX || vp >= p->vp_count || sint >= 16)
		return -EINVAL;
	if (f->nmsgs == FAKE_MAX_MSGS) {
		/* Keep the newest: tests look at what came last. */
		memmove(f->msgs, f->msgs + 1, (FAKE_MAX_MSGS - 1) * sizeof(f->msgs[0]));
		f->nmsgs--;
		if (f->taken)
			f->taken--;
	}
	struct fake_msg *m = &f->msgs[f->nmsgs++];
	m->vp = vp;
	m->sint = sint;
	m->len = len;
	memcpy(m->buf, payload, len);
	return 0;
}

static int f_signal(struct rt_partition *p, uint32_t vp, uint32_t sint, uint32_t flag)
{
	atomic_fetch_add(&to_fake(p)->signals, 1);
	return 0;
}

static int f_bind(struct rt_partition *p, uint32_t conn, int efd)
{
	struct fake_part *f = to_fake(p);

	for (size_t i = 0; i < f->nbinds; i++) {
		if (f->binds[i].conn == conn) {
			if (efd < 0)
				f->binds[i] = f->binds[--f->nbinds];
			else
				f->binds[i].efd = efd;
			return 0;
		}
	}
	if (efd < 0)
		return 0;
	if (f->nbinds == FAKE_MAX_BINDS)
		return -ENOSPC;
	f->binds[f->nbinds].conn = conn;
	f->binds[f->nbinds++].efd = efd;
	return 0;
}

static const struct rt_partition_ops fake_ops = {
	.name = "fake",
	.start = f_start,
	.stop = f_stop,
	.destroy = f_destroy,
	.post_message = f_post,
	.signal_guest = f_signal,
	.bind_guest_signal = f_bind,
};

int fake_part_init(struct fake_part *f, uint64_t mem_bytes, uint32_t vp_count)
{
	int rc;

	memset(f, 0, sizeof(*f));
	rt_log_init(&f->log);
	f->p.ops = &fake_ops;
	f->p.vp_count = vp_count;
	f->p.loop = rt_loop_new();
	if (!f->p.loop)
		return -ENOMEM;
	rc = rt_gmem_create_memfd(mem_bytes, &f->p.gmem);
	if (rc) {
		rt_loop_destroy(f->p.loop);
		return rc;
	}
	return 0;
}

int fake_server_init(struct fake_part *f, struct vmbus_server_opts *opts)
{
	struct vmbus_server_opts o = {0};

	if (opts)
		o = *opts;
	if (!o.log)
		o.log = &f->log;
	return vmbus_server_new(&f->p, &o, &f->srv);
}

void fake_part_fini(struct fake_part *f)
{
	vmbus_server_destroy(f->srv);
	f->srv = NULL;
	rt_gmem_destroy(f->p.gmem);
	rt_loop_destroy(f->p.loop);
	rt_log_fini(&f->log);
}

enum rt_hv_status fake_post(struct fake_part *f, uint32_t conn, const void *buf, size_t len)
{
	uint8_t copy[RT_HV_MESSAGE_PAYLOAD_MAX];

	if (len > sizeof(copy))
		return RT_HV_STATUS_INVALID_PARAMETER;
	memcpy(copy, buf, len);
	return f->p.cb.on_message(f->p.cb_ctx, conn, 1, copy, len);
}

enum rt_hv_status fake_post_msg(struct fake_part *f, uint32_t conn, const struct vmbus_msg *m)
{
	uint8_t buf[RT_HV_MESSAGE_PAYLOAD_MAX];
	int n = vmbus_msg_encode(m, NULL, buf, sizeof(buf));

	if (n < 0)
		return RT_HV_STATUS_INVALID_PARAMETER;
	return fake_post(f, conn, buf, (size_t)n);
}

void fake_run(struct fake_part *f)
{
	/* Give workers a moment to queue what they do, then run the loop. */
	for (int i = 0; i < 3; i++) {
		usleep(2000);
		ev_run(f->p.loop, EVRUN_NOWAIT);
	}
}

bool fake_wait(struct fake_part *f, size_t n, double secs)
{
	return RUN_UNTIL(f->p.loop, secs, fake_pending(f) >= n);
}

int fake_take(struct fake_part *f, struct vmbus_msg *out)
{
	struct pv_codec_ctx ctx = {.dir = PV_DIR_TO_GUEST};

	if (f->taken >= f->nmsgs)
		return -1;
	struct fake_msg *m = &f->msgs[f->taken++];
	if (vmbus_msg_decode(m->buf, m->len, &ctx, out) != PV_OK)
		return -2;
	return 0;
}

size_t fake_pending(const struct fake_part *f)
{
	return f->nmsgs - f->taken;
}
