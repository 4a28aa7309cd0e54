/*
 * The tap endpoint against the real Linux stack: a network namespace of our
 * own (pvtest-<pid>) holds the TAP device with 10.99.0.1/24; we are
 * 10.99.0.2 with a made-up MAC. The kernel must answer our ARP request, our
 * ICMP echo request (IPv4 header checksum filled by the offload path), and
 * a UDP datagram to a closed port whose checksum the kernel computes from
 * our NEEDS_CSUM header (it answers with ICMP port unreachable only when
 * that checksum is right). The namespace is always deleted.
 *
 * Needs root and /dev/net/tun; otherwise SKIP (77).
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/if_packet.h>
#include <linux/virtio_net.h>
#include <net/if.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "devices/net/net.h"
#include "devices/net/offload.h"
#include "net_test_util.h"
#include "runtime/loop.h"
#include "tests/unit/pv_check.h"

#define TAPNAME "pvtap0"

static char ns_name[64];
static const uint8_t our_mac[6] = {0x02, 0x00, 0x5e, 0x10, 0x99, 0x02};
static const uint8_t our_ip[4] = {10, 99, 0, 2};
static const uint8_t their_ip[4] = {10, 99, 0, 1};

static int sh(const char *fmt, const char *a)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), fmt, a, a);
	return system(cmd);
}

/* Unchecked fixture: runs in the parent, so the namespace goes even if a test crashes. */
static void ns_setup(void)
{
	ck_assert_int_eq(sh("ip netns add %s", ns_name), 0);
}

static void ns_teardown(void)
{
	sh("ip netns del %s 2>/dev/null", ns_name);
}

enum want { W_ARP, W_ECHO, W_UNREACH, W_RST, W_TCP40002 };

struct ctx {
	struct ev_loop *loop;
	uint32_t tcp_frames, tcp_bytes, tcp_gso_size; /* W_TCP40002: what arrived */
	struct net_endpoint *ep;
	bool refuse_once; /* answer the wanted frame with -ENOSPC once */
	bool refused;
	uint32_t refused_q;
	uint32_t got_q;
	enum want want;
	bool got;
	uint8_t their_mac[6];
	struct net_rx_meta meta;
	int done;
	int tx_status;
};

static bool is_ours(const uint8_t *f, uint32_t len)
{
	return len >= 14 && !memcmp(f, our_mac, 6);
}

static int on_rx(void *c, uint32_t q, const struct net_rx_frame *fr)
{
	struct ctx *x = c;
	const uint8_t *f = fr->data;
	uint32_t len = fr->len;

	/* The namespace also sends IPv6 neighbour discovery and such: skip it. */
	if (!is_ours(f, len))
		return 0;
	if (x->want == W_ARP && len >= 42 && pv_get_be16(f + 12) == NET_ETH_P_ARP &&
	    pv_get_be16(f + 20) == 2 && !memcmp(f + 28, their_ip, 4) &&
	    !memcmp(f + 32, our_mac, 6) && !memcmp(f + 38, our_ip, 4)) {
		memcpy(x->their_mac, f + 22, 6);
		x->got = true;
	}
	if (len >= 14 + 20 + 8 && pv_get_be16(f + 12) == NET_ETH_P_IPV4 &&
	    f[14 + 9] == NET_IPPROTO_ICMP && !memcmp(f + 26, their_ip, 4) &&
	    !memcmp(f + 30, our_ip, 4)) {
		const uint8_t *icmp = f + 14 + (f[14] & 0xf) * 4;

		if (x->want == W_ECHO && icmp[0] == 0 && pv_get_be16(icmp + 4) == 0x4242 &&
		    pv_get_be16(icmp + 6) == 7)
			x->got = true;
		if (x->want == W_UNREACH && icmp[0] == 3 && icmp[1] == 3)
			x->got = true;
		x->meta = fr->meta;
	}
	if (x->want == W_RST && len >= 14 + 20 + 20 && pv_get_be16(f + 12) == NET_ETH_P_IPV4 &&
	    f[14 + 9] == NET_IPPROTO_TCP && !memcmp(f + 26, their_ip, 4)) {
		const uint8_t *tcp = f + 14 + (f[14] & 0xf) * 4;

		if (pv_get_be16(tcp) == 9 && pv_get_be16(tcp + 2) == 40001 && (tcp[13] & 0x04))
			x->got = true;
		x->meta = fr->meta;
	}
	if (x->want == W_TCP40002 && len >= 54 && pv_get_be16(f + 12) == NET_ETH_P_IPV4 &&
	    f[14 + 9] == NET_IPPROTO_TCP && pv_get_be16(f + 34 + 2) == 40002) {
		x->tcp_frames++;
		x->tcp_bytes += len - 54;
		x->meta = fr->meta;
		if (fr->meta.flags & NET_RX_GSO_TCP4)
			x->tcp_gso_size = fr->meta.gso_size;
		x->got = x->tcp_bytes >= 3000;
	}
	if (x->got && x->refuse_once) {
		/* Back-pressure: the endpoint must keep this frame for later. */
		x->got = false;
		x->refuse_once = false;
		x->refused = true;
		x->refused_q = q;
		ev_break(x->loop, EVBREAK_ALL);
		return -ENOSPC;
	}
	if (x->got) {
		x->got_q = q;
		ev_break(x->loop, EVBREAK_ALL);
	}
	return 0;
}

