Report suppression is an IGMPv1/v2 rule (RFC 2236 3): two hosts on a hub-like bridge (mcast_snooping 0) in the same group both answer an IGMPv3 general query, but after an IGMPv2 query only the host whose random timer fires first reports the group, the other hears it and stops its timer (reporter 0); a group only one host joined is reported by it either way.
  $ ip netns add sw
  $ ip netns exec sw sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ ip -n sw link set br0 up
  $ for h in q h1 h2; do ip netns add $h; ip netns exec $h sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns q address 02:00:00:00:00:0a type veth peer name pq netns sw address 02:00:00:00:90:0a
  $ ip link add e0 netns h1 address 02:00:00:00:00:0b type veth peer name p1 netns sw address 02:00:00:00:90:0b
  $ ip link add e0 netns h2 address 02:00:00:00:00:0c type veth peer name p2 netns sw address 02:00:00:00:90:0c
  $ for p in pq p1 p2; do ip -n sw link set $p master br0; ip -n sw link set $p up; done
  $ ip -n q addr add 10.0.0.1/24 dev e0; ip -n h1 addr add 10.0.0.2/24 dev e0; ip -n h2 addr add 10.0.0.3/24 dev e0
  $ for h in q h1 h2; do ip -n $h link set e0 up; done
  $ ip -n q route add 224.0.0.0/4 dev e0
  $ ip -n h1 addr add 239.1.1.1/32 dev e0 autojoin
  $ ip -n h2 addr add 239.1.1.1/32 dev e0 autojoin
  $ ip -n h2 addr add 239.2.2.2/32 dev e0 autojoin
  $ sleep 2
  $ ip netns exec q timeout 3 tcpdump -t -n -v -i e0 igmp > cap1 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\354\341\000\000\000\000\002\024\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ wait $!; grep report cap1 | sed -E 's/^ +//' | sort
  10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 239.1.1.1 is_ex, 0 source(s)]
  10.0.0.3 > 224.0.0.22: igmp v3 report, 2 group record(s) [gaddr 239.2.2.2 is_ex, 0 source(s)] [gaddr 239.1.1.1 is_ex, 0 source(s)]
  $ ip netns exec q timeout 3 tcpdump -t -n -i e0 igmp > cap2 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\356\365\000\000\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ wait $!; grep -c 'report 239.1.1.1' cap2; grep -c 'report 239.2.2.2' cap2
  1
  1
  $ for h in h1 h2; do ip netns exec $h cat /proc/net/igmp; done | grep -c '010101EF.*1$'
  1
  $ ip netns exec h2 cat /proc/net/igmp | grep 020202EF
  				020202EF     1 0:00000000		1
  $ for h in h1 h2; do ip netns exec $h cat /proc/net/igmp | sed -n 2p; done
  2	e0        :     2      V2
  2	e0        :     3      V2
