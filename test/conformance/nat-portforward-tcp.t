A port forward on a masquerading router, with TCP through it both ways: DNAT of the router's public port to an inside server, MASQUERADE of the inside network, conntrack -L and -L -o extended, -G of one entry, the nat and filter counters, conntrack -D then a new connection.
  $ ip netns add in
  $ ip netns add r
  $ ip netns add out
  $ ip link add i0 netns in address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add o0 netns out address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in in r out; do ip -n $n link set lo up; done
  $ ip -n in link set i0 up
  $ ip -n out link set o0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n in addr add 192.168.7.10/24 dev i0
  $ ip -n r addr add 192.168.7.1/24 dev r0
  $ ip -n r addr add 198.51.100.1/24 dev r1
  $ ip -n out addr add 198.51.100.9/24 dev o0
  $ ip -n in route add default via 192.168.7.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -s 192.168.7.0/24 -j MASQUERADE
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p tcp --dport 8080 -j DNAT --to-destination 192.168.7.10:80
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -i r1 -o r0 -p tcp --dport 80 -m conntrack --ctstate NEW -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -i r0 -o r1 -j ACCEPT
  $ ip netns exec r iptables -P FORWARD DROP
  $ ip netns exec in sh -c 'nc -l -p 80 > in.out & sleep 0.3'
  $ ip netns exec out sh -c 'echo hello-inside | nc -N -w 2 -p 40000 198.51.100.1 8080'
  $ sleep 0.3; cat in.out
  hello-inside
  $ ip netns exec out sh -c 'nc -l -p 25 > out.out & sleep 0.3'
  $ ip netns exec in sh -c 'echo hello-outside | nc -N -w 2 -p 41000 198.51.100.9 25'
  $ sleep 0.3; cat out.out
  hello-outside
  $ ip netns exec r conntrack -L -p tcp 2>/dev/null | sed -E 's/ +[0-9]+ [A-Z_]+ src=/ T S src=/' | sort
  tcp      6 T S src=192.168.7.10 dst=198.51.100.9 sport=41000 dport=25 src=198.51.100.9 dst=198.51.100.1 sport=25 dport=41000 [ASSURED] mark=0 use=1
  tcp      6 T S src=198.51.100.9 dst=198.51.100.1 sport=40000 dport=8080 src=192.168.7.10 dst=198.51.100.9 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -L -p tcp -o extended 2>/dev/null | sed -E 's/ +[0-9]+ [A-Z_]+ src=/ T S src=/' | sort
  ipv4     2 tcp      6 T S src=192.168.7.10 dst=198.51.100.9 sport=41000 dport=25 src=198.51.100.9 dst=198.51.100.1 sport=25 dport=41000 [ASSURED] mark=0 use=1
  ipv4     2 tcp      6 T S src=198.51.100.9 dst=198.51.100.1 sport=40000 dport=8080 src=192.168.7.10 dst=198.51.100.9 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -G -p tcp --orig-src 198.51.100.9 --orig-dst 198.51.100.1 --sport 40000 --dport 8080 2>&1 | sed -E 's/ +[0-9]+ [A-Z_]+ src=/ T S src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T S src=198.51.100.9 dst=198.51.100.1 sport=40000 dport=8080 src=192.168.7.10 dst=198.51.100.9 sport=80 dport=40000 [ASSURED] mark=0 use=2
  $ ip netns exec r conntrack -L -p tcp --dst-nat 2>/dev/null | sed -E 's/ +[0-9]+ [A-Z_]+ src=/ T S src=/'
  tcp      6 T S src=198.51.100.9 dst=198.51.100.1 sport=40000 dport=8080 src=192.168.7.10 dst=198.51.100.9 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -L -p tcp --src-nat 2>/dev/null | sed -E 's/ +[0-9]+ [A-Z_]+ src=/ T S src=/'
  tcp      6 T S src=192.168.7.10 dst=198.51.100.9 sport=41000 dport=25 src=198.51.100.9 dst=198.51.100.1 sport=25 dport=41000 [ASSURED] mark=0 use=1
  $ ip netns exec r iptables -t nat -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    60 DNAT       6    --  r1     *       0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:192.168.7.10:80
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    60 MASQUERADE  0    --  *      r1      192.168.7.0/24       0.0.0.0/0           
  $ ip netns exec r iptables -L FORWARD -n -v --line-numbers
  Chain FORWARD (policy DROP 0 packets, 0 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  1       14   771 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
  2        1    60 ACCEPT     6    --  r1     r0      0.0.0.0/0            0.0.0.0/0            tcp dpt:80 ctstate NEW
  3        1    60 ACCEPT     0    --  r0     r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r conntrack -D -p tcp --orig-port-dst 8080 2>&1 | sed -E 's/ +[0-9]+ [A-Z_]+ src=/ T S src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  tcp      6 T S src=198.51.100.9 dst=198.51.100.1 sport=40000 dport=8080 src=192.168.7.10 dst=198.51.100.9 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -L -p tcp 2>/dev/null | wc -l
  1
  $ ip netns exec in sh -c 'nc -l -p 80 > in2.out & sleep 0.3'
  $ ip netns exec out sh -c 'echo again | nc -N -w 2 -p 40001 198.51.100.1 8080'
  $ sleep 0.3; cat in2.out
  again
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      120 DNAT       6    --  r1     *       0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:192.168.7.10:80
