A subnet broadcast leaves with its broadcast route's mtu metric (Linux 6.17+ keeps the broadcast route's fib_info): ping -b of 1400 bytes fails with its own "message too long" at 1300 (DF), the limited broadcast and a unicast neighbour at the device's 1500.
  $ ip netns add n1
  $ ip netns add n2
  $ ip link add h1 netns n1 address 02:00:00:00:01:01 type veth peer name h2 netns n2 address 02:00:00:00:02:02
  $ ip -n n1 link set lo up; ip -n n1 link set h1 up; ip -n n2 link set lo up; ip -n n2 link set h2 up
  $ ip -n n1 addr add 10.0.0.1/24 dev h1; ip -n n2 addr add 10.0.0.2/24 dev h2
  $ ip -n n1 route change broadcast 10.0.0.255 dev h1 table local proto kernel scope link src 10.0.0.1 mtu 1300
  $ ip -n n1 route get 10.0.0.255
  broadcast 10.0.0.255 dev h1 src 10.0.0.1 uid 0 
      cache <local,brd> mtu 1300 
  $ ip netns exec n2 tcpdump -l -n -i h2 icmp > dump 2> /dev/null & sleep 0.5; ip netns exec n1 ping -b -c 1 -W 1 -s 1400 10.0.0.255 2>&1 | grep -v "^PING\|^WARNING\|^$"; ip netns exec n1 ping -b -c 1 -W 1 -s 1400 -I h1 255.255.255.255 > /dev/null 2>&1; ip netns exec n1 ping -c 1 -W 1 -s 1400 10.0.0.2 > /dev/null; sleep 0.5; kill $!; wait
  ping: local error: message too long, mtu=1300
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/; s/seq [0-9]+/seq N/' dump
  IP 10.0.0.1 > 255.255.255.255: ICMP echo request, id N, seq N, length 1408
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq N, length 1408
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id N, seq N, length 1408
  $ ip netns exec n1 nstat -az IpFragCreates IpFragOKs
  #kernel
  IpFragOKs                       0                  0.0
  IpFragCreates                   0                  0.0
