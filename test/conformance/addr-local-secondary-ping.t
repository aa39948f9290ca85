Pings to and from every address of a host with a primary and secondaries on one NIC and an address on a second NIC: the neighbour pings each (the reply comes from the pinged address), ping -I of each address to the neighbour (the source the neighbour's tcpdump sees), ping -I DEV picks the primary, ARP requests name the primary (arp_announce 0) or the source (arp_announce 0 with the source in the subnet) and the echo counters on both sides.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link add d0 address 02:00:00:00:0d:01 type veth peer name d1 address 02:00:00:00:0d:02
  $ ip -n a link set a0 up; ip -n a link set d0 up; ip -n a link set d1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.11/24 dev a0
  $ ip -n a addr add 10.0.0.12/24 dev a0
  $ ip -n a addr add 172.16.0.1/24 dev d0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b route add 172.16.0.0/24 via 10.0.0.1
  $ ip -n a -4 -br addr
  lo               UNKNOWN        127.0.0.1/8 
  a0@if2           UP             10.0.0.1/24 10.0.0.11/24 10.0.0.12/24 
  d0@d1            UP             172.16.0.1/24 
  $ ip netns exec b tcpdump -l -n -t -i b0 > b.txt 2>/dev/null & sleep 0.5
  $ for d in 10.0.0.11 10.0.0.12 172.16.0.1; do ip netns exec b ping -c 1 $d | grep 'bytes from'; done
  64 bytes from 10.0.0.11: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 10.0.0.12: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 172.16.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ for s in 10.0.0.1 10.0.0.11 10.0.0.12 172.16.0.1; do ip netns exec a ping -c 1 -I $s 10.0.0.2 | grep -E '^PING|bytes from'; done
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.1 : 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.11 : 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.12 : 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  PING 10.0.0.2 (10.0.0.2) from 172.16.0.1 : 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -I a0 10.0.0.2 | grep -E '^PING|bytes from'
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.1 a0: 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -I d0 10.0.0.2 | grep -E '^PING|bytes from|received'
  PING 10.0.0.2 (10.0.0.2) from 172.16.0.1 d0: 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 0.3; kill %1; wait
  $ sed -E 's/, id [0-9]+, seq/, seq/' b.txt
  ARP, Request who-has 10.0.0.11 tell 10.0.0.2, length 28
  ARP, Reply 10.0.0.11 is-at 02:00:00:00:0a:01, length 28
  IP 10.0.0.2 > 10.0.0.11: ICMP echo request, seq 1, length 64
  IP 10.0.0.11 > 10.0.0.2: ICMP echo reply, seq 1, length 64
  ARP, Request who-has 10.0.0.12 tell 10.0.0.2, length 28
  ARP, Reply 10.0.0.12 is-at 02:00:00:00:0a:01, length 28
  IP 10.0.0.2 > 10.0.0.12: ICMP echo request, seq 1, length 64
  IP 10.0.0.12 > 10.0.0.2: ICMP echo reply, seq 1, length 64
  ARP, Request who-has 10.0.0.1 tell 10.0.0.2, length 28
  ARP, Reply 10.0.0.1 is-at 02:00:00:00:0a:01, length 28
  IP 10.0.0.2 > 172.16.0.1: ICMP echo request, seq 1, length 64
  IP 172.16.0.1 > 10.0.0.2: ICMP echo reply, seq 1, length 64
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, seq 1, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, seq 1, length 64
  IP 10.0.0.11 > 10.0.0.2: ICMP echo request, seq 1, length 64
  IP 10.0.0.2 > 10.0.0.11: ICMP echo reply, seq 1, length 64
  IP 10.0.0.12 > 10.0.0.2: ICMP echo request, seq 1, length 64
  IP 10.0.0.2 > 10.0.0.12: ICMP echo reply, seq 1, length 64
  IP 172.16.0.1 > 10.0.0.2: ICMP echo request, seq 1, length 64
  IP 10.0.0.2 > 172.16.0.1: ICMP echo reply, seq 1, length 64
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, seq 1, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, seq 1, length 64
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  10.0.0.11 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  10.0.0.12 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ ip netns exec a nstat -asz IcmpInEchos IcmpOutEchoReps IcmpOutEchos IcmpInEchoReps IpOutNoRoutes
  #kernel
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     3                  0.0
  IcmpInEchoReps                  5                  0.0
  IcmpOutEchos                    6                  0.0
  IcmpOutEchoReps                 3                  0.0
  $ ip -n a route get 10.0.0.2 from 10.0.0.12
  10.0.0.2 from 10.0.0.12 dev a0 uid 0 
      cache 
  $ ip -n a route get 10.0.0.2 from 172.16.0.1
  10.0.0.2 from 172.16.0.1 dev a0 uid 0 
      cache 
  $ ip -n a route get 10.0.0.2 oif d0
  10.0.0.2 dev d0 src 172.16.0.1 uid 0 
      cache 
  $ ip -n a route get 10.0.0.12 from 10.0.0.2 iif a0
  local 10.0.0.12 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  $ ip -n a route get 172.16.0.1 from 10.0.0.2 iif a0
  local 172.16.0.1 from 10.0.0.2 dev lo 
      cache <local> iif a0 
