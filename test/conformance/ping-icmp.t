ping over a router: ICMP errors, the per-peer token bucket shared by icmp_send and ip_error, local errors and option errors.
  $ ping -c 1 -W 1 127.0.0.1
  ping: connect: Network is unreachable
  [2]
  $ ping
  ping: usage error: Destination address required
  [1]
  $ ping -c 0 127.0.0.1
  ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807
  [1]
  $ ping -t 256 127.0.0.1
  ping: invalid argument: '256': out of range: 0 <= value <= 255
  [1]
  $ ping -M probe 127.0.0.1
  ping: invalid -M argument: probe
  [2]
  $ ping -Q 300 127.0.0.1
  ping: the decimal value of TOS bits must be in range 0-255: 300
  [2]
  $ ping -W -1 127.0.0.1
  ping: bad linger time: -1
  [2]
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip -n a route add unreachable 10.7.0.0/16
  $ ip -n a route add prohibit 10.8.0.0/16
  $ ip -n a route add blackhole 10.9.0.0/16
  $ ip netns exec a ping -c 1 -W 1 10.7.0.1
  ping: connect: No route to host
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.8.0.1
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.9.0.1
  ping: connect: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.1.0.255
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip netns exec a ping -c 1 -W 1 -I nosuch 10.2.0.2
  ping: SO_BINDTODEVICE nosuch: No such device
  [2]
  $ ip netns exec a ping -c 1 -W 1 -I 10.9.9.9 10.2.0.2
  ping: bind: Cannot assign requested address
  [2]
  $ ip netns exec a ping -c 1 -W 1 -t 0 10.2.0.2
  ping: cannot set unicast time-to-live: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -asz IpInAddrErrors IcmpOutMsgs
  #kernel
  IpInAddrErrors                  1                  0.0
  IcmpOutMsgs                     0                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 2 -i 0.2 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 10.2.0.2: icmp_seq=2 ttl=63 time=* ms (glob)
  
  --- 10.2.0.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I a0 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) from 10.1.0.2 a0: 56(84) bytes of data.
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.2 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) from 10.1.0.2 : 56(84) bytes of data.
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -l 10 -c 10 -t 1 -W 1 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  From 10.1.0.1 icmp_seq=2 Time to live exceeded
  From 10.1.0.1 icmp_seq=3 Time to live exceeded
  From 10.1.0.1 icmp_seq=4 Time to live exceeded
  From 10.1.0.1 icmp_seq=5 Time to live exceeded
  From 10.1.0.1 icmp_seq=6 Time to live exceeded
  
  --- 10.2.0.2 ping statistics ---
  10 packets transmitted, 0 received, +6 errors, 100% packet loss, time *ms (glob)
  pipe 10
  [1]
  $ ip netns exec r nstat -asz IcmpOutTimeExcds IcmpOutRateLimitHost
  #kernel
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutTimeExcds                6                  0.0
  $ ip netns exec a ping -c 1 -t 1 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ sleep 2
  $ ip netns exec a ping -c 1 -t 1 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n r route add unreachable 10.4.0.0/16
  $ ip -n r route add prohibit 10.5.0.0/16
  $ ip netns exec b ping -l 10 -c 10 -W 1 10.4.0.9 | grep -c Unreachable
  2
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IcmpOutRateLimitHost
  #kernel
  IcmpOutRateLimitHost            5                  0.0
  IcmpOutDestUnreachs             2                  0.0
  $ ip netns exec b ping -c 1 -W 1 10.5.0.9
  PING 10.5.0.9 (10.5.0.9) 56(84) bytes of data.
  
  --- 10.5.0.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec b ping -c 1 -W 1 10.3.0.9
  PING 10.3.0.9 (10.3.0.9) 56(84) bytes of data.
  
  --- 10.3.0.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IcmpOutRateLimitHost IpExtInNoRoutes
  #kernel
  IcmpOutRateLimitHost            7                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IpExtInNoRoutes                 1                  0.0
  $ ip netns exec a ping -c 1 -M do -s 1600 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 1600(1628) bytes of data.
  ping: local error: message too long, mtu=1500
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 -b 10.1.0.255
  WARNING: pinging broadcast address
  PING 10.1.0.255 (10.1.0.255) 56(84) bytes of data.
  
  --- 10.1.0.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -c 1 -W 1 -b 10.1.0.255
  WARNING: pinging broadcast address
  PING 10.1.0.255 (10.1.0.255) 56(84) bytes of data.
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.1.0.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec b nstat -asz IcmpInEchos IcmpOutEchoReps
  #kernel
  IcmpInEchos                     5                  0.0
  IcmpOutEchoReps                 4                  0.0
