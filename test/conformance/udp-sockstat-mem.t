UDP memory accounting seen from /proc/net/sockstat, ss -s and ss -m: a socket nobody reads (socat -u writes from stdin and never reads its socket) holds each queued datagram's truesize in rmem (Recv-Q, skmem r and f, /proc/net/udp rx_queue); "UDP: inuse N mem M" counts the sockets while mem stays 0 (sk_memory_allocated_add() keeps small charges in the per-cpu reserve); ss -s's UDP line; once the sockets close everything is released.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a cat /proc/net/sockstat | grep -E '^(UDP|sockets)'
  sockets: used * (glob)
  UDP: inuse 0 mem 0
  UDPLITE: inuse 0
  $ ip netns exec a sh -c 'sleep 3 | socat -u - UDP:10.0.0.2:6000,sp=5000 & sleep 0.3'
  $ ip netns exec a sh -c 'sleep 3 | socat -u - UDP:10.0.0.2:6001,sp=5001 & sleep 0.3'
  $ ip netns exec a cat /proc/net/sockstat | grep -E '^(UDP|sockets)'
  sockets: used * (glob)
  UDP: inuse 2 mem 0
  UDPLITE: inuse 0
  $ for i in 1 2 3; do ip netns exec b sh -c "echo hello$i | socat -u - UDP:10.0.0.1:5000,sp=6000"; done
  $ ip netns exec b sh -c "head -c 3000 /dev/zero | socat -u - UDP:10.0.0.1:5001,sp=6001"
  $ ip netns exec a cat /proc/net/sockstat | grep -E '^UDP'
  UDP: inuse 2 mem 0
  UDPLITE: inuse 0
  $ ip netns exec a ss -Huanm | sed -E 's/ +/ /g'
  ESTAB 2496 0 10.0.0.1:5000 10.0.0.2:6000
  	 skmem:(r2496,rb212992,t0,tb212992,f1600,w0,o0,bl0,d0)
  ESTAB 5440 0 10.0.0.1:5001 10.0.0.2:6001
  	 skmem:(r5440,rb212992,t0,tb212992,f2752,w0,o0,bl0,d0)
  $ ip netns exec a ss -s | sed -n '/^Transport/,$p'
  Transport Total     IP        IPv6
  RAW	  0         0         0        
  UDP	  2         2         0        
  TCP	  0         0         0        
  INET	  2         2         0        
  FRAG	  0         0         0        
  $ ip netns exec a ss -Hua state connected | sed -E 's/ +/ /g'
  ESTAB 2496 0 10.0.0.1:5000 10.0.0.2:6000
  ESTAB 5440 0 10.0.0.1:5001 10.0.0.2:6001
  $ ip netns exec a cat /proc/net/udp | sed -E 's/^ *[0-9]+: //; s/ +/ /g' | cut -d' ' -f1-5,13 | sort
   sl local_address rem_address st inode
  0100000A:1388 0200000A:1770 01 00000000:000009C0 00:00000000 
  0100000A:1389 0200000A:1771 01 00000000:00001540 00:00000000 
  $ sleep 3; ip netns exec a cat /proc/net/sockstat | grep -E '^UDP'
  UDP: inuse 0 mem 0
  UDPLITE: inuse 0
  $ ip netns exec a ss -Huan | wc -l
  0
