ICMP redirects: send_redirects, accept_redirects, secure_redirects and the redirected cache.
  $ for n in h r g; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n r link add br type bridge
  "type" is invalid lladdr.
  [1]
  $ ip -n r link set br up
  "up" is invalid lladdr.
  [1]
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name p1 netns r
  $ ip link add g0 netns g address 02:00:00:00:00:02 type veth peer name p2 netns r
  $ ip -n r link add r0 address 02:00:00:00:00:03 type veth peer name p3
  $ for p in p1 p2 p3; do ip -n r link set $p master br up; done
  Error: argument "br" is wrong: Device does not exist
  
  Error: argument "br" is wrong: Device does not exist
  
  Error: argument "br" is wrong: Device does not exist
  [255]
  $ ip -n r link set r0 up; ip -n h link set h0 up; ip -n g link set g0 up
  $ ip -n h addr add 10.0.0.1/24 dev h0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n g addr add 10.0.0.253/24 dev g0
  $ ip -n g addr add 172.16.0.1/24 dev g0
  $ ip -n g link set lo up
  $ ip -n h route add default via 10.0.0.254
  $ ip -n r route add 172.16.0.0/24 via 10.0.0.253
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n g route add 10.0.0.0/24 dev g0 2>/dev/null; true
  $ ip netns exec h ping -c 1 172.16.0.1 | sed -n 2,3p | sed -E 's/time=[0-9.]+/time=X/'
  
  --- 172.16.0.1 ping statistics ---
  $ ip -n h route get 172.16.0.1
  172.16.0.1 via 10.0.0.254 dev h0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec h sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.h0.accept_redirects net.ipv4.conf.all.secure_redirects
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.all.secure_redirects = 1
  $ ip -n h route flush cache
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=0
  $ ip netns exec h ping -c 1 172.16.0.9 | sed -n 2,3p | sed -E 's/time=[0-9.]+/time=X/'
  
  --- 172.16.0.9 ping statistics ---
  $ ip -n h route get 172.16.0.9
  172.16.0.9 via 10.0.0.254 dev h0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=1 net.ipv4.conf.r0.send_redirects=0
  sysctl: cannot stat /proc/sys/net/ipv4/conf/r0/send_redirects: No such file or directory
  [1]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=0 net.ipv4.conf.r0.send_redirects=0
  $ ip netns exec h ping -c 1 -W 1 172.16.0.10 | sed -n 2,3p | sed -E 's/time=[0-9.]+/time=X/'
  
  --- 172.16.0.10 ping statistics ---
  $ ip -n h route get 172.16.0.10
  172.16.0.10 via 10.0.0.254 dev h0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 0                  0.0
  IcmpOutRedirects                0                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects | tail -n +2
  IcmpInRedirects                 0                  0.0
  $ ip -n h route show cache
