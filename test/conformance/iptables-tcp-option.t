The tcp match's --tcp-option (tcp_find_option(): a kind among the header's options, END and NOP one byte long), which iptables-nft keeps as an xt match; its listing between the ports and the flags, its inversion and errors.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_timestamps=0
  $ ip netns exec h2 iptables -A INPUT -p tcp --tcp-option 2
  $ ip netns exec h2 iptables -A INPUT -p tcp --syn --tcp-option 3
  $ ip netns exec h2 iptables -A INPUT -p tcp --syn ! --tcp-option 4
  $ ip netns exec h2 iptables -A INPUT -p tcp --dport 5000 --tcp-option 8
  $ ip netns exec h2 iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN --tcp-option 1
  $ ip netns exec h1 iptables -A INPUT -p tcp --sport 5000 --tcp-option 4
  $ ip netns exec h1 iptables -A INPUT -p tcp --sport 5000 --tcp-option 8
  $ ip netns exec h1 iptables -A INPUT -p tcp -m tcp --tcp-option 30
  $ ip netns exec h2 sh -c 'nc -l 10.0.0.2 5000 > /dev/null & sleep 0.3; exit 0'
  $ echo hello | ip netns exec h1 nc -N 10.0.0.2 5000; sleep 0.3
  $ ip netns exec h2 iptables -L INPUT -n -v -x | sed -E 's/ +$//'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination
         1       52            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp option=2
         1       52            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp option=3 flags:0x17/0x02
         0        0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp option=!4 flags:0x17/0x02
         0        0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:5000 option=8
         1       52            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp option=1 flags:0x12/0x02
  $ ip netns exec h1 iptables -L INPUT -v -x | sed -E 's/ +$//'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination
         1       52            tcp  --  any    any     anywhere             anywhere             tcp spt:5000 option=4
         0        0            tcp  --  any    any     anywhere             anywhere             tcp spt:5000 option=8
         0        0            tcp  --  any    any     anywhere             anywhere             tcp option=30
  $ ip netns exec h2 iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p tcp -m tcp --tcp-option 2
  -A INPUT -p tcp -m tcp --tcp-option 3 --tcp-flags FIN,SYN,RST,ACK SYN
  -A INPUT -p tcp -m tcp ! --tcp-option 4 --tcp-flags FIN,SYN,RST,ACK SYN
  -A INPUT -p tcp -m tcp --dport 5000 --tcp-option 8
  -A INPUT -p tcp -m tcp --tcp-option 1 --tcp-flags SYN,ACK SYN
  $ ip netns exec h1 iptables-save | grep option
  -A INPUT -p tcp -m tcp --sport 5000 --tcp-option 4
  -A INPUT -p tcp -m tcp --sport 5000 --tcp-option 8
  -A INPUT -p tcp -m tcp --tcp-option 30
  $ ip netns exec h2 iptables -D INPUT -p tcp --syn ! --tcp-option 4; ip netns exec h2 iptables -C INPUT -p tcp --tcp-option 2; echo $?
  0
  $ ip netns exec h2 iptables -A INPUT -p tcp --tcp-option 0; echo $?
  iptables v1.8.9 (nf_tables): Bad TCP option "0"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec h2 iptables -A INPUT -p tcp --tcp-option 256; echo $?
  iptables v1.8.9 (nf_tables): Bad TCP option "256"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec h2 iptables -A INPUT -p tcp --tcp-option 2 --tcp-option 3; echo $?
  iptables v1.8.9 (nf_tables): Only one `--tcp-option' allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec h2 iptables -A INPUT -p udp --tcp-option 2; echo $?
  iptables v1.8.9 (nf_tables): unknown option "--tcp-option"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ ip netns exec h2 nft list chain ip filter INPUT
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		meta l4proto tcp tcp option 2 exists counter packets 1 bytes 52
  		meta l4proto tcp tcp option 3 exists tcp flags syn / fin,syn,rst,ack counter packets 1 bytes 52
  		meta l4proto tcp tcp dport 5000 tcp option 8 exists counter packets 0 bytes 0
  		meta l4proto tcp tcp option 1 exists tcp flags syn / syn,ack counter packets 1 bytes 52
  	}
  }
