iptables extensions less often used: devgroup, policy, esp/ah, connlabel, socket, cpu; listing and save forms.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b link set b0 group 7
  $ ip netns exec b iptables -A INPUT -m devgroup --src-group 7 -p icmp -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m devgroup ! --src-group 0x5/0xf -j ACCEPT
  $ ip netns exec b iptables -A OUTPUT -m devgroup --dst-group 7 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol none -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --strict --reqid 5 --proto esp -j DROP
  $ ip netns exec b iptables -A INPUT -p esp -m esp --espspi 100:200 -j DROP
  $ ip netns exec b iptables -A INPUT -p ah -m ah --ahspi 7 -j DROP
  $ ip netns exec b iptables -A INPUT -m cpu --cpu 0 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m socket --transparent --nowildcard -j ACCEPT
  $ ip netns exec b iptables -A INPUT -m socket -j ACCEPT
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -p icmp -m devgroup --src-group 0x7 -j ACCEPT
  -A INPUT -m devgroup ! --src-group 0x5/0xf -j ACCEPT
  -A INPUT -m policy --dir in --pol none -j ACCEPT
  -A INPUT -m policy --dir in --pol ipsec --strict --reqid 5 --proto esp -j DROP
  -A INPUT -p esp -m esp --espspi 100:200 -j DROP
  -A INPUT -p ah -m ah --ahspi 7 -j DROP
  -A INPUT -m cpu --cpu 0 -j ACCEPT
  -A INPUT -m socket --transparent --nowildcard -j ACCEPT
  -A INPUT -m socket -j ACCEPT
  -A OUTPUT -m devgroup --dst-group 0x7 -j ACCEPT
  $ ip netns exec b iptables -L -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            src-group 0x7
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! src-group 0x5/0xf
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir in pol none
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir in pol ipsec strict reqid 5 proto 50
      0     0 DROP       50   --  *      *       0.0.0.0/0            0.0.0.0/0            esp spis:100:200
      0     0 DROP       51   --  *      *       0.0.0.0/0            0.0.0.0/0            ah spi:7
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            cpu 0
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            socket --transparent --nowildcard
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            socket
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            dst-group 0x7
  $ ip netns exec b iptables -A INPUT -m policy --dir out --pol none -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec b iptables -A OUTPUT -m policy --dir in --pol none -j ACCEPT
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ ip netns exec b iptables -A INPUT -m devgroup -j ACCEPT
  iptables v1.8.9 (nf_tables): devgroup match: You must specify either '--src-group' or '--dst-group'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --pol none -j ACCEPT
  iptables v1.8.9 (nf_tables): policy match: neither --dir in nor --dir out specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m cpu -j ACCEPT
  iptables v1.8.9 (nf_tables): cpu: option "--cpu" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -p icmp -m devgroup --src-group 0x7 -j ACCEPT
  -A INPUT -m devgroup ! --src-group 0x5/0xf -j ACCEPT
  -A INPUT -m policy --dir in --pol none -j ACCEPT
  -A INPUT -m policy --dir in --pol ipsec --strict --reqid 5 --proto esp -j DROP
  -A INPUT -p esp -m esp --espspi 100:200 -j DROP
  -A INPUT -p ah -m ah --ahspi 7 -j DROP
  -A INPUT -m cpu --cpu 0 -j ACCEPT
  -A INPUT -m socket --transparent --nowildcard -j ACCEPT
  -A INPUT -m socket -j ACCEPT
  -A OUTPUT -m devgroup --dst-group 0x7 -j ACCEPT
  COMMIT
