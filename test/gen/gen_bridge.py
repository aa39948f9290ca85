import random, sys
# Random differential sequences for a bridge: port flags (bridge link set,
# ip link set type bridge_slave), fdb add/append/replace/del/flush with their
# flags, ports and hosts going down, ageing, pings across, and the listings.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential sequence (seed %d) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across and the fdb and link listings." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
ext = len(sys.argv) > 2
if ext:
    lines[0] = lines[0].replace("and the fdb", "bridge options, sysfs writes, mdb entries, ports leaving and joining, MTU and MAC changes, and the fdb")
c("ip -n sw link add br0%s type bridge%s" % (r.choice([' address 02:00:00:00:99:99', ' address 02:00:00:00:99:99', '']) if ext else ' address 02:00:00:00:99:99', r.choice(['', '', ' ageing_time 3000', ' mcast_snooping 0'])))
c("for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done")
c("for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up")
if r.random() < 0.5:
    c("ip -n sw addr add 10.0.0.254/24 dev br0")
ports = ['p1', 'p2', 'p3']
flags = ['learning', 'flood', 'mcast_flood', 'bcast_flood', 'neigh_suppress', 'isolated', 'hairpin', 'guard', 'root_block', 'locked', 'mab', 'proxy_arp', 'proxy_arp_wifi', 'fastleave', 'mcast_to_unicast', 'vlan_tunnel']
slave = ['learning', 'flood', 'mcast_flood', 'bcast_flood', 'neigh_suppress', 'isolated', 'hairpin', 'guard', 'root_block', 'locked', 'mab', 'proxy_arp', 'proxy_arp_wifi', 'fastleave', 'mcast_to_unicast', 'vlan_tunnel']
macs = ['02:00:00:00:00:01', '02:00:00:00:00:02', '02:00:00:00:00:03', '02:00:00:00:aa:01', '02:00:00:00:aa:02', '02:00:00:00:90:01', '02:00:00:00:99:99', '01:00:5e:01:02:03', '00:00:00:00:00:00']
def onoff(): return r.choice(['on', 'off', 'off', 'on'])
def portopt():
    k = r.random()
    if k < 0.75: return "%s %s" % (r.choice(flags), onoff())
    if k < 0.85: return r.choice(['cost %d' % r.choice([1, 5, 100, 65535, 0]), 'priority %d' % r.choice([0, 7, 63, 64]), 'state %d' % r.choice([0, 1, 2, 3, 4, 5])])
    return 'mcast_router %d' % r.choice([0, 1, 2, 3])
def fdbcmd():
    op = r.choice(['add', 'add', 'append', 'replace', 'replace', 'del', 'del'])
    mac = r.choice(macs)
    dev = r.choice(ports + ['br0'])
    parts = [op, mac, 'dev', dev]
    parts += r.sample(['master', 'self', r.choice(['static', 'dynamic', 'local', 'permanent']), 'sticky', 'extern_learn'], r.randint(0, 3))
    if r.random() < 0.1: parts += ['vlan', '5']
    return "bridge -n sw fdb " + " ".join(parts)
def ping():
    a, b = r.sample([1, 2, 3, 254], 2) if r.random() < 0.2 else r.sample([1, 2, 3], 2)
    if a == 254: return "ip netns exec sw ping -c 1 -W 1 10.0.0.%d > /dev/null; echo $?" % b
    return "ip netns exec h%d ping -c 1 -W 1 10.0.0.%d > /dev/null; echo $?" % (a, b)
