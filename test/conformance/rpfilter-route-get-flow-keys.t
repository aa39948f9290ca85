ip route get's flow keys as iproute2 parses them and the kernel takes them: ipproto by /etc/protocols name or alias or a decimal 0-255 (get_u8 base 10: 0x11 is no number), sent whenever given, and only TCP, UDP and ICMP looked up (rtm_getroute_parse_ip_proto(): Unsupported ip proto, 0 too); sport/dport, uid, mark and tos bounds and names; -j -p.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.1.0.1/24 dev a0
  $ for p in icmp tcp udp gre sctp esp ah ipv6-icmp igmp raw dccp udplite ospf 0 1 47 255 256 -1 0x11 tcpx ICMP; do echo "$p: $(ip route get 10.1.0.9 ipproto $p 2>&1 | head -1)"; done
  icmp: 10.1.0.9 dev a0 src 10.1.0.1 uid 0 
  tcp: 10.1.0.9 dev a0 src 10.1.0.1 uid 0 
  udp: 10.1.0.9 dev a0 src 10.1.0.1 uid 0 
  gre: Error: Unsupported ip proto.
  sctp: Error: Unsupported ip proto.
  esp: Error: Unsupported ip proto.
  ah: Error: Unsupported ip proto.
  ipv6-icmp: Error: Unsupported ip proto.
  igmp: Error: Unsupported ip proto.
  raw: Error: argument "raw" is wrong: Invalid "ipproto" value
  dccp: Error: Unsupported ip proto.
  udplite: Error: Unsupported ip proto.
  ospf: Error: Unsupported ip proto.
  0: Error: Unsupported ip proto.
  1: 10.1.0.9 dev a0 src 10.1.0.1 uid 0 
  47: Error: Unsupported ip proto.
  255: Error: Unsupported ip proto.
  256: Error: argument "256" is wrong: Invalid "ipproto" value
  -1: Error: argument "-1" is wrong: Invalid "ipproto" value
  0x11: Error: argument "0x11" is wrong: Invalid "ipproto" value
  tcpx: Error: argument "tcpx" is wrong: Invalid "ipproto" value
  ICMP: 10.1.0.9 dev a0 src 10.1.0.1 uid 0 
  $ ip route get 10.1.0.9 ipproto tcp sport 80 dport 443
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 ipproto icmp sport 80
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 ipproto gre sport 80
  Error: Unsupported ip proto.
  [2]
  $ ip route get 10.1.0.9 from 10.1.0.2 iif b0 ipproto sctp sport 1 dport 2
  Error: Unsupported ip proto.
  [2]
  $ ip route get 10.1.0.9 sport 65536
  Error: argument "65536" is wrong: invalid sport
  [255]
  $ ip route get 10.1.0.9 sport 0x50 dport 010
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 sport -1
  Error: argument "-1" is wrong: invalid sport
  [255]
  $ ip route get 10.1.0.9 uid 4294967295
  10.1.0.9 dev a0 src 10.1.0.1 
      cache 
  $ ip route get 10.1.0.9 uid 4294967296
  Error: argument "4294967296" is wrong: invalid UID
  [255]
  $ ip route get 10.1.0.9 mark 0xffffffff
  10.1.0.9 dev a0 src 10.1.0.1 mark 0xffffffff uid 0 
      cache 
  $ ip route get 10.1.0.9 mark 4294967296
  Error: argument "4294967296" is wrong: invalid mark value
  [255]
  $ ip route get 10.1.0.9 tos 0xff
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 tos lowdelay
  Error: argument "lowdelay" is wrong: TOS value is invalid
  [255]
  $ ip route get 10.1.0.9 tos CS1
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 dsfield 256
  Error: argument "256" is wrong: TOS value is invalid
  [255]
  $ ip -j -p route get 10.1.0.9 ipproto tcp sport 80 dport 443 mark 7 uid 9
  [ {
          "dst": "10.1.0.9",
          "dev": "a0",
          "prefsrc": "10.1.0.1",
          "flags": [ ],
          "mark": 7,
          "uid": 9,
          "cache": [ ]
      } ]
