UDP socket options IP_TTL and IP_TOS on the wire (tcpdump -v): nc -M and -T (keywords, DSCP names, numbers), socat ip-ttl and ip-tos (ECN bits kept on a UDP socket, a value above 255 cut to its low byte), the values the kernel refuses (EINVAL) and nc's own argument errors, the other -T keywords and number forms (0x is 0, 010 is ten); ip ids and source ports edited out.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'socat -u UDP-RECV:9000 - > got 2>&1 & sleep 0.3'
  $ ip netns exec b tcpdump -t -n -v -i b0 -c 8 udp dst port 9000 > dump 2>/dev/null & sleep 1
  $ ip netns exec a sh -c 'echo ttl | nc -u -w 1 -M 5 10.0.0.2 9000'
  $ ip netns exec a sh -c 'echo low | nc -u -w 1 -T lowdelay 10.0.0.2 9000'
  $ ip netns exec a sh -c 'echo af41 | nc -u -w 1 -T af41 10.0.0.2 9000'
  $ ip netns exec a sh -c 'echo hex | nc -u -w 1 -T 0x28 10.0.0.2 9000'
  $ ip netns exec a sh -c 'echo cs6 | nc -u -w 1 -T cs6 -M 64 10.0.0.2 9000'
  $ ip netns exec a sh -c 'echo socat | socat - UDP:10.0.0.2:9000,ip-ttl=200,ip-tos=0xb8'
  $ ip netns exec a sh -c 'echo ecn | socat - UDP:10.0.0.2:9000,ttl=1,tos=0xff'
  $ ip netns exec a sh -c 'echo big | socat - UDP:10.0.0.2:9000,ip-tos=260'
  $ wait; sed -E 's/id [0-9]+, //; s/\.[0-9]+ >/ >/' dump
  IP (tos 0x0, ttl 5, offset 0, flags [DF], proto UDP (17), length 32)
      10.0.0.1 > 10.0.0.2.9000: UDP, length 4
  IP (tos 0x10, ttl 64, offset 0, flags [DF], proto UDP (17), length 32)
      10.0.0.1 > 10.0.0.2.9000: UDP, length 4
  IP (tos 0x88, ttl 64, offset 0, flags [DF], proto UDP (17), length 33)
      10.0.0.1 > 10.0.0.2.9000: UDP, length 5
  IP (tos 0x28, ttl 64, offset 0, flags [DF], proto UDP (17), length 32)
      10.0.0.1 > 10.0.0.2.9000: UDP, length 4
  IP (tos 0xc0, ttl 64, offset 0, flags [DF], proto UDP (17), length 32)
      10.0.0.1 > 10.0.0.2.9000: UDP, length 4
  IP (tos 0xb8, ttl 200, offset 0, flags [DF], proto UDP (17), length 34)
      10.0.0.1 > 10.0.0.2.9000: UDP, length 6
  IP (tos 0xff,CE, ttl 1, offset 0, flags [DF], proto UDP (17), length 32)
      10.0.0.1 > 10.0.0.2.9000: UDP, length 4
  IP (tos 0x4, ttl 64, offset 0, flags [DF], proto UDP (17), length 32)
      10.0.0.1 > 10.0.0.2.9000: UDP, length 4
  $ ip netns exec b cat got
  ttl
  low
  af41
  hex
  cs6
  socat
  ecn
  big
  $ ip netns exec a nc -u -T foo 10.0.0.2 9000
  nc: illegal tos value foo
  [1]
  $ ip netns exec a nc -u -M 256 10.0.0.2 9000
  nc: ttl is too large
  [1]
  $ ip netns exec a nc -u -M -1 10.0.0.2 9000
  nc: ttl is too small
  [1]
  $ ip netns exec a nc -u -M x 10.0.0.2 9000
  nc: ttl is invalid
  [1]
  $ ip netns exec a nc -u -T 256 10.0.0.2 9000
  nc: illegal tos value 256
  [1]
  $ ip netns exec a nc -u -T -1 10.0.0.2 9000
  nc: illegal tos value -1
  [1]
  $ ip netns exec a sh -c 'echo z | nc -u -w 1 -M 0 10.0.0.2 9000'
  nc: set IP TTL: Invalid argument
  [1]
  $ ip netns exec a sh -c 'echo z | socat - UDP:10.0.0.2:9000,ip-ttl=0 2>&1 | sed -E "s/^.*socat\[[0-9]+\]/socat/"'
  socat E setsockopt(5, 0, 2, {0}, 4): Invalid argument
  $ ip netns exec a sh -c 'echo z | socat - UDP:10.0.0.2:9000,ip-ttl=256 2>&1 | sed -E "s/^.*socat\[[0-9]+\]/socat/"'
  socat E setsockopt(5, 0, 2, {256}, 4): Invalid argument
  $ ip netns exec a sh -c 'echo z | socat - UDP:10.0.0.2:9000,ip-ttl=-1 2>&1 | sed -E "s/^.*socat\[[0-9]+\]/socat/"'
  $ ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs UdpInDatagrams
  #kernel
  IcmpOutDestUnreachs             0                  0.0
  UdpInDatagrams                  9                  0.0
  UdpNoPorts                      0                  0.0
  $ ip netns exec a nstat -asz UdpOutDatagrams IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              0                  0.0
  UdpOutDatagrams                 9                  0.0
  $ ip netns exec b sh -c 'socat -u UDP-RECV:9001 - > got2 2>&1 & sleep 0.3'
  $ ip netns exec b tcpdump -t -n -v -i b0 -c 8 udp dst port 9001 > dump2 2>/dev/null & sleep 1
  $ for t in lowcost throughput reliability critical ef 0x 010 ' 7'; do ip netns exec a sh -c "echo x | nc -u -w 1 -T '$t' 10.0.0.2 9001"; done
  $ wait; grep -o 'tos 0x[0-9a-f]*' dump2
  tos 0x2
  tos 0x8
  tos 0x4
  tos 0xa0
  tos 0xb8
  tos 0x0
  tos 0xa
  tos 0x7
  $ ip netns exec a nc -u -T 0x100 10.0.0.2 9001
  nc: illegal tos value 0x100
  [1]
  $ ip netns exec a nc -u -T 1e2 10.0.0.2 9001
  nc: illegal tos value 1e2
  [1]
