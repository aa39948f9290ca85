nft dynamic sets (nftables 1.0.6): a set with flags dynamic,timeout filled from the packet path by `add @s { ip saddr }` and `update @s { ip saddr timeout 10s }`, its elements with their timeout and expiry, and their removal when the timeout runs out.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nft add table ip t
  $ ip netns exec b nft add set ip t seen '{ type ipv4_addr; flags dynamic; }'
  $ ip netns exec b nft add set ip t recent '{ type ipv4_addr; flags dynamic,timeout; timeout 1m; }'
  $ ip netns exec b nft add chain ip t in '{ type filter hook input priority 0; }'
  $ ip netns exec b nft add rule ip t in add @seen '{ ip saddr }'
  $ ip netns exec b nft add rule ip t in update @recent '{ ip saddr timeout 10s }' counter
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep -c 'bytes from'
  1
  $ ip netns exec b nft list set ip t seen
  table ip t {
  	set seen {
  		type ipv4_addr
  		size 65535
  		flags dynamic
  		elements = { 10.0.0.1 }
  	}
  }
  $ ip netns exec b nft list set ip t recent | sed -E 's/expires [0-9ms]+/expires E/'
  table ip t {
  	set recent {
  		type ipv4_addr
  		size 65535
  		flags dynamic,timeout
  		timeout 1m
  		elements = { 10.0.0.1 timeout 10s expires E }
  	}
  }
  $ ip netns exec b nft list ruleset | sed -E 's/expires [0-9ms]+/expires E/'
  table ip t {
  	set seen {
  		type ipv4_addr
  		size 65535
  		flags dynamic
  		elements = { 10.0.0.1 }
  	}
  
  	set recent {
  		type ipv4_addr
  		size 65535
  		flags dynamic,timeout
  		timeout 1m
  		elements = { 10.0.0.1 timeout 10s expires E }
  	}
  
  	chain in {
  		type filter hook input priority filter; policy accept;
  		add @seen { ip saddr }
  		update @recent { ip saddr timeout 10s } counter packets 1 bytes 84
  	}
  }
  $ sleep 11; ip netns exec b nft list set ip t recent
  table ip t {
  	set recent {
  		type ipv4_addr
  		size 65535
  		flags dynamic,timeout
  		timeout 1m
  	}
  }
