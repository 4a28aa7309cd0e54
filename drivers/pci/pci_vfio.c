/*
 * The vfio backend of the PCI interface: a real function bound to vfio-pci,
 * reached through its IOMMU group (Linux Documentation/driver-api/vfio.rst,
 * include/uapi/linux/vfio.h).
 *
 * Open: the group from /sys/bus/pci/devices/<bdf>/iommu_group, a container
 * with the type 1 IOMMU (v2 when offered), the device fd; BARs are mmapped
 * where the region allows it (else accessed with pread/pwrite on the device
 * fd), configuration space through its region. DMA mappings are
 * VFIO_IOMMU_MAP_DMA in the container (the kernel pins the pages). MSI-X:
 * the first irq_set enables every vector the function has with no eventfd
 * (-1) and then routes the one asked for; later calls route single vectors
 * (vfio-pci only accepts blocks inside what was enabled).
 *
 * The device is hostile in the threat model: this layer checks our own
 * accesses (inside the BAR, aligned) and returns what the device answers;
 * the driver checks the values.
 *
 * Threading: register access and irq_set from any thread (the kernel
 * serialises SET_IRQS); dma_map/unmap and close from one control thread.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/vfio.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "drivers/pci.h"
#include "pci_wire.h"
#include "runtime/log.h"
#include "runtime/util.h"

/* The command register in configuration space (spec/pci.yaml). */
#define PCI_COMMAND offsetof(struct pci_wire_type0_header, command)

struct vfio_bar {
	uint64_t size, off; /* region size and its offset in the device fd */
	volatile uint8_t *map;
};

struct pci_vfio {
	struct pci_dev pub;
	struct rt_log_obj lo;
	int container, group, device;
	struct vfio_bar bar[6];
	uint64_t cfg_off;
	pthread_mutex_t irq_lock; /* protects efd[], msix_on */
	int *efd;
	bool msix_on;
	bool can_reset;
};

static struct pci_vfio *to_vfio(struct pci_dev *d)
{
	return rt_container_of(d, struct pci_vfio, pub);
}

static bool access_ok(struct pci_vfio *v, unsigned bar, uint64_t off, unsigned len)
{
	if (bar < 6 && v->bar[bar].size && rt_is_aligned(off, (uint64_t)len) &&
	    off <= v->bar[bar].size - len)
		return true;
	rt_log_rl(&v->lo, RT_LOG_ERROR, "refused %u-byte access to BAR%u+0x%llx", len, bar,
		  (unsigned long long)off);
	return false;
}

static uint32_t vf_read32(struct pci_dev *d, unsigned bar, uint64_t off)
{
	struct pci_vfio *v = to_vfio(d);
	uint32_t x = UINT32_MAX;

	if (!access_ok(v, bar, off, 4))
		return x;
	if (v->bar[bar].map)
		return *(volatile uint32_t *)(v->bar[bar].map + off);
	if (pread(v->device, &x, 4, (off_t)(v->bar[bar].off + off)) != 4)
		x = UINT32_MAX;
	return x;
}

static void vf_write32(struct pci_dev *d, unsigned bar, uint64_t off, uint32_t x)
{
	struct pci_vfio *v = to_vfio(d);

	if (!access_ok(v, bar, off, 4))
		return;
	if (v->bar[bar].map) {
		*(volatile uint32_t *)(v->bar[bar].map + off) = x;
		return;
	}
	if (pwrite(v->device, &x, 4, (off_t)(v->bar[bar].off + off)) != 4)
		rt_log_rl(&v->lo, RT_LOG_ERROR, "BAR%u+0x%llx write failed", bar,
			  (unsigned long long)off);
}

/* 64-bit registers as two 32-bit accesses, low dword first (NVMe allows it; so does PCIe). */
static uint64_t vf_read64(struct pci_dev *d, unsigned bar, uint64_t off)
{
	uint64_t lo = vf_read32(d, bar, off);

	return lo | (uint64_t)vf_read32(d, bar, off + 4) << 32;
}

