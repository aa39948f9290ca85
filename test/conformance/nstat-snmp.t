nstat (-a ignore history, -s no history update, -z zeros) and /proc/net/snmp in a fresh namespace with no traffic: all counters zero, output follows the kernel's file order, not the argument order.
  $ nstat -asz IpInReceives IpOutRequests IpInDelivers IcmpInEchos
  #kernel
  IpInReceives                    0                  0.0
  IpInDelivers                    0                  0.0
  IpOutRequests                   0                  0.0
  IcmpInEchos                     0                  0.0
  $ nstat -asz IcmpOutEchoReps UdpInDatagrams TcpActiveOpens IpExtInOctets TcpExtListenDrops
  #kernel
  IcmpOutEchoReps                 0                  0.0
  TcpActiveOpens                  0                  0.0
  UdpInDatagrams                  0                  0.0
  TcpExtListenDrops               0                  0.0
  IpExtInOctets                   0                  0.0
  $ nstat -asz 'IcmpIn*Echo*'
  #kernel
  IcmpInEchos                     0                  0.0
  IcmpInEchoReps                  0                  0.0
  $ nstat -asz NoSuchCounter
  #kernel
  $ nstat -asz -j IpInReceives IcmpInEchos
  {"kernel":{"IpInReceives":0,"IcmpInEchos":0}}
  $ nstat -asz IpInReceives | wc -l
  2
  $ grep -c '^IcmpMsg' /proc/net/snmp
  0
  [1]
  $ grep '^Icmp:' /proc/net/snmp | sed -E 's/^(Icmp:( [^ ]+){10}).*/\1/'
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps
  Icmp: 0 0 0 0 0 0 0 0 0 0
  $ grep '^Ip:' /proc/net/snmp | sed -E 's/^(Ip:( [^ ]+){9}).*/\1/'
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers
  Ip: 2 64 0 0 0 0 0 0 0
  $ sysctl -w net.ipv4.ip_default_ttl=99
  net.ipv4.ip_default_ttl = 99
  $ sysctl -w net.ipv4.conf.all.forwarding=1
  net.ipv4.conf.all.forwarding = 1
  $ grep '^Ip:' /proc/net/snmp | sed -E 's/^(Ip:( [^ ]+){3}).*/\1/'
  Ip: Forwarding DefaultTTL InReceives
  Ip: 1 99 0
  $ nstat -asz IpForwarding IpDefaultTTL
  #kernel
  $ ip netns add x
  $ ip netns exec x nstat -asz IpInReceives IpOutRequests
  #kernel
  IpInReceives                    0                  0.0
  IpOutRequests                   0                  0.0
  $ ip netns exec x grep '^Ip:' /proc/net/snmp | sed -E 's/^(Ip:( [^ ]+){3}).*/\1/'
  Ip: Forwarding DefaultTTL InReceives
  Ip: 2 64 0
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev a0
  $ nstat -asz IpInReceives IpOutRequests IpOutNoRoutes
  #kernel
  IpInReceives                    0                  0.0
  IpOutRequests                   0                  0.0
  IpOutNoRoutes                   0                  0.0