static void on_tx_done(void *c, uint32_t q, void *cookie, int status)
{
	struct ctx *x = c;

	x->done++;
	x->tx_status = status;
}

static const struct net_endpoint_cb cb = {.rx = on_rx, .tx_done = on_tx_done};

static void on_timeout(struct ev_loop *loop, ev_timer *t, int revents)
{
	*(bool *)t->data = true;
	ev_break(loop, EVBREAK_ALL);
}

/* Runs the loop until the wanted frame arrives; gives up after 10 s (a hang, not a speed bound). */
static bool wait_for(struct ctx *x, enum want w)
{
	ev_timer t;
	bool expired = false;

	x->got = false;
	x->want = w;
	ev_timer_init(&t, on_timeout, 10.0, 0);
	t.data = &expired;
	ev_timer_start(x->loop, &t);
	while (!x->got && !expired) {
		ev_run(x->loop, 0);
		if (x->refused) {
			x->refused = false;
			net_endpoint_rx_resume(x->ep, x->refused_q);
		}
	}
	ev_timer_stop(x->loop, &t);
	return x->got;
}

static uint32_t build_ipv4(uint8_t *f, const uint8_t *dst_mac, uint8_t proto, uint32_t l4_len)
{
	memcpy(f, dst_mac, 6);
	memcpy(f + 6, our_mac, 6);
	pv_put_be16(f + 12, NET_ETH_P_IPV4);
	uint8_t *ip = f + 14;
	memset(ip, 0, 20);
	ip[0] = 0x45;
	pv_put_be16(ip + 2, (uint16_t)(20 + l4_len));
	pv_put_be16(ip + 4, 0x77);
	ip[6] = 0x40;
	ip[8] = 64;
	ip[9] = proto;
	memcpy(ip + 12, our_ip, 4);
	memcpy(ip + 16, their_ip, 4);
	return 34 + l4_len;
}

/* Opens the tap endpoint `name` in our namespace with `queues`, addressed 10.99.<net>.1/24. */
static struct net_endpoint *open_tap(struct ev_loop *loop, const char *name, int net,
				     uint32_t queues)
{
	struct net_endpoint *ep;
	char arg[128], cmd[256];
	int rc;

	snprintf(arg, sizeof(arg), "name=%s,netns=%s,queues=%u", name, ns_name, queues);
	rc = net_endpoint_open("tap", arg, loop, &ep);
	ck_assert_msg(rc == 0, "tap open: %s", strerror(-rc));
	ck_assert_uint_eq(ep->nqueues, queues);
	snprintf(cmd, sizeof(cmd),
		 "ip -n %s addr add 10.99.%d.1/24 dev %s && ip -n %s link set %s up", ns_name, net,
		 name, ns_name, name);
	ck_assert_int_eq(system(cmd), 0);
	return ep;
}

/* ARP who-has their_ip tell our_ip; learns the kernel's MAC. */
static void arp_exchange(struct ctx *x, uint32_t q)
{
	uint8_t f[60];
	struct net_seg seg = {f, sizeof(f)};
	int done = x->done;

	memset(f, 0xff, 6);
	memcpy(f + 6, our_mac, 6);
	pv_put_be16(f + 12, NET_ETH_P_ARP);
	hex2bin("0001080006040001", f + 14);
	memcpy(f + 22, our_mac, 6);
	memcpy(f + 28, our_ip, 4);
	memset(f + 32, 0, 6);
	memcpy(f + 38, their_ip, 4);
	memset(f + 42, 0, 18);
	ck_assert_int_eq(net_endpoint_tx(x->ep, q, &seg, 1, NULL, NULL), 0);
	ck_assert_msg(wait_for(x, W_ARP), "no ARP reply");
	ck_assert_int_eq(x->done, done + 1);
	ck_assert_int_eq(x->tx_status, 0);
}

