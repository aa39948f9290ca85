nftables' reverse path filter, the fib expression (nft_fib4_eval()): in prerouting, "fib saddr . iif oif missing drop" is strict mode (the route back to the source must leave by the receiving device), "fib saddr oif missing drop" loose mode (any route back); the lookup runs with iif lo, the packet's tos and, with mark, its mark; a loopback packet or one from 0.0.0.0 to a link-local group passes; local routes back count as missing. "fib daddr type" names the destination's route type (inet_dev_addr_type(): with iif, of the receiving device only), "fib daddr oif/oifname" where it would leave. Rule counters show each verdict; the sysctl's counter (IPReversePathFilter) stays 0.
  $ ip netns add a
  $ ip netns add r
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r; do ip -n $n link set lo up; done
  $ for d in a0 a1; do ip -n a link set $d up; done
  $ for d in r0 r1; do ip -n r link set $d up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n a addr add 10.2.0.2/24 dev a1
  $ ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip -n r route add 172.16.0.1/32 via 10.1.0.2
  $ ip -n a route add 10.9.0.0/16 via 10.2.0.1
  $ ip netns exec r nft add table ip rp
  $ ip netns exec r nft add chain ip rp pre '{ type filter hook prerouting priority raw; }'
  $ ip netns exec r nft add rule ip rp pre fib saddr . iif oif missing counter drop
  $ ip netns exec r nft add rule ip rp pre fib daddr type local counter
  $ ip netns exec r nft add rule ip rp pre fib daddr . iif type local counter
  $ ip netns exec r nft add rule ip rp pre fib daddr type broadcast counter
  $ ip netns exec r nft add rule ip rp pre fib daddr oif r1 counter
  $ ip netns exec r nft add rule ip rp pre fib daddr oifname '"r0"' counter
  $ ip netns exec r nft add rule ip rp pre fib daddr oif 0 counter
  $ ip netns exec r nft add rule ip rp pre iifname lo counter
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | sed -n 2,4p
  
  --- 10.9.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 10.9.0.1 | sed -n 2,4p
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.9.0.1 ping statistics ---
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | sed -n 2,4p
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.1.0.1 ping statistics ---
  $ ip netns exec r ping -c 1 -W 1 10.9.0.1 | sed -n 2,4p
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.9.0.1 ping statistics ---
  $ ip netns exec a ping -c 1 -W 1 -b 10.2.0.255 2>&1 | sed -n 2,4p
  PING 10.2.0.255 (10.2.0.255) 56(84) bytes of data.
  
  --- 10.2.0.255 ping statistics ---
  $ ip netns exec r nft list chain ip rp pre
  table ip rp {
  	chain pre {
  		type filter hook prerouting priority raw; policy accept;
  		fib saddr . iif oif missing counter packets 1 bytes 84 drop
  		fib daddr type local counter packets 4 bytes 336
  		fib daddr . iif type local counter packets 3 bytes 252
  		fib daddr type broadcast counter packets 1 bytes 84
  		fib daddr oif "r1" counter packets 1 bytes 84
  		fib daddr oifname "r0" counter packets 0 bytes 0
  		fib daddr oif 0 counter packets 2 bytes 168
  		iifname "lo" counter packets 2 bytes 168
  	}
  }
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec r nft flush chain ip rp pre
  $ ip netns exec r nft add rule ip rp pre fib saddr oif missing counter drop
  $ ip netns exec r nft add rule ip rp pre fib saddr oif exists counter
  $ ip netns exec r nft add rule ip rp pre fib saddr . iif oif '"r1"' counter
  $ ip netns exec r nft add rule ip rp pre fib saddr . iif oif != 0 counter
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | sed -n 2,4p
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.9.0.1 ping statistics ---
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.2 10.9.0.1 | sed -n 2,4p
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.9.0.1 ping statistics ---
  $ ip netns exec a ping -c 1 -W 1 -I 10.2.0.2 10.9.0.1 | sed -n 2,4p
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.9.0.1 ping statistics ---
  $ ip netns exec r nft list chain ip rp pre
  table ip rp {
  	chain pre {
  		type filter hook prerouting priority raw; policy accept;
  		fib saddr oif missing counter packets 0 bytes 0 drop
  		fib saddr oif exists counter packets 3 bytes 252
  		fib saddr . iif oif "r1" counter packets 1 bytes 84
  		fib saddr . iif oif != 0 counter packets 1 bytes 84
  	}
  }
  $ ip -n r route add blackhole 172.16.0.0/16
  $ ip -n r route del 172.16.0.1/32
  $ ip netns exec r nft reset counters 2>/dev/null; ip netns exec r nft flush chain ip rp pre
  $ ip netns exec r nft add rule ip rp pre fib saddr oif missing counter drop
  $ ip netns exec r nft add rule ip rp pre fib saddr type blackhole counter
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | sed -n 2,4p
  
  --- 10.9.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nft list chain ip rp pre
  table ip rp {
  	chain pre {
  		type filter hook prerouting priority raw; policy accept;
  		fib saddr oif missing counter packets 1 bytes 84 drop
  		fib saddr type blackhole counter packets 0 bytes 0
  	}
  }
  $ ip -n r route del blackhole 172.16.0.0/16
  $ ip -n r route add 172.16.0.1/32 via 10.2.0.2 table 5
  $ ip -n r rule add fwmark 5 lookup 5
  $ ip netns exec r nft flush chain ip rp pre
  $ ip netns exec r nft add rule ip rp pre iifname r1 meta mark set 5
  $ ip netns exec r nft add rule ip rp pre fib saddr . iif oif missing counter drop
  $ ip netns exec r nft add rule ip rp pre fib saddr . mark . iif oif missing counter drop
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | sed -n 2,4p
  
  --- 10.9.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nft list chain ip rp pre
  table ip rp {
  	chain pre {
  		type filter hook prerouting priority raw; policy accept;
  		iifname "r1" meta mark set 0x00000005
  		fib saddr . iif oif missing counter packets 1 bytes 84 drop
  		fib saddr . mark . iif oif missing counter packets 0 bytes 0 drop
  	}
  }
  $ ip netns exec r nft flush chain ip rp pre
  $ ip netns exec r nft add rule ip rp pre fib daddr type '{ local, broadcast }' counter
  $ ip netns exec r nft add rule ip rp pre fib daddr type != '{ unicast, local }' counter
  $ ip netns add b
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r2 netns r address 02:00:00:00:01:03
  $ ip -n b link set lo up; ip -n b link set b0 up; ip -n r link set r2 up
  $ ip -n b addr add 10.3.0.2/24 dev b0
  $ ip -n r addr add 10.3.0.1/24 dev r2
  $ ip -n b route add default via 10.3.0.1
  $ ip -n a route add 10.3.0.0/24 via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r nft add chain ip rp forw '{ type filter hook forward priority 0; }'
  $ ip netns exec r nft add rule ip rp forw fib saddr . iif oif missing counter drop
  $ ip netns exec r nft add rule ip rp forw fib daddr . oif type unicast counter
  $ ip netns exec r nft add rule ip rp forw fib saddr . oif type unicast counter
  $ ip netns exec a ping -c 1 -W 1 -I 10.2.0.2 10.3.0.2 | sed -n 2,4p
  64 bytes from 10.3.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  
  --- 10.3.0.2 ping statistics ---
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.3.0.2 | sed -n 2,4p
  
  --- 10.3.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nft list table ip rp
  table ip rp {
  	chain pre {
  		type filter hook prerouting priority raw; policy accept;
  		fib daddr type { local, broadcast } counter packets 0 bytes 0
  		fib daddr type != { unicast, local } counter packets 0 bytes 0
  	}
  
  	chain forw {
  		type filter hook forward priority filter; policy accept;
  		fib saddr . iif oif missing counter packets 1 bytes 84 drop
  		fib daddr . oif type unicast counter packets 2 bytes 168
  		fib saddr . oif type unicast counter packets 2 bytes 168
  	}
  }
  $ ip netns exec r nft delete table ip rp
