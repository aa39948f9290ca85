The TOS and DSCP targets in mangle rewriting pings on the way out (set under a mask, and/or/xor, a DSCP value or class keeping the ECN bits of ping -Q), as the peer's tos and dscp matches count them; listings with and without -n, -S, and the errors (a mangle target elsewhere, bad values).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ for t in 0x00 0x02 0x03 0x04 0x08 0x10 0x12 0x1c 0xb8 0xb9 0xbb 0x28 0x29 0x0b; do ip netns exec b iptables -A INPUT -p icmp -m tos --tos $t/0xff; done
  $ ip netns exec b iptables -A INPUT -p icmp -m dscp --dscp 0x2e
  $ ip netns exec a iptables -t mangle -A OUTPUT -p icmp -j TOS --set-tos 0x10
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*/T/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 T
  $ ip netns exec a iptables -t mangle -R OUTPUT 1 -p icmp -j TOS --set-tos Maximize-Reliability
  $ ip netns exec a ping -c 1 -W 1 -Q 0x12 10.0.0.2 | sed -n 2p | sed -E 's/time=.*/T/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 T
  $ ip netns exec a iptables -t mangle -R OUTPUT 1 -p icmp -j TOS --and-tos 0x0f
  $ ip netns exec a ping -c 1 -W 1 -Q 0x1c 10.0.0.2 | sed -n 2p | sed -E 's/time=.*/T/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 T
  $ ip netns exec a iptables -t mangle -R OUTPUT 1 -p icmp -j TOS --or-tos 0x08
  $ ip netns exec a ping -c 1 -W 1 -Q 0x03 10.0.0.2 | sed -n 2p | sed -E 's/time=.*/T/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 T
  $ ip netns exec a iptables -t mangle -R OUTPUT 1 -p icmp -j TOS --xor-tos 0x02
  $ ip netns exec a ping -c 1 -W 1 -Q 0x12 10.0.0.2 | sed -n 2p | sed -E 's/time=.*/T/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 T
  $ ip netns exec a iptables -t mangle -R OUTPUT 1 -p icmp -j DSCP --set-dscp-class EF
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*/T/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 T
  $ ip netns exec a ping -c 1 -W 1 -Q 0x01 10.0.0.2 | sed -n 2p | sed -E 's/time=.*/T/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 T
  $ ip netns exec a iptables -t mangle -R OUTPUT 1 -p icmp -j DSCP --set-dscp 10
  $ ip netns exec a ping -c 1 -W 1 -Q 0x29 10.0.0.2 | sed -n 2p | sed -E 's/time=.*/T/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 T
  $ ip netns exec b iptables -L INPUT -v -n | grep -v ' 0     0 '
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            tos match0x04/0xff
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            tos match0x10/0xff
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            tos match0xb8/0xff
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            tos match0xb9/0xff
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            tos match0x29/0xff
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            tos match0x0b/0xff
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            DSCP match 0x2e
  $ ip netns exec b nstat -az IpInHdrErrors IcmpInEchos
  #kernel
  IpInHdrErrors                   0                  0.0
  IcmpInEchos                     8                  0.0
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos Minimize-Delay
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos 0x04/0x0f
  $ iptables -t mangle -A OUTPUT -j TOS --and-tos 0x0f
  $ iptables -t mangle -A OUTPUT -j TOS --or-tos 0x08
  $ iptables -t mangle -A OUTPUT -j TOS --xor-tos 0x02
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos 0x00/0x3f
  $ iptables -t mangle -A OUTPUT -j DSCP --set-dscp 10
  $ iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class af41
  $ iptables -t mangle -A OUTPUT -j DSCP --set-dscp 64
  iptables v1.8.9 (nf_tables): DSCP: bad value for option "--set-dscp", or out of range (0-63).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class XX
  iptables v1.8.9 (nf_tables): Invalid DSCP value `XX'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos Bogus
  iptables v1.8.9 (nf_tables): Symbolic name "Bogus" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos 0x100
  iptables v1.8.9 (nf_tables): Symbolic name "0x100" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -j TOS
  iptables v1.8.9 (nf_tables): TOS: An action is required
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -j DSCP
  iptables v1.8.9 (nf_tables): DSCP target: Parameter --set-dscp is required
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -j TOS --set-tos 0x10
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -A OUTPUT -j DSCP --set-dscp 1
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -t mangle -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -j TOS --set-tos 0x10/0xff
  -A OUTPUT -j TOS --set-tos 0x10/0x3f
  -A OUTPUT -j TOS --set-tos 0x04/0x0f
  -A OUTPUT -j TOS --set-tos 0x00/0xf0
  -A OUTPUT -j TOS --set-tos 0x08/0x08
  -A OUTPUT -j TOS --set-tos 0x02/0x00
  -A OUTPUT -j TOS --set-tos 0x00/0x3f
  -A OUTPUT -j DSCP --set-dscp 0x0a
  -A OUTPUT -j DSCP --set-dscp 0x22
  $ iptables -t mangle -L OUTPUT -n
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  TOS        0    --  0.0.0.0/0            0.0.0.0/0            TOS set 0x10/0xff
  TOS        0    --  0.0.0.0/0            0.0.0.0/0            TOS set 0x10/0x3f
  TOS        0    --  0.0.0.0/0            0.0.0.0/0            TOS set 0x04/0x0f
  TOS        0    --  0.0.0.0/0            0.0.0.0/0            TOS set 0x00/0xf0
  TOS        0    --  0.0.0.0/0            0.0.0.0/0            TOS set 0x08/0x08
  TOS        0    --  0.0.0.0/0            0.0.0.0/0            TOS set 0x02/0x00
  TOS        0    --  0.0.0.0/0            0.0.0.0/0            TOS set 0x00/0x3f
  DSCP       0    --  0.0.0.0/0            0.0.0.0/0            DSCP set 0x0a
  DSCP       0    --  0.0.0.0/0            0.0.0.0/0            DSCP set 0x22
  $ iptables -t mangle -L OUTPUT
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  TOS        all  --  anywhere             anywhere             TOS set 0x10/0xff
  TOS        all  --  anywhere             anywhere              TOS setMinimize-Delay
  TOS        all  --  anywhere             anywhere             TOS set 0x04/0x0f
  TOS        all  --  anywhere             anywhere             TOS and 0x0f
  TOS        all  --  anywhere             anywhere             TOS or 0x08
  TOS        all  --  anywhere             anywhere             TOS xor 0x02
  TOS        all  --  anywhere             anywhere              TOS setNormal-Service
  DSCP       all  --  anywhere             anywhere             DSCP set 0x0a
  DSCP       all  --  anywhere             anywhere             DSCP set 0x22
