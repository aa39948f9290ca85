Random differential sequence (seed 3) of ip addr add/del/change/flush with secondaries, promote_secondaries, noprefixroute, scopes, peers and labels; the local table and addresses after each step.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip link set d0 up; ip link set d1 up; ip link set e0 up; ip link set e1 up
  $ ip addr add 172.16.0.0/30 dev d0 brd + label d0:3; echo $?
  0
  $ ip route show table local | sort; ip route show | sort
  broadcast 172.16.0.3 dev d0 proto kernel scope link src 172.16.0.0 
  local 172.16.0.0 dev d0 proto kernel scope host src 172.16.0.0 
  172.16.0.0/30 dev d0 proto kernel scope link src 172.16.0.0 
  $ ip link set d0 up
  $ ip addr add 172.16.0.255/30 dev d0 scope host; echo $?
  0
  $ ip link set d0 down
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      inet 172.16.0.255/30 scope host d0
      inet 172.16.0.0/30 brd 172.16.0.3 scope global d0:3
  $ ip route add 172.16.0.200/30 dev d1; echo $?
  0
  $ ip addr del 172.16.0.5/25 dev d1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip route add 10.0.1.254/32 dev d1; echo $?
  0
  $ ip addr del 192.168.5.200/16 dev d0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      inet 172.16.0.255/30 scope host d0
      inet 172.16.0.0/30 brd 172.16.0.3 scope global d0:3
  $ ip addr add 10.0.0.1/30 dev d1 ; echo $?
  0
  $ ip addr del 10.0.0.200/8 dev d1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/30 scope global d1
  $ ip route add 172.16.0.200/24 dev d0; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      inet 172.16.0.255/30 scope host d0
      inet 172.16.0.0/30 brd 172.16.0.3 scope global d0:3
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.3 dev d1 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev d1 proto kernel scope host src 10.0.0.1 
  local 172.16.0.0 dev d0 proto kernel scope host src 172.16.0.0 
  local 172.16.0.255 dev d0 proto kernel scope host src 172.16.0.255 
  10.0.0.0/30 dev d1 proto kernel scope link src 10.0.0.1 
  10.0.1.254 dev d1 scope link 
  172.16.0.200/30 dev d1 scope link 
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  3: d0    inet 172.16.0.255/30 scope host d0
  3: d0    inet 172.16.0.0/30 brd 172.16.0.3 scope global d0:3
  5: d1    inet 10.0.0.1/30 scope global d1
  $ ip route show table all | grep -v '^fe80\|^ff00\|^local fe80\|^multicast\|^anycast\|^local ::1\|^::1' | sort
  10.0.0.0/30 dev d1 proto kernel scope link src 10.0.0.1 
  10.0.1.254 dev d1 scope link 
  172.16.0.200/30 dev d1 scope link 
  broadcast 10.0.0.3 dev d1 table local proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev d1 table local proto kernel scope host src 10.0.0.1 
  local 172.16.0.0 dev d0 table local proto kernel scope host src 172.16.0.0 
  local 172.16.0.255 dev d0 table local proto kernel scope host src 172.16.0.255 
