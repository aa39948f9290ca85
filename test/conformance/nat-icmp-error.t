ICMP errors through NAT: a Time Exceeded and a Port Unreachable about a masqueraded flow reach the inside host with the quoted header translated back (nf_nat_icmp_reply_translation).
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add default via 203.0.113.2
  $ ip netns exec b sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b route add 198.51.100.0/24 via 203.0.113.1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec a ping -c 1 -W 1 -t 2 198.51.100.9
  PING 198.51.100.9 (198.51.100.9) 56(84) bytes of data.
  From 203.0.113.2 icmp_seq=1 Time to live exceeded
  
  --- 198.51.100.9 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a tracepath -n 203.0.113.2
   1?: [LOCALHOST]                      pmtu 1500
   1:  192.168.1.1                                           *ms  (glob)
   1:  192.168.1.1                                           *ms  (glob)
   2:  203.0.113.2                                           *ms reached (glob)
       Resume: pmtu 1500 hops 2 back 2 
  $ ip netns exec a traceroute -n -q 1 -w 1 203.0.113.2
  traceroute to 203.0.113.2 (203.0.113.2), 30 hops max, 60 byte packets
   1  192.168.1.1  * ms (glob)
   2  203.0.113.2  * ms (glob)
  $ ip netns exec r conntrack -L -p icmp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g' | sort
  icmp     1 TIMEOUT src=192.168.1.2 dst=198.51.100.9 type=8 code=0 id=ID [UNREPLIED] src=198.51.100.9 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 TIMEOUT src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
