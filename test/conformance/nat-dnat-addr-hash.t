DNAT to an address range: the new destination is picked by a hash of the client's address and the original destination (find_best_ips_proto: jhash2 over the source, seeded with the protocol unless --persistent), so one client always lands on the same server, different clients spread; conntrack -L shows the mapping; --persistent changes the pick.
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
  $ ip -n a addr add 192.168.1.10/24 dev a0
  $ ip -n a addr add 192.168.1.11/24 dev a0
  $ ip -n a addr add 192.168.1.12/24 dev a0
  $ ip -n a addr add 192.168.1.13/24 dev a0
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -d 203.0.113.1 -p udp --dport 53 -j DNAT --to-destination 192.168.1.10-192.168.1.13
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -d 203.0.113.1 -p icmp -j DNAT --to-destination 192.168.1.10-192.168.1.13
  $ ip netns exec r iptables -t nat -L PREROUTING -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  DNAT       17   --  0.0.0.0/0            203.0.113.1          udp dpt:53 to:192.168.1.10-192.168.1.13
  DNAT       1    --  0.0.0.0/0            203.0.113.1          to:192.168.1.10-192.168.1.13
  $ ip -n b addr add 203.0.113.3/24 dev b0
  $ ip -n b addr add 203.0.113.4/24 dev b0
  $ ip -n b addr add 203.0.113.5/24 dev b0
  $ ip -n b addr add 203.0.113.6/24 dev b0
  $ for s in 2 3 4 5 6; do ip netns exec b sh -c "echo q | nc -u -w 1 -s 203.0.113.$s -p 1000 203.0.113.1 53"; done
  $ for s in 2 3 4 5 6; do ip netns exec b ping -c 1 -I 203.0.113.$s 203.0.113.1 | sed -n 2p; done
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r conntrack -L 2>/dev/null | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=N/g' | sort
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=N src=192.168.1.12 dst=203.0.113.2 type=0 code=0 id=N mark=0 use=1
  icmp     1 T src=203.0.113.3 dst=203.0.113.1 type=8 code=0 id=N src=192.168.1.10 dst=203.0.113.3 type=0 code=0 id=N mark=0 use=1
  icmp     1 T src=203.0.113.4 dst=203.0.113.1 type=8 code=0 id=N src=192.168.1.13 dst=203.0.113.4 type=0 code=0 id=N mark=0 use=1
  icmp     1 T src=203.0.113.5 dst=203.0.113.1 type=8 code=0 id=N src=192.168.1.10 dst=203.0.113.5 type=0 code=0 id=N mark=0 use=1
  icmp     1 T src=203.0.113.6 dst=203.0.113.1 type=8 code=0 id=N src=192.168.1.13 dst=203.0.113.6 type=0 code=0 id=N mark=0 use=1
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.12 dst=203.0.113.2 sport=53 dport=1000 mark=0 use=1
  udp      17 T src=203.0.113.3 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.10 dst=203.0.113.3 sport=53 dport=1000 mark=0 use=1
  udp      17 T src=203.0.113.4 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.13 dst=203.0.113.4 sport=53 dport=1000 mark=0 use=1
  udp      17 T src=203.0.113.5 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.10 dst=203.0.113.5 sport=53 dport=1000 mark=0 use=1
  udp      17 T src=203.0.113.6 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.13 dst=203.0.113.6 sport=53 dport=1000 mark=0 use=1
  $ ip netns exec r conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec r iptables -t nat -R PREROUTING 1 -i r1 -d 203.0.113.1 -p udp --dport 53 -j DNAT --to-destination 192.168.1.10-192.168.1.13 --persistent
  $ for s in 2 3 4 5 6; do ip netns exec b sh -c "echo q | nc -u -w 1 -s 203.0.113.$s -p 1000 203.0.113.1 53"; done
  $ ip netns exec r conntrack -L -p udp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.13 dst=203.0.113.2 sport=53 dport=1000 mark=0 use=1
  udp      17 T src=203.0.113.3 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.10 dst=203.0.113.3 sport=53 dport=1000 mark=0 use=1
  udp      17 T src=203.0.113.4 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.11 dst=203.0.113.4 sport=53 dport=1000 mark=0 use=1
  udp      17 T src=203.0.113.5 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.11 dst=203.0.113.5 sport=53 dport=1000 mark=0 use=1
  udp      17 T src=203.0.113.6 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.11 dst=203.0.113.6 sport=53 dport=1000 mark=0 use=1
  $ ip netns exec r conntrack -L -p udp --dst-nat 192.168.1.10 2>/dev/null | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  udp      17 T src=203.0.113.3 dst=203.0.113.1 sport=1000 dport=53 [UNREPLIED] src=192.168.1.10 dst=203.0.113.3 sport=53 dport=1000 mark=0 use=1
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         5      150 DNAT       17   --  r1     *       0.0.0.0/0            203.0.113.1          udp dpt:53 to:192.168.1.10-192.168.1.13 persistent
         5      420 DNAT       1    --  r1     *       0.0.0.0/0            203.0.113.1          to:192.168.1.10-192.168.1.13
