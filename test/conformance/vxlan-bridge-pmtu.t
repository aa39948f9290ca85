A vxlan bridge port whose underlay path is smaller than the frame: a DF
frame bridged onto it is answered with "fragmentation needed" built by the
tunnel (iptunnel_pmtud_build_icmp, from the frame's destination) and not
sent; a frame without DF is sent, the outer packet fragmented. The answer
counts as sent and received on the tunnel (vxlan_encap_bypass). Transmit
counters on a and receive counters on b are left out: Linux's bridge adds
packets of its own at times.
  $ for n in h a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name bp netns a address 02:00:00:00:00:02
  $ ip link add u0 netns a address 02:00:00:00:00:03 type veth peer name u1 netns b address 02:00:00:00:00:04
  $ ip -n a link add br0 address 02:00:00:00:00:05 type bridge
  $ ip -n a link add vx0 address 02:00:00:00:00:06 type vxlan id 42 local 192.168.0.1 remote 192.168.0.2 dstport 4789
  $ ip -n b link add vx0 address 02:00:00:00:00:07 type vxlan id 42 local 192.168.0.2 remote 192.168.0.1 dstport 4789
  $ ip -n a link set vx0 mtu 1500
  $ ip -n b link set vx0 mtu 1500
  $ ip -n a link set bp master br0
  $ ip -n a link set vx0 master br0
  $ for x in "h h0" "a bp" "a u0" "a br0" "a vx0" "b u1" "b vx0"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n h addr add 10.9.0.1/24 dev h0
  $ ip -n a addr add 192.168.0.1/24 dev u0
  $ ip -n b addr add 192.168.0.2/24 dev u1
  $ ip -n b addr add 10.9.0.2/24 dev vx0
  $ ip -n h neigh add 10.9.0.2 lladdr 02:00:00:00:00:07 dev h0
  $ ip -n b neigh add 10.9.0.1 lladdr 02:00:00:00:00:01 dev vx0
  $ sleep 2
  $ ip netns exec h ping -c 1 -W 1 -s 1000 10.9.0.2 | grep -c 'bytes from'
  1
  $ ip netns exec h ping -c 1 -W 1 -M do -s 1472 10.9.0.2 | head -3
  PING 10.9.0.2 (10.9.0.2) 1472(1500) bytes of data.
  From 10.9.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1450)
  $ ip -n h route get 10.9.0.2
  10.9.0.2 dev h0 src 10.9.0.1 uid 0 
      cache expires *sec mtu 1450  (glob)
  $ ip netns exec h ping -c 1 -W 1 -M dont -s 1472 10.9.0.2 | grep -c 'bytes from'
  1
  $ ip -n a -s link show vx0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
            3118       3      0       0       0       0 
  $ ip -n b -s link show vx0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
            2528       2      0       0       0       0 
