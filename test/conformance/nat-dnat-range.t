DNAT --to-destination with an address and a port range: a UDP port forward; the first port of the range when the original is outside it; a reply goes back un-NATed.
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
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p udp --dport 5353 -j DNAT --to-destination 192.168.1.2:6000-6005
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p udp --dport 6001 -j DNAT --to-destination 192.168.1.2:6000-6005
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p icmp -j DNAT --to-destination 192.168.1.2
  $ ip netns exec a sh -c 'nc -u -l -p 6000 > d.out & sleep 0.3'
  $ ip netns exec b sh -c 'echo dnat-range | nc -u -w 1 -p 4444 203.0.113.1 5353'
  $ sleep 0.3; cat d.out
  dnat-range
  $ ip netns exec a sh -c 'nc -u -l -p 6001 > e.out & sleep 0.3'
  $ ip netns exec b sh -c 'echo in-range | nc -u -w 1 -p 4445 203.0.113.1 6001'
  $ sleep 0.3; cat e.out
  in-range
  $ ip netns exec b ping -c 1 -W 1 203.0.113.1 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec r conntrack -L 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g' | sort
  icmp     1 TIMEOUT src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=ID src=192.168.1.2 dst=203.0.113.2 type=0 code=0 id=ID mark=0 use=1
  udp      17 TIMEOUT src=203.0.113.2 dst=203.0.113.1 sport=4444 dport=5353 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=6000 dport=4444 mark=0 use=1
  udp      17 TIMEOUT src=203.0.113.2 dst=203.0.113.1 sport=4445 dport=6001 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=6001 dport=4445 mark=0 use=1
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    39 DNAT       17   --  r1     *       0.0.0.0/0            0.0.0.0/0            udp dpt:5353 to:192.168.1.2:6000-6005
      1    37 DNAT       17   --  r1     *       0.0.0.0/0            0.0.0.0/0            udp dpt:6001 to:192.168.1.2:6000-6005
      1    84 DNAT       1    --  r1     *       0.0.0.0/0            0.0.0.0/0            to:192.168.1.2
  $ ip netns exec r iptables -t nat -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -i r1 -p udp -m udp --dport 5353 -j DNAT --to-destination 192.168.1.2:6000-6005
  -A PREROUTING -i r1 -p udp -m udp --dport 6001 -j DNAT --to-destination 192.168.1.2:6000-6005
  -A PREROUTING -i r1 -p icmp -j DNAT --to-destination 192.168.1.2
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 192.168.1.2-192.168.1.5:80-90
  $ ip netns exec r iptables -t nat -A PREROUTING -j DNAT --to-destination 192.168.1.2:80
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A PREROUTING -j DNAT
  iptables v1.8.9 (nf_tables): DNAT: option "--to-destination" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.2.3.4
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING
  [4]
  $ ip netns exec r iptables -t nat -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -i r1 -p udp -m udp --dport 5353 -j DNAT --to-destination 192.168.1.2:6000-6005
  -A PREROUTING -i r1 -p udp -m udp --dport 6001 -j DNAT --to-destination 192.168.1.2:6000-6005
  -A PREROUTING -i r1 -p icmp -j DNAT --to-destination 192.168.1.2
  -A PREROUTING -p tcp -j DNAT --to-destination 192.168.1.2-192.168.1.5:80-90
