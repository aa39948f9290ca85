ping interfaces, broadcast, flood, record route, unreachable.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.1.1/24 dev lo
  $ ip netns exec a ping -c 1 -I a0 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.1 a0: 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -I 10.0.0.1 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.1 : 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -I 10.0.1.1 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  PING 10.0.0.2 (10.0.0.2) from 10.0.1.1 : 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -I nosuch 10.0.0.2
  ping: SO_BINDTODEVICE nosuch: No such device
  [2]
  $ ip netns exec a ping -c 1 -I 10.9.9.9 10.0.0.2
  ping: bind: Cannot assign requested address
  [2]
  $ ip netns exec a ping -c 1 -I lo 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) from 10.0.1.1 lo: 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 10.0.0.255
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip netns exec a ping -c 1 -b 10.0.0.255 | head -1
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  $ ip netns exec a ping -c 2 -i 0.2 -b 10.0.0.255 2>&1 | grep -c bytes
  1
  $ ip netns exec a ping -c 1 255.255.255.255
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 3 -f 10.0.0.2 | sed -E 's/time [0-9]+ms/time Tms/; s/= .*/= X/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  . . . 
  --- 10.0.0.2 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  $ ip netns exec a ping -c 1 -r 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -R 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.0.2 (10.0.0.2) 56(124) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  RR: 	10.0.0.1
  	10.0.0.2
  	10.0.0.2
  	10.0.0.1
  
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -W 1 10.0.5.5
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -t 1 -M want 10.0.0.2 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -s 1500 -M want 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1500(1528) bytes of data.
  1508 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -s 1500 -M probe 10.0.0.2 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  ping: invalid -M argument: probe
  $ ip netns exec a ping -c 1 -s 1500 -M do 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1500(1528) bytes of data.
  ping: local error: message too long, mtu=1500
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n b link set b0 down
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a link set a0 down
  $ ip netns exec a ping -c 1 10.0.0.2
  ping: connect: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 127.0.0.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 10.0.1.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=T ms
