PMTU knobs on the sender: ip_no_pmtu_disc 1 clamps a frag needed to min_pmtu and locks it (mtu lock 552), 2 and 3 ignore it; on the router icmp_errors_use_inbound_ifaddr picks the source of ICMP errors, and a forwarded packet always obeys a route's mtu metric, locked or not, whatever ip_forward_use_pmtu says (ip_dst_mtu_maybe_forward: that knob is about learnt path MTUs).
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r addr add 10.0.9.1/24 dev ra
  $ ip -n r link set rb mtu 1400
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=1
  net.ipv4.icmp_errors_use_inbound_ifaddr = 1
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip -n r route add 10.0.1.0/24 dev ra src 10.0.9.1 table main metric 1
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=0
  net.ipv4.icmp_errors_use_inbound_ifaddr = 0
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip -n r route del 10.0.1.0/24 dev ra src 10.0.9.1 metric 1
  $ ip netns exec a ping -c 1 -M do -s 1450 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route get 10.0.2.2
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip netns exec a ping -c 1 -M do -s 1450 10.0.2.2 | sed -n 2p
  ping: local error: message too long, mtu=1400
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=1
  net.ipv4.ip_no_pmtu_disc = 1
  $ ip -n a route flush cache
  $ ip netns exec a ping -c 1 -M do -s 1450 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 0)
  $ ip -n a route get 10.0.2.2
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires *sec mtu lock 552  (glob)
  $ ip netns exec a ping -c 1 -M want -s 1450 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec a ping -c 1 -s 1450 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=3
  net.ipv4.ip_no_pmtu_disc = 3
  $ ip netns exec a ping -c 1 -M do -s 1450 10.0.2.2 | sed -n 2p
  ping: local error: message too long, mtu=552
  $ ip -n a route get 10.0.2.2
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires *sec mtu lock 552  (glob)
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=2
  net.ipv4.ip_no_pmtu_disc = 2
  $ ip netns exec a ping -c 1 -M do -s 1450 10.0.2.2 | sed -n 2p
  ping: local error: message too long, mtu=552
  $ ip -n a route get 10.0.2.2
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires *sec mtu lock 552  (glob)
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=4
  net.ipv4.ip_no_pmtu_disc = 4
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=0
  net.ipv4.ip_no_pmtu_disc = 0
  $ ip netns exec a ping -c 1 -M do -s 1450 10.0.2.2 | sed -n 2p
  ping: local error: message too long, mtu=552
  $ ip -n a route get 10.0.2.2
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires *sec mtu lock 552  (glob)
  $ ip netns exec a nstat -asz IcmpInDestUnreachs IpFragOKs IpFragCreates IpOutDiscards
  #kernel
  IpOutDiscards                   0                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   6                  0.0
  IcmpInDestUnreachs              2                  0.0
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IpFragOKs IpFragFails IpFragCreates
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   0                  0.0
  IcmpOutDestUnreachs             2                  0.0
  $ ip -n a route flush cache
  $ ip netns exec r sysctl net.ipv4.ip_forward_use_pmtu
  net.ipv4.ip_forward_use_pmtu = 0
  $ ip -n r route add 10.0.2.0/25 dev rb mtu 1300
  $ ip netns exec a ping -c 1 -M do -s 1350 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip netns exec r sysctl -w net.ipv4.ip_forward_use_pmtu=1
  net.ipv4.ip_forward_use_pmtu = 1
  $ ip netns exec a ping -c 1 -M do -s 1350 10.0.2.2 | sed -n 2p
  ping: local error: message too long, mtu=1300
  $ ip -n a route get 10.0.2.2
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ ip netns exec a ping -c 1 -M do -s 1250 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  1258 bytes from 10.0.2.2: icmp_seq=1 ttl=63 
  $ ip -n a route flush cache
  $ ip netns exec r sysctl -w net.ipv4.ip_forward_use_pmtu=0
  net.ipv4.ip_forward_use_pmtu = 0
  $ ip -n r route change 10.0.2.0/25 dev rb mtu lock 1300
  $ ip netns exec a ping -c 1 -M do -s 1350 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip -n a route flush cache
  $ ip netns exec a ping -c 1 -s 1350 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  From 10.0.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra
  10.0.2.2 from 10.0.1.2 dev rb 
      cache mtu lock 1300 iif ra 
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IpFragOKs IpFragFails IpFragCreates
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     5                  0.0
  IpFragCreates                   0                  0.0
  IcmpOutDestUnreachs             5                  0.0
