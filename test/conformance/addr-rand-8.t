Random differential sequence (seed 8) of ip addr add/del/change/flush with secondaries, promote_secondaries, noprefixroute, scopes, peers and labels; the local table and addresses after each step.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip link set d0 up; ip link set d1 up; ip link set e0 up; ip link set e1 up
  $ ip route add 10.0.1.5/8 dev d1; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip -4 addr show dev d1 | grep -v valid_lft
  [1]
  $ ip route show table local | sort; ip route show | sort
  Error: ipv4: FIB table does not exist.
  Dump terminated
  $ ip addr add 172.16.0.5/8 dev d0 noprefixroute; echo $?
  0
  $ ip route add 172.16.0.2/24 dev d1; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip -4 addr show dev d1 | grep -v valid_lft
  [1]
  $ ip addr del 172.16.0.2/8 dev d1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -4 addr show dev d1 | grep -v valid_lft
  [1]
  $ ip route add 10.0.1.3/16 dev d1; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip route show table local | sort; ip route show | sort
  broadcast 172.255.255.255 dev d0 proto kernel scope link src 172.16.0.5 
  local 172.16.0.5 dev d0 proto kernel scope host src 172.16.0.5 
  $ ip addr add 172.16.0.3/24 dev d0 ; echo $?
  0
  $ ip route show table local | sort; ip route show | sort
  broadcast 172.16.0.255 dev d0 proto kernel scope link src 172.16.0.3 
  broadcast 172.255.255.255 dev d0 proto kernel scope link src 172.16.0.5 
  local 172.16.0.3 dev d0 proto kernel scope host src 172.16.0.3 
  local 172.16.0.5 dev d0 proto kernel scope host src 172.16.0.5 
  172.16.0.0/24 dev d0 proto kernel scope link src 172.16.0.3 
  $ sysctl -qw net.ipv4.conf.d1.promote_secondaries=1
  $ ip route show table local | sort; ip route show | sort
  broadcast 172.16.0.255 dev d0 proto kernel scope link src 172.16.0.3 
  broadcast 172.255.255.255 dev d0 proto kernel scope link src 172.16.0.5 
  local 172.16.0.3 dev d0 proto kernel scope host src 172.16.0.3 
  local 172.16.0.5 dev d0 proto kernel scope host src 172.16.0.5 
  172.16.0.0/24 dev d0 proto kernel scope link src 172.16.0.3 
  $ ip addr add 192.168.5.5/8 dev d0 ; echo $?
  0
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 172.16.0.5/8 scope global noprefixroute d0
      inet 172.16.0.3/24 scope global d0
      inet 192.168.5.5/8 scope global d0
  $ ip route show table local | sort; ip route show | sort
  broadcast 172.16.0.255 dev d0 proto kernel scope link src 172.16.0.3 
  broadcast 172.255.255.255 dev d0 proto kernel scope link src 172.16.0.5 
  broadcast 192.255.255.255 dev d0 proto kernel scope link src 192.168.5.5 
  local 172.16.0.3 dev d0 proto kernel scope host src 172.16.0.3 
  local 172.16.0.5 dev d0 proto kernel scope host src 172.16.0.5 
  local 192.168.5.5 dev d0 proto kernel scope host src 192.168.5.5 
  172.16.0.0/24 dev d0 proto kernel scope link src 172.16.0.3 
  192.0.0.0/8 dev d0 proto kernel scope link src 192.168.5.5 
  $ ip addr add 10.0.0.5/24 dev d0 ; echo $?
  0
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 172.16.0.5/8 scope global noprefixroute d0
      inet 172.16.0.3/24 scope global d0
      inet 192.168.5.5/8 scope global d0
      inet 10.0.0.5/24 scope global d0
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.5 
  broadcast 172.16.0.255 dev d0 proto kernel scope link src 172.16.0.3 
  broadcast 172.255.255.255 dev d0 proto kernel scope link src 172.16.0.5 
  broadcast 192.255.255.255 dev d0 proto kernel scope link src 192.168.5.5 
  local 10.0.0.5 dev d0 proto kernel scope host src 10.0.0.5 
  local 172.16.0.3 dev d0 proto kernel scope host src 172.16.0.3 
  local 172.16.0.5 dev d0 proto kernel scope host src 172.16.0.5 
  local 192.168.5.5 dev d0 proto kernel scope host src 192.168.5.5 
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.5 
  172.16.0.0/24 dev d0 proto kernel scope link src 172.16.0.3 
  192.0.0.0/8 dev d0 proto kernel scope link src 192.168.5.5 
  $ ip addr add 10.0.0.200/16 dev d1 noprefixroute; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.200/16 scope global noprefixroute d1
  $ ip addr add 192.168.5.255/16 dev d1 brd +; echo $?
  0
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  3: d0    inet 172.16.0.5/8 scope global noprefixroute d0
  3: d0    inet 172.16.0.3/24 scope global d0
  3: d0    inet 192.168.5.5/8 scope global d0
  3: d0    inet 10.0.0.5/24 scope global d0
  5: d1    inet 10.0.0.200/16 scope global noprefixroute d1
  5: d1    inet 192.168.5.255/16 brd 192.168.255.255 scope global d1
  $ ip route show table all | grep -v '^fe80\|^ff00\|^local fe80\|^multicast\|^anycast\|^local ::1\|^::1' | sort
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.5 
  172.16.0.0/24 dev d0 proto kernel scope link src 172.16.0.3 
  192.0.0.0/8 dev d0 proto kernel scope link src 192.168.5.5 
  192.168.0.0/16 dev d1 proto kernel scope link src 192.168.5.255 
  broadcast 10.0.0.255 dev d0 table local proto kernel scope link src 10.0.0.5 
  broadcast 10.0.255.255 dev d1 table local proto kernel scope link src 10.0.0.200 
  broadcast 172.16.0.255 dev d0 table local proto kernel scope link src 172.16.0.3 
  broadcast 172.255.255.255 dev d0 table local proto kernel scope link src 172.16.0.5 
  broadcast 192.168.255.255 dev d1 table local proto kernel scope link src 192.168.5.255 
  broadcast 192.255.255.255 dev d0 table local proto kernel scope link src 192.168.5.5 
  local 10.0.0.200 dev d1 table local proto kernel scope host src 10.0.0.200 
  local 10.0.0.5 dev d0 table local proto kernel scope host src 10.0.0.5 
  local 172.16.0.3 dev d0 table local proto kernel scope host src 172.16.0.3 
  local 172.16.0.5 dev d0 table local proto kernel scope host src 172.16.0.5 
  local 192.168.5.255 dev d1 table local proto kernel scope host src 192.168.5.255 
  local 192.168.5.5 dev d0 table local proto kernel scope host src 192.168.5.5 
