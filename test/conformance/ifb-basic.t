ifb (Intermediate Functional Block): an Ethernet device without ARP or multicast, a 32-packet queue (pfifo_fast once up, state UNKNOWN: no carrier events), no MTU bounds; what the stack sends through it without a tc redirect is counted as received and dropped (ifb_xmit()), so a fresh one shows its IPv6 Router Solicitation in RX dropped; names from ifb%d; ifb_validate() on the address; below 68 bytes of MTU IPv4 goes (ENOBUFS for an address). The tun kind exists but refuses rtnetlink creation.
  $ ip netns add n
  $ ip -n n link add ifb0 address 02:00:00:00:00:08 type ifb
  $ ip -n n link add ifb%d address 02:00:00:00:00:09 type ifb
  $ ip -n n link add address 02:00:00:00:00:0a type ifb
  $ ip -n n link add ifb9 address 01:00:00:00:00:0a type ifb
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip -n n link add ifb9 address 00:00:00:00:00:00 type ifb
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip -n n link add ifb9 address 02:00:00:00:00 type ifb
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n n -d link show | sed -E 's/ numtxqueues.*//'
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 addrgenmode eui64
  2: ifb0: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:08 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 
      ifb addrgenmode eui64
  3: ifb1: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:09 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 
      ifb addrgenmode eui64
  4: ifb2: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:0a brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 
      ifb addrgenmode eui64
  $ ip -n n link set ifb0 up
  $ ip -n n link show ifb0
  2: ifb0: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UNKNOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:08 brd ff:ff:ff:ff:ff:ff
  $ sleep 1
  $ ip -n n -s link show ifb0
  2: ifb0: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UNKNOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:08 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
              70       1      0       1       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip -n n link set ifb0 mtu 100000
  $ ip -n n link set ifb0 mtu 0
  $ ip -n n link set ifb0 mtu 67
  $ ip -n n link show ifb0
  2: ifb0: <BROADCAST,NOARP,UP,LOWER_UP> mtu 67 qdisc pfifo_fast state UNKNOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:08 brd ff:ff:ff:ff:ff:ff
  $ ip -n n addr add 10.0.0.1/24 dev ifb0
  RTNETLINK answers: No buffer space available
  [2]
  $ ip -n n link set ifb0 mtu 1500
  $ ip -n n addr add 10.0.0.1/24 dev ifb0
  $ ip netns exec n ping -c 1 -W 1 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n n -s link show ifb0
  2: ifb0: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UNKNOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:08 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       3       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip -n n link set ifb0 arp on multicast on
  $ ip -n n link show ifb0
  2: ifb0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UNKNOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:08 brd ff:ff:ff:ff:ff:ff
  $ ip -n n link add ifb3 address 02:00:00:00:00:0b type ifb foo
  $ ip netns exec n cat /sys/class/net/ifb3/tx_queue_len /sys/class/net/ifb3/type /sys/class/net/ifb3/addr_assign_type /sys/class/net/ifb3/operstate
  32
  1
  3
  down
  $ ip -n n -j link show ifb3
  [{"ifindex":5,"ifname":"ifb3","flags":["BROADCAST","NOARP"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":32,"link_type":"ether","address":"02:00:00:00:00:0b","broadcast":"ff:ff:ff:ff:ff:ff"}]
  $ ip -n n link del ifb0
  $ ip -n n -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  ifb1             DOWN           02:00:00:00:00:09 <BROADCAST,NOARP> 
  ifb2             DOWN           02:00:00:00:00:0a <BROADCAST,NOARP> 
  ifb3             DOWN           02:00:00:00:00:0b <BROADCAST,NOARP> 
  $ ip -n n link add t0 type tun
  Error: tun/tap creation via rtnetlink is not supported.
  [2]
  $ ip -n n link set ifb3 type tun
  Error: tun/tap creation via rtnetlink is not supported.
  [2]
  $ ip -n n link show type ifb
  3: ifb1: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:09 brd ff:ff:ff:ff:ff:ff
  4: ifb2: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:0a brd ff:ff:ff:ff:ff:ff
  5: ifb3: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 32
      link/ether 02:00:00:00:00:0b brd ff:ff:ff:ff:ff:ff