BROPTS = ['stp_state 0', 'stp_state 1', 'forward_delay %d' % r.choice([0, 3000, 100]), 'hello_time %d' % r.choice([100, 200, 1000, 50]), 'max_age %d' % r.choice([600, 2000, 4000, 100]), 'priority %d' % r.choice([0, 4096, 65535, 65536]), 'ageing_time %d' % r.choice([0, 1000, 30000]), 'group_fwd_mask %s' % r.choice(['0x4000', '0x1', '0x8', '0x0', '0x4']), 'mcast_snooping %d' % r.randint(0, 1), 'mcast_querier %d' % r.randint(0, 1), 'mcast_router %d' % r.randint(0, 3), 'mcast_hash_max %d' % r.choice([511, 512, 1]), 'mcast_last_member_count %d' % r.choice([0, 5]), 'mcast_igmp_version %d' % r.choice([1, 2, 3, 4]), 'mcast_stats_enabled 1', 'nf_call_iptables 1', 'vlan_filtering %d' % r.randint(0, 1), 'group_address 01:80:c2:00:00:0%s' % r.choice(['0', '3', 'e', 'f']), 'no_linklocal_learn %d' % r.randint(0, 1), 'mcast_query_use_ifaddr 1', 'mtu 1400', 'vlan_default_pvid 0']
BRSYS = ['ageing_time', 'forward_delay', 'hello_time', 'max_age', 'priority', 'stp_state', 'group_fwd_mask', 'multicast_snooping', 'multicast_querier', 'no_linklocal_learn', 'multicast_router', 'hash_max', 'flush', 'group_addr', 'multicast_last_member_count', 'nf_call_iptables', 'vlan_filtering']
PSYS = ['learning', 'unicast_flood', 'multicast_flood', 'broadcast_flood', 'hairpin_mode', 'path_cost', 'priority', 'flush', 'bpdu_guard', 'root_block', 'isolated', 'neigh_suppress', 'proxyarp', 'multicast_router', 'group_fwd_mask', 'state', 'multicast_to_unicast', 'locked']
def extop(p):
    k = r.random()
    if k < 0.14: return "ip -n sw link set br0 type bridge %s; echo $?" % " ".join(r.sample(BROPTS, r.randint(1, 2)))
    if k < 0.22: return "ip -n sw -d link show br0 | sed -n '3,$p' | sed -E 's/(hello|tcn|topology_change|gc)_timer +[0-9.]+/\\1_timer X/g'"
    if k < 0.32:
        f = r.choice(BRSYS)
        # a tiny ageing_time (centiseconds) would race the commands' own duration
        if f == 'ageing_time': return "ip netns exec sw sh -c 'echo %s > /sys/class/net/br0/bridge/ageing_time; echo $?; cat /sys/class/net/br0/bridge/ageing_time'" % r.choice(['0', '100000', 'x', '-1'])
        return "ip netns exec sw sh -c 'echo %s > /sys/class/net/br0/bridge/%s; echo $?; cat /sys/class/net/br0/bridge/%s'" % (r.choice(['0', '1', '2', '100', '0x8', '65536', '-1', 'x', '01:80:c2:00:00:0f']), f, f)
    if k < 0.42:
        f = r.choice(PSYS)
        return "ip netns exec sw sh -c 'echo %s > /sys/class/net/%s/brport/%s; echo $?; cat /sys/class/net/%s/brport/%s'" % (r.choice(['0', '1', '2', '3', '100', '0x4000', '65536', 'x']), p, f, p, f)
    if k < 0.55:
        op = r.choice(['add', 'add', 'del', 'replace'])
        return "bridge -n sw mdb %s dev br0 port %s grp %s %s; echo $?" % (op, r.choice(ports + ['br0']), r.choice(['239.1.1.1', '239.1.1.2', '224.0.0.5', '10.0.0.1', 'ff0e::1', '01:00:5e:01:01:01']), r.choice(['', 'permanent', 'temp', 'permanent vid 5']))
    if k < 0.6: return r.choice(["bridge -n sw mdb show", "bridge -n sw -d mdb show | sort", "bridge -n sw -j mdb show dev br0"])
    if k < 0.66: return "bridge -n sw fdb get %s %s; echo $?" % (r.choice(macs), r.choice(['br br0', 'dev %s' % p, 'br br0 vlan 1', 'dev %s master' % p, 'dev %s self' % p]))
    if k < 0.74: return "ip -n sw link set %s %s; echo $?" % (p, r.choice(['nomaster', 'master br0', 'master br0', 'mtu 1400', 'mtu 9000', 'address 02:00:00:00:80:0%d' % r.randint(1, 3), 'address 02:00:00:00:00:0%d' % r.randint(1, 3)]))
    if k < 0.8: return "ip -n sw link set br0 %s; echo $?" % r.choice(['down', 'up', 'up', 'mtu 1450', 'mtu 1600', 'address 02:00:00:00:99:98'])
    if k < 0.9: return r.choice(["ip -n sw link show br0 | sed -n '1,2p'", "ip -n sw -br link show", "bridge -n sw -s fdb show br br0 | sed -E 's/used [0-9]+\\/[0-9]+/used X/' | sort", "bridge -n sw link show"])
    return "ip -n sw link set %s type bridge_slave %s; echo $?" % (p, r.choice(['cost 10', 'priority 5', 'state 3', 'mcast_router 2', 'group_fwd_mask 0x4000', 'group_fwd_mask 0x1', 'flush', 'backup_port %s' % r.choice(ports), 'nobackup_port', 'neigh_vlan_suppress on']))
