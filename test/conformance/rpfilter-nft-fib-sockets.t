nft fib and early demux (nft_fib_can_skip()): in the input hook, a TCP segment of an established connection carries its socket (tcp_v4_early_demux()), and the socket's last receiving device (sk_rx_dst_ifindex, set from the handshake's ACK) stands for the lookup, so on an asymmetric path only the SYN and the handshake ACK are missing a route back through the receiving device while every later segment exists; prerouting has no socket yet and counts them all missing; r's own traffic over lo passes as loopback.
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
  $ ip netns exec r nft add table ip t
  $ ip netns exec r nft add chain ip t pre '{ type filter hook prerouting priority 0; }'
  $ ip netns exec r nft add chain ip t in '{ type filter hook input priority 0; }'
  $ ip netns exec r nft add rule ip t pre fib saddr . iif oif missing counter
  $ ip netns exec r nft add rule ip t pre fib saddr . iif oif exists counter
  $ ip netns exec r nft add rule ip t in fib saddr . iif oif missing counter
  $ ip netns exec r nft add rule ip t in fib saddr . iif oif exists counter
  $ ip netns exec r nft add rule ip t in fib saddr . iif oif '"r1"' counter
  $ ip netns exec r nc -l 10.9.0.1 5000 > got &
  $ sleep 0.5
  $ ip netns exec a sh -c 'for i in 1 2 3; do echo line$i; sleep 0.2; done | nc -q1 -s 172.16.0.1 10.9.0.1 5000'
  $ sleep 0.5; cat got; wait
  line1
  line2
  line3
  $ ip netns exec r ping -c 1 -W 1 10.9.0.1 | sed -n 2p
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r ping -c 1 -W 1 127.0.0.1 | sed -n 2p
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r nft list table ip t
  table ip t {
  	chain pre {
  		type filter hook prerouting priority filter; policy accept;
  		fib saddr . iif oif missing counter packets 7 bytes 390
  		fib saddr . iif oif exists counter packets 4 bytes 336
  	}
  
  	chain in {
  		type filter hook input priority filter; policy accept;
  		fib saddr . iif oif missing counter packets 2 bytes 112
  		fib saddr . iif oif exists counter packets 9 bytes 614
  		fib saddr . iif oif "r1" counter packets 5 bytes 278
  	}
  }
