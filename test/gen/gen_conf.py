import random, sys
# Random writes to net.ipv4.conf.{all,default,DEV}.* with devices made, renamed,
# moved and deleted in between; reads of the three sets, ip netconf, sysctl -a.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): writes to conf/all, conf/default and conf/DEV of random IPv4 knobs (sysctl -w, /proc/sys echo, bad values, ip_forward), devices made, renamed, re-MTU'd and deleted in between; reads of all, default and every device, ip netconf, sysctl -a." % seed, ""]
def c(x): lines.append("  $ " + x)
KEYS = {
  'forwarding': [0, 1], 'mc_forwarding': [1], 'bc_forwarding': [0, 1], 'accept_redirects': [0, 1],
  'secure_redirects': [0, 1], 'shared_media': [0, 1], 'rp_filter': [0, 1, 2], 'send_redirects': [0, 1],
  'accept_source_route': [0, 1], 'accept_local': [0, 1], 'src_valid_mark': [0, 1], 'proxy_arp': [0, 1],
  'medium_id': [-1, 0, 3], 'bootp_relay': [0, 1], 'log_martians': [0, 1], 'tag': [0, 5, 100],
  'arp_filter': [0, 1], 'arp_announce': [0, 1, 2], 'arp_ignore': [0, 1, 2, 8], 'arp_accept': [0, 1, 2],
  'arp_notify': [0, 1], 'arp_evict_nocarrier': [0, 1], 'proxy_arp_pvlan': [0, 1],
  'force_igmp_version': [0, 1, 2, 3], 'igmpv2_unsolicited_report_interval': [500, 10000],
  'igmpv3_unsolicited_report_interval': [500, 1000], 'ignore_routes_with_linkdown': [0, 1],
  'drop_gratuitous_arp': [0, 1], 'disable_xfrm': [0, 1], 'disable_policy': [0, 1],
  'promote_secondaries': [0, 1], 'route_localnet': [0, 1], 'drop_unicast_in_l2_multicast': [0, 1],
}
NETCONF = ['forwarding', 'rp_filter', 'proxy_arp', 'ignore_routes_with_linkdown', 'mc_forwarding']
hot = sorted(set(r.sample(sorted(KEYS), 4) + NETCONF[:3]))
devs = ['lo']
peer = {}
lower = {}
mac = [0x10]
def newmac():
    mac[0] += 1
    return "02:00:00:00:00:%02x" % mac[0]
def veth(a, b):
    c("ip link add %s address %s type veth peer name %s address %s" % (a, newmac(), b, newmac()))
    devs.extend([a, b]); peer[a] = b; peer[b] = a
veth('a0', 'b0')
names = iter(['c0', 'e0', 'f0', 'g0', 'h0', 'i0', 'j0', 'k0', 'p0', 'q0', 'u0', 'w0', 'x0', 'y0', 'z0'])
def read(keys):
    sets = ['all', 'default'] + devs
    c("sysctl " + " ".join("net.ipv4.conf.%s.%s" % (s, k) for k in keys for s in sets))
for step in range(r.randint(18, 28)):
    a = r.random()
    if a < 0.42:
        tgt = r.choice(['all', 'default', 'default', 'all'] + devs)
        k = r.choice(hot if r.random() < 0.8 else sorted(KEYS))
        v = r.choice(KEYS[k])
        form = r.random()
        if form < 0.6:
            c("sysctl -w net.ipv4.conf.%s.%s=%d" % (tgt, k, v))
        elif form < 0.85:
            c("echo %d > /proc/sys/net/ipv4/conf/%s/%s; echo $?" % (v, tgt, k))
        else:
            c("sysctl -w net.ipv4.conf.%s.%s=%s" % (tgt, k, r.choice(['x1', '', "'1 2'", '0x1', "' 1'", '2147483648', '-0'])))
    elif a < 0.48:
        c("sysctl -w net.ipv4.ip_forward=%d" % r.choice([0, 1]))
    elif a < 0.60 and len(devs) < 7:
        kind = r.random()
        n = next(names, None)
        if n is None: continue
        if kind < 0.5:
            n2 = next(names, None)
            if n2 is None: continue
            veth(n, n2)
        elif kind < 0.75 and "a0" in devs:
            c("ip link add %s link a0 address %s type macvlan mode bridge" % (n, newmac())); devs.append(n); lower[n] = 'a0'
        else:
            c("ip link add %s address %s type bridge" % (n, newmac())); devs.append(n)
    elif a < 0.65 and len(devs) > 3:
        d = r.choice(devs[1:])
        if r.random() < 0.5:
            c("ip link del %s" % d)
            # a veth takes its peer along, a macvlan goes with its lower device
            gone = {d, peer.get(d)} | {m for m, l in lower.items() if l == d}
            devs[:] = [x for x in devs if x not in gone]
        else:
            n = next(names, None)
            if n is None: continue
            c("ip link set %s name %s" % (d, n))
            devs[devs.index(d)] = n
            for m in (peer, lower):
                for x in list(m):
                    if m[x] == d: m[x] = n
                if d in m: m[n] = m.pop(d)
    elif a < 0.69:
        # lo and macvlan take an MTU under 68: IPv4 goes away (inetdev_destroy), and comes back afresh from default
        mv = [m for m in lower if m in devs]
        d = r.choice(['lo'] + mv)
        c("ip link set %s mtu %d; echo $?; ls /proc/sys/net/ipv4/conf/ | tr '\\n' ' '; echo" % (d, r.choice([60, 67, 68, 1400, 1500])))
    elif a < 0.85:
        read(r.sample(hot, r.randint(1, 2)))
    elif a < 0.92:
        d = r.choice(devs)
        c("ip %s netconf show dev %s" % (r.choice(['-4', '-4 -j', '']), d))
    else:
        c("ip -4 netconf")
read(hot)
c("sysctl -a -r '^net\\.ipv4\\.conf\\.' 2>&1 | grep -v '\\.loop = '")
c("ip -4 netconf")
print("\n".join(lines))
