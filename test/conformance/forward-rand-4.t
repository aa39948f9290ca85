Random differential scenario (seed 4): hosts a and b around router r, random per-device and all/default knobs (forwarding, rp_filter, accept_local, route_localnet, arp_ignore/announce/filter, proxy_arp, send_redirects, accept_redirects, icmp echo/ratelimit, log_martians), routes and addresses; then pings, ip route get and counters.

  $ for n in a b r; do ip netns add $n; ip -n $n link set lo up; done
  $ ip link add ra netns r address 02:00:00:00:01:01 type veth peer name ar netns a address 02:00:00:00:0a:01
  $ ip link add rb netns r address 02:00:00:00:01:02 type veth peer name bx netns b address 02:00:00:00:0b:01
  $ ip -n r addr add 10.1.0.1/24 dev ra; ip -n r addr add 10.2.0.1/24 dev rb; ip -n a addr add 10.1.0.2/24 dev ar; ip -n b addr add 10.2.0.2/24 dev bx
  $ ip -n r link set ra up; ip -n r link set rb up; ip -n a link set ar up; ip -n b link set bx up
  $ ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra.send_redirects=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.rb.forwarding=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.log_martians=0; echo $?
  0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ratemask=6168; echo $?
  0
  $ ip -n r rule add from 10.1.0.2 table 100; ip -n r route add default via 10.1.0.2 table 100; echo $?
  0
  $ ip -n b neigh add 10.2.0.1 lladdr 02:00:00:00:01:02 dev bx nud permanent; echo $?
  0
  $ ip -n b addr add 10.1.0.99/24 dev bx; echo $?
  0
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -t 1 10.1.0.99 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 10.1.0.99: icmp_seq=1 ttl=64 time=X
  64 bytes from 10.1.0.99: icmp_seq=2 ttl=64 time=X
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  0
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -M do -s 1200 10.2.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  1208 bytes from 10.2.0.1: icmp_seq=1 ttl=64 time=X
  1208 bytes from 10.2.0.1: icmp_seq=2 ttl=64 time=X
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  0
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -t 1 10.2.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=64 time=X
  64 bytes from 10.2.0.2: icmp_seq=2 ttl=64 time=X
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  0
  $ ip -n b route get 10.2.0.2 2>&1; ip -n r route get 10.2.0.2 from 10.1.0.2 iif ra 2>&1
  local 10.2.0.2 dev lo src 10.2.0.2 uid 0 
      cache <local> 
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -t 2 10.7.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip -n b route get 10.7.0.1 2>&1; ip -n r route get 10.7.0.1 from 10.1.0.2 iif ra 2>&1
  10.7.0.1 via 10.2.0.1 dev bx src 10.2.0.2 uid 0 
      cache 
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec r nstat -az IpInReceives IpForwDatagrams IpInAddrErrors IpOutNoRoutes IpInNoRoutes IpReasmFails IpFragFails IcmpOutDestUnreachs IcmpOutTimeExcds IcmpOutRedirects IcmpInEchos IcmpOutEchoReps TcpExtIPReversePathFilter | grep -v '^#'
  IpInReceives                    4                  0.0
  IpInAddrErrors                  2                  0.0
  IpForwDatagrams                 0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpReasmFails                    0                  0.0
  IpFragFails                     0                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutRedirects                0                  0.0
  IcmpOutEchoReps                 2                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec b nstat -az IpInReceives IpInAddrErrors IcmpInEchos IcmpOutEchoReps IcmpInRedirects TcpExtIPReversePathFilter IpExtInBcastPkts | grep -v '^#'
  IpInReceives                    10                 0.0
  IpInAddrErrors                  0                  0.0
  IcmpInRedirects                 0                  0.0
  IcmpInEchos                     4                  0.0
  IcmpOutEchoReps                 4                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInBcastPkts                0                  0.0
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpInRedirects IcmpInEchoReps IpInReceives | grep -v '^#'
  IpInReceives                    0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInRedirects                 0                  0.0
  IcmpInEchoReps                  0                  0.0
  $ ip -n a route show cache 2>&1; ip -n a neigh show | sort
