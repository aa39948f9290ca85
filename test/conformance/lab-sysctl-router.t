Turning a namespace into a router by sysctl, step by step: ip_forward flips every interface's forwarding, conf.default decides what a new interface starts with, a per-interface forwarding=0 stops forwarding of packets arriving there only, and sysctl -a/-p/-w show and set it; a ping through after each change and the router's counters.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add eth0 netns a address 02:00:00:00:00:0a type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip -n a link set eth0 up; ip -n r link set ra up
  $ ip -n a addr add 10.1.1.2/24 dev eth0; ip -n a route add default via 10.1.1.1; ip -n r addr add 10.1.1.1/24 dev ra
  $ ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.ra.forwarding
  net.ipv4.ip_forward = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.ra.forwarding = 0
  $ ip netns exec r sysctl -w net.ipv4.conf.default.forwarding=1
  net.ipv4.conf.default.forwarding = 1
  $ ip link add eth0 netns b address 02:00:00:00:00:0b type veth peer name rb netns r address 02:00:00:00:01:0b
  $ ip -n b link set eth0 up; ip -n r link set rb up
  $ ip -n b addr add 10.2.2.2/24 dev eth0; ip -n b route add default via 10.2.2.1; ip -n r addr add 10.2.2.1/24 dev rb
  $ ip netns exec r sysctl -a 2>/dev/null | grep -E '\.forwarding|ip_forward ' | grep -v -E 'mc_forwarding|ipv6'
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.default.forwarding = 1
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.conf.ra.forwarding = 0
  net.ipv4.conf.rb.forwarding = 1
  net.ipv4.ip_forward = 0
  $ ip netns exec a ping -c 1 -W 1 10.2.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec r sysctl -w net.ipv4.ip_forward=1
  net.ipv4.ip_forward = 1
  $ ip netns exec r sysctl -a 2>/dev/null | grep -E '\.forwarding|ip_forward ' | grep -v -E 'mc_forwarding|ipv6'
  net.ipv4.conf.all.forwarding = 1
  net.ipv4.conf.default.forwarding = 1
  net.ipv4.conf.lo.forwarding = 1
  net.ipv4.conf.ra.forwarding = 1
  net.ipv4.conf.rb.forwarding = 1
  net.ipv4.ip_forward = 1
  $ ip netns exec a ping -c 1 -W 1 10.2.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.2.2: icmp_seq=1 ttl=63 
  $ ip netns exec r sysctl -w net.ipv4.conf.ra.forwarding=0
  net.ipv4.conf.ra.forwarding = 0
  $ ip netns exec r cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/ra/forwarding /proc/sys/net/ipv4/conf/rb/forwarding
  1
  0
  1
  $ ip netns exec a ping -c 1 -W 1 10.2.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b ping -c 1 -W 1 10.1.1.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec a ping -c 1 -W 1 10.2.2.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.2.1: icmp_seq=1 ttl=64 
  $ ip -n r route get 10.2.2.2 from 10.1.1.2 iif ra
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec r nstat -az IpForwDatagrams IpInAddrErrors IpOutNoRoutes IpInHdrErrors | sed 1d
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  3                  0.0
  IpForwDatagrams                 3                  0.0
  IpOutNoRoutes                   0                  0.0
  $ ip netns exec r sh -c 'echo 1 > /proc/sys/net/ipv4/conf/ra/forwarding'; ip netns exec r sysctl net.ipv4.conf.ra.forwarding
  net.ipv4.conf.ra.forwarding = 1
  $ ip netns exec a ping -c 1 -W 1 10.2.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.2.2: icmp_seq=1 ttl=63 
  $ printf 'net.ipv4.ip_forward = 0\nnet.ipv4.conf.rb.forwarding=1\n# comment\n; other\nnet.ipv4.bogus = 1\n' > r.conf
  $ ip netns exec r sysctl -p r.conf; echo rc=$?
  net.ipv4.ip_forward = 0
  net.ipv4.conf.rb.forwarding = 1
  sysctl: cannot stat /proc/sys/net/ipv4/bogus: No such file or directory
  rc=1
  $ ip netns exec r sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.ra.forwarding net.ipv4.conf.rb.forwarding net.ipv4.conf.default.forwarding
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.ra.forwarding = 0
  net.ipv4.conf.rb.forwarding = 1
  net.ipv4.conf.default.forwarding = 0
  $ ip netns exec a ping -c 1 -W 1 10.2.2.2 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec r sysctl -w net.ipv4.conf.all.forwarding=1 net.ipv4.ip_forward=2; echo rc=$?
  net.ipv4.conf.all.forwarding = 1
  net.ipv4.ip_forward = 2
  rc=0
  $ ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.rb.forwarding
  net.ipv4.ip_forward = 2
  net.ipv4.conf.rb.forwarding = 2
  $ ip netns exec r nstat -az IpForwDatagrams | sed 1d
  IpForwDatagrams                 5                  0.0
