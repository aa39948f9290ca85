import random, struct, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): fragments built by hand (socat IP-SENDTO protocol 255, whole IP headers) of ICMP echoes and UDP datagrams, cut at random, reordered, duplicated, overlapping, lost, with odd lengths, mixed ECN, a changed last fragment or an oversized end; the receiver's reassembly counters (ip_frag_queue(), ip_frag_reasm()), its replies and errors, and the queue timeouts after ipfrag_time." % seed, ""]
def c(x): lines.append("  $ " + x)

def csum(b):
    if len(b) % 2: b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16: s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff

def esc(b):
    return ''.join('\\%03o' % x for x in b)

SRC = bytes([10, 0, 0, 1]); DST = bytes([10, 0, 0, 2])
RR = bytes([7, 7, 4, 0, 0, 0, 0, 0])      # record route, room for one address, EOL
TS = bytes([68, 8, 5, 0, 0, 0, 0, 0])     # timestamp (tsonly), room for one, EOL
def iphdr(ident, off8, mf, df, proto, tos=0, ttl=64, opt=b''):
    fo = off8 | (0x2000 if mf else 0) | (0x4000 if df else 0)
    # total length and checksum are filled by raw_send_hdrinc()
    return struct.pack('!BBHHHBBH4s4s', 0x45 + len(opt) // 4, tos, 0, ident, fo, ttl, proto, 0, SRC, DST) + opt

router = r.random() < 0.7
if not router:
    c("for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
    c("ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02")
    c("for x in 'a a0' 'b b0' 'a lo' 'b lo'; do set -- $x; ip -n $1 link set $2 up; done")
    c("ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0")
    c("ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0; ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev b0")
else:
    DST = bytes([10, 0, 1, 2])
    c("for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
    c("ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01")
    c("ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02")
    c("for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done")
    c("ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0")
    c("ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1")
    c("ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0")
    if r.random() < 0.6:
        c("ip netns exec r iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP")
        c("ip netns exec r sysctl -qw net.ipv4.ipfrag_time=%d" % r.choice([1, 30, 30]))
    if r.random() < 0.3:
        c("ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE")
    if r.random() < 0.5:
        m = r.choice([576, 1000, 1280])
        c("ip -n r link set r1 mtu %d; ip -n b link set b0 mtu %d" % (m, m))
c("ip netns exec b sysctl -qw net.ipv4.ipfrag_time=%d" % r.choice([1, 30]))
if r.random() < 0.3:
    c("ip -n b link set b0 mtu %d" % r.choice([576, 1000]))
if r.random() < 0.2:
    c("ip netns exec b sysctl -qw net.ipv4.ipfrag_high_thresh=%d" % r.choice([2000, 5000]))
B = "IpInReceives IpInHdrErrors IpInDelivers IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout IpExtReasmOverlaps IcmpInErrors IcmpInCsumErrors IcmpInEchos IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds UdpNoPorts UdpInCsumErrors"
ident = 0x100 + seed * 16
for d in range(r.randint(3, 5)):
    ident += 1
    udp = r.random() < 0.35
    L = r.choice([r.randint(8, 200), r.randint(200, 1400), r.randint(1400, 2800)])
    pay = bytes(r.randrange(256) for _ in range(L)) if r.random() < 0.3 else bytes((i * 7 + d) & 0xff for i in range(L))
    if udp:
        body = struct.pack('!HHHH', 40000 + d, 9 + d, 8 + L, 0) + pay
        proto = 17
    else:
        h = struct.pack('!BBHHH', 8, 0, 0, 0x4242, d + 1) + pay
        body = h[:2] + struct.pack('!H', csum(h)) + h[4:]
        proto = 1
    n = len(body)
    # cut points, multiples of 8
    nfr = r.randint(max(2, n // 1400 + 1), min(6 + n // 1400, max(2, n // 8)))
    cuts = sorted(set(8 * r.randint(1, max(1, (n - 1) // 8)) for _ in range(nfr - 1)))
    cuts = [x for x in cuts if 0 < x < n]
    # no fragment above 1400 bytes: raw_send_hdrinc() refuses more than the device MTU
    i = 0
    while i <= len(cuts):
        lo = cuts[i - 1] if i else 0; hi = cuts[i] if i < len(cuts) else n
        if hi - lo > 1400: cuts.insert(i, lo + 1400)
        i += 1
    bounds = [0] + cuts + [n]
    frags = []  # (off, bytes, mf, tos, df)
    for i in range(len(bounds) - 1):
        frags.append([bounds[i], body[bounds[i]:bounds[i + 1]], i < len(bounds) - 2, 0, False])
    muts = []
    opts = {}
    for _ in range(r.choice([0, 1, 1, 2, 3])):
        m = r.choice(['drop', 'dup', 'overlap', 'odd', 'ecn', 'lastchange', 'oversize', 'zero', 'trunclast', 'df', 'overlapsame', 'ttl', 'whole', 'opt', 'optall', 'dfall'])
        muts.append(m)
        k = r.randrange(len(frags))
        if m == 'drop' and len(frags) > 1:
            frags.pop(k)
        elif m == 'dup':
            frags.insert(r.randrange(len(frags) + 1), list(frags[k]))
        elif m == 'overlap' and frags[k][2]:
            # the fragment runs 8 bytes into the next one with other data
            frags[k][1] = frags[k][1] + bytes([0xee] * 8)
        elif m == 'overlapsame' and frags[k][2]:
            off = frags[k][0]
            frags[k][1] = body[off:off + len(frags[k][1]) + 8]
        elif m == 'odd' and frags[k][2]:
            frags[k][1] = frags[k][1][:-3] if len(frags[k][1]) > 8 else frags[k][1] + b'\1\2\3'
        elif m == 'ecn':
            frags[k][3] = r.choice([1, 2, 3])
        elif m == 'lastchange':
            last = [f for f in frags if not f[2]]
            if last:
                f = list(last[0]); f[1] = f[1] + bytes(8); frags.append(f)
        elif m == 'oversize':
            frags.append([65528, bytes(16), False, 0, False])
        elif m == 'zero':
            frags.insert(k, [frags[k][0], b'', True, 0, False])
        elif m == 'trunclast':
            last = [f for f in frags if not f[2]]
            if last and len(last[0][1]) > 1:
                last[0][1] = last[0][1][:-1]
        elif m == 'df':
            frags[k][4] = True
        elif m == 'ttl':
            frags[k].append(r.choice([1, 2, 255]))
        elif m == 'whole' and n <= 1400:
            frags = [[0, body, False, r.choice([0, 0, 2]), r.random() < 0.6]]
        elif m == 'dfall':
            for f in frags: f[4] = True
        elif m in ('opt', 'optall'):
            o = r.choice([RR, TS])
            for f in frags:
                if m == 'optall' or f[0] == 0: opts[id(f)] = o
    if r.random() < 0.4:
        r.shuffle(frags)
    what = "%s of %d bytes in %d fragments%s" % ('UDP' if udp else 'echo', n, len(frags), (' (' + ', '.join(muts) + ')') if muts else '')
    lines.append("")
    lines.append("Datagram %d: %s." % (d + 1, what))
    pk = []
    for f in frags:
        ttl = f[5] if len(f) > 5 else 64
        pk.append(esc(iphdr(ident, f[0] // 8, f[2], f[4], proto, f[3], ttl, opts.get(id(f), b'')) + f[1]))
    # one socat per fragment in one command
    c("for p in " + ' '.join("'%s'" % p for p in pk) + "; do printf \"$p\" > pkt; ip netns exec a socat -u - IP-SENDTO:%s:255" % '.'.join(map(str, DST)) + " < pkt || echo fail; done")
    c("sleep 0.1; ip netns exec b nstat -az %s | grep -v '^#'" % B)
if router:
    c("ip netns exec r nstat -az IpInReceives IpForwDatagrams IpReasmReqds IpReasmOKs IpReasmFails IpExtReasmOverlaps IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs IcmpOutTimeExcds | grep -v '^#'")
    c("ip netns exec r iptables -vnL FORWARD 2>&1 | sed -n 3p")
c("sleep 1.2; ip netns exec b nstat -az %s | grep -v '^#'" % B)
c("ip netns exec a nstat -az IpInReceives IpReasmReqds IpReasmOKs IcmpInEchoReps IcmpInDestUnreachs IcmpInTimeExcds IcmpInErrors | grep -v '^#'")
print("\n".join(lines))
