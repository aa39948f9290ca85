/proc/net/arp across states: an INCOMPLETE and FAILED entry (flags 0x0, zero address), NOARP, PERMANENT (0x6), STALE (0x2), proxy entries (pneigh, flags 0x8, Mask *), and net-tools arp -an of the same table.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0
  $ ip -n a neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev a0 nud noarp
  $ ip -n a neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev a0 nud stale
  $ ip -n a neigh add 10.0.0.6 dev a0 nud incomplete
  $ ip -n a neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev a0 nud failed
  $ ip -n a neigh add 10.0.0.8 dev a0 nud none
  $ ip -n a neigh add proxy 10.0.0.50 dev a0
  $ ip -n a neigh add proxy 10.0.0.51 dev a0 router
  $ ip netns exec a cat /proc/net/arp | sort
  10.0.0.3         0x1         0x6         02:00:00:00:00:03     *        a0
  10.0.0.5         0x1         0x2         02:00:00:00:00:05     *        a0
  10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.51        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.6         0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.7         0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip netns exec a arp -an | sort
  ? (10.0.0.3) at 02:00:00:00:00:03 [ether] PERM on a0
  ? (10.0.0.5) at 02:00:00:00:00:05 [ether] on a0
  ? (10.0.0.50) at <from_interface> PERM PUB on a0
  ? (10.0.0.51) at <from_interface> PERM PUB on a0
  ? (10.0.0.6) at <incomplete> on a0
  ? (10.0.0.7) at <incomplete> on a0
  $ ip netns exec a arp -n | sort
  10.0.0.3                 ether   02:00:00:00:00:03   CM                    a0
  10.0.0.5                 ether   02:00:00:00:00:05   C                     a0
  10.0.0.50                *       <from_interface>    MP                    a0
  10.0.0.51                *       <from_interface>    MP                    a0
  10.0.0.6                         (incomplete)                              a0
  10.0.0.7                         (incomplete)                              a0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ ip netns exec a ping -c 1 -W 1 10.0.0.99 > /dev/null
  [1]
  $ ip netns exec a cat /proc/net/arp | sort
  10.0.0.3         0x1         0x6         02:00:00:00:00:03     *        a0
  10.0.0.5         0x1         0x2         02:00:00:00:00:05     *        a0
  10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.51        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.6         0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.7         0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.99        0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ sleep 3
  $ ip netns exec a cat /proc/net/arp | sort
  10.0.0.3         0x1         0x6         02:00:00:00:00:03     *        a0
  10.0.0.5         0x1         0x2         02:00:00:00:00:05     *        a0
  10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.51        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.6         0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.7         0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.99        0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip -n a -4 neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:03 PERMANENT 
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:04 NOARP 
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:05 STALE 
  10.0.0.6 dev a0 INCOMPLETE 
  10.0.0.7 dev a0 FAILED 
  10.0.0.8 dev a0 
  10.0.0.99 dev a0 FAILED 
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ ip netns exec a cat /proc/net/arp | sort
  10.0.0.2         0x1         0x2         02:00:00:00:0b:01     *        a0
  10.0.0.3         0x1         0x6         02:00:00:00:00:03     *        a0
  10.0.0.5         0x1         0x2         02:00:00:00:00:05     *        a0
  10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.51        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.6         0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.7         0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.99        0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip -n a neigh change 10.0.0.2 dev a0 nud permanent
  $ ip netns exec a cat /proc/net/arp | sort
  10.0.0.2         0x1         0x6         02:00:00:00:0b:01     *        a0
  10.0.0.3         0x1         0x6         02:00:00:00:00:03     *        a0
  10.0.0.5         0x1         0x2         02:00:00:00:00:05     *        a0
  10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.51        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.6         0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.7         0x1         0x0         00:00:00:00:00:00     *        a0
  10.0.0.99        0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip -n a link set a0 down
  $ ip netns exec a cat /proc/net/arp | sort
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip -n a -4 neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  $ ip -n a neigh show proxy | sort
