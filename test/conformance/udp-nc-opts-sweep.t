OpenBSD nc UDP client options one at a time (-s, -p, -T, -M, -I, -O, -4, -n, -b, -w bad values) against a socat UDP-RECV on b: exit status, what b receives, /proc/net/udp after, b's counters.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 brd + dev a0; ip -n b addr add 10.0.0.2/24 brd + dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'socat -u UDP-RECV:7000 OPEN:r.out,creat,append & tcpdump -vnl -i b0 udp 2>/dev/null > td.out & sleep 0.5'
  $ for o in "-s 10.0.0.1" "-s 10.0.0.7" "-s bogus" "-p 5555" "-p 0" "-p 65536" "-p x" "-T 0x20" "-T ef" "-T reliability" "-T none" "-M 1" "-M 0" "-M 255" "-I 1" "-O 1" "-I 0" "-O abc" "-4" "-n" "-b" "-w 0" "-w -1" "-w 99999999999" "-q x"; do echo "== $o"; echo "$o" | ip netns exec a nc -u -w 1 -q 0 $o 10.0.0.2 7000 2>&1; echo $?; done
  == -s 10.0.0.1
  0
  == -s 10.0.0.7
  nc: bind failed: Cannot assign requested address
  1
  == -s bogus
  nc: getaddrinfo: Temporary failure in name resolution
  1
  == -p 5555
  0
  == -p 0
  0
  == -p 65536
  0
  == -p x
  nc: getaddrinfo: Servname not supported for ai_socktype
  1
  == -T 0x20
  0
  == -T ef
  0
  == -T reliability
  0
  == -T none
  nc: illegal tos value none
  1
  == -M 1
  0
  == -M 0
  nc: set IP TTL: Invalid argument
  1
  == -M 255
  0
  == -I 1
  0
  == -O 1
  0
  == -I 0
  nc: TCP receive window too small: 0
  1
  == -O abc
  nc: TCP send window invalid: abc
  1
  == -4
  0
  == -n
  0
  == -b
  0
  == -w 0
  0
  == -w -1
  nc: timeout too small: -1
  1
  == -w 99999999999
  nc: timeout too large: 99999999999
  1
  == -q x
  nc: quit timer invalid: x
  1
  $ ip netns exec b cat /proc/net/udp | sed -E 's/^ *[0-9]+:/ SL:/; s/ [0-9]+ ([0-9]+) [0-9a-f]{16} / INO \1 PTR /; s/ +$//'
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
   SL: 00000000:1B58 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 INO 2 PTR 0
  $ sleep 0.5; ip netns pids b | xargs -r kill; sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/; s/10\.0\.0\.1\.[0-9]{5} >/10.0.0.1.P >/' td.out
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 40)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (12)
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 36)
      10.0.0.1.5555 > 10.0.0.2.7000:  [|rx] (8)
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 33)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (5)
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 37)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (9)
  IP (tos 0x20, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 36)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (8)
  IP (tos 0xb8, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 34)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (6)
  IP (tos 0x4, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 43)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (15)
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto UDP (17), length 33)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (5)
  IP (tos 0x0, ttl 255, id N, offset 0, flags [DF], proto UDP (17), length 35)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (7)
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 33)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (5)
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 33)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (5)
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (3)
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (3)
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 33)
      10.0.0.1.P > 10.0.0.2.7000:  [|rx] (5)
  $ ip netns exec b cat r.out
  -s 10.0.0.1
  -p 5555
  -p 0
  -p 65536
  -T 0x20
  -T ef
  -T reliability
  -M 1
  -M 255
  -I 1
  -O 1
  -4
  -b
  -w 0
  $ ip netns exec b nstat -asz UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs IpInReceives
  #kernel
  IpInReceives                    14                 0.0
  IcmpOutDestUnreachs             0                  0.0
  UdpInDatagrams                  14                 0.0
  UdpNoPorts                      0                  0.0
  $ ip netns exec a nstat -asz UdpOutDatagrams IcmpInDestUnreachs UdpInErrors
  #kernel
  IcmpInDestUnreachs              0                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 14                 0.0
