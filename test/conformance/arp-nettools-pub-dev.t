net-tools arp with -D (take the hardware address of a device), pub entries with and without a netmask, temp, -e and -a listings of proxy and incomplete entries, deletes of pub and non-pub, and how each shows in ip neigh and /proc/net/arp.
  $ for n in x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name y0 netns y address 02:00:00:00:00:02
  $ ip -n x link set x0 up; ip -n y link set y0 up
  $ ip -n x addr add 10.0.0.1/24 dev x0
  $ ip -n y addr add 10.0.0.2/24 dev y0
  $ ip netns exec x arp -s 10.0.0.50 -D x0 pub; echo rc=$?
  rc=0
  $ ip netns exec x arp -Ds 10.0.0.51 x0; echo rc=$?
  rc=0
  $ ip netns exec x arp -i x0 -Ds 10.0.0.52 x0 temp; echo rc=$?
  rc=0
  $ ip netns exec x arp -s 10.0.0.53 -D nosuch; echo rc=$?
  arp: cant get HW-Address for `nosuch': No such device.
  rc=255
  $ ip netns exec x arp -s 10.0.0.54 02:00:00:00:00:54 pub netmask 255.255.255.255; echo rc=$?
  SIOCSARP: No such device
  rc=255
  $ ip netns exec x arp -s 10.0.0.55 02:00:00:00:00:55 pub netmask 255.255.255.0; echo rc=$?
  SIOCSARP: Invalid argument
  rc=255
  $ ip netns exec x arp -s 10.0.0.56 02:00:00:00:00:56 netmask 255.255.255.255; echo rc=$?
  rc=0
  $ ip netns exec x arp -s 10.0.0.57 02:00:00:00:00:57 pub temp; echo rc=$?
  SIOCSARP: No such device
  rc=255
  $ ip netns exec x arp -s 10.0.0.58 02:00:00:00:00:58 trail; echo rc=$?
  rc=0
  $ ip -n x neigh show nud all | sort
  10.0.0.51 dev x0 lladdr 02:00:00:00:00:01 PERMANENT 
  10.0.0.52 dev x0 lladdr 02:00:00:00:00:01 STALE 
  10.0.0.56 dev x0 lladdr 02:00:00:00:00:56 PERMANENT 
  10.0.0.58 dev x0 lladdr 02:00:00:00:00:58 PERMANENT 
  $ ip -n x neigh show proxy | sort
  10.0.0.50 dev x0 proxy 
  $ ip netns exec x sort /proc/net/arp
  10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        x0
  10.0.0.51        0x1         0x6         02:00:00:00:00:01     *        x0
  10.0.0.52        0x1         0x2         02:00:00:00:00:01     *        x0
  10.0.0.56        0x1         0x6         02:00:00:00:00:56     *        x0
  10.0.0.58        0x1         0x6         02:00:00:00:00:58     *        x0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip netns exec x ping -c 1 -W 1 10.0.0.99 > /dev/null
  [1]
  $ ip netns exec x arp -n | sort
  10.0.0.50                *       <from_interface>    MP                    x0
  10.0.0.51                ether   02:00:00:00:00:01   CM                    x0
  10.0.0.52                ether   02:00:00:00:00:01   C                     x0
  10.0.0.56                ether   02:00:00:00:00:56   CM                    x0
  10.0.0.58                ether   02:00:00:00:00:58   CM                    x0
  10.0.0.99                        (incomplete)                              x0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ ip netns exec x arp -e | sort
  10.0.0.50                *       <from_interface>    MP                    x0
  10.0.0.51                ether   02:00:00:00:00:01   CM                    x0
  10.0.0.52                ether   02:00:00:00:00:01   C                     x0
  10.0.0.56                ether   02:00:00:00:00:56   CM                    x0
  10.0.0.58                ether   02:00:00:00:00:58   CM                    x0
  10.0.0.99                        (incomplete)                              x0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ ip netns exec x arp -an | sort
  ? (10.0.0.50) at <from_interface> PERM PUB on x0
  ? (10.0.0.51) at 02:00:00:00:00:01 [ether] PERM on x0
  ? (10.0.0.52) at 02:00:00:00:00:01 [ether] on x0
  ? (10.0.0.56) at 02:00:00:00:00:56 [ether] PERM on x0
  ? (10.0.0.58) at 02:00:00:00:00:58 [ether] PERM on x0
  ? (10.0.0.99) at <incomplete> on x0
  $ ip netns exec y arping -c 1 -w 1 -I y0 10.0.0.50 | sort
  ARPING 10.0.0.50 from 10.0.0.2 y0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip netns exec y arping -c 1 -w 1 -I y0 10.0.0.54 | sort
  ARPING 10.0.0.54 from 10.0.0.2 y0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip netns exec y arping -c 1 -w 1 -I y0 10.0.0.57 | sort
  ARPING 10.0.0.57 from 10.0.0.2 y0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip netns exec x arp -d 10.0.0.50; echo rc=$?
  No ARP entry for 10.0.0.50
  rc=255
  $ ip netns exec x arp -d 10.0.0.50 pub; echo rc=$?
  No ARP entry for 10.0.0.50
  rc=255
  $ ip netns exec x arp -d 10.0.0.50 pub; echo rc=$?
  No ARP entry for 10.0.0.50
  rc=255
  $ ip netns exec x arp -i x0 -d 10.0.0.51; echo rc=$?
  rc=0
  $ ip netns exec x arp -d 10.0.0.99; echo rc=$?
  rc=0
  $ ip netns exec x arp -d 10.0.0.98; echo rc=$?
  No ARP entry for 10.0.0.98
  rc=255
  $ ip netns exec x arp -d 10.0.0.57; echo rc=$?
  No ARP entry for 10.0.0.57
  rc=255
  $ ip -n x neigh show nud all | sort; ip -n x neigh show proxy | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.52 dev x0 lladdr 02:00:00:00:00:01 STALE 
  10.0.0.56 dev x0 lladdr 02:00:00:00:00:56 PERMANENT 
  10.0.0.58 dev x0 lladdr 02:00:00:00:00:58 PERMANENT 
  10.0.0.50 dev x0 proxy 
