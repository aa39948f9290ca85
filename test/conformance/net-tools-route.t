net-tools route: the routing table (-n, names, -e, -ee), add and del of net, host, default and reject routes, and the errors.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0
  $ ip netns exec a route add default gw 10.0.0.2
  $ ip netns exec a route add -net 10.1.0.0 netmask 255.255.0.0 gw 10.0.0.2 dev a0
  $ ip netns exec a route add -net 10.2.0.0/16 gw 10.0.0.2 metric 5
  $ ip netns exec a route add -host 10.3.0.1 gw 10.0.0.2
  $ ip netns exec a route add -host 10.3.0.2 dev a0
  $ ip netns exec a route add -net 10.4.0.0/16 reject
  $ ip netns exec a route add -net 127.0.0.0/8 dev lo
  $ ip netns exec a route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  0.0.0.0         10.0.0.2        0.0.0.0         UG    0      0        0 a0
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0
  10.1.0.0        10.0.0.2        255.255.0.0     UG    0      0        0 a0
  10.2.0.0        10.0.0.2        255.255.0.0     UG    5      0        0 a0
  10.3.0.1        10.0.0.2        255.255.255.255 UGH   0      0        0 a0
  10.3.0.2        0.0.0.0         255.255.255.255 UH    0      0        0 a0
  10.4.0.0        -               255.255.0.0     !     0      -        0 -
  127.0.0.0       0.0.0.0         255.0.0.0       U     0      0        0 lo
  $ ip netns exec a route
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  default         10.0.0.2        0.0.0.0         UG    0      0        0 a0
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0
  10.1.0.0        10.0.0.2        255.255.0.0     UG    0      0        0 a0
  10.2.0.0        10.0.0.2        255.255.0.0     UG    5      0        0 a0
  10.3.0.1        10.0.0.2        255.255.255.255 UGH   0      0        0 a0
  10.3.0.2        0.0.0.0         255.255.255.255 UH    0      0        0 a0
  10.4.0.0        -               255.255.0.0     !     0      -        0 -
  loopback        0.0.0.0         255.0.0.0       U     0      0        0 lo
  $ ip netns exec a route -e
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  default         10.0.0.2        0.0.0.0         UG        0 0          0 a0
  10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 a0
  10.1.0.0        10.0.0.2        255.255.0.0     UG        0 0          0 a0
  10.2.0.0        10.0.0.2        255.255.0.0     UG        0 0          0 a0
  10.3.0.1        10.0.0.2        255.255.255.255 UGH       0 0          0 a0
  10.3.0.2        0.0.0.0         255.255.255.255 UH        0 0          0 a0
  10.4.0.0        -               255.255.0.0     !         - -          - -
  loopback        0.0.0.0         255.0.0.0       U         0 0          0 lo
  $ ip netns exec a route -ee -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
  0.0.0.0         10.0.0.2        0.0.0.0         UG    0      0        0 a0       0     0      0
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0       0     0      0
  10.1.0.0        10.0.0.2        255.255.0.0     UG    0      0        0 a0       0     0      0
  10.2.0.0        10.0.0.2        255.255.0.0     UG    5      0        0 a0       0     0      0
  10.3.0.1        10.0.0.2        255.255.255.255 UGH   0      0        0 a0       0     0      0
  10.3.0.2        0.0.0.0         255.255.255.255 UH    0      0        0 a0       0     0      0
  10.4.0.0        -               255.255.0.0     !     0      -        0 -        -     -      -
  127.0.0.0       0.0.0.0         255.0.0.0       U     0      0        0 lo       0     0      0
  $ ip -n a route show
  default via 10.0.0.2 dev a0 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev a0 
  10.2.0.0/16 via 10.0.0.2 dev a0 metric 5 
  10.3.0.1 via 10.0.0.2 dev a0 
  10.3.0.2 dev a0 scope link 
  unreachable 10.4.0.0/16 scope host 
  127.0.0.0/8 dev lo scope link 
  $ ip netns exec a route add -net 10.1.0.0 netmask 255.255.0.0 gw 10.0.0.2
  SIOCADDRT: File exists
  [7]
  $ ip netns exec a route add -net 10.5.0.0/16 gw 10.9.0.1
  SIOCADDRT: Network is unreachable
  [7]
  $ ip netns exec a route add -net 10.6.0.1/16 gw 10.0.0.2
  route: netmask doesn't match route address
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ ip netns exec a route add 10.7.0.0/16 gw 10.0.0.2
  route: netmask 0000ffff doesn't make sense with host route
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ ip netns exec a route add -net 10.8.0.0/16 gw 10.0.0.2 dev nosuch
  SIOCADDRT: No such device
  [7]
  $ ip netns exec a route del -net 10.1.0.0 netmask 255.255.0.0
  $ ip netns exec a route del -net 10.1.0.0 netmask 255.255.0.0
  SIOCDELRT: No such process
  [7]
  $ ip netns exec a route del default
  $ ip netns exec a route del -host 10.3.0.1 gw 10.0.0.2
  $ ip netns exec a route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0
  10.2.0.0        10.0.0.2        255.255.0.0     UG    5      0        0 a0
  10.3.0.2        0.0.0.0         255.255.255.255 UH    0      0        0 a0
  10.4.0.0        -               255.255.0.0     !     0      -        0 -
  127.0.0.0       0.0.0.0         255.0.0.0       U     0      0        0 lo
  $ ip netns exec a route -x
  route: invalid option -- 'x'
      inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
      netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
      ddp (Appletalk DDP) x25 (CCITT X.25) 
  Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables
         route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.
  
         route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.
         route {-V|--version}                  Display version/author and exit.
  
          -v, --verbose            be verbose
          -n, --numeric            don't resolve names
          -e, --extend             display other/more information
          -F, --fib                display Forwarding Information Base (default)
          -C, --cache              display routing cache instead of FIB
  
    <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet
    List of possible address families (which support routing):
