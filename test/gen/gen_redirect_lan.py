import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): ICMP redirects on a shared LAN (bridge in namespace s): host a sends through router r, whose route to b's network goes back out the same LAN via gateway g. Random send/accept/secure_redirects and shared_media on every level, a's forwarding, g's address on or off a's subnet, secondaries on r, route flush: ping's output, a's route cache (ip route get, ip route show cache), what a sees (tcpdump -v) and the counters of a and r." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in s a r g b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
c("ip -n s link add sw type bridge; ip -n s link set sw up")
c("for x in 'a 01' 'r 02' 'g 03'; do set -- $x; ip link add ${1}0 netns $1 address 02:00:00:00:00:$2 type veth peer name p$1 netns s; ip -n s link set p$1 master sw up; ip -n $1 link set ${1}0 up; ip -n $1 link set lo up; done")
c("ip link add g1 netns g address 02:00:00:00:01:03 type veth peer name b0 netns b address 02:00:00:00:01:04; ip -n g link set g1 up; ip -n b link set b0 up")
gsub = r.choice(['same', 'same', 'other'])
c("ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n b addr add 10.1.0.2/24 dev b0; ip -n g addr add 10.1.0.1/24 dev g1")
if gsub == 'same':
    c("ip -n g addr add 10.0.0.3/24 dev g0; ip -n r route add 10.1.0.0/24 via 10.0.0.3")
    gw = '10.0.0.3'
else:
    c("ip -n g addr add 10.0.5.3/24 dev g0; ip -n r addr add 10.0.5.254/24 dev r0; ip -n r route add 10.1.0.0/24 via 10.0.5.3; ip -n g route add 10.0.0.0/24 dev g0")
    gw = '10.0.5.3'
if r.random() < 0.3:
    c("ip -n r addr add 10.0.0.253/24 dev r0")
c("ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.1.0.1; for n in r g; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done")
c("ip -n g route add default via 10.0.0.254 2>/dev/null; true")
c("ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:00:02 dev a0; ip -n a neigh add %s lladdr 02:00:00:00:00:03 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add %s lladdr 02:00:00:00:00:03 dev r0; ip -n g neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev g0; ip -n b neigh add 10.1.0.1 lladdr 02:00:00:00:01:03 dev b0; ip -n g neigh add 10.1.0.2 lladdr 02:00:00:00:01:04 dev g1" % (gw, gw))
knobs = [
    ('r', 'net.ipv4.conf.all.send_redirects', [0, 1]),
    ('r', 'net.ipv4.conf.r0.send_redirects', [0, 1]),
    ('a', 'net.ipv4.conf.all.accept_redirects', [0, 1]),
    ('a', 'net.ipv4.conf.a0.accept_redirects', [0, 1]),
    ('a', 'net.ipv4.conf.all.secure_redirects', [0, 1]),
    ('a', 'net.ipv4.conf.a0.secure_redirects', [0, 1]),
    ('a', 'net.ipv4.conf.all.shared_media', [0, 1]),
    ('a', 'net.ipv4.conf.a0.shared_media', [0, 1]),
    ('r', 'net.ipv4.conf.all.shared_media', [0, 1]),
    ('a', 'net.ipv4.ip_forward', [0, 1]),
    ('a', 'net.ipv4.conf.all.log_martians', [0, 1]),
]
for ns, k, v in r.sample(knobs, r.randint(2, 5)):
    c("ip netns exec %s sysctl -qw %s=%d" % (ns, k, r.choice(v)))
c("ip netns exec a tcpdump -l -n -t -v -i a0 icmp > a.txt 2>/dev/null & sleep 0.5")
SED = "sed -E 's/time=[0-9.]+ ms/time=T/; s/time [0-9]+ms/time T/; /^rtt|^$/d'"
dsts = ['10.1.0.2', '10.1.0.2', '10.1.0.1', gw]
for i in range(r.randint(3, 5)):
    lines.append("")
    act = r.choice(['ping', 'ping', 'ping', 'get', 'flush', 'udp'])
    d = r.choice(dsts)
    if act == 'ping':
        c("ip netns exec a ping -c 1 -W 1 %s%s 2>&1 | %s; sleep 0.7" % (r.choice(['', '', '-Q 0x10 ', '-s 8 ']), d, SED))
    elif act == 'udp':
        c("echo x | ip netns exec a socat -u - UDP-SENDTO:%s:9,sourceport=5555; sleep 0.7" % d)
    elif act == 'get':
        c("ip -n a route get %s; ip -n a route show cache" % d)
    else:
        c("ip -n a route flush cache")
    if r.random() < 0.5:
        c("ip -n a route get %s" % d)
c("sleep 0.1; ip -n a route show cache; ip -n a -s route get 10.1.0.2 | sed -E 's/expires [0-9]+sec/expires Xsec/'")
c("sleep 0.3; kill %1; wait; sed -E 's/id [0-9]+,/id X,/; s/, id [0-9]+, seq/, id X, seq/' a.txt")
c("for n in a r; do ip netns exec $n nstat -a | grep '^Icmp\\|^IpExtInNoRoutes\\|IpOutNoRoutes' | awk '{print $1, $2}'; done")
print("\n".join(lines))
