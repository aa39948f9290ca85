User chains in the nat table: jumps, goto and RETURN deciding which DNAT applies, a chain's references shown in -L, -X of a referenced chain refused, -E rename, -F/-X of the whole table and what -L shows after.
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
  $ ip netns exec r iptables -t nat -N PORTFWD
  $ ip netns exec r iptables -t nat -N WEB
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -j PORTFWD
  $ ip netns exec r iptables -t nat -A PORTFWD -p udp --dport 1000:1999 -g WEB
  $ ip netns exec r iptables -t nat -A PORTFWD -p udp -j DNAT --to-destination 192.168.2.2
  $ ip netns exec r iptables -t nat -A WEB -s 203.0.113.3 -j RETURN
  $ ip netns exec r iptables -t nat -A WEB -p udp -j DNAT --to-destination 192.168.1.2
  $ ip netns exec r iptables -t nat -A PREROUTING -p udp -j DNAT --to-destination 192.168.1.2:7
  $ ip -n b addr add 203.0.113.3/24 dev b0
  $ ip netns exec a sh -c 'nc -u -l -k -p 1500 > a.out &'
  $ ip netns exec a sh -c 'nc -u -l -k -p 7 > a7.out &'
  $ ip netns exec c sh -c 'nc -u -l -k -p 1500 > c.out &'
  $ ip netns exec c sh -c 'nc -u -l -k -p 3000 > c3.out &'; sleep 0.2
  $ ip netns exec b sh -c 'echo one | nc -u -w 1 -s 203.0.113.2 203.0.113.1 1500'
  $ ip netns exec b sh -c 'echo two | nc -u -w 1 -s 203.0.113.3 203.0.113.1 1500'
  $ ip netns exec b sh -c 'echo three | nc -u -w 1 -s 203.0.113.2 203.0.113.1 3000'
  $ sleep 0.2; for f in a a7 c c3; do echo "$f: $(cat $f.out)"; done
  a: one
  a7: two
  c: 
  c3: three
  $ ip netns exec r iptables -t nat -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3    98 PORTFWD    0    --  r1     *       0.0.0.0/0            0.0.0.0/0           
      1    32 DNAT       17   --  *      *       0.0.0.0/0            0.0.0.0/0            to:192.168.1.2:7
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain PORTFWD (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      2    64 WEB        17   --  *      *       0.0.0.0/0            0.0.0.0/0           [goto]  udp dpts:1000:1999
      1    34 DNAT       17   --  *      *       0.0.0.0/0            0.0.0.0/0            to:192.168.2.2
  
  Chain WEB (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      1    32 RETURN     0    --  *      *       203.0.113.3          0.0.0.0/0           
      1    32 DNAT       17   --  *      *       0.0.0.0/0            0.0.0.0/0            to:192.168.1.2
  $ ip netns exec r iptables -t nat -X WEB
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain WEB
  [4]
  $ ip netns exec r iptables -t nat -E WEB WEB2
  $ ip netns exec r iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -N PORTFWD
  -N WEB2
  -A PREROUTING -i r1 -j PORTFWD
  -A PREROUTING -p udp -j DNAT --to-destination 192.168.1.2:7
  -A PORTFWD -p udp -m udp --dport 1000:1999 -g WEB2
  -A PORTFWD -p udp -j DNAT --to-destination 192.168.2.2
  -A WEB2 -s 203.0.113.3/32 -j RETURN
  -A WEB2 -p udp -j DNAT --to-destination 192.168.1.2
  $ ip netns exec r iptables -t nat -L PORTFWD -n --line-numbers
  Chain PORTFWD (1 references)
  num  target     prot opt source               destination         
  1    WEB2       17   --  0.0.0.0/0            0.0.0.0/0           [goto]  udp dpts:1000:1999
  2    DNAT       17   --  0.0.0.0/0            0.0.0.0/0            to:192.168.2.2
  $ ip netns exec r iptables -t nat -E WEB2 PORTFWD
  iptables: File exists.
  [1]
  $ ip netns exec r iptables -t nat -F PORTFWD
  $ ip netns exec r iptables -t nat -X WEB2
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain WEB2
  [4]
  $ ip netns exec r iptables -t nat -L WEB2
  Chain WEB2 (0 references)
  target     prot opt source               destination         
  RETURN     all  --  203.0.113.3          anywhere            
  DNAT       udp  --  anywhere             anywhere             to:192.168.1.2
  $ ip netns exec r iptables -t nat -X
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain PORTFWD
  [4]
  $ ip netns exec r iptables -t nat -F
  $ ip netns exec r iptables -t nat -X
  $ ip netns exec r iptables -t nat -L
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ 17 [0-9]+ / 17 T /; s/sport=[0-9]{4,} /sport=P /; s/dport=[0-9]{5} /dport=P /' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=P dport=1500 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=1500 dport=P mark=0 use=1
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=P dport=3000 [UNREPLIED] src=192.168.2.2 dst=203.0.113.2 sport=3000 dport=P mark=0 use=1
  udp      17 T src=203.0.113.3 dst=203.0.113.1 sport=P dport=1500 [UNREPLIED] src=192.168.1.2 dst=203.0.113.3 sport=7 dport=P mark=0 use=1
  $ for n in a c; do ip netns pids $n | xargs -r kill; done
