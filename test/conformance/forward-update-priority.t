ip_forward_update_priority: a router sets a forwarded packet's priority from its TOS (ip_forward(): rt_tos2priority(), before the FORWARD hook) while the knob is 1 (the default), and leaves it as it came (0) when 0; nft's meta priority in the forward chain sees it: TOS 0x10 (low delay) is band 6 (interactive), 0x08 (throughput) band 2 (bulk), 0 band 0.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "b b0" "r r0" "r r1" "a lo" "b lo" "r lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl net.ipv4.ip_forward_update_priority
  net.ipv4.ip_forward_update_priority = 1
  $ ip netns exec r nft add table ip t
  $ ip netns exec r nft add chain ip t c1 '{ type filter hook forward priority 0; }'
  $ ip netns exec r nft add rule ip t c1 meta priority 0:6 counter
  $ ip netns exec r nft add rule ip t c1 meta priority 0:2 counter
  $ ip netns exec r nft add rule ip t c1 meta priority 0:0 counter
  $ ip netns exec a ping -c 2 -i 0.2 -Q 0x10 10.2.0.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 1 -Q 0x08 10.2.0.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 1 10.2.0.2 > /dev/null; echo $?
  0
  $ ip netns exec r nft list chain ip t c1
  table ip t {
  	chain c1 {
  		type filter hook forward priority filter; policy accept;
  		meta priority 0:6 counter packets 4 bytes 336
  		meta priority 0:2 counter packets 2 bytes 168
  		meta priority none counter packets 2 bytes 168
  	}
  }
  $ ip netns exec r sysctl -w net.ipv4.ip_forward_update_priority=0
  net.ipv4.ip_forward_update_priority = 0
  $ ip netns exec r nft flush chain ip t c1
  $ ip netns exec r nft add rule ip t c1 meta priority 0:6 counter
  $ ip netns exec r nft add rule ip t c1 meta priority 0:2 counter
  $ ip netns exec r nft add rule ip t c1 meta priority 0:0 counter
  $ ip netns exec a ping -c 2 -i 0.2 -Q 0x10 10.2.0.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 1 -Q 0x08 10.2.0.2 > /dev/null; echo $?
  0
  $ ip netns exec r nft list chain ip t c1
  table ip t {
  	chain c1 {
  		type filter hook forward priority filter; policy accept;
  		meta priority 0:6 counter packets 0 bytes 0
  		meta priority 0:2 counter packets 0 bytes 0
  		meta priority none counter packets 6 bytes 504
  	}
  }
  $ ip netns exec r nft list ruleset | grep -c priority
  4
