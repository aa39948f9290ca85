Random differential sequence (seed 7) of ip addr add/del/change/flush with secondaries, promote_secondaries, noprefixroute, scopes, peers and labels; the local table and addresses after each step.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip link set d0 up; ip link set d1 up; ip link set e0 up; ip link set e1 up
  $ ip addr add 10.0.0.255/30 dev d0 noprefixroute brd +; echo $?
  0
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.255/30 brd 10.0.0.255 scope global noprefixroute d0
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.255 
  local 10.0.0.255 dev d0 proto kernel scope host src 10.0.0.255 
  $ ip addr add 10.0.0.3/24 dev d1 peer 10.9.9.7/32 metric 0; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.3 peer 10.9.9.7/32 scope global d1
  $ ip addr del 10.0.1.2/24 dev d1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.3 peer 10.9.9.7/32 scope global d1
  $ ip addr del 10.0.1.0/32 dev d0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.255/30 brd 10.0.0.255 scope global noprefixroute d0
  $ ip addr add 172.16.0.200/16 dev d1 label d1:2; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.3 peer 10.9.9.7/32 scope global d1
      inet 172.16.0.200/16 scope global d1:2
  $ ip addr add 192.168.5.0/31 dev d1 scope host; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 192.168.5.0/31 scope host d1
      inet 10.0.0.3 peer 10.9.9.7/32 scope global d1
      inet 172.16.0.200/16 scope global d1:2
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.255 
  broadcast 172.16.255.255 dev d1 proto kernel scope link src 172.16.0.200 
  local 10.0.0.255 dev d0 proto kernel scope host src 10.0.0.255 
  local 10.0.0.3 dev d1 proto kernel scope host src 10.0.0.3 
  local 172.16.0.200 dev d1 proto kernel scope host src 172.16.0.200 
  local 192.168.5.0 dev d1 proto kernel scope host src 192.168.5.0 
  10.9.9.7 dev d1 proto kernel scope link src 10.0.0.3 
  172.16.0.0/16 dev d1 proto kernel scope link src 172.16.0.200 
  192.168.5.0/31 dev d1 proto kernel scope link src 192.168.5.0 
  $ ip addr del 10.0.0.1/24 dev d1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip addr add 10.0.0.5/24 dev d1 brd +; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 192.168.5.0/31 scope host d1
      inet 10.0.0.3 peer 10.9.9.7/32 scope global d1
      inet 172.16.0.200/16 scope global d1:2
      inet 10.0.0.5/24 brd 10.0.0.255 scope global d1
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.255 
  broadcast 10.0.0.255 dev d1 proto kernel scope link src 10.0.0.5 
  broadcast 172.16.255.255 dev d1 proto kernel scope link src 172.16.0.200 
  local 10.0.0.255 dev d0 proto kernel scope host src 10.0.0.255 
  local 10.0.0.3 dev d1 proto kernel scope host src 10.0.0.3 
  local 10.0.0.5 dev d1 proto kernel scope host src 10.0.0.5 
  local 172.16.0.200 dev d1 proto kernel scope host src 172.16.0.200 
  local 192.168.5.0 dev d1 proto kernel scope host src 192.168.5.0 
  10.0.0.0/24 dev d1 proto kernel scope link src 10.0.0.5 
  10.9.9.7 dev d1 proto kernel scope link src 10.0.0.3 
  172.16.0.0/16 dev d1 proto kernel scope link src 172.16.0.200 
  192.168.5.0/31 dev d1 proto kernel scope link src 192.168.5.0 
  $ ip route add 172.16.0.2/24 dev d1; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 192.168.5.0/31 scope host d1
      inet 10.0.0.3 peer 10.9.9.7/32 scope global d1
      inet 172.16.0.200/16 scope global d1:2
      inet 10.0.0.5/24 brd 10.0.0.255 scope global d1
  $ ip addr replace 192.168.5.255/25 dev d0 metric 7; echo $?
  0
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.255 
  broadcast 10.0.0.255 dev d1 proto kernel scope link src 10.0.0.5 
  broadcast 172.16.255.255 dev d1 proto kernel scope link src 172.16.0.200 
  broadcast 192.168.5.255 dev d0 proto kernel scope link src 192.168.5.255 
  local 10.0.0.255 dev d0 proto kernel scope host src 10.0.0.255 
  local 10.0.0.3 dev d1 proto kernel scope host src 10.0.0.3 
  local 10.0.0.5 dev d1 proto kernel scope host src 10.0.0.5 
  local 172.16.0.200 dev d1 proto kernel scope host src 172.16.0.200 
  local 192.168.5.0 dev d1 proto kernel scope host src 192.168.5.0 
  local 192.168.5.255 dev d0 proto kernel scope host src 192.168.5.255 
  10.0.0.0/24 dev d1 proto kernel scope link src 10.0.0.5 
  10.9.9.7 dev d1 proto kernel scope link src 10.0.0.3 
  172.16.0.0/16 dev d1 proto kernel scope link src 172.16.0.200 
  192.168.5.0/31 dev d1 proto kernel scope link src 192.168.5.0 
  192.168.5.128/25 dev d0 proto kernel scope link src 192.168.5.255 metric 7 
  $ ip addr add 192.168.5.3/32 dev d0 scope link label d0:3; echo $?
  0
  $ ip addr del 172.16.0.255/30 dev d0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 192.168.5.3/32 scope link d0:3
      inet 10.0.0.255/30 brd 10.0.0.255 scope global noprefixroute d0
      inet 192.168.5.255/25 metric 7 scope global d0
  $ ip addr add 10.0.0.254/8 dev d1 noprefixroute peer 10.9.9.1/32; echo $?
  0
  $ ip -4 addr show dev d1 | grep -v valid_lft
  5: d1@e1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 192.168.5.0/31 scope host d1
      inet 10.0.0.3 peer 10.9.9.7/32 scope global d1
      inet 172.16.0.200/16 scope global d1:2
      inet 10.0.0.5/24 brd 10.0.0.255 scope global d1
      inet 10.0.0.254 peer 10.9.9.1/32 scope global noprefixroute d1
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.255 
  broadcast 10.0.0.255 dev d1 proto kernel scope link src 10.0.0.5 
  broadcast 172.16.255.255 dev d1 proto kernel scope link src 172.16.0.200 
  broadcast 192.168.5.255 dev d0 proto kernel scope link src 192.168.5.255 
  local 10.0.0.254 dev d1 proto kernel scope host src 10.0.0.254 
  local 10.0.0.255 dev d0 proto kernel scope host src 10.0.0.255 
  local 10.0.0.3 dev d1 proto kernel scope host src 10.0.0.3 
  local 10.0.0.5 dev d1 proto kernel scope host src 10.0.0.5 
  local 172.16.0.200 dev d1 proto kernel scope host src 172.16.0.200 
  local 192.168.5.0 dev d1 proto kernel scope host src 192.168.5.0 
  local 192.168.5.255 dev d0 proto kernel scope host src 192.168.5.255 
  local 192.168.5.3 dev d0 proto kernel scope host src 192.168.5.3 
  10.0.0.0/24 dev d1 proto kernel scope link src 10.0.0.5 
  10.9.9.7 dev d1 proto kernel scope link src 10.0.0.3 
  172.16.0.0/16 dev d1 proto kernel scope link src 172.16.0.200 
  192.168.5.0/31 dev d1 proto kernel scope link src 192.168.5.0 
  192.168.5.128/25 dev d0 proto kernel scope link src 192.168.5.255 metric 7 
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  3: d0    inet 192.168.5.3/32 scope link d0:3
  3: d0    inet 10.0.0.255/30 brd 10.0.0.255 scope global noprefixroute d0
  3: d0    inet 192.168.5.255/25 metric 7 scope global d0
  5: d1    inet 192.168.5.0/31 scope host d1
  5: d1    inet 10.0.0.3 peer 10.9.9.7/32 scope global d1
  5: d1    inet 172.16.0.200/16 scope global d1:2
  5: d1    inet 10.0.0.5/24 brd 10.0.0.255 scope global d1
  5: d1    inet 10.0.0.254 peer 10.9.9.1/32 scope global noprefixroute d1
  $ ip route show table all | grep -v '^fe80\|^ff00\|^local fe80\|^multicast\|^anycast\|^local ::1\|^::1' | sort
  10.0.0.0/24 dev d1 proto kernel scope link src 10.0.0.5 
  10.9.9.7 dev d1 proto kernel scope link src 10.0.0.3 
  172.16.0.0/16 dev d1 proto kernel scope link src 172.16.0.200 
  192.168.5.0/31 dev d1 proto kernel scope link src 192.168.5.0 
  192.168.5.128/25 dev d0 proto kernel scope link src 192.168.5.255 metric 7 
  broadcast 10.0.0.255 dev d0 table local proto kernel scope link src 10.0.0.255 
  broadcast 10.0.0.255 dev d1 table local proto kernel scope link src 10.0.0.5 
  broadcast 172.16.255.255 dev d1 table local proto kernel scope link src 172.16.0.200 
  broadcast 192.168.5.255 dev d0 table local proto kernel scope link src 192.168.5.255 
  local 10.0.0.254 dev d1 table local proto kernel scope host src 10.0.0.254 
  local 10.0.0.255 dev d0 table local proto kernel scope host src 10.0.0.255 
  local 10.0.0.3 dev d1 table local proto kernel scope host src 10.0.0.3 
  local 10.0.0.5 dev d1 table local proto kernel scope host src 10.0.0.5 
  local 172.16.0.200 dev d1 table local proto kernel scope host src 172.16.0.200 
  local 192.168.5.0 dev d1 table local proto kernel scope host src 192.168.5.0 
  local 192.168.5.255 dev d0 table local proto kernel scope host src 192.168.5.255 
  local 192.168.5.3 dev d0 table local proto kernel scope host src 192.168.5.3 
