The cgroup match: --path of the cgroup v2 tree (the root holds every socket), --cgroup net_cls classid (0 without net_cls), hooks, errors, texts.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a iptables -A OUTPUT -p icmp -m cgroup --path /
  $ ip netns exec a iptables -A OUTPUT -p icmp -m cgroup ! --path /
  $ ip netns exec a iptables -A OUTPUT -p icmp -m cgroup --cgroup 0
  $ ip netns exec a iptables -A OUTPUT -p icmp -m cgroup ! --cgroup 0x10001
  $ ip netns exec a iptables -A INPUT -p icmp -m cgroup --path /
  $ ip netns exec a iptables -A OUTPUT -m cgroup --path /nonexistent-nf5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ ip netns exec a iptables -A OUTPUT -m cgroup
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ ip netns exec a iptables -A OUTPUT -m cgroup --path / --cgroup 1
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ ip netns exec a iptables -A FORWARD -m cgroup --path /
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  [4]
  $ ip netns exec a iptables -t nat -A PREROUTING -m cgroup --path /
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a iptables -L -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            cgroup /
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            cgroup /
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            cgroup ! /
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            cgroup 0
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            cgroup ! 65537
  $ ip netns exec a iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -p icmp -m cgroup --path "/"
  -A OUTPUT -p icmp -m cgroup --path "/"
  -A OUTPUT -p icmp -m cgroup ! --path "/"
  -A OUTPUT -p icmp -m cgroup --cgroup 0
  -A OUTPUT -p icmp -m cgroup ! --cgroup 65537
  $ ip netns exec a nft list chain ip filter OUTPUT
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		meta l4proto icmp xt match cgroup counter packets 2 bytes 168
  		meta l4proto icmp xt match cgroup counter packets 0 bytes 0
  		meta l4proto icmp meta cgroup 0 counter packets 2 bytes 168
  		meta l4proto icmp meta cgroup != 65537 counter packets 2 bytes 168
  	}
  }
