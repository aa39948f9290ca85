A device gets IPv6 (an inet6_dev, its addrgenmode in ip -d link, net.ipv6.conf.DEV) only with an MTU of at least IPV6_MIN_MTU (1280): at creation, when the MTU rises to it, and it loses it when the MTU drops below (addrconf_notify()).

  $ ip link add va mtu 1000 address 02:00:00:00:00:01 type veth peer name vb address 02:00:00:00:00:02
  $ ip -d link show va | grep -o "addrgenmode [a-z0-9]*"; echo $?
  1
  $ ip -j -d link show va | grep -o '"inet6_addr_gen_mode":"[a-z0-9]*"'; echo $?
  1
  $ ls /proc/sys/net/ipv6/conf/ | sort
  all
  default
  lo
  vb
  $ ip link set va mtu 1400
  $ ip -d link show va | grep -o "addrgenmode [a-z0-9]*"
  addrgenmode eui64
  $ ip link set vb mtu 1279
  $ ip -d link show vb | grep -o "addrgenmode [a-z0-9]*"; echo $?
  1
  $ ls /proc/sys/net/ipv6/conf/ | sort
  all
  default
  lo
  va
  $ ip link set vb mtu 1280
  $ ip -d link show vb | grep -o "addrgenmode [a-z0-9]*"
  addrgenmode eui64
  $ ip link add vx mtu 68 type vxlan id 5 dstport 4789
  $ ip -d link show vx | grep -o "addrgenmode [a-z0-9]*"; echo $?
  1
  $ ip link add br0 mtu 600 type bridge
  $ ip -d link show br0 | grep -o "addrgenmode [a-z0-9]*"; echo $?
  1
  $ ip link set va up; ip link set vb mtu 1000; ip link set vb up; sleep 2
  $ ip -s link show vb | sed -n 4p
             516       6      0       0       0       0 
  $ ip -s link show va | sed -n 6p
             516       6      0       0       0       0 
