import random, sys
# Address changes, neighbour timers and ARP traffic mixed: see README.md.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): host h on a bridged LAN with x and y; h's addresses change at random (secondaries, labels, peers, noprefixroute, scopes, lifetimes, 127/8 and 0/8, promote_secondaries) while its neighbour parameters (base_reachable_time_ms, delay_first_probe_time, ucast/mcast/app_solicit, retrans_time_ms, locktime) and ARP knobs (arp_accept, arp_notify, drop_gratuitous_arp, arp_ignore, arp_announce, arp_filter) change, pings and arpings (-U, -A, -D) cross the wire and ip neigh entries are added, changed and flushed; after the steps the local table, ip -s neigh (probes, states), /proc/net/arp and ip ntable of e0." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in s h x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done")
c("ip -n s link add sw type bridge; ip -n s link set sw up")
c("ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p2 netns s; ip link add y0 netns y address 02:00:00:00:03:00 type veth peer name p3 netns s")
c("for p in p1 p2 p3; do ip -n s link set $p master sw; ip -n s link set $p up; done; ip -n h link set e0 up; ip -n x link set x0 up; ip -n y link set y0 up")
# half the seeds give h a second interface on the same LAN (arp_filter, arp_ignore and arp_announce between the two)
two = r.random() < 0.5
HD = ['e0', 'e1'] if two else ['e0']
if two:
    c("ip link add e1 netns h address 02:00:00:00:01:01 type veth peer name p4 netns s; ip -n s link set p4 master sw; ip -n s link set p4 up; ip -n h link set e1 up; ip -n h addr add 10.0.0.5/24 dev e1")
c("ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0; ip -n x addr add 10.0.1.100/24 dev x0; ip -n y addr add 10.0.0.200/24 dev y0")
# x and y never time out their own entries: only h's timers are under test
c("for n in x y; do ip netns exec $n sysctl -qw net.ipv4.neigh.${n}0.base_reachable_time_ms=3600000 net.ipv4.neigh.${n}0.delay_first_probe_time=3600 net.ipv4.neigh.${n}0.mcast_solicit=1; done")
# reachable_time is drawn in [base/2, 3*base/2): only pairs whose state after
# a confirmation does not depend on the draw (REACHABLE -> DELAY when
# delay_first_probe_time reaches past 3*base/2, -> STALE when it ends before base/2)
base, delay = r.choice([(3600000, 3600), (3600000, 1), (1000, 3600), (2000, 1)])
for d in HD:
    c("ip netns exec h sysctl -qw net.ipv4.neigh.%s.base_reachable_time_ms=%d net.ipv4.neigh.%s.delay_first_probe_time=%d net.ipv4.neigh.%s.mcast_solicit=%d net.ipv4.neigh.%s.ucast_solicit=%d net.ipv4.neigh.%s.retrans_time_ms=%d; echo $?" % (d, base, d, delay, d, r.choice([1, 2, 3]), d, r.choice([0, 1, 3]), d, r.choice([400, 1000])))
if r.random() < 0.5:
    c("ip netns exec h sysctl -qw net.ipv4.conf.all.promote_secondaries=%d net.ipv4.conf.e0.promote_secondaries=%d" % (r.randint(0, 1), r.randint(0, 1)))

# a few of the addresses the steps use are there from the start
for a in r.sample(['10.0.0.2/24', '10.0.0.3/24', '10.0.1.1/24', '10.0.0.9/32', '10.0.0.150/24'], r.randint(1, 4)):
    c("ip -n h addr add %s dev %s" % (a, r.choice(HD)))
haddrs = ['10.0.0.1/24', '10.0.0.2/24', '10.0.0.3/24', '10.0.0.4/25', '10.0.1.1/24', '10.0.0.9/32', '127.0.0.5/8', '0.0.0.7/8', '10.0.0.150/24', '192.168.5.1/24', '10.0.0.0/24']
def addr_step():
    k = r.random()
    a = r.choice(haddrs)
    if k < 0.55:
        extra = []
        if r.random() < 0.15: extra.append("noprefixroute")
        if r.random() < 0.15: extra.append("scope " + r.choice(["host", "link", "global"]))
        if r.random() < 0.1: extra.append("peer 10.0.0.%d" % r.choice([100, 200, 77]))
        if r.random() < 0.15: extra.append("valid_lft %d preferred_lft %d" % r.choice([(100, 50), (100, 0), (0, 0), (30, 30)]))
        if r.random() < 0.15: extra.append("label e0:%d" % r.randint(0, 2))
        if r.random() < 0.08: extra.append("brd " + r.choice(["+", "-", "10.0.0.254"]))
        d = r.choice(HD)
        c("ip -n h addr add %s dev %s %s; echo $?" % (a, d, " ".join(extra).replace('label e0', 'label ' + d)))
    elif k < 0.8:
        c("ip -n h addr del %s dev %s; echo $?" % (a, r.choice(HD)))
    elif k < 0.88:
        c("ip -n h addr %s; echo $?" % r.choice(["replace 10.0.0.2/24 dev e0 valid_lft 60 preferred_lft 20", "change 10.0.0.1/24 dev e0 preferred_lft 0", "replace 10.0.0.1/24 dev e0 noprefixroute", "change 10.0.0.1/24 dev e0 valid_lft 100 preferred_lft 100", "replace 10.0.0.3/24 dev e0 scope link"]))
    elif k < 0.94:
        c("ip -n h addr flush dev %s %s; echo $?" % (r.choice(HD), r.choice(["secondary", "primary", "to 10.0.0.0/24", "label e0:1", "scope link", "dynamic", "permanent", "to 10.0.0.2"])))
    else:
        c("ip netns exec h sysctl -qw net.ipv4.conf.%s.promote_secondaries=%d" % (r.choice(['all'] + HD), r.randint(0, 1)))
    if r.random() < 0.5:
        c("ip -n h route show table local")
    if r.random() < 0.3:
        c("ip -n h -4 addr show dev %s | sed 's/[0-9]\\+sec/Nsec/g'" % r.choice(HD))

