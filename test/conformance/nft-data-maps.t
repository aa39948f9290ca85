nft data maps (nftables 1.0.6): a named map ipv4_addr : ipv4_addr feeding `dnat to ip daddr map @m` in a nat output chain, maps to marks (named and anonymous) with `meta mark set ip saddr map`, what nft list prints of them, and the errors of a bad element or a type mismatch.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a nft add table ip t
  $ ip netns exec a nft add map ip t m '{ type ipv4_addr : ipv4_addr; }'
  $ ip netns exec a nft add element ip t m '{ 10.0.0.9 : 10.0.0.2, 10.0.0.8 : 10.0.0.7 }'
  $ ip netns exec a nft add chain ip t out '{ type nat hook output priority -100; }'
  $ ip netns exec a nft add rule ip t out dnat to ip daddr map @m
  $ ip netns exec a ping -c 1 -W 1 10.0.0.9 | head -2
  PING 10.0.0.9 (10.0.0.9) 56(84) bytes of data.
  64 bytes from 10.0.0.9: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a nft list ruleset
  table ip t {
  	map m {
  		type ipv4_addr : ipv4_addr
  		elements = { 10.0.0.8 : 10.0.0.7, 10.0.0.9 : 10.0.0.2 }
  	}
  
  	chain out {
  		type nat hook output priority -100; policy accept;
  		dnat to ip daddr map @m
  	}
  }
  $ ip netns exec a nft list map ip t m
  table ip t {
  	map m {
  		type ipv4_addr : ipv4_addr
  		elements = { 10.0.0.8 : 10.0.0.7, 10.0.0.9 : 10.0.0.2 }
  	}
  }
  $ ip netns exec a nft add element ip t m '{ 10.0.0.1 }'
  Error: Could not process rule: Invalid argument
  add element ip t m { 10.0.0.1 }
                       ^^^^^^^^
  [1]
  $ ip netns exec b nft add table ip t
  $ ip netns exec b nft add map ip t marks '{ type ipv4_addr : mark; }'
  $ ip netns exec b nft add element ip t marks '{ 10.0.0.1 : 0x10, 10.0.0.5 : 7 }'
  $ ip netns exec b nft add chain ip t in '{ type filter hook input priority 0; }'
  $ ip netns exec b nft add rule ip t in meta mark set ip saddr map @marks
  $ ip netns exec b nft add rule ip t in meta mark 0x10 counter
  $ ip netns exec b nft add rule ip t in meta mark set ip saddr map '{ 10.0.0.3 : 3, 10.0.0.1 : 0x20 }'
  $ ip netns exec b nft add rule ip t in meta mark 0x20 counter
  $ ip netns exec b nft add map ip t addrs '{ type ipv4_addr : ipv4_addr; }'
  $ ip netns exec b nft add rule ip t in meta mark set ip saddr map @addrs
  Error: datatype mismatch: expected packet mark, expression has type IPv4 address
  add rule ip t in meta mark set ip saddr map @addrs
                   ~~~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^
  [1]
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep -c 'bytes from'
  2
  $ ip netns exec b nft list ruleset
  table ip t {
  	map marks {
  		type ipv4_addr : mark
  		elements = { 10.0.0.1 : 0x00000010, 10.0.0.5 : 0x00000007 }
  	}
  
  	map addrs {
  		type ipv4_addr : ipv4_addr
  	}
  
  	chain in {
  		type filter hook input priority filter; policy accept;
  		meta mark set ip saddr map @marks
  		meta mark 0x00000010 counter packets 2 bytes 168
  		meta mark set ip saddr map { 10.0.0.1 : 0x00000020, 10.0.0.3 : 0x00000003 }
  		meta mark 0x00000020 counter packets 2 bytes 168
  	}
  }
  $ ip netns exec b nft list maps
  table ip t {
  	map marks {
  		type ipv4_addr : mark
  		elements = { 10.0.0.1 : 0x00000010, 10.0.0.5 : 0x00000007 }
  	}
  	map addrs {
  		type ipv4_addr : ipv4_addr
  	}
  }
  $ ip netns exec b nft delete element ip t marks '{ 10.0.0.5 }'
  $ ip netns exec b nft list map ip t marks
  table ip t {
  	map marks {
  		type ipv4_addr : mark
  		elements = { 10.0.0.1 : 0x00000010 }
  	}
  }