def yop(p):
    k = r.random()
    if k < 0.08: return "ip -n sw link add br1 address 02:00:00:00:99:01 type bridge%s; echo $?" % r.choice(['', ' stp_state 1', ' mtu 1400'])
    if k < 0.16: return "ip -n sw link set %s %s; echo $?" % (r.choice([p, p, 'br0', 'br1']), r.choice(['master br1', 'master br0', 'nomaster', 'master br1 type bridge_slave cost 7', 'master br0 type bridge_slave learning off']))
    if k < 0.22: return "ip -n sw link set %s type %s fdb_flush; echo $?" % (r.choice([('br0'), ('br1')]) + ' type bridge' if False else r.choice(['br0', 'br1', p]), 'bridge' if r.random() < 0.5 else 'bridge_slave')
    if k < 0.3: return "bridge -n sw fdb %s %s dev %s %s; echo $?" % (r.choice(['add', 'del', 'replace', 'append']), r.choice(macs), r.choice(['br0', 'br1']), r.choice(['self', 'master', 'self local', 'self static', 'self permanent vlan 3', 'master static', '']))
    if k < 0.38: return r.choice(["bridge -n sw -o fdb show br br0 | sort", "bridge -n sw -s -d link show", "bridge -n sw link show dev %s" % r.choice([p, 'br0', 'br1', 'lo']), "bridge -n sw fdb show dev br0 | sort", "bridge -n sw -j -p fdb show br br0 dynamic", "bridge -n sw fdb show br br1 | sort", "bridge -n sw -j link show", "bridge -n sw fdb show state %s | sort" % r.choice(['permanent', 'static', 'reachable', 'stale'])])
    if k < 0.46: return "bridge -n sw link set dev %s %s; echo $?" % (r.choice([p, 'br0']), r.choice(['hwmode vepa self', 'hwmode veb self', 'learning off self', 'cost 9 self', 'learning_sync on', 'learning_sync off self', 'state 3 self', 'flood off master', 'priority 9']))
    if k < 0.52: return "ip -n sw -j -d link show %s | sed -E 's/\"(hello|tcn|topology_change|gc|hold|message_age|forward_delay)_timer\":[0-9.]+/\"\\1_timer\":X/g'" % r.choice([p, 'br0'])
    if k < 0.58: return "ip -n sw link del %s; echo $?" % r.choice([p, 'br1'])
    if k < 0.64: return "ip -n sw link add %s address 02:00:00:00:60:0%d type veth peer name %sx address 02:00:00:00:70:0%d; echo $?; ip -n sw link set %s up master %s; echo $?" % (p, r.randint(1, 9), p, r.randint(1, 9), p, r.choice(['br0', 'br1']))
    if k < 0.72: return "ip -n sw -d link show %s | sed -n '3,$p' | sed -E 's/(hello|tcn|topology_change|gc|forward_delay)_timer +[0-9.]+/\\1_timer X/g'" % r.choice([p, 'br0'])
    if k < 0.8: return "ip -n sw link show master %s" % r.choice(['br0', 'br1'])
    if k < 0.86: return "ip -n sw link set %s %s; echo $?" % (r.choice([p, 'br0', 'br1']), r.choice(['down', 'up', 'mtu 1280', 'mtu 68', 'address 02:00:00:00:90:0%d' % r.randint(1, 3), 'address 01:00:5e:00:00:01', 'arp off', 'promisc on', 'multicast off']))
    return "ip -n sw link set br0 type bridge %s; echo $?" % r.choice(BROPTS)
