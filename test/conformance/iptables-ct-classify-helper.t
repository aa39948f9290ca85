The CT target without options (a plain template: the packet is tracked as without it), CT's --helper and --timeout refused by the kernel (no helper nor timeout policy registered), the helper match (no connection has a master: only its inversion matches), CLASSIFY on the output hooks, NFLOG's dead --nflog-range, with their listings and errors. SECMARK parses its --selctx, but no kernel here has the target (ENOENT).
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t raw -A PREROUTING -p icmp -j CT
  $ ip netns exec r iptables -t raw -A PREROUTING -p udp -j CT --notrack --helper ftp; echo $?
  0
  $ ip netns exec r iptables -t raw -A PREROUTING -j CT --helper ftp; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain PREROUTING
  4
  $ ip netns exec r iptables -t raw -A PREROUTING -j CT --timeout slow; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  4
  $ ip netns exec r iptables -t raw -A PREROUTING -j CT --ctevents new,bogus; echo $?
  iptables v1.8.9 (nf_tables): Unknown event type "bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t raw -A PREROUTING -j CT --zone abc; echo $?
  iptables v1.8.9 (nf_tables): Cannot parse abc as a zone ID
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -t mangle -A PREROUTING -j CT; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  4
  $ ip netns exec r iptables -t mangle -A POSTROUTING -p icmp -j CLASSIFY --set-class 1:10
  $ ip netns exec r iptables -t mangle -A FORWARD -j CLASSIFY --set-class 0x1:0xffff1
  $ ip netns exec r iptables -t mangle -A INPUT -j CLASSIFY --set-class 1:1; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ ip netns exec r iptables -t mangle -A FORWARD -j CLASSIFY --set-class 10; echo $?
  iptables v1.8.9 (nf_tables): Bad class value "10"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -A FORWARD -p icmp -m helper --helper ftp
  $ ip netns exec r iptables -A FORWARD -p icmp -m helper ! --helper "my helper"
  $ ip netns exec r iptables -A FORWARD -m helper; echo $?
  iptables v1.8.9 (nf_tables): helper: option "--helper" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec r iptables -A FORWARD -j NFLOG --nflog-range 20 --nflog-group 2; echo $?
  warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead
  0
  $ ip netns exec r iptables -A FORWARD -j NFLOG --nflog-range 20 --nflog-size 30; echo $?
  warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead
  iptables v1.8.9 (nf_tables): NFLOG: option "--nflog-range" cannot be used together with "--nflog-size".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec a ping -c 2 -i 0.2 203.0.113.2 | grep -c 'bytes from'
  2
  $ ip netns exec r conntrack -L -p icmp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=N src=203.0.113.2 dst=192.168.1.2 type=0 code=0 id=N mark=0 use=1
  $ ip netns exec r iptables -t raw -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      4   336 CT         1    --  *      *       0.0.0.0/0            0.0.0.0/0            CT
      0     0 CT         17   --  *      *       0.0.0.0/0            0.0.0.0/0            CT notrack helper ftp
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  $ ip netns exec r iptables -t mangle -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      4   336 CLASSIFY   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CLASSIFY set 1:fff1
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      4   336 CLASSIFY   1    --  *      *       0.0.0.0/0            0.0.0.0/0            CLASSIFY set 1:10
  $ ip netns exec r iptables -L FORWARD -n -v
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            helper match "ftp"
      4   336            1    --  *      *       0.0.0.0/0            0.0.0.0/0            helper match ! "my helper"
      4   336 NFLOG      0    --  *      *       0.0.0.0/0            0.0.0.0/0            nflog-group 2
  $ ip netns exec r iptables-save | grep -v '^[#:]'
  *mangle
  -A FORWARD -j CLASSIFY --set-class 0001:fff1
  -A POSTROUTING -p icmp -j CLASSIFY --set-class 0001:0010
  COMMIT
  *raw
  -A PREROUTING -p icmp -j CT
  -A PREROUTING -p udp -j CT --notrack --helper ftp
  COMMIT
  *filter
  -A FORWARD -p icmp -m helper --helper ftp
  -A FORWARD -p icmp -m helper ! --helper "my helper"
  -A FORWARD -j NFLOG --nflog-group 2
  COMMIT
  $ iptables -m helper -h | sed -n '/^helper/,$p'
  helper match options:
  [!] --helper string        Match helper identified by string
  $ iptables -j CLASSIFY -h | sed -n '/^CLASSIFY/,$p'
  CLASSIFY target options:
  --set-class MAJOR:MINOR    Set skb->priority value (always hexadecimal!)
  $ iptables -t security -A INPUT -j SECMARK --selctx system_u:object_r:http_packet_t:s0; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain INPUT
  4
  $ iptables -t mangle -A INPUT -j SECMARK; echo $?
  iptables v1.8.9 (nf_tables): SECMARK: option "--selctx" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -j SECMARK -h | sed -n '/^SECMARK/,$p'
  SECMARK target options:
    --selctx value                     Set the SELinux security context
