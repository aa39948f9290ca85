The recent match with pings: --set remembers the source, --rcheck with --hitcount and --seconds drops the fourth ping on, --update keeps refreshing, --remove forgets, --rdest and --mask change the key, rules of one name share a list that goes with the last rule; listings, -S, nft list and the errors of userspace and of the kernel's check.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.0.11/24 dev a0
  $ ip netns exec b iptables -A INPUT -p icmp -m recent --name pingers --rcheck --seconds 60 --hitcount 3 -j DROP
  $ ip netns exec b iptables -A INPUT -p icmp -m recent --name pingers --set -j ACCEPT
  $ ip netns exec a ping -c 5 -i 0.2 -W 1 10.0.0.2 | grep -E 'icmp_seq|transmitted' | sed -E 's/time=.*//; s/, time .*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=3 ttl=64 
  5 packets transmitted, 3 received, 40% packet loss
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -I 10.0.0.11 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  2 packets transmitted, 2 received, 0% packet loss
  $ ip netns exec b iptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            recent: CHECK seconds: 60 hit_count: 3 name: pingers side: source mask: 255.255.255.255
      5   420 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            recent: SET name: pingers side: source mask: 255.255.255.255
  $ ip netns exec b iptables -I INPUT 1 -p icmp -s 10.0.0.1 -m recent --name pingers --remove -j ACCEPT
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 1 received, 0% packet loss
  $ ip netns exec b iptables -D INPUT 1
  $ ip netns exec a ping -c 4 -i 0.2 -W 1 10.0.0.2 | grep -E 'icmp_seq|transmitted' | sed -E 's/time=.*//; s/, time .*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=3 ttl=64 
  4 packets transmitted, 3 received, 25% packet loss
  $ ip netns exec b iptables -F
  $ ip netns exec b iptables -A INPUT -p icmp -m recent --name pingers --rcheck -j ACCEPT
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 1 received, 0% packet loss
  $ ip netns exec b iptables -A INPUT -p icmp -j DROP
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b iptables -F
  $ ip netns exec b iptables -A INPUT -p icmp -m recent --name net --rdest --mask 255.255.255.0 --update --seconds 30 --hitcount 2 --reap -j DROP
  $ ip netns exec b iptables -A INPUT -p icmp -m recent --name net --rdest --mask 255.255.255.0 ! --set -j DROP
  $ ip netns exec a ping -c 4 -i 0.2 -W 1 10.0.0.2 | grep -E 'icmp_seq|transmitted' | sed -E 's/time=.*//; s/, time .*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 
  4 packets transmitted, 2 received, 50% packet loss
  $ ip netns exec b iptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            recent: UPDATE seconds: 30 reap hit_count: 2 name: net side: dest mask: 255.255.255.0
      0     0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            ! recent: SET name: net side: dest mask: 255.255.255.0
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -m recent --update --seconds 30 --reap --hitcount 2 --name net --mask 255.255.255.0 --rdest -j DROP
  -A INPUT -p icmp -m recent ! --set --name net --mask 255.255.255.0 --rdest -j DROP
  $ ip netns exec b iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  DROP       icmp --  anywhere             anywhere             recent: UPDATE seconds: 30 reap hit_count: 2 name: net side: dest mask: 255.255.255.0
  DROP       icmp --  anywhere             anywhere             ! recent: SET name: net side: dest mask: 255.255.255.0
  $ ip netns exec b nft list chain ip filter INPUT
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		meta l4proto icmp xt match recent counter packets 2 bytes 168 drop
  		meta l4proto icmp xt match recent counter packets 0 bytes 0 drop
  	}
  }
  $ iptables -A INPUT -m recent --set --update
  iptables v1.8.9 (nf_tables): recent: option "--set" cannot be used together with "--update".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m recent --name x
  iptables v1.8.9 (nf_tables): recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m recent --rcheck --reap
  iptables v1.8.9 (nf_tables): recent: option "--reap" also requires "--seconds".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m recent --rcheck --hitcount 300
  $ iptables -A INPUT -m recent --set --seconds 10
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m recent --set --rttl
  iptables v1.8.9 (nf_tables): recent: option "--rttl" cannot be used together with "--set".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m recent --rcheck --hitcount 30 --rttl --name big
  $ iptables -A INPUT -m recent --update --name a/b
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m recent --remove --seconds x
  iptables v1.8.9 (nf_tables): recent: bad value for option "--seconds", or out of range (1-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m recent --rcheck --mask 255.0.0.0 --rdest
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m recent --rcheck --hitcount 300 --name DEFAULT --mask 255.255.255.255 --rsource
  -A INPUT -m recent --rcheck --hitcount 30 --rttl --name big --mask 255.255.255.255 --rsource
  -A INPUT -m recent --rcheck --name DEFAULT --mask 255.0.0.0 --rdest
