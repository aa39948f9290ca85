Random differential sequence (seed 6) of ip addr add/del/change/flush with secondaries, promote_secondaries, noprefixroute, scopes, peers and labels; the local table and addresses after each step.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip link set d0 up; ip link set d1 up; ip link set e0 up; ip link set e1 up
  $ ip addr flush dev d1 ; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  [1]
  $ ip route add 192.168.5.254/8 dev d1; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip -4 addr show dev d1 | grep -v valid_lft
  [1]
  $ ip route add 10.0.0.5/32 dev d1; echo $?
  0
  $ ip link set d0 up
  $ ip addr replace 172.16.0.2/24 dev d1 noprefixroute; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 172.16.0.2/24 scope global noprefixroute d1
  $ ip route show table local | sort; ip route show | sort
  broadcast 172.16.0.255 dev d1 proto kernel scope link src 172.16.0.2 
  local 172.16.0.2 dev d1 proto kernel scope host src 172.16.0.2 
  10.0.0.5 dev d1 scope link 
  $ ip addr replace 192.168.5.0/24 dev d0 ; echo $?
  0
  $ ip route show table local | sort; ip route show | sort
  broadcast 172.16.0.255 dev d1 proto kernel scope link src 172.16.0.2 
  broadcast 192.168.5.255 dev d0 proto kernel scope link src 192.168.5.0 
  local 172.16.0.2 dev d1 proto kernel scope host src 172.16.0.2 
  local 192.168.5.0 dev d0 proto kernel scope host src 192.168.5.0 
  10.0.0.5 dev d1 scope link 
  192.168.5.0/24 dev d0 proto kernel scope link src 192.168.5.0 
  $ ip addr add 172.16.0.5/24 dev d1 scope link brd +; echo $?
  Error: ipv4: Invalid scope value.
  2
  $ ip addr add 172.16.0.200/24 dev d0 noprefixroute; echo $?
  0
  $ ip addr add 172.16.0.0/30 dev d0 ; echo $?
  0
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  3: d0    inet 192.168.5.0/24 scope global d0
  3: d0    inet 172.16.0.200/24 scope global noprefixroute d0
  3: d0    inet 172.16.0.0/30 scope global d0
  5: d1    inet 172.16.0.2/24 scope global noprefixroute d1
  $ ip route show table all | grep -v '^fe80\|^ff00\|^local fe80\|^multicast\|^anycast\|^local ::1\|^::1' | sort
  10.0.0.5 dev d1 scope link 
  172.16.0.0/30 dev d0 proto kernel scope link src 172.16.0.0 
  192.168.5.0/24 dev d0 proto kernel scope link src 192.168.5.0 
  broadcast 172.16.0.255 dev d0 table local proto kernel scope link src 172.16.0.200 
  broadcast 172.16.0.255 dev d1 table local proto kernel scope link src 172.16.0.2 
  broadcast 172.16.0.3 dev d0 table local proto kernel scope link src 172.16.0.0 
  broadcast 192.168.5.255 dev d0 table local proto kernel scope link src 192.168.5.0 
  local 172.16.0.0 dev d0 table local proto kernel scope host src 172.16.0.0 
  local 172.16.0.2 dev d1 table local proto kernel scope host src 172.16.0.2 
  local 172.16.0.200 dev d0 table local proto kernel scope host src 172.16.0.200 
  local 192.168.5.0 dev d0 table local proto kernel scope host src 192.168.5.0 
