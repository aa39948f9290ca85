ip neigh on lo and on a NOARP device, ip neigh show of a device down, -4 with IPv6 addresses, and proxy entries with flush.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip neigh add 127.0.0.5 lladdr 00:00:00:00:00:05 dev lo
  $ ip neigh show dev lo
  0.0.0.0 lladdr 00:00:00:00:00:05 PERMANENT 
  $ ip link set a0 arp off
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev a0
  $ ip neigh show dev a0 | sort
  10.0.0.5 lladdr 02:00:00:00:00:05 PERMANENT 
  $ ping -c 1 -W 1 10.0.0.9 > /dev/null
  [1]
  $ ip neigh show dev a0 | sort
  10.0.0.5 lladdr 02:00:00:00:00:05 PERMANENT 
  $ ip -4 neigh show nud all dev a0 | sort
  10.0.0.5 lladdr 02:00:00:00:00:05 PERMANENT 
  10.0.0.9 lladdr 02:00:00:00:00:01 NOARP 
  $ ip link set a0 arp on
  $ ip neigh show dev a0 | sort
  $ ip neigh add proxy 10.0.0.50 dev a0
  $ ip neigh add proxy 10.0.0.51 dev b0
  $ ip neigh show proxy dev a0
  10.0.0.50 proxy 
  $ ip neigh flush proxy
  $ ip neigh show proxy
  $ ip neigh del proxy 10.0.0.50 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip neigh show proxy
  $ ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev a0 nud permanent
  $ ip link set a0 down
  $ ip neigh show dev a0 | sort
  $ ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev a0
  $ ip neigh show dev a0 | sort
  10.0.0.7 lladdr 02:00:00:00:00:07 PERMANENT 
