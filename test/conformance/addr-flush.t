ip addr flush: by device, by label glob, by prefix (to), secondaries only, and the routes left behind.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/24 dev a0 label a0:x
  $ ip addr add 10.0.0.3/24 dev a0 label a0:y
  $ ip addr add 10.1.0.1/16 dev a0 label a0:x
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip addr add 192.168.1.2/24 dev a0
  $ ip addr add 172.16.0.1/12 dev b0
  $ ip -4 -br addr
  lo               UNKNOWN        127.0.0.1/8 
  b0@a0            UP             172.16.0.1/12 
  a0@b0            UP             10.0.0.1/24 10.1.0.1/16 192.168.1.1/24 10.0.0.2/24 10.0.0.3/24 192.168.1.2/24 
  $ ip addr flush dev a0 secondary
  $ ip -4 -br addr
  lo               UNKNOWN        127.0.0.1/8 
  b0@a0            UP             172.16.0.1/12 
  a0@b0            UP             10.0.0.1/24 10.1.0.1/16 192.168.1.1/24 
  $ ip addr add 10.0.0.2/24 dev a0 label a0:x
  $ ip addr add 10.0.0.3/24 dev a0 label a0:y
  $ ip -4 addr flush label 'a0:*'
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 192.168.1.1/24 scope global a0\       valid_lft forever preferred_lft forever
  $ ip addr add 10.0.0.2/24 dev a0 label a0:x
  $ ip addr add 10.1.0.1/16 dev a0 label a0:x
  $ ip addr flush to 10.0.0.0/8
  $ ip -4 -o addr
  1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
  2: b0    inet 172.16.0.1/12 scope global b0\       valid_lft forever preferred_lft forever
  3: a0    inet 192.168.1.1/24 scope global a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table all
  172.16.0.0/12 dev b0 proto kernel scope link src 172.16.0.1 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 172.16.0.1 dev b0 table local proto kernel scope host src 172.16.0.1 
  broadcast 172.31.255.255 dev b0 table local proto kernel scope link src 172.16.0.1 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
  $ ip addr flush dev a0 primary
  $ ip -4 -o addr show dev a0
  $ ip -4 route show table all dev a0
  $ ip -4 addr flush dev b0
  $ ip -4 addr flush dev b0
  $ ip -4 route show table all
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  $ ip addr flush dev nosuch
  Device "nosuch" does not exist.
  [1]
  $ ip addr flush
  Flush requires arguments.
  [1]
  $ ip -4 addr flush scope host
  $ ip -4 -o addr
  $ ip -4 route show table all
