Alternative names through the other tools: ip addr/route/neigh/maddr and ping -I take an altname as ip link does (the kernel finds the device by it), but ping's getifaddrs() check knows only the device's own name (the warning), sysfs has no entry for an altname, and a rename keeps the altnames (the old name is not one).
  $ ip netns add n
  $ ip -n n link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip -n n link property add dev v0 altname uplink-long-name-0 altname up0
  $ ip -n n link set up0 up
  $ ip -n n link set v1 up
  $ ip -n n addr add 10.0.0.1/24 dev uplink-long-name-0
  $ ip -n n addr add 10.0.0.2/24 dev v1
  $ ip -n n route add 10.9.0.0/16 dev up0
  $ ip -n n route add 10.8.0.0/16 via 10.0.0.2 dev uplink-long-name-0
  $ ip -n n route show dev up0
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  10.8.0.0/16 via 10.0.0.2 
  10.9.0.0/16 scope link 
  $ ip -n n route get 10.9.1.1 oif uplink-long-name-0
  10.9.1.1 dev v0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n n neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev up0
  $ ip -n n neigh show dev uplink-long-name-0
  10.0.0.9 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n n -4 addr show dev up0
  3: v0@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      altname uplink-long-name-0
      altname up0
      inet 10.0.0.1/24 scope global v0
         valid_lft forever preferred_lft forever
  $ ip netns exec n ping -c 1 -W 1 -I up0 10.0.0.2 | grep -c 'bytes from'
  ping: Warning: source address might be selected on device other than: up0
  0
  [1]
  $ ip netns exec n sysctl net.ipv4.conf.up0.forwarding
  sysctl: cannot stat /proc/sys/net/ipv4/conf/up0/forwarding: No such file or directory
  [1]
  $ ip netns exec n ls /proc/sys/net/ipv4/conf/
  all
  default
  lo
  v0
  v1
  $ ip netns exec n cat /sys/class/net/up0/ifindex
  cat: /sys/class/net/up0/ifindex: No such file or directory
  [1]
  $ ip netns exec n ls /sys/class/net/
  lo
  v0
  v1
  $ ip -n n maddr show dev up0
  $ ip -n n link set dev up0 name v9
  $ ip -n n link show up0
  3: v9@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname uplink-long-name-0
      altname up0
  $ ip -n n link set dev v9 name aaaaaaaaaaaaaaaa
  Error: argument "aaaaaaaaaaaaaaaa" is wrong: "name" not a valid ifname
  [255]
  $ ip -n n link show dev uplink-long-name-0 | head -1
  3: v9@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip -n n -j link show dev v9 | grep -o '"altnames":[^]]*]'
  "altnames":["uplink-long-name-0","up0"]
  $ ip -n n -br addr show dev up0
  v9@v1            UP             10.0.0.1/24 fe80::ff:fe00:1/64 
  $ ip -n n link set dev v9 down
  $ ip -n n link del dev up0
  $ ip -n n link
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
