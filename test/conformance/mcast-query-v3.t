An IGMPv3 general query (12 bytes: max response code 10, QRV 3, QQIC 20) heard by a host with two groups: one IGMPv3 report within the max response time carries a MODE_IS_EXCLUDE record per group, newest first (igmp_gq_start_timer: the device's timer, so /proc/net/igmp shows no group timer); the querier's robustness variable then sets how many times a leave is reported (3 CHANGE_TO_INCLUDE reports), and a later query with QRV 0 brings back net.ipv4.igmp_qrv (2).
  $ ip netns add q
  $ ip netns add h
  $ for n in q h; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add q0 netns q address 02:00:00:00:00:01 type veth peer name h0 netns h address 02:00:00:00:00:02
  $ ip -n q addr add 10.0.0.1/24 dev q0; ip -n h addr add 10.0.0.2/24 dev h0
  $ ip -n q link set q0 up; ip -n h link set h0 up
  $ ip -n q route add 224.0.0.0/4 dev q0
  $ ip -n h addr add 239.2.2.2/32 dev h0 autojoin
  $ ip netns exec h timeout 12 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:h0 OPEN:/dev/null &
  $ sleep 2
  $ ip netns exec q tcpdump -t -n -v -i q0 -c 2 igmp > cap1 2>/dev/null &
  $ sleep 1
  $ ip netns exec q sh -c "printf '\021\012\353\341\000\000\000\000\003\024\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     3      V3
  				010101EF     1 0:00000000		0
  				020202EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ sleep 1.2; wait $!; sed -E "s/id [0-9]+,/id N,/" cap1
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 32)
      10.0.0.1 > 224.0.0.1: igmp query v3 [max resp time 1.0s]
  IP (tos 0xc0, ttl 1, id N, offset 0, flags [DF], proto IGMP (2), length 48, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 2 group record(s) [gaddr 239.1.1.1 is_ex, 0 source(s)] [gaddr 239.2.2.2 is_ex, 0 source(s)]
  $ ip netns exec q timeout 4 tcpdump -t -n -i q0 igmp > cap2 2>/dev/null &
  $ sleep 1
  $ ip -n h addr del 239.2.2.2/32 dev h0
  $ wait $!; sed -E "s/id [0-9]+,/id N,/" cap2
  IP 10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s)
  IP 10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s)
  IP 10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s)
  $ ip netns exec q sh -c "printf '\021\012\356\341\000\000\000\000\000\024\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"
  $ sleep 1.2
  $ ip netns exec q timeout 4 tcpdump -t -n -i q0 igmp > cap3 2>/dev/null &
  $ sleep 1
  $ ip -n h addr add 239.5.5.5/32 dev h0 autojoin
The join's reports come at random delays, and the kernel sends 3 or 4 of them within the capture (4 recordings on 6.18: 3, 4, 3, 4), so the count is matched as either:
  $ wait $!; sed -E "s/id [0-9]+,/id N,/" cap3 | sort -u; grep -c report cap3
  
  IP 10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s)
  ^[34]$ (re)
  $ ip netns exec h cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	h0        :     2      V3
  				050505EF     1 0:00000000		0
  				010000E0     1 0:00000000		0
  $ ip netns exec q cat /proc/net/igmp
  Idx	Device    : Count Querier	Group    Users Timer	Reporter
  2	q0        :     1      V3
  				010000E0     1 0:00000000		0
