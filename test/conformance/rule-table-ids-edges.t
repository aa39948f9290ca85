Table numbers at their edges where policy routing meets routes: tables 0, 253-255, 256 and above, 2^32-1, names, in ip rule and ip route (add, show, flush, get with a rule into them), and what each listing prints.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name h9 address 02:00:00:00:00:02
  $ ip link set h0 up; ip link set h9 up
  $ ip addr add 192.168.1.2/24 dev h0
  $ ip route add 10.1.0.0/16 via 192.168.1.1 table 0
  $ ip route add 10.2.0.0/16 via 192.168.1.1 table 256
  $ ip route add 10.3.0.0/16 via 192.168.1.1 table 4294967295
  $ ip route add 10.4.0.0/16 via 192.168.1.1 table 4294967296
  Error: argument "4294967296" is wrong: "table" value is invalid
  [255]
  $ ip route add 10.5.0.0/16 via 192.168.1.1 table default
  $ ip route add 10.6.0.0/16 via 192.168.1.1 table 65536
  $ ip rule add fwmark 1 lookup 256
  $ ip rule add fwmark 2 lookup 4294967295
  $ ip rule add fwmark 3 lookup 0
  $ ip rule add fwmark 4 lookup 253
  $ ip rule add fwmark 5 lookup 65536
  $ ip rule show
  0:	from all lookup local
  32761:	from all fwmark 0x5 lookup 65536
  32762:	from all fwmark 0x4 lookup default
  32763:	from all fwmark 0x3 lookup 1
  32764:	from all fwmark 0x2 lookup 4294967295
  32765:	from all fwmark 0x1 lookup 256
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route show table all | grep -v '^local\|^broadcast\|^fe80\|^multicast\|^ff00\|^::1\|^anycast'
  10.6.0.0/16 via 192.168.1.1 dev h0 table 65536 
  10.2.0.0/16 via 192.168.1.1 dev h0 table 256 
  10.5.0.0/16 via 192.168.1.1 dev h0 table default 
  10.1.0.0/16 via 192.168.1.1 dev h0 
  192.168.1.0/24 dev h0 proto kernel scope link src 192.168.1.2 
  10.3.0.0/16 via 192.168.1.1 dev h0 table 4294967295 
  $ ip route show table 256
  10.2.0.0/16 via 192.168.1.1 dev h0 
  $ ip route show table 4294967295
  10.3.0.0/16 via 192.168.1.1 dev h0 
  $ ip route get 10.2.1.1 mark 1
  10.2.1.1 via 192.168.1.1 dev h0 table 256 src 192.168.1.2 mark 1 uid 0 
      cache 
  $ ip route get 10.3.1.1 mark 2
  10.3.1.1 via 192.168.1.1 dev h0 table 4294967295 src 192.168.1.2 mark 2 uid 0 
      cache 
  $ ip route get 10.5.1.1 mark 4
  10.5.1.1 via 192.168.1.1 dev h0 table default src 192.168.1.2 mark 4 uid 0 
      cache 
  $ ip route get 10.6.1.1 mark 5
  10.6.1.1 via 192.168.1.1 dev h0 table 65536 src 192.168.1.2 mark 5 uid 0 
      cache 
  $ ip route flush table 256; ip route show table 256
  $ ip rule del fwmark 3
  $ ip rule del lookup 65536
  $ ip rule show | grep -c fwmark
  3
  $ ip -j rule show | sed 's/},{/},\n{/g' | grep 4294967295
  {"priority":32764,"src":"all","fwmark":"0x2","table":"4294967295"},
  $ ip route show table 0 | head -3
  10.6.0.0/16 via 192.168.1.1 dev h0 table 65536 
  10.5.0.0/16 via 192.168.1.1 dev h0 table default 
  10.1.0.0/16 via 192.168.1.1 dev h0 
