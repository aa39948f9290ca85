The -f match (second and later fragments) on a router with traffic: without conntrack FORWARD sees each fragment, so -f counts the later ones and ! -f the first; once a conntrack rule loads defragmentation the router sees whole datagrams and -f matches nothing; INPUT never sees fragments (ip_local_deliver reassembles first). Listings, save and nft list of -f.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0b:02
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.1/24 dev a0; ip -n r addr add 10.1.0.254/24 dev r0
  $ ip -n r addr add 10.2.0.254/24 dev r1; ip -n b addr add 10.2.0.1/24 dev b0
  $ ip -n a route add default via 10.1.0.254; ip -n b route add default via 10.2.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A FORWARD -f -j ACCEPT
  $ ip netns exec r iptables -A FORWARD ! -f -p icmp -j ACCEPT
  $ ip netns exec r iptables -A INPUT -f -j DROP
  $ ip netns exec r iptables -A INPUT -p icmp -j ACCEPT
  $ ip netns exec a ping -c 2 -i 0.3 -s 3000 10.2.0.1 | sed -n 2,3p
  3008 bytes from 10.2.0.1: icmp_seq=1 ttl=63 time=* ms (glob)
  3008 bytes from 10.2.0.1: icmp_seq=2 ttl=63 time=* ms (glob)
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         8     6272 ACCEPT     0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
         4     6000 ACCEPT     1    !f  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec a ping -c 1 -s 2000 10.1.0.254 | sed -n 2p
  2008 bytes from 10.1.0.254: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec r iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
         1     2028 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b ping -c 1 -s 1600 10.1.0.1 | sed -n 2p
  1608 bytes from 10.1.0.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
        10     6568 ACCEPT     0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
         6     9000 ACCEPT     1    !f  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -Z
  $ ip netns exec r iptables -I FORWARD -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec a ping -c 1 -s 3000 10.2.0.1 | sed -n 2p
  3008 bytes from 10.2.0.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
         0        0 ACCEPT     0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
         2     6056 ACCEPT     1    !f  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -f -j DROP
  -A INPUT -p icmp -j ACCEPT
  -A FORWARD -m conntrack --ctstate INVALID -j DROP
  -A FORWARD -f -j ACCEPT
  -A FORWARD -p icmp ! -f -j ACCEPT
  $ ip netns exec r iptables -L FORWARD
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  DROP       all  --  anywhere             anywhere             ctstate INVALID
  ACCEPT     all  -f  anywhere             anywhere            
  ACCEPT     icmp !f  anywhere             anywhere            
  $ ip netns exec r iptables -D FORWARD -f -j ACCEPT
  $ ip netns exec r iptables -C FORWARD -p icmp -j ACCEPT
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ ip netns exec r iptables -C FORWARD ! -f -p icmp -j ACCEPT
  $ ip netns exec r iptables -v -R INPUT 1 ! -f -i r0 -j DROP
  DROP  all opt !f in r0 out *  0.0.0.0/0  -> 0.0.0.0/0  
  $ ip netns exec r nft list chain ip filter INPUT
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		iifname "r0" ip frag-off & 8191 == 0 counter packets 0 bytes 0 drop
  		meta l4proto icmp counter packets 0 bytes 0 accept
  	}
  }
  $ ip netns exec r iptables-save | grep -- '-f'
  -A INPUT -i r0 ! -f -j DROP
  -A FORWARD -p icmp ! -f -j ACCEPT
