ping errors: unresolved neighbours through a gateway, unreachable and prohibited routes, broadcast echo knobs.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n a link set lo up; ip -n r link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n a route add 10.9.0.0/16 via 10.0.0.99
  $ ip netns exec a ping -c 2 -i 0.5 10.9.0.1
  PING 10.9.0.1 (10.9.0.1) 56(84) bytes of data.
  From 10.0.0.1 icmp_seq=1 Destination Host Unreachable
  From 10.0.0.1 icmp_seq=2 Destination Host Unreachable
  
  --- 10.9.0.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  pipe 2
  [1]
  $ ip -n a route add unreachable 10.8.0.0/16
  $ ip netns exec a ping -c 1 10.8.0.1
  ping: connect: No route to host
  [2]
  $ ip -n a route add prohibit 10.7.0.0/16
  $ ip netns exec a ping -c 1 10.7.0.1
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip -n a route add blackhole 10.6.0.0/16
  $ ip netns exec a ping -c 1 10.6.0.1
  ping: connect: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.5.0.1
  ping: connect: Network is unreachable
  [2]
  $ ip -n a route add default via 10.0.0.254
  $ ip -n r route add unreachable 10.4.0.0/16
  $ ip -n r route add prohibit 10.3.0.0/16
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 10.4.0.1
  PING 10.4.0.1 (10.4.0.1) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Destination Host Unreachable
  
  --- 10.4.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 10.3.0.1
  PING 10.3.0.1 (10.3.0.1) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Packet filtered
  
  --- 10.3.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -n -W 1 10.2.0.1
  PING 10.2.0.1 (10.2.0.1) 56(84) bytes of data.
  
  --- 10.2.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r sysctl net.ipv4.icmp_echo_ignore_broadcasts
  net.ipv4.icmp_echo_ignore_broadcasts = 1
  $ ip netns exec a ping -c 1 -b -W 1 10.0.0.255 | tail -2
  WARNING: pinging broadcast address
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -c 1 -b -W 1 10.0.0.255 | sed -n 3p | sed -E 's/time=.*//'
  WARNING: pinging broadcast address
  $ ip netns exec a ping -c 1 -W 1 -b 255.255.255.255 | sed -n 1p
  WARNING: pinging broadcast address
  PING 255.255.255.255 (255.255.255.255) 56(84) bytes of data.
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpOutEchos IcmpInEchoReps IpOutNoRoutes | tail -n +2
  IpOutNoRoutes                   1                  0.0
  IcmpInDestUnreachs              4                  0.0
  IcmpInEchoReps                  2                  0.0
  IcmpOutEchos                    8                  0.0
