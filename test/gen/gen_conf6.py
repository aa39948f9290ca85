import random, sys
# Random writes to net.ipv6.conf.{all,default,DEV}.* with devices made, renamed,
# deleted, brought up and re-MTU'd in between; reads of every set, ip -6 netconf.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): writes to IPv6 conf/all, conf/default and conf/DEV of random knobs (which all knobs reach default and the devices, what a new device copies), devices made, renamed, brought up, re-MTU'd and deleted in between; reads of all, default and every device, ip -6 netconf, link-local addresses." % seed, ""]
def c(x): lines.append("  $ " + x)
KEYS = {
  'forwarding': [0, 1], 'disable_ipv6': [0, 1], 'ignore_routes_with_linkdown': [0, 1], 'addr_gen_mode': [0, 1, 3],
  'accept_ra': [0, 1, 2], 'hop_limit': [1, 9, 255], 'mtu': [1280, 1400, 1500], 'proxy_ndp': [0, 1],
  'disable_policy': [0, 1], 'force_forwarding': [0, 1], 'keep_addr_on_down': [-1, 0, 1], 'accept_dad': [0, 1, 2],
  'autoconf': [0, 1], 'ndisc_notify': [0, 1], 'use_tempaddr': [-1, 0, 2], 'seg6_enabled': [0, 1],
  'accept_redirects': [0, 1], 'dad_transmits': [0, 3], 'max_addresses': [0, 4], 'router_solicitations': [-1, 0, 5],
  'ndisc_evict_nocarrier': [0, 1], 'force_mld_version': [0, 1, 2], 'drop_unsolicited_na': [0, 1],
}
hot = sorted(set(r.sample(sorted(KEYS), 4) + ['forwarding', 'disable_ipv6', 'ignore_routes_with_linkdown']))
devs = ['lo']
peer = {}
mac = [0x10]
def newmac():
    mac[0] += 1
    return "02:00:00:00:00:%02x" % mac[0]
def veth(a, b):
    c("ip link add %s address %s type veth peer name %s address %s" % (a, newmac(), b, newmac()))
    devs.extend([a, b]); peer[a] = b; peer[b] = a
veth('a0', 'b0')
# seeds from 100 on: DAD off and ip -6 monitor address route netconf throughout
mon = seed >= 100
if mon:
    lines[0] += " (with ip -6 monitor address route netconf throughout, DAD off)"
    c("sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.a0.accept_dad=0 net.ipv6.conf.b0.accept_dad=0")
    c("ip -6 monitor address route netconf > mon 2>&1 & sleep 0.3")
names = iter(['c0', 'e0', 'f0', 'g0', 'h0', 'i0', 'j0', 'k0', 'p0', 'q0', 'u0', 'w0', 'x0', 'y0', 'z0'])
def read(keys):
    c("sysctl " + " ".join("net.ipv6.conf.%s.%s" % (s, k) for k in keys for s in ['all', 'default'] + devs))
for step in range(r.randint(18, 28)):
    a = r.random()
    if a < 0.45:
        tgt = r.choice(['all', 'default', 'default', 'all'] + devs)
        k = r.choice(hot if r.random() < 0.8 else sorted(KEYS))
        v = r.choice(KEYS[k])
        if r.random() < 0.75:
            c("sysctl -w net.ipv6.conf.%s.%s=%d" % (tgt, k, v))
        else:
            c("echo %d > /proc/sys/net/ipv6/conf/%s/%s; echo $?" % (v, tgt, k))
    elif a < 0.58 and len(devs) < 7:
        n = next(names, None); n2 = next(names, None)
        if n2 is None: continue
        if r.random() < 0.7: veth(n, n2)
        else:
            c("ip link add %s address %s type bridge" % (n, newmac())); devs.append(n)
    elif a < 0.63 and len(devs) > 3:
        d = r.choice(devs[1:])
        if r.random() < 0.5:
            c("ip link del %s" % d)
            gone = {d, peer.get(d)}
            devs[:] = [x for x in devs if x not in gone]
        else:
            n = next(names, None)
            if n is None: continue
            c("ip link set %s name %s" % (d, n))
            devs[devs.index(d)] = n
            if d in peer:
                p = peer.pop(d); peer[n] = p; peer[p] = n
    elif a < 0.70:
        d = r.choice(devs)
        c("ip link set %s %s; sleep 0.1" % (d, r.choice(['up', 'up', 'down'])))
    elif a < 0.73:
        d = r.choice(devs)
        c("ip link set %s mtu %d; echo $?" % (d, r.choice([1200, 1280, 1400, 1500])))
    elif a < 0.88:
        read(r.sample(hot, r.randint(1, 2)))
    elif a < 0.94:
        c("ip -6 netconf show dev %s" % r.choice(devs))
    else:
        c("ip -6 netconf")
read(hot)
if mon:
    c("sleep 0.5; kill %1; sleep 0.2; grep -v 'valid_lft' mon")
c("sleep 2; ip -6 addr show | grep -v 'valid_lft'")
c("ip -6 netconf")
c("awk '{print $2, $3, $4}' /proc/net/igmp6 | sort")
c("ip -6 maddr show | grep -v '^\\s*link'")
print("\n".join(lines))
