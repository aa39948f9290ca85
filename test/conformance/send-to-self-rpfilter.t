The send-to-self recipe against rp_filter and accept_local: ip route get with iif for each knob (strict, loose, all vs device), rules that make the reverse path match, moving the local rule back to pref 0, and the lookups of local addresses without the local rule.
  $ ip netns add h
  $ ip netns add wire
  $ ip -n wire link add hub type bridge
  $ ip -n wire link set hub up
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name p1 netns wire
  $ ip link add eth2 netns h address 02:00:00:00:00:e2 type veth peer name p2 netns wire
  $ ip -n wire link set p1 master hub up
  $ ip -n wire link set p2 master hub up
  $ ip -n h link set lo up; ip -n h link set eth1 up; ip -n h link set eth2 up
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip -n h rule add pref 1000 lookup local
  $ ip -n h rule del pref 0
  $ ip -n h rule add pref 100 iif lo to 192.168.2.2 lookup 100
  $ ip -n h route add 192.168.2.2 dev eth1 table 100
  $ ip -n h rule add pref 101 iif lo to 192.168.1.1 lookup 101
  $ ip -n h route add 192.168.1.1 dev eth2 table 101
  $ ip netns exec h nstat -n
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h nstat | grep -v -E 'Ip6|Icmp6|Udp6' | sed -E 's/ +[0-9.]+$//'
  #kernel
  IpInReceives                    2
  IpInDelivers                    2
  IpOutRequests                   2
  IpOutTransmits                  2
  IcmpInMsgs                      2
  IcmpInEchos                     1
  IcmpInEchoReps                  1
  IcmpOutMsgs                     2
  IcmpOutEchos                    1
  IcmpOutEchoReps                 1
  IcmpMsgInType0                  1
  IcmpMsgInType8                  1
  IcmpMsgOutType0                 1
  IcmpMsgOutType8                 1
  IpExtInOctets                   168
  IpExtOutOctets                  168
  IpExtInNoECTPkts                2
  $ ip -n h neigh show | sort
  192.168.1.1 dev eth2 lladdr 02:00:00:00:00:e1 DELAY 
  192.168.2.2 dev eth1 lladdr 02:00:00:00:00:e2 REACHABLE 
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth2
  local 192.168.2.2 from 192.168.1.1 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.accept_local=1
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth2
  local 192.168.2.2 from 192.168.1.1 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.rp_filter=1
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth2
  local 192.168.2.2 from 192.168.1.1 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h nstat | grep -v -E 'Ip6|Icmp6|Udp6' | sed -E 's/ +[0-9.]+$//'
  #kernel
  IpInReceives                    2
  IpInDelivers                    2
  IpOutRequests                   2
  IpOutTransmits                  2
  IcmpInMsgs                      2
  IcmpInEchos                     1
  IcmpInEchoReps                  1
  IcmpOutMsgs                     2
  IcmpOutEchos                    1
  IcmpOutEchoReps                 1
  IcmpMsgInType0                  1
  IcmpMsgInType8                  1
  IcmpMsgOutType0                 1
  IcmpMsgOutType8                 1
  IpExtInOctets                   168
  IpExtOutOctets                  168
  IpExtInNoECTPkts                2
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.rp_filter=2
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth2
  local 192.168.2.2 from 192.168.1.1 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.rp_filter=1 net.ipv4.conf.eth1.accept_local=1 net.ipv4.conf.all.rp_filter=1
  $ ip -n h route get 192.168.1.1 from 192.168.2.2 iif eth1
  local 192.168.1.1 from 192.168.2.2 dev lo table local 
      cache <local> iif eth1 
  $ ip -n h route add 192.168.1.0/24 dev eth2 table 101
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth2
  local 192.168.2.2 from 192.168.1.1 dev lo table local 
      cache <local> iif eth2 
  $ ip -n h rule add pref 102 iif eth2 lookup 101
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth2
  local 192.168.2.2 from 192.168.1.1 dev lo table local 
      cache <local> iif eth2 
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  192.168.2.2 from 192.168.1.1 dev eth1 table 100 uid 0 
      cache 
  $ ip -n h route get 192.168.2.2
  192.168.2.2 dev eth1 table 100 src 192.168.1.1 uid 0 
      cache 
  $ ip -n h route get 192.168.2.2 oif eth1
  192.168.2.2 dev eth1 table 100 src 192.168.1.1 uid 0 
      cache 
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 oif eth2
  local 192.168.2.2 from 192.168.1.1 dev lo table local uid 0 
      cache <local> 
  $ ip -n h route get 192.168.1.1 from 192.168.1.1
  192.168.1.1 from 192.168.1.1 dev eth2 table 101 uid 0 
      cache 
  $ ip -n h route get 127.0.0.1 from 192.168.1.1
  local 127.0.0.1 from 192.168.1.1 dev lo table local uid 0 
      cache <local> 
  $ ip -n h route show table local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.1.1 dev eth1 proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev eth1 proto kernel scope link src 192.168.1.1 
  local 192.168.2.2 dev eth2 proto kernel scope host src 192.168.2.2 
  broadcast 192.168.2.255 dev eth2 proto kernel scope link src 192.168.2.2 
  $ ip -n h rule add pref 0 lookup local
  $ ip -n h rule
  0:	from all lookup local
  100:	from all to 192.168.2.2 iif lo lookup 100
  101:	from all to 192.168.1.1 iif lo lookup 101
  102:	from all iif eth2 lookup 101
  1000:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n h rule del pref 1000
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  local 192.168.2.2 from 192.168.1.1 dev lo table local uid 0 
      cache <local> 
  $ ip -n h rule del pref 0
  $ ip -n h rule del pref 0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n h rule del lookup local
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n h rule
  100:	from all to 192.168.2.2 iif lo lookup 100
  101:	from all to 192.168.1.1 iif lo lookup 101
  102:	from all iif eth2 lookup 101
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  192.168.2.2 from 192.168.1.1 dev eth1 table 100 uid 0 
      cache 
  $ ip -n h route get 192.168.2.2
  192.168.2.2 dev eth1 table 100 src 192.168.1.1 uid 0 
      cache 
  $ ip netns exec h ping -c 1 -W 1 127.0.0.1
  ping: connect: Network is unreachable
  [2]