START_TEST(test_tap_arp_icmp_udp)
{
	struct ev_loop *loop = rt_loop_new();
	struct ctx x = {.loop = loop};
	uint8_t f[128];
	uint32_t len;

	x.ep = open_tap(loop, TAPNAME, 0, 1);
	ck_assert_int_eq(net_endpoint_start(x.ep, &cb, &x), 0);
	arp_exchange(&x, 0);

	/* ICMP echo request, IPv4 header checksum left to the endpoint; in two
	 * segments. The reply is refused once for lack of space: it must come
	 * back after resume, not be lost. */
	len = build_ipv4(f, x.their_mac, NET_IPPROTO_ICMP, 8 + 16);
	uint8_t *icmp = f + 34;
	memset(icmp, 0, 8);
	icmp[0] = 8;
	pv_put_be16(icmp + 4, 0x4242);
	pv_put_be16(icmp + 6, 7);
	for (int i = 0; i < 16; i++)
		icmp[8 + i] = (uint8_t)i;
	pv_put_be16(icmp + 2, net_csum_fold(net_csum_add(0, icmp, 24)));
	struct net_seg segs[2] = {{f, 20}, {f + 20, len - 20}};
	struct net_tx_meta m = {.flags = NET_TX_IPV4 | NET_TX_CSUM_IP};
	x.refuse_once = true;
	ck_assert_int_eq(net_endpoint_tx(x.ep, 0, segs, 2, &m, NULL), 0);
	ck_assert_msg(wait_for(&x, W_ECHO), "no echo reply");
	ck_assert(!x.refuse_once);
	ck_assert(x.meta.flags & NET_RX_IP_CSUM_OK);
	ck_assert_int_eq(x.tx_status, 0);

	/* UDP to a closed port with the checksum left to the kernel (NEEDS_CSUM). */
	len = build_ipv4(f, x.their_mac, NET_IPPROTO_UDP, 8 + 6);
	uint8_t *udp = f + 34;
	pv_put_be16(udp, 40000);
	pv_put_be16(udp + 2, 9); /* discard: nothing listens in a fresh namespace */
	pv_put_be16(udp + 4, 14);
	pv_put_be16(udp + 6, 0x5555); /* garbage the offload must replace */
	memcpy(udp + 8, "pvtest", 6);
	struct net_seg seg = {f, len};
	m = (struct net_tx_meta){.flags = NET_TX_IPV4 | NET_TX_CSUM_IP | NET_TX_CSUM_UDP,
				 .l4_off = 34};
	ck_assert_int_eq(net_endpoint_tx(x.ep, 0, &seg, 1, &m, NULL), 0);
	ck_assert_msg(wait_for(&x, W_UNREACH), "no ICMP port unreachable");
	ck_assert(x.meta.flags & NET_RX_IP_CSUM_OK);

	/* An LSO super-frame as Linux guests send it (IP length 0, checksums
	 * not filled) to a closed TCP port: the kernel takes the GSO frame
	 * and answers with a reset. */
	static uint8_t big[34 + 20 + 3000];
	len = build_ipv4(big, x.their_mac, NET_IPPROTO_TCP, 20 + 3000);
	pv_put_be16(big + 16, 0);
	uint8_t *tcp = big + 34;
	memset(tcp, 0, 20);
	pv_put_be16(tcp, 40001);
	pv_put_be16(tcp + 2, 9);
	pv_put_be16(tcp + 4, 0x1234);
	tcp[12] = 5 << 4;
	tcp[13] = 0x18; /* PSH ACK */
	pv_put_be16(tcp + 14, 512);
	for (uint32_t i = 54; i < len; i++)
		big[i] = (uint8_t)i;
	struct net_seg lso_segs[3] = {{big, 54}, {big + 54, 1000}, {big + 1054, len - 1054}};
	m = (struct net_tx_meta){
		.flags = NET_TX_IPV4 | NET_TX_LSO | NET_TX_CSUM_IP | NET_TX_CSUM_TCP, .mss = 1448};
	ck_assert_int_eq(net_endpoint_tx(x.ep, 0, lso_segs, 3, &m, NULL), 0);
	ck_assert_msg(wait_for(&x, W_RST), "no TCP reset for the LSO frame");
	ck_assert(x.meta.flags & NET_RX_TCP_CSUM_OK);

	const struct net_stats *st = net_endpoint_stats(x.ep, 0);
	ck_assert_uint_eq(st->tx_packets, 4);
	ck_assert_uint_eq(st->tx_errors, 0);
	ck_assert_uint_ge(st->rx_packets, 4);
	ck_assert_uint_eq(st->rx_dropped, 0);
	net_endpoint_close(x.ep);
	rt_loop_destroy(loop);
}
END_TEST

