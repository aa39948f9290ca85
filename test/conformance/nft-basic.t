Plain nft rule sets: tables, base and regular chains, rules, handles, deletes, and the packets they see.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nft add table ip t
  $ ip netns exec b nft add chain ip t in '{ type filter hook input priority 0; policy accept; }'
  $ ip netns exec b nft add chain t sub
  $ ip netns exec b nft add rule ip t in iifname "b0" ip saddr 10.0.0.1 icmp type echo-request counter jump sub
  $ ip netns exec b nft add rule t sub ip saddr 10.0.0.0/24 counter drop
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | tail -2
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nft list ruleset
  table ip t {
  	chain in {
  		type filter hook input priority filter; policy accept;
  		iifname "b0" ip saddr 10.0.0.1 icmp type echo-request counter packets 2 bytes 168 jump sub
  	}
  
  	chain sub {
  		ip saddr 10.0.0.0/24 counter packets 2 bytes 168 drop
  	}
  }
  $ ip netns exec b nft -a list ruleset
  table ip t { # handle 1
  	chain in { # handle 1
  		type filter hook input priority filter; policy accept;
  		iifname "b0" ip saddr 10.0.0.1 icmp type echo-request counter packets 2 bytes 168 jump sub # handle 3
  	}
  
  	chain sub { # handle 2
  		ip saddr 10.0.0.0/24 counter packets 2 bytes 168 drop # handle 4
  	}
  }
  $ ip netns exec b nft delete rule t sub handle 4
  $ ip netns exec b nft add rule t sub counter reject with icmp type host-prohibited
  $ ip netns exec b nft insert rule t sub meta l4proto udp drop
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  From 10.0.0.2 icmp_seq=1 Destination Host Prohibited
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec b nft list chain t sub
  table ip t {
  	chain sub {
  		meta l4proto udp drop
  		counter packets 1 bytes 84 reject with icmp host-prohibited
  	}
  }
  $ ip netns exec b nft add rule t in tcp dport 1000-2000 limit rate 5/second accept
  $ ip netns exec b nft add rule t in oifname != "lo*" meta mark 0x10 udp sport 53 log prefix "dns " drop
  $ ip netns exec b nft add chain t out '{ type route hook output priority mangle; }'
  $ ip netns exec b nft add rule t out ip daddr 10.0.0.1 meta mark set 0x7 return
  $ ip netns exec b nft list table t
  table ip t {
  	chain in {
  		type filter hook input priority filter; policy accept;
  		iifname "b0" ip saddr 10.0.0.1 icmp type echo-request counter packets 3 bytes 252 jump sub
  		tcp dport 1000-2000 limit rate 5/second accept
  		oifname != "lo*" meta mark 0x00000010 udp sport 53 log prefix "dns" drop
  	}
  
  	chain sub {
  		meta l4proto udp drop
  		counter packets 1 bytes 84 reject with icmp host-prohibited
  	}
  
  	chain out {
  		type route hook output priority mangle; policy accept;
  		ip daddr 10.0.0.1 meta mark set 0x00000007 return
  	}
  }
  $ ip netns exec b nft flush chain t sub
  $ ip netns exec b nft delete chain t sub
  Error: Could not process rule: Device or resource busy
  delete chain t sub
                 ^^^
  [1]
  $ ip netns exec b nft flush table t
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec b nft list ruleset
  table ip t {
  	chain in {
  		type filter hook input priority filter; policy accept;
  	}
  
  	chain sub {
  	}
  
  	chain out {
  		type route hook output priority mangle; policy accept;
  	}
  }
  $ ip netns exec b nft delete table t
  $ ip netns exec b nft list ruleset
  $ ip netns exec b iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