knobs = [('arp_accept', [0, 1, 2]), ('arp_notify', [0, 1]), ('drop_gratuitous_arp', [0, 1]), ('arp_ignore', [0, 1, 2, 3, 8]),
         ('arp_announce', [0, 1, 2]), ('arp_filter', [0, 1])]
nparms = [('ucast_solicit', [0, 1, 3]),
          ('mcast_solicit', [0, 1, 3]), ('app_solicit', [0, 1, 2]), ('retrans_time_ms', [400, 1000]), ('locktime', [0, 100, 3000]),
          ('mcast_resolicit', [0, 1, 2]), ('gc_stale_time', [1, 60])]
def knob_step():
    if r.random() < 0.55:
        k, v = r.choice(knobs)
        c("ip netns exec h sysctl -qw net.ipv4.conf.%s.%s=%d; echo $?" % (r.choice(['all'] + HD + HD), k, r.choice(v)))
    else:
        k, v = r.choice(nparms)
        c("ip netns exec h sysctl -qw net.ipv4.neigh.%s.%s=%d; echo $?" % (r.choice(HD), k, r.choice(v)))

targets = ['10.0.0.100', '10.0.0.200', '10.0.1.100', '10.0.0.77', '10.0.0.100', '10.0.0.200']
hsrcs = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.1.1', '10.0.0.150', '10.0.0.9', '10.0.0.5']
def traffic_step():
    k = r.random()
    if k < 0.35:
        src = " -I " + r.choice(hsrcs) if r.random() < 0.3 else ""
        t = r.choice(targets)
        # an unanswered resolution probes for up to 4 s: let it end
        # an unanswered resolution (or a STALE entry's DELAY and PROBE, of
        # delay_first_probe_time 1 s) runs for up to 4-5 s: let it end
        slow = t == '10.0.0.77' or (delay == 1 and r.random() < 0.7)
        c("ip netns exec h ping -c 1 -W 1%s %s >/dev/null 2>&1; echo $?%s" % (src, t, "; sleep 5.5" if slow else ""))
    elif k < 0.55:
        n = r.choice(['x', 'y'])
        s = " -s " + r.choice(['10.0.0.100', '10.0.1.100', '10.0.0.77']) if (n == 'x' and r.random() < 0.3) else ""
        c("ip netns exec %s arping -c 1 -w 1%s -I %s0 %s; echo $?" % (n, s, n, r.choice(hsrcs).split('/')[0]))
    elif k < 0.75:
        n = r.choice(['x', 'y'])
        ip = r.choice(['10.0.0.100', '10.0.1.100', '10.0.0.77']) if n == 'x' else r.choice(['10.0.0.200', '10.0.0.100'])
        c("ip netns exec %s arping %s -c 1 -I %s0 %s >/dev/null; echo $?" % (n, r.choice(['-U', '-A']), n, ip))
    elif k < 0.82:
        c("ip netns exec x arping -D -c 1 -w 1 -I x0 %s; echo $?" % r.choice(hsrcs + ['10.0.0.200']))
    else:
        n = r.choice(['x', 'y'])
        c("ip netns exec %s ping -c 1 -W 1 %s >/dev/null 2>&1; echo $?" % (n, r.choice(hsrcs)))

