Prefix spellings iproute2 accepts or refuses for ip route add/get/show/del/flush (0/0, default, any, all, short forms 10/8 and 10.1, a dotted mask, hex and octal octets, bad lengths), and ip route get's /32 warning: printed for a real prefix, not for "default" while the family is still unspecified (-4 or an earlier from make it AF_INET).
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0
  $ ip route add 0/0 dev a0
  $ ip route add default/0 dev a0
  Error: any valid prefix is expected rather than "default/0".
  [1]
  $ ip route add any dev a0
  Error: any valid prefix is expected rather than "dev".
  [1]
  $ ip route add all dev a0
  RTNETLINK answers: File exists
  [2]
  $ ip route add 10/8 dev a0
  $ ip route add 10.1/16 dev a0
  $ ip route add 10.2.3 dev a0
  $ ip route add 11 dev a0
  $ ip route add 12.0.0.0/255.0.0.0 dev a0
  $ ip route add 13.0.0.0/0.255.0.0 dev a0
  Error: any valid prefix is expected rather than "13.0.0.0/0.255.0.0".
  [1]
  $ ip route add 0x0e000000/8 dev a0
  Error: any valid prefix is expected rather than "0x0e000000/8".
  [1]
  $ ip route add 017.0.0.0/8 dev a0
  $ ip route add 18.0.0.0/08 dev a0
  Error: any valid prefix is expected rather than "18.0.0.0/08".
  [1]
  $ ip route add 19.0.0.0/ dev a0
  Error: any valid prefix is expected rather than "19.0.0.0/".
  [1]
  $ ip route add 20.0.0.0/8/8 dev a0
  Error: any valid prefix is expected rather than "20.0.0.0/8/8".
  [1]
  $ ip route add 21.0.0.0 /8 dev a0
  Error: either "to" is duplicate, or "/8" is a garbage.
  [255]
  $ ip route add 22.0.0.0/+8 dev a0
  $ ip route add 23.0.0.0/-1 dev a0
  Error: any valid prefix is expected rather than "23.0.0.0/-1".
  [1]
  $ ip route add 24.0.0.0/8x dev a0
  Error: any valid prefix is expected rather than "24.0.0.0/8x".
  [1]
  $ ip route add 256.0.0.0/8 dev a0
  Error: any valid prefix is expected rather than "256.0.0.0/8".
  [1]
  $ ip route add 25.0.0.0.0/8 dev a0
  Error: any valid prefix is expected rather than "25.0.0.0.0/8".
  [1]
  $ ip route add  26.0.0.0/8 dev a0
  $ ip route add default/8 dev a0
  Error: any valid prefix is expected rather than "default/8".
  [1]
  $ ip route add 0.0.0.0/0/0 dev a0
  Error: any valid prefix is expected rather than "0.0.0.0/0/0".
  [1]
  $ ip route add 27.0.0.0/32 dev a0
  $ ip route add 27.0.0.1/32 dev a0
  $ ip route show
  default dev a0 scope link 
  10.0.0.0/8 dev a0 scope link 
  10.1.0.0/16 dev a0 scope link 
  10.2.3.0 dev a0 scope link 
  11.0.0.0 dev a0 scope link 
  12.0.0.0/8 dev a0 scope link 
  15.0.0.0/8 dev a0 scope link 
  22.0.0.0/8 dev a0 scope link 
  26.0.0.0/8 dev a0 scope link 
  27.0.0.0 dev a0 scope link 
  27.0.0.1 dev a0 scope link 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route get 10/8
  Warning: /8 as prefix is invalid, only /32 (or none) is supported.
  10.0.0.0 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.1
  10.1.0.0 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get default
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 27.0.0.1/32
  27.0.0.1 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 27.0.0.1/24
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  27.0.0.1 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 27.0.0.1 to 28.0.0.1
  28.0.0.1 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get to 27.0.0.1
  27.0.0.1 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 0x1b000001
  Error: any valid prefix is expected rather than "0x1b000001".
  [1]
  $ ip route get 033.0.0.1
  27.0.0.1 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route show 10/8
  10.0.0.0/8 dev a0 scope link 
  $ ip route show root 10.1
  $ ip route show match 10.1.2.3/32
  default dev a0 scope link 
  10.0.0.0/8 dev a0 scope link 
  10.1.0.0/16 dev a0 scope link 
  $ ip route show exact 0/0
  default dev a0 scope link 
  $ ip route show exact default
  default dev a0 scope link 
  $ ip route show match default
  default dev a0 scope link 
  $ ip route show root 0/0 | head -3
  default dev a0 scope link 
  10.0.0.0/8 dev a0 scope link 
  10.1.0.0/16 dev a0 scope link 
  $ ip route del 10.1/16
  $ ip route del 10.2.3 dev a0
  $ ip route del 11
  $ ip route flush 12/8
  $ ip route flush root 13.0.0.0/8
  $ ip route show
  default dev a0 scope link 
  10.0.0.0/8 dev a0 scope link 
  15.0.0.0/8 dev a0 scope link 
  22.0.0.0/8 dev a0 scope link 
  26.0.0.0/8 dev a0 scope link 
  27.0.0.0 dev a0 scope link 
  27.0.0.1 dev a0 scope link 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip -4 route get default
  Warning: /0 as prefix is invalid, only /32 (or none) is supported.
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get from 192.168.1.1 default
  Warning: /0 as prefix is invalid, only /32 (or none) is supported.
  local 0.0.0.0 from 192.168.1.1 dev lo uid 0 
      cache <local> 
  $ ip route get all
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
