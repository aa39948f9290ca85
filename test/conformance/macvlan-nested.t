A macvlan whose link is another macvlan hangs on the same lower device (macvlan_common_newlink follows the lower macvlan's lowerdev): ip link shows NAME@ROOTLOWER; siblings talk per mode; deleting the root takes them all; a mode change takes effect at once (after the failed neighbour entry of the first try expired: sleep 3).
  $ ip netns add h
  $ ip netns add o
  $ ip link add eth0 netns h address 02:00:00:00:05:01 type veth peer name o0 netns o address 02:00:00:00:05:02
  $ ip -n h link add link eth0 name m1 address 02:00:00:00:05:11 type macvlan mode bridge
  $ ip -n h link add link m1 name m2 address 02:00:00:00:05:12 type macvlan mode bridge
  $ ip -n h link add link m2 name m3 address 02:00:00:00:05:13 type macvlan mode private
  $ ip -n h -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  eth0@if2         DOWN           02:00:00:00:05:01 <BROADCAST,MULTICAST> 
  m1@eth0          DOWN           02:00:00:00:05:11 <BROADCAST,MULTICAST,M-DOWN> 
  m2@eth0          DOWN           02:00:00:00:05:12 <BROADCAST,MULTICAST,M-DOWN> 
  m3@eth0          DOWN           02:00:00:00:05:13 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -n h -d link show m2 | sed -n 3p | grep -o 'macvlan mode [a-z]*'
  macvlan mode bridge
  $ ip -n h link show m3
  5: m3@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:05:13 brd ff:ff:ff:ff:ff:ff
  $ ip netns add n1
  $ ip netns add n2
  $ ip netns add n3
  $ ip -n h link set m1 netns n1
  $ ip -n h link set m2 netns n2
  $ ip -n h link set m3 netns n3
  $ ip -n n2 link show m2
  4: m2@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:05:12 brd ff:ff:ff:ff:ff:ff link-netns h
  $ ip -n h link set eth0 up
  $ ip -n o link set o0 up
  $ for n in 1 2 3; do ip -n n$n link set m$n up; ip -n n$n addr add 10.5.0.1$n/24 dev m$n; done
  $ ip -n o addr add 10.5.0.2/24 dev o0
  $ ip netns exec n1 ping -c 1 -W 1 10.5.0.12 | grep -E 'transmitted'
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec n1 ping -c 1 -W 1 10.5.0.13 | grep -E 'transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec n3 ping -c 1 -W 1 10.5.0.2 | grep -E 'transmitted'
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec o ping -c 1 -W 1 10.5.0.13 | grep -E 'transmitted'
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ sleep 3
  $ ip -n n3 link set m3 type macvlan mode bridge
  $ ip netns exec n1 ping -c 1 -W 1 10.5.0.13 | grep -E 'transmitted'
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n n2 link set m2 type macvlan mode vepa
  $ ip netns exec n1 ping -c 1 -W 1 10.5.0.12 | grep -E 'transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n n2 -d link show m2 | sed -n 3p | grep -o 'macvlan mode [a-z]*'
  macvlan mode vepa
  $ ip -n n2 link set m2 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n n2 link set m2 type macvlan mode bogus
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "bogus"
  [1]
  $ ip -n n2 link set m2 type macvlan mode source
  $ ip -n n2 -d link show m2 | sed -n 3p | grep -o 'macvlan mode [a-z]*'
  macvlan mode source
  $ ip -n h link del eth0
  $ ip -n n1 link; ip -n n2 link; ip -n n3 link
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
