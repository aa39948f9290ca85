NAT with traffic: SNAT to a port range for TCP and UDP, MASQUERADE --to-ports, DNAT in OUTPUT to another host's port, SNAT in INPUT, with conntrack -L after each and the rule counters.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1:7000-7000
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p tcp -j MASQUERADE --to-ports 8000
  $ ip netns exec b sh -c 'nc -u -l -p 5000 > u.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo one | nc -u -w 1 -p 4000 203.0.113.2 5000'
  $ sleep 0.3; cat u.out
  one
  $ ip netns exec b sh -c 'nc -l -p 6000 > t.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo two | nc -N -w 2 -p 4001 203.0.113.2 6000'
  $ sleep 0.3; cat t.out
  two
  $ ip netns exec r conntrack -L -p udp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/'
  udp      17 TIMEOUT src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=5000 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=5000 dport=7000 mark=0 use=1
  $ ip netns exec r conntrack -L -p tcp 2>/dev/null | sed -E 's/ +[0-9]+ [A-Z_]+ src=/ TIMEOUT STATE src=/'
  tcp      6 TIMEOUT STATE src=192.168.1.2 dst=203.0.113.2 sport=4001 dport=6000 src=203.0.113.2 dst=203.0.113.1 sport=6000 dport=8000 [ASSURED] mark=0 use=1
  $ ip netns exec r iptables -t nat -L POSTROUTING -n -v
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    32 SNAT       17   --  *      r1      0.0.0.0/0            0.0.0.0/0            to:203.0.113.1:7000
      1    60 MASQUERADE  6    --  *      r1      0.0.0.0/0            0.0.0.0/0            masq ports: 8000
  $ ip netns exec a iptables -t nat -A OUTPUT -d 192.0.2.10 -p udp --dport 53 -j DNAT --to-destination 203.0.113.2:5001
  $ ip netns exec b sh -c 'nc -u -l -p 5001 > d.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo three | nc -u -w 1 -p 4002 192.0.2.10 53'
  $ sleep 0.3; cat d.out
  three
  $ ip netns exec a conntrack -L -p udp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/'
  udp      17 TIMEOUT src=192.168.1.2 dst=192.0.2.10 sport=4002 dport=53 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=5001 dport=4002 mark=0 use=1
  $ ip netns exec b iptables -t nat -A INPUT -p udp --dport 5002 -j SNAT --to-source 10.99.0.1
  $ ip netns exec b sh -c 'nc -u -l -p 5002 > s.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo four | nc -u -w 1 -p 4003 203.0.113.2 5002'
  nc: connect: Network is unreachable
  $ sleep 0.3; cat s.out
  $ ip netns exec b conntrack -L -p udp --dport 5002 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/'
  udp      17 TIMEOUT src=203.0.113.1 dst=203.0.113.2 sport=7000 dport=5002 [UNREPLIED] src=203.0.113.2 dst=10.99.0.1 sport=5002 dport=7000 mark=0 use=1
  $ ip netns exec b iptables -t nat -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    33 SNAT       17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:5002 to:10.99.0.1
  $ ip netns exec r iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 203.0.113.1:1-100 --random-fully
  $ ip netns exec r iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-65535 --random-fully
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80 --persistent --random
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination :80
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80 --random-fully
  iptables v1.8.9 (nf_tables): unknown option "--random-fully"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1:80
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:0
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:http
  $ ip netns exec r iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80 --random --persistent
  -A PREROUTING -p tcp -j DNAT --to-destination :80
  -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:0
  -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80
  -A POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1:7000
  -A POSTROUTING -o r1 -p tcp -j MASQUERADE --to-ports 8000
  -A POSTROUTING -p tcp -j SNAT --to-source 203.0.113.1:1-100 --random-fully
  -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-65535 --random-fully
  $ ip netns exec r iptables -t nat -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  DNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.1:80 random persistent
  DNAT       6    --  0.0.0.0/0            0.0.0.0/0            to::80
  DNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.1:0
  DNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.1:80
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  SNAT       17   --  0.0.0.0/0            0.0.0.0/0            to:203.0.113.1:7000
  MASQUERADE  6    --  0.0.0.0/0            0.0.0.0/0            masq ports: 8000
  SNAT       6    --  0.0.0.0/0            0.0.0.0/0            to:203.0.113.1:1-100 random-fully
  MASQUERADE  17   --  0.0.0.0/0            0.0.0.0/0            masq ports: 1024-65535 random-fully
