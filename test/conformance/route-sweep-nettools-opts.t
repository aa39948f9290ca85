net-tools route(8): options anywhere on the line (GNU getopt permutes), `--`, negative numbers and the cache flag around add/del.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ for o in "add -net 172.20.0.0/16 dev v0 -n" "-n add -net 172.21.0.0/16 dev v0" "add -Ainet -net 172.22.0.0/16 dev v0" "add -net 172.23.0.0/16 -A inet dev v0" "add -net 172.24.0.0/16 metric -1 dev v0" "add -C -net 172.25.0.0/16 dev v0" "add -net 172.26.0.0/16 dev v0 -F" "add -- -net 172.27.0.0/16 dev v0" "add -net 172.28.0.0/16 dev v0 --" "add -e -net 172.31.0.0/16 dev v0" "add -net 172.19.0.0/16 dev v0 -A" "del -net 172.20.0.0/16 -n" "-A inet del -net 172.21.0.0/16" "del -C -net 172.22.0.0/16" "add -net 172.18.0.0/16 -x dev v0" "add -net 172.17.0.0/16 --numeric dev v0" "add -net 172.16.0.0/16 --inet dev v0" "add -net 172.15.0.0/16 -v dev v0"; do echo "== $o"; route $o 2>&1; echo $?; done
  == add -net 172.20.0.0/16 dev v0 -n
  0
  == -n add -net 172.21.0.0/16 dev v0
  0
  == add -Ainet -net 172.22.0.0/16 dev v0
  0
  == add -net 172.23.0.0/16 -A inet dev v0
  0
  == add -net 172.24.0.0/16 metric -1 dev v0
  route: invalid option -- '1'
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
  0
  == add -C -net 172.25.0.0/16 dev v0
  Modifying `inet' routing cache not supported
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  3
  == add -net 172.26.0.0/16 dev v0 -F
  0
  == add -- -net 172.27.0.0/16 dev v0
  0
  == add -net 172.28.0.0/16 dev v0 --
  0
  == add -e -net 172.31.0.0/16 dev v0
  0
  == add -net 172.19.0.0/16 dev v0 -A
  route: option requires an argument -- 'A'
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
  0
  == del -net 172.20.0.0/16 -n
  0
  == -A inet del -net 172.21.0.0/16
  0
  == del -C -net 172.22.0.0/16
  Modifying `inet' routing cache not supported
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  3
  == add -net 172.18.0.0/16 -x dev v0
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
  0
  == add -net 172.17.0.0/16 --numeric dev v0
  0
  == add -net 172.16.0.0/16 --inet dev v0
  0
  == add -net 172.15.0.0/16 -v dev v0
  0
  $ route -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.9.0.0        0.0.0.0         255.255.255.0   U     0      0        0 v0
  172.15.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.16.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.17.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.22.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.23.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.26.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.27.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.28.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.31.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  $ route -n -4 -e
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  10.9.0.0        0.0.0.0         255.255.255.0   U         0 0          0 v0
  172.15.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.16.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.17.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.22.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.23.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.26.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.27.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.28.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  172.31.0.0      0.0.0.0         255.255.0.0     U         0 0          0 v0
  $ route -A inet -n
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  10.9.0.0        0.0.0.0         255.255.255.0   U     0      0        0 v0
  172.15.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.16.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.17.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.22.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.23.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.26.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.27.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.28.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
  172.31.0.0      0.0.0.0         255.255.0.0     U     0      0        0 v0
