import random, struct, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): IP datagrams built by hand (socat IP-SENDTO protocol 255, whole headers) sent through router r: random TTL, DF, sizes against a narrower egress MTU, IP options (record route, timestamps, router alert, malformed ones), protocols and destinations (the far host, the router itself, no route, a broadcast); what tcpdump -v sees on both sides (the forwarded datagram, the ICMP errors back) and the router's counters." % seed, ""]
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
c("for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done")
c("ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0")
c("ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1")
c("ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0")
mtu = r.choice([1500, 1000, 576, 1280])
if mtu != 1500:
    c("ip -n r link set r1 mtu %d; ip -n b link set b0 mtu %d" % (mtu, mtu))
knobs = [
    ('r', 'net.ipv4.icmp_ratelimit', [0]),
    ('r', 'net.ipv4.icmp_errors_use_inbound_ifaddr', [0, 1]),
    ('r', 'net.ipv4.conf.all.accept_source_route', [0, 1]),
    ('r', 'net.ipv4.conf.r0.accept_source_route', [0, 1]),
    ('r', 'net.ipv4.ip_forward_use_pmtu', [0, 1]),
    ('b', 'net.ipv4.icmp_echo_ignore_all', [0, 1]),
    ('r', 'net.ipv4.conf.all.rp_filter', [0, 1]),
    ('r', 'net.ipv4.conf.r1.bc_forwarding', [0, 1]),
    ('r', 'net.ipv4.conf.all.bc_forwarding', [0, 1]),
]
c("ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=0")
for ns, k, v in r.sample(knobs, r.randint(1, 4)):
    c("ip netns exec %s sysctl -qw %s=%d" % (ns, k, r.choice(v)))
if r.random() < 0.3:
    c("ip netns exec r iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP")
c("ip netns exec a tcpdump -l -n -t -v -i a0 not arp > a.txt 2>/dev/null & ip netns exec b tcpdump -l -n -t -v -i b0 not arp > b.txt 2>/dev/null & sleep 0.5")

