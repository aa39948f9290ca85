Odd invocations around ip route and ip rule: help texts, global options (-c, -br, -t, -N, -echo, -s -s, -r), table 0/unspec/all forms, net-tools route and netstat -r views of the same table.
  $ ip link add a0 type veth peer name b0
  $ ip link set lo up
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 20.0.0.0/8 via 10.0.0.2 metric 3
  $ ip route add unreachable 21.0.0.0/8
  $ ip route add 22.0.0.0/8 dev a0 table 5
  $ ip -c route show
  [35m10.0.0.0/24 [0mdev [36ma0 [0mproto kernel scope link src [35m10.0.0.1 [0m
  [35m20.0.0.0/8 [0mvia [35m10.0.0.2 [0mdev [36ma0 [0mmetric 3 
  unreachable [35m21.0.0.0/8 [0m
  $ ip -c=always route show
  [35m10.0.0.0/24 [0mdev [36ma0 [0mproto kernel scope link src [35m10.0.0.1 [0m
  [35m20.0.0.0/8 [0mvia [35m10.0.0.2 [0mdev [36ma0 [0mmetric 3 
  unreachable [35m21.0.0.0/8 [0m
  $ ip -br route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 3 
  unreachable 21.0.0.0/8 
  $ ip -t route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 3 
  unreachable 21.0.0.0/8 
  $ ip -N route show
  10.0.0.0/24 dev a0 proto 2 scope 253 src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 3 
  7 21.0.0.0/8 
  $ ip -s -s route get 20.1.1.1
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache users 2 
  $ ip -echo route add 23.0.0.0/8 via 10.0.0.2
  23.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip -echo -j route add 24.0.0.0/8 via 10.0.0.2
  [{{"dst":"24.0.0.0/8","gateway":"10.0.0.2","dev":"a0","flags":[]}}]
  $ ip -echo rule add table 5 prio 5
  5:	from all lookup 5
  $ ip route show table 0
  22.0.0.0/8 dev a0 table 5 scope link 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 3 
  unreachable 21.0.0.0/8 
  23.0.0.0/8 via 10.0.0.2 dev a0 
  24.0.0.0/8 via 10.0.0.2 dev a0 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip route show table unspec
  22.0.0.0/8 dev a0 table 5 scope link 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 3 
  unreachable 21.0.0.0/8 
  23.0.0.0/8 via 10.0.0.2 dev a0 
  24.0.0.0/8 via 10.0.0.2 dev a0 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip route show table 255 type local dev a0
  local 10.0.0.1 proto kernel scope host src 10.0.0.1 
  $ ip route list proto all
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 3 
  unreachable 21.0.0.0/8 
  23.0.0.0/8 via 10.0.0.2 dev a0 
  24.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip route get from 10.0.0.1
  need at least a destination address
  [1]
  $ ip route get to 20.1.1.1
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 20.1.1.1 notify
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 notify uid 0 
      cache <notify> 
  $ ip route get 20.1.1.1
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get fibmatch 20.1.1.1 notify
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 3 
  $ ip route get 10.0.0.1 notify
  local 10.0.0.1 dev lo table local src 10.0.0.1 notify uid 0 
      cache <local,notify> 
  $ ip route get 10.0.0.1
  local 10.0.0.1 dev lo table local src 10.0.0.1 uid 0 
      cache <local> 
  $ ip -j route get 21.1.1.1 notify
  RTNETLINK answers: No route to host
  [2]
  $ ip route flush cache
  $ ip route get 20.1.1.1
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route help 2>&1 | head -3
  Usage: ip route { list | flush } SELECTOR
         ip route save SELECTOR
         ip route restore
  $ ip rule help 2>&1 | head -3
  Usage: ip rule { add | del } SELECTOR ACTION
         ip rule { flush | save | restore }
         ip rule [ list [ SELECTOR ]]
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0
  20.0.0.0        10.0.0.2        255.0.0.0       UG    3      0        0 a0
  21.0.0.0        -               255.0.0.0       !     0      -        0 -
  23.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0
  24.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0
  $ route -n -e
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 a0
  20.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  21.0.0.0        -               255.0.0.0       !         - -          - -
  23.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  24.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  $ netstat -rn
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 a0
  20.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  21.0.0.0        -               255.0.0.0       !         - -          - -
  23.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  24.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  $ netstat -rn -A inet
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 a0
  20.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  21.0.0.0        -               255.0.0.0       !         - -          - -
  23.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  24.0.0.0        10.0.0.2        255.0.0.0       UG        0 0          0 a0
  $ netstat -Ainet -rn | head -3
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 a0
  $ netstat -A bogus -rn
  Unknown address family `bogus'.
  [1]
  $ route -n -C
  Kernel IP routing cache
  Source          Destination     Gateway         Flags Metric Ref    Use Iface
  $ route add -net 30.0.0.0 netmask 255.0.0.0 gw 10.0.0.2 metric 7
  $ route add -host 31.1.1.1 dev a0
  $ route add -net 32.0.0.0/8 reject
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0
  20.0.0.0        10.0.0.2        255.0.0.0       UG    3      0        0 a0
  21.0.0.0        -               255.0.0.0       !     0      -        0 -
  23.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0
  24.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0
  30.0.0.0        10.0.0.2        255.0.0.0       UG    7      0        0 a0
  31.1.1.1        0.0.0.0         255.255.255.255 UH    0      0        0 a0
  32.0.0.0        -               255.0.0.0       !     0      -        0 -
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 3 
  unreachable 21.0.0.0/8 
  23.0.0.0/8 via 10.0.0.2 dev a0 
  24.0.0.0/8 via 10.0.0.2 dev a0 
  30.0.0.0/8 via 10.0.0.2 dev a0 metric 7 
  31.1.1.1 dev a0 scope link 
  unreachable 32.0.0.0/8 scope host 
  $ route del -net 30.0.0.0 netmask 255.0.0.0
  $ route del -net 30.0.0.0 netmask 255.0.0.0
  SIOCDELRT: No such process
  [7]
  $ route add -net 33.0.0.1 netmask 255.0.0.0 gw 10.0.0.2
  route: netmask doesn't match route address
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ route add default gw 10.0.0.9
  $ ip route show
  default via 10.0.0.9 dev a0 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 metric 3 
  unreachable 21.0.0.0/8 
  23.0.0.0/8 via 10.0.0.2 dev a0 
  24.0.0.0/8 via 10.0.0.2 dev a0 
  31.1.1.1 dev a0 scope link 
  unreachable 32.0.0.0/8 scope host 