static void vf_write64(struct pci_dev *d, unsigned bar, uint64_t off, uint64_t x)
{
	vf_write32(d, bar, off, (uint32_t)x);
	vf_write32(d, bar, off + 4, (uint32_t)(x >> 32));
}

static int set_irqs(struct pci_vfio *v, uint32_t start, uint32_t count, const int *fds)
{
	size_t sz = sizeof(struct vfio_irq_set) + sizeof(int32_t) * count;
	struct vfio_irq_set *s = calloc(1, sz);
	int rc = 0;

	if (!s)
		return -ENOMEM;
	s->argsz = (uint32_t)sz;
	s->flags = VFIO_IRQ_SET_DATA_EVENTFD | VFIO_IRQ_SET_ACTION_TRIGGER;
	s->index = VFIO_PCI_MSIX_IRQ_INDEX;
	s->start = start;
	s->count = count;
	for (uint32_t i = 0; i < count; i++)
		((int32_t *)s->data)[i] = fds[i];
	if (ioctl(v->device, VFIO_DEVICE_SET_IRQS, s) < 0)
		rc = -errno;
	free(s);
	return rc;
}

static int vf_irq_set(struct pci_dev *d, uint32_t vector, int efd)
{
	struct pci_vfio *v = to_vfio(d);
	int rc;

	if (vector >= d->msix_vectors)
		return -EINVAL;
	pthread_mutex_lock(&v->irq_lock);
	v->efd[vector] = efd < 0 ? -1 : efd;
	if (!v->msix_on) {
		/* Enable all vectors at once; only blocks inside them can change later. */
		rc = set_irqs(v, 0, d->msix_vectors, v->efd);
		v->msix_on = rc == 0;
	} else {
		rc = set_irqs(v, vector, 1, &v->efd[vector]);
	}
	pthread_mutex_unlock(&v->irq_lock);
	if (rc)
		rt_log_err(&v->lo, "MSI-X vector %u: %s", vector, strerror(-rc));
	return rc;
}

static int vf_dma_map(struct pci_dev *d, void *va, uint64_t iova, uint64_t len)
{
	struct pci_vfio *v = to_vfio(d);
	struct vfio_iommu_type1_dma_map m = {
		.argsz = sizeof(m),
		.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
		.vaddr = (uint64_t)(uintptr_t)va,
		.iova = iova,
		.size = len,
	};

	if (!len || !rt_is_aligned(iova | len | (uint64_t)(uintptr_t)va, (uint64_t)RT_PAGE_SIZE))
		return -EINVAL;
	if (ioctl(v->container, VFIO_IOMMU_MAP_DMA, &m) < 0) {
		int rc = -errno;

		rt_log_err(&v->lo, "DMA map of %llu bytes at IOVA 0x%llx: %s",
			   (unsigned long long)len, (unsigned long long)iova, strerror(-rc));
		return rc;
	}
	return 0;
}

static int vf_dma_unmap(struct pci_dev *d, uint64_t iova, uint64_t len)
{
	struct pci_vfio *v = to_vfio(d);
	struct vfio_iommu_type1_dma_unmap u = {.argsz = sizeof(u), .iova = iova, .size = len};

	if (ioctl(v->container, VFIO_IOMMU_UNMAP_DMA, &u) < 0)
		return -errno;
	return u.size == len ? 0 : -ENOENT;
}

static int cfg_rw(struct pci_vfio *v, bool write, uint64_t off, void *buf, size_t len)
{
	ssize_t n = write ? pwrite(v->device, buf, len, (off_t)(v->cfg_off + off))
			  : pread(v->device, buf, len, (off_t)(v->cfg_off + off));

	return n == (ssize_t)len ? 0 : -EIO;
}

