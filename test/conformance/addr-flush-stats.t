ip addr flush: by dev, label, scope, prefix, secondary/primary, -s stats output, permanent/dynamic.
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip link set lo up; ip link set d0 up; ip link set e0 up; ip link set d1 up; ip link set e1 up
  $ for i in 1 2 3; do ip addr add 10.0.0.$i/24 dev d0; done
  $ ip addr add 10.0.1.1/24 dev d0 label d0:x
  $ ip addr add 10.0.2.1/24 dev d0 scope link
  $ ip addr add 10.0.3.1/24 dev d1
  $ ip addr add 10.0.4.1/24 dev d1 valid_lft 100 preferred_lft 100
  $ ip addr flush dev d0 secondary
  $ ip -4 addr show dev d0
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.2.1/24 scope link d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope global d0:x
         valid_lft forever preferred_lft forever
  $ ip addr flush dev d0 label d0:x
  $ ip -4 -o addr show dev d0
  3: d0    inet 10.0.2.1/24 scope link d0\       valid_lft forever preferred_lft forever
  3: d0    inet 10.0.0.1/24 scope global d0\       valid_lft forever preferred_lft forever
  $ ip addr flush dev d0 scope link
  $ ip -4 -o addr show dev d0
  3: d0    inet 10.0.0.1/24 scope global d0\       valid_lft forever preferred_lft forever
  $ for i in 2 3; do ip addr add 10.0.0.$i/24 dev d0; done
  $ ip -s addr flush dev d0 to 10.0.0.2
  
  *** Round 1, deleting 1 addresses ***
  *** Flush is complete after 1 round ***
  $ ip -s -s addr flush dev d0 secondary
  3: d0    inet 10.0.0.3/24 scope global secondary d0
         valid_lft forever preferred_lft forever
  
  *** Round 1, deleting 1 addresses ***
  *** Flush is complete after 1 round ***
  $ ip -4 -o addr
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  3: d0    inet 10.0.0.1/24 scope global d0\       valid_lft forever preferred_lft forever
  5: d1    inet 10.0.3.1/24 scope global d1\       valid_lft forever preferred_lft forever
  5: d1    inet 10.0.4.1/24 scope global dynamic d1\       valid_lft 100sec preferred_lft 100sec
  $ ip addr flush dev d1 dynamic
  $ ip -4 -o addr show dev d1
  5: d1    inet 10.0.3.1/24 scope global d1\       valid_lft forever preferred_lft forever
  $ ip addr flush to 10.0.0.0/8
  $ ip -4 -o addr
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  $ ip addr flush
  Flush requires arguments.
  [1]
  $ ip addr flush dev nosuch
  Device "nosuch" does not exist.
  [1]
  $ ip addr flush dev d0
  $ ip -4 addr flush label 'lo*'
  $ ip -4 -o addr
  $ ip addr flush all
  Device "all" does not exist.
  [1]
  $ ip route show table all type local
  local ::1 dev lo table local proto kernel metric 0 pref medium
