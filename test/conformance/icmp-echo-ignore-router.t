icmp_echo_ignore_all and icmp_echo_ignore_broadcasts on a router do not touch forwarded echoes; a directed broadcast to the far subnet is forwarded only when bc_forwarding is on for all and the input device (IN_DEV_BFORWARD, an AND), then answered by the far host.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl -w net.ipv4.icmp_echo_ignore_all=1
  net.ipv4.icmp_echo_ignore_all = 1
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IcmpInEchos IcmpOutEchoReps IpInDelivers IpForwDatagrams
  #kernel
  IpForwDatagrams                 2                  0.0
  IpInDelivers                    2                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=0
  net.ipv4.icmp_echo_ignore_broadcasts = 0
  $ ip netns exec a ping -c 1 -W 1 -b 10.2.0.255 2>&1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IpForwDatagrams IpInAddrErrors IpExtInBcastPkts
  #kernel
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 2                  0.0
  IpExtInBcastPkts                1                  0.0
  $ ip netns exec r sysctl -w net.ipv4.conf.all.bc_forwarding=1 net.ipv4.conf.r1.bc_forwarding=1
  net.ipv4.conf.all.bc_forwarding = 1
  net.ipv4.conf.r1.bc_forwarding = 1
  $ ip netns exec a ping -c 1 -W 1 -b 10.2.0.255 2>&1 | sed -n 2p
  $ ip netns exec r nstat -az IpForwDatagrams IpExtOutBcastPkts IpExtInBcastPkts
  #kernel
  IpForwDatagrams                 2                  0.0
  IpExtInBcastPkts                2                  0.0
  IpExtOutBcastPkts               0                  0.0
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.bc_forwarding=1
  net.ipv4.conf.r0.bc_forwarding = 1
  $ ip netns exec a ping -c 1 -W 1 -b 10.2.0.255 2>&1 | sed -n 2p
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r nstat -az IpForwDatagrams IpExtOutBcastPkts IpExtInBcastPkts
  #kernel
  IpForwDatagrams                 4                  0.0
  IpExtInBcastPkts                3                  0.0
  IpExtOutBcastPkts               1                  0.0
  $ ip netns exec b nstat -az IcmpInEchos IcmpOutEchoReps IpExtInBcastPkts
  #kernel
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 2                  0.0
  IpExtInBcastPkts                1                  0.0
  $ ip netns exec r sysctl -w net.ipv4.icmp_echo_ignore_all=0
  net.ipv4.icmp_echo_ignore_all = 0
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | sed -n 2p
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
