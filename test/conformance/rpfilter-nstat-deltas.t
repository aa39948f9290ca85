Following reverse-path drops with nstat's history (NSTAT_HISTORY in the working directory): -n records, a plain run shows only what grew since (and records), -s leaves the history alone, patterns with * pick counters, -z shows zeros too, --json prints the same deltas.
  $ export NSTAT_HISTORY=./nstat.hist
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n a addr add 10.2.0.2/24 dev a1
  $ ip -n r addr add 10.1.0.1/24 dev r0; ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n a addr add 172.16.0.1/32 dev lo; ip -n r addr add 10.9.0.1/32 dev lo
  $ ip -n r route add 172.16.0.1/32 via 10.1.0.2
  $ ip -n a route add 10.9.0.0/16 via 10.2.0.1
  $ ip -n a neigh add 10.2.0.1 lladdr 02:00:00:00:01:02 dev a1
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip netns exec r nstat -n
  $ ip netns exec a ping -c 3 -i 0.2 -W 1 -I 172.16.0.1 10.9.0.1 | tail -2 | head -1
  3 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -s '*ReversePath*' IpInReceives
  #kernel
  IpInReceives                    3                  0.0
  TcpExtIPReversePathFilter       3                  0.0
  $ ip netns exec r nstat -s
  #kernel
  IpInReceives                    3                  0.0
  TcpExtIPReversePathFilter       3                  0.0
  IpExtInOctets                   252                0.0
  IpExtInNoECTPkts                3                  0.0
  $ ip netns exec r nstat --json -s TcpExtIPReversePathFilter
  {"kernel":{"TcpExtIPReversePathFilter":3}}
  $ ip netns exec r nstat TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       3                  0.0
  $ ip netns exec r nstat TcpExtIPReversePathFilter
  #kernel
  $ ip netns exec r nstat -z TcpExtIPReversePathFilter IpInDelivers
  #kernel
  IpInDelivers                    0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec a ping -c 1 -W 1 -I 10.2.0.2 10.9.0.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r nstat IpInReceives IpInDelivers TcpExtIPReversePathFilter IcmpInEchos IcmpOutEchoReps
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip netns exec r nstat -a '*ReversePath*'
  #kernel
  TcpExtIPReversePathFilter       3                  0.0