static int vf_bus_master(struct pci_dev *d, bool on)
{
	struct pci_vfio *v = to_vfio(d);
	uint16_t cmd;
	int rc = cfg_rw(v, false, PCI_COMMAND, &cmd, 2);

	if (rc)
		return rc;
	cmd = on ? (uint16_t)(cmd | PCI_COMMAND_MASTER) : (uint16_t)(cmd & ~PCI_COMMAND_MASTER);
	return cfg_rw(v, true, PCI_COMMAND, &cmd, 2);
}

static int vf_reset(struct pci_dev *d)
{
	struct pci_vfio *v = to_vfio(d);

	if (!v->can_reset)
		return -ENOTSUP;
	return ioctl(v->device, VFIO_DEVICE_RESET) < 0 ? -errno : 0;
}

static void vf_free(struct pci_vfio *v)
{
	for (unsigned i = 0; i < 6; i++)
		if (v->bar[i].map)
			munmap((void *)v->bar[i].map, v->bar[i].size);
	if (v->device >= 0)
		close(v->device);
	if (v->group >= 0)
		close(v->group);
	if (v->container >= 0)
		close(v->container);
	pthread_mutex_destroy(&v->irq_lock);
	free(v->efd);
	free(v);
}

static void vf_close(struct pci_dev *d)
{
	struct pci_vfio *v = to_vfio(d);

	if (v->msix_on) {
		struct vfio_irq_set s = {.argsz = sizeof(s),
					 .flags = VFIO_IRQ_SET_DATA_NONE |
						  VFIO_IRQ_SET_ACTION_TRIGGER,
					 .index = VFIO_PCI_MSIX_IRQ_INDEX};

		ioctl(v->device, VFIO_DEVICE_SET_IRQS, &s);
	}
	vf_bus_master(d, false);
	vf_free(v);
}

static const struct pci_dev_ops vfio_ops = {
	.read32 = vf_read32,
	.write32 = vf_write32,
	.read64 = vf_read64,
	.write64 = vf_write64,
	.irq_set = vf_irq_set,
	.dma_map = vf_dma_map,
	.dma_unmap = vf_dma_unmap,
	.bus_master = vf_bus_master,
	.reset = vf_reset,
	.close = vf_close,
};

/* The IOMMU group number of bdf, or -ENOENT (no such device, or not bound to vfio-pci). */
static int group_of(struct pci_vfio *v, const char *bdf)
{
	char path[PATH_MAX], link[PATH_MAX];
	ssize_t n;
	const char *base;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/driver", bdf);
	n = readlink(path, link, sizeof(link) - 1);
	if (n < 0) {
		rt_log_err(&v->lo, "%s: no driver bound (bind it to vfio-pci)", bdf);
		return -ENOENT;
	}
	link[n] = 0;
	base = strrchr(link, '/');
	if (strcmp(base ? base + 1 : link, "vfio-pci")) {
		rt_log_err(&v->lo, "%s is bound to %s, not vfio-pci", bdf, base ? base + 1 : link);
		return -ENOENT;
	}
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/iommu_group", bdf);
	n = readlink(path, link, sizeof(link) - 1);
	if (n < 0)
		return -ENOENT;
	link[n] = 0;
	base = strrchr(link, '/');
	return atoi(base ? base + 1 : link);
}

static int open_bars(struct pci_vfio *v)
{
	for (unsigned i = 0; i < 6; i++) {
		struct vfio_region_info r = {.argsz = sizeof(r),
					     .index = VFIO_PCI_BAR0_REGION_INDEX + i};
		void *m;

		if (ioctl(v->device, VFIO_DEVICE_GET_REGION_INFO, &r) < 0)
			return -errno;
		v->bar[i].size = r.size;
		v->bar[i].off = r.offset;
		v->pub.bar_size[i] = r.size;
		if (!r.size || !(r.flags & VFIO_REGION_INFO_FLAG_MMAP))
			continue;
		m = mmap(NULL, r.size, PROT_READ | PROT_WRITE, MAP_SHARED, v->device,
			 (off_t)r.offset);
		if (m == MAP_FAILED)
			rt_log_info(&v->lo, "BAR%u not mappable (%s): read/write on the fd", i,
				    strerror(errno));
		else
			v->bar[i].map = m;
	}
	return 0;
}

