The string match with pings whose payload ping -p fills with a pattern: bm and kmp find it, ! inverts, --icase ignores case, --from/--to bound where it may lie (it must end before --to); --hex-string; listings and -S (a pattern with an unprintable byte shows in hex), nft list, and the errors of userspace and of the kernel's check.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p icmp -m string --algo bm --string secret -j DROP
  $ ip netns exec a ping -c 1 -W 1 -p 736563726574 10.0.0.2 | sed -n 1p
  PATTERN: 0x736563726574
  $ ip netns exec a ping -c 1 -W 1 -p 736563726574 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec a ping -c 1 -W 1 -p 5345435245 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 1 received, 0% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m string --algo kmp --string SeCrEt --icase -j DROP
  $ ip netns exec a ping -c 1 -W 1 -p 736563726574 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m string --algo bm ! --string secret -j DROP
  $ ip netns exec a ping -c 1 -W 1 -p 736563726574 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 1 received, 0% packet loss
  $ ip netns exec a ping -c 1 -W 1 -p 00 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m string --algo bm --string secret --to 50 -j DROP
  $ ip netns exec a ping -c 1 -W 1 -p 736563726574 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 1 received, 0% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m string --algo bm --string secret --to 49 -j DROP
  $ ip netns exec a ping -c 1 -W 1 -p 736563726574 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 1 received, 0% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m string --algo bm --string secret --to 52 -j DROP
  $ ip netns exec a ping -c 1 -W 1 -p 736563726574 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m string --algo bm --string secret --from 80 -j DROP
  $ ip netns exec a ping -c 1 -W 1 -s 40 -p 736563726574 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 1 received, 0% packet loss
  $ ip netns exec a ping -c 1 -W 1 -s 100 -p 736563726574 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m string --algo bm --hex-string '|de ad|be' -j DROP
  $ ip netns exec a ping -c 1 -W 1 -p dead6265 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b iptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            STRING match  "|dead6265|" ALGO name bm
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -m string --hex-string "|dead6265|" --algo bm -j DROP
  $ iptables -A INPUT -m string --algo bm --string foo -j DROP
  $ iptables -A INPUT -m string --algo kmp ! --string 'a"b\c' --from 10 --to 100 --icase -j DROP
  $ iptables -A INPUT -m string --algo bm --hex-string '|41 42|C' -j DROP
  $ iptables -A INPUT -m string --algo bm --hex-string '|00 01|x' -j DROP
  $ iptables -A INPUT -m string --algo bm --string 'a b' --to 65535 -j DROP
  $ iptables -A INPUT -m string --string foo -j DROP
  iptables v1.8.9 (nf_tables): string: option "--algo" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m string --algo bm -j DROP
  iptables v1.8.9 (nf_tables): STRING match: You must specify `--string' or `--hex-string'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m string --algo foo --string x -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m string --algo bm --string x --from 100 --to 10 -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m string --algo bm --string x --to 70000 -j DROP
  iptables v1.8.9 (nf_tables): string: bad value for option "--to", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m string --algo bm --string '' -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m string --string "foo" --algo bm -j DROP
  -A INPUT -m string ! --string "a\"b\\c" --algo kmp --from 10 --to 100 --icase -j DROP
  -A INPUT -m string --string "ABC" --algo bm -j DROP
  -A INPUT -m string --hex-string "|000178|" --algo bm -j DROP
  -A INPUT -m string --string "a b" --algo bm -j DROP
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  DROP       all  --  anywhere             anywhere             STRING match  "foo" ALGO name bm
  DROP       all  --  anywhere             anywhere             STRING match ! "a\"b\\c" ALGO name kmp FROM 10 TO 100 ICASE
  DROP       all  --  anywhere             anywhere             STRING match  "ABC" ALGO name bm
  DROP       all  --  anywhere             anywhere             STRING match  "|000178|" ALGO name bm
  DROP       all  --  anywhere             anywhere             STRING match  "a b" ALGO name bm
  $ nft list chain ip filter INPUT
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		xt match string counter packets 0 bytes 0 drop
  		xt match string counter packets 0 bytes 0 drop
  		xt match string counter packets 0 bytes 0 drop
  		xt match string counter packets 0 bytes 0 drop
  		xt match string counter packets 0 bytes 0 drop
  	}
  }
