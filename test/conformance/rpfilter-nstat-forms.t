The rp_filter drop counter as the tools read it: nstat's -a/-z/-r/-s/-p/--json forms and name patterns for TcpExtIPReversePathFilter after two refused pings, the /proc/net/netstat column, and the device counters that do not move (the drop is not an rx_dropped).
  $ ip netns add a; ip netns add r
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip -n a link set a0 up; ip -n a link set lo up; ip -n r link set r0 up; ip -n r link set lo up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n a addr add 172.16.0.1/32 dev lo; ip -n a route add default via 10.1.0.1
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -I 172.16.0.1 10.1.0.1 | grep trans
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -a TcpExtIPReversePathFilter
  #kernel
  $ ip netns exec r nstat TcpExtIPReversePathFilter
  #kernel
  $ ip netns exec r nstat -az --json TcpExtIPReversePathFilter IpInReceives
  {"kernel":{"IpInReceives":0,"TcpExtIPReversePathFilter":0}}
  $ ip netns exec r nstat -r TcpExtIPReversePathFilter
  #kernel
  $ ip netns exec r nstat -s TcpExtIPReversePathFilter
  #kernel
  $ ip netns exec r nstat -z 'TcpExtIPReverse*'
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec r nstat -az '*ReversePath*'
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec r nstat -az -p TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec r nstat -azs | grep -i rpfilter
  TcpExtArpFilter                 0                  0.0
  $ ip netns exec r grep -o 'IPReversePathFilter' /proc/net/netstat | head -1
  IPReversePathFilter
  $ ip netns exec r awk '/^TcpExt:/ { if (!h) { for (i = 1; i <= NF; i++) if ($i == "IPReversePathFilter") c = i; h = 1 } else print $c }' /proc/net/netstat
  0
  $ ip netns exec r cat /proc/net/snmp | head -2 | cut -c1-60
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrError
  Ip: 2 64 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  $ ip netns exec r ip -s -s link show r0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             350       5      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
  $ ip netns exec r ip -s link show r0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             350       5      0       0       0       0 
