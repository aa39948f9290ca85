Port and protocol rules on a router: once a rule selects on ipproto/sport/dport, input lookups take them from the packet (forwarded TCP to port 8080 takes table 100's link), and the reverse-path check swaps them, so the server's answers from port 8080, back on the main link, fail strict rp_filter while port 80 passes; loose mode accepts both. Link counters show which way packets went; b retransmits its refused SYN-ACK after a second, refused again.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name rb0 netns r address 02:00:00:00:01:b0
  $ ip link add b1 netns b address 02:00:00:00:0b:02 type veth peer name rb1 netns r address 02:00:00:00:01:b1
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n b link set b1 up; for d in ra rb0 rb1; do ip -n r link set $d up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev ra
  $ ip -n b addr add 10.2.0.2/24 dev b0; ip -n r addr add 10.2.0.1/24 dev rb0
  $ ip -n b addr add 10.3.0.2/24 dev b1; ip -n r addr add 10.3.0.1/24 dev rb1
  $ ip -n b addr add 10.9.0.1/32 dev lo
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip -n r route add 10.9.0.1 via 10.2.0.2
  $ ip -n r route add 10.9.0.1 via 10.3.0.2 table 100
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r rule add ipproto tcp dport 8080 lookup 100 pref 100
  $ ip -n r route get 10.9.0.1 from 10.1.0.2 iif ra ipproto tcp dport 8080
  10.9.0.1 from 10.1.0.2 via 10.3.0.2 dev rb1 table 100 
      cache iif ra 
  $ ip -n r route get 10.9.0.1 from 10.1.0.2 iif ra ipproto tcp dport 80
  10.9.0.1 from 10.1.0.2 via 10.2.0.2 dev rb0 
      cache iif ra 
  $ ip -n r route get 10.9.0.1 from 10.1.0.2 iif ra ipproto udp dport 8080
  10.9.0.1 from 10.1.0.2 via 10.2.0.2 dev rb0 
      cache iif ra 
  $ ip -n r route get 10.9.0.1 from 10.1.0.2 iif ra ipproto tcp sport 8080
  10.9.0.1 from 10.1.0.2 via 10.2.0.2 dev rb0 
      cache iif ra 
  $ ip -n r route get 10.9.0.1 ipproto tcp dport 8080
  10.9.0.1 via 10.3.0.2 dev rb1 table 100 src 10.3.0.1 uid 0 
      cache 
  $ ip netns exec b sh -c 'nc -lk 10.9.0.1 8080 > s8080.out & nc -lk 10.9.0.1 80 > s80.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo to8080 | nc -N -w 1 10.9.0.1 8080'; echo rc=$?
  rc=0
  $ ip netns exec a sh -c 'echo to80 | nc -N -w 1 10.9.0.1 80'; echo rc=$?
  rc=0
  $ ip -n r -s link show rb1 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
             387       6      0       0       0       0 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r route get 10.1.0.2 from 10.9.0.1 iif rb0 ipproto tcp sport 8080 dport 40000
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.1.0.2 from 10.9.0.1 iif rb0 ipproto tcp sport 80 dport 40000
  10.1.0.2 from 10.9.0.1 dev ra 
      cache iif rb0 
  $ ip -n r route get 10.1.0.2 from 10.9.0.1 iif rb0 ipproto tcp sport 40000 dport 8080
  10.1.0.2 from 10.9.0.1 dev ra 
      cache iif rb0 
  $ ip -n r route get 10.1.0.2 from 10.9.0.1 iif rb1 ipproto tcp sport 8080 dport 40000
  10.1.0.2 from 10.9.0.1 dev ra 
      cache iif rb1 
  $ ip netns exec a sh -c 'echo again8080 | nc -N -w 1 10.9.0.1 8080'; echo rc=$?
  rc=1
  $ ip netns exec a sh -c 'echo again80 | nc -N -w 1 10.9.0.1 80'; echo rc=$?
  rc=0
  $ sleep 1; ip netns exec r nstat -az TcpExtIPReversePathFilter | tail -n +2
  TcpExtIPReversePathFilter       2                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip netns exec a sh -c 'echo loose8080 | nc -N -w 1 10.9.0.1 8080'; echo rc=$?
  rc=0
  $ sleep 1; cat s8080.out s80.out
  to8080
  loose8080
  to80
  again80
  $ ip -n r rule del pref 100
  $ ip -n r route get 10.9.0.1 from 10.1.0.2 iif ra ipproto tcp dport 8080
  10.9.0.1 from 10.1.0.2 via 10.2.0.2 dev rb0 
      cache iif ra 
