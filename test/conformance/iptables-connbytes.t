connbytes: a rule over a connection's packet and byte counts (original, reply, both; packets, bytes, average packet size), turning conntrack accounting on (conntrack -L shows packets= and bytes= for flows made after), counters of pings through it, listings and errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_acct 2>&1
  net.netfilter.nf_conntrack_acct = 0
  $ ip netns exec b iptables -A INPUT -p icmp -m connbytes --connbytes 3: --connbytes-dir original --connbytes-mode packets -j DROP
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_acct
  net.netfilter.nf_conntrack_acct = 1
  $ ip netns exec a ping -c 5 -i 0.2 10.0.0.2 | tail -2 | head -1
  5 packets transmitted, 2 received, 60% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3   252 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            connbytes 3 connbytes mode packets connbytes direction original
  $ ip netns exec b conntrack -L -p icmp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g'
  icmp     1 TIMEOUT src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=ID packets=5 bytes=420 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=ID packets=2 bytes=168 mark=0 use=1
  $ ip netns exec b conntrack -F 2>/dev/null
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m connbytes --connbytes 200:300 --connbytes-dir both --connbytes-mode bytes -j DROP
  $ ip netns exec a ping -c 4 -i 0.2 10.0.0.2 | tail -2 | head -1
  4 packets transmitted, 3 received, 25% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            connbytes 200:300 connbytes mode bytes connbytes direction both
  $ ip netns exec b conntrack -F 2>/dev/null
  $ ip netns exec b iptables -R INPUT 1 -p icmp -m connbytes ! --connbytes 0:100 --connbytes-dir reply --connbytes-mode avgpkt -j DROP
  $ ip netns exec a ping -c 3 -i 0.2 10.0.0.2 | tail -2 | head -1
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            ! connbytes 0:100 connbytes mode avgpkt connbytes direction reply
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -m connbytes ! --connbytes 0:100 --connbytes-mode avgpkt --connbytes-dir reply -j DROP
  $ ip netns exec b iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes
  $ ip netns exec b iptables -L INPUT 2
             all  --  anywhere             anywhere             connbytes 10 connbytes mode bytes connbytes direction both
  $ ip netns exec b iptables -A INPUT -m connbytes --connbytes 10 -j DROP
  iptables v1.8.9 (nf_tables): connbytes: option "--connbytes-dir" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir up --connbytes-mode bytes -j DROP
  iptables v1.8.9 (nf_tables): Unknown --connbytes-dir `up'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode kb -j DROP
  iptables v1.8.9 (nf_tables): Unknown --connbytes-mode `kb'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connbytes --connbytes x --connbytes-dir both --connbytes-mode bytes -j DROP
  iptables v1.8.9 (nf_tables): connbytes: bad value for option "--connbytes" near "x", or out of range (0-18446744073709551615).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connbytes --connbytes 5:2 --connbytes-dir both --connbytes-mode bytes -j DROP
  iptables v1.8.9 (nf_tables): 5 should be less than 2
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes -j DROP
  iptables v1.8.9 (nf_tables): connbytes: option "--connbytes" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connbytes ! --connbytes-dir both --connbytes 1 --connbytes-mode bytes -j DROP
  iptables v1.8.9 (nf_tables): connbytes: option "--connbytes-dir" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
