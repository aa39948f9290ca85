tracepath through a router that redirects the host onto its own LAN: the redirect is no error for its UDP socket (not in the error queue, udp_err: ipv4_sk_redirect), but the host takes it, so later probes go straight to the LAN's gateway; ping afterwards goes direct (no redirect, ttl 63).
  $ for n in h r g d; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge
  $ ip -n lan link set br0 up
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns lan
  $ ip link add r0 netns r address 02:00:00:00:01:21 type veth peer name p2 netns lan
  $ ip link add g0 netns g address 02:00:00:00:00:40 type veth peer name p3 netns lan
  $ ip link add g1 netns g address 02:00:00:00:00:41 type veth peer name d0 netns d address 02:00:00:00:00:99
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ for n in h r g d; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up; ip -n r link set r0 up; ip -n g link set g0 up; ip -n g link set g1 up; ip -n d link set d0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n g addr add 192.168.0.40/24 dev g0
  $ ip -n g addr add 10.9.9.1/24 dev g1
  $ ip -n d addr add 10.9.9.99/24 dev d0
  $ ip -n d route add default via 10.9.9.1
  $ ip -n g route add default via 192.168.0.121
  $ for n in r g; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n h route add default via 192.168.0.121
  $ ip netns exec h ping -c 1 -W 1 192.168.0.40 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.0.40: icmp_seq=1 ttl=64 
  $ ip netns exec h tracepath -n 10.9.9.99 | sed -E 's/ +[0-9]+\.[0-9]+ms/ Tms/'
   1?: [LOCALHOST]                      pmtu 1500
   1:  192.168.0.121 Tms 
   1:  192.168.0.121 Tms 
   2:  192.168.0.40 Tms asymm  1 
   3:  10.9.9.99 Tms reached
       Resume: pmtu 1500 hops 3 back 2 
  $ ip -n h route get 10.9.9.99 | head -2
  10.9.9.99 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h ping -c 2 -i 0.3 10.9.9.99 | sed -E 's/time=.*//' | head -3
  PING 10.9.9.99 (10.9.9.99) 56(84) bytes of data.
  64 bytes from 10.9.9.99: icmp_seq=1 ttl=63 
  64 bytes from 10.9.9.99: icmp_seq=2 ttl=63 
  $ ip netns exec r nstat -az IcmpOutRedirects IcmpOutTimeExcds IpForwDatagrams | tail -n +2
  IpForwDatagrams                 1                  0.0
  IcmpOutTimeExcds                2                  0.0
  IcmpOutRedirects                1                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects IcmpInTimeExcds | tail -n +2
  IcmpInTimeExcds                 3                  0.0
  IcmpInRedirects                 1                  0.0
