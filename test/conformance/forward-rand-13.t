Random differential scenario (seed 13): hosts a and b around router r, random per-device and all/default knobs (forwarding, rp_filter, accept_local, route_localnet, arp_ignore/announce/filter, proxy_arp, send_redirects, accept_redirects, icmp echo/ratelimit, log_martians), routes and addresses; then pings, ip route get and counters.

  $ for n in a b r; do ip netns add $n; ip -n $n link set lo up; done
  $ ip link add ra netns r address 02:00:00:00:01:01 type veth peer name ar netns a address 02:00:00:00:0a:01
  $ ip link add rb netns r address 02:00:00:00:01:02 type veth peer name bx netns b address 02:00:00:00:0b:01
  $ ip -n r addr add 10.1.0.1/24 dev ra; ip -n r addr add 10.2.0.1/24 dev rb; ip -n a addr add 10.1.0.2/24 dev ar; ip -n b addr add 10.2.0.2/24 dev bx
  $ ip -n r link set ra up; ip -n r link set rb up; ip -n a link set ar up; ip -n b link set bx up
  $ ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra.send_redirects=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra.route_localnet=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra.bc_forwarding=0; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.ip_default_ttl=64; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.conf.ra.rp_filter=2; echo $?
  0
  $ ip netns exec b sysctl -qw net.ipv4.conf.bx.accept_local=0; echo $?
  0
  $ ip -n b addr add 10.9.9.9/32 dev lo; echo $?
  0
  $ ip -n r link set rb mtu 1000; echo $?
  0
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 10.2.0.0 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  1
  $ ip netns exec a ping -c 2 -i 0.3 -W 1 -t 1 127.0.0.5 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 127.0.0.5: icmp_seq=1 ttl=64 time=X
  64 bytes from 127.0.0.5: icmp_seq=2 ttl=64 time=X
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  0
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -I 10.1.0.2 10.2.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: bind: Cannot assign requested address
  2
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -t 2 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=X
  64 bytes from 10.1.0.1: icmp_seq=2 ttl=64 time=X
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  0
  $ ip netns exec r nstat -az IpInReceives IpForwDatagrams IpInAddrErrors IpOutNoRoutes IpInNoRoutes IpReasmFails IpFragFails IcmpOutDestUnreachs IcmpOutTimeExcds IcmpOutRedirects IcmpInEchos IcmpOutEchoReps TcpExtIPReversePathFilter | grep -v '^#'
  IpInReceives                    2                  0.0
  IpInAddrErrors                  0                  0.0
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
  IpInReceives                    2                  0.0
  IpInAddrErrors                  0                  0.0
  IcmpInRedirects                 0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutEchoReps                 0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInBcastPkts                0                  0.0
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpInRedirects IcmpInEchoReps IpInReceives | grep -v '^#'
  IpInReceives                    4                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInRedirects                 0                  0.0
  IcmpInEchoReps                  2                  0.0
  $ ip -n a route show cache 2>&1; ip -n a neigh show | sort
