accept_redirects over every combination of all and the device (one source address each: the router's back-off is per source), with forwarding off, on for the device only, and on for all (IN_DEV_RX_REDIRECTS: the OR of the two on a host, their AND when the receiving device forwards); the sysctl defaults and what a write to default does to devices that never set their own value.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for i in $(seq 61 72); do ip -n h addr add 192.168.0.$i/24 dev h0; done
  $ ip -n h route add 10.9.0.0/16 via 192.168.0.121
  $ ip -n r route add 10.9.0.0/16 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip netns exec h sysctl -a 2>/dev/null | grep -E 'ipv4.conf.*(redirects|shared_media)' | sort
  net.ipv4.conf.all.accept_redirects = 1
  net.ipv4.conf.all.secure_redirects = 1
  net.ipv4.conf.all.send_redirects = 1
  net.ipv4.conf.all.shared_media = 1
  net.ipv4.conf.default.accept_redirects = 1
  net.ipv4.conf.default.secure_redirects = 1
  net.ipv4.conf.default.send_redirects = 1
  net.ipv4.conf.default.shared_media = 1
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.h0.secure_redirects = 1
  net.ipv4.conf.h0.send_redirects = 1
  net.ipv4.conf.h0.shared_media = 1
  net.ipv4.conf.lo.accept_redirects = 1
  net.ipv4.conf.lo.secure_redirects = 1
  net.ipv4.conf.lo.send_redirects = 1
  net.ipv4.conf.lo.shared_media = 1
  $ ip netns exec h sysctl -w net.ipv4.conf.default.accept_redirects=0 net.ipv4.conf.default.send_redirects=0
  net.ipv4.conf.default.accept_redirects = 0
  net.ipv4.conf.default.send_redirects = 0
  $ ip netns exec h sysctl net.ipv4.conf.h0.accept_redirects net.ipv4.conf.lo.send_redirects net.ipv4.conf.all.accept_redirects
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.lo.send_redirects = 1
  net.ipv4.conf.all.accept_redirects = 1
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.accept_redirects=1 net.ipv4.conf.default.accept_redirects=1
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.default.accept_redirects = 1
  $ ip netns exec h sysctl -w net.ipv4.conf.default.accept_redirects=0
  net.ipv4.conf.default.accept_redirects = 0
  $ ip netns exec h sysctl net.ipv4.conf.h0.accept_redirects net.ipv4.conf.lo.accept_redirects
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.lo.accept_redirects = 1
  $ ip netns exec h sysctl -w net.ipv4.conf.all.accept_redirects=3
  net.ipv4.conf.all.accept_redirects = 3
  $ ip netns exec h sysctl -w net.ipv4.conf.all.accept_redirects=x
  sysctl: setting key "net.ipv4.conf.all.accept_redirects": Invalid argument
  [1]
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.secure_redirects=
  sysctl: setting key "net.ipv4.conf.h0.secure_redirects": Invalid argument
  [1]
  $ i=0; for fwd in off dev all; do
  >   ip netns exec h sysctl -qw net.ipv4.conf.all.forwarding=0
  >   test $fwd = dev && ip netns exec h sysctl -qw net.ipv4.conf.h0.forwarding=1
  >   test $fwd = all && ip netns exec h sysctl -qw net.ipv4.conf.all.forwarding=1
  >   for a in 0 1; do for d in 0 1; do
  >     i=$((i+1))
  >     ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=$a net.ipv4.conf.h0.accept_redirects=$d
  >     ip netns exec h ping -c 1 -W 1 -I 192.168.0.$((60+i)) 10.9.0.$i > /dev/null
  >     echo "forwarding=$fwd all=$a h0=$d: $(ip -n h route get 10.9.0.$i | head -1)"
  >   done; done
  > done
  forwarding=off all=0 h0=0: 10.9.0.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  forwarding=off all=0 h0=1: 10.9.0.2 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
  forwarding=off all=1 h0=0: 10.9.0.3 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
  forwarding=off all=1 h0=1: 10.9.0.4 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
  forwarding=dev all=0 h0=0: 10.9.0.5 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  forwarding=dev all=0 h0=1: 10.9.0.6 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  forwarding=dev all=1 h0=0: 10.9.0.7 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  forwarding=dev all=1 h0=1: 10.9.0.8 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
  forwarding=all all=0 h0=0: 10.9.0.9 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  forwarding=all all=0 h0=1: 10.9.0.10 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  forwarding=all all=1 h0=0: 10.9.0.11 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  forwarding=all all=1 h0=1: 10.9.0.12 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec h sysctl net.ipv4.conf.h0.forwarding net.ipv4.conf.all.forwarding
  net.ipv4.conf.h0.forwarding = 1
  net.ipv4.conf.all.forwarding = 1
  $ ip -n h route show cache | grep -c redirected
  5
  $ ip netns exec h nstat -az IcmpInRedirects | tail -n +2
  IcmpInRedirects                 12                 0.0
  $ ip netns exec r nstat -az IcmpOutRedirects | tail -n +2
  IcmpOutRedirects                12                 0.0
