MASQUERADE with a source port clash: two hosts behind the router use the same UDP source port to the same server; the second flow is remapped to another port (nf_nat_l4proto_unique_tuple).
  $ ip netns add a
  $ ip netns add c
  $ ip netns add r
  $ ip netns add b
  $ ip link add br0 netns r type bridge
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip -n r link set br0 address 02:00:00:00:01:01
  $ ip -n r link set ra master br0
  $ ip -n r link set rc master br0
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in br0 ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up
  $ ip -n c link set c0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.1.3/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev br0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec b sh -c 'nc -u -l -k -p 53 > u.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo from-a | nc -u -w 1 -p 5000 203.0.113.2 53'
  $ ip netns exec c sh -c 'echo from-c | nc -u -w 1 -p 5000 203.0.113.2 53'
  $ sleep 0.3; cat u.out
  from-a
  from-c
  $ ip netns exec r conntrack -L -p udp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/dport=[0-9]+ mark/dport=PORT mark/' | sort
  udp      17 TIMEOUT src=192.168.1.2 dst=203.0.113.2 sport=5000 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=PORT mark=0 use=1
  udp      17 TIMEOUT src=192.168.1.3 dst=203.0.113.2 sport=5000 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=PORT mark=0 use=1
  $ ip netns exec r conntrack -L -p udp 2>/dev/null | grep -c 'dport=5000 mark'
  1
  $ ip netns exec r conntrack -L -p udp 2>/dev/null | grep -v 'dport=5000 mark' | sed -E 's/.*\[UNREPLIED\] //; s/dport=[0-9]+ /dport=PORT /'
  src=203.0.113.2 dst=203.0.113.1 sport=53 dport=PORT mark=0 use=1
  $ ip netns exec r iptables -t nat -L POSTROUTING -n -v -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2       70 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -t nat -F POSTROUTING
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp -j MASQUERADE --to-ports 7000-7001
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE --random
  $ ip netns exec r iptables -t nat -S POSTROUTING
  -P POSTROUTING ACCEPT
  -A POSTROUTING -o r1 -p udp -j MASQUERADE --to-ports 7000-7001
  -A POSTROUTING -o r1 -j MASQUERADE --random
  $ ip netns exec r iptables -t nat -L POSTROUTING -n
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  MASQUERADE  17   --  0.0.0.0/0            0.0.0.0/0            masq ports: 7000-7001
  MASQUERADE  0    --  0.0.0.0/0            0.0.0.0/0            random
  $ ip netns exec r iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 7000
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A INPUT -j MASQUERADE
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
