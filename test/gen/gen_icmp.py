import random, struct, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): which ICMP errors and replies a router r and a host b send, and from which source address, for datagrams built by hand (socat IP-SENDTO protocol 255) from host a: random addressing of r's inbound interface (secondaries, another subnet, unnumbered), route prefsrc, icmp_errors_use_inbound_ifaddr and the other icmp knobs, unreachable route types, REJECT rules; errors that must not be sent (for ICMP errors, non-first fragments, broadcast and multicast destinations); tcpdump -v on a's side and nstat of r and b." % seed, ""]
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
c("ip -n a addr add 10.0.0.1/24 dev a0; ip -n a addr add 10.7.7.7/32 dev a0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0")
addrmode = r.choice(['plain', 'plain', 'secondary', 'othernet', 'unnumbered', 'loaddr'])
if addrmode == 'plain':
    c("ip -n r addr add 10.0.0.254/24 dev r0")
elif addrmode == 'secondary':
    c("ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.0.253/24 dev r0")
elif addrmode == 'othernet':
    c("ip -n r addr add 172.16.5.1/24 dev r0; ip -n r addr add 10.0.0.254/24 dev r0")
elif addrmode == 'unnumbered':
    c("ip -n r route add 10.0.0.0/24 dev r0")
else:
    c("ip -n r addr add 10.0.0.254/32 dev lo; ip -n r route add 10.0.0.0/24 dev r0")
c("ip -n a route add default via 10.0.0.254 src 10.0.0.1; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1")
c("ip -n r route add 10.7.7.0/24 via 10.0.0.1 dev r0 onlink")
c("ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0")
if r.random() < 0.4:
    src = r.choice(['10.0.1.254', '10.0.0.254' if addrmode not in ('unnumbered',) else '10.0.1.254'])
    c("ip -n r route replace 10.0.0.0/24 dev r0 src %s" % src)
if r.random() < 0.5:
    c("ip -n r route add unreachable 10.8.0.0/24; ip -n r route add prohibit 10.8.1.0/24; ip -n r route add blackhole 10.8.2.0/24")
knobs = [
    ('r', 'net.ipv4.icmp_errors_use_inbound_ifaddr', [0, 1, 1]),
    ('r', 'net.ipv4.icmp_echo_ignore_all', [0, 1]),
    ('r', 'net.ipv4.icmp_echo_ignore_broadcasts', [0, 1]),
    ('b', 'net.ipv4.icmp_echo_ignore_broadcasts', [0, 1]),
    ('r', 'net.ipv4.icmp_ignore_bogus_error_responses', [0, 1]),
    ('r', 'net.ipv4.conf.all.bc_forwarding', [0, 1]),
    ('r', 'net.ipv4.conf.r1.bc_forwarding', [0, 1]),
    ('r', 'net.ipv4.conf.all.accept_local', [0, 1]),
    ('r', 'net.ipv4.conf.r0.send_redirects', [0, 1]),
    ('r', 'net.ipv4.icmp_echo_enable_probe', [0, 1, 1]),
    ('b', 'net.ipv4.icmp_echo_enable_probe', [0, 1, 1]),
]
c("for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0 net.ipv4.icmp_msgs_per_sec=100000; done")
for ns, k, v in r.sample(knobs, r.randint(1, 4)):
    c("ip netns exec %s sysctl -qw %s=%d" % (ns, k, r.choice(v)))
if r.random() < 0.35:
    rj = r.choice(['icmp-net-unreachable', 'icmp-host-unreachable', 'icmp-port-unreachable', 'icmp-proto-unreachable', 'icmp-net-prohibited', 'icmp-host-prohibited', 'icmp-admin-prohibited'])
    c("ip netns exec r iptables -A FORWARD -p 99 -j REJECT --reject-with %s; ip netns exec r iptables -A INPUT -p udp --dport 7 -j REJECT --reject-with %s" % (rj, rj))
braw = r.random() < 0.4
if braw:
    c("ip netns exec b socat -u IP4-RECV:99 - > /dev/null & sleep 0.2")
if r.random() < 0.3:
    c("ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=%d net.ipv4.icmp_echo_ignore_broadcasts=%d" % (r.choice([0, 1]), r.choice([0, 1])))
if r.random() < 0.3:
    c("ip netns exec b iptables -A INPUT -p udp --dport 33400:33499 -j REJECT --reject-with %s" % r.choice(['icmp-port-unreachable', 'icmp-host-prohibited', 'icmp-net-unreachable']))
c("ip netns exec a tcpdump -l -n -t -v -i a0 not arp > a.txt 2>/dev/null & ip netns exec b tcpdump -l -n -t -v -i b0 not arp > b.txt 2>/dev/null & sleep 0.5")

DSTS = ['10.0.1.2', '10.0.1.2', '10.0.1.2', '10.0.1.254', '10.0.0.254', '10.0.0.253', '172.16.5.1', '10.9.9.9',
        '10.8.0.1', '10.8.1.1', '10.8.2.1', '10.0.1.255', '10.0.0.255', '255.255.255.255', '224.0.0.9', '127.0.0.1']
