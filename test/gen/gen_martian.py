import random, struct, sys
# Martian sources and destinations on the wire: host a sends datagrams built by
# hand (socat IP-SENDTO protocol 255, whole headers) with spoofed sources and odd
# destinations to router r, whose source-validation knobs are random; what
# crosses to b and back to a (tcpdump -v, ids masked) and r's counters.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): martian sources and destinations on the wire. Host a (lo down, so loopback destinations leave by its default route too) sends datagrams built by hand (socat IP-SENDTO protocol 255) with spoofed sources (loopback, zero net, multicast, broadcasts, class E, link-local, r's own addresses, b's address, an unrouted one) to odd destinations (r's addresses, b, broadcasts, loopback, multicast, zero net, class E, no route) through router r with random rp_filter, accept_local, route_localnet, bc_forwarding, icmp_echo_ignore_broadcasts and custom local routes; tcpdump -v on both sides (ids masked) and r's counters." % seed, ""]
def c(x): lines.append("  $ " + x)

def csum(b):
    if len(b) % 2: b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16: s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff

def esc(b):
    return ''.join('\\%03o' % x for x in b)

def ip4(a): return bytes(int(x) for x in a.split('.'))

c("for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
c("ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01")
c("ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02")
c("for x in 'a a0' 'b b0' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done")
c("ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0; ip -n r addr add 10.255.0.1/32 dev lo")
c("ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0")
# every neighbour static: no ARP from a spoofed or martian source on the wire
c("ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0")
# r's answers to a's subnet address and to the unrouted source leave by r0 too: static, or the ARP probes' 1 s race the commands
c("ip -n r neigh add 10.0.0.0 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 192.0.2.7 lladdr 02:00:00:00:00:01 dev r0")
knobs = [
    ('net.ipv4.conf.all.rp_filter', [0, 1, 2]),
    ('net.ipv4.conf.r0.rp_filter', [0, 1, 2]),
    ('net.ipv4.conf.r0.accept_local', [0, 1]),
    ('net.ipv4.conf.all.accept_local', [0, 1]),
    ('net.ipv4.conf.r0.route_localnet', [0, 1]),
    ('net.ipv4.conf.all.route_localnet', [0, 1]),
    ('net.ipv4.conf.r1.route_localnet', [0, 1]),
    ('net.ipv4.conf.r1.bc_forwarding', [0, 1]),
    ('net.ipv4.conf.all.bc_forwarding', [0, 1]),
    ('net.ipv4.icmp_echo_ignore_broadcasts', [0, 1]),
    ('net.ipv4.icmp_errors_use_inbound_ifaddr', [0, 1]),
    ('net.ipv4.conf.r0.src_valid_mark', [0, 1]),
]
ks = r.sample(knobs, r.randint(2, 6))
c("ip netns exec r sysctl -w " + " ".join("%s=%d" % (k, r.choice(v)) for k, v in ks))
extra = r.random()
if extra < 0.2:
    c("ip -n r route add local 10.77.0.0/24 dev lo")     # a custom local route: the full reverse lookup
elif extra < 0.35:
    c("ip -n r rule add from 192.0.2.0/24 lookup 100 pref 100; ip -n r route add 192.0.2.0/24 dev r0 table 100")
elif extra < 0.5:
    c("ip -n r route add 192.0.2.0/24 via 10.0.1.2")
c("ip netns exec a tcpdump -l -n -t -v -i a0 > a.txt 2>/dev/null & ip netns exec b tcpdump -l -n -t -v -i b0 > b.txt 2>/dev/null & sleep 0.5")

SRCS = ['0.0.0.0', '127.0.0.1', '127.1.2.3', '224.0.0.5', '239.1.1.1', '255.255.255.255', '240.0.0.1',
        '0.1.2.3', '10.0.0.254', '10.0.1.254', '10.255.0.1', '10.0.0.255', '10.0.1.2', '10.0.0.1', '10.0.0.1',
        '192.0.2.7', '169.254.1.1', '10.0.0.0', '10.77.0.5']
DSTS = ['10.0.1.2', '10.0.1.2', '10.0.0.254', '10.0.1.254', '10.255.0.1', '127.0.0.1', '10.0.0.255',
        '10.0.1.255', '255.255.255.255', '224.0.0.1', '0.0.0.0', '240.0.0.9', '10.9.9.9', '0.1.2.3', '10.77.0.5']
for i in range(r.randint(8, 14)):
    src = r.choice(SRCS); dst = r.choice(DSTS)
    proto = r.choice(['icmp', 'icmp', 'udp'])
    ident = 0x1000 + i
    if proto == 'icmp':
        body = struct.pack('!BBHHH', 8, 0, 0, 0x4d00 + seed % 256, i + 1) + bytes(range(16))
        body = body[:2] + struct.pack('!H', csum(body)) + body[4:]
        p = 1
    else:
        pay = b'martian%02d' % i
        body = struct.pack('!HHHH', 40000 + i, 9, 8 + len(pay), 0) + pay
        ps = ip4(src) + ip4(dst) + struct.pack('!BBH', 0, 17, len(body))
        body = body[:6] + struct.pack('!H', csum(ps + body) or 0xffff) + body[8:]
        p = 17
    hdr = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 0, ident, 0, 64, p, 0, ip4(src), ip4(dst))
    lines.append("")
    lines.append("Datagram %d: %s from %s to %s." % (i + 1, proto, src, dst))
    c("printf '%s' > pkt; ip netns exec a socat -u - IP-SENDTO:%s:255 < pkt 2>&1 | sed 's/.*socat\\[[0-9]*\\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2" % (esc(hdr + body), dst))
    if r.random() < 0.15:
        c("ip -n r route get %s from %s iif r0 2>&1" % (dst, src))
lines.append("")
c("sleep 0.3; kill %1 %2; wait; cat a.txt b.txt | sed -E 's/id [0-9]+,/id X,/; s/[0-9]+@/T@/g; s/bad cksum [0-9a-f]+ \\(->[0-9a-f]+\\)/bad cksum/'")
c("ip netns exec r nstat -a | grep -v '^#\\|IpExtInOctets\\|IpExtOutOctets' | awk '{print $1, $2}'")
c("ip -s -n r link show r0 | sed -n 4p; ip -n r route show cache")
print("\n".join(lines))
