Bad arguments across the lab's tools where policy routing, marks, REJECT, TTL, MTU and macvlan meet: each tool's exact message and exit status.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name h9 address 02:00:00:00:00:02
  $ ip link set h0 up; ip link set h9 up
  $ ip addr add 192.168.1.2/24 dev h0
  $ iptables -t mangle -A PREROUTING -j MARK
  iptables v1.8.9 (nf_tables): MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A PREROUTING -j MARK --set-mark
  iptables v1.8.9 (nf_tables): option "--set-mark" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A PREROUTING -j MARK --set-mark 0x1ffffffff
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A PREROUTING -j MARK --set-mark 1 --and-mark 2
  iptables v1.8.9 (nf_tables): MARK: option "--set-mark" cannot be used together with "--and-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A PREROUTING -j MARK --set-mark 5/0xf0
  $ iptables -t mangle -A PREROUTING -j CONNMARK
  iptables v1.8.9 (nf_tables): CONNMARK target: No operation specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --restore-mark
  iptables v1.8.9 (nf_tables): CONNMARK: option "--save-mark" cannot be used together with "--restore-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xf
  $ iptables -t mangle -A PREROUTING -m connmark --mark 0x2/0x2 -j ACCEPT
  $ iptables -t filter -A INPUT -j TTL --ttl-set 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -t mangle -A PREROUTING -j TTL --ttl-set 256
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-set", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A PREROUTING -j TTL --ttl-dec 0
  iptables v1.8.9 (nf_tables): TTL: bad value for option "--ttl-dec", or out of range (1-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A PREROUTING -j TTL --ttl-inc 1 --ttl-dec 1
  iptables v1.8.9 (nf_tables): TTL: option "--ttl-dec" cannot be used together with "--ttl-inc".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j REJECT --reject-with icmp-foo
  iptables v1.8.9 (nf_tables): unknown reject type "icmp-foo"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p udp -j REJECT --reject-with tcp-reset
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A OUTPUT -j REJECT --reject-with icmp-net-prohibited
  $ iptables -t nat -A PREROUTING -j REJECT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -j MARK --set-xmark 0x5/0xf5
  -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xf
  -A PREROUTING -m connmark --mark 0x2/0x2 -j ACCEPT
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A OUTPUT -j REJECT --reject-with icmp-net-prohibited
  $ ip rule add fwmark 0x1/0x1/0x1 lookup 100
  Error: argument "0x1/0x1" is wrong: fwmask value is invalid
  [255]
  $ ip rule add fwmark foo lookup 100
  Error: argument "foo" is wrong: fwmark value is invalid
  [255]
  $ ip rule add fwmark 0x100000000 lookup 100
  Error: argument "0x100000000" is wrong: fwmark value is invalid
  [255]
  $ ip rule add fwmark 7 lookup 0
  $ ip rule add fwmark 7 table main pref 0
  $ ip rule add tos 0x3 lookup 100
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip rule add dsfield 0x10 lookup 100
  $ ip rule add ipproto 300 lookup 100
  Error: argument "300" is wrong: Invalid "ipproto" value
  [255]
  $ ip rule add dport 0-70000 lookup 100
  Error: Invalid dport range.
  [2]
  $ ip rule add dport 80 lookup 100
  $ ip rule show
  0:	from all lookup local
  0:	from all fwmark 0x7 lookup main
  0:	from all tos 0x10 lookup 100
  0:	from all dport 80 lookup 100
  32765:	from all fwmark 0x7 lookup 1
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 10.0.0.1 mark foo
  Error: argument "foo" is wrong: invalid mark value
  [255]
  $ ip route get 10.0.0.1 tos 0x300
  Error: argument "0x300" is wrong: TOS value is invalid
  [255]
  $ ip route get 10.0.0.1 ipproto bogus
  Error: argument "bogus" is wrong: Invalid "ipproto" value
  [255]
  $ ip route get 10.0.0.1 dport 99999
  Error: argument "99999" is wrong: invalid dport
  [255]
  $ ip route get 10.0.0.1 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 10.0.0.1 oif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 192.168.1.9 from 192.168.1.2 iif h9
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 192.168.1.9 iif h9
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set h0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set h0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip link set h0 mtu abc
  Error: argument "abc" is wrong: Invalid "mtu" value
  [255]
  $ ip route add 10.5.0.0/16 via 192.168.1.1 mtu 67
  $ ip route add 10.5.0.0/16 via 192.168.1.1 mtu lock 100
  RTNETLINK answers: File exists
  [2]
  $ ip route add 10.6.0.0/16 via 192.168.1.1 mtu 70000
  $ ip route add 10.7.0.0/16 via 192.168.1.1 advmss 0 mtu 0
  $ ip route show
  10.5.0.0/16 via 192.168.1.1 dev h0 mtu 67 
  10.6.0.0/16 via 192.168.1.1 dev h0 mtu 65520 
  10.7.0.0/16 via 192.168.1.1 dev h0 
  192.168.1.0/24 dev h0 proto kernel scope link src 192.168.1.2 
  $ ip link add link h0 name mv0 type macvlan mode foo
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "foo"
  [1]
  $ ip link add link lo name mv0 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link nosuch name mv0 type macvlan
  Cannot find device "nosuch"
  [1]
  $ ip link add name mv0 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link h0 name mv0 mtu 9000 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link h0 name mv0 type macvlan mode private
  $ ip link set mv0 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set mv0 type macvlan mode vepa
  $ ip -d link show mv0 | grep -o 'macvlan mode [a-z]*'
  macvlan mode vepa
  $ ip link set h0 mtu 1400
  $ ip link show mv0 | grep -o 'mtu [0-9]*'
  mtu 1400
  $ ip link set mv0 mtu 1450
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set mv0 mtu 1300; ip link show mv0 | grep -o 'mtu [0-9]*'
  mtu 1300
