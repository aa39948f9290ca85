ping options against a neighbour and through errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -s 2000 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 2000(2028) bytes of data.
  2008 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -s 1473 -M do 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1473(1501) bytes of data.
  ping: local error: message too long, mtu=1500
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -s 1472 -M do 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1472(1500) bytes of data.
  1480 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -s 1473 -M dont 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1473(1501) bytes of data.
  1481 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -M bogus 10.0.0.2
  ping: invalid -M argument: bogus
  [2]
  $ ip netns exec a ping -c 1 -t 1 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -t 0 10.0.0.2
  ping: cannot set unicast time-to-live: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -t 256 10.0.0.2
  ping: invalid argument: '256': out of range: 0 <= value <= 255
  [1]
  $ ip netns exec a ping -c 1 -Q 0x10 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -n -W 1 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  
  --- 10.0.0.3 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 2 -w 1 -i 0.3 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  
  --- 10.0.0.3 ping statistics ---
  4 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -D 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  [*] 64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -R 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(124) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  RR: 	10.0.0.1
  	10.0.0.2
  	10.0.0.2
  	10.0.0.1
  
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -r 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -r 8.8.8.8
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 8.8.8.8
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -I a0 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.1 a0: 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -I 10.0.0.1 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.1 : 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -I nosuch 10.0.0.2
  ping: SO_BINDTODEVICE nosuch: No such device
  [2]
  $ ip netns exec a ping -c 1 -b 10.0.0.255
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 10.0.0.255
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip netns exec a ping -c 3 -l 3 -i 0.2 10.0.0.2 | tail -2
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms, pipe 3 (glob)
  $ ip netns exec a ping -c 0 10.0.0.2
  ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807
  [1]
  $ ip netns exec a ping -c 1 -s 70000 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 70000(70028) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -i 0.001 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping
  ping: usage error: Destination address required
  [1]
  $ ip netns exec a ping -c 1 nosuch.invalid
  ping: nosuch.invalid: Temporary failure in name resolution
  [2]
