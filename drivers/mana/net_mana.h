/*
 * net_mana: the net endpoint (devices/net/net.h) on the MANA driver, so a
 * VSP (netvsp) serves its guest from a MANA function: a VF through VFIO, or
 * our GDMA/MANA emulator (devices/mana) through the emu PCI backend with its
 * vport bridged to a TAP, null or loopback wire.
 *
 * This glue sees both sides (devices/net and drivers/mana), which is why it
 * lives here and not in devices/net: a VSP never includes a driver header;
 * the program hands netvsp `net_mana_kind` (docs/architecture.md).
 *
 * Config (the nic's `mana:` key, with `endpoint: mana`):
 *
 *   mana:
 *     vfio: "0000:00:04.0"          # a MANA VF bound to vfio-pci
 *   mana:
 *     emulated:
 *       wire: tap                   # tap | null | loopback (default tap with `tap`, else loopback)
 *       tap: pvtap0                 # the TAP (tap wire)
 *       netns: pvnet                # a namespace under /run/netns (tap wire)
 *       faults: [hwc_status:CREATE_WQ_OBJ:1:1]   # mana_emu_fault_parse() specs
 *
 * The endpoint comes up asynchronously: link down until the vport is up
 * (link_change then says so); frames sent meanwhile are dropped and
 * counted, as a NIC without carrier does. A device or vport failure takes
 * the link down, resets the function and brings everything up again
 * (backing off from 0.1 s to 5 s).
 *
 * Offloads natively: IPv4 header, TCP and UDP checksums (v4 and v6), LSO
 * (v4 and v6), VLAN insertion, RX checksum verdicts, RX hash, RSS steering
 * (the guest's table, through CONFIG_VPORT_RX).
 */
#ifndef DRIVERS_MANA_NET_MANA_H
#define DRIVERS_MANA_NET_MANA_H

#include <stdint.h>

#include "drivers/mana/mana.h"

struct net_endpoint;
struct pcidev;

extern const struct net_endpoint_kind net_mana_kind;

struct net_mana_stats {
	struct mana_dev_stats dev;
	struct mana_vport_stats vport;
	uint64_t tx_dropped_down; /* frames sent while the link was down */
	uint64_t recoveries;
	enum mana_dev_state dev_state;
	enum mana_vport_state vport_state;
};

/* Counters of a net_mana endpoint (its loop). -EINVAL if ep is not one. */
int net_mana_get_stats(struct net_endpoint *ep, struct net_mana_stats *out);

/* The emulator behind an emulated endpoint (tests: faults, link), else NULL. */
struct pcidev *net_mana_emulator(struct net_endpoint *ep);

#endif
