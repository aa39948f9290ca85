ping deadlines and timeouts: -w with and without -c against a live host, a silent one and a router returning errors, -W per reply, fractional values, -c with -w when replies come first, the exit status of each, and bad values.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up; ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0; ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a; ip -n r2 addr add 10.0.3.1/24 dev r2b; ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1; ip -n r1 route add 10.0.3.0/24 via 10.0.2.2; ip -n r2 route add default via 10.0.2.1; ip -n b route add default via 10.0.3.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec a ping -w 1 -i 0.3 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  64 bytes from 10.0.3.2: icmp_seq=2 ttl=62 time=T ms
  64 bytes from 10.0.3.2: icmp_seq=3 ttl=62 time=T ms
  64 bytes from 10.0.3.2: icmp_seq=4 ttl=62 time=T ms
  
  --- 10.0.3.2 ping statistics ---
  4 packets transmitted, 4 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -w 1 -i 0.3 -q 10.0.3.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 2 -w 3 -i 0.3 10.0.3.2 | tail -2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 10 -w 1 -i 0.3 10.0.3.2 | tail -2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  4 packets transmitted, 4 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -w 1 -i 0.3 10.0.3.9 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"; echo $?
  PING 10.0.3.9 (10.0.3.9) 56(84) bytes of data.
  
  --- 10.0.3.9 ping statistics ---
  4 packets transmitted, 0 received, 100% packet loss, time Tms
  
  0
  $ ip netns exec a ping -c 2 -W 0.3 -i 0.2 10.0.9.9 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.9.9 (10.0.9.9) 56(84) bytes of data.
  From 10.0.1.1 icmp_seq=1 Destination Net Unreachable
  From 10.0.1.1 icmp_seq=2 Destination Net Unreachable
  
  --- 10.0.9.9 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -w 1 -i 0.3 -t 1 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -w 1 -i 0.3 -t 1 10.0.3.2 > /dev/null; echo $?
  1
  $ ip netns exec a ping -c 2 -i 0.3 -W 0.2 -t 2 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  From 10.0.2.2 icmp_seq=1 Time to live exceeded
  From 10.0.2.2 icmp_seq=2 Time to live exceeded
  
  --- 10.0.3.2 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -W 0 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -W -1 10.0.3.2
  ping: bad linger time: -1
  [2]
  $ ip netns exec a ping -c 1 -W 1.5x 10.0.3.2
  ping: option argument contains garbage: x
  ping: this will become fatal error in the future
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=* ms (glob)
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -w 0 -c 1 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -w -1 10.0.3.2
  ping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  [1]
  $ ip netns exec a ping -w 0.5 -i 0.2 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: invalid argument: '0.5'
  $ ip netns exec a ping -w 2147483648 -c 1 10.0.3.2
  ping: invalid argument: '2147483648': out of range: 0 <= value <= 2147483647
  [1]
  $ ip netns exec a ping -c 1 -W 2147483648 10.0.3.2
  ping: bad linger time: 2147483648
  [2]
  $ ip netns exec a ping -c 3 -i 0.1 -w 1 -W 0.1 10.0.3.9 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"; echo $?
  PING 10.0.3.9 (10.0.3.9) 56(84) bytes of data.
  
  --- 10.0.3.9 ping statistics ---
  10 packets transmitted, 0 received, 100% packet loss, time Tms
  
  0
  $ ip netns exec a ping -c 1 -i 0 10.0.3.2 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=T ms
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -i -1 10.0.3.2
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=62 time=* ms (glob)
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