SRC = ip4('10.0.0.1')
OPTS = {
    'rr': bytes([7, 11, 4]) + bytes(8) + bytes([0]),           # record route, two slots
    'rrfull': bytes([7, 7, 8, 1, 2, 3, 4, 0]),                   # record route already full
    'ts': bytes([68, 12, 5, 0]) + bytes(8),                     # timestamps only, two slots
    'tsaddr': bytes([68, 12, 5, 1]) + bytes(8),                 # address + timestamp, one slot
    'tsfull': bytes([68, 8, 9, 0, 0, 0, 0, 0]),                 # full: overflow counter
    'ra': bytes([148, 4, 0, 0]),                                # router alert
    'nop': bytes([1, 1, 1, 0]),
    'badlen': bytes([7, 2, 4, 0]),                               # record route shorter than 3
    'badptr': bytes([7, 7, 2, 0, 0, 0, 0, 0]),                   # pointer below 4
    'unknown': bytes([0x99, 4, 0, 0]),
    'lsrr': bytes([131, 7, 4]) + ip4('10.0.1.2') + bytes([0]),   # loose source route via b
    'ssrr': bytes([137, 7, 4]) + ip4('10.0.1.2') + bytes([0]),
}
DSTS = ['10.0.1.2', '10.0.1.2', '10.0.1.2', '10.0.1.254', '10.9.9.9', '10.0.1.255', '10.0.0.254']
for i in range(r.randint(5, 9)):
    dst = r.choice(DSTS)
    proto = r.choice(['icmp', 'icmp', 'udp', 'tcp', 'p253', 'icmpts', 'icmpbad', 'icmperr', 'icmpmask', 'udp0'])
    size = r.choice([0, 8, 100, 600, 1000, 1200, 1400, mtu - 28, mtu - 27, mtu - 20])
    size = max(0, min(size, 1400))
    ttl = r.choice([64, 64, 64, 1, 2, 0])
    df = r.random() < 0.5
    tos = r.choice([0, 0, 0, 0x10, 0x03])
    optk = r.choice([None, None, None] + list(OPTS))
    opt = OPTS[optk] if optk else b''
    ident = 0x2000 + seed * 16 + i
    pay = bytes((j * 5 + i) & 0xff for j in range(size))
    if proto == 'icmp':
        h = struct.pack('!BBHHH', 8, 0, 0, 0x4343, i + 1) + pay
        body = h[:2] + struct.pack('!H', csum(h)) + h[4:]; p = 1
    elif proto == 'icmpts':
        h = struct.pack('!BBHHHIII', 13, 0, 0, 0x4343, i + 1, 1000, 0, 0)
        body = h[:2] + struct.pack('!H', csum(h)) + h[4:]; p = 1
    elif proto == 'icmpmask':
        h = struct.pack('!BBHHHI', 17, 0, 0, 0x4343, i + 1, 0)
        body = h[:2] + struct.pack('!H', csum(h)) + h[4:]; p = 1
    elif proto == 'icmpbad':
        h = struct.pack('!BBHHH', 8, 0, 0x1234, 0x4343, i + 1) + pay
        body = h; p = 1
    elif proto == 'icmperr':
        # a port unreachable quoting a datagram the destination would have sent to us
        q = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 36, 0x1111, 0, 64, 17, 0, ip4(dst), SRC)
        q = q[:10] + struct.pack('!H', csum(q)) + q[12:] + struct.pack('!HHHH', 33400, 41000 + i, 16, 0)
        h = struct.pack('!BBHI', 3, r.choice([3, 4, 1]), 0, r.choice([0, 1000])) + q
        body = h[:2] + struct.pack('!H', csum(h)) + h[4:]; p = 1
    elif proto in ('udp', 'udp0'):
        body = struct.pack('!HHHH', 41000 + i, 33400 + i, 8 + size, 0) + pay; p = 17
        if proto == 'udp0':
            ps = SRC + ip4(dst) + struct.pack('!BBH', 0, 17, len(body))
            c0 = csum(ps + body)
            body = body[:6] + struct.pack('!H', c0 ^ r.choice([0, 1])) + body[8:]
    elif proto == 'tcp':
        body = struct.pack('!HHIIBBHHH', 42000 + i, 80, 1000, 0, 5 << 4, 0x02, 1024, 0, 0); p = 6
        ps = SRC + ip4(dst) + struct.pack('!BBH', 0, 6, len(body))
        body = body[:16] + struct.pack('!H', csum(ps + body)) + body[18:]
    else:
        body = pay; p = 253
    hdr = struct.pack('!BBHHHBBH4s4s', 0x45 + len(opt) // 4, tos, 0, ident, 0x4000 if df else 0, ttl, p, 0, SRC, ip4(dst)) + opt
    lines.append("")
    lines.append("Datagram %d: %s of %d bytes to %s, ttl %d%s%s%s." % (i + 1, proto, len(hdr) + len(body), dst, ttl, ', DF' if df else '', ', tos %#x' % tos if tos else '', ', options ' + optk if optk else ''))
    c("printf '%s' > pkt; ip netns exec a socat -u - IP-SENDTO:%s:255 < pkt 2>&1 | sed 's/.*socat\\[[0-9]*\\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2" % (esc(hdr + body), dst))
# IP ids of the kernel's own packets and timestamps are not the same twice
c("sleep 0.3; kill %1 %2; wait; cat a.txt b.txt | sed -E 's/id [0-9]+,/id X,/; s/[0-9]+@/T@/g; s/bad cksum [0-9a-f]+ \\(->[0-9a-f]+\\)/bad cksum/; s/(recv|xmit) [0-9:.]+/\\1 T/g'")
c("ip netns exec r nstat -a | grep -v '^#\\|IpExtInOctets\\|IpExtOutOctets' | awk '{print $1, $2}'")
print("\n".join(lines))
