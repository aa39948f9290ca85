The statistic match with traffic (every nth packet from a per-rule counter, --packet choosing which; random with probability 1 and 0), NFQUEUE with nobody listening (the packet is dropped; --queue-bypass accepts it and skips the rest of the chain), NFLOG (the rule goes on); listings, -S, nft list and the option errors.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p icmp -m statistic --mode nth --every 3 --packet 1 -j DROP
  $ ip netns exec a ping -c 6 -i 0.2 -W 1 10.0.0.2 | grep -E 'icmp_seq|transmitted' | sed -E 's/time=.*//; s/, time .*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=3 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=4 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=6 ttl=64 
  6 packets transmitted, 4 received, 33.3333% packet loss
  $ ip netns exec b iptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            statistic mode nth every 3 packet 1
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m statistic --mode nth ! --every 2 --packet 0 -j DROP
  $ ip netns exec a ping -c 4 -i 0.2 -W 1 10.0.0.2 | grep -E 'icmp_seq|transmitted' | sed -E 's/time=.*//; s/, time .*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=3 ttl=64 
  4 packets transmitted, 2 received, 50% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m statistic --mode random --probability 1 -j DROP
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  2 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m statistic --mode random --probability 0 -j DROP
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  2 packets transmitted, 2 received, 0% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m statistic --mode random ! --probability 0 -j DROP
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  2 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b iptables -F
  $ ip netns exec b iptables -A INPUT -p icmp -j NFLOG --nflog-group 3 --nflog-prefix "in: "
  $ ip netns exec b iptables -A INPUT -p icmp -j NFQUEUE --queue-num 4
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  2 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b iptables -R INPUT 2 -p icmp -j NFQUEUE --queue-balance 1:3 --queue-bypass
  $ ip netns exec b iptables -A INPUT -p icmp -j DROP
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  2 packets transmitted, 2 received, 0% packet loss
  $ ip netns exec b iptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      4   336 NFLOG      1    --  *      *       0.0.0.0/0            0.0.0.0/0            nflog-prefix "in: " nflog-group 3
      2   168 NFQUEUE    1    --  *      *       0.0.0.0/0            0.0.0.0/0            NFQUEUE balance 1:3 bypass
      0     0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -j NFLOG --nflog-prefix "in: " --nflog-group 3
  -A INPUT -p icmp -j NFQUEUE --queue-balance 1:3 --queue-bypass
  -A INPUT -p icmp -j DROP
  $ ip netns exec b nstat -az IpInDelivers IpInDiscards IcmpInEchos IcmpOutEchoReps
  #kernel
  IpInDiscards                    0                  0.0
  IpInDelivers                    10                 0.0
  IcmpInEchos                     10                 0.0
  IcmpOutEchoReps                 10                 0.0
  $ ip netns exec b nft list chain ip filter INPUT
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		meta l4proto icmp counter packets 4 bytes 336 log prefix "in: " group 3
  		meta l4proto icmp counter packets 2 bytes 168 queue num 1-3 bypass
  		meta l4proto icmp counter packets 0 bytes 0 drop
  	}
  }
  $ iptables -A INPUT -m statistic --mode nth --every 3 -j DROP
  iptables v1.8.9 (nf_tables): statistic: option "--every" also requires "--packet".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m statistic ! --mode nth --every 2 --packet 1 -j ACCEPT
  iptables v1.8.9 (nf_tables): statistic: option "--mode" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m statistic --mode nth --every 3 --packet 3 -j DROP
  iptables v1.8.9 (nf_tables): the --packet p must be 0 <= p <= n-1
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m statistic --mode nth -j DROP
  iptables v1.8.9 (nf_tables): --every and --packet must be specified when using nth mode
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m statistic --every 3 -j DROP
  iptables v1.8.9 (nf_tables): --probability must be specified when using random mode
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m statistic --probability 0.5 -j DROP
  iptables v1.8.9 (nf_tables): statistic: option "--mode" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m statistic --mode foo -j DROP
  iptables v1.8.9 (nf_tables): Bad mode "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m statistic --mode random --probability 2 -j DROP
  iptables v1.8.9 (nf_tables): statistic: bad value for option "--probability", or out of range (0-1).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m statistic --mode nth --every 0 --packet 0 -j DROP
  iptables v1.8.9 (nf_tables): statistic: bad value for option "--every", or out of range (1-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j NFQUEUE --queue-balance 5:2
  iptables v1.8.9 (nf_tables): 5 should be less than 2
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j NFQUEUE --queue-num 70000
  iptables v1.8.9 (nf_tables): NFQUEUE: bad value for option "--queue-num", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j NFLOG --nflog-group 65536
  iptables v1.8.9 (nf_tables): NFLOG: bad value for option "--nflog-group", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m statistic --mode random --probability 0.125 -j NFLOG --nflog-size 128 --nflog-threshold 2
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  NFLOG      all  --  anywhere             anywhere             statistic mode random probability 0.12500000000 nflog-size 128 nflog-threshold 2
  $ iptables-save | grep -- '-A'
  -A INPUT -m statistic --mode random --probability 0.12500000000 -j NFLOG --nflog-size 128 --nflog-threshold 2
