Preferred source (src) on routes: it must be a local address, it is used by ip route get, and routes with a prefsrc go away when the last copy of that address is deleted (fib_tests.sh ipv4_del_addr_test, non-VRF parts).
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link add a2 address 02:00:00:00:02:01 type veth peer name b2 address 02:00:00:00:02:02
  $ for d in lo a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add dev a1 172.16.104.1/24
  $ ip addr add dev a1 172.16.104.11/24
  $ ip addr add dev a1 172.16.104.12/24
  $ ip addr add dev a1 172.16.104.13/24
  $ ip addr add dev a2 172.16.104.11/24
  $ ip route add 172.16.109.0/24 via 172.16.104.2 src 172.16.104.99
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 172.16.109.0/24 via 172.16.104.2 src 172.16.104.255
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 172.16.109.0/24 via 172.16.104.2 src 127.0.0.1
  $ ip route add 172.16.111.0/24 via 172.16.104.2 src 0.0.0.0
  $ ip route add 172.16.112.0/24 via 172.16.104.2 src 224.0.0.1
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 172.16.105.0/24 via 172.16.104.2 src 172.16.104.11
  $ ip route add 172.16.106.0/24 dev lo src 172.16.104.12
  $ ip route add table 0 172.16.107.0/24 via 172.16.104.2 src 172.16.104.13
  $ ip route add 172.16.108.0/24 via 172.16.104.2 src 172.16.104.13 table 100
  $ ip route show
  172.16.104.0/24 dev a1 proto kernel scope link src 172.16.104.1 
  172.16.104.0/24 dev a2 proto kernel scope link src 172.16.104.11 
  172.16.105.0/24 via 172.16.104.2 dev a1 src 172.16.104.11 
  172.16.106.0/24 dev lo scope link src 172.16.104.12 
  172.16.107.0/24 via 172.16.104.2 dev a1 src 172.16.104.13 
  172.16.109.0/24 via 172.16.104.2 dev a1 src 127.0.0.1 
  172.16.111.0/24 via 172.16.104.2 dev a1 
  $ ip route get 172.16.105.1
  172.16.105.1 via 172.16.104.2 dev a1 src 172.16.104.11 uid 0 
      cache 
  $ ip route get 172.16.105.1 from 172.16.104.1
  172.16.105.1 from 172.16.104.1 via 172.16.104.2 dev a1 uid 0 
      cache 
  $ ip route get 172.16.106.1
  172.16.106.1 dev lo src 172.16.104.12 uid 0 
      cache <local> 
  $ ip addr del dev a1 172.16.104.11/24
  $ ip route show 172.16.105.0/24
  172.16.105.0/24 via 172.16.104.2 dev a1 src 172.16.104.11 
  $ ip route get 172.16.105.1
  172.16.105.1 via 172.16.104.2 dev a1 src 172.16.104.11 uid 0 
      cache 
  $ ip addr del dev a2 172.16.104.11/24
  $ ip route show 172.16.105.0/24
  $ ip addr del dev a1 172.16.104.12/24
  $ ip route show 172.16.106.0/24
  $ ip addr del dev a1 172.16.104.13/24
  $ ip route show
  172.16.104.0/24 dev a1 proto kernel scope link src 172.16.104.1 
  172.16.109.0/24 via 172.16.104.2 dev a1 src 127.0.0.1 
  172.16.111.0/24 via 172.16.104.2 dev a1 
  $ ip route show table 100
  172.16.108.0/24 via 172.16.104.2 dev a1 src 172.16.104.13 
  $ ip addr add dev a1 172.16.104.13/24
  $ ip route show table 100
  172.16.108.0/24 via 172.16.104.2 dev a1 src 172.16.104.13 
  $ ip route add 172.16.110.0/24 via 172.16.104.2 src 172.16.104.13
  $ ip link set a1 down
  $ ip route show
  $ ip -4 addr show dev a1
  3: a1@b1: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      inet 172.16.104.1/24 scope global a1
         valid_lft forever preferred_lft forever
      inet 172.16.104.13/24 scope global secondary a1
         valid_lft forever preferred_lft forever
