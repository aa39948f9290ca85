NAT of the router's own traffic: SNAT in POSTROUTING and DNAT in nat OUTPUT of locally generated packets; conntrack views with --src-nat/--dst-nat.
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
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r addr add 203.0.113.9/32 dev r1
  $ ip -n b route add 203.0.113.9/32 dev b0
  $ ip -n r route add default via 203.0.113.2
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p icmp -j SNAT --to-source 203.0.113.9
  $ ip netns exec b iptables -A INPUT -p icmp -s 203.0.113.9
  $ ip netns exec b iptables -A INPUT -p icmp -s 203.0.113.1
  $ ip netns exec r ping -c 2 -i 0.2 -q 203.0.113.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168            1    --  *      *       203.0.113.9          0.0.0.0/0           
         0        0            1    --  *      *       203.0.113.1          0.0.0.0/0           
  $ ip netns exec r iptables -t nat -L POSTROUTING -n -v -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 SNAT       1    --  *      r1      0.0.0.0/0            0.0.0.0/0            to:203.0.113.9
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ (src|[A-Z_]+ src)/ T \1/; s/id=[0-9]+/id=ID/g; s/(s|d)port=[0-9]{5}/\1port=P/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=203.0.113.1 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r conntrack -L --src-nat 2>&1 | sed -E 's/ +[0-9]+ (src|[A-Z_]+ src)/ T \1/; s/id=[0-9]+/id=ID/g; s/(s|d)port=[0-9]{5}/\1port=P/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=203.0.113.1 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r conntrack -L --dst-nat 2>&1 | sed -E 's/ +[0-9]+ (src|[A-Z_]+ src)/ T \1/; s/id=[0-9]+/id=ID/g; s/(s|d)port=[0-9]{5}/\1port=P/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=203.0.113.1 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.9 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec r iptables -t nat -A OUTPUT -d 198.51.100.7 -p tcp --dport 80 -j DNAT --to-destination 192.168.1.2:8080
  $ ip netns exec a sh -c 'nc -l -p 8080 > got.out 2>&1 & sleep 0.3'
  $ ip netns exec r sh -c 'echo via-output-dnat | nc -N -w 2 198.51.100.7 80'
  $ sleep 0.3; cat got.out
  via-output-dnat
  $ ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/ +[0-9]+ (src|[A-Z_]+ src)/ T \1/; s/id=[0-9]+/id=ID/g; s/(s|d)port=[0-9]{5}/\1port=P/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=203.0.113.1 dst=198.51.100.7 sport=P dport=80 src=192.168.1.2 dst=203.0.113.1 sport=8080 dport=P [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -L --dst-nat 2>&1 | sed -E 's/ +[0-9]+ (src|[A-Z_]+ src)/ T \1/; s/id=[0-9]+/id=ID/g; s/(s|d)port=[0-9]{5}/\1port=P/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=203.0.113.1 dst=198.51.100.7 sport=P dport=80 src=192.168.1.2 dst=203.0.113.1 sport=8080 dport=P [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -L --dst-nat 192.168.1.2 2>&1 | sed -E 's/ +[0-9]+ (src|[A-Z_]+ src)/ T \1/; s/id=[0-9]+/id=ID/g; s/(s|d)port=[0-9]{5}/\1port=P/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=203.0.113.1 dst=198.51.100.7 sport=P dport=80 src=192.168.1.2 dst=203.0.113.1 sport=8080 dport=P [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -L --dst-nat 192.168.1.3 2>&1 | sed -E 's/ +[0-9]+ (src|[A-Z_]+ src)/ T \1/; s/id=[0-9]+/id=ID/g; s/(s|d)port=[0-9]{5}/\1port=P/g'
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r iptables -t nat -L OUTPUT -n -v
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    60 DNAT       6    --  *      *       0.0.0.0/0            198.51.100.7         tcp dpt:80 to:192.168.1.2:8080
  $ ip netns exec r ip route get 198.51.100.7
  198.51.100.7 via 203.0.113.2 dev r1 src 203.0.113.1 uid 0 
      cache 
