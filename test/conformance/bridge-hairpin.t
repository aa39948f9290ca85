Hairpin mode: a bridge sends a frame back out of the port it came in only
with "hairpin on"; two hosts behind one port (a second bridge) need it.
  $ for n in h1 h2 sw hub; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n hub link add hub0 address 02:00:00:00:88:88 type bridge
  $ ip -n sw link set br0 up
  $ ip -n hub link set hub0 up
  $ ip link add up0 netns hub address 02:00:00:00:80:01 type veth peer name p1 netns sw address 02:00:00:00:90:01
  $ for i in 1 2; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name d$i netns hub address 02:00:00:00:80:1$i; done
  $ ip -n sw link set p1 master br0 up
  $ for d in up0 d1 d2; do ip -n hub link set $d master hub0 up; done
  $ for i in 1 2; do ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n hub link set hub0 type bridge ageing_time 0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ bridge -n sw link set dev p1 hairpin on
  $ bridge -n sw -d link show dev p1 | grep -o 'hairpin [a-z]*'
  hairpin on
  $ ip -n hub link set hub0 type bridge ageing_time 30000
  $ ip -n h1 neigh flush dev e0
  $ ip -n sw link set p1 type bridge_slave hairpin off
  $ ip -d -n sw link show p1 | grep -o 'hairpin [a-z]*'
  hairpin off
