Two local addresses of one host made to talk through an external router: policy rules send IP1 -> IP2 out of eth1 via the router, which forwards it back to eth2 (TTL 63). A rule without iif lo also catches the packet coming back in (forwarded, not delivered: No route to host); with iif lo the host still refuses its own source until accept_local, and rp_filter decides whether the way back matches; counters and route get along the way.
  $ ip netns add h
  $ ip netns add r
  $ ip link add eth1 netns h address 02:00:00:00:05:01 type veth peer name r1 netns r address 02:00:00:00:05:11
  $ ip link add eth2 netns h address 02:00:00:00:05:02 type veth peer name r2 netns r address 02:00:00:00:05:12
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ for d in eth1 eth2; do ip -n h link set $d up; done
  $ for d in r1 r2; do ip -n r link set $d up; done
  $ ip -n h addr add 10.1.1.2/24 dev eth1
  $ ip -n h addr add 10.1.2.2/24 dev eth2
  $ ip -n r addr add 10.1.1.1/24 dev r1
  $ ip -n r addr add 10.1.2.1/24 dev r2
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h rule add pref 500 from 10.1.1.2 to 10.1.2.2 lookup 10
  $ ip -n h route add 10.1.2.2 via 10.1.1.1 dev eth1 table 10
  $ ip -n h route get 10.1.2.2 from 10.1.1.2
  local 10.1.2.2 from 10.1.1.2 dev lo table local uid 0 
      cache <local> 
  $ ip -n h rule del pref 0
  $ ip -n h rule add pref 1000 lookup local
  $ ip -n h rule show
  500:	from 10.1.1.2 to 10.1.2.2 lookup 10
  1000:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n h route get 10.1.2.2 from 10.1.1.2
  10.1.2.2 from 10.1.1.2 via 10.1.1.1 dev eth1 table 10 uid 0 
      cache 
  $ ip -n h route get 10.1.2.2
  local 10.1.2.2 dev lo table local src 10.1.2.2 uid 0 
      cache <local> 
  $ ip netns exec h ping -c 1 -W 1 -I 10.1.1.2 10.1.2.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec h nstat -az IpInAddrErrors IpExtInNoRoutes TcpExtIPReversePathFilter
  #kernel
  IpInAddrErrors                  1                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInNoRoutes                 0                  0.0
  $ ip -n h route get 10.1.2.2 from 10.1.1.2 iif eth2
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.accept_local=1
  $ ip -n h route get 10.1.2.2 from 10.1.1.2 iif eth2
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec h ping -c 1 -W 1 -I 10.1.1.2 10.1.2.2 | sed -n 2p
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n h route get 10.1.2.2 from 10.1.1.2 iif eth2
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec h ping -c 1 -W 1 -I 10.1.1.2 10.1.2.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec h nstat -az TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
  $ ip -n h rule add pref 501 from 10.1.2.2 to 10.1.1.2 lookup 11
  $ ip -n h route add 10.1.1.2 via 10.1.2.1 dev eth2 table 11
  $ ip -n h route get 10.1.2.2 from 10.1.1.2 iif eth2
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec h ping -c 1 -W 1 -I 10.1.1.2 10.1.2.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth1.accept_local=1
  $ ip netns exec h ping -c 2 -i 0.2 -W 1 -I 10.1.1.2 10.1.2.2 | sed -n 2,3p
  
  --- 10.1.2.2 ping statistics ---
  $ ip -n r -s link show r1 | sed -n 4p
             630       7      0       0       0       0 
  $ ip -n r -s link show r2 | sed -n 6p
             630       7      0       0       0       0 
  $ ip -n h neigh show | sort
  10.1.1.1 dev eth1 lladdr 02:00:00:00:05:11 REACHABLE 
  10.1.2.1 dev eth2 lladdr 02:00:00:00:05:12 STALE 
  $ ip netns exec h sh -c "nc -l -s 10.1.2.2 -p 7000 > out.txt & sleep 0.3"
  $ ip netns exec h sh -c "echo through | nc -N -w 1 -s 10.1.1.2 -p 43000 10.1.2.2 7000"; echo rc=$?
  rc=1
  $ sleep 0.2; cat out.txt
  $ ip netns exec r nstat -az IpForwDatagrams IpOutRequests IcmpOutRedirects
  #kernel
  IpForwDatagrams                 7                  0.0
  IpOutRequests                   0                  0.0
  IcmpOutRedirects                0                  0.0
  $ ip -n h rule del pref 500
  $ ip -n h rule del pref 501
  $ ip -n h rule add pref 500 iif lo from 10.1.1.2 to 10.1.2.2 lookup 10
  $ ip -n h rule add pref 501 iif lo from 10.1.2.2 to 10.1.1.2 lookup 11
  $ ip -n h rule show
  500:	from 10.1.1.2 to 10.1.2.2 iif lo lookup 10
  501:	from 10.1.2.2 to 10.1.1.2 iif lo lookup 11
  1000:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n h route get 10.1.2.2 from 10.1.1.2 iif eth2
  local 10.1.2.2 from 10.1.1.2 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.accept_local=0
  $ ip -n h route get 10.1.2.2 from 10.1.1.2 iif eth2
  local 10.1.2.2 from 10.1.1.2 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_local=1
  $ ip -n h route get 10.1.2.2 from 10.1.1.2 iif eth2
  local 10.1.2.2 from 10.1.1.2 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h ping -c 2 -i 0.2 -W 1 -I 10.1.1.2 10.1.2.2 | sed -n 2,3p
  64 bytes from 10.1.2.2: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 10.1.2.2: icmp_seq=2 ttl=63 time=* ms (glob)
  $ ip netns exec h nstat -az TcpExtIPReversePathFilter IpInAddrErrors
  #kernel
  IpInAddrErrors                  7                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip -n h rule del pref 501
  $ ip -n h route get 10.1.2.2 from 10.1.1.2 iif eth2
  local 10.1.2.2 from 10.1.1.2 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n h route get 10.1.2.2 from 10.1.1.2 iif eth2
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec h ping -c 1 -W 1 -I 10.1.1.2 10.1.2.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec h nstat -az TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       1                  0.0
  $ ip -n h rule add pref 501 iif lo from 10.1.2.2 to 10.1.1.2 lookup 11
  $ ip netns exec h sh -c "nc -l -s 10.1.2.2 -p 7001 > out2.txt & sleep 0.3"
  $ ip netns exec h sh -c "echo through | nc -N -w 1 -s 10.1.1.2 -p 43001 10.1.2.2 7001"; echo rc=$?
  rc=0
  $ sleep 0.2; cat out2.txt
  through
  $ ip netns exec h ss -tan | grep 43001 | sed -E 's/ +/ /g'
  TIME-WAIT 0 0 10.1.1.2:43001 10.1.2.2:7001 
  $ ip netns exec r nstat -az IpForwDatagrams IcmpOutRedirects
  #kernel
  IpForwDatagrams                 20                 0.0
  IcmpOutRedirects                0                  0.0
  $ ip -n r -s link show r1 | sed -n 4p
            1344      16      0       0       0       0 
