ip -s route get and ip -s route show cache for next-hop exceptions: a learnt path MTU binds the route to its exception (users, age, expires, mtu), a route change makes a new one, ip route flush cache.
  $ ip netns add h1
  $ ip netns add r1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name r1a netns r1 address 02:00:00:00:01:02
  $ ip link add v2 netns h2 address 02:00:00:00:02:01 type veth peer name r1b netns r1 address 02:00:00:00:02:02
  $ for n in h1 r1 h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up
  $ ip -n r1 link set r1b mtu 1300; ip -n h2 link set v2 mtu 1300
  $ ip -n h1 addr add 10.1.0.1/24 dev v1; ip -n r1 addr add 10.1.0.254/24 dev r1a
  $ ip -n h2 addr add 10.2.0.1/24 dev v2; ip -n r1 addr add 10.2.0.254/24 dev r1b
  $ ip -n h1 route add default via 10.1.0.254; ip -n h2 route add default via 10.2.0.254
  $ ip netns exec r1 sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h1 -s route get 10.2.0.1
  10.2.0.1 via 10.1.0.254 dev v1 src 10.1.0.1 uid 0 
      cache users 2 
  $ ip netns exec h1 ping -c 1 -M do -s 1400 10.2.0.1 | head -2
  PING 10.2.0.1 (10.2.0.1) 1400(1428) bytes of data.
  From 10.1.0.254 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip -n h1 -s route get 10.2.0.1 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.1 via 10.1.0.254 dev v1 src 10.1.0.1 uid 0 
      cache expires Nsec users 2 mtu 1300 
  $ ip -n h1 -s route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.1 via 10.1.0.254 dev v1 
      cache expires Nsec users 1 (age [0-9]sec )?mtu 1300  (re)
  $ ip -n h1 route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.1 via 10.1.0.254 dev v1 
      cache expires Nsec mtu 1300 
  $ ip -n h1 -s route get 10.2.0.9
  10.2.0.9 via 10.1.0.254 dev v1 src 10.1.0.1 uid 0 
      cache users 2 
  $ sleep 1.5; ip -n h1 -s route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.1 via 10.1.0.254 dev v1 
      cache expires Nsec users 1 age 1sec mtu 1300 
  $ ip -n h1 -s route get 10.2.0.1 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.1 via 10.1.0.254 dev v1 src 10.1.0.1 uid 0 
      cache expires Nsec users 2 age 1sec mtu 1300 
  $ ip -n h1 route add 10.3.0.0/16 via 10.1.0.254
  $ ip -n h1 -s route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.1 via 10.1.0.254 dev v1 
      cache expires Nsec users 1 (age [0-9]sec )?mtu 1300  (re)
  10.2.0.1 via 10.1.0.254 dev v1 
      cache expires Nsec users 1 (age [0-9]sec )?mtu 1300  (re)
  $ ip -n h1 -s route get 10.2.0.1 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.1 via 10.1.0.254 dev v1 src 10.1.0.1 uid 0 
      cache expires Nsec users 2 mtu 1300 
  $ ip -n h1 -s route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.1 via 10.1.0.254 dev v1 
      cache expires Nsec users 1 (age [0-9]sec )?mtu 1300  (re)
  10.2.0.1 via 10.1.0.254 dev v1 
      cache expires Nsec users 1 (age [0-9]sec )?mtu 1300  (re)
  $ ip -n h1 -j -s route show cache | sed -E 's/"expires":[0-9]+/"expires":N/g'
  \[\{"dst":"10\.2\.0\.1","gateway":"10\.1\.0\.254","dev":"v1","flags":\[\],"cache":\[\],"expires":N,"users":1,("age":0,)?"metrics":\[\{"mtu":1300\}\]\},\{"dst":"10\.2\.0\.1","gateway":"10\.1\.0\.254","dev":"v1","flags":\[\],"cache":\[\],"expires":N,"users":1,("age":0,)?"metrics":\[\{"mtu":1300\}\]\}\] (re)
  $ ip -n h1 route flush cache
  $ ip -n h1 -s route show cache
  $ ip -n h1 -s route get 10.2.0.1
  10.2.0.1 via 10.1.0.254 dev v1 src 10.1.0.1 uid 0 
      cache users 2 
