socat UDP client socket options, one per datagram (ip-ttl, ip-tos, sourceport, bind, so-broadcast, ip-pktinfo, so-rcvbuf), with bad values and their exit status: what reaches b (tcpdump -v), b's Udp counters.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 brd + dev a0; ip -n b addr add 10.0.0.2/24 brd + dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'socat -u UDP-RECV:9 OPEN:r.out,creat,append & tcpdump -vnl -i b0 udp 2>/dev/null > td.out & sleep 0.5'
  $ for o in ip-ttl=1 ip-ttl=255 ip-ttl=0 ip-ttl=256 ip-ttl=-1 ip-ttl=abc ttl=7 ip-tos=0x10 ip-tos=0xfc ip-tos=256 tos=lowdelay sourceport=4000 sp=4001 sourceport=70000 bind=10.0.0.1:4002 bind=10.0.0.9 bind=10.0.0.1:abc bind=nosuchhost:5 so-rcvbuf=1 so-sndbuf=0 so-broadcast pktinfo ip-pktinfo=0 recvttl ip-recvtos=1 bogus-opt=1; do echo "== $o"; echo x | ip netns exec a socat -u - UDP:10.0.0.2:9,$o 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}; done
  == ip-ttl=1
  0
  == ip-ttl=255
  0
  == ip-ttl=0
  E setsockopt(5, 0, 2, {0}, 4): Invalid argument
  1
  == ip-ttl=256
  E setsockopt(5, 0, 2, {256}, 4): Invalid argument
  1
  == ip-ttl=-1
  0
  == ip-ttl=abc
  E parseopts(): missing numerical value of option "ip-ttl=abc"
  1
  == ttl=7
  0
  == ip-tos=0x10
  0
  == ip-tos=0xfc
  0
  == ip-tos=256
  0
  == tos=lowdelay
  E parseopts(): missing numerical value of option "tos=lowdelay"
  1
  == sourceport=4000
  0
  == sp=4001
  0
  == sourceport=70000
  0
  == bind=10.0.0.1:4002
  0
  == bind=10.0.0.9
  E bind(5, {AF=2 10.0.0.9:0}, 16): Cannot assign requested address
  1
  == bind=10.0.0.1:abc
  E getaddrinfo"10.0.0.1", "abc", {1,2,2,0}, {}): Servname not supported for ai_socktype
  1
  == bind=nosuchhost:5
  E getaddrinfo("nosuchhost", "NULL", {1,2,2,17}, {}): Temporary failure in name resolution
  1
  == so-rcvbuf=1
  0
  == so-sndbuf=0
  0
  == so-broadcast
  0
  == pktinfo
  0
  == ip-pktinfo=0
  0
  == recvttl
  0
  == ip-recvtos=1
  0
  == bogus-opt=1
  E parseopts_table(): unknown option "bogus-opt"
  1
  $ echo x | ip netns exec a socat -u - UDP:10.0.0.255:9 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}
  E connect(5, AF=2 10.0.0.255:9, 16): Permission denied
  1
  $ echo x | ip netns exec a socat -u - UDP:10.0.0.255:9,broadcast 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}
  0
  $ echo x | ip netns exec a socat -u - UDP-SENDTO:255.255.255.255:9,so-broadcast 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}
  E sendto(5, 0xADDR, 2, 0, AF=2 255.255.255.255:9, 16): Network is unreachable
  1
  $ echo x | ip netns exec a socat -u - UDP-DATAGRAM:10.0.0.255:9,so-broadcast,sp=4003 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}
  0
  $ ip netns exec b cat /proc/net/udp | sed -E 's/^ *[0-9]+:/ SL:/; s/ [0-9]+ ([0-9]+) [0-9a-f]{16} / INO \1 PTR /; s/ +$//'
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
   SL: 00000000:0009 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 INO 2 PTR 0
  $ sleep 0.5; ip netns pids b | xargs -r kill; sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/; s/\.[0-9]{5} >/.P >/' td.out
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 255, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 7, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x10, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0xfc, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.4001 > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.4464 > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.4002 > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.2.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.255.9: UDP, length 2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 30)
      10.0.0.1.P > 10.0.0.255.9: UDP, length 2
  $ ip netns exec b cat r.out
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  $ ip netns exec b nstat -asz UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs IpInReceives IpExtInBcastPkts
  #kernel
  IpInReceives                    20                 0.0
  IcmpOutDestUnreachs             0                  0.0
  UdpInDatagrams                  20                 0.0
  UdpNoPorts                      0                  0.0
  IpExtInBcastPkts                2                  0.0
  $ ip netns exec a nstat -asz UdpOutDatagrams IcmpInDestUnreachs IpOutRequests IpExtOutBcastPkts
  #kernel
  IpOutRequests                   20                 0.0
  IcmpInDestUnreachs              0                  0.0
  UdpOutDatagrams                 20                 0.0
  IpExtOutBcastPkts               2                  0.0
