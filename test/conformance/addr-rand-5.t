Random differential sequence (seed 5) of ip addr add/del/change/flush with secondaries, promote_secondaries, noprefixroute, scopes, peers and labels; the local table and addresses after each step.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip link set d0 up; ip link set d1 up; ip link set e0 up; ip link set e1 up
  $ ip addr replace 10.0.0.0/24 dev d1 ; echo $?
  0
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.255 dev d1 proto kernel scope link src 10.0.0.0 
  local 10.0.0.0 dev d1 proto kernel scope host src 10.0.0.0 
  10.0.0.0/24 dev d1 proto kernel scope link src 10.0.0.0 
  $ ip link set d1 up
  $ ip addr flush dev d0 to 10.0.0.0/16; echo $?
  0
  $ ip -4 addr show dev d0 | grep -v valid_lft
  [1]
  $ ip addr add 10.0.1.3/24 dev d1 scope site brd + label d1:0; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.1.3/24 brd 10.0.1.255 scope site d1:0
      inet 10.0.0.0/24 scope global d1
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.255 dev d1 proto kernel scope link src 10.0.0.0 
  broadcast 10.0.1.255 dev d1 proto kernel scope link src 10.0.1.3 
  local 10.0.0.0 dev d1 proto kernel scope host src 10.0.0.0 
  local 10.0.1.3 dev d1 proto kernel scope host src 10.0.1.3 
  10.0.0.0/24 dev d1 proto kernel scope link src 10.0.0.0 
  10.0.1.0/24 dev d1 proto kernel scope link src 10.0.1.3 
  $ ip addr add 10.0.1.200/16 dev d0 peer 10.9.9.7/32; echo $?
  0
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.1.200 peer 10.9.9.7/32 scope global d0
  $ ip addr del 192.168.5.2/24 dev d0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.1.200 peer 10.9.9.7/32 scope global d0
  $ ip addr add 172.16.0.1/32 dev d1 ; echo $?
  0
  $ ip addr del 10.0.1.5/16 dev d0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip addr add 192.168.5.1/30 dev d1 ; echo $?
  0
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.255 dev d1 proto kernel scope link src 10.0.0.0 
  broadcast 10.0.1.255 dev d1 proto kernel scope link src 10.0.1.3 
  broadcast 192.168.5.3 dev d1 proto kernel scope link src 192.168.5.1 
  local 10.0.0.0 dev d1 proto kernel scope host src 10.0.0.0 
  local 10.0.1.200 dev d0 proto kernel scope host src 10.0.1.200 
  local 10.0.1.3 dev d1 proto kernel scope host src 10.0.1.3 
  local 172.16.0.1 dev d1 proto kernel scope host src 172.16.0.1 
  local 192.168.5.1 dev d1 proto kernel scope host src 192.168.5.1 
  10.0.0.0/24 dev d1 proto kernel scope link src 10.0.0.0 
  10.0.1.0/24 dev d1 proto kernel scope link src 10.0.1.3 
  10.9.9.7 dev d0 proto kernel scope link src 10.0.1.200 
  192.168.5.0/30 dev d1 proto kernel scope link src 192.168.5.1 
  $ ip addr del 192.168.5.3/25 dev d1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.1.3/24 brd 10.0.1.255 scope site d1:0
      inet 10.0.0.0/24 scope global d1
      inet 172.16.0.1/32 scope global d1
      inet 192.168.5.1/30 scope global d1
  $ ip addr add 10.0.1.1/16 dev d0 brd +; echo $?
  0
  $ ip addr add 10.0.0.0/25 dev d1 ; echo $?
  0
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.127 dev d1 proto kernel scope link src 10.0.0.0 
  broadcast 10.0.0.255 dev d1 proto kernel scope link src 10.0.0.0 
  broadcast 10.0.1.255 dev d1 proto kernel scope link src 10.0.1.3 
  broadcast 10.0.255.255 dev d0 proto kernel scope link src 10.0.1.1 
  broadcast 192.168.5.3 dev d1 proto kernel scope link src 192.168.5.1 
  local 10.0.0.0 dev d1 proto kernel scope host src 10.0.0.0 
  local 10.0.1.1 dev d0 proto kernel scope host src 10.0.1.1 
  local 10.0.1.200 dev d0 proto kernel scope host src 10.0.1.200 
  local 10.0.1.3 dev d1 proto kernel scope host src 10.0.1.3 
  local 172.16.0.1 dev d1 proto kernel scope host src 172.16.0.1 
  local 192.168.5.1 dev d1 proto kernel scope host src 192.168.5.1 
  10.0.0.0/16 dev d0 proto kernel scope link src 10.0.1.1 
  10.0.0.0/24 dev d1 proto kernel scope link src 10.0.0.0 
  10.0.0.0/25 dev d1 proto kernel scope link src 10.0.0.0 
  10.0.1.0/24 dev d1 proto kernel scope link src 10.0.1.3 
  10.9.9.7 dev d0 proto kernel scope link src 10.0.1.200 
  192.168.5.0/30 dev d1 proto kernel scope link src 192.168.5.1 
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  3: d0    inet 10.0.1.200 peer 10.9.9.7/32 scope global d0
  3: d0    inet 10.0.1.1/16 brd 10.0.255.255 scope global d0
  5: d1    inet 10.0.1.3/24 brd 10.0.1.255 scope site d1:0
  5: d1    inet 10.0.0.0/24 scope global d1
  5: d1    inet 172.16.0.1/32 scope global d1
  5: d1    inet 192.168.5.1/30 scope global d1
  5: d1    inet 10.0.0.0/25 scope global d1
  $ ip route show table all | grep -v '^fe80\|^ff00\|^local fe80\|^multicast\|^anycast\|^local ::1\|^::1' | sort
  10.0.0.0/16 dev d0 proto kernel scope link src 10.0.1.1 
  10.0.0.0/24 dev d1 proto kernel scope link src 10.0.0.0 
  10.0.0.0/25 dev d1 proto kernel scope link src 10.0.0.0 
  10.0.1.0/24 dev d1 proto kernel scope link src 10.0.1.3 
  10.9.9.7 dev d0 proto kernel scope link src 10.0.1.200 
  192.168.5.0/30 dev d1 proto kernel scope link src 192.168.5.1 
  broadcast 10.0.0.127 dev d1 table local proto kernel scope link src 10.0.0.0 
  broadcast 10.0.0.255 dev d1 table local proto kernel scope link src 10.0.0.0 
  broadcast 10.0.1.255 dev d1 table local proto kernel scope link src 10.0.1.3 
  broadcast 10.0.255.255 dev d0 table local proto kernel scope link src 10.0.1.1 
  broadcast 192.168.5.3 dev d1 table local proto kernel scope link src 192.168.5.1 
  local 10.0.0.0 dev d1 table local proto kernel scope host src 10.0.0.0 
  local 10.0.1.1 dev d0 table local proto kernel scope host src 10.0.1.1 
  local 10.0.1.200 dev d0 table local proto kernel scope host src 10.0.1.200 
  local 10.0.1.3 dev d1 table local proto kernel scope host src 10.0.1.3 
  local 172.16.0.1 dev d1 table local proto kernel scope host src 172.16.0.1 
  local 192.168.5.1 dev d1 table local proto kernel scope host src 192.168.5.1 
