hashlimit: a per-source token bucket on pings (burst, refill over time, separate buckets per address and per /24), upto and above, a table shared by name, the listing and save formats (rates, bytes, htable options, masks) and the option errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.11/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p icmp -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 3 --hashlimit-mode srcip --hashlimit-name ping -j ACCEPT
  $ ip netns exec b iptables -A INPUT -p icmp -j DROP
  $ ip netns exec a ping -c 6 -i 0.3 10.0.0.2 | tail -2 | head -1
  6 packets transmitted, 4 received, 33.3333% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 2 -i 0.3 -I 10.0.0.11 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      6   504 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 1/sec burst 3 mode srcip
      2   168 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ sleep 3
  $ ip netns exec a ping -c 4 -i 0.3 10.0.0.2 | tail -2 | head -1
  4 packets transmitted, 3 received, 25% packet loss, time *ms (glob)
  $ ip netns exec b iptables -Z
  $ ip netns exec b iptables -F
  $ ip netns exec b iptables -A INPUT -p icmp -m hashlimit --hashlimit-above 2/sec --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-name agg -j DROP
  $ ip netns exec a ping -c 3 -i 0.1 10.0.0.2 | tail -2 | head -1
  3 packets transmitted, 2 received, 33.3333% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 2 -i 0.1 -I 10.0.0.11 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 2 packets, 168 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3   252 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: above 2/sec burst 2 mode srcip srcmask 24
  $ ip netns exec b iptables -A INPUT -p icmp -m hashlimit --hashlimit-above 50/sec --hashlimit-name agg -j DROP
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 100/min --hashlimit-name m1 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit 7/hour --hashlimit-mode dstip,srcport,dstport --hashlimit-name m2 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 3/day --hashlimit-burst 1 --hashlimit-mode srcip,dstip --hashlimit-dstmask 16 --hashlimit-name m3 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-name m4 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-above 512kb/s --hashlimit-burst 1mb --hashlimit-name m5 -j DROP
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 10 --hashlimit-htable-size 64 --hashlimit-htable-max 128 --hashlimit-htable-gcinterval 500 --hashlimit-htable-expire 2000 --hashlimit-name m6 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m hashlimit ! --hashlimit-upto 3/s --hashlimit-name m7 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 300/sec --hashlimit-name m8 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 10/min --hashlimit-rate-match --hashlimit-name m9 -j ACCEPT
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -m hashlimit --hashlimit-above 2/sec --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-name agg --hashlimit-srcmask 24 -j DROP
  -A INPUT -p icmp -m hashlimit --hashlimit-above 50/sec --hashlimit-burst 5 --hashlimit-name agg -j DROP
  -A INPUT -m hashlimit --hashlimit-upto 100/min --hashlimit-burst 5 --hashlimit-name m1 -j ACCEPT
  -A INPUT -m hashlimit --hashlimit-upto 7/hour --hashlimit-burst 5 --hashlimit-mode srcport,dstip,dstport --hashlimit-name m2 -j ACCEPT
  -A INPUT -m hashlimit --hashlimit-upto 3/day --hashlimit-burst 1 --hashlimit-mode srcip,dstip --hashlimit-name m3 --hashlimit-dstmask 16 -j ACCEPT
  -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-name m4 -j ACCEPT
  -A INPUT -m hashlimit --hashlimit-above 512kb/s --hashlimit-burst 1mb --hashlimit-name m5 -j DROP
  -A INPUT -m hashlimit --hashlimit-upto 10/sec --hashlimit-burst 5 --hashlimit-name m6 --hashlimit-htable-size 64 --hashlimit-htable-max 128 --hashlimit-htable-gcinterval 500 --hashlimit-htable-expire 2000 -j ACCEPT
  -A INPUT -m hashlimit --hashlimit-above 3/sec --hashlimit-burst 5 --hashlimit-name m7 -j ACCEPT
  -A INPUT -m hashlimit --hashlimit-upto 300/sec --hashlimit-burst 5 --hashlimit-name m8 -j ACCEPT
  -A INPUT -m hashlimit --hashlimit-upto 10/sec --hashlimit-burst 5 --hashlimit-name m9 --hashlimit-htable-expire 60000 --hashlimit-rate-match --hashlimit-rate-interval 60 -j ACCEPT
  $ ip netns exec b iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  DROP       icmp --  anywhere             anywhere             limit: above 2/sec burst 2 mode srcip srcmask 24
  DROP       icmp --  anywhere             anywhere             limit: above 50/sec burst 5
  ACCEPT     all  --  anywhere             anywhere             limit: up to 100/min burst 5
  ACCEPT     all  --  anywhere             anywhere             limit: up to 7/hour burst 5 mode srcport-dstip-dstport
  ACCEPT     all  --  anywhere             anywhere             limit: up to 3/day burst 1 mode srcip-dstip dstmask 16
  ACCEPT     all  --  anywhere             anywhere             limit: up to 1kb/s
  DROP       all  --  anywhere             anywhere             limit: above 512kb/s burst 1mb
  ACCEPT     all  --  anywhere             anywhere             limit: up to 10/sec burst 5 htable-size 64 htable-max 128 htable-gcinterval 500 htable-expire 2000
  ACCEPT     all  --  anywhere             anywhere             limit: above 3/sec burst 5
  ACCEPT     all  --  anywhere             anywhere             limit: up to 300/sec burst 5
  ACCEPT     all  --  anywhere             anywhere             limit: up to 10/min burst 5 rate-match rate-interval 60
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec -j ACCEPT
  iptables v1.8.9 (nf_tables): hashlimit: option "--hashlimit-name" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables): You have to specify --hashlimit
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-above 2/sec --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables): hashlimit: option "--hashlimit-upto" cannot be used together with "--hashlimit-above".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 0/sec --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables): hashlimit: Bad value for "--hashlimit-upto" option: "0/sec"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/fortnight --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables): hashlimit: Bad value for "--hashlimit-upto" option: "1/fortnight"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 2000000/sec --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables): Rate too fast "2000000/sec"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-mode srcip,foo --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables): hashlimit: Bad value for "--hashlimit-mode" option: "srcip,foo"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 0 --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables): bad value for option "--hashlimit-burst", or out of range (1-1000000).
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 1000001 --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables): bad value for option "--hashlimit-burst", or out of range (1-1000000).
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-srcmask 33 --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-htable-expire 0 --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name "a b" -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name "" -j ACCEPT
  iptables v1.8.9 (nf_tables): Argument must have a minimum length of 1 characters
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1kb/s --hashlimit-burst 10 --hashlimit-name x -j ACCEPT
  iptables v1.8.9 (nf_tables): burst cannot be smaller than 1024b
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-name x ! --hashlimit-mode srcip -j ACCEPT
  iptables v1.8.9 (nf_tables): hashlimit: option "--hashlimit-mode" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables-save -t filter | grep -c hashlimit
  12
