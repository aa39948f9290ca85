Hosts answer MLD queries (igmp6_event_query): a bridge querying with MLDv1 (mcast_mld_version 1, 1 s response interval) puts a host in MLDv1 mode, so its solicited-node group is reported by MLDv1 reports to the group, and the bridge learns it (the bridge's own reports are left out: they are the bridge device's business). The host stays in v1 mode after the querier moves to MLDv2 (an MLDv2 query answered by an MLDv1 report), until the device goes down and up (ipv6_mc_reset clears mc_v1_seen): the MLDv2 queries then get MLDv2 reports with a MODE_IS_EXCLUDE record.
  $ ip netns add sw
  $ ip netns add h1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_query_response_interval 100 mcast_startup_query_interval 100 mcast_query_interval 200
  $ ip link add e0 netns h1 address 02:00:00:00:00:0b type veth peer name p1 netns sw address 02:00:00:00:90:0b
  $ ip -n sw link set p1 master br0; ip -n sw link set p1 up; ip -n sw link set br0 up; ip -n h1 link set e0 up
  $ sleep 3
  $ ip netns exec h1 cat /proc/net/igmp6
  1    lo              ff020000000000000000000000000001     1 0000000C 0
  1    lo              ff010000000000000000000000000001     1 00000008 0
  2    e0              ff0200000000000000000001ff00000b     1 00000004 0
  2    e0              ff020000000000000000000000000001     1 0000000C 0
  2    e0              ff010000000000000000000000000001     1 00000008 0
  $ ip netns exec h1 timeout 4 tcpdump -t -n -i e0 'ip6[48] = 130 or ip6[48] = 131 or ip6[48] = 132 or ip6[48] = 143' > cap1 2>/dev/null &
  $ sleep 1
  $ ip -n sw link set br0 type bridge mcast_querier 1
  $ wait $!; grep -E 'listener query|fe80::ff:fe00:b >' cap1 | sed -E 's/, length [0-9]+$//' | sort -u
  IP6 fe80::ff:fe00:9999 > ff02::1: HBH ICMP6, multicast listener querymax resp delay: 1000 addr: ::
  IP6 fe80::ff:fe00:b > ff02::1:ff00:b: HBH ICMP6, multicast listener reportmax resp delay: 0 addr: ff02::1:ff00:b
  $ bridge -n sw mdb show | sort
  dev br0 port br0 grp ff02::1:ff00:9999 temp
  dev br0 port br0 grp ff02::6a temp
  dev br0 port p1 grp ff02::1:ff00:b temp
  $ ip -n sw link set br0 type bridge mcast_mld_version 2
  $ ip netns exec h1 timeout 4 tcpdump -t -n -i e0 'ip6[48] = 130 or ip6[48] = 131 or ip6[48] = 143' > cap2 2>/dev/null &
  $ wait $!; grep -E 'listener query|fe80::ff:fe00:b >' cap2 | sed -E 's/, length [0-9]+$//' | sort -u
  IP6 fe80::ff:fe00:9999 > ff02::1: HBH ICMP6, multicast listener query v2 [gaddr ::]
  IP6 fe80::ff:fe00:b > ff02::1:ff00:b: HBH ICMP6, multicast listener reportmax resp delay: 0 addr: ff02::1:ff00:b
  $ ip -n h1 link set e0 down; ip -n h1 link set e0 up
  $ sleep 3
  $ ip netns exec h1 timeout 4 tcpdump -t -n -v -i e0 'ip6[48] = 131 or ip6[48] = 143' > cap3 2>/dev/null &
  $ wait $!; grep 'fe80::ff:fe00:b >' cap3 | grep -o 'ICMP6, .*' | sort -u
  ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff02::1:ff00:b is_ex, 0 source(s)]
  $ ip netns exec h1 cat /proc/net/igmp6
  1    lo              ff020000000000000000000000000001     1 0000000C 0
  1    lo              ff010000000000000000000000000001     1 00000008 0
  2    e0              ff0200000000000000000001ff00000b     1 00000004 0
  2    e0              ff020000000000000000000000000001     1 0000000C 0
  2    e0              ff010000000000000000000000000001     1 00000008 0
