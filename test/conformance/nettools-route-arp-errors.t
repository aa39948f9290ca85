net-tools route/arp/ifconfig error paths: route's Target/prefix (INET_getnetmask(): strtoul, an x86
shift, /33 is /1), mss/window/irtt/mod/dyn/reinstate (rtentry_to_fib_config() metrics), -A/-F/-C,
`route add` alone (usage on stdout, E_USAGE 0); herror() after a failed lookup: a gateway or -host
target asks hosts then networks ("Unknown host"), a network name DNS ("Host name lookup failure");
SIOCSIFTXQLEN refuses a negative length.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up; ip addr add 10.0.0.1/24 dev a0
  $ route add -net 20.0.0.0 netmask 255.0.0.0 gw 10.9.9.9
  SIOCADDRT: Network is unreachable
  [7]
  $ route add -net 20.0.0.1 netmask 255.0.0.0 dev a0
  route: netmask doesn't match route address
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ route add -net 20.0.0.0/33 dev a0
  route: netmask doesn't match route address
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ route add -host 20.1.1.1 dev nosuch
  SIOCADDRT: No such device
  [7]
  $ route add -net 20.0.0.0 netmask 255.0.0.0 dev a0; route add -net 20.0.0.0 netmask 255.0.0.0 dev a0
  SIOCADDRT: File exists
  [7]
  $ route del -net 21.0.0.0 netmask 255.0.0.0
  SIOCDELRT: No such process
  [7]
  $ route del -host 21.1.1.1
  SIOCDELRT: No such process
  [7]
  $ route add default gw nosuchhost
  nosuchhost: Unknown host
  [6]
  $ route add -net bogus dev a0
  bogus: Host name lookup failure
  [6]
  $ route add -host 20.2.2.2 gw 10.0.0.2 metric x
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ route add -host 20.2.2.3 gw 10.0.0.2 mss 100 window 1000 irtt 5; route -n | grep 20.2.2.3
  20.2.2.3        10.0.0.2        255.255.255.255 UGH   0      0        0 a0
  $ route add -net 20.3.0.0 netmask 255.255.0.0 gw 10.0.0.2 mod dyn reinstate; route -n | grep 20.3
  20.3.0.0        10.0.0.2        255.255.0.0     UG    0      0        0 a0
  $ route add -net 20.4.0.0 netmask 255.0.255.0 dev a0
  route: bogus netmask 255.0.255.0
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ route add 20.5.5.5 dev a0; route -n | grep 20.5
  20.5.5.5        0.0.0.0         255.255.255.255 UH    0      0        0 a0
  $ route add -net 20.6.0.0/16 gw 10.0.0.2 dev b0
  SIOCADDRT: Network is unreachable
  [7]
  $ route add
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  $ route del
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  $ route frob
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
      inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
      netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
      ddp (Appletalk DDP) x25 (CCITT X.25) 
  [3]
  $ route -A bogus
  Unknown address family `bogus'.
  [1]
  $ route -F -C -n | head -2
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  $ arp -s 10.0.0.5 02:00:00:00:00:0g
  arp: invalid hardware address
  [255]
  $ arp -s 10.0.0.5 02:00:00:00:00
  $ arp -s 10.0.0.5 02:00:00:00:00:05 -i nosuch
  SIOCSARP: No such device
  [255]
  $ arp -s 10.9.0.5 02:00:00:00:00:05
  SIOCSARP: Network is unreachable
  [255]
  $ arp -s 10.0.0.5 02:00:00:00:00:05; arp -s 10.0.0.5 02:00:00:00:00:06; arp -n | sort
  10.0.0.5                 ether   02:00:00:00:00:06   CM                    a0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ arp -d 10.0.0.99
  No ARP entry for 10.0.0.99
  [255]
  $ arp -d 10.0.0.5; arp -d 10.0.0.5
  No ARP entry for 10.0.0.5
  [255]
  $ arp -d
  arp: need host name
  [255]
  $ arp -i nosuch -n
  arp: in 0 entries no match found.
  $ arp -s 10.0.0.6 02:00:00:00:00:06 temp; arp -n 10.0.0.6
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.6                 ether   02:00:00:00:00:06   C                     a0
  $ arp -s 10.0.0.7 02:00:00:00:00:07 pub; arp -an
  SIOCSARP: No such device
  ? (10.0.0.6) at 02:00:00:00:00:06 [ether] on a0
  $ arp -H bogus
  arp: bogus: unknown hardware type.
  [255]
  $ arp -s bogushost 02:00:00:00:00:07
  bogushost: Host name lookup failure
  [255]
  $ ifconfig nosuch
  nosuch: error fetching interface information: Device not found
  [1]
  $ ifconfig a0 mtu 67
  SIOCSIFMTU: Invalid argument
  [1]
  $ ifconfig a0 10.0.0.300
  10.0.0.300: Unknown host
  ifconfig: `--help' gives usage information.
  [1]
  $ ifconfig a0 netmask 255.0.255.0
  SIOCSIFNETMASK: Invalid argument
  [1]
  $ ifconfig a0 broadcast x
  x: Host name lookup failure
  [1]
  $ ifconfig a0 bogus
  bogus: Host name lookup failure
  ifconfig: `--help' gives usage information.
  [1]
  $ ifconfig a0:1 10.0.0.9 netmask 255.255.255.0; ip -4 addr show a0 | grep inet
      inet 10.0.0.1/24 scope global a0
      inet 10.0.0.9/24 brd 10.0.0.255 scope global secondary a0:1
  $ ifconfig a0:1 down; ip -4 addr show a0 | grep inet
      inet 10.0.0.1/24 scope global a0
  $ ifconfig a0 txqueuelen -1
  SIOCSIFTXQLEN: Invalid argument
  [1]
  $ route add -net 20.0.0.0/8 gw 10.0.0.2 dev a0; route add -net 21.0.0.1/32 dev a0; route -n | grep '^2[01]\.'
  SIOCADDRT: Invalid argument
  20.0.0.0        10.0.0.2        255.0.0.0       UG    0      0        0 a0
  20.0.0.0        0.0.0.0         255.0.0.0       U     0      0        0 a0
  20.2.2.3        10.0.0.2        255.255.255.255 UGH   0      0        0 a0
  20.3.0.0        10.0.0.2        255.255.0.0     UG    0      0        0 a0
  20.5.5.5        0.0.0.0         255.255.255.255 UH    0      0        0 a0
  $ route add -net 22.0.0.0/0x8 dev a0; route add -net 23.0.0.0/8x dev a0; route -n | grep '^2[23]\.'
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  22.0.0.0        0.0.0.0         255.0.0.0       U     0      0        0 a0
  $ route add -host 20.9.9.9 gw 10.0.0.2 mss 63
  route: Invalid MSS/MTU.
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ route add -host 20.9.9.9 gw 10.0.0.2 window 127
  route: Invalid window.
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ route add -host 20.9.9.9 gw 10.0.0.2 mtu 1500 window 4096 irtt 20; route -n -e | grep 20.9.9.9; ip route show 20.9.9.9
  20.9.9.9        10.0.0.2        255.255.255.255 UGH    1500 4096      20 a0
  20.9.9.9 via 10.0.0.2 dev a0 linkdown window 4096 rtt 20ms advmss 1460 
  $ route add -host nosuch.example dev a0
  nosuch.example: Unknown host
  [6]
  $ route add -net nosuch.example dev a0
  nosuch.example: Host name lookup failure
  [6]
  $ route add -net 20.8.0.0 netmask nosuch dev a0
  nosuch: Host name lookup failure
  [6]
  $ route -C add -net 20.7.0.0/16 dev a0
  Modifying `inet' routing cache not supported
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ route flush
  Flushing `inet' routing table not supported
  Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                                [netmask N] [mss Mss] [window W] [irtt I]
                                [mod] [dyn] [reinstate] [[dev] If]
         inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
         inet_route [-FC] flush      NOT supported
  [3]
  $ route -A inet -n | head -1; route -4 -n | head -1; route -A bogus,inet
  Kernel IP routing table
  Kernel IP routing table
  Unknown address family `bogus'.
  [1]
  $ route -Cn -F | head -1
  Kernel IP routing table
  $ ifconfig a0 txqueuelen 0x20; ip link show a0 | grep -o 'qlen [0-9]*'
  qlen 32
