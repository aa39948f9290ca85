MTU limits per device type as ip link set and ip link add see them: veth (68..65535), bridge (68..65535, auto or user-set), macvlan (up to its lower device's MTU), vxlan (68..65535 without a lower device, the lower device's MTU minus 50 with one); the errors (extack text or plain EINVAL) and what ip -d link shows.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name a1 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link set a0 mtu 65535
  $ ip link set a1 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set a0 mtu 65535 up
  $ ip -d link show a0 | grep -o 'mtu [0-9]*\|minmtu [0-9]* maxmtu [0-9]*'
  mtu 65535
  minmtu 68 maxmtu 65535
  $ ip link set br0 mtu 65535
  $ ip link set br0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip link set br0 mtu 68
  $ ip link set a0 master br0
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 68
  $ ip link set a0 nomaster
  $ ip link add link a1 name m0 address 02:00:00:00:00:20 type macvlan mode bridge
  $ ip link set m0 mtu 1501
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set m0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set m0 mtu 68
  $ ip -d link show m0 | grep -o 'minmtu [0-9]* maxmtu [0-9]*'
  minmtu 68 maxmtu 65535
  $ ip link set a1 mtu 9000
  $ ip link set m0 mtu 9000
  $ ip link set m0 mtu 9001
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -br link show m0
  m0@a1            DOWN           02:00:00:00:00:20 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link set a1 mtu 2000
  $ ip -br link show m0
  m0@a1            DOWN           02:00:00:00:00:20 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link add vx0 address 02:00:00:00:00:30 type vxlan id 10 dstport 4789 remote 10.9.9.9
  $ ip link set vx0 mtu 65535
  $ ip link set vx0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip link set vx0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip addr add 10.0.0.1/24 dev a1
  $ ip link add vx1 address 02:00:00:00:00:31 type vxlan id 11 dstport 4789 remote 10.0.0.2 dev a1
  $ ip link show vx1 | grep -o 'mtu [0-9]*'
  mtu 1950
  $ ip link set vx1 mtu 1950
  $ ip link set vx1 mtu 1951
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set vx1 mtu 1900
  $ ip link set a1 mtu 1500
  $ ip link show vx1 | grep -o 'mtu [0-9]*'
  mtu 1900
  $ ip link add vx2 mtu 1460 address 02:00:00:00:00:32 type vxlan id 12 dstport 4789 remote 10.0.0.2 dev a1
  $ ip link add vx2 mtu 1450 address 02:00:00:00:00:32 type vxlan id 12 dstport 4789 remote 10.0.0.2 dev a1
  RTNETLINK answers: File exists
  [2]
  $ ip link add br1 mtu 70000 type bridge
  Error: mtu greater than device maximum.
  [2]
  $ ip link add br1 mtu 9000 address 02:00:00:00:00:11 type bridge
  $ ip -br link show type bridge
  br0              DOWN           02:00:00:00:00:10 <BROADCAST,MULTICAST> 
  br1              DOWN           02:00:00:00:00:11 <BROADCAST,MULTICAST> 
