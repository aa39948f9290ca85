The policy match without IPsec: "--pol none" always holds, "--pol ipsec" never; option forms, save/list texts, errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p icmp -m policy --dir in --pol none
  $ ip netns exec b iptables -A INPUT -p icmp -m policy --dir in --pol ipsec
  $ ip netns exec b iptables -A INPUT -p icmp -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.0.0/16 --tunnel-dst 10.2.0.1 ! --spi 0x100
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --strict --proto ah --reqid 1 --next --proto 50 ! --mode transport
  $ ip netns exec b iptables -A OUTPUT -p icmp -m policy --dir out --pol none
  $ ip netns exec b iptables -A OUTPUT -p icmp -m policy --dir out --pol ipsec ! --proto esp
  $ ip netns exec b iptables -A FORWARD -m policy --dir in --pol ipsec --spi 5 -m policy --dir out --pol none
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir in pol none
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir in pol ipsec
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir in pol ipsec ! spi 0x100 mode tunnel tunnel-dst 10.2.0.1 tunnel-src 10.1.0.0/16
      0     0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir in pol ipsec strict [0] reqid 1 proto 51 [1] proto 50 ! mode transport
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir in pol ipsec spi 0x5 policy match dir out pol none
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir out pol none
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir out pol ipsec ! proto 50
  $ ip netns exec b iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             icmp --  anywhere             anywhere             policy match dir in pol none
             icmp --  anywhere             anywhere             policy match dir in pol ipsec
             icmp --  anywhere             anywhere             policy match dir in pol ipsec ! spi 0x100 mode tunnel tunnel-dst 10.2.0.1 tunnel-src 10.1.0.0/16
             all  --  anywhere             anywhere             policy match dir in pol ipsec strict [0] reqid 1 proto ah [1] proto esp ! mode transport
  $ ip netns exec b iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -p icmp -m policy --dir in --pol none
  -A INPUT -p icmp -m policy --dir in --pol ipsec
  -A INPUT -p icmp -m policy --dir in --pol ipsec ! --spi 0x100 --mode tunnel --tunnel-dst 10.2.0.1 --tunnel-src 10.1.0.0/16
  -A INPUT -m policy --dir in --pol ipsec --strict --reqid 1 --proto ah --next --proto esp ! --mode transport
  -A FORWARD -m policy --dir in --pol ipsec --spi 0x5 -m policy --dir out --pol none
  -A OUTPUT -p icmp -m policy --dir out --pol none
  -A OUTPUT -p icmp -m policy --dir out --pol ipsec ! --proto esp
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol none --strict
  iptables v1.8.9 (nf_tables): policy match: policy none but --strict given
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol none --strict --reqid 1 --next --reqid 2
  iptables v1.8.9 (nf_tables): policy match: policy none but --strict given
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol none --reqid 1
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --next
  iptables v1.8.9 (nf_tables): policy: option "--next" also requires "--strict".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --strict
  iptables v1.8.9 (nf_tables): policy match: empty policy element 0. --strict is in effect, but at least one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --mode transport --tunnel-src 1.2.3.4
  iptables v1.8.9 (nf_tables): policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --proto tcp
  iptables v1.8.9 (nf_tables): policy match: protocol must be ah/esp/ipcomp
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir up --pol ipsec
  iptables v1.8.9 (nf_tables): policy_match: invalid dir "up"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol maybe
  iptables v1.8.9 (nf_tables): policy match: invalid policy "maybe"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --mode bus
  iptables v1.8.9 (nf_tables): policy match: invalid mode "bus"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --reqid 1 --reqid 2
  iptables v1.8.9 (nf_tables): policy match: double --reqid option
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --dir out --pol ipsec
  iptables v1.8.9 (nf_tables): policy: option "--dir" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in ! --pol ipsec
  iptables v1.8.9 (nf_tables): policy: option "--pol" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --strict --spi 1 --next --spi 2 --next --spi 3 --next --spi 4 --next --spi 5
  iptables v1.8.9 (nf_tables): policy match: maximum policy depth reached
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m policy --dir in --pol ipsec --strict --spi 1 --next --spi 2 --next --spi 3 --next --spi 4
  $ ip netns exec b iptables -S INPUT 5
  -A INPUT -m policy --dir in --pol none
  $ ip netns exec b iptables -L INPUT 5 -n
             0    --  0.0.0.0/0            0.0.0.0/0            policy match dir in pol none
