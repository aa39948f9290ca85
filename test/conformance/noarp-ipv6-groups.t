IPv6 on a device with arp off (IFF_NOARP): addrconf skips DAD and joins no solicited-node group (addrconf_join_solict() returns on NOARP and loopback devices), so a fresh device sends one Router Solicitation and no MLD report, where multicast off alone still sends the DAD probe and the reports; ip maddr shows the groups each kind of device holds; a device that turns arp off keeps the group it joined, and as its leave is skipped too (addrconf_leave_solict()), a down and up with arp off leaves the group there; with arp on again the next join counts a second user.
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link add w0 address 02:00:00:00:00:03 type veth peer name w1 address 02:00:00:00:00:04
  $ ip link add x0 address 02:00:00:00:00:05 type veth peer name x1 address 02:00:00:00:00:06
  $ ip link add y0 address 02:00:00:00:00:07 type veth peer name y1 address 02:00:00:00:00:08
  $ ip link set v1 up; ip link set w1 up; ip link set x1 up; ip link set y1 up
  $ ip link set v0 multicast off up
  $ ip link set w0 arp off up
  $ ip link set x0 arp off multicast off up
  $ ip link set y0 up
  $ sleep 3
  $ for d in v1 w1 x1 y1; do ip -s link show $d | sed -n 4p; done
             516       6      0       0       0       0 
              70       1      0       0       0       0 
              70       1      0       0       0       0 
             516       6      0       0       0       0 
  $ ip maddr show dev w0
  5:	w0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip maddr show dev y0
  9:	y0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:07
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:7
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip -6 addr show dev w0
  5: w0@w1: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet6 fe80::ff:fe00:3/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip link set y0 arp off
  $ ip maddr show dev y0
  9:	y0
  	link  33:33:00:00:00:01
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:07
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:7
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip link set y0 down
  $ ip link set y0 up
  $ ip maddr show dev y0
  9:	y0
  	link  01:00:5e:00:00:01
  	link  33:33:ff:00:00:07
  	link  33:33:00:00:00:01
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:7
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip link set y0 arp on
  $ ip link set y0 down
  $ ip link set y0 up
  $ sleep 1
  $ ip maddr show dev y0
  9:	y0
  	link  01:00:5e:00:00:01
  	link  33:33:00:00:00:01
  	link  33:33:ff:00:00:07
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:7
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip link set y0 down
  $ ip maddr show dev y0
  9:	y0
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip link set w0 arp on
  $ ip link set w0 down
  $ ip link set w0 up
  $ sleep 2
  $ ip maddr show dev w0
  5:	w0
  	link  01:00:5e:00:00:01
  	link  33:33:00:00:00:01
  	link  33:33:ff:00:00:03
  	inet  224.0.0.1
  	inet6 ff02::1:ff00:3
  	inet6 ff02::1
  	inet6 ff01::1
