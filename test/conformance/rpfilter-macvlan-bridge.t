rp_filter with two devices on one subnet: a host with a veth and a macvlan on top of it, both addressed in 10.50.0.0/24, has two routes to the subnet and the first (the veth's) is the way back, so strict mode refuses what arrives on the macvlan (here the broadcast ARP request, which the veth answers instead, so pings still work) and loose mode takes it; behind a bridge, the bridge device is the receiving device and passes. Counters and dmesg (log_martians) on the host.
  $ for n in a h; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name h0 netns h address 02:00:00:00:0c:01
  $ ip -n h link add m0 link h0 address 02:00:00:00:0c:02 type macvlan mode bridge
  $ ip -n a link set a0 up; ip -n h link set h0 up; ip -n h link set m0 up
  $ ip -n a addr add 10.50.0.1/24 dev a0
  $ ip -n h addr add 10.50.0.2/24 dev h0
  $ ip -n h addr add 10.50.0.3/24 dev m0
  $ ip -n h route show
  10.50.0.0/24 dev h0 proto kernel scope link src 10.50.0.2 
  10.50.0.0/24 dev m0 proto kernel scope link src 10.50.0.3 
  $ ip -n h route get 10.50.0.1
  10.50.0.1 dev h0 src 10.50.0.2 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 10.50.0.3 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.all.log_martians=1
  $ ip -n h route get 10.50.0.3 from 10.50.0.1 iif m0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h route get 10.50.0.2 from 10.50.0.1 iif h0
  local 10.50.0.2 from 10.50.0.1 dev lo 
      cache <local> iif h0 
  $ ip -n a neigh flush dev a0
  $ ip netns exec a ping -c 1 -W 1 10.50.0.3 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 10.50.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ dmesg -t | grep -A1 'martian source 10.50.0.3 from 10.50.0.1, on dev m0' | tail -2
  IPv4: martian source 10.50.0.3 from 10.50.0.1, on dev m0
  ll header: 00000000: ff ff ff ff ff ff 02 00 00 00 0a 01 08 06
  $ ip netns exec h nstat -az TcpExtIPReversePathFilter IcmpInEchos | tail -n +2
  IcmpInEchos                     3                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec h sysctl -qw net.ipv4.conf.m0.rp_filter=2
  $ ip -n h route get 10.50.0.3 from 10.50.0.1 iif m0
  local 10.50.0.3 from 10.50.0.1 dev lo 
      cache <local> iif m0 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip netns exec a ping -c 1 -W 1 10.50.0.3 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n h neigh show | sort
  10.50.0.1 dev h0 lladdr 02:00:00:00:0a:01 DELAY 
  10.50.0.1 dev m0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip -n h link del m0
  $ ip -n h link add br0 address 02:00:00:00:0c:03 type bridge
  $ ip -n h addr flush dev h0; ip -n h link set h0 master br0; ip -n h link set br0 up
  $ ip -n h addr add 10.50.0.2/24 dev br0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n h route get 10.50.0.2 from 10.50.0.1 iif br0
  local 10.50.0.2 from 10.50.0.1 dev lo 
      cache <local> iif br0 
  $ ip -n h route get 10.50.0.2 from 10.50.0.1 iif h0
  RTNETLINK answers: Invalid argument
  [2]
  $ sleep 1; ip netns exec a ping -c 1 -W 1 10.50.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h nstat -az TcpExtIPReversePathFilter IcmpInEchos | tail -n +2
  IcmpInEchos                     5                  0.0
  TcpExtIPReversePathFilter       0                  0.0
