VXLAN FDB entries through fdb nexthop groups: the checks on the object, the listing with nhid, a ping over the overlay carried to the group's member, an appended remote kept out of use, learning that leaves such an entry alone, and the entries gone with their object.
  $ ip netns add h1; ip netns add h2
  $ ip link add u1 netns h1 type veth peer name u2 netns h2
  $ ip -n h1 link set u1 up; ip -n h2 link set u2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev u1; ip -n h2 addr add 10.0.0.2/24 dev u2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h1 link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1 dev u1
  $ ip -n h2 link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.2 dev u2
  $ ip -n h1 link set vx0 address 02:00:00:00:aa:01 up; ip -n h2 link set vx0 address 02:00:00:00:aa:02 up
  $ ip -n h1 addr add 192.168.9.1/24 dev vx0; ip -n h2 addr add 192.168.9.2/24 dev vx0
  $ ip -n h1 nexthop add id 1 via 10.0.0.2 fdb
  $ ip -n h1 nexthop add id 2 via 10.0.0.9 dev u1
  $ ip -n h1 nexthop add id 10 group 1 fdb
  $ ip -n h1 nexthop add id 11 group 2
  $ bridge -n h1 fdb add 02:00:00:00:aa:02 dev vx0 nhid 1 self
  Error: Nexthop is not a multipath group.
  [255]
  $ bridge -n h1 fdb add 02:00:00:00:aa:02 dev vx0 nhid 11 self
  Error: Nexthop is not a fdb nexthop.
  [255]
  $ bridge -n h1 fdb add 02:00:00:00:aa:02 dev vx0 nhid 99 self
  Error: Nexthop id does not exist.
  [255]
  $ bridge -n h1 fdb add 02:00:00:00:aa:02 dev vx0 nhid 10 dst 10.0.0.5 self
  dst, port, vni are mutually exclusive with nhid
  [255]
  $ bridge -n h1 fdb add 02:00:00:00:aa:02 dev vx0 nhid 10 self
  $ bridge -n h1 fdb add 00:00:00:00:00:00 dev vx0 nhid 10 self
  $ bridge -n h1 fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.7 self
  $ bridge -n h1 fdb show dev vx0
  00:00:00:00:00:00 nhid 10 self permanent
  02:00:00:00:aa:02 nhid 10 self permanent
  $ bridge -n h1 -j fdb show dev vx0
  [{"mac":"00:00:00:00:00:00","nhid":10,"flags":["self"],"state":"permanent"},{"mac":"02:00:00:00:aa:02","nhid":10,"flags":["self"],"state":"permanent"}]
  $ bridge -n h1 fdb get 02:00:00:00:aa:02 dev vx0 self
  02:00:00:00:aa:02 dev vx0 nhid 10 self permanent
  $ ip netns exec h1 tcpdump -n -i u1 -c 4 udp port 4789 > cap.txt 2>/dev/null &
  $ sleep 0.3
  $ ip netns exec h1 ping -c 1 -W 1 192.168.9.2 | grep -E 'transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 0.3; kill %1 2>/dev/null; wait; sed -E 's/^[0-9:.]+ //; s/(10\.0\.0\.[12])\.[0-9]+ >/\1.P >/; s/length [0-9]+: .*/length L/' cap.txt
  IP 10.0.0.1.P > 10.0.0.2.4789: VXLAN, flags [I] (0x08), vni 42
  ARP, Request who-has 192.168.9.2 tell 192.168.9.1, length 28
  IP 10.0.0.2.P > 10.0.0.1.4789: VXLAN, flags [I] (0x08), vni 42
  ARP, Reply 192.168.9.2 is-at 02:00:00:00:aa:02, length 28
  $ bridge -n h2 fdb show dev vx0 | grep aa:01
  02:00:00:00:aa:01 dst 10.0.0.1 self 
  $ bridge -n h1 fdb replace 02:00:00:00:aa:02 dev vx0 dst 10.0.0.2 self
  $ bridge -n h1 fdb show dev vx0
  00:00:00:00:00:00 nhid 10 self permanent
  02:00:00:00:aa:02 nhid 10 self permanent
  $ bridge -n h1 fdb replace 02:00:00:00:aa:02 dev vx0 nhid 10 self
  $ ip -n h1 nexthop del id 10
  $ bridge -n h1 fdb show dev vx0
  $ ip -n h1 nexthop
  id 1 via 10.0.0.2 scope link fdb
  id 2 via 10.0.0.9 dev u1 scope link 
  id 11 group 2 
