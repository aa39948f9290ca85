rp_filter on VLAN devices: the sysctl path of a dotted name (net.ipv4.conf.r0/5 and its slash form), strict and loose on the VLAN against the all setting, default seeding a new VLAN, a rename keeping the setting, ip netconf for them, /proc listings and sysctl -a.
  $ ip netns add a
  $ ip netns add r
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip -n a link add link a0 name a0.5 type vlan id 5
  Error: Unknown device type.
  [2]
  $ ip -n r link add link r0 name r0.5 type vlan id 5
  Error: Unknown device type.
  [2]
  $ for n in a r; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n a link set a0.5 up; ip -n r link set r0 up; ip -n r link set r0.5 up
  Cannot find device "a0.5"
  Cannot find device "r0.5"
  [1]
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n a addr add 10.5.0.2/24 dev a0.5
  Cannot find device "a0.5"
  [1]
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.5.0.1/24 dev r0.5
  Cannot find device "r0.5"
  [1]
  $ ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r route add 172.16.0.1/32 via 10.1.0.2
  $ ip -n a route add 10.9.0.0/16 via 10.5.0.1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | sed -n 2,4p
  
  --- 10.9.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0.5
  Cannot find device "r0.5"
  [1]
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0
  local 10.9.0.1 from 172.16.0.1 dev lo 
      cache <local> iif r0 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0/5.rp_filter=2
  sysctl: cannot stat /proc/sys/net/ipv4/conf/r0.5/rp_filter: No such file or directory
  [1]
  $ ip netns exec r sysctl net.ipv4.conf.r0/5.rp_filter net.ipv4.conf.r0.5.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/r0.5/rp_filter: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/conf/r0/5/rp_filter: No such file or directory
  [2]
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0.5
  Cannot find device "r0.5"
  [1]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=0
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0.5
  Cannot find device "r0.5"
  [1]
  $ ip netns exec r sysctl -w net.ipv4.conf.r0/5.rp_filter=1
  sysctl: cannot stat /proc/sys/net/ipv4/conf/r0.5/rp_filter: No such file or directory
  [1]
  $ ip -n r route get 10.9.0.1 from 172.16.0.1 iif r0.5
  Cannot find device "r0.5"
  [1]
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | sed -n 2,4p
  
  --- 10.9.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpInReceives IpInDelivers
  #kernel
  IpInReceives                    0                  0.0
  IpInDelivers                    0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip -n r -s link show r0.5 | sed -n 3,6p
  Device "r0.5" does not exist.
  $ ip netns exec r sysctl -w net.ipv4.conf.default.rp_filter=1
  net.ipv4.conf.default.rp_filter = 1
  $ ip -n r link add link r0 name r0.6 type vlan id 6
  Error: Unknown device type.
  [2]
  $ ip netns exec r sysctl net.ipv4.conf.r0/6.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/r0.6/rp_filter: No such file or directory
  [1]
  $ ip -n r netconf show dev r0.6
  Device "r0.6" does not exist.
  [1]
  $ ip -n r netconf show dev r0.5
  Device "r0.5" does not exist.
  [1]
  $ ip -n r link set r0.5 name vl5
  Cannot find device "r0.5"
  [1]
  $ ip netns exec r sysctl net.ipv4.conf.vl5.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/vl5/rp_filter: No such file or directory
  [1]
  $ ip -n r -j netconf show dev vl5
  Device "vl5" does not exist.
  [1]
  $ ip netns exec r cat /proc/sys/net/ipv4/conf/vl5/rp_filter
  cat: /proc/sys/net/ipv4/conf/vl5/rp_filter: No such file or directory
  [1]
  $ ip netns exec r ls /proc/sys/net/ipv4/conf/
  all
  default
  lo
  r0
  $ ip netns exec r sysctl -a 2>/dev/null | grep '\.rp_filter'
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 1
  net.ipv4.conf.lo.rp_filter = 0
  net.ipv4.conf.r0.rp_filter = 0
  $ ip netns exec r sysctl -a 2>/dev/null | grep 'src_valid_mark\|accept_local\|route_localnet' | sort
  net.ipv4.conf.all.accept_local = 0
  net.ipv4.conf.all.route_localnet = 0
  net.ipv4.conf.all.src_valid_mark = 0
  net.ipv4.conf.default.accept_local = 0
  net.ipv4.conf.default.route_localnet = 0
  net.ipv4.conf.default.src_valid_mark = 0
  net.ipv4.conf.lo.accept_local = 0
  net.ipv4.conf.lo.route_localnet = 0
  net.ipv4.conf.lo.src_valid_mark = 0
  net.ipv4.conf.r0.accept_local = 0
  net.ipv4.conf.r0.route_localnet = 0
  net.ipv4.conf.r0.src_valid_mark = 0
