ICMP errors about echo requests whose id MASQUERADE remapped: two inside hosts ping with the same identifier past a second router with a small TTL; each gets the Time Exceeded with its own id restored in the quoted header (nf_nat_icmp_reply_translation), so each ping reports it; traceroute -I from both.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns add e; ip netns exec e sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add d0 netns b address 02:00:00:00:0b:02 type veth peer name e0 netns e address 02:00:00:00:0e:01
  $ ip -n b link set d0 up; ip -n e link set e0 up; ip -n e link set lo up
  $ ip -n b addr add 198.51.100.1/24 dev d0
  $ ip -n e addr add 198.51.100.2/24 dev e0
  $ ip netns exec b sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b route add 198.18.0.0/24 via 198.51.100.2
  $ ip -n r route add default via 203.0.113.2
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec a ping -c 1 -W 1 -e 4660 -t 2 198.18.0.1 | sed -n 2p
  From 203.0.113.2 icmp_seq=1 Time to live exceeded
  $ ip netns exec c ping -c 1 -W 1 -e 4660 -t 2 198.18.0.1 | sed -n 2p
  From 203.0.113.2 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -e 4660 -t 2 198.18.0.1 | sed -n 2,3p
  From 203.0.113.2 icmp_seq=1 Time to live exceeded
  From 203.0.113.2 icmp_seq=2 Time to live exceeded
  $ ip netns exec c ping -c 2 -i 0.2 -W 1 -e 4660 -t 2 198.18.0.1 | sed -n 2,3p
  From 203.0.113.2 icmp_seq=1 Time to live exceeded
  From 203.0.113.2 icmp_seq=2 Time to live exceeded
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /; s/id=4660/id=KEEP/g; s/id=[0-9]+/id=ID/g; s/id=KEEP/id=4660/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=198.18.0.1 type=8 code=0 id=4660 [UNREPLIED] src=198.18.0.1 dst=203.0.113.1 type=0 code=0 id=4660 mark=0 use=1
  icmp     1 T src=192.168.2.2 dst=198.18.0.1 type=8 code=0 id=4660 [UNREPLIED] src=198.18.0.1 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec a traceroute -I -n -q 1 -w 1 -N 1 -m 3 198.51.100.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 198.51.100.1 (198.51.100.1), 3 hops max, 60 byte packets
   1  192.168.1.1  T ms
   2  198.51.100.1  T ms
  $ ip netns exec c traceroute -I -n -q 1 -w 1 -N 1 -m 3 198.51.100.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 198.51.100.1 (198.51.100.1), 3 hops max, 60 byte packets
   1  192.168.2.1  T ms
   2  198.51.100.1  T ms
  $ ip netns exec a ping -c 1 -W 1 -e 4660 -t 1 198.18.0.1 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r iptables -t nat -L POSTROUTING -n -v -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         4      288 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b nstat -az IcmpOutTimeExcds IcmpOutEchoReps | tail -n +2
  IcmpOutTimeExcds                6                  0.0
  IcmpOutEchoReps                 2                  0.0
