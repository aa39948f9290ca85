import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d) for send-to-self on a stock kernel: host h with two NICs (eth1, eth2) on one bridged wire and a neighbour n; random rule edits (local rule moved, per-destination rules with and without iif lo), accept_local / rp_filter / arp_ignore / arp_announce / arp_filter values; then pings and UDP between the two addresses, ip route get, the wire's counters and the neighbour tables. IPv6 is off." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in h n wire; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done")
c("ip -n wire link add hub type bridge mcast_snooping 0; ip -n wire link set hub up")
c("ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name p1 netns wire")
c("ip link add eth2 netns h address 02:00:00:00:00:e2 type veth peer name p2 netns wire")
c("ip link add n0 netns n address 02:00:00:00:00:99 type veth peer name p3 netns wire")
c("for p in p1 p2 p3; do ip -n wire link set $p master hub up; done; ip -n h link set eth1 up; ip -n h link set eth2 up; ip -n n link set n0 up")
net2 = r.choice(['192.168.1.2/24', '192.168.2.2/24'])
c("ip -n h addr add 192.168.1.1/24 dev eth1; ip -n h addr add %s dev eth2; ip -n n addr add 192.168.1.9/24 dev n0" % net2)
IP2 = net2.split('/')[0]
knobs = [
  ('net.ipv4.conf.eth1.accept_local', [0, 1, 1]),
  ('net.ipv4.conf.eth2.accept_local', [0, 1, 1]),
  ('net.ipv4.conf.all.accept_local', [0, 1]),
  ('net.ipv4.conf.all.rp_filter', [0, 1, 2]),
  ('net.ipv4.conf.eth2.rp_filter', [0, 1, 2]),
  ('net.ipv4.conf.eth1.rp_filter', [0, 1, 2]),
  ('net.ipv4.conf.all.arp_ignore', [0, 1, 2]),
  ('net.ipv4.conf.eth2.arp_ignore', [0, 1, 2, 8]),
  ('net.ipv4.conf.all.arp_announce', [0, 1, 2]),
  ('net.ipv4.conf.eth1.arp_filter', [0, 1]),
  ('net.ipv4.conf.eth2.arp_filter', [0, 1]),
  ('net.ipv4.conf.all.log_martians', [0, 1]),
  ('net.ipv4.ip_forward', [0, 1]),
  ('net.ipv4.conf.all.send_redirects', [0, 1]),
  ('net.ipv4.conf.eth1.route_localnet', [0, 1]),
]
for k, vals in r.sample(knobs, r.randint(2, 7)):
    c("ip netns exec h sysctl -qw %s=%d; echo $?" % (k, r.choice(vals)))
rules = [
  "ip -n h rule add pref 1000 lookup local; ip -n h rule del pref 0",
  "ip -n h rule add pref 100 iif lo to %s lookup 100; ip -n h route add %s dev eth1 table 100" % (IP2, IP2),
  "ip -n h rule add pref 101 iif lo to 192.168.1.1 lookup 101; ip -n h route add 192.168.1.1 dev eth2 table 101",
  "ip -n h rule add pref 102 to %s lookup 100; ip -n h route add %s dev eth1 table 100" % (IP2, IP2),
  "ip -n h rule add pref 103 from 192.168.1.1 lookup 103; ip -n h route add default dev eth1 table 103",
  "ip -n h route add %s dev eth1 table 100; ip -n h rule add pref 104 iif lo lookup 100" % IP2,
  "ip -n h rule add pref 105 oif eth1 lookup 100; ip -n h route add %s dev eth1 table 100" % IP2,
  "ip -n h route add 192.168.7.0/24 dev eth1",
]
# the recipe is more often whole than not
chosen = r.sample(rules, r.randint(1, 4))
if r.random() < 0.5:
    chosen = [rules[0], rules[1], rules[2]] + r.sample(rules[3:], r.randint(0, 2))
for e in chosen:
    c(e + "; echo $?")
for i in range(r.randint(2, 5)):
    kind = r.choice(['ping', 'ping', 'pingdev', 'udp', 'get', 'get', 'getiif', 'arping'])
    if kind == 'ping':
        s, d = r.choice([('192.168.1.1', IP2), (IP2, '192.168.1.1'), ('192.168.1.9', IP2)])
        ns = 'n' if s == '192.168.1.9' else 'h'
        c("ip netns exec %s ping -c 2 -i 0.2 -W 1 -I %s %s 2>&1 | grep -v '^PING\\|^$\\|rtt\\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}" % (ns, s, d))
    elif kind == 'pingdev':
        dev, d = r.choice([('eth1', IP2), ('eth2', '192.168.1.1'), ('eth1', '192.168.1.9')])
        c("ip netns exec h ping -c 1 -W 1 -I %s %s 2>&1 | grep -v '^PING\\|^$\\|rtt\\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}" % (dev, d))
    elif kind == 'udp':
        c("ip netns exec h sh -c 'socat -u UDP4-RECV:5000,bind=%s OPEN:u.out,creat,append & sleep 0.2; echo hi | socat -u - UDP4-SENDTO:%s:5000,bind=192.168.1.1; sleep 0.3; kill %%1'; cat u.out; rm -f u.out" % (IP2, IP2))
    elif kind == 'get':
        s, d = r.choice([('192.168.1.1', IP2), (IP2, '192.168.1.1'), ('', IP2), ('192.168.1.1', '192.168.1.9')])
        c("ip -n h route get %s%s" % (d, ' from ' + s if s else ''))
    elif kind == 'getiif':
        s, d, i = r.choice([('192.168.1.1', IP2, 'eth2'), (IP2, '192.168.1.1', 'eth1'), ('192.168.1.9', IP2, 'eth2'), ('192.168.1.1', IP2, 'eth1')])
        c("ip -n h route get %s from %s iif %s" % (d, s, i))
    else:
        dev, d = r.choice([('eth1', IP2), ('eth2', '192.168.1.1')])
        c("ip netns exec h arping -c 1 -w 1 -I %s %s | grep -c reply" % (dev, d))
c("sleep 3.5")
c("ip -n wire -s link show p2 | sed -n 4p; ip -n wire -s link show p1 | sed -n 4p")
c("ip -n h neigh show | sort")
c("ip netns exec h nstat -az IpInReceives IpInAddrErrors IcmpInEchos IcmpInEchoReps TcpExtIPReversePathFilter IpExtInNoRoutes IpOutNoRoutes | grep -v '^#'")
print("\n".join(lines))
