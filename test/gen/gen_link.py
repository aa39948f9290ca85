import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential sequence (seed %d) of ip link add/set/del with link kinds (veth, bridge, macvlan, vxlan, ifb) and their options, then ip -d link, ip -j -d link and ip -s link." % seed, ""]
def c(x): lines.append("  $ " + x)
names = []
macn = [0x10]
def mac():
    macn[0] += 1
    return "02:00:00:00:01:%02x" % macn[0]
c("ip link add p0 address %s type veth peer name p1 address %s" % (mac(), mac()))
names += ['p0', 'p1']
def brparams():
    opts = ['stp_state 1', 'forward_delay 400', 'hello_time 300', 'max_age 1500', 'ageing_time 1000', 'priority 100', 'vlan_filtering 1', 'vlan_default_pvid 5', 'mcast_snooping 0', 'mcast_querier 1', 'group_fwd_mask 0x4000', 'mcast_hash_max 1024', 'nf_call_iptables 1', 'mcast_last_member_count 3', 'mcast_startup_query_count 3', 'mcast_router 2', 'mcast_igmp_version 3', 'stp_state 0', 'group_address 01:80:c2:00:00:0e', 'bogus 1', 'forward_delay 100', 'max_age 100000', 'mtu 1400']
    return " ".join(r.sample(opts, r.randint(0, 3)))
def mvparams():
    return r.choice(['mode private', 'mode vepa', 'mode bridge', 'mode passthru', 'mode source', '', 'mode bridge nopromisc', 'mode bridge bcqueuelen 50', 'mode blah'])
def vxparams():
    base = 'id %d' % r.randint(1, 20000)
    opts = ['dstport 4789', 'remote 10.0.0.%d' % r.randint(1, 9), 'local 10.0.0.1', 'ttl 10', 'tos 0x10', 'ageing 100', 'nolearning', 'learning', 'maxaddress 10', 'srcport 1000 2000', 'dev p0', 'group 239.1.1.1 dev p0', 'udpcsum', 'noudpcsum', 'external', 'df set', 'df inherit', 'flowlabel 5', 'ttl inherit', 'l2miss', 'proxy']
    return base + " " + " ".join(r.sample(opts, r.randint(0, 3)))
for i in range(r.randint(6, 12)):
    k = r.random()
    if k < 0.45:
        kind = r.choice(['bridge', 'macvlan', 'vxlan', 'veth', 'ifb', 'bridge'])
        n = '%s%d' % (kind[:2], i)
        common = " ".join(r.sample(['mtu %d' % r.choice([68, 1280, 1400, 9000, 65535, 67]), 'txqueuelen %d' % r.choice([0, 10, 500]), 'address %s' % mac(), 'numtxqueues 4', 'group 3', 'alias "hello"'], r.randint(0, 2)))
        if kind == 'bridge': c("ip link add %s %s type bridge %s; echo $?" % (n, common, brparams()))
        elif kind == 'macvlan': c("ip link add %s link %s %s type macvlan %s; echo $?" % (n, r.choice(['p0', 'p1']), common, mvparams()))
        elif kind == 'vxlan': c("ip link add %s %s type vxlan %s; echo $?" % (n, common, vxparams()))
        elif kind == 'veth': c("ip link add %s %s type veth peer name %sp address %s; echo $?" % (n, common, n, mac()))
        else: c("ip link add %s %s type ifb; echo $?" % (n, common))
        names.append(n)
    elif k < 0.6:
        n = r.choice(names)
        c("ip link set %s %s; echo $?" % (n, r.choice(['up', 'down', 'mtu 1300', 'mtu 70000', 'txqueuelen 77', 'name %sx' % n, 'address %s' % mac(), 'arp off', 'multicast off', 'promisc on', 'allmulticast on', 'group 7', 'alias bar'])))
    elif k < 0.72:
        n = r.choice(names)
        br = [x for x in names if x.startswith('br')]
        if br: c("ip link set %s master %s; echo $?" % (n, r.choice(br)))
    elif k < 0.8:
        br = [x for x in names if x.startswith('br')]
        if br: c("ip link set %s type bridge %s; echo $?" % (r.choice(br), brparams()))
    elif k < 0.86:
        n = r.choice(names)
        c("ip link del %s; echo $?" % n)
    else:
        n = r.choice(names)
        c("ip -d link show %s | grep -v '^ *link/\\|altname'; echo $?" % n)
c("ip -o link show | sed 's/\\\\ *link.*//' | sort")
c("ip -d link show | grep -v 'link/ether' | grep -o '^ *[a-z_]* .*' | sed 's/ *$//'")
c("ip -s -s link show p0")
c("ip -j link show p0")
print("\n".join(lines))
