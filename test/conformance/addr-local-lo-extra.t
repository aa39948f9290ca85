Extra addresses on lo: 127.0.0.2/8 next to 127.0.0.1/8 (a secondary: no new local route for the /8, only its own local entry), a /32 service address on lo, pings to and from each (ping -I), ip route get of 127/8 destinations and sources, deleting the primary 127.0.0.1 (the secondary goes too unless promote_secondaries) and the local table left.
  $ ip link set lo up
  $ ip addr add 127.0.0.2/8 dev lo
  $ ip addr add 10.255.0.1/32 dev lo
  $ ip -4 addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
      inet 10.255.0.1/32 scope global lo
         valid_lft forever preferred_lft forever
      inet 127.0.0.2/8 scope host secondary lo
         valid_lft forever preferred_lft forever
  $ ip -4 route show table local
  local 10.255.0.1 dev lo proto kernel scope host src 10.255.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.2 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route get 127.0.0.2
  local 127.0.0.2 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 127.9.9.9
  local 127.9.9.9 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.255.0.1
  local 10.255.0.1 dev lo src 10.255.0.1 uid 0 
      cache <local> 
  $ ip route get 127.0.0.1 from 127.0.0.2
  local 127.0.0.1 from 127.0.0.2 dev lo uid 0 
      cache <local> 
  $ ping -c 1 127.0.0.2 | grep -E 'PING|bytes from|received'
  PING 127.0.0.2 (127.0.0.2) 56(84) bytes of data.
  64 bytes from 127.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -I 127.0.0.2 127.0.0.1 | grep -E 'PING|bytes from|received'
  PING 127.0.0.1 (127.0.0.1) from 127.0.0.2 : 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -I 10.255.0.1 127.0.0.1 | grep -E 'PING|bytes from|received'
  PING 127.0.0.1 (127.0.0.1) from 10.255.0.1 : 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -I 127.0.0.2 10.255.0.1 | grep -E 'PING|bytes from|received'
  PING 10.255.0.1 (10.255.0.1) from 127.0.0.2 : 56(84) bytes of data.
  64 bytes from 10.255.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 127.200.1.1 | grep -E 'PING|bytes from|received'
  PING 127.200.1.1 (127.200.1.1) 56(84) bytes of data.
  64 bytes from 127.200.1.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -I lo 10.255.0.1 | grep -E 'PING|bytes from|received'
  PING 10.255.0.1 (10.255.0.1) from 10.255.0.1 lo: 56(84) bytes of data.
  64 bytes from 10.255.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -s link show lo | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            1008      12      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1008      12      0       0       0       0 
  $ ip addr del 127.0.0.1/8 dev lo
  $ ip -4 addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 10.255.0.1/32 scope global lo
         valid_lft forever preferred_lft forever
  $ ip -4 route show table local
  local 10.255.0.1 dev lo proto kernel scope host src 10.255.0.1 
  $ ping -c 1 -W 1 127.0.0.1 | grep -E 'PING|bytes from|received|unreachable'
  ping: connect: Network is unreachable
  [1]
  $ ip route get 127.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip addr add 127.0.0.1/8 dev lo
  $ ip addr add 127.0.0.2/8 dev lo
  $ sysctl -qw net.ipv4.conf.lo.promote_secondaries=1
  $ ip addr del 127.0.0.1/8 dev lo
  $ ip -4 addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      inet 127.0.0.2/8 scope host lo
         valid_lft forever preferred_lft forever
      inet 10.255.0.1/32 scope global lo
         valid_lft forever preferred_lft forever
  $ ip -4 route show table local
  local 10.255.0.1 dev lo proto kernel scope host src 10.255.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.2 
  local 127.0.0.2 dev lo proto kernel scope host src 127.0.0.2 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.2 
  $ ping -c 1 127.0.0.1 | grep -E 'PING|bytes from|received'
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip addr flush dev lo
  $ ip -4 route show table local
  $ ping -c 1 -W 1 127.0.0.1 2>&1 | grep -E 'PING|bytes from|received|connect'
  ping: connect: Network is unreachable
