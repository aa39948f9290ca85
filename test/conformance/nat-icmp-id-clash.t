MASQUERADE of ICMP echo: two inside hosts ping the same server with the same echo identifier (ping -e); the second flow gets another id (nf_nat_l4proto_unique_tuple for ICMP: the id is the 'port'), translated back on the replies; conntrack -L shows both ids; the nat rule counts the first packet of each flow only.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec a ping -c 2 -i 0.2 -e 4660 203.0.113.2 | sed -n 2,3p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 203.0.113.2: icmp_seq=2 ttl=63 time=* ms (glob)
  $ ip netns exec c ping -c 2 -i 0.2 -e 4660 203.0.113.2 | sed -n 2,3p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 203.0.113.2: icmp_seq=2 ttl=63 time=* ms (glob)
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=4660/id=KEEP/g; s/id=[0-9]+/id=ID/g; s/id=KEEP/id=4660/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=4660 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=4660 mark=0 use=1
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=4660 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r conntrack -L -p icmp --icmp-id 4660 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=4660/id=KEEP/g; s/id=[0-9]+/id=ID/g; s/id=KEEP/id=4660/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=4660 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=4660 mark=0 use=1
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=4660 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r conntrack -L -p icmp -s 192.168.2.2 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=4660/id=KEEP/g; s/id=[0-9]+/id=ID/g; s/id=KEEP/id=4660/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=4660 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r iptables -t nat -L POSTROUTING -n -v -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b ping -c 1 -e 4660 203.0.113.1 | sed -n 2p
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r conntrack -L -p icmp --src-nat 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=4660/id=KEEP/g; s/id=[0-9]+/id=ID/g; s/id=KEEP/id=4660/g' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=4660 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=4660 mark=0 use=1
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=4660 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=4660 src=203.0.113.1 dst=203.0.113.2 type=0 code=0 id=4660 mark=0 use=1
  $ ip netns exec r conntrack -D -p icmp -s 192.168.1.2 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=4660/id=KEEP/g; s/id=[0-9]+/id=ID/g; s/id=KEEP/id=4660/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=4660 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=4660 mark=0 use=1
  $ ip netns exec c ping -c 1 -e 4660 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=4660/id=KEEP/g; s/id=[0-9]+/id=ID/g; s/id=KEEP/id=4660/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.2.2 dst=203.0.113.2 type=8 code=0 id=4660 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=4660 src=203.0.113.1 dst=203.0.113.2 type=0 code=0 id=4660 mark=0 use=1
  $ ip netns exec r iptables -t nat -L POSTROUTING -n -v -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
