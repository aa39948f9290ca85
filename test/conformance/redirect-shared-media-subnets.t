ICMP redirects on one LAN carrying two subnets: a router forwards a host's packet back out of the same interface toward a gateway of the other subnet; shared_media (the router's device or all) decides whether a redirect is sent when host and gateway share no subnet (inet_addr_onlink), and the host's shared_media/secure_redirects decide whether it accepts one naming an off-subnet gateway.
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge mcast_snooping 0
  $ ip -n lan link set br0 up
  $ n=1; for h in h r1 r2; do ip netns add $h; ip netns exec $h sysctl -qw net.ipv6.conf.all.disable_ipv6=1; ip link add eth0 netns $h address 02:00:00:00:06:0$n type veth peer name p$n netns lan; ip -n lan link set p$n master br0 up; ip -n $h link set lo up; ip -n $h link set eth0 up; n=$((n+1)); done
  $ ip netns exec lan sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  $ ip -n h addr add 192.168.10.2/24 dev eth0
  $ ip -n r1 addr add 192.168.10.1/24 dev eth0
  $ ip -n r1 addr add 192.168.20.1/24 dev eth0
  $ ip -n r2 addr add 192.168.20.254/24 dev eth0
  $ ip -n r2 addr add 10.50.0.1/24 dev lo
  $ ip -n h route add default via 192.168.10.1
  $ ip -n r1 route add 10.50.0.0/24 via 192.168.20.254
  $ ip -n r2 route add default via 192.168.20.1
  $ ip netns exec r1 sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r1 sysctl net.ipv4.conf.eth0.shared_media net.ipv4.conf.all.shared_media
  net.ipv4.conf.eth0.shared_media = 1
  net.ipv4.conf.all.shared_media = 1
  $ sleep 1; ip netns exec h ping -c 1 -W 1 10.50.0.1 | sed -n 2p
  From 192.168.10.1: icmp_seq=1 Redirect Host(New nexthop: 192.168.20.254)
  $ ip netns exec r1 nstat -az IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 2                  0.0
  IcmpOutRedirects                1                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects
  #kernel
  IcmpInRedirects                 1                  0.0
  $ ip -n h route get 10.50.0.1
  10.50.0.1 via 192.168.10.1 dev eth0 src 192.168.10.2 uid 0 
      cache 
  $ ip -n h route flush cache
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth0.shared_media=0
  $ sleep 1; ip netns exec h ping -c 1 -W 1 10.50.0.1 | sed -n 2p
  From 192.168.10.1: icmp_seq=1 Redirect Host(New nexthop: 192.168.20.254)
  $ ip netns exec h nstat -az IcmpInRedirects
  #kernel
  IcmpInRedirects                 2                  0.0
  $ ip -n h route get 10.50.0.1
  10.50.0.1 via 192.168.20.254 dev eth0 src 192.168.10.2 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.shared_media=0
  $ sleep 1; ip netns exec h ping -c 1 -W 1 10.50.0.1 | sed -n 2p
  64 bytes from 10.50.0.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n h route get 10.50.0.1
  10.50.0.1 via 192.168.20.254 dev eth0 src 192.168.10.2 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.shared_media=1 net.ipv4.conf.eth0.shared_media=1
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=0
  $ ip -n h route flush cache
  $ ip -n h route get 10.50.0.1
  10.50.0.1 via 192.168.10.1 dev eth0 src 192.168.10.2 uid 0 
      cache 
  $ ip netns exec r1 sysctl -qw net.ipv4.conf.eth0.shared_media=0
  $ ip netns exec r1 sysctl -qw net.ipv4.icmp_ratelimit=0
  $ sleep 1; ip netns exec h ping -c 1 -W 1 10.50.0.1 | sed -n 2p
  From 192.168.10.1: icmp_seq=1 Redirect Host(New nexthop: 192.168.20.254)
  $ ip netns exec r1 nstat -az IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 7                  0.0
  IcmpOutRedirects                3                  0.0
  $ ip netns exec r1 sysctl -qw net.ipv4.conf.all.shared_media=0
  $ sleep 1; ip netns exec h ping -c 1 -W 1 10.50.0.1 | sed -n 2p
  64 bytes from 10.50.0.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r1 nstat -az IcmpOutRedirects
  #kernel
  IcmpOutRedirects                3                  0.0
  $ ip -n h addr add 192.168.20.2/24 dev eth0
  $ sleep 1; ip netns exec h ping -c 1 -W 1 -I 192.168.20.2 10.50.0.1 | sed -n 2p
  64 bytes from 10.50.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r1 nstat -az IcmpOutRedirects
  #kernel
  IcmpOutRedirects                3                  0.0
  $ ip -n h route get 10.50.0.1 from 192.168.20.2
  10.50.0.1 from 192.168.20.2 via 192.168.20.254 dev eth0 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec h nstat -az IcmpInRedirects
  #kernel
  IcmpInRedirects                 3                  0.0
