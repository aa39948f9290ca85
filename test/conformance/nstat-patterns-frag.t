nstat's selections after fragmented traffic through a NAT router: fnmatch patterns, several patterns, -j JSON, -a against history deltas, -z, -s, -r reset, and the /proc/net/snmp and netstat lines they come from.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add h2
  $ for n in h1 r h2; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add p0 netns h2 address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in h1 r h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n h2 link set p0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n h2 addr add 203.0.113.2/24 dev p0
  $ ip -n h1 route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec h1 ping -c 2 -i 0.1 -s 3000 -q 203.0.113.2 | sed -n 4p
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az 'IpReasm*'
  #kernel
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    12                 0.0
  IpReasmOKs                      4                  0.0
  IpReasmFails                    0                  0.0
  $ ip netns exec r nstat -az 'Ip*Frag*' 'IcmpOut*'
  #kernel
  IpFragOKs                       4                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   12                 0.0
  IcmpOutMsgs                     0                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutParmProbs                0                  0.0
  IcmpOutSrcQuenchs               0                  0.0
  IcmpOutRedirects                0                  0.0
  IcmpOutEchos                    0                  0.0
  IcmpOutEchoReps                 0                  0.0
  IcmpOutTimestamps               0                  0.0
  IcmpOutTimestampReps            0                  0.0
  IcmpOutAddrMasks                0                  0.0
  IcmpOutAddrMaskReps             0                  0.0
  Ip6FragOKs                      0                  0.0
  Ip6FragFails                    0                  0.0
  Ip6FragCreates                  0                  0.0
  $ ip netns exec r nstat -a 'IpExt*Octets'
  #kernel
  IpExtInOctets                   12272              0.0
  IpExtOutOctets                  12272              0.0
  $ ip netns exec r nstat -j -a 'IpReasmOKs' 'IpFragCreates'
  {"kernel":{"IpReasmOKs":4,"IpFragCreates":12}}
  $ ip netns exec r nstat -a -s 'IpForw*'
  #kernel
  IpForwDatagrams                 4                  0.0
  $ ip netns exec r sh -c 'nstat -n; nstat IpForwDatagrams; echo ---'
  #kernel
  ---
  $ ip netns exec h1 ping -c 1 -s 3000 -q 203.0.113.2 | sed -n 4p
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r nstat 'IpForw*' 'IpReasm*'
  #kernel
  IpForwDatagrams                 2                  0.0
  IpReasmReqds                    6                  0.0
  IpReasmOKs                      2                  0.0
  $ ip netns exec r nstat 'IpForw*' 'IpReasm*'
  #kernel
  $ ip netns exec r nstat -r 'IpForw*'
  #kernel
  IpForwDatagrams                 6                  0.0
  $ ip netns exec r nstat -z 'Ip*Datagrams'
  #kernel
  IpForwDatagrams                 0                  0.0
  Ip6OutForwDatagrams             0                  0.0
  $ ip netns exec r sh -c 'grep -E "^IpExt:" /proc/net/netstat | head -1 | tr " " "\n" | sed -n 2,5p'
  InNoRoutes
  InTruncatedPkts
  InMcastPkts
  OutMcastPkts
  $ ip netns exec r nstat -az 'NoSuchCounter'
  #kernel
