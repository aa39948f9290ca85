nft nat statements: snat, dnat with a port, masquerade and redirect in a nat table; nft list ruleset; and iptables-made NAT rules as nft shows them.
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
  $ ip netns exec r nft add table ip nat
  $ ip netns exec r nft add chain ip nat post '{ type nat hook postrouting priority srcnat; policy accept; }'
  $ ip netns exec r nft add chain ip nat pre '{ type nat hook prerouting priority dstnat; policy accept; }'
  $ ip netns exec r nft add rule ip nat post oifname r1 ip saddr 192.168.1.0/24 masquerade
  $ ip netns exec r nft add rule ip nat pre iifname r1 udp dport 5353 dnat to 192.168.1.2:6000
  $ ip netns exec r nft add rule ip nat pre iifname r0 udp dport 53 redirect to :5353
  $ ip netns exec r nft add rule ip nat post oifname r1 udp sport 1-100 snat to 203.0.113.1:3000-3100
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a sh -c 'nc -u -l -p 6000 > d.out & sleep 0.3'
  $ ip netns exec b sh -c 'echo nft-dnat | nc -u -w 1 -p 4444 203.0.113.1 5353'
  $ sleep 0.3; cat d.out
  nft-dnat
  $ ip netns exec r conntrack -L 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g' | sort
  icmp     1 TIMEOUT src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp      17 TIMEOUT src=203.0.113.2 dst=203.0.113.1 sport=4444 dport=5353 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=6000 dport=4444 mark=0 use=1
  $ ip netns exec r nft list ruleset
  table ip nat {
  	chain post {
  		type nat hook postrouting priority srcnat; policy accept;
  		oifname "r1" ip saddr 192.168.1.0/24 masquerade
  		oifname "r1" udp sport 1-100 snat to 203.0.113.1:3000-3100
  	}
  
  	chain pre {
  		type nat hook prerouting priority dstnat; policy accept;
  		iifname "r1" udp dport 5353 dnat to 192.168.1.2:6000
  		iifname "r0" udp dport 53 redirect to :5353
  	}
  }
  $ ip netns exec r nft flush ruleset
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE --to-ports 1024-2048
  iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 192.168.1.2:80
  $ ip netns exec r iptables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 53
  $ ip netns exec r iptables -t nat -A POSTROUTING -s 192.168.1.0/24 -j SNAT --to-source 203.0.113.1-203.0.113.5 --persistent
  $ ip netns exec r nft list ruleset
  # Warning: table ip nat is managed by iptables-nft, do not touch!
  table ip nat {
  	chain PREROUTING {
  		type nat hook prerouting priority dstnat; policy accept;
  		tcp dport 8080 counter packets 0 bytes 0 dnat to 192.168.1.2:80
  		meta l4proto udp counter packets 0 bytes 0 redirect to :53
  	}
  
  	chain POSTROUTING {
  		type nat hook postrouting priority srcnat; policy accept;
  		ip saddr 192.168.1.0/24 counter packets 0 bytes 0 snat to 203.0.113.1-203.0.113.5 persistent
  	}
  }