/* What open and adopt share once the device descriptor is there. */
static int device_setup(struct pci_vfio *v, const char *bdf)
{
	struct vfio_device_info di = {.argsz = sizeof(di)};
	struct vfio_irq_info ii = {.argsz = sizeof(ii), .index = VFIO_PCI_MSIX_IRQ_INDEX};
	struct vfio_region_info cr = {.argsz = sizeof(cr), .index = VFIO_PCI_CONFIG_REGION_INDEX};
	uint8_t id[12];
	int rc;

	if (ioctl(v->device, VFIO_DEVICE_GET_INFO, &di) < 0 ||
	    ioctl(v->device, VFIO_DEVICE_GET_REGION_INFO, &cr) < 0)
		return -errno;
	if (!(di.flags & VFIO_DEVICE_FLAGS_PCI))
		return -ENODEV;
	v->cfg_off = cr.offset;
	v->can_reset = di.flags & VFIO_DEVICE_FLAGS_RESET;
	if ((rc = open_bars(v)))
		return rc;
	if ((rc = cfg_rw(v, false, 0, id, sizeof(id))))
		return rc;
	v->pub.vendor = (uint16_t)(id[0] | id[1] << 8);
	v->pub.device = (uint16_t)(id[2] | id[3] << 8);
	v->pub.class_code = (uint32_t)id[9] | (uint32_t)id[10] << 8 | (uint32_t)id[11] << 16;
	if (ioctl(v->device, VFIO_DEVICE_GET_IRQ_INFO, &ii) == 0)
		v->pub.msix_vectors = ii.count;
	v->efd = calloc(v->pub.msix_vectors ? v->pub.msix_vectors : 1, sizeof(*v->efd));
	if (!v->efd)
		return -ENOMEM;
	for (uint32_t i = 0; i < v->pub.msix_vectors; i++)
		v->efd[i] = -1;
	v->pub.ops = &vfio_ops;
	v->pub.backend = "vfio";
	snprintf(v->pub.name, sizeof(v->pub.name), "%s", bdf);
	return 0;
}

int pci_vfio_fds(const struct pci_dev *d, int fds[3])
{
	const struct pci_vfio *v;

	if (!d || d->ops != &vfio_ops)
		return -EINVAL;
	v = rt_container_of(d, struct pci_vfio, pub);
	fds[0] = v->container;
	fds[1] = v->group;
	fds[2] = v->device;
	return 0;
}

int pci_vfio_adopt(const char *bdf, const int fds[3], struct rt_log *log, struct pci_dev **out)
{
	struct vfio_group_status gs = {.argsz = sizeof(gs)};
	struct pci_vfio *v;
	int rc;

	if (!bdf || !fds || !log || !out)
		return -EINVAL;
	v = calloc(1, sizeof(*v));
	if (!v) {
		for (unsigned i = 0; i < 3; i++)
			close(fds[i]);
		return -ENOMEM;
	}
	v->container = fds[0];
	v->group = fds[1];
	v->device = fds[2];
	pthread_mutex_init(&v->irq_lock, NULL);
	rt_log_obj_init(&v->lo, log, "pci-vfio[%s]", bdf);
	/* The group must still be in its container (it is, unless the descriptors are not ours). */
	if (ioctl(v->group, VFIO_GROUP_GET_STATUS, &gs) < 0 ||
	    !(gs.flags & VFIO_GROUP_FLAGS_CONTAINER_SET)) {
		rt_log_err(&v->lo, "the kept group descriptor has no container");
		rc = -ENODEV;
		goto fail;
	}
	if ((rc = device_setup(v, bdf)))
		goto fail;
	/* The old binary enabled every vector: single vectors can be re-routed. */
	v->msix_on = v->pub.msix_vectors > 0;
	rt_log_info(&v->lo, "%04x:%04x adopted on kept descriptors (no reset), %u MSI-X vectors",
		    v->pub.vendor, v->pub.device, v->pub.msix_vectors);
	*out = &v->pub;
	return 0;
fail:
	vf_free(v);
	return rc;
}

