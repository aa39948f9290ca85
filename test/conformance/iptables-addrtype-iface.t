The addrtype match looks an address up in the whole local table, or with --limit-iface-in/--limit-iface-out only among the routes of the packet's device (another device's address is then UNICAST); the kernel refuses an interface limit on the hooks without that device, and both limits together.
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns add h3
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip link add w2 netns h2 address 02:00:00:00:02:02 type veth peer name w3 netns h3 address 02:00:00:00:03:01
  $ for n in h1 h2 h3; do ip -n $n link set lo up; done
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up; ip -n h2 link set w2 up; ip -n h3 link set w3 up
  $ ip -n h1 addr add 10.0.0.1/24 brd + dev v1
  $ ip -n h2 addr add 10.0.0.2/24 brd + dev v2
  $ ip -n h2 addr add 10.1.0.2/24 dev w2
  $ ip -n h3 addr add 10.1.0.3/24 dev w3
  $ ip -n h1 route add 10.1.0.0/24 via 10.0.0.2
  $ ip netns exec h2 iptables -A INPUT -p icmp -m addrtype --dst-type LOCAL
  $ ip netns exec h2 iptables -A INPUT -p icmp -m addrtype --dst-type LOCAL --limit-iface-in
  $ ip netns exec h2 iptables -A INPUT -p icmp -m addrtype --dst-type UNICAST --limit-iface-in
  $ ip netns exec h2 iptables -A INPUT -p icmp -m addrtype --dst-type BROADCAST --limit-iface-in
  $ ip netns exec h2 iptables -A INPUT -p icmp -m addrtype --src-type UNICAST ! --dst-type LOCAL
  $ ip netns exec h2 iptables -A OUTPUT -p icmp -m addrtype --src-type LOCAL --limit-iface-out
  $ ip netns exec h2 iptables -A OUTPUT -p icmp -m addrtype --src-type LOCAL
  $ ip netns exec h2 iptables -A FORWARD -m addrtype --dst-type UNICAST --limit-iface-in
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip netns exec h1 ping -c 1 -W 1 10.1.0.2 > /dev/null; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.1.0.3 > /dev/null; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 127.0.0.1 > /dev/null; echo $?
  0
  $ ip netns exec h2 sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec h1 ping -c 1 -W 1 -b 10.0.0.255 2>&1 | grep -c 'bytes from'
  1
  $ ip netns exec h2 iptables -L -n -v -x | sed -E 's/ +$//'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination
         5      420            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type LOCAL
         4      336            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type LOCAL limit-in
         1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type UNICAST limit-in
         1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type BROADCAST limit-in
         1       84            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match src-type UNICAST dst-type !LOCAL
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type UNICAST limit-in
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination
         5      420            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match src-type LOCAL limit-out
         6      504            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match src-type LOCAL
  $ ip netns exec h2 iptables -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-in; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  4
  $ ip netns exec h2 iptables -A POSTROUTING -t nat -m addrtype --src-type LOCAL --limit-iface-in; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING
  4
  $ ip netns exec h2 iptables -A INPUT -m addrtype --dst-type LOCAL --limit-iface-out; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ ip netns exec h2 iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL --limit-iface-out; echo $?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  4
  $ ip netns exec h2 iptables -A FORWARD -m addrtype --dst-type LOCAL --limit-iface-out --limit-iface-in; echo $?
  iptables v1.8.9 (nf_tables): addrtype: option "--limit-iface-in" cannot be used together with "--limit-iface-out".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec h2 iptables -A FORWARD -m addrtype --dst-type LOCAL --limit-iface-out; echo $?
  0
  $ ip netns exec h2 iptables -N sub; ip netns exec h2 iptables -A sub -m addrtype --src-type LOCAL --limit-iface-in; ip netns exec h2 iptables -A OUTPUT -j sub; echo $?
  0
  $ ip netns exec h2 iptables -S | grep addrtype
  -A INPUT -p icmp -m addrtype --dst-type LOCAL
  -A INPUT -p icmp -m addrtype --dst-type LOCAL --limit-iface-in
  -A INPUT -p icmp -m addrtype --dst-type UNICAST --limit-iface-in
  -A INPUT -p icmp -m addrtype --dst-type BROADCAST --limit-iface-in
  -A INPUT -p icmp -m addrtype --src-type UNICAST ! --dst-type LOCAL
  -A FORWARD -m addrtype --dst-type UNICAST --limit-iface-in
  -A FORWARD -m addrtype --dst-type LOCAL --limit-iface-out
  -A OUTPUT -p icmp -m addrtype --src-type LOCAL --limit-iface-out
  -A OUTPUT -p icmp -m addrtype --src-type LOCAL
  -A sub -m addrtype --src-type LOCAL --limit-iface-in
