Counters after reverse-path and martian drops: strict mode also refuses the ARP request that names the failing source (arp_process validates it through ip_route_input), so the sender never learns the MAC; the receiving device counts the packet (rx packets, not dropped), IP counts it in InReceives only; rp_filter refusals add IPReversePathFilter (in /proc/net/netstat and nstat), a martian source adds nothing more; UDP and TCP senders see silence. /proc/net/snmp's Ip lines after each step.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name b1 netns b address 02:00:00:00:0b:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n b link set b1 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n a addr add 10.0.1.1/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0; ip -n b addr add 10.0.1.2/24 dev b1
  $ ip -n a addr add 172.16.5.1/32 dev lo
  $ ip -n b route add 172.16.5.1 via 10.0.1.1
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip netns exec b sh -c 'nc -u -l 10.0.0.2 7000 > u.out & nc -l 10.0.0.2 7001 > t.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo one | nc -u -w 1 -s 172.16.5.1 10.0.0.2 7000'; echo rc=$?
  rc=0
  $ ip netns exec a nc -z -w 1 -s 172.16.5.1 10.0.0.2 7001; echo rc=$?
  rc=1
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -I 172.16.5.1 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  $ ip -n b -s link show b0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             126       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter IpInReceives IpInDelivers IpInAddrErrors IpInDiscards UdpInDatagrams TcpPassiveOpens | tail -n +2
  IpInReceives                    0                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDiscards                    0                  0.0
  IpInDelivers                    0                  0.0
  TcpPassiveOpens                 0                  0.0
  UdpInDatagrams                  0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ sed -n 1,2p /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  $ ip netns exec b cat /proc/net/snmp | sed -n 1,2p
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  $ ip netns exec b grep -c IPReversePathFilter /proc/net/netstat
  1
  $ ip netns exec b sh -c 'grep TcpExt: /proc/net/netstat' | sed -n 1p | wc -w
  136
  $ ip netns exec b sh -c 'grep TcpExt: /proc/net/netstat' | sed -n 2p | wc -w
  136
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip netns exec a sh -c 'echo two | nc -u -w 1 -s 172.16.5.1 10.0.0.2 7000'; echo rc=$?
  rc=0
  $ ip netns exec a sh -c 'echo three | nc -w 1 -s 172.16.5.1 10.0.0.2 7001'; echo rc=$?
  rc=0
  $ sleep 1; cat u.out t.out
  two
  three
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter IpInReceives IpInDelivers UdpInDatagrams TcpPassiveOpens | tail -n +2
  IpInReceives                    6                  0.0
  IpInDelivers                    6                  0.0
  TcpPassiveOpens                 1                  0.0
  UdpInDatagrams                  1                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec b cat /proc/net/snmp | sed -n 2p
  Ip: 2 64 6 0 0 0 0 0 6 3 0 0 0 0 0 0 0 0 0 3
  $ ip netns exec a iptables -t nat -A POSTROUTING -o a0 -p icmp -j SNAT --to-source 10.0.0.2
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter IpInReceives IpInDelivers IpInAddrErrors | tail -n +2
  IpInReceives                    7                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDelivers                    6                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip -n b -s link show b0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             656      11      0       0       0       0 
