The router's redirect back-off on a shared LAN (ip_rt_send_redirect()): a host that ignores redirects keeps sending through the router, which redirects the first packet and then only after redirect_load << n (20 ms doubling) has passed since the last, so a 0.2 s ping train gets redirects at 0, 0.2, 0.4, 0.6, 1.0 and 1.8 s; a second source has its own peer; the ping shows each redirect it gets.
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge mcast_snooping 0
  $ ip -n lan link set br0 up
  $ n=1; for h in h r1 r2; do ip netns add $h; ip netns exec $h sysctl -qw net.ipv6.conf.all.disable_ipv6=1; ip link add eth0 netns $h address 02:00:00:00:0d:0$n type veth peer name p$n netns lan; ip -n lan link set p$n master br0 up; ip -n $h link set lo up; ip -n $h link set eth0 up; n=$((n+1)); done
  $ ip netns exec lan sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  $ ip -n h addr add 192.168.30.2/24 dev eth0
  $ ip -n h addr add 192.168.30.3/24 dev eth0
  $ ip -n r1 addr add 192.168.30.1/24 dev eth0
  $ ip -n r2 addr add 192.168.30.254/24 dev eth0
  $ ip -n r2 addr add 10.60.0.1/24 dev lo
  $ ip -n h route add default via 192.168.30.1
  $ ip -n r1 route add 10.60.0.0/24 via 192.168.30.254
  $ ip -n r2 route add 192.168.30.0/24 dev eth0 2>/dev/null; ip -n r2 route show
  192.168.30.0/24 dev eth0 proto kernel scope link src 192.168.30.254 
  $ ip netns exec r1 sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=0 net.ipv4.conf.eth0.accept_redirects=0
  $ ip netns exec h ping -c 12 -i 0.2 10.60.0.1 | grep -c "Redirect Host"
  6
  $ ip netns exec r1 nstat -az IcmpOutRedirects IpForwDatagrams IcmpMsgOutType5
  #kernel
  IpForwDatagrams                 12                 0.0
  IcmpOutRedirects                6                  0.0
  IcmpMsgOutType5                 6                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects
  #kernel
  IcmpInRedirects                 6                  0.0
  $ ip -n h route get 10.60.0.1
  10.60.0.1 via 192.168.30.1 dev eth0 src 192.168.30.2 uid 0 
      cache 
  $ ip netns exec h ping -c 3 -i 0.2 -I 192.168.30.3 10.60.0.1 | grep "Redirect Host"
  From 192.168.30.1: icmp_seq=1 Redirect Host(New nexthop: 192.168.30.254)
  From 192.168.30.1: icmp_seq=2 Redirect Host(New nexthop: 192.168.30.254)
  From 192.168.30.1: icmp_seq=3 Redirect Host(New nexthop: 192.168.30.254)
  $ ip netns exec r1 nstat -az IcmpOutRedirects
  #kernel
  IcmpOutRedirects                9                  0.0
  $ ip netns exec h ping -c 2 -i 0.2 10.60.0.1 | grep -c "Redirect Host"
  0
  [1]
  $ ip netns exec r1 nstat -az IcmpOutRedirects
  #kernel
  IcmpOutRedirects                9                  0.0
  $ ip netns exec r1 sysctl -qw net.ipv4.conf.eth0.send_redirects=0
  $ ip netns exec h ping -c 2 -i 0.2 -I 192.168.30.3 10.60.0.1 | grep -c "Redirect Host"
  1
  $ ip netns exec r1 sysctl -qw net.ipv4.conf.all.send_redirects=0
  $ ip netns exec h ping -c 2 -i 0.2 -I 192.168.30.3 10.60.0.1 | grep -c "Redirect Host"
  0
  [1]
  $ ip netns exec r1 nstat -az IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 21                 0.0
  IcmpOutRedirects                10                 0.0
