Longest-prefix match at every boundary of nested and adjacent prefixes (/0 to /32), with tos and metric variants of the same prefix.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.0.1/24 dev a0
  $ ip addr add 192.168.1.1/24 dev a1
  $ ip route add 0.0.0.0/0 via 192.168.0.2
  $ ip route add 128.0.0.0/1 via 192.168.1.2
  $ ip route add 10.0.0.0/8 via 192.168.0.3
  $ ip route add 10.128.0.0/9 via 192.168.1.3
  $ ip route add 10.128.0.0/24 via 192.168.0.4
  $ ip route add 10.128.0.0/25 via 192.168.1.4
  $ ip route add 10.128.0.127/32 via 192.168.0.5
  $ ip route add 10.128.0.128/31 via 192.168.1.5
  $ ip route add 10.128.1.0/24 via 192.168.0.6 metric 10
  $ ip route add 10.128.1.0/24 via 192.168.1.6 metric 5
  $ ip route add 10.128.1.0/24 via 192.168.0.7 tos 0x08 metric 20
  $ ip route add 255.255.255.254/31 via 192.168.1.7
  $ ip route add 0.0.0.0/8 via 192.168.1.8
  $ ip route add 127.0.0.0/8 via 192.168.1.9 table main
  $ for a in 9.255.255.255 10.0.0.0 10.127.255.255 10.128.0.0 10.128.0.126 10.128.0.127 10.128.0.128 10.128.0.129 10.128.0.130 10.128.0.255 10.128.1.0 10.128.1.255 10.128.2.0 10.255.255.255 11.0.0.0 127.255.255.255 128.0.0.0 255.255.255.253 255.255.255.254 1.0.0.0; do echo "$a: $(ip route get $a 2>&1 | head -1)"; done
  9.255.255.255: 9.255.255.255 via 192.168.0.2 dev a0 src 192.168.0.1 uid 0 
  10.0.0.0: 10.0.0.0 via 192.168.0.3 dev a0 src 192.168.0.1 uid 0 
  10.127.255.255: 10.127.255.255 via 192.168.0.3 dev a0 src 192.168.0.1 uid 0 
  10.128.0.0: 10.128.0.0 via 192.168.1.4 dev a1 src 192.168.1.1 uid 0 
  10.128.0.126: 10.128.0.126 via 192.168.1.4 dev a1 src 192.168.1.1 uid 0 
  10.128.0.127: 10.128.0.127 via 192.168.0.5 dev a0 src 192.168.0.1 uid 0 
  10.128.0.128: 10.128.0.128 via 192.168.1.5 dev a1 src 192.168.1.1 uid 0 
  10.128.0.129: 10.128.0.129 via 192.168.1.5 dev a1 src 192.168.1.1 uid 0 
  10.128.0.130: 10.128.0.130 via 192.168.0.4 dev a0 src 192.168.0.1 uid 0 
  10.128.0.255: 10.128.0.255 via 192.168.0.4 dev a0 src 192.168.0.1 uid 0 
  10.128.1.0: 10.128.1.0 via 192.168.1.6 dev a1 src 192.168.1.1 uid 0 
  10.128.1.255: 10.128.1.255 via 192.168.1.6 dev a1 src 192.168.1.1 uid 0 
  10.128.2.0: 10.128.2.0 via 192.168.1.3 dev a1 src 192.168.1.1 uid 0 
  10.255.255.255: 10.255.255.255 via 192.168.1.3 dev a1 src 192.168.1.1 uid 0 
  11.0.0.0: 11.0.0.0 via 192.168.0.2 dev a0 src 192.168.0.1 uid 0 
  127.255.255.255: broadcast 127.255.255.255 dev lo src 127.0.0.1 uid 0 
  128.0.0.0: 128.0.0.0 via 192.168.1.2 dev a1 src 192.168.1.1 uid 0 
  255.255.255.253: 255.255.255.253 via 192.168.1.2 dev a1 src 192.168.1.1 uid 0 
  255.255.255.254: 255.255.255.254 via 192.168.1.7 dev a1 src 192.168.1.1 uid 0 
  1.0.0.0: 1.0.0.0 via 192.168.0.2 dev a0 src 192.168.0.1 uid 0 
  $ ip route get 10.128.1.1 tos 0x08
  10.128.1.1 tos 0x08 via 192.168.0.7 dev a0 src 192.168.0.1 uid 0 
      cache 
  $ ip route get 10.128.1.1 tos 0x04
  10.128.1.1 via 192.168.1.6 dev a1 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.128.1.1 tos 0x0c
  10.128.1.1 via 192.168.1.6 dev a1 src 192.168.1.1 uid 0 
      cache 
  $ ip route get fibmatch 10.128.1.1 tos 0x08
  10.128.1.0/24 tos 0x08 via 192.168.0.7 dev a0 metric 20 
  $ ip route get fibmatch 10.128.0.129
  10.128.0.128/31 via 192.168.1.5 dev a1 
  $ ip route get fibmatch 200.1.1.1
  128.0.0.0/1 via 192.168.1.2 dev a1 
  $ ip route get 0.1.2.3
  0.1.2.3 via 192.168.1.8 dev a1 src 192.168.1.1 uid 0 
      cache 
  $ ip route del 10.128.1.0/24 metric 5
  $ ip route get 10.128.1.1
  10.128.1.1 via 192.168.0.6 dev a0 src 192.168.0.1 uid 0 
      cache 
  $ ip route del 10.128.0.0/25
  $ ip route get 10.128.0.5
  10.128.0.5 via 192.168.0.4 dev a0 src 192.168.0.1 uid 0 
      cache 
  $ ip route del 128.0.0.0/1
  $ ip route get 200.1.1.1
  200.1.1.1 via 192.168.0.2 dev a0 src 192.168.0.1 uid 0 
      cache 
  $ ip route show root 10.128.0.0/24
  10.128.0.0/24 via 192.168.0.4 dev a0 
  10.128.0.127 via 192.168.0.5 dev a0 
  10.128.0.128/31 via 192.168.1.5 dev a1 
  $ ip route show match 10.128.0.128
  default via 192.168.0.2 dev a0 
  10.0.0.0/8 via 192.168.0.3 dev a0 
  10.128.0.0/24 via 192.168.0.4 dev a0 
  10.128.0.0/9 via 192.168.1.3 dev a1 
  10.128.0.128/31 via 192.168.1.5 dev a1 
  $ ip route show exact 10.128.0.128/31
  10.128.0.128/31 via 192.168.1.5 dev a1 
  $ cat /proc/net/fib_trie | head -40
  Main:
    +-- 0.0.0.0/0 4 1 12
       +-- 0.0.0.0/4 2 0 2
          |-- 0.0.0.0
             /8 universe UNICAST
             /0 universe UNICAST
          +-- 10.0.0.0/8 2 0 2
             |-- 10.0.0.0
                /8 universe UNICAST
             +-- 10.128.0.0/23 3 0 4
                |-- 10.128.0.0
                   /24 universe UNICAST
                   /9 universe UNICAST
                |-- 10.128.0.127
                   /32 universe UNICAST
                |-- 10.128.0.128
                   /31 universe UNICAST
                |-- 10.128.1.0
                   /24 universe UNICAST tos=8
                   /24 universe UNICAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
                /8 universe UNICAST
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 192.168.0.0/23 3 0 4
          +-- 192.168.0.0/31 1 0 0
             |-- 192.168.0.0
                /24 link UNICAST
             |-- 192.168.0.1
                /32 host LOCAL
          |-- 192.168.0.255
             /32 link BROADCAST
          +-- 192.168.1.0/31 1 0 0
             |-- 192.168.1.0
                /24 link UNICAST
