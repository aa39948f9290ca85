SNAT --to-source: ICMP and UDP flows leave with the new source; listing, -S, save and the NATed reply tuple in conntrack.
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
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1:2000-2010
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -s 192.168.1.0/24 -j SNAT --to-source 203.0.113.1
  $ ip netns exec a ping -c 2 -i 0.2 203.0.113.2 | tail -2
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec b sh -c 'nc -u -l -p 53 > u.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo hi-udp | nc -u -w 1 -p 4000 203.0.113.2 53'
  $ sleep 0.3; cat u.out
  hi-udp
  $ ip netns exec r iptables -t nat -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    35 SNAT       17   --  *      r1      0.0.0.0/0            0.0.0.0/0            to:203.0.113.1:2000-2010
      1    84 SNAT       0    --  *      r1      192.168.1.0/24       0.0.0.0/0            to:203.0.113.1
  $ ip netns exec r iptables -t nat -L POSTROUTING -n --line-numbers
  Chain POSTROUTING (policy ACCEPT)
  num  target     prot opt source               destination         
  1    SNAT       17   --  0.0.0.0/0            0.0.0.0/0            to:203.0.113.1:2000-2010
  2    SNAT       0    --  192.168.1.0/24       0.0.0.0/0            to:203.0.113.1
  $ ip netns exec r iptables -t nat -S POSTROUTING
  -P POSTROUTING ACCEPT
  -A POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1:2000-2010
  -A POSTROUTING -s 192.168.1.0/24 -o r1 -j SNAT --to-source 203.0.113.1
  $ ip netns exec r iptables-save -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1:2000-2010
  -A POSTROUTING -s 192.168.1.0/24 -o r1 -j SNAT --to-source 203.0.113.1
  COMMIT
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/dport=20(0[0-9]|10) /dport=PORT /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 TIMEOUT src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=PORT mark=0 use=1
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 TIMEOUT src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r iptables -t nat -D POSTROUTING 2
  $ ip netns exec r iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1:2000-2010
