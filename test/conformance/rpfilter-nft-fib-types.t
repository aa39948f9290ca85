nft fib type and oifname with traffic (nft_fib4_eval_type(): inet_dev_addr_type(), with iif/oif only the device's own local and broadcast routes count): echo requests to r's addresses on either link, its loopback address, a subnet and a limited broadcast and a group arrive in input, r's own pings leave through output and postrouting; counters per route type for daddr and saddr with and without the device, oifname with a prefix match, and loopback traffic that skips the lookup.
  $ ip netns add a
  $ ip netns add r
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r; do ip -n $n link set lo up; done
  $ for d in a0 a1; do ip -n a link set $d up; done
  $ for d in r0 r1; do ip -n r link set $d up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n a addr add 10.2.0.2/24 dev a1
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip -n a route add 10.9.0.0/16 via 10.1.0.1
  $ ip netns exec r sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec r nft add table ip t
  $ ip netns exec r nft add chain ip t in '{ type filter hook input priority 0; }'
  $ ip netns exec r nft add chain ip t out '{ type filter hook output priority 0; }'
  $ ip netns exec r nft add chain ip t post '{ type filter hook postrouting priority 0; }'
  $ for ty in unicast local broadcast multicast; do ip netns exec r nft add rule ip t in fib daddr type $ty counter; done
  $ for ty in unicast local broadcast multicast; do ip netns exec r nft add rule ip t in fib daddr . iif type $ty counter; done
  $ for ty in unicast local broadcast; do ip netns exec r nft add rule ip t in fib saddr type $ty counter; done
  $ ip netns exec r nft add rule ip t in fib saddr . iif oif missing counter
  $ ip netns exec r nft add rule ip t in fib saddr oifname '"r0"' counter
  $ ip netns exec r nft add rule ip t in fib saddr oifname '"r*"' counter
  $ ip netns exec r nft add rule ip t in fib daddr oif missing counter
  $ for ty in unicast local broadcast multicast; do ip netns exec r nft add rule ip t out fib daddr type $ty counter; done
  $ for ty in unicast local broadcast; do ip netns exec r nft add rule ip t out fib daddr . oif type $ty counter; done
  $ for ty in unicast local; do ip netns exec r nft add rule ip t post fib saddr . oif type $ty counter; done
  $ ip netns exec a ping -c 1 -W 1 10.9.0.1 | sed -n 2p
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | sed -n 2p
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I a1 10.1.0.1 | sed -n 2p
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -b 10.1.0.255 2>&1 | sed -n 2,3p
  PING 10.1.0.255 (10.1.0.255) 56(84) bytes of data.
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -b 255.255.255.255 -I a0 2>&1 | sed -n 2,3p
  PING 255.255.255.255 (255.255.255.255) from 10.1.0.2 a0: 56(84) bytes of data.
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 224.0.0.1 -I a0 2>&1 | sed -n 2,3p
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r ping -c 1 -W 1 10.9.0.1 | sed -n 2p
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r ping -c 1 -W 1 127.0.0.1 | sed -n 2p
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r ping -c 1 -W 1 10.1.0.2 | sed -n 2p
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r nft list table ip t
  table ip t {
  	chain in {
  		type filter hook input priority filter; policy accept;
  		fib daddr type unicast counter packets 0 bytes 0
  		fib daddr type local counter packets 8 bytes 672
  		fib daddr type broadcast counter packets 2 bytes 168
  		fib daddr type multicast counter packets 1 bytes 84
  		fib daddr . iif type unicast counter packets 2 bytes 168
  		fib daddr . iif type local counter packets 6 bytes 504
  		fib daddr . iif type broadcast counter packets 2 bytes 168
  		fib daddr . iif type multicast counter packets 1 bytes 84
  		fib saddr type unicast counter packets 7 bytes 588
  		fib saddr type local counter packets 4 bytes 336
  		fib saddr type broadcast counter packets 0 bytes 0
  		fib saddr . iif oif missing counter packets 0 bytes 0
  		fib saddr oifname "r0" counter packets 5 bytes 420
  		fib saddr oifname "r*" counter packets 7 bytes 588
  		fib daddr oif missing counter packets 6 bytes 504
  	}
  
  	chain out {
  		type filter hook output priority filter; policy accept;
  		fib daddr type unicast counter packets 7 bytes 588
  		fib daddr type local counter packets 4 bytes 336
  		fib daddr type broadcast counter packets 0 bytes 0
  		fib daddr type multicast counter packets 0 bytes 0
  		fib daddr . oif type unicast counter packets 7 bytes 588
  		fib daddr . oif type local counter packets 4 bytes 336
  		fib daddr . oif type broadcast counter packets 0 bytes 0
  	}
  
  	chain post {
  		type filter hook postrouting priority filter; policy accept;
  		fib saddr . oif type unicast counter packets 2 bytes 168
  		fib saddr . oif type local counter packets 9 bytes 756
  	}
  }
