/*
 * The guest side of the netvsp host tests that run as plain programs
 * (netvsp_tap_test, mana_proto_test): the pvguest netvsc client on a host
 * from nv_host.h, and the network namespace with a TAP device the kernel
 * answers through. Failures are printed ("FAIL: ..." or "SKIP: ...").
 */
#ifndef NV_GUEST_H
#define NV_GUEST_H

#include <stdint.h>

#include "host.h"

struct pvg;
struct pvnc;

#define NV_IP "/usr/sbin/ip"

/* Connects to h, negotiates VMBus, reads the offers and opens the NIC.
 * Returns 0, or -1 after printing why. */
int nv_guest_up(struct host *h, struct pvg **g, struct pvnc **nc);

/* Closes what nv_guest_up opened (either may be NULL) and stops the host.
 * Returns 0, or 1 after printing that the host did not exit cleanly. */
int nv_guest_down(struct host *h, struct pvg *g, struct pvnc *nc);

/* Writes the Ethernet header of a frame from mac to mac (the guest's own: a
 * loopback endpoint hands it back) with the local experimental EtherType
 * 0x88B5 (IEEE 802). */
void nv_frame_to_self(uint8_t *frame, const uint8_t mac[6]);

/* Sends frame (size bytes) n times on channel 0 and waits until the host
 * completed every send. Returns 0 or the first error. */
int nv_send_frames(struct pvnc *nc, const uint8_t *frame, uint32_t size, uint64_t n);

/* system() of a formatted command line; its exit status (-1: did not exit). */
int nv_run(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Creates network namespace ns. Returns 0, or 77 after printing SKIP: when
 * ip(8), /dev/net/tun or the right to make namespaces is missing. */
int nv_netns_add(const char *ns);

/* In ns: lo up, 10.NET.X.1/24 on tap, tap up. Returns 0 or ip's status. */
int nv_netns_tap_up(const char *ns, const char *tap, unsigned net, unsigned x);

/* Deletes namespace ns and everything in it. */
void nv_netns_del(const char *ns);

#endif
