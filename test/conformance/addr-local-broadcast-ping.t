Broadcast routes of local addresses: ip route get of a subnet's broadcast, of 255.255.255.255 and of 127.255.255.255, a broadcast ping (ping -b) from the host itself and from a neighbour answered or not under icmp_echo_ignore_broadcasts, the host's own broadcast copy looped back (lo does not see it, the NIC's tx does), and the broadcast route deleted by hand.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route get 10.0.0.255
  broadcast 10.0.0.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip -n a route get 255.255.255.255
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 127.255.255.255
  broadcast 127.255.255.255 dev lo src 127.0.0.1 uid 0 
      cache <local,brd> 
  $ ip -n a route get 10.0.0.255 from 10.0.0.2 iif a0
  broadcast 10.0.0.255 from 10.0.0.2 dev lo 
      cache <local,brd> iif a0 
  $ ip -n a route get 255.255.255.255 from 10.0.0.2 iif a0
  broadcast 255.255.255.255 from 10.0.0.2 dev lo 
      cache <local,brd> iif a0 
  $ ip -n a route get 10.0.0.0 from 10.0.0.2 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec a sysctl net.ipv4.icmp_echo_ignore_broadcasts
  net.ipv4.icmp_echo_ignore_broadcasts = 1
  $ ip netns exec b ping -c 1 -W 1 -b 10.0.0.255 2>&1 | grep -E 'PING|bytes from|received|WARNING'
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec b ping -c 1 -W 1 -b 10.0.0.255 2>&1 | grep -E 'PING|bytes from|received|WARNING'
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b ping -c 1 -W 1 -b 255.255.255.255 2>&1 | grep -E 'PING|bytes from|received|WARNING'
  [1]
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -b 10.0.0.255 2>&1 | grep -E 'PING|bytes from|received|WARNING' | sort
  2 packets transmitted, 2 received, +1 duplicates, 0% packet loss, time *ms (glob)
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=* ms (glob)
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  WARNING: pinging broadcast address
  $ ip netns exec b ping -c 1 -W 1 10.0.0.255 2>&1 | grep -E 'PING|bytes from|received|WARNING|ping:'
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  $ ip netns exec a ping -c 1 -W 1 -b 127.255.255.255 2>&1 | grep -E 'PING|bytes from|received|WARNING'
  WARNING: pinging broadcast address
  PING 127.255.255.255 (127.255.255.255) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a nstat -asz IcmpInEchos IcmpOutEchoReps IpInBcastPkts IpOutBcastPkts IpExtInBcastPkts IpExtOutBcastPkts
  #kernel
  IcmpInEchos                     5                  0.0
  IcmpOutEchoReps                 4                  0.0
  IpExtInBcastPkts                5                  0.0
  IpExtOutBcastPkts               1                  0.0
  $ ip -n a -s link show lo | sed -n 4p
             168       2      0       0       0       0 
  $ ip -n a route del broadcast 10.0.0.255 dev a0 table local
  $ ip -n a route get 10.0.0.255
  10.0.0.255 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n a route get 10.0.0.255 from 10.0.0.2 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec b ping -c 1 -W 1 -b 10.0.0.255 2>&1 | grep -E 'PING|bytes from|received|WARNING'
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
