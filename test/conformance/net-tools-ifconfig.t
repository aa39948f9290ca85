net-tools ifconfig: listing (UP only, -a, one device), setting address, netmask, mtu, hw ether, up/down, errors.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip netns exec a ifconfig
  $ ip netns exec a ifconfig -a
  a0: flags=4098<BROADCAST,MULTICAST>  mtu 1500
          ether 02:00:00:00:0a:01  txqueuelen 1000  (Ethernet)
          RX packets 0  bytes 0 (0.0 B)
          RX errors 0  dropped 0  overruns 0  frame 0
          TX packets 0  bytes 0 (0.0 B)
          TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0
  
  lo: flags=8<LOOPBACK>  mtu 65536
          loop  txqueuelen 1000  (Local Loopback)
          RX packets 0  bytes 0 (0.0 B)
          RX errors 0  dropped 0  overruns 0  frame 0
          TX packets 0  bytes 0 (0.0 B)
          TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0
  $ ip netns exec a ifconfig a0 10.0.0.1 netmask 255.255.255.0
  $ ip netns exec b ifconfig b0 10.0.0.2
  $ ip netns exec b ifconfig b0 netmask 255.255.255.0 up
  $ ip netns exec a ifconfig lo up
  $ ip netns exec a ping -c 2 -q 10.0.0.2 > /dev/null
  $ ip netns exec a ifconfig
  a0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500
          inet 10.0.0.1  netmask 255.255.255.0  broadcast 10.0.0.255
          ether 02:00:00:00:0a:01  txqueuelen 1000  (Ethernet)
          RX packets 3  bytes 238 (238.0 B)
          RX errors 0  dropped 0  overruns 0  frame 0
          TX packets 3  bytes 238 (238.0 B)
          TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0
  
  lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536
          inet 127.0.0.1  netmask 255.0.0.0
          loop  txqueuelen 1000  (Local Loopback)
          RX packets 0  bytes 0 (0.0 B)
          RX errors 0  dropped 0  overruns 0  frame 0
          TX packets 0  bytes 0 (0.0 B)
          TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0
  $ ip netns exec b ifconfig b0
  b0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500
          inet 10.0.0.2  netmask 255.255.255.0  broadcast 10.0.0.255
          ether 02:00:00:00:0b:01  txqueuelen 1000  (Ethernet)
          RX packets 3  bytes 238 (238.0 B)
          RX errors 0  dropped 0  overruns 0  frame 0
          TX packets 3  bytes 238 (238.0 B)
          TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0
  $ ip -n b addr show dev b0
  2: b0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:0b:01 brd ff:ff:ff:ff:ff:ff link-netns a
      inet 10.0.0.2/24 brd 10.0.0.255 scope global b0
         valid_lft forever preferred_lft forever
  $ ip netns exec a ifconfig a0 mtu 1400
  $ ip netns exec a ifconfig a0 hw ether 02:00:00:00:0a:99
  $ ip netns exec a ifconfig a0 down
  $ ip netns exec a ifconfig a0 hw ether 02:00:00:00:0a:99
  $ ip netns exec a ifconfig a0
  a0: flags=4098<BROADCAST,MULTICAST>  mtu 1400
          inet 10.0.0.1  netmask 255.255.255.0  broadcast 10.0.0.255
          ether 02:00:00:00:0a:99  txqueuelen 1000  (Ethernet)
          RX packets 3  bytes 238 (238.0 B)
          RX errors 0  dropped 0  overruns 0  frame 0
          TX packets 3  bytes 238 (238.0 B)
          TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0
  $ ip netns exec a ifconfig a9
  a9: error fetching interface information: Device not found
  [1]
  $ ip netns exec a ifconfig a9 up
  a9: ERROR while getting interface flags: No such device
  [255]
  $ ip netns exec a ifconfig a0 -x
  -x: Unknown host
  ifconfig: `--help' gives usage information.
  [1]
