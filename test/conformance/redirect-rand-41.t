Random differential scenario (seed 41) for ICMP redirects: host h, routers r and r2 and host d on one bridged LAN (192.168.0.0/24, d also on 192.168.1.0/24), b behind r; random send_redirects / accept_redirects / secure_redirects / shared_media / forwarding / rp_filter values and suboptimal routes on h; then pings, ip route get, the route cache and the counters.

  $ for n in h r r2 d b lan; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv4.fib_multipath_hash_seed=49942; done
  $ ip -n lan link add br0 type bridge; ip -n lan link set br0 up
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns lan
  $ ip link add r0 netns r address 02:00:00:00:01:21 type veth peer name p2 netns lan
  $ ip link add d0 netns d address 02:00:00:00:00:10 type veth peer name p3 netns lan
  $ ip link add s0 netns r2 address 02:00:00:00:00:02 type veth peer name p4 netns lan
  $ ip link add rb netns r address 02:00:00:00:01:22 type veth peer name bx netns b address 02:00:00:00:0b:01
  $ for p in p1 p2 p3 p4; do ip -n lan link set $p master br0 up; done
  $ ip -n h link set h0 up; ip -n r link set r0 up; ip -n r link set rb up; ip -n d link set d0 up; ip -n r2 link set s0 up; ip -n b link set bx up
  $ ip -n h addr add 192.168.0.31/24 dev h0; ip -n r addr add 192.168.0.121/24 dev r0; ip -n d addr add 192.168.0.10/24 dev d0; ip -n r2 addr add 192.168.0.2/24 dev s0
  $ ip -n d addr add 192.168.1.10/24 dev d0; ip -n r addr add 10.5.0.1/24 dev rb; ip -n b addr add 10.5.0.2/24 dev bx; ip -n r2 addr add 10.7.0.1/32 dev lo
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b route add default via 10.5.0.1; ip -n d route add default via 192.168.0.121; ip -n r2 route add 10.5.0.0/24 via 192.168.0.121
  $ ip -n r route add 10.7.0.0/24 via 192.168.0.2
  $ ip -n r route add 192.168.1.0/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=2; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.shared_media=0; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.secure_redirects=0; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.accept_redirects=0; echo $?
  0
  $ ip netns exec d sysctl -qw net.ipv4.conf.d0.rp_filter=1; echo $?
  0
  $ ip -n h route add 10.5.0.0/24 via 192.168.0.2; echo $?
  0
  $ ip -n r route add 192.168.0.10/32 via 192.168.0.2; echo $?
  0
  $ ip -n h route add 10.5.0.0/24 via 192.168.0.121; echo $?
  RTNETLINK answers: File exists
  2
  $ ip netns exec h ping -c 2 -i 0.5 -W 1 -t 1 192.168.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 192.168.0.2: icmp_seq=1 ttl=64 time=X
  64 bytes from 192.168.0.2: icmp_seq=2 ttl=64 time=X
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  0
  $ ip -n h -o route get 192.168.0.2
  192.168.0.2 dev h0 src 192.168.0.31 uid 0 \    cache 
  $ ip netns exec h ping -c 2 -i 0.5 -W 1 10.7.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ip -n h route flush cache
  $ ip netns exec h ping -c 2 -i 0.5 -W 1 192.168.0.10 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 192.168.0.10: icmp_seq=1 ttl=64 time=X
  64 bytes from 192.168.0.10: icmp_seq=2 ttl=64 time=X
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  0
  $ ip -n h route get 192.168.0.10 mark 3
  192.168.0.10 dev h0 src 192.168.0.31 mark 3 uid 0 
      cache 
  $ ip -n h route flush cache
  $ ip netns exec h ping -c 2 -i 0.5 -W 1 -I 192.168.0.31 192.168.1.10 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip -n h route get 192.168.1.10 tos 0x10
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n h route show cache; ip -n h -o route show cache 192.168.0.10
  $ ip netns exec r nstat -az IpForwDatagrams IcmpOutRedirects IcmpOutDestUnreachs IcmpOutTimeExcds TcpExtIPReversePathFilter | grep -v '^#'
  IpForwDatagrams                 0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutRedirects                0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects IcmpInErrors IcmpInEchoReps IcmpInTimeExcds IpOutRequests | grep -v '^#'
  IpOutRequests                   4                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInRedirects                 0                  0.0
  IcmpInEchoReps                  4                  0.0
