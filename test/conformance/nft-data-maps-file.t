nft -f with data maps declared in the table (type ipv4_addr : mark and ipv4_addr : ipv4_addr, with elements), rules that read them, and nft list ruleset of the result.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ printf 'table ip t {\n\tmap marks {\n\t\ttype ipv4_addr : mark\n\t\telements = { 10.0.0.1 : 0x1, 10.0.0.4 : 0x4 }\n\t}\n\tmap todst {\n\t\ttype ipv4_addr : ipv4_addr\n\t\telements = { 10.0.0.99 : 10.0.0.1 }\n\t}\n\tchain filt {\n\t\ttype filter hook input priority filter; policy accept;\n\t\tmeta mark set ip saddr map @marks\n\t\tmeta mark 0x1 counter\n\t}\n\tchain natout {\n\t\ttype nat hook output priority -100; policy accept;\n\t\tdnat to ip daddr map @todst\n\t}\n}\n' > rules.nft
  $ ip netns exec b nft -f rules.nft
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep -c 'bytes from'
  2
  $ ip netns exec b ping -c 1 -W 1 10.0.0.99 | grep -c 'bytes from'
  1
  $ ip netns exec b nft list ruleset
  table ip t {
  	map marks {
  		type ipv4_addr : mark
  		elements = { 10.0.0.1 : 0x00000001, 10.0.0.4 : 0x00000004 }
  	}
  
  	map todst {
  		type ipv4_addr : ipv4_addr
  		elements = { 10.0.0.99 : 10.0.0.1 }
  	}
  
  	chain filt {
  		type filter hook input priority filter; policy accept;
  		meta mark set ip saddr map @marks
  		meta mark 0x00000001 counter packets 3 bytes 252
  	}
  
  	chain natout {
  		type nat hook output priority -100; policy accept;
  		dnat to ip daddr map @todst
  	}
  }
