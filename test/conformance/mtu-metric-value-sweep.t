Route mtu/advmss metrics and device MTUs swept with edge values: ip route add with mtu (plain and lock), advmss, the listing and route get of each, then ip link set mtu on a veth and lo at and past their limits, and what the routes and a ping -M do then say.
  $ ip netns add s
  $ ip link add s0 netns s address 02:00:00:00:00:01 type veth peer name s1 netns s address 02:00:00:00:00:02
  $ ip -n s link set lo up; ip -n s link set s0 up; ip -n s link set s1 up
  $ ip -n s addr add 10.0.0.1/24 dev s0
  $ for v in 0 1 67 68 552 1500 65535 65536 4294967295 4294967296 -1 0x100 abc; do ip -n s route add 10.9.0.0/24 dev s0 mtu $v; echo "mtu $v -> $?"; ip -n s route show 10.9.0.0/24; ip -n s route del 10.9.0.0/24 2>/dev/null; done
  mtu 0 -> 0
  10.9.0.0/24 dev s0 scope link 
  mtu 1 -> 0
  10.9.0.0/24 dev s0 scope link mtu 1 
  mtu 67 -> 0
  10.9.0.0/24 dev s0 scope link mtu 67 
  mtu 68 -> 0
  10.9.0.0/24 dev s0 scope link mtu 68 
  mtu 552 -> 0
  10.9.0.0/24 dev s0 scope link mtu 552 
  mtu 1500 -> 0
  10.9.0.0/24 dev s0 scope link mtu 1500 
  mtu 65535 -> 0
  10.9.0.0/24 dev s0 scope link mtu 65520 
  mtu 65536 -> 0
  10.9.0.0/24 dev s0 scope link mtu 65520 
  mtu 4294967295 -> 0
  10.9.0.0/24 dev s0 scope link mtu 65520 
  Error: argument "4294967296" is wrong: "mtu" value is invalid
  
  mtu 4294967296 -> 255
  Error: argument "-1" is wrong: "mtu" value is invalid
  
  mtu -1 -> 255
  mtu 0x100 -> 0
  10.9.0.0/24 dev s0 scope link mtu 256 
  Error: argument "abc" is wrong: "mtu" value is invalid
  
  mtu abc -> 255
  [2]
  $ for v in 0 68 1000 65535 65536 abc; do ip -n s route add 10.9.0.0/24 dev s0 mtu lock $v; echo "mtu lock $v -> $?"; ip -n s route show 10.9.0.0/24; ip -n s route del 10.9.0.0/24 2>/dev/null; done
  mtu lock 0 -> 0
  10.9.0.0/24 dev s0 scope link mtu lock 0 
  mtu lock 68 -> 0
  10.9.0.0/24 dev s0 scope link mtu lock 68 
  mtu lock 1000 -> 0
  10.9.0.0/24 dev s0 scope link mtu lock 1000 
  mtu lock 65535 -> 0
  10.9.0.0/24 dev s0 scope link mtu lock 65520 
  mtu lock 65536 -> 0
  10.9.0.0/24 dev s0 scope link mtu lock 65520 
  Error: argument "abc" is wrong: "mtu" value is invalid
  
  mtu lock abc -> 255
  [2]
  $ ip -n s route add 10.9.0.0/24 dev s0 mtu lock; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip -n s route add 10.9.0.0/24 dev s0 mtu 1000 mtu 1200; echo $?; ip -n s route show 10.9.0.0/24; ip -n s route del 10.9.0.0/24
  0
  10.9.0.0/24 dev s0 scope link mtu 1200 
  $ for v in 0 1 536 65535 65536 abc; do ip -n s route add 10.9.0.0/24 dev s0 advmss $v; echo "advmss $v -> $?"; ip -n s route show 10.9.0.0/24; ip -n s route del 10.9.0.0/24 2>/dev/null; done
  advmss 0 -> 0
  10.9.0.0/24 dev s0 scope link 
  advmss 1 -> 0
  10.9.0.0/24 dev s0 scope link advmss 1 
  advmss 536 -> 0
  10.9.0.0/24 dev s0 scope link advmss 536 
  advmss 65535 -> 0
  10.9.0.0/24 dev s0 scope link advmss 65495 
  advmss 65536 -> 0
  10.9.0.0/24 dev s0 scope link advmss 65495 
  Error: argument "abc" is wrong: "mss" value is invalid
  
  advmss abc -> 255
  [2]
  $ ip -n s route add 10.9.1.0/24 dev s0 mtu 600
  $ ip -n s route add 10.9.2.0/24 dev s0 mtu lock 600
  $ ip -n s route add 10.9.3.0/24 dev s0 mtu 9000
  $ for d in 10.9.1.5 10.9.2.5 10.9.3.5 10.0.0.2; do ip -n s route get $d; done
  10.9.1.5 dev s0 src 10.0.0.1 uid 0 
      cache mtu 600 
  10.9.2.5 dev s0 src 10.0.0.1 uid 0 
      cache mtu lock 600 
  10.9.3.5 dev s0 src 10.0.0.1 uid 0 
      cache mtu 9000 
  10.0.0.2 dev s0 src 10.0.0.1 uid 0 
      cache 
  $ for v in 0 67 68 69 1280 1500 9000 65535 65536 -1 abc; do ip -n s link set s0 mtu $v; echo "s0 mtu $v -> $?"; ip -n s link show s0 | grep -o 'mtu [0-9]*'; done
  Error: mtu less than device minimum.
  s0 mtu 0 -> 2
  mtu 1500
  Error: mtu less than device minimum.
  s0 mtu 67 -> 2
  mtu 1500
  s0 mtu 68 -> 0
  mtu 68
  s0 mtu 69 -> 0
  mtu 69
  s0 mtu 1280 -> 0
  mtu 1280
  s0 mtu 1500 -> 0
  mtu 1500
  s0 mtu 9000 -> 0
  mtu 9000
  s0 mtu 65535 -> 0
  mtu 65535
  Error: mtu greater than device maximum.
  s0 mtu 65536 -> 2
  mtu 65535
  Error: mtu less than device minimum.
  s0 mtu -1 -> 2
  mtu 65535
  Error: argument "abc" is wrong: Invalid "mtu" value
  
  s0 mtu abc -> 255
  mtu 65535
  $ for v in 0 67 68 65536 65537 2147483647; do ip -n s link set lo mtu $v; echo "lo mtu $v -> $?"; ip -n s link show lo | grep -o 'mtu [0-9]*'; done
  lo mtu 0 -> 0
  mtu 0
  lo mtu 67 -> 0
  mtu 67
  lo mtu 68 -> 0
  mtu 68
  lo mtu 65536 -> 0
  mtu 65536
  lo mtu 65537 -> 0
  mtu 65537
  lo mtu 2147483647 -> 0
  mtu 2147483647
  $ ip -n s link set s0 mtu 1400
  $ for d in 10.9.1.5 10.9.2.5 10.9.3.5 10.0.0.2; do ip -n s route get $d; done
  10.9.1.5 dev s0 src 10.0.0.1 uid 0 
      cache mtu 600 
  10.9.2.5 dev s0 src 10.0.0.1 uid 0 
      cache mtu lock 600 
  10.9.3.5 dev s0 src 10.0.0.1 uid 0 
      cache mtu 9000 
  10.0.0.2 dev s0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n s neigh add 10.9.3.5 lladdr 02:00:00:00:00:09 dev s0; ip -n s neigh add 10.9.1.5 lladdr 02:00:00:00:00:09 dev s0
  $ for s in 1372 1373 8972 8973; do ip netns exec s ping -c 1 -W 1 -M do -s $s 10.9.3.5 2>&1 | head -2; done
  PING 10.9.3.5 (10.9.3.5) 1372(1400) bytes of data.
  
  PING 10.9.3.5 (10.9.3.5) 1373(1401) bytes of data.
  
  PING 10.9.3.5 (10.9.3.5) 8972(9000) bytes of data.
  ping: sendmsg: No buffer space available
  PING 10.9.3.5 (10.9.3.5) 8973(9001) bytes of data.
  ping: local error: message too long, mtu=9000
  $ for s in 572 573; do ip netns exec s ping -c 1 -W 1 -M do -s $s 10.9.1.5 2>&1 | head -2; done
  PING 10.9.1.5 (10.9.1.5) 572(600) bytes of data.
  
  PING 10.9.1.5 (10.9.1.5) 573(601) bytes of data.
  ping: local error: message too long, mtu=600
  $ ip -n s route show
  10.0.0.0/24 dev s0 proto kernel scope link src 10.0.0.1 
  10.9.1.0/24 dev s0 scope link mtu 600 
  10.9.2.0/24 dev s0 scope link mtu lock 600 
  10.9.3.0/24 dev s0 scope link mtu 9000 
  $ ip netns del s
