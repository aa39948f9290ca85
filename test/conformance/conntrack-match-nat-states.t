conntrack matches that look at NAT on a router doing both SNAT and a port forward: --ctstate SNAT/DNAT, --ctorigdst/--ctrepldst, --ctorigdstport, --ctdir, counted per rule for pings and UDP both ways, with their listings.
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
  $ ip -n h2 route add 192.168.1.0/24 via 203.0.113.1
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p udp --dport 5353 -j DNAT --to-destination 192.168.1.2:53
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate SNAT
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate DNAT
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate SNAT,DNAT
  $ ip netns exec r iptables -A FORWARD -m conntrack ! --ctstate SNAT
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctorigdst 203.0.113.1 --ctorigdstport 5353 -p udp
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctrepldst 203.0.113.1
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctdir REPLY
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctdir ORIGINAL --ctproto icmp
  $ ip netns exec h1 ping -c 2 -i 0.2 203.0.113.2 | sed -n 2,3p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 203.0.113.2: icmp_seq=2 ttl=63 time=* ms (glob)
  $ echo q | ip netns exec h2 nc -u -w 1 -p 4444 203.0.113.1 5353
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      252            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate SNAT
         2       88            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate DNAT
         5      340            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate SNAT,DNAT
         3      172            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! ctstate SNAT
         1       30            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctorigdst 203.0.113.1 ctorigdstport 5353
         3      252            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctrepldst 203.0.113.1
         3      226            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctdir REPLY
         2      168            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctproto 1 ctdir ORIGINAL
  $ ip netns exec r iptables -S FORWARD
  -P FORWARD ACCEPT
  -A FORWARD -m conntrack --ctstate SNAT
  -A FORWARD -m conntrack --ctstate DNAT
  -A FORWARD -m conntrack --ctstate SNAT,DNAT
  -A FORWARD -m conntrack ! --ctstate SNAT
  -A FORWARD -p udp -m conntrack --ctorigdst 203.0.113.1 --ctorigdstport 5353
  -A FORWARD -m conntrack --ctrepldst 203.0.113.1
  -A FORWARD -m conntrack --ctdir REPLY
  -A FORWARD -m conntrack --ctproto 1 --ctdir ORIGINAL
  $ ip netns exec r iptables -L FORWARD | tail -8
             all  --  anywhere             anywhere             ctstate SNAT
             all  --  anywhere             anywhere             ctstate DNAT
             all  --  anywhere             anywhere             ctstate SNAT,DNAT
             all  --  anywhere             anywhere             ! ctstate SNAT
             udp  --  anywhere             anywhere             ctorigdst 203.0.113.1 ctorigdstport 5353
             all  --  anywhere             anywhere             ctrepldst 203.0.113.1
             all  --  anywhere             anywhere             ctdir REPLY
             all  --  anywhere             anywhere             ctproto 1 ctdir ORIGINAL
