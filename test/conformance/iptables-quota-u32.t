quota (a byte budget a rule spends, then stops matching) and u32 (header words at offsets, masks, shifts, ranges, the @ jump to the transport header): counters of pings through them, listings, save and errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p icmp -m quota --quota 300 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -p icmp -j DROP
  $ ip netns exec a ping -c 5 -i 0.2 10.0.0.2 | tail -2 | head -1
  5 packets transmitted, 3 received, 40% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3   252 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            quota: 300 bytes
      2   168 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -m quota --quota 300 -j ACCEPT
  -A INPUT -p icmp -j DROP
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m quota ! --quota 100 -j DROP
  $ ip netns exec a ping -c 3 -i 0.2 10.0.0.2 | tail -2 | head -1
  3 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            quota: 100 bytes
      3   252 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -F
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6&0xFF=1" -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "0>>22&0x3C@0>>24=8" -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "0>>22&0x3C@0>>24=0:7&&0&0xFFFF=84,128,0x200:0x300" -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m u32 ! --u32 "12=0x0a000001" -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "0&0xFFFF=0x100:0xFFFF" -j DROP
  $ ip netns exec a ping -c 2 -i 0.2 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -s 300 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3   496 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            u32 "0x6&0xff=0x1"
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            u32 "0x0>>0x16&0x3c@0x0>>0x18=0x8"
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            u32 "0x0>>0x16&0x3c@0x0>>0x18=0x0:0x7&&0x0&0xffff=0x54,0x80,0x200:0x300"
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            u32 ! "0xc=0xa000001"
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            u32 "0x0&0xffff=0x100:0xffff"
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m u32 --u32 "0x6&0xff=0x1" -j ACCEPT
  -A INPUT -m u32 --u32 "0x0>>0x16&0x3c@0x0>>0x18=0x8" -j ACCEPT
  -A INPUT -m u32 --u32 "0x0>>0x16&0x3c@0x0>>0x18=0x0:0x7&&0x0&0xffff=0x54,0x80,0x200:0x300" -j ACCEPT
  -A INPUT -m u32 ! --u32 "0xc=0xa000001" -j ACCEPT
  -A INPUT -m u32 --u32 "0x0&0xffff=0x100:0xffff" -j DROP
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "0x10 >> 4 & 0xF << 2 = 1" -j ACCEPT
  $ ip netns exec b iptables -L INPUT 6 -n
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            u32 "0x10>>0x4&0xf<<0x2=0x1"
  $ ip netns exec b iptables -A INPUT -m quota -j ACCEPT
  iptables v1.8.9 (nf_tables): quota: option "--quota" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m quota --quota x -j ACCEPT
  iptables v1.8.9 (nf_tables): quota: bad value for option "--quota", or out of range (0-18446744073709551615).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m quota --quota 18446744073709551616 -j ACCEPT
  iptables v1.8.9 (nf_tables): quota: bad value for option "--quota", or out of range (0-18446744073709551615).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m quota --quota 18446744073709551615 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m u32 -j ACCEPT
  iptables v1.8.9 (nf_tables): u32: option "--u32" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "" -j ACCEPT
  iptables v1.8.9 (nf_tables): u32: abrupt end of input after location specifier
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6" -j ACCEPT
  iptables v1.8.9 (nf_tables): u32: abrupt end of input after location specifier
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6&=1" -j ACCEPT
  iptables v1.8.9 (nf_tables): u32: at char 2: not a number or out of range
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6=x" -j ACCEPT
  iptables v1.8.9 (nf_tables): u32: at char 2: not a number or out of range
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6=1,2,3,4,5,6,7,8,9,10,11" -j ACCEPT
  iptables v1.8.9 (nf_tables): u32: at char 25: too many ","s
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "1&2&3&4&5&6&7&8&9&10&11&12=1" -j ACCEPT
  iptables v1.8.9 (nf_tables): u32: at char 23: too many operators
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6=1&&6=1&&6=1&&6=1&&6=1&&6=1&&6=1&&6=1&&6=1&&6=1&&6=1" -j ACCEPT
  iptables v1.8.9 (nf_tables): u32: at char 53: too many "&&"s
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6=1 2" -j ACCEPT
  iptables v1.8.9 (nf_tables): u32: at char 4: expected "," or "&&"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6=1:" -j DROP
  iptables v1.8.9 (nf_tables): u32: at char 4: not a number or out of range
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "=1" -j DROP
  iptables v1.8.9 (nf_tables): u32: at char 0: location spec missing
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6<1=1" -j DROP
  iptables v1.8.9 (nf_tables): u32: at char 2: a second '<' was expected
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6 + 1=1" -j DROP
  iptables v1.8.9 (nf_tables): u32: at char 2: operator expected
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6=1&2" -j DROP
  iptables v1.8.9 (nf_tables): u32: at char 4: a second '&' was expected
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6=1&&" -j DROP
  iptables v1.8.9 (nf_tables): u32: abrupt end of input after location specifier
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6=" -j DROP
  iptables v1.8.9 (nf_tables): u32: test ended with no value specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "6=1&&=2" -j DROP
  iptables v1.8.9 (nf_tables): u32: at char 5: location spec missing
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m u32 --u32 "  6 =  1 : 5 , 7  " -j DROP
  $ ip netns exec b iptables -A INPUT -m quota ! --quota 0x10 -j DROP
  $ ip netns exec b iptables-save | grep -E 'u32|quota'
  -A INPUT -m u32 --u32 "0x6&0xff=0x1" -j ACCEPT
  -A INPUT -m u32 --u32 "0x0>>0x16&0x3c@0x0>>0x18=0x8" -j ACCEPT
  -A INPUT -m u32 --u32 "0x0>>0x16&0x3c@0x0>>0x18=0x0:0x7&&0x0&0xffff=0x54,0x80,0x200:0x300" -j ACCEPT
  -A INPUT -m u32 ! --u32 "0xc=0xa000001" -j ACCEPT
  -A INPUT -m u32 --u32 "0x0&0xffff=0x100:0xffff" -j DROP
  -A INPUT -m u32 --u32 "0x10>>0x4&0xf<<0x2=0x1" -j ACCEPT
  -A INPUT -m quota --quota 18446744073709551615 -j ACCEPT
  -A INPUT -m u32 --u32 "0x6=0x1:0x5,0x7" -j DROP
  -A INPUT -m quota ! --quota 16 -j DROP
