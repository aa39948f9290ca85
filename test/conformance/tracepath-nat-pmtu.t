tracepath and traceroute through a masquerading router and a smaller link behind it: the hops, the pmtu each discovers (frag-needed translated back to the inner host), asymm marks, traceroute --mtu/-F/-I/-U/-T, and the route cache they leave.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add h2
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add p0 netns h2 address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in h1 r h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n h2 link set p0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n h2 addr add 203.0.113.2/24 dev p0
  $ ip -n h1 route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns add s
  $ ip link add q0 netns s address 02:00:00:00:0c:01 type veth peer name p1 netns h2 address 02:00:00:00:0b:02
  $ ip -n s link set lo up; ip -n s link set q0 up; ip -n h2 link set p1 up
  $ ip -n s addr add 198.51.100.2/24 dev q0
  $ ip -n h2 addr add 198.51.100.1/24 dev p1
  $ ip -n s route add default via 198.51.100.1
  $ ip -n r route add 198.51.100.0/24 via 203.0.113.2
  $ ip netns exec h2 sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h2 link set p1 mtu 1300
  $ ip -n s link set q0 mtu 1300
  $ ip netns exec h1 tracepath -n 198.51.100.2 | sed -E 's/ +[0-9.]+ms/ Tms/'
   1?: [LOCALHOST]                      pmtu 1500
   1:  192.168.1.1 Tms 
   1:  192.168.1.1 Tms 
   2:  203.0.113.2 Tms 
   3:  203.0.113.2 Tms pmtu 1300
   3:  198.51.100.2 Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip -n h1 route get 198.51.100.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  198.51.100.2 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache expires Nsec mtu 1300 
  $ ip -n h1 route flush cache
  $ ip netns exec h1 tracepath -n -l 1400 198.51.100.2 | sed -E 's/ +[0-9.]+ms/ Tms/'
   1:  192.168.1.1 Tms 
   2:  203.0.113.2 Tms 
   3:  203.0.113.2 Tms pmtu 1300
   3:  198.51.100.2 Tms reached
       Resume: pmtu 1300 hops 3 back 3 
  $ ip -n h1 route flush cache
  $ ip netns exec h1 traceroute -n -q 1 -w 1 --mtu 198.51.100.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 198.51.100.2 (198.51.100.2), 30 hops max, 65000 byte packets
   1  192.168.1.1  T ms F=1500
   2  203.0.113.2  T ms
   3  198.51.100.2  T ms F=1300
  $ ip -n h1 route flush cache
  $ ip netns exec h1 traceroute -n -q 1 -w 1 -F 198.51.100.2 1400 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 198.51.100.2 (198.51.100.2), 30 hops max, 1400 byte packets
   1  192.168.1.1  T ms
   2  203.0.113.2  T ms
   3  203.0.113.2  T ms !F-1300
  $ ip netns exec h1 traceroute -n -q 1 -w 1 -I 198.51.100.2 1400 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 198.51.100.2 (198.51.100.2), 30 hops max, 1400 byte packets
   1  192.168.1.1  T ms
   2  203.0.113.2  T ms
   3  198.51.100.2  T ms
  $ ip netns exec h1 traceroute -n -q 1 -w 1 -T -p 22 198.51.100.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 198.51.100.2 (198.51.100.2), 30 hops max, 60 byte packets
   1  *
   2  203.0.113.2  T ms
   3  198.51.100.2  T ms
  $ ip netns exec h1 traceroute -n -q 1 -w 1 -U 198.51.100.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 198.51.100.2 (198.51.100.2), 30 hops max, 60 byte packets
   1  192.168.1.1  T ms
   2  203.0.113.2  T ms
   3  198.51.100.2  T ms
  $ ip -n h1 route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  198.51.100.2 via 192.168.1.1 dev h0 
      cache expires Nsec mtu 1300 
  $ ip netns exec r conntrack -L -p udp 2>&1 | grep -c UNREPLIED
  39
