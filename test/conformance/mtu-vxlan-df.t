A vxlan's df setting against an underlay narrower than the overlay: df unset (default) fragments the outer datagram, df set refuses it (FragFails; the outer ICMP frag needed goes to itself), df inherit copies the inner DF; ping -M do/dont through the overlay, the underlay's counters and the route cache of the outer destination.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add va netns a address 02:00:00:00:00:0a type veth peer name vb netns b address 02:00:00:00:00:0b
  $ ip -n a link set va up; ip -n b link set vb up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
  $ ip -n b link add vx0 address 02:00:00:00:01:0b type vxlan id 1 dstport 4789 remote 10.0.0.1
  $ ip -n b link set vx0 up; ip -n b addr add 192.168.1.2/24 dev vx0
  $ ip -n a link add vx0 address 02:00:00:00:01:0a type vxlan id 1 dstport 4789 remote 10.0.0.2 df set
  $ ip -n a link set vx0 up; ip -n a addr add 192.168.1.1/24 dev vx0
  $ ip -n a -d link show vx0 | grep -o 'df [a-z]*'
  df set
  $ ip netns exec a ping -c 1 -W 1 192.168.1.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 192.168.1.2: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 -s 1422 -M dont 192.168.1.2 | sed -n 2p | sed -E 's/time=.*//'
  1430 bytes from 192.168.1.2: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 -s 1423 -M dont 192.168.1.2 | sed -n 2,5p | sed -E 's/time=.*//; s/time [0-9]+ms/time Nms/'
  
  --- 192.168.1.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Nms
  $ ip netns exec a nstat -az IpFragFails IpFragOKs IcmpOutDestUnreachs IcmpInDestUnreachs | tail -n +2
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip -n a -s link show vx0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            1562       3      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1562       3      0       1       0       0 
  $ ip -n a route get 10.0.0.2
  10.0.0.2 dev va src 10.0.0.1 uid 0 
      cache expires *sec mtu 1500  (glob)
  $ ip -n a route get 192.168.1.2
  192.168.1.2 dev vx0 src 192.168.1.1 uid 0 
      cache expires *sec mtu 1450  (glob)
  $ ip netns exec a ping -c 1 -W 1 -s 1423 -M do 192.168.1.2 | sed -n 2p
  ping: local error: message too long, mtu=1450
  $ ip -n a route get 192.168.1.2
  192.168.1.2 dev vx0 src 192.168.1.1 uid 0 
      cache expires *sec mtu 1450  (glob)
  $ ip -n a link set vx0 type vxlan df inherit
  $ ip -n a link set vx0 type vxlan id 1 df inherit
  $ ip -n a -d link show vx0 | grep -o 'df [a-z]*'
  df inherit
  $ ip -n a route flush cache
  $ ip netns exec a ping -c 1 -W 1 -s 1423 -M dont 192.168.1.2 | sed -n 2p | sed -E 's/time=.*//'
  1431 bytes from 192.168.1.2: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 -s 1423 -M do 192.168.1.2 | sed -n 2p
  ping: local error: message too long, mtu=1450
  $ ip netns exec a nstat -az IpFragFails IpFragOKs IcmpOutDestUnreachs IcmpInDestUnreachs | tail -n +2
  IpFragOKs                       1                  0.0
  IpFragFails                     1                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip -n a route get 192.168.1.2
  192.168.1.2 dev vx0 src 192.168.1.1 uid 0 
      cache expires *sec mtu 1450  (glob)
  $ ip -n a link add vx1 type vxlan id 2 dstport 4789 remote 10.0.0.2 df bogus
  Error: argument "bogus" is wrong: DF must be 'unset', 'set' or 'inherit'
  [255]
  $ ip -n a link add vx1 address 02:00:00:00:02:0a type vxlan id 2 dstport 4790 remote 10.0.0.2 df unset
  $ ip -n a -d link show vx1 | grep -o 'df [a-z]*'
  [1]
