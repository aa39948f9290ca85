tuxnet extension, not recorded on a kernel (no stock kernel has the send-to-self patch; the outputs follow its semantics): with loop=1 on two interfaces of one host wired to each other, traffic between their addresses crosses the netfilter hooks as wire traffic: OUTPUT and POSTROUTING with the sending interface as out, PREROUTING and INPUT with the other as in, none on lo; NAT sees only a connection's first packet (conntrack runs: a nat chain alone does not start it, a conntrack match does); TCP works over it. IPv6 is off in h.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  $ ip -n h link add eth1 address 02:00:00:00:00:e1 type veth peer name eth2 address 02:00:00:00:00:e2
  $ ip -n h link set lo up; ip -n h link set eth1 up; ip -n h link set eth2 up
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth1.loop=1 net.ipv4.conf.eth2.loop=1 net.ipv4.conf.all.arp_filter=1
  $ for c in INPUT OUTPUT; do ip netns exec h iptables -A $c -p icmp; done
  $ ip netns exec h iptables -A INPUT -i eth2 -p icmp
  $ ip netns exec h iptables -A INPUT -i lo -p icmp
  $ ip netns exec h iptables -A OUTPUT -o eth1 -p icmp
  $ ip netns exec h iptables -A OUTPUT -o lo -p icmp
  $ ip netns exec h iptables -t nat -A POSTROUTING -p icmp -m conntrack --ctstate NEW
  $ ip netns exec h iptables -t mangle -A PREROUTING -p icmp
  $ ip netns exec h ping -c 2 -i 0.2 -I 192.168.1.1 192.168.2.2 | sed -n 2,3p | sed -E 's/time=.*//'
  64 bytes from 192.168.2.2: icmp_seq=1 ttl=64 
  64 bytes from 192.168.2.2: icmp_seq=2 ttl=64 
  $ ip netns exec h iptables -L -v -n -x | grep -v '^$'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         4      336            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
         2      168            1    --  eth2   *       0.0.0.0/0            0.0.0.0/0           
         0        0            1    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         4      336            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
         2      168            1    --  *      eth1    0.0.0.0/0            0.0.0.0/0           
         0        0            1    --  *      lo      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec h iptables -t mangle -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         4      336            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec h iptables -t nat -L POSTROUTING -v -n -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
  $ ip netns exec h sh -c 'nc -l -s 192.168.2.2 -p 5001 > s.out & sleep 0.2'
  $ ip netns exec h sh -c 'seq 1 100 | nc -N -s 192.168.1.1 192.168.2.2 5001'
  $ sleep 0.3; wc -l < s.out
  100
  $ ip -n h -s link show eth1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             444       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             868       8      0       0       0       0 
  $ ip -n h -s link show lo | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip netns exec h nstat -az IpInReceives IpOutRequests IpForwDatagrams IcmpInEchos TcpActiveOpens TcpPassiveOpens | tail -n +2
  IpInReceives                    12                 0.0
  IpForwDatagrams                 0                  0.0
  IpOutRequests                   12                 0.0
  IcmpInEchos                     2                  0.0
  TcpActiveOpens                  1                  0.0
  TcpPassiveOpens                 1                  0.0