# ip_error() answers a source at most 5 times (ip_rt_error_burst) then once a second: stay under it
iperrs = {}
for i in range(r.randint(6, 10)):
    dst = r.choice(DSTS)
    srcs = r.choice(['10.0.0.1'] * 4 + ['10.7.7.7'])
    if dst in ('10.9.9.9', '10.8.0.1', '10.8.1.1', '10.8.2.1'):
        iperrs[srcs] = iperrs.get(srcs, 0) + 1
        if iperrs[srcs] > 4: dst = '10.0.1.2'
    proto = r.choice(['echo', 'echo', 'udp', 'udp', 'udp7', 'p99', 'tcp', 'icmpts', 'icmpmask', 'icmpinfo', 'icmperr', 'icmpunk', 'probe'])
    ttl = r.choice([64, 64, 64, 64, 1, 2])
    frag = r.choice([None, None, None, None, 'first', 'later'])
    tos = r.choice([0, 0, 0, 0x10, 0xb8])
    ident = 0x2000 + seed * 16 + i
    pay = bytes((j * 5 + i) & 0xff for j in range(r.choice([0, 16, 40, 40, 600, 1400])))
    OPTS = [b'', b'', b'', bytes([7, 11, 4]) + bytes(8) + bytes([0]), bytes([68, 12, 5, 1]) + bytes(8), bytes([148, 4, 0, 0]), bytes([1, 1, 1, 0])]
    opt = r.choice(OPTS)
    SRC = ip4(srcs)
    def icmpmsg(t, code, rest):
        h = struct.pack('!BBH', t, code, 0) + rest
        return h[:2] + struct.pack('!H', csum(h)) + h[4:]
    if proto == 'echo':
        body = icmpmsg(8, 0, struct.pack('!HH', 0x4343, i + 1) + pay); p = 1
    elif proto == 'icmpts':
        body = icmpmsg(13, 0, struct.pack('!HHIII', 0x4343, i + 1, 1000, 0, 0)); p = 1
    elif proto == 'icmpmask':
        body = icmpmsg(17, 0, struct.pack('!HHI', 0x4343, i + 1, 0)); p = 1
    elif proto == 'icmpinfo':
        body = icmpmsg(15, 0, struct.pack('!HH', 0x4343, i + 1)); p = 1
    elif proto == 'icmpunk':
        body = icmpmsg(r.choice([42, 19, 6, 30]), 0, struct.pack('!HH', 0x4343, i + 1)); p = 1
    elif proto == 'probe':
        # RFC 8335 extended echo request naming r1 by name
        kind = r.choice(['name', 'name0', 'index', 'addr', 'addrb', 'bad'])
        if kind == 'name': obj = struct.pack('!HBB', 4 + 4, 3, 1) + b'r1\0\0'
        elif kind == 'name0': obj = struct.pack('!HBB', 4 + 4, 3, 1) + b'b0\0\0'
        elif kind == 'index': obj = struct.pack('!HBBI', 8, 3, 2, r.choice([1, 2, 3, 9]))
        elif kind == 'addr': obj = struct.pack('!HBBHBB4s', 12, 3, 3, 1, 4, 0, ip4(r.choice(['10.0.1.254', '10.0.1.2', '10.0.0.1'])))
        elif kind == 'addrb': obj = struct.pack('!HBBHBB4s', 12, 3, 3, 1, 5, 0, ip4('10.0.1.254'))
        else: obj = struct.pack('!HBB', 8, 3, 7) + bytes(4)
        ext = struct.pack('!BBH', 0x20, 0, 0)
        ex = ext + obj
        ex = ex[:2] + struct.pack('!H', csum(ex)) + ex[4:]
        body = icmpmsg(42, 0, struct.pack('!HBB', 0x4343, i + 1, 0) + ex); p = 1
    elif proto == 'icmperr':
        q = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 36, 0x1111, 0, 64, 17, 0, ip4(dst), SRC)
        q = q[:10] + struct.pack('!H', csum(q)) + q[12:] + struct.pack('!HHHH', 33400, 41000 + i, 16, 0)
        body = icmpmsg(r.choice([3, 11, 12]), r.choice([0, 1, 3]), struct.pack('!I', 0) + q); p = 1
    elif proto in ('udp', 'udp7'):
        body = struct.pack('!HHHH', 41000 + i, 7 if proto == 'udp7' else 33400 + i, 8 + len(pay), 0) + pay; p = 17
    elif proto == 'tcp':
        body = struct.pack('!HHIIBBHHH', 42000 + i, 80, 1000, 0, 5 << 4, 0x02, 1024, 0, 0); p = 6
        ps = SRC + ip4(dst) + struct.pack('!BBH', 0, 6, len(body))
        body = body[:16] + struct.pack('!H', csum(ps + body)) + body[18:]
    else:
        body = pay + bytes(8); p = 99
    fo = 0
    if frag == 'first':
        fo = 0x2000
    elif frag == 'later':
        fo = 0x2000 | 4
    hdr = struct.pack('!BBHHHBBH4s4s', 0x45 + len(opt) // 4, tos, 0, ident, fo, ttl, p, 0, SRC, ip4(dst)) + opt
    lines.append("")
    lines.append("Datagram %d: %s from %s to %s, ttl %d%s%s." % (i + 1, proto, srcs, dst, ttl, ', tos %#x' % tos if tos else '', ', %s fragment' % frag if frag else ''))
    c("printf '%s' > pkt; ip netns exec a socat -u - IP-SENDTO:%s:255 < pkt 2>&1 | sed 's/.*socat\\[[0-9]*\\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2" % (esc(hdr + body), dst))
c("sleep 0.3; kill %%1 %%2%s; wait; for f in a b; do echo $f:; sed -E 's/id [0-9]+,/id X,/; s/[0-9]+@/T@/g; s/(recv|xmit) [0-9:.]+/\\1 T/g; s/(org|rx|tx) [0-9]+/\\1 T/g; s/bad cksum [0-9a-f]+ \\(->[0-9a-f]+\\)/bad cksum/' $f.txt; done" % (' %3' if braw else ''))
c("ip netns exec r nstat -a | grep -v '^#\\|IpExtInOctets\\|IpExtOutOctets' | awk '{print $1, $2}'")
c("ip netns exec b nstat -a | grep -v '^#\\|IpExtInOctets\\|IpExtOutOctets' | awk '{print $1, $2}'")
print("\n".join(lines))
