ip's unsigned numbers are strtoul(3)'s: leading blanks and a sign taken, "-1" past every limit, hex and octal.
  $ ip link add br1 type bridge priority " 5"; ip -d link show br1 | grep -o "priority [0-9]*" | head -1
  priority 5
  $ ip link add br2 type bridge priority +7; ip -d link show br2 | grep -o "priority [0-9]*" | head -1
  priority 7
  $ ip link add br3 type bridge priority -1
  Error: argument "-1" is wrong: invalid priority
  [255]
  $ ip link add br4 type bridge priority -0; echo $?
  0
  $ ip link add vx1 type vxlan id " 0x10" dstport 4789; ip -d link show vx1 | grep -o "vxlan id [0-9]*"
  vxlan id 16
  $ ip link add vx2 type vxlan id +010 dstport 4789; ip -d link show vx2 | grep -o "vxlan id [0-9]*"
  vxlan id 8
  $ ip link add vx3 type vxlan id -5 dstport 4789
  Error: argument "-5" is wrong: invalid id
  [255]
  $ ip link set lo up; ip route add 10.0.0.0/24 dev lo metric " 9"; ip route add 10.0.1.0/24 dev lo metric +3; ip route add 10.0.2.0/24 dev lo metric -1; ip route show dev lo
  Error: argument "-1" is wrong: "metric" value is invalid
  
  10.0.0.0/24 scope link metric 9 
  10.0.1.0/24 scope link metric 3 
  $ ip rule add fwmark " 0x10" table 5; ip rule add fwmark +17 table 6; ip rule add fwmark -1 table 7; ip rule show | grep fwmark
  Error: argument "-1" is wrong: fwmark value is invalid
  
  32764:	from all fwmark 0x11 lookup 6
  32765:	from all fwmark 0x10 lookup 5
  $ ip route add 10.0.3.0/24 dev lo table " 100"; ip route show table 100
  10.0.3.0/24 dev lo scope link 
  $ ip route get 10.0.0.1 mark " 3" uid +4
  10.0.0.1 dev lo mark 3 uid 4 
      cache <local> 
  $ ip route get 10.0.0.1 sport " 80" dport +90 ipproto udp
  10.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip nexthop add id " 7" dev lo; ip nexthop add id +8 dev lo; ip nexthop add id -9 dev lo; ip nexthop show
  Error: argument "-9" is wrong: invalid id value
  id 7 dev lo scope host 
  id 8 dev lo scope host 
  $ ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev lo; ip ntable change name arp_cache dev lo queue " 5"; ip ntable change name arp_cache dev lo queue -3
  Error: argument "-3" is wrong: "queue" value is invalid
  [255]
  $ ip link set lo txqueuelen " 77"; ip link set lo txqueuelen +78; ip link set lo txqueuelen -1; ip link show lo | grep -o "qlen [0-9]*"
  qlen 
  $ ip link set lo mtu " 1500"; ip link set lo mtu -2; ip link show lo | grep -o "mtu [0-9]*"
  Error: mtu less than device minimum.
  mtu 1500
  $ ip addr add 10.9.9.9/24 dev lo valid_lft " 100" preferred_lft +50; ip addr add 10.9.9.10/24 dev lo valid_lft -1
  Error: argument "-1" is wrong: valid_lft value
  [255]
