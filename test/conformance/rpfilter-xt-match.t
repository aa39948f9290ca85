The iptables rpfilter match (raw or mangle PREROUTING) as a stand-in for rp_filter: strict by default, --loose, --accept-local, --invert, --validmark; it sees a packet before routing, so a refused echo never reaches the sysctl check (IPReversePathFilter stays 0); other tables and chains are refused.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n a addr add 10.2.0.2/24 dev a1
  $ ip -n r addr add 10.1.0.1/24 dev r0; ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip -n r route add 172.16.0.1/32 via 10.1.0.2
  $ ip -n a route add 10.9.0.0/16 via 10.2.0.1
  $ ip -n a neigh add 10.2.0.1 lladdr 02:00:00:00:01:02 dev a1
  $ ip netns exec r iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP
  $ ip netns exec r iptables -t raw -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -m rpfilter --invert -j DROP
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -I 10.2.0.2 10.9.0.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -t raw -L PREROUTING -n -v -x | sed -E 's/^ +([0-9]+) +[0-9]+/ \1 B/'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
   1 B DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            rpfilter invert
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpInReceives IcmpInEchos | tail -n +2
  IpInReceives                    2                  0.0
  IcmpInEchos                     1                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec r iptables -t raw -R PREROUTING 1 -m rpfilter --loose --invert -j DROP
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -t raw -F
  $ ip netns exec r iptables -t mangle -A PREROUTING -i r1 -m rpfilter --accept-local --validmark -j ACCEPT
  $ ip netns exec r iptables -t mangle -A PREROUTING -i r1 -j DROP
  $ ip netns exec r iptables -t mangle -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -i r1 -m rpfilter --validmark --accept-local -j ACCEPT
  -A PREROUTING -i r1 -j DROP
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.9.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r iptables -t mangle -L PREROUTING -n -v -x | sed -E 's/^ +([0-9]+) +[0-9]+/ \1 B/'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
   0 B ACCEPT     0    --  r1     *       0.0.0.0/0            0.0.0.0/0            rpfilter validmark accept-local
   1 B DROP       0    --  r1     *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -t mangle -F
  $ ip netns exec r iptables -t filter -A INPUT -m rpfilter -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec r iptables -t mangle -A INPUT -m rpfilter -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec r iptables -t nat -A PREROUTING -m rpfilter -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ ip netns exec r iptables-save -t raw | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