int pci_vfio_open(const char *bdf, struct rt_log *log, struct pci_dev **out)
{
	struct vfio_group_status gs = {.argsz = sizeof(gs)};
	struct pci_vfio *v;
	char path[64];
	int grp, rc, type;

	if (!bdf || !log || !out)
		return -EINVAL;
	v = calloc(1, sizeof(*v));
	if (!v)
		return -ENOMEM;
	v->container = v->group = v->device = -1;
	pthread_mutex_init(&v->irq_lock, NULL);
	rt_log_obj_init(&v->lo, log, "pci-vfio[%s]", bdf);
	grp = group_of(v, bdf);
	if (grp < 0) {
		rc = grp;
		goto fail;
	}
	v->container = open("/dev/vfio/vfio", O_RDWR | O_CLOEXEC);
	if (v->container < 0) {
		rc = -errno;
		rt_log_err(&v->lo, "/dev/vfio/vfio: %s", strerror(-rc));
		goto fail;
	}
	if (ioctl(v->container, VFIO_GET_API_VERSION) != VFIO_API_VERSION) {
		rc = -ENOTSUP;
		goto fail;
	}
	type = ioctl(v->container, VFIO_CHECK_EXTENSION, VFIO_TYPE1v2_IOMMU) > 0
		       ? VFIO_TYPE1v2_IOMMU
	       : ioctl(v->container, VFIO_CHECK_EXTENSION, VFIO_TYPE1_IOMMU) > 0 ? VFIO_TYPE1_IOMMU
										 : -1;
	if (type < 0) {
		rt_log_err(&v->lo, "no type 1 IOMMU (VFIO no-IOMMU mode is not supported)");
		rc = -ENOTSUP;
		goto fail;
	}
	snprintf(path, sizeof(path), "/dev/vfio/%d", grp);
	v->group = open(path, O_RDWR | O_CLOEXEC);
	if (v->group < 0) {
		rc = -errno;
		rt_log_err(&v->lo, "%s: %s", path, strerror(-rc));
		goto fail;
	}
	if (ioctl(v->group, VFIO_GROUP_GET_STATUS, &gs) < 0 ||
	    !(gs.flags & VFIO_GROUP_FLAGS_VIABLE)) {
		rt_log_err(&v->lo,
			   "IOMMU group %d is not viable (another device of it is not "
			   "bound to vfio-pci)",
			   grp);
		rc = -EBUSY;
		goto fail;
	}
	if (ioctl(v->group, VFIO_GROUP_SET_CONTAINER, &v->container) < 0 ||
	    ioctl(v->container, VFIO_SET_IOMMU, type) < 0) {
		rc = -errno;
		goto fail;
	}
	v->device = ioctl(v->group, VFIO_GROUP_GET_DEVICE_FD, bdf);
	if (v->device < 0) {
		rc = -errno;
		goto fail;
	}
	/* VFIO_GROUP_GET_DEVICE_FD gives it close-on-exec already; keep-alive clears it. */
	fcntl(v->device, F_SETFD, FD_CLOEXEC);
	if ((rc = device_setup(v, bdf)))
		goto fail;
	rt_log_info(&v->lo, "%04x:%04x class %06x, BAR0 %llu bytes%s, %u MSI-X vectors, group %d",
		    v->pub.vendor, v->pub.device, v->pub.class_code,
		    (unsigned long long)v->bar[0].size, v->bar[0].map ? " mapped" : "",
		    v->pub.msix_vectors, grp);
	*out = &v->pub;
	return 0;
fail:
	vf_free(v);
	return rc;
}
