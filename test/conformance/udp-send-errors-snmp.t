UDP send errors one at a time from socat and nc (no route, too big, broadcast without SO_BROADCAST, a refused connected socket, a blackhole and a prohibit route, a down device) with their messages and exit status, then a's Udp and Ip lines of /proc/net/snmp.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 brd + dev a0; ip -n b addr add 10.0.0.2/24 brd + dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a route add blackhole 10.9.0.0/16; ip -n a route add prohibit 10.8.0.0/16; ip -n a route add unreachable 10.7.0.0/16
  $ for d in 10.5.5.5 10.9.0.1 10.8.0.1 10.7.0.1 10.0.0.255 255.255.255.255 0.0.0.0 127.0.0.1 224.0.0.1; do echo "== $d"; echo x | ip netns exec a socat -u - UDP-SENDTO:$d:9 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}; done
  == 10.5.5.5
  E sendto(5, 0xADDR, 2, 0, AF=2 10.5.5.5:9, 16): Network is unreachable
  1
  == 10.9.0.1
  E sendto(5, 0xADDR, 2, 0, AF=2 10.9.0.1:9, 16): Invalid argument
  1
  == 10.8.0.1
  E sendto(5, 0xADDR, 2, 0, AF=2 10.8.0.1:9, 16): Permission denied
  1
  == 10.7.0.1
  E sendto(5, 0xADDR, 2, 0, AF=2 10.7.0.1:9, 16): No route to host
  1
  == 10.0.0.255
  E sendto(5, 0xADDR, 2, 0, AF=2 10.0.0.255:9, 16): Permission denied
  1
  == 255.255.255.255
  E sendto(5, 0xADDR, 2, 0, AF=2 255.255.255.255:9, 16): Network is unreachable
  1
  == 0.0.0.0
  0
  == 127.0.0.1
  0
  == 224.0.0.1
  E sendto(5, 0xADDR, 2, 0, AF=2 224.0.0.1:9, 16): Network is unreachable
  1
  $ for d in 10.5.5.5 10.9.0.1 10.8.0.1 10.7.0.1 10.0.0.255; do echo "== $d"; echo x | ip netns exec a nc -u -w 1 $d 9 2>&1; echo $?; done
  == 10.5.5.5
  1
  == 10.9.0.1
  1
  == 10.8.0.1
  1
  == 10.7.0.1
  1
  == 10.0.0.255
  1
  $ head -c 70000 /dev/zero | ip netns exec a socat -u -b 70000 - UDP-SENDTO:10.0.0.2:9 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}
  E sendto(5, 0xADDR, 65536, 0, AF=2 10.0.0.2:9, 16): Message too long
  1
  $ head -c 65508 /dev/zero | ip netns exec a socat -u -b 70000 - UDP-SENDTO:10.0.0.2:9 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}
  E sendto(5, 0xADDR, 65508, 0, AF=2 10.0.0.2:9, 16): Message too long
  1
  $ head -c 65507 /dev/zero | ip netns exec a socat -u -b 70000 - UDP-SENDTO:10.0.0.2:9 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}
  0
  $ ip -n a link set a0 down; echo x | ip netns exec a socat -u - UDP-SENDTO:10.0.0.2:9 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}; ip -n a link set a0 up
  E sendto(5, 0xADDR, 2, 0, AF=2 10.0.0.2:9, 16): Network is unreachable
  1
  $ ip netns exec a sh -c 'grep -E "^(Ip|Udp):" /proc/net/snmp'
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 5 0 0 0 0 0 5 5 0 5 0 0 0 0 1 0 45 49
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 2 0 3 0 0 0 0 0
  $ ip netns exec a nstat -asz IpOutNoRoutes IpOutRequests IpOutDiscards UdpOutDatagrams UdpSndbufErrors IcmpInDestUnreachs IpFragCreates IpFragOKs
  #kernel
  IpOutRequests                   5                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   5                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   45                 0.0
  IcmpInDestUnreachs              3                  0.0
  UdpOutDatagrams                 3                  0.0
  UdpSndbufErrors                 0                  0.0
