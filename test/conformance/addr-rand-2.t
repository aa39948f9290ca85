Random differential sequence (seed 2) of ip addr add/del/change/flush with secondaries, promote_secondaries, noprefixroute, scopes, peers and labels; the local table and addresses after each step.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip link set d0 up; ip link set d1 up; ip link set e0 up; ip link set e1 up
  $ ip addr add 10.0.1.255/30 dev d0 ; echo $?
  0
  $ ip addr del 172.16.0.200/8 dev d1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip route add 172.16.0.3/32 dev d1; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  [1]
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.1.255 dev d0 proto kernel scope link src 10.0.1.255 
  local 10.0.1.255 dev d0 proto kernel scope host src 10.0.1.255 
  10.0.1.252/30 dev d0 proto kernel scope link src 10.0.1.255 
  172.16.0.3 dev d1 scope link 
  $ ip addr add 172.16.0.254/25 dev d0 noprefixroute; echo $?
  0
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.1.255/30 scope global d0
      inet 172.16.0.254/25 scope global noprefixroute d0
  $ ip addr add 192.168.5.0/31 dev d1 ; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 192.168.5.0/31 scope global d1
  $ ip addr del 10.0.1.254/24 dev d1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip addr add 192.168.5.5/31 dev d1 ; echo $?
  0
  $ ip addr replace 192.168.5.1/24 dev d0 ; echo $?
  0
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.1.255/30 scope global d0
      inet 172.16.0.254/25 scope global noprefixroute d0
      inet 192.168.5.1/24 scope global d0
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  3: d0    inet 10.0.1.255/30 scope global d0
  3: d0    inet 172.16.0.254/25 scope global noprefixroute d0
  3: d0    inet 192.168.5.1/24 scope global d0
  5: d1    inet 192.168.5.0/31 scope global d1
  5: d1    inet 192.168.5.5/31 scope global d1
  $ ip route show table all | grep -v '^fe80\|^ff00\|^local fe80\|^multicast\|^anycast\|^local ::1\|^::1' | sort
  10.0.1.252/30 dev d0 proto kernel scope link src 10.0.1.255 
  172.16.0.3 dev d1 scope link 
  192.168.5.0/24 dev d0 proto kernel scope link src 192.168.5.1 
  192.168.5.0/31 dev d1 proto kernel scope link src 192.168.5.0 
  192.168.5.4/31 dev d1 proto kernel scope link src 192.168.5.5 
  broadcast 10.0.1.255 dev d0 table local proto kernel scope link src 10.0.1.255 
  broadcast 172.16.0.255 dev d0 table local proto kernel scope link src 172.16.0.254 
  broadcast 192.168.5.255 dev d0 table local proto kernel scope link src 192.168.5.1 
  local 10.0.1.255 dev d0 table local proto kernel scope host src 10.0.1.255 
  local 172.16.0.254 dev d0 table local proto kernel scope host src 172.16.0.254 
  local 192.168.5.0 dev d1 table local proto kernel scope host src 192.168.5.0 
  local 192.168.5.1 dev d0 table local proto kernel scope host src 192.168.5.1 
  local 192.168.5.5 dev d1 table local proto kernel scope host src 192.168.5.5 
