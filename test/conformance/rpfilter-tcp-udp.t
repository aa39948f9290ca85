rp_filter strict on a router's interface also refuses the ARP requests that carry the reverse-path-failing source (arp_process() routes tip from sip): the host's TCP SYN and UDP datagram from that source never leave (neighbour FAILED, nothing received nor counted on the router); loose mode answers the ARP and lets them through (SYN-ACK, port unreachable); a ping from a source routed back the other way is dropped and counted in TcpExtIPReversePathFilter.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n a addr add 10.2.0.2/24 dev a1
  $ ip -n r addr add 10.1.0.1/24 dev r0; ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r route add 172.16.0.1/32 via 10.1.0.2
  $ ip -n a route add 10.9.0.0/16 via 10.2.0.1
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.rp_filter=1 net.ipv4.conf.all.rp_filter=0
  $ ip netns exec r sh -c 'nc -l 10.9.0.1 5000 > /dev/null & sleep 0.3'
  $ ip netns exec a nc -z -w 1 -s 172.16.0.1 10.9.0.1 5000; echo $?
  1
  $ ip netns exec a nc -u -w 1 -s 172.16.0.1 10.9.0.1 5001 < /dev/null; echo x | ip netns exec a nc -u -w 1 -s 172.16.0.1 10.9.0.1 5001; echo $?
  0
  $ ip netns exec r nstat -az IpInReceives IpInDelivers TcpPassiveOpens TcpInSegs UdpNoPorts IcmpOutDestUnreachs TcpExtIPReversePathFilter IpInAddrErrors | tail -n +2 | awk '{print $1, $2}'
  IpInReceives 0
  IpInAddrErrors 0
  IpInDelivers 0
  IcmpOutDestUnreachs 0
  TcpPassiveOpens 0
  TcpInSegs 0
  UdpNoPorts 0
  TcpExtIPReversePathFilter 0
  $ ip netns exec a nstat -az TcpActiveOpens TcpAttemptFails TcpRetransSegs TcpOutSegs UdpOutDatagrams | tail -n +2 | awk '{print $1, $2}'
  TcpActiveOpens 1
  TcpAttemptFails 0
  TcpOutSegs 1
  TcpRetransSegs 0
  UdpOutDatagrams 1
  $ sleep 1.5; ip -n a neigh show dev a1
  10.2.0.1 FAILED 
  $ ip -n a neigh flush dev a1; ip netns exec r sysctl -qw net.ipv4.conf.r1.rp_filter=2
  $ ip netns exec a nc -z -w 1 -s 172.16.0.1 10.9.0.1 5000; echo $?
  0
  $ echo x | ip netns exec a nc -u -w 1 -s 172.16.0.1 10.9.0.1 5001; echo $?
  0
  $ ip netns exec r nstat -az IpInReceives IpInDelivers TcpPassiveOpens TcpInSegs UdpNoPorts IcmpOutDestUnreachs TcpExtIPReversePathFilter IpInAddrErrors | tail -n +2 | awk '{print $1, $2}'
  IpInReceives 5
  IpInAddrErrors 0
  IpInDelivers 5
  IcmpOutDestUnreachs 1
  TcpPassiveOpens 1
  TcpInSegs 4
  UdpNoPorts 1
  TcpExtIPReversePathFilter 0
  $ ip netns exec r sh -c 'kill $(ip netns pids r) 2>/dev/null'; sleep 0.2
  Terminated
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.2 10.2.0.1 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.rp_filter=1
  $ ip netns exec a ping -c 1 -W 1 -I 10.1.0.2 10.2.0.1 | grep transmitted
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r route get 10.2.0.1 from 10.1.0.2 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter | tail -n +2 | awk '{print $1, $2}'
  TcpExtIPReversePathFilter 1