static const struct net_endpoint_cb cb_gso = {.rx = on_rx, .tx_done = on_tx_done, .rx_gso = true};

/*
 * From inside the namespace, sends a TCP super-frame (54 + 3000 bytes, GSO
 * at 1000) out of the TAP through a packet socket with a virtio_net_hdr, as
 * the kernel's own stack would hand one to the device. Child process: setns
 * moves only the caller.
 */
static void send_gso_from_ns(const char *ifname, const uint8_t *kernel_mac)
{
	pid_t pid = fork();
	int st;

	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		static uint8_t b[sizeof(struct virtio_net_hdr) + 54 + 3000];
		struct virtio_net_hdr *vh = (struct virtio_net_hdr *)b;
		uint8_t *f = b + sizeof(*vh);
		char path[128];
		int one = 1, nsfd, s;
		struct sockaddr_ll a = {.sll_family = AF_PACKET};

		snprintf(path, sizeof(path), "/run/netns/%s", ns_name);
		nsfd = open(path, O_RDONLY);
		if (nsfd < 0 || setns(nsfd, CLONE_NEWNET))
			_exit(2);
		s = socket(AF_PACKET, SOCK_RAW, 0);
		if (s < 0 || setsockopt(s, SOL_PACKET, PACKET_VNET_HDR, &one, sizeof(one)))
			_exit(3);
		a.sll_ifindex = (int)if_nametoindex(ifname);
		a.sll_halen = 6;
		memcpy(a.sll_addr, our_mac, 6);
		memcpy(f, our_mac, 6);
		memcpy(f + 6, kernel_mac, 6);
		pv_put_be16(f + 12, NET_ETH_P_IPV4);
		f[14] = 0x45;
		pv_put_be16(f + 16, 20 + 20 + 3000);
		f[22] = 64;
		f[23] = NET_IPPROTO_TCP;
		memcpy(f + 26, their_ip, 4);
		memcpy(f + 30, our_ip, 4);
		pv_put_be16(f + 24, net_csum_fold(net_csum_add(0, f + 14, 20)));
		pv_put_be16(f + 34, 9);
		pv_put_be16(f + 36, 40002);
		f[46] = 5 << 4;
		f[47] = 0x10;
		for (int i = 0; i < 3000; i++)
			f[54 + i] = (uint8_t)i;
		/* CHECKSUM_PARTIAL: the TCP field holds the pseudo-header sum. */
		{
			struct net_hdrs h;
			if (net_parse(f, 54 + 3000, &h))
				_exit(5);
			pv_put_be16(f + 50,
				    (uint16_t)~net_csum_fold(net_csum_pseudo(f, &h, 20 + 3000)));
		}
		vh->flags = VIRTIO_NET_HDR_F_NEEDS_CSUM;
		vh->gso_type = VIRTIO_NET_HDR_GSO_TCPV4;
		vh->gso_size = 1000;
		vh->hdr_len = 54;
		vh->csum_start = 34;
		vh->csum_offset = 16;
		if (sendto(s, b, sizeof(b), 0, (struct sockaddr *)&a, sizeof(a)) != sizeof(b))
			_exit(4);
		_exit(0);
	}
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "packet socket send: %d",
		      WEXITSTATUS(st));
}

/*
 * Receive offloads: a consumer with rx_gso gets the host stack's TCP
 * super-frame whole (one frame, NET_RX_GSO_TCP4, gso_size 1000, data
 * vouched for); one without gets it cut to segments by the kernel.
 */