nmacs = ['02:00:00:00:02:00', '02:00:00:00:03:00', '02:00:00:00:09:09']
def neigh_step():
    k = r.random()
    a = r.choice(['10.0.0.100', '10.0.0.200', '10.0.0.77', '10.0.1.100'])
    if k < 0.45:
        opt = []
        if r.random() < 0.85: opt.append("lladdr " + r.choice(nmacs))
        opt.append("nud " + r.choice(['permanent', 'noarp', 'reachable', 'stale', 'delay', 'probe', 'failed', 'incomplete', 'none']))
        if r.random() < 0.1: opt.append(r.choice(['router', 'extern_learn']))
        c("ip -n h neigh %s %s dev e0 %s; echo $?" % (r.choice(['add', 'replace', 'change', 'replace']), a, " ".join(opt)))
    elif k < 0.6:
        c("ip -n h neigh del %s dev e0; echo $?" % a)
    elif k < 0.75:
        c("ip -n h neigh flush %s; echo $?" % r.choice(['dev e0', 'all', 'nud stale', 'nud reachable', 'to 10.0.0.0/25', 'dev e0 nud all', 'nud failed', 'nud permanent']))
    else:
        c(r.choice(["ip -n h link set e0 down; ip -n h link set e0 up", "ip -n s link set p1 down; sleep 0.2; ip -n s link set p1 up",
                    "ip -n x link set x0 address 02:00:00:00:02:55", "ip -n h link set e0 address 02:00:00:00:01:55",
                    "ip -n h link set e0 arp off; ip -n h link set e0 arp on", "ip -n h neigh get %s dev e0" % a,
                    "ip -n h -s neigh flush dev e0 | sed 's/used [0-9/]*//'", "ip -n h neigh flush nud all dev e0",
                    "ip -n h link set e0 addrgenmode none; ip -n h link set e0 mtu 1400", "ip -n h neigh add proxy %s dev e0" % a,
                    "ip -n h link set e0 down; ip -n h link set e0 address 02:00:00:00:01:66; ip -n h link set e0 up"]) + "; echo $?")

def peer_step():
    # the peers change under h's entries: gone, moved, duplicated
    c(r.choice(["ip -n x link set x0 down", "ip -n x link set x0 up", "ip -n x link set x0 down; sleep 1; ip -n x link set x0 up",
                "ip -n y addr add 10.0.0.100/24 dev y0", "ip -n y addr del 10.0.0.100/24 dev y0",
                "ip -n x addr del 10.0.0.100/24 dev x0", "ip -n x addr add 10.0.0.100/24 dev x0",
                "ip netns exec x sysctl -qw net.ipv4.conf.x0.arp_ignore=8", "ip netns exec x sysctl -qw net.ipv4.conf.x0.arp_ignore=0",
                "ip -n s link set p2 down; sleep 0.1; ip -n s link set p2 up",
                "ip -n x link set x0 address 02:00:00:00:02:%02x" % r.randint(0x60, 0x62)]) + "; echo $?")
    if r.random() < 0.5:
        c("sleep %s; ip -n h -s neigh show | sed 's/used [0-9/]*//' | sort" % r.choice(['0.5', '2.5', '5.5']))

def show_step():
    c(r.choice(["ip -n h -s -j neigh show | tr '{' '\\n' | sed 's/}[],]*$//; s/\"updated\":[0-9]*/\"updated\":N/' | sort",
                "ip -n h -s neigh show | sed 's/used [0-9/]*//' | sort",
                "ip -n h neigh show nud all | sort",
                "ip netns exec h cat /proc/net/arp | sort",
                "ip -n h neigh show | sort; ip -n x neigh show | sort",
                "ip -n h -s -j neigh show | sed 's/\"used\":[0-9]*,\"confirmed\":[0-9]*,\"updated\":[0-9]*,//g' | tr '{' '\\n' | sed 's/}[],]*$//' | sort",
                "ip -n h route show table local; ip -n h route show",
                ]))

cap = r.random() < 0.5
if cap:
    c("ip netns exec y tcpdump -l -n -e -t -i y0 arp > cap 2>/dev/null & sleep 1")
# what h's neighbour table tells its listeners (state changes, deletions, app probes' misses)
mon = r.random() < 0.6
if mon:
    c("ip -n h monitor neigh > mon 2>&1 & sleep 0.2")
for i in range(r.randint(14, 22)):
    k = r.random()
    if k < 0.25: addr_step()
    elif k < 0.4: knob_step()
    elif k < 0.65: traffic_step()
    elif k < 0.72: neigh_step()
    elif k < 0.78: peer_step()
    elif k < 0.88: c("sleep %s" % r.choice(['2.5', '4.5', '6.5']))
    else: show_step()
# ip neigh flush deletes in its dump's (hash) order: then only the set of notifications is stable
flushes = any(' neigh flush' in l for l in lines)
if cap or mon:
    c("sleep 0.2; kill %s; wait; %s" % (' '.join('%%%d' % (i + 1) for i in range(cap + mon)), '; '.join((['cat cap'] if cap else []) + (['sort mon' if flushes else 'cat mon'] if mon else []))))
c("sleep 4; ip -n h -s neigh show | sed 's/used [0-9/]*//' | sort; ip -n x neigh show | sort; ip -n y neigh show | sort")
c("ip netns exec h cat /proc/net/arp | sort; ip -n h route show table local")
c("ip -n h -4 addr show | sed 's/[0-9]\\+sec/Nsec/g'")
c("ip -n h ntable show dev e0 name arp_cache | sed 's/ reachable [0-9]* / reachable N /'")
print("\n".join(lines))
