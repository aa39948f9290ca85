nft named sets and maps, anonymous sets, verdict maps, nft -f (atomic), and nft list ruleset of them.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.3/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nft add table ip t
  $ ip netns exec b nft add chain ip t in '{ type filter hook input priority 0; policy accept; }'
  $ ip netns exec b nft add set ip t blocked '{ type ipv4_addr; }'
  $ ip netns exec b nft add element ip t blocked '{ 10.0.0.3, 10.0.0.9 }'
  $ ip netns exec b nft add rule ip t in ip saddr @blocked counter drop
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.3 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.1 10.0.0.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec b nft add map ip t ports '{ type inet_service : verdict; }'
  $ ip netns exec b nft add element ip t ports '{ 53 : drop, 80 : accept }'
  $ ip netns exec b nft add rule ip t in udp dport vmap @ports
  $ ip netns exec b nft add rule ip t in icmp type '{ echo-request, echo-reply }' counter accept
  $ ip netns exec b nft add rule ip t in tcp dport '{ 22, 80-90 }' accept
  $ ip netns exec b nft add rule ip t in meta l4proto vmap '{ udp : jump u, tcp : continue }'
  Error: Could not process rule: No such file or directory
  add rule ip t in meta l4proto vmap { udp : jump u, tcp : continue }
                                       ^^^
  [1]
  $ ip netns exec b nft add chain ip t u
  $ ip netns exec b nft add rule ip t in meta l4proto vmap '{ udp : jump u, tcp : continue }'
  $ ip netns exec b nft list set ip t blocked
  table ip t {
  	set blocked {
  		type ipv4_addr
  		elements = { 10.0.0.3, 10.0.0.9 }
  	}
  }
  $ ip netns exec b nft list ruleset
  table ip t {
  	set blocked {
  		type ipv4_addr
  		elements = { 10.0.0.3, 10.0.0.9 }
  	}
  
  	map ports {
  		type inet_service : verdict
  		elements = { 53 : drop, 80 : accept }
  	}
  
  	chain in {
  		type filter hook input priority filter; policy accept;
  		ip saddr @blocked counter packets 1 bytes 84 drop
  		udp dport vmap @ports
  		icmp type { echo-reply, echo-request } counter packets 0 bytes 0 accept
  		tcp dport { 22, 80-90 } accept
  		meta l4proto vmap { tcp : continue, udp : jump u }
  	}
  
  	chain u {
  	}
  }
  $ ip netns exec b nft delete element ip t blocked '{ 10.0.0.9 }'
  $ ip netns exec b nft list sets
  table ip t {
  	set blocked {
  		type ipv4_addr
  		elements = { 10.0.0.3 }
  	}
  }
  $ ip netns exec b nft add element ip t blocked '{ 10.0.0.300 }'
  Error: Could not resolve hostname: Name or service not known
  add element ip t blocked { 10.0.0.300 }
                             ^^^^^^^^^^
  [1]
  $ ip netns exec b nft add element ip t nosuch '{ 10.0.0.1 }'
  Error: No such file or directory
  add element ip t nosuch { 10.0.0.1 }
                   ^^^^^^
  [1]
  $ printf 'flush ruleset\ntable ip f {\n  set s {\n    type ipv4_addr\n    flags interval\n    elements = { 10.0.0.0/30, 192.168.0.0/16 }\n  }\n  chain c {\n    type filter hook input priority filter; policy accept;\n    ip saddr @s counter\n  }\n}\n' > good.nft
  $ ip netns exec b nft -f good.nft
  $ ip netns exec b nft list ruleset
  table ip f {
  	set s {
  		type ipv4_addr
  		flags interval
  		elements = { 10.0.0.0/30, 192.168.0.0/16 }
  	}
  
  	chain c {
  		type filter hook input priority filter; policy accept;
  		ip saddr @s counter packets 0 bytes 0
  	}
  }
  $ printf 'table ip g {\n  chain c {\n    type filter hook input priority 0;\n    ip saddr @nosuch drop\n  }\n}\n' > bad.nft
  $ ip netns exec b nft -f bad.nft
  bad.nft:4:14-20: Error: No such file or directory
      ip saddr @nosuch drop
               ^^^^^^^
  [1]
  $ ip netns exec b nft list tables
  table ip f
  $ printf 'add table ip h\nadd chain ip h c { type filter hook output priority 0; }\nadd rule ip h c bogus\n' > bad2.nft
  $ ip netns exec b nft -f bad2.nft
  bad2.nft:3:22-22: Error: syntax error, unexpected newline
  add rule ip h c bogus
                       ^
  [1]
  $ ip netns exec b nft list tables
  table ip f
  $ ip netns exec b nft -f nonexistent.nft
  internal:0:0-0: Error: Could not open file "nonexistent.nft": No such file or directory
  
  [1]
