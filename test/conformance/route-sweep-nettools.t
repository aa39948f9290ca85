net-tools route(8): add/del with every option form, good and bad values, then `route -n`, `route -ne`, `route -nee` and `netstat -rn`.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ for o in "-net 172.20.0.0/16 gw 10.9.0.2" "-net 172.21.0.0 netmask 255.255.0.0 gw 10.9.0.2" "-net 172.22.0.0 netmask 255.0.255.0 gw 10.9.0.2" "-host 172.23.1.1 gw 10.9.0.2" "-host 172.23.1.2 dev v0" "172.23.1.3 dev v0" "-net 172.24.0.0/16 dev v0 metric 7" "-net 172.25.0.0/16 gw 10.9.0.2 mss 1000 window 2000 irtt 300" "-net 172.26.0.0/16 reject" "-net 172.27.0.0/16 gw 10.8.0.2" "-net 172.28.0.0/16 gw 10.9.0.2 dev nosuch" "-net 172.29.1.0/16 gw 10.9.0.2" "-net 172.30.0.0/33 dev v0" "-net bogus dev v0" "default gw 10.9.0.254" "default gw 10.9.0.254" "-net 0.0.0.0/0 gw 10.9.0.253 metric 3" "-net 172.31.0.0/16 gw 10.9.0.2 mod" "-net 172.31.0.0/16 gw 10.9.0.2 dyn" "-net 172.31.0.0/16 gw 10.9.0.2 reinstate" "-net 172.20.0.0/16" "-A inet -net 172.19.0.0/16 dev v0" "-4 -net 172.18.0.0/16 dev v0" "-net 172.17.0.0/16 gw"; do echo "== $o"; route add $o 2>&1; echo $?; done
  == -net 172.20.0.0/16 gw 10.9.0.2
  0
  == -net 172.21.0.0 netmask 255.255.0.0 gw 10.9.0.2
  0
  == -net 172.22.0.0 netmask 255.0.255.0 gw 10.9.0.2
  route: bogus netmask 255.0.255.0
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  3
  == -host 172.23.1.1 gw 10.9.0.2
  0
  == -host 172.23.1.2 dev v0
  0
  == 172.23.1.3 dev v0
  0
  == -net 172.24.0.0/16 dev v0 metric 7
  0
  == -net 172.25.0.0/16 gw 10.9.0.2 mss 1000 window 2000 irtt 300
  0
  == -net 172.26.0.0/16 reject
  0
  == -net 172.27.0.0/16 gw 10.8.0.2
  SIOCADDRT: Network is unreachable
  7
  == -net 172.28.0.0/16 gw 10.9.0.2 dev nosuch
  SIOCADDRT: No such device
  7
  == -net 172.29.1.0/16 gw 10.9.0.2
  route: netmask doesn't match route address
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  3
  == -net 172.30.0.0/33 dev v0
  route: netmask doesn't match route address
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  3
  == -net bogus dev v0
  bogus: Host name lookup failure
  6
  == default gw 10.9.0.254
  0
  == default gw 10.9.0.254
  SIOCADDRT: File exists
  7
  == -net 0.0.0.0/0 gw 10.9.0.253 metric 3
  0
  == -net 172.31.0.0/16 gw 10.9.0.2 mod
  0
  == -net 172.31.0.0/16 gw 10.9.0.2 dyn
  SIOCADDRT: File exists
  7
  == -net 172.31.0.0/16 gw 10.9.0.2 reinstate
  SIOCADDRT: File exists
  7
  == -net 172.20.0.0/16
  SIOCADDRT: No such device
  7
  == -A inet -net 172.19.0.0/16 dev v0
  0
  == -4 -net 172.18.0.0/16 dev v0
  0
  == -net 172.17.0.0/16 gw
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  3
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  0.0.0.0         10.9.0.254      0.0.0.0         UG    0      0        0 v0
  0.0.0.0         10.9.0.253      0.0.0.0         UG    3      0        0 v0
  10.9.0.0        0.0.0.0         255.255.255.0   U     0      0        0 v0
  172.18.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.19.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.20.0.0      10.9.0.2        255.255.0.0     UG    0      0        0 v0
  172.21.0.0      10.9.0.2        255.255.0.0     UG    0      0        0 v0
  172.23.1.1      10.9.0.2        255.255.255.255 UGH   0      0        0 v0
  172.23.1.2      0.0.0.0         255.255.255.255 UH    0      0        0 v0
  172.23.1.3      0.0.0.0         255.255.255.255 UH    0      0        0 v0
  172.24.0.0      0.0.0.0         255.255.0.0     U     7      0        0 v0
  172.25.0.0      10.9.0.2        255.255.0.0     UG    0      0        0 v0
  172.26.0.0      -               255.255.0.0     !     0      -        0 -
  172.31.0.0      10.9.0.2        255.255.0.0     UG    0      0        0 v0
  $ route -ne
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  0.0.0.0         10.9.0.254      0.0.0.0         UG        0 0          0 v0
  0.0.0.0         10.9.0.253      0.0.0.0         UG        0 0          0 v0
  10.9.0.0        0.0.0.0         255.255.255.0   U         0 0          0 v0
  172.18.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.19.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.20.0.0      10.9.0.2        255.255.0.0     UG        0 0          0 v0
  172.21.0.0      10.9.0.2        255.255.0.0     UG        0 0          0 v0
  172.23.1.1      10.9.0.2        255.255.255.255 UGH       0 0          0 v0
  172.23.1.2      0.0.0.0         255.255.255.255 UH        0 0          0 v0
  172.23.1.3      0.0.0.0         255.255.255.255 UH        0 0          0 v0
  172.24.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.25.0.0      10.9.0.2        255.255.0.0     UG     1000 2000     300 v0
  172.26.0.0      -               255.255.0.0     !         - -          - -
  172.31.0.0      10.9.0.2        255.255.0.0     UG        0 0          0 v0
  $ route -nee
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
  0.0.0.0         10.9.0.254      0.0.0.0         UG    0      0        0 v0       0     0      0
  0.0.0.0         10.9.0.253      0.0.0.0         UG    3      0        0 v0       0     0      0
  10.9.0.0        0.0.0.0         255.255.255.0   U     0      0        0 v0       0     0      0
  172.18.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0       0     0      0
  172.19.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0       0     0      0
  172.20.0.0      10.9.0.2        255.255.0.0     UG    0      0        0 v0       0     0      0
  172.21.0.0      10.9.0.2        255.255.0.0     UG    0      0        0 v0       0     0      0
  172.23.1.1      10.9.0.2        255.255.255.255 UGH   0      0        0 v0       0     0      0
  172.23.1.2      0.0.0.0         255.255.255.255 UH    0      0        0 v0       0     0      0
  172.23.1.3      0.0.0.0         255.255.255.255 UH    0      0        0 v0       0     0      0
  172.24.0.0      0.0.0.0         255.255.0.0     U     7      0        0 v0       0     0      0
  172.25.0.0      10.9.0.2        255.255.0.0     UG    0      0        0 v0       1000  2000   300
  172.26.0.0      -               255.255.0.0     !     0      -        0 -        -     -      -
  172.31.0.0      10.9.0.2        255.255.0.0     UG    0      0        0 v0       0     0      0
  $ netstat -rn
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  0.0.0.0         10.9.0.254      0.0.0.0         UG        0 0          0 v0
  0.0.0.0         10.9.0.253      0.0.0.0         UG        0 0          0 v0
  10.9.0.0        0.0.0.0         255.255.255.0   U         0 0          0 v0
  172.18.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.19.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.20.0.0      10.9.0.2        255.255.0.0     UG        0 0          0 v0
  172.21.0.0      10.9.0.2        255.255.0.0     UG        0 0          0 v0
  172.23.1.1      10.9.0.2        255.255.255.255 UGH       0 0          0 v0
  172.23.1.2      0.0.0.0         255.255.255.255 UH        0 0          0 v0
  172.23.1.3      0.0.0.0         255.255.255.255 UH        0 0          0 v0
  172.24.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.25.0.0      10.9.0.2        255.255.0.0     UG     1000 2000     300 v0
  172.26.0.0      -               255.255.0.0     !         - -          - -
  172.31.0.0      10.9.0.2        255.255.0.0     UG        0 0          0 v0
  $ ip route show
  default via 10.9.0.254 dev v0 
  default via 10.9.0.253 dev v0 metric 3 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.18.0.0/16 dev v0 scope link 
  172.19.0.0/16 dev v0 scope link 
  172.20.0.0/16 via 10.9.0.2 dev v0 
  172.21.0.0/16 via 10.9.0.2 dev v0 
  172.23.1.1 via 10.9.0.2 dev v0 
  172.23.1.2 dev v0 scope link 
  172.23.1.3 dev v0 scope link 
  172.24.0.0/16 dev v0 scope link metric 7 
  172.25.0.0/16 via 10.9.0.2 dev v0 window 2000 rtt 300ms advmss 960 
  unreachable 172.26.0.0/16 scope host 
  172.31.0.0/16 via 10.9.0.2 dev v0 
  $ for o in "-net 172.20.0.0/16" "-net 172.20.0.0/16" "-net 172.21.0.0 netmask 255.255.0.0" "-host 172.23.1.1" "-host 172.23.1.9" "-net 172.26.0.0/16 reject" "default" "default" "default" "-net 172.24.0.0/16 metric 8" "-net 172.24.0.0/16 metric 7" "-net 172.25.0.0/16 gw 10.9.0.3" "-net 172.25.0.0/16 gw 10.9.0.2 dev v0"; do echo "== $o"; route del $o 2>&1; echo $?; done
  == -net 172.20.0.0/16
  0
  == -net 172.20.0.0/16
  SIOCDELRT: No such process
  7
  == -net 172.21.0.0 netmask 255.255.0.0
  0
  == -host 172.23.1.1
  0
  == -host 172.23.1.9
  SIOCDELRT: No such process
  7
  == -net 172.26.0.0/16 reject
  0
  == default
  0
  == default
  0
  == default
  SIOCDELRT: No such process
  7
  == -net 172.24.0.0/16 metric 8
  SIOCDELRT: No such process
  7
  == -net 172.24.0.0/16 metric 7
  0
  == -net 172.25.0.0/16 gw 10.9.0.3
  SIOCDELRT: No such process
  7
  == -net 172.25.0.0/16 gw 10.9.0.2 dev v0
  0
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.9.0.0        0.0.0.0         255.255.255.0   U     0      0        0 v0
  172.18.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.19.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.23.1.2      0.0.0.0         255.255.255.255 UH    0      0        0 v0
  172.23.1.3      0.0.0.0         255.255.255.255 UH    0      0        0 v0
  172.31.0.0      10.9.0.2        255.255.0.0     UG    0      0        0 v0