yext = len(sys.argv) > 2 and sys.argv[2] == 'y'
for i in range(r.randint(22, 32)):
    k = r.random()
    p = r.choice(ports)
    if yext and k < 0.55:
        c(yop(p))
    elif ext and k < 0.5:
        c(extop(p))
    elif k < 0.2:
        opts = " ".join(portopt() for _ in range(r.randint(1, 2)))
        c("bridge -n sw link set dev %s %s; echo $?" % (p, opts))
    elif k < 0.27:
        f = r.choice(slave)
        c("ip -n sw link set %s type bridge_slave %s %s; echo $?" % (p, f, onoff()))
    elif k < 0.47:
        c(fdbcmd() + "; echo $?")
    elif k < 0.64:
        c(ping())
    elif k < 0.68:
        c("ip -n sw link set %s %s" % (p, r.choice(['down', 'up', 'up'])))
    elif k < 0.7:
        c("ip -n h%s link set e0 %s" % (p[1], r.choice(['down', 'up', 'up'])))
    elif k < 0.72:
        c("ip -n sw link set br0 type bridge ageing_time %d; echo $?" % r.choice([0, 500, 3000, 30000]))
    elif k < 0.74:
        c("bridge -n sw fdb flush dev %s %s; echo $?" % (r.choice(ports + ['br0']), r.choice(['', 'dynamic', 'static', 'permanent', 'nopermanent', 'brport %s' % p, 'sticky', 'extern_learn'])))
    elif k < 0.77:
        c("ip -n h%d neigh flush all" % r.randint(1, 3))
    elif k < 0.85:
        c(r.choice(["bridge -n sw fdb show br br0 | sort", "bridge -n sw fdb show brport %s | sort" % p, "bridge -n sw -d fdb show dev %s | sort" % p, "bridge -n sw fdb show br br0 dynamic | sort", "bridge -n sw -j fdb show dev %s" % p]))
    elif k < 0.92:
        c(r.choice(["bridge -n sw -d link show dev %s" % p, "bridge -n sw -d link show", "ip -n sw -d link show %s | sed -n '3,$p' | sed -E 's/forward_delay_timer +[0-9.]+/forward_delay_timer X/'" % p, "bridge -n sw -j -d link show dev %s" % p, "ip -n sw -br link show master br0"]))
    else:
        f = r.choice(['learning', 'unicast_flood', 'multicast_flood', 'broadcast_flood', 'neigh_suppress', 'isolated', 'hairpin_mode', 'bpdu_guard', 'root_block', 'isolated', 'proxyarp', 'proxyarp_wifi', 'multicast_fast_leave', 'multicast_to_unicast', 'path_cost', 'priority', 'state', 'multicast_router', 'group_fwd_mask', 'port_no', 'port_id'])
        c("cat /sys/class/net/%s/brport/%s" % (p, f) if False else "ip netns exec sw cat /sys/class/net/%s/brport/%s" % (p, f))
c("bridge -n sw fdb show | sort")
c("bridge -n sw -d link show")
print("\n".join(lines))
