nft concatenations (nftables 1.0.6): a named set of type ipv4_addr . inet_service, an anonymous one in a rule, ip saddr . tcp/udp dport lookups (the key in two 32-bit registers), what nft list prints, element deletion, and a key of the wrong shape.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nft add table ip t
  $ ip netns exec b nft add set ip t svc '{ type ipv4_addr . inet_service; }'
  $ ip netns exec b nft add element ip t svc '{ 10.0.0.1 . 80, 10.0.0.1 . 22, 10.0.0.5 . 22 }'
  $ ip netns exec b nft add chain ip t in '{ type filter hook input priority 0; }'
  $ ip netns exec b nft add rule ip t in ip saddr . tcp dport @svc counter
  $ ip netns exec b nft add rule ip t in ip saddr . udp dport '{ 10.0.0.3 . 53, 10.0.0.1 . 53 }' counter drop
  $ ip netns exec a nc -z -w 1 10.0.0.2 80; echo $?
  1
  $ ip netns exec a nc -z -w 1 10.0.0.2 81; echo $?
  1
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.2 53'
  $ ip netns exec b nft list ruleset
  table ip t {
  	set svc {
  		type ipv4_addr . inet_service
  		elements = { 10.0.0.1 . 22,
  			     10.0.0.5 . 22,
  			     10.0.0.1 . 80 }
  	}
  
  	chain in {
  		type filter hook input priority filter; policy accept;
  		ip saddr . tcp dport @svc counter packets 1 bytes 60
  		ip saddr . udp dport { 10.0.0.1 . 53, 10.0.0.3 . 53 } counter packets 1 bytes 30 drop
  	}
  }
  $ ip netns exec b nft delete element ip t svc '{ 10.0.0.1 . 80 }'
  $ ip netns exec b nft list set ip t svc
  table ip t {
  	set svc {
  		type ipv4_addr . inet_service
  		elements = { 10.0.0.1 . 22,
  			     10.0.0.5 . 22 }
  	}
  }
  $ ip netns exec b nft add element ip t svc '{ 10.0.0.1 }'
  Error: invalid data type, expected concatenation of (IPv4 address, internet network service)
  add element ip t svc { 10.0.0.1 }
                         ^^^^^^^^
  [1]
