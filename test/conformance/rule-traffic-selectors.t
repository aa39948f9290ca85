Policy rules on real traffic (IPv6 off, so the link counters hold only IPv4 and ARP): the flow of a socket carries the protocol, ports, uid and mark that ipproto/dport/sport/uidrange/fwmark rules match, so nc and ping leave by the interface the rule's table names; counters on both paths.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name b1 netns b address 02:00:00:00:0b:02
  $ for d in a0 a1 lo; do ip -n a link set $d up; done
  $ for d in b0 b1 lo; do ip -n b link set $d up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.1.1/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.0.1.2/24 dev b1
  $ ip -n b addr add 192.0.2.1/32 dev lo
  $ ip -n a route add 192.0.2.1 via 10.0.0.2
  $ ip -n a route add 192.0.2.1 via 10.0.1.2 table 100
  $ ip -n a rule add ipproto tcp dport 7000 lookup 100 pref 10
  $ ip -n a rule add ipproto udp sport 5555 lookup 100 pref 11
  $ ip -n a rule add fwmark 0x7 lookup 100 pref 12
  $ ip -n a rule add ipproto icmp lookup 100 pref 13
  $ ip -n a route get 192.0.2.1 ipproto tcp dport 7000
  192.0.2.1 via 10.0.1.2 dev a1 table 100 src 10.0.1.1 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1 ipproto tcp dport 7001
  192.0.2.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1 ipproto udp sport 5555 dport 53
  192.0.2.1 via 10.0.1.2 dev a1 table 100 src 10.0.1.1 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1 ipproto icmp
  192.0.2.1 via 10.0.1.2 dev a1 table 100 src 10.0.1.1 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1
  192.0.2.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec b sh -c 'nc -k -l -p 7000 > /dev/null 2>&1 & nc -k -l -p 7001 > /dev/null 2>&1 & nc -u -l -p 53 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo x | nc -N 192.0.2.1 7000'
  $ ip -n b -s link show b1 | sed -n 4p
             382       6      0       0       0       0 
  $ ip -n b -s link show b0 | sed -n 4p
               0       0      0       0       0       0 
  $ ip netns exec a sh -c 'echo x | nc -N 192.0.2.1 7001'
  $ ip -n b -s link show b1 | sed -n 4p
             382       6      0       0       0       0 
  $ ip -n b -s link show b0 | sed -n 4p
             382       6      0       0       0       0 
  $ ip netns exec a sh -c 'echo y | nc -u -w 1 -p 5555 192.0.2.1 53'
  $ ip -n b -s link show b1 | sed -n 4p
             426       7      0       0       0       0 
  $ ip netns exec a ping -c 1 -W 1 192.0.2.1 > /dev/null; echo $?
  0
  $ ip -n b -s link show b1 | sed -n 4p
             524       8      0       0       0       0 
  $ ip -n b -s link show b0 | sed -n 4p
             382       6      0       0       0       0 
  $ ip netns exec a iptables -t mangle -A OUTPUT -p tcp --dport 7001 -j MARK --set-mark 7
  $ ip netns exec a sh -c 'echo x | nc -N 192.0.2.1 7001'
  $ ip -n b -s link show b1 | sed -n 4p
             864      13      0       0       0       0 
  $ ip -n b -s link show b0 | sed -n 4p
             382       6      0       0       0       0 
  $ ip -n a rule add uidrange 0-0 lookup 100 pref 5
  $ ip -n a route get 192.0.2.1
  192.0.2.1 via 10.0.1.2 dev a1 table 100 src 10.0.1.1 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1 uid 1000
  192.0.2.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 1000 
      cache 
  $ ip -n a rule del pref 5
  $ ip -n a rule show
  0:	from all lookup local
  10:	from all ipproto tcp dport 7000 lookup 100
  11:	from all ipproto udp sport 5555 lookup 100
  12:	from all fwmark 0x7 lookup 100
  13:	from all ipproto icmp lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
