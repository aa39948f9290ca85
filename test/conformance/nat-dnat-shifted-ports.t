DNAT's shifted port map (--to-destination A:LO-HI/BASE: a port P of the original range goes to LO + (P - BASE) within LO-HI), listed with its base, no nft translation for it; the NAT targets' option errors (each option once, garbage after a port or a range, the port:port syntax).
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p udp --dport 5000:5009 -j DNAT --to-destination 192.168.1.2:8000-8009/5000
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p udp --dport 6000 -j DNAT --to-destination 192.168.1.2:8000-8001/5999
  $ ip netns exec a sh -c 'nc -u -l -p 8003 > got3 & nc -u -l -p 8001 > got1 & sleep 0.3; exit 0'
  $ echo five-thousand-three | ip netns exec b nc -u -w 1 -p 4000 203.0.113.1 5003
  $ echo six-thousand | ip netns exec b nc -u -w 1 -p 4001 203.0.113.1 6000
  $ sleep 0.3; ip netns exec a cat got3 got1
  five-thousand-three
  six-thousand
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4000 dport=5003 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=8003 dport=4000 mark=0 use=1
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4001 dport=6000 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=8001 dport=4001 mark=0 use=1
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v -x | sed -E 's/ +$//'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination
         1       48 DNAT       17   --  r1     *       0.0.0.0/0            0.0.0.0/0            udp dpts:5000:5009 to:192.168.1.2:8000-8009/5000
         1       41 DNAT       17   --  r1     *       0.0.0.0/0            0.0.0.0/0            udp dpt:6000 to:192.168.1.2:8000-8001/5999
  $ ip netns exec r iptables -t nat -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -i r1 -p udp -m udp --dport 5000:5009 -j DNAT --to-destination 192.168.1.2:8000-8009/5000
  -A PREROUTING -i r1 -p udp -m udp --dport 6000 -j DNAT --to-destination 192.168.1.2:8000-8001/5999
  $ ip netns exec r nft list chain ip nat PREROUTING 2>/dev/null
  table ip nat {
  	chain PREROUTING {
  		type nat hook prerouting priority dstnat; policy accept;
  		iifname "r1" udp dport 5000-5009 counter packets 1 bytes 48 xt target DNAT
  		iifname "r1" udp dport 6000 counter packets 1 bytes 41 xt target DNAT
  	}
  }
  $ ip netns exec r iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1 --to-source 2.2.2.2; echo $?
  iptables v1.8.9 (nf_tables): SNAT: option "--to-source" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80/90; echo $?
  iptables v1.8.9 (nf_tables): Garbage after port value: `/90'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80-90x; echo $?
  iptables v1.8.9 (nf_tables): Garbage after port range: `x'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80-90/0; echo $?
  iptables v1.8.9 (nf_tables): Port `0' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80:90; echo $?
  iptables v1.8.9 (nf_tables): Bad IP address "1.1.1.1:80:90"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80-90 --random --random; echo $?
  iptables v1.8.9 (nf_tables): REDIRECT: option "--random" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --random-fully --random-fully; echo $?
  iptables v1.8.9 (nf_tables): MASQUERADE: option "--random-fully" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:http-90; echo $?
  iptables v1.8.9 (nf_tables): Port `http-90' not valid
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:http; echo $?
  0
  $ ip netns exec r iptables -t nat -S PREROUTING | tail -1
  -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80
