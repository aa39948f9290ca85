NETMAP: 1:1 mapping of a whole subnet, DNAT-like in PREROUTING and OUTPUT, SNAT-like in POSTROUTING and INPUT; conntrack entries after each, listings, errors.
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
  $ ip -n r addr add 10.9.0.1/24 dev r1
  $ ip -n b addr add 10.9.0.42/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n b route add default via 10.9.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A PREROUTING -i r0 -d 172.16.5.0/24 -j NETMAP --to 10.9.0.0/24
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -s 192.168.1.0/24 -j NETMAP --to 100.64.7.0/24
  $ ip netns exec a ping -c 1 -W 1 172.16.5.42 | grep 'bytes from'
  64 bytes from 172.16.5.42: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r conntrack -L -p icmp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g'
  icmp     1 TIMEOUT src=192.168.1.2 dst=172.16.5.42 type=8 code=0 id=ID src=10.9.0.42 dst=100.64.7.2 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r iptables -t nat -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 NETMAP     0    --  r0     *       0.0.0.0/0            172.16.5.0/24        to:10.9.0.0/24
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 NETMAP     0    --  *      r1      192.168.1.0/24       0.0.0.0/0            to:100.64.7.0/24
  $ ip netns exec r iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -d 172.16.5.0/24 -i r0 -j NETMAP --to 10.9.0.0/24
  -A POSTROUTING -s 192.168.1.0/24 -o r1 -j NETMAP --to 100.64.7.0/24
  $ ip netns exec r iptables -t nat -L
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  NETMAP     all  --  anywhere             172.16.5.0/24        to:10.9.0.0/24
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  NETMAP     all  --  192.168.1.0/24       anywhere             to:100.64.7.0/24
  $ ip netns exec r conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec r iptables -t nat -F
  $ ip netns exec r iptables -t nat -A POSTROUTING -s 192.168.1.0/28 -j NETMAP --to 10.200.0.16/28
  $ ip netns exec a ping -c 1 -W 1 10.9.0.42 | grep 'bytes from'
  64 bytes from 10.9.0.42: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r conntrack -L -p icmp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g'
  icmp     1 TIMEOUT src=192.168.1.2 dst=10.9.0.42 type=8 code=0 id=ID src=10.9.0.42 dst=10.200.0.18 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec b iptables -t nat -A OUTPUT -d 198.51.100.0/24 -j NETMAP --to 192.168.1.0/24
  $ ip netns exec b ping -c 1 -W 1 198.51.100.2 | grep 'bytes from'
  64 bytes from 198.51.100.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec b conntrack -L -p icmp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g'
  icmp     1 TIMEOUT src=10.9.0.42 dst=198.51.100.2 type=8 code=0 id=ID src=192.168.1.2 dst=10.9.0.42 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec b iptables -t nat -A INPUT -s 192.168.1.0/24 -j NETMAP --to 10.50.0.0/24
  $ ip netns exec a ping -c 1 -W 1 10.9.0.42 | grep 'bytes from'
  64 bytes from 10.9.0.42: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec b conntrack -L -p icmp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g' | sort
  icmp     1 TIMEOUT src=10.200.0.18 dst=10.9.0.42 type=8 code=0 id=ID src=10.9.0.42 dst=10.200.0.18 type=0 code=0 id=ID mark=0 use=1
  icmp     1 TIMEOUT src=10.9.0.42 dst=198.51.100.2 type=8 code=0 id=ID src=192.168.1.2 dst=10.9.0.42 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec b iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A INPUT -s 192.168.1.0/24 -j NETMAP --to 10.50.0.0/24
  -A OUTPUT -d 198.51.100.0/24 -j NETMAP --to 192.168.1.0/24
  $ ip netns exec r iptables -t nat -A POSTROUTING -j NETMAP
  iptables v1.8.9 (nf_tables): NETMAP: option "--to" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.1-10.0.0.5
  iptables v1.8.9 (nf_tables): getaddrinfo: Temporary failure in name resolution
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.300/24
  iptables v1.8.9 (nf_tables): getaddrinfo: Name or service not known
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.0/33
  $ ip netns exec r iptables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.7
  $ ip netns exec r iptables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.0/255.255.0.0
  $ ip netns exec r iptables -A FORWARD -j NETMAP --to 10.0.0.0/8
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  [4]
  $ ip netns exec r iptables -t nat -A POSTROUTING -j NETMAP --to 10.1.2.3/16
  $ ip netns exec r iptables -t nat -L POSTROUTING -n
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  NETMAP     0    --  192.168.1.0/28       0.0.0.0/0            to:10.200.0.16/28
  NETMAP     0    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.0/32
  NETMAP     0    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.7/32
  NETMAP     0    --  0.0.0.0/0            0.0.0.0/0            to:10.0.0.0/16
  NETMAP     0    --  0.0.0.0/0            0.0.0.0/0            to:10.1.0.0/16
  $ ip netns exec r iptables-save -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -s 192.168.1.0/28 -j NETMAP --to 10.200.0.16/28
  -A POSTROUTING -j NETMAP --to 10.0.0.0/32
  -A POSTROUTING -j NETMAP --to 10.0.0.7/32
  -A POSTROUTING -j NETMAP --to 10.0.0.0/16
  -A POSTROUTING -j NETMAP --to 10.1.0.0/16
  COMMIT
