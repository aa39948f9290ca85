The realm match: the route's realms (tclassid) of forwarded and local packets, masks, inversion, names from rt_realms, hook errors.
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
  $ ip -n r route add 198.51.100.0/24 via 203.0.113.2 realm 7
  $ ip -n b addr add 198.51.100.1/32 dev lo
  $ ip -n r route add 10.9.0.0/16 via 203.0.113.2 realms 3/5
  $ ip -n b addr add 10.9.0.1/32 dev lo
  $ ip netns exec r iptables -A FORWARD -m realm --realm 7
  $ ip netns exec r iptables -A FORWARD -m realm --realm 5
  $ ip netns exec r iptables -A FORWARD -m realm --realm 0x30000/0xffff0000
  $ ip netns exec r iptables -A FORWARD -m realm ! --realm 0
  $ ip netns exec r iptables -A FORWARD -m realm --realm cosmos
  $ ip netns exec r iptables -A OUTPUT -m realm --realm 7
  $ ip netns exec a ping -c 2 -i 0.2 -q 198.51.100.1 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -q 10.9.0.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -q 203.0.113.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r ping -c 1 -q 198.51.100.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -L FORWARD -v -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168            all  --  any    any     anywhere             anywhere             realm 0x7
         0        0            all  --  any    any     anywhere             anywhere             realm 0x5
         1       84            all  --  any    any     anywhere             anywhere             realm 0x30000/0xffff0000
         6      504            all  --  any    any     anywhere             anywhere             ! realm cosmos
         2      168            all  --  any    any     anywhere             anywhere             realm cosmos
  $ ip netns exec r iptables -L OUTPUT -v -x -n
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84            0    --  *      *       0.0.0.0/0            0.0.0.0/0            realm 0x7
  $ ip netns exec r iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A FORWARD -m realm --realm 0x7
  -A FORWARD -m realm --realm 0x5
  -A FORWARD -m realm --realm 0x30000/0xffff0000
  -A FORWARD -m realm ! --realm cosmos
  -A FORWARD -m realm --realm cosmos
  -A OUTPUT -m realm --realm 0x7
  $ ip netns exec r iptables -A PREROUTING -t mangle -m realm --realm 1
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ ip netns exec r iptables -A FORWARD -m realm --realm nosuch
  iptables v1.8.9 (nf_tables): realm: could not map name nosuch to an integer value for option "--realm".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -A FORWARD -m realm --realm 5/x
  iptables v1.8.9 (nf_tables): realm: bad integer value for option "--realm", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -A FORWARD -m realm
  iptables v1.8.9 (nf_tables): realm: option "--realm" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
