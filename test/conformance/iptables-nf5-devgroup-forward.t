devgroup on a router: src/dst groups of forwarded packets, masks, inversion, the "default" name, hook errors.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r0 group 5
  $ ip -n r link set r1 group 0x12
  $ ip -n r link show r1 | head -1 | sed -E 's/.*(group [^ ]+).*/\1/'
  group 18
  $ ip netns exec r iptables -A FORWARD -m devgroup --src-group 5 --dst-group 0x12
  $ ip netns exec r iptables -A FORWARD -m devgroup --src-group 0x10/0xf0
  $ ip netns exec r iptables -A FORWARD -m devgroup ! --dst-group 0x12
  $ ip netns exec r iptables -A FORWARD -m devgroup --src-group default
  $ ip netns exec r iptables -A INPUT -m devgroup --src-group 5
  $ ip netns exec r iptables -A OUTPUT -m devgroup --dst-group default
  $ ip netns exec a ping -c 3 -i 0.2 -q 203.0.113.2 | tail -2 | head -1
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -L -v -x -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            src-group 0x5
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      252            0    --  *      *       0.0.0.0/0            0.0.0.0/0            src-group 0x5 dst-group 0x12
         3      252            0    --  *      *       0.0.0.0/0            0.0.0.0/0            src-group 0x10/0xf0
         3      252            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! dst-group 0x12
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            src-group 0x0
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            dst-group 0x0
  $ ip netns exec r iptables -L FORWARD -v -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      252            all  --  any    any     anywhere             anywhere             src-group 0x5 dst-group 0x12
         3      252            all  --  any    any     anywhere             anywhere             src-group 0x10/0xf0
         3      252            all  --  any    any     anywhere             anywhere             ! dst-group 0x12
         0        0            all  --  any    any     anywhere             anywhere             src-group default
  $ ip netns exec r iptables-save -t filter | grep -- '-A'
  -A INPUT -m devgroup --src-group 0x5
  -A FORWARD -m devgroup --src-group 0x5 --dst-group 0x12
  -A FORWARD -m devgroup --src-group 0x10/0xf0
  -A FORWARD -m devgroup ! --dst-group 0x12
  -A FORWARD -m devgroup --src-group default
  -A OUTPUT -m devgroup --dst-group default
  $ ip netns exec r iptables -A INPUT -m devgroup --dst-group 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec r iptables -A OUTPUT -m devgroup --src-group 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ ip netns exec r iptables -t nat -A POSTROUTING -m devgroup --src-group 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING
  [4]
  $ ip netns exec r iptables -A FORWARD -m devgroup --src-group foo
  iptables v1.8.9 (nf_tables): devgroup: could not map name foo to an integer value for option "--src-group".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -A FORWARD -m devgroup --src-group 5/x
  iptables v1.8.9 (nf_tables): devgroup: bad integer value for option "--src-group", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -A FORWARD -m devgroup --src-group 5 --src-group 6
  iptables v1.8.9 (nf_tables): devgroup: option "--src-group" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -C FORWARD -m devgroup --src-group 0x5 --dst-group 18
  $ ip netns exec r iptables -D FORWARD -m devgroup --src-group 0/0xffffffff
  $ ip netns exec r iptables -S FORWARD
  -P FORWARD ACCEPT
  -A FORWARD -m devgroup --src-group 0x5 --dst-group 0x12
  -A FORWARD -m devgroup --src-group 0x10/0xf0
  -A FORWARD -m devgroup ! --dst-group 0x12
