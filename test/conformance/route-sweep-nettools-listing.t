route -n / -ne / -nee / -Cn and netstat -rn/-rne over every route type, tos, metric, multipath, nexthop objects, metrics and a down device.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add blackhole 172.16.1.0/24
  $ ip route add unreachable 172.16.2.0/24 metric 4
  $ ip route add prohibit 172.16.3.0/24
  $ ip route add throw 172.16.4.0/24
  $ ip route add 172.16.7.0/24 via 10.9.0.2 metric 3 mtu 1400 window 5000 rtt 30 advmss 1200
  $ ip route add 172.16.7.0/24 via 10.9.0.3 tos 0x10
  $ ip route add 172.16.8.0/24 nexthop via 10.9.0.2 nexthop via 10.9.0.3
  $ ip nexthop add id 4 via 10.9.0.4 dev v0
  $ ip route add 172.16.10.0/24 nhid 4
  $ ip route add 172.16.11.1 dev v0 scope link
  $ ip route add 172.16.12.0/24 dev lo
  $ ip route add broadcast 172.16.13.255 dev v0 table main
  $ ip route add 172.16.9.0/24 via 10.9.0.2 table 90
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.9.0.0        0.0.0.0         255.255.255.0   U     0      0        0 v0
  172.16.1.0      0.0.0.0         255.255.255.0   U     0      0        0 *
  172.16.2.0      -               255.255.255.0   !     4      -        0 -
  172.16.3.0      -               255.255.255.0   !     0      -        0 -
  172.16.4.0      0.0.0.0         255.255.255.0   U     0      0        0 *
  172.16.7.0      10.9.0.3        255.255.255.0   UG    0      0        0 v0
  172.16.7.0      10.9.0.2        255.255.255.0   UG    3      0        0 v0
  172.16.8.0      10.9.0.2        255.255.255.0   UG    0      0        0 v0
  172.16.10.0     10.9.0.4        255.255.255.0   UG    0      0        0 v0
  172.16.11.1     0.0.0.0         255.255.255.255 UH    0      0        0 v0
  172.16.12.0     0.0.0.0         255.255.255.0   U     0      0        0 lo
  $ route -ne
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  10.9.0.0        0.0.0.0         255.255.255.0   U         0 0          0 v0
  172.16.1.0      0.0.0.0         255.255.255.0   U         0 0          0 *
  172.16.2.0      -               255.255.255.0   !         - -          - -
  172.16.3.0      -               255.255.255.0   !         - -          - -
  172.16.4.0      0.0.0.0         255.255.255.0   U         0 0          0 *
  172.16.7.0      10.9.0.3        255.255.255.0   UG        0 0          0 v0
  172.16.7.0      10.9.0.2        255.255.255.0   UG     1240 5000       3 v0
  172.16.8.0      10.9.0.2        255.255.255.0   UG        0 0          0 v0
  172.16.10.0     10.9.0.4        255.255.255.0   UG        0 0          0 v0
  172.16.11.1     0.0.0.0         255.255.255.255 UH        0 0          0 v0
  172.16.12.0     0.0.0.0         255.255.255.0   U         0 0          0 lo
  $ route -nee
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
  10.9.0.0        0.0.0.0         255.255.255.0   U     0      0        0 v0       0     0      0
  172.16.1.0      0.0.0.0         255.255.255.0   U     0      0        0 *        0     0      0
  172.16.2.0      -               255.255.255.0   !     4      -        0 -        -     -      -
  172.16.3.0      -               255.255.255.0   !     0      -        0 -        -     -      -
  172.16.4.0      0.0.0.0         255.255.255.0   U     0      0        0 *        0     0      0
  172.16.7.0      10.9.0.3        255.255.255.0   UG    0      0        0 v0       0     0      0
  172.16.7.0      10.9.0.2        255.255.255.0   UG    3      0        0 v0       1240  5000   3
  172.16.8.0      10.9.0.2        255.255.255.0   UG    0      0        0 v0       0     0      0
  172.16.10.0     10.9.0.4        255.255.255.0   UG    0      0        0 v0       0     0      0
  172.16.11.1     0.0.0.0         255.255.255.255 UH    0      0        0 v0       0     0      0
  172.16.12.0     0.0.0.0         255.255.255.0   U     0      0        0 lo       0     0      0
  $ route -Cn
  Kernel IP routing cache
  Source          Destination     Gateway         Flags Metric Ref    Use Iface
  $ netstat -rn
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  10.9.0.0        0.0.0.0         255.255.255.0   U         0 0          0 v0
  172.16.1.0      0.0.0.0         255.255.255.0   U         0 0          0 *
  172.16.2.0      -               255.255.255.0   !         - -          - -
  172.16.3.0      -               255.255.255.0   !         - -          - -
  172.16.4.0      0.0.0.0         255.255.255.0   U         0 0          0 *
  172.16.7.0      10.9.0.3        255.255.255.0   UG        0 0          0 v0
  172.16.7.0      10.9.0.2        255.255.255.0   UG     1240 5000       3 v0
  172.16.8.0      10.9.0.2        255.255.255.0   UG        0 0          0 v0
  172.16.10.0     10.9.0.4        255.255.255.0   UG        0 0          0 v0
  172.16.11.1     0.0.0.0         255.255.255.255 UH        0 0          0 v0
  172.16.12.0     0.0.0.0         255.255.255.0   U         0 0          0 lo
  $ netstat -rne
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.9.0.0        0.0.0.0         255.255.255.0   U     0      0        0 v0
  172.16.1.0      0.0.0.0         255.255.255.0   U     0      0        0 *
  172.16.2.0      -               255.255.255.0   !     4      -        0 -
  172.16.3.0      -               255.255.255.0   !     0      -        0 -
  172.16.4.0      0.0.0.0         255.255.255.0   U     0      0        0 *
  172.16.7.0      10.9.0.3        255.255.255.0   UG    0      0        0 v0
  172.16.7.0      10.9.0.2        255.255.255.0   UG    3      0        0 v0
  172.16.8.0      10.9.0.2        255.255.255.0   UG    0      0        0 v0
  172.16.10.0     10.9.0.4        255.255.255.0   UG    0      0        0 v0
  172.16.11.1     0.0.0.0         255.255.255.255 UH    0      0        0 v0
  172.16.12.0     0.0.0.0         255.255.255.0   U     0      0        0 lo
  $ ip link set v0 down
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  172.16.1.0      0.0.0.0         255.255.255.0   U     0      0        0 *
  172.16.2.0      -               255.255.255.0   !     4      -        0 -
  172.16.3.0      -               255.255.255.0   !     0      -        0 -
  172.16.4.0      0.0.0.0         255.255.255.0   U     0      0        0 *
  172.16.12.0     0.0.0.0         255.255.255.0   U     0      0        0 lo
  $ netstat -rn
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  172.16.1.0      0.0.0.0         255.255.255.0   U         0 0          0 *
  172.16.2.0      -               255.255.255.0   !         - -          - -
  172.16.3.0      -               255.255.255.0   !         - -          - -
  172.16.4.0      0.0.0.0         255.255.255.0   U         0 0          0 *
  172.16.12.0     0.0.0.0         255.255.255.0   U         0 0          0 lo
