import random, sys
# ip monitor netconf (both families) while conf knobs are written and
# devices are made, renamed, re-MTU'd, moved and deleted.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): what ip monitor netconf (IPv4 and IPv6) hears while conf/all, conf/default and conf/DEV knobs are written (the announced ones and others, same and new values) and devices are made, renamed, moved to another namespace, re-MTU'd and deleted." % seed, ""]
def c(x): lines.append("  $ " + x)
V4 = {'forwarding': [0, 1], 'rp_filter': [0, 1, 2], 'proxy_arp': [0, 1], 'ignore_routes_with_linkdown': [0, 1],
      'accept_local': [0, 1], 'bc_forwarding': [0, 1], 'arp_ignore': [0, 1]}
V6 = {'forwarding': [0, 1], 'proxy_ndp': [0, 1], 'ignore_routes_with_linkdown': [0, 1], 'disable_ipv6': [0, 1],
      'accept_ra': [0, 1], 'force_forwarding': [0, 1]}
devs = ['lo']
peer = {}
mac = [0x30]
def newmac():
    mac[0] += 1
    return "02:00:00:00:00:%02x" % mac[0]
names = iter(['a0', 'b0', 'c0', 'e0', 'f0', 'g0', 'h0', 'i0', 'j0', 'k0', 'p0', 'q0', 'u0', 'w0', 'z0'])
c("ip netns add x")
def veth():
    a = next(names, None); b = next(names, None)
    if b is None: return
    c("ip link add %s address %s type veth peer name %s address %s" % (a, newmac(), b, newmac()))
    devs.extend([a, b]); peer[a] = b; peer[b] = a
veth()
fam = r.choice(['', '', '-4 ', '-6 '])
c("ip %smonitor netconf > mon 2>&1 & sleep 0.3" % fam)
for step in range(r.randint(10, 16)):
    a = r.random()
    if a < 0.5:
        v6 = r.random() < 0.4
        keys = V6 if v6 else V4
        k = r.choice(sorted(keys))
        tgt = r.choice(['all', 'default'] + devs)
        c("sysctl -qw net.ipv%s.conf.%s.%s=%d; echo $?" % ('6' if v6 else '4', tgt, k, r.choice(keys[k])))
    elif a < 0.57:
        c("sysctl -qw net.ipv4.ip_forward=%d" % r.choice([0, 1]))
    elif a < 0.67 and len(devs) < 7:
        veth()
    elif a < 0.75 and len(devs) > 1:
        d = r.choice(devs[1:])
        n = next(names, None)
        if n is None: continue
        c("ip link set %s name %s" % (d, n))
        devs[devs.index(d)] = n
        if d in peer:
            p = peer.pop(d); peer[n] = p; peer[p] = n
    elif a < 0.81 and len(devs) > 1:
        d = r.choice(devs[1:])
        c("ip link del %s" % d)
        devs[:] = [x for x in devs if x not in (d, peer.get(d))]
    elif a < 0.86 and len(devs) > 1:
        d = r.choice(devs[1:])
        c("ip link set %s netns x" % d)
        devs.remove(d)
    elif a < 0.93:
        d = r.choice(devs)
        c("ip link set %s mtu %d; echo $?" % (d, r.choice([60, 1000, 1280, 1500]) if d == 'lo' else r.choice([1000, 1280, 1500])))
    else:
        d = r.choice(devs)
        c("ip link set %s %s" % (d, r.choice(['up', 'down'])))
c("sleep 0.3; kill %1; sleep 0.2; cat mon")
c("ip %snetconf" % fam)
print("\n".join(lines))
