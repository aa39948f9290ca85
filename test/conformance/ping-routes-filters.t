ping against route attributes and filters: a route's mtu and mtu lock under -M do/want, a route's src, SO_BINDTODEVICE (-I dev) toward an address behind another device, iptables OUTPUT drop/reject (sendmsg errors), INPUT dropping the replies, and the counters that follow.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ ip link add a1 netns a address 02:00:00:00:00:05 type veth peer name b1 netns b address 02:00:00:00:00:06
  $ for x in "a a0" "a a1" "r r0" "r r1" "b b0" "b b1" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n a addr add 10.0.3.1/24 dev a1
  $ ip -n a addr add 10.0.1.5/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n b addr add 10.0.3.2/24 dev b1
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
  $ ip -n a route add 10.0.2.0/24 via 10.0.1.254 mtu 1000
  $ ip netns exec a ping -c 1 -s 972 -M do 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  980 bytes from 10.0.2.1: icmp_seq=1 ttl=63 
  $ ip netns exec a ping -c 1 -s 973 -M do 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: local error: message too long, mtu=1000
  PING 10.0.2.1 (10.0.2.1) 973(1001) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 973 -M want 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  981 bytes from 10.0.2.1: icmp_seq=1 ttl=63 
  $ ip netns exec a nstat -az IpFragCreates IpFragOKs IpFragFails | tail -n +2
  IpFragOKs                       1                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   2                  0.0
  $ ip -n a route change 10.0.2.0/24 via 10.0.1.254 mtu lock 1000
  $ ip -n a route
  10.0.1.0/24 dev a0 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 via 10.0.1.254 dev a0 mtu lock 1000 
  10.0.3.0/24 dev a1 proto kernel scope link src 10.0.3.1 
  $ ip netns exec a ping -c 1 -s 973 -M do 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: local error: message too long, mtu=1000
  PING 10.0.2.1 (10.0.2.1) 973(1001) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -s 973 -M dont 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  981 bytes from 10.0.2.1: icmp_seq=1 ttl=63 
  $ ip netns exec a ping -c 1 -s 973 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  981 bytes from 10.0.2.1: icmp_seq=1 ttl=63 
  $ ip -n a route change 10.0.2.0/24 via 10.0.1.254 src 10.0.1.5
  $ ip netns exec a ping -c 1 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=63 
  $ ip netns exec b tcpdump -c 1 -n -i b0 icmp > td.txt 2>/dev/null & sleep 0.5; ip netns exec a ping -c 1 10.0.2.1 > /dev/null; wait; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/' td.txt
  IP 10.0.1.5 > 10.0.2.1: ICMP echo request, id N, seq 1, length 64
  $ ip netns exec a ping -c 1 -W 1 -I a1 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) from 10.0.3.1 a1: 56(84) bytes of data.
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I a0 10.0.3.2 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.3.2 (10.0.3.2) from 10.0.1.1 a0: 56(84) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -I a1 10.0.3.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.3.2: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 -I a1 127.0.0.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 127.0.0.1 (127.0.0.1) from 10.0.3.1 a1: 56(84) bytes of data.
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -W 1 -I lo 10.0.3.2 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: Warning: source address might be selected on device other than: lo
  PING 10.0.3.2 (10.0.3.2) from 10.0.1.1 lo: 56(84) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a iptables -A OUTPUT -d 10.0.3.2 -p icmp -j DROP
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.3.2 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a iptables -R OUTPUT 1 -d 10.0.3.2 -p icmp -j REJECT
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.3.2 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: sendmsg: Operation not permitted
  ping: sendmsg: Operation not permitted
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  From 10.0.3.1 icmp_seq=1 Destination Port Unreachable
  From 10.0.3.1 icmp_seq=2 Destination Port Unreachable
  
  --- 10.0.3.2 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  $ ip netns exec a iptables -R OUTPUT 1 -d 10.0.3.2 -p icmp -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec a ping -c 1 -W 1 10.0.3.2 | sed -E 's/time [0-9]+ms/time Tms/'
  ping: sendmsg: Operation not permitted
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  From 10.0.3.1 icmp_seq=1 Destination Host Prohibited
  
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
  $ ip netns exec a iptables -F OUTPUT
  $ ip netns exec a iptables -A INPUT -s 10.0.3.2 -p icmp --icmp-type echo-reply -j DROP
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.3.2 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.3.2 (10.0.3.2) 56(84) bytes of data.
  
  --- 10.0.3.2 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a iptables -vnL INPUT | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   2 168 DROP 1 -- * * 10.0.3.2 0.0.0.0/0 icmptype 0
  $ ip netns exec a nstat -az IcmpOutEchos IcmpInEchoReps IcmpInDestUnreachs IcmpOutDestUnreachs IcmpOutErrors IpOutDiscards IcmpInMsgs | tail -n +2
  IpOutDiscards                   5                  0.0
  IcmpInMsgs                      14                 0.0
  IcmpInDestUnreachs              5                  0.0
  IcmpInEchoReps                  8                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutDestUnreachs             5                  0.0
  IcmpOutEchos                    18                 0.0
