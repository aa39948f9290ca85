Forwarding counters in other forms after traffic through a router: nstat -a -j/-p/--zeros (never the history file: kt shares /tmp between namespaces), ip -s -s -j link, /proc/net/snmp Ip line, /proc/net/dev.
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
  $ ip netns exec a ping -c 3 -i 0.2 -q 10.2.0.2 > /dev/null
  $ ip netns exec a ping -c 1 -s 2000 -q 10.2.0.2 > /dev/null
  $ ip netns exec r nstat -az -j IpForwDatagrams IpFragCreates IcmpOutDestUnreachs
  {"kernel":{"IpForwDatagrams":10,"IpFragCreates":2,"IcmpOutDestUnreachs":0}}
  $ ip netns exec r nstat -az -p IpForwDatagrams IpFragOKs
  #kernel
  IpForwDatagrams                 10                 0.0
  IpFragOKs                       1                  0.0
  $ ip netns exec r nstat -a -j IpFragOKs IpFragFails
  {"kernel":{"IpFragOKs":1}}
  $ ip netns exec r nstat -a --zeros IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             0                  0.0
  $ ip -n r -s -s -j link show r1 | grep -oE '"(rx|tx)":\{[^}]*\}'
  "rx":{"bytes":2412,"packets":6,"errors":0,"dropped":0,"over_errors":0,"multicast":0,"length_errors":0,"crc_errors":0,"frame_errors":0,"fifo_errors":0,"missed_errors":0}
  "tx":{"bytes":2446,"packets":7,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0,"aborted_errors":0,"fifo_errors":0,"window_errors":0,"heartbeat_errors":0,"carrier_changes":2}
  $ ip netns exec r awk '/^Ip:/ && NR > 1 { print $2, $3, $7, $10, $13, $18, $19, $20 }' /proc/net/snmp
  1 64 10 0 0 1 0 2
  $ ip netns exec r cat /proc/net/dev | awk '{ print $1, $2, $3, $10, $11 }'
  Inter-| Receive |  
  face |bytes packets packets errs
  lo: 0 0 0 0
  r0: 2412 6 2412 6
  r1: 2412 6 2446 7