START_TEST(test_tap_rx_gso)
{
	struct ev_loop *loop = rt_loop_new();
	struct ctx x = {.loop = loop};
	char mac[64], cmd[160];
	uint8_t kmac[6];
	FILE *p;

	x.ep = open_tap(loop, "pvtap2", 2, 1);
	ck_assert_int_eq(net_endpoint_start(x.ep, &cb_gso, &x), 0);
	snprintf(cmd, sizeof(cmd), "ip -n %s -o link show pvtap2 | grep -o 'link/ether [0-9a-f:]*'",
		 ns_name);
	p = popen(cmd, "r");
	ck_assert_ptr_nonnull(p);
	ck_assert_ptr_nonnull(fgets(mac, sizeof(mac), p));
	pclose(p);
	ck_assert_int_eq(sscanf(mac, "link/ether %hhx:%hhx:%hhx:%hhx:%hhx:%hhx", &kmac[0], &kmac[1],
				&kmac[2], &kmac[3], &kmac[4], &kmac[5]),
			 6);
	x.want = W_TCP40002;
	send_gso_from_ns("pvtap2", kmac);
	ck_assert_msg(wait_for(&x, W_TCP40002), "no super-frame");
	ck_assert_uint_eq(x.tcp_frames, 1);
	ck_assert_uint_eq(x.tcp_gso_size, 1000);
	ck_assert(x.meta.flags & NET_RX_GSO_TCP4);
	ck_assert(x.meta.flags & NET_RX_TCP_CSUM_OK);
	net_endpoint_stop(x.ep);

	/* Restarted without rx_gso: TUNSETOFFLOAD 0, the kernel segments. */
	x.tcp_frames = x.tcp_bytes = x.tcp_gso_size = 0;
	ck_assert_int_eq(net_endpoint_start(x.ep, &cb, &x), 0);
	x.want = W_TCP40002;
	send_gso_from_ns("pvtap2", kmac);
	ck_assert_msg(wait_for(&x, W_TCP40002), "no segments");
	ck_assert_uint_eq(x.tcp_frames, 3);
	ck_assert_uint_eq(x.tcp_gso_size, 0);
	ck_assert(x.meta.flags & NET_RX_TCP_CSUM_OK);
	net_endpoint_close(x.ep);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(test_tap_multiqueue)
{
	struct ev_loop *loop = rt_loop_new();
	struct ctx x = {.loop = loop};

	x.ep = open_tap(loop, "pvtap1", 0, 2);
	ck_assert_int_eq(net_endpoint_start(x.ep, &cb, &x), 0);
	/* Sent on the second queue; the kernel answers on the queue it picks. */
	arp_exchange(&x, 1);
	ck_assert_uint_lt(x.got_q, 2);
	ck_assert_uint_eq(net_endpoint_stats(x.ep, 1)->tx_packets, 1);
	net_endpoint_close(x.ep);
	rt_loop_destroy(loop);
}
END_TEST

START_TEST(test_tap_missing_netns)
{
	struct ev_loop *loop = rt_loop_new();
	struct net_endpoint *ep;

	ck_assert_int_eq(
		net_endpoint_open("tap", "name=" TAPNAME ",netns=pvtest-does-not-exist", loop, &ep),
		-ENOENT);
	rt_loop_destroy(loop);
}
END_TEST

int main(void)
{
	struct stat st;
	Suite *s;
	TCase *tc;

	if (geteuid() != 0) {
		printf("SKIP: needs root to create a network namespace\n");
		return 77;
	}
	if (stat("/dev/net/tun", &st) != 0) {
		printf("SKIP: no /dev/net/tun\n");
		return 77;
	}
	snprintf(ns_name, sizeof(ns_name), "pvtest-%d", (int)getpid());
	if (sh("ip netns add %s 2>/dev/null && ip netns del %s", ns_name) != 0) {
		printf("SKIP: cannot create network namespaces (ip netns add failed)\n");
		return 77;
	}
	s = suite_create("net_tap");
	tc = tcase_create("netns");
	tcase_add_unchecked_fixture(tc, ns_setup, ns_teardown);
	tcase_add_test(tc, test_tap_arp_icmp_udp);
	tcase_add_test(tc, test_tap_multiqueue);
	tcase_add_test(tc, test_tap_rx_gso);
	tcase_add_test(tc, test_tap_missing_netns);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return pv_check_run_suite(s);
}
