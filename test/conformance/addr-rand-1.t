Random differential sequence (seed 1) of ip addr add/del/change/flush with secondaries, promote_secondaries, noprefixroute, scopes, peers and labels; the local table and addresses after each step.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip link set d0 up; ip link set d1 up; ip link set e0 up; ip link set e1 up
  $ ip addr add 172.16.0.1/31 dev d0 metric 5; echo $?
  0
  $ ip -4 addr show dev d0 | grep -v valid_lft
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 172.16.0.1/31 metric 5 scope global d0
  $ ip route add 10.0.0.1/8 dev d0; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip route show table local | sort; ip route show | sort
  local 172.16.0.1 dev d0 proto kernel scope host src 172.16.0.1 
  172.16.0.0/31 dev d0 proto kernel scope link src 172.16.0.1 metric 5 
  $ sysctl -qw net.ipv4.conf.d1.promote_secondaries=1
  $ ip route add 10.0.1.254/24 dev d1; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip route add 172.16.0.2/24 dev d1; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip addr add 10.0.1.200/24 dev d1 ; echo $?
  0
  $ ip addr del 10.0.0.0/24 dev d1; echo $?
  Error: ipv4: Address not found.
  2
  $ ip addr add 172.16.0.254/31 dev d0 label d0:0; echo $?
  0
  $ sysctl -qw net.ipv4.conf.d1.promote_secondaries=1
  $ ip route show table local | sort; ip route show | sort
  broadcast 10.0.1.255 dev d1 proto kernel scope link src 10.0.1.200 
  local 10.0.1.200 dev d1 proto kernel scope host src 10.0.1.200 
  local 172.16.0.1 dev d0 proto kernel scope host src 172.16.0.1 
  local 172.16.0.254 dev d0 proto kernel scope host src 172.16.0.254 
  10.0.1.0/24 dev d1 proto kernel scope link src 10.0.1.200 
  172.16.0.0/31 dev d0 proto kernel scope link src 172.16.0.1 metric 5 
  172.16.0.254/31 dev d0 proto kernel scope link src 172.16.0.254 
  $ ip route add 10.0.1.5/30 dev d0; echo $?
  Error: Invalid prefix for given prefix length.
  2
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  3: d0    inet 172.16.0.1/31 metric 5 scope global d0
  3: d0    inet 172.16.0.254/31 scope global d0:0
  5: d1    inet 10.0.1.200/24 scope global d1
  $ ip route show table all | grep -v '^fe80\|^ff00\|^local fe80\|^multicast\|^anycast\|^local ::1\|^::1' | sort
  10.0.1.0/24 dev d1 proto kernel scope link src 10.0.1.200 
  172.16.0.0/31 dev d0 proto kernel scope link src 172.16.0.1 metric 5 
  172.16.0.254/31 dev d0 proto kernel scope link src 172.16.0.254 
  broadcast 10.0.1.255 dev d1 table local proto kernel scope link src 10.0.1.200 
  local 10.0.1.200 dev d1 table local proto kernel scope host src 10.0.1.200 
  local 172.16.0.1 dev d0 table local proto kernel scope host src 172.16.0.1 
  local 172.16.0.254 dev d0 table local proto kernel scope host src 172.16.0.254 
