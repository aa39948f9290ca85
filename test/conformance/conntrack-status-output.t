conntrack's -u status filter (names abbreviated in any case, !NAME unwanted, UNREPLIED, the rest of the list in an error), its -o output types (id appended, ktimestamp and labels without data to show, a bad one refused), and generic_opt_check() refusing options a command does not take (-S, -C, -F) or missing ones it needs (-G).
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
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ echo hi | ip netns exec a nc -u -w 1 -p 5001 203.0.113.2 9000
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 > /dev/null; echo $?
  0
  $ ip netns exec r conntrack -L -u UNREPLIED 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=5001 dport=9000 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=9000 dport=5001 mark=0 use=1
  $ ip netns exec r conntrack -L -u seen 2>&1 | sed -E 's/ +[0-9]+ src/ T src/; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=N src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=N mark=0 use=1
  $ ip netns exec r conntrack -L -u '!SEEN_REPLY' -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=5001 dport=9000 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=9000 dport=5001 mark=0 use=1
  $ ip netns exec r conntrack -L -u UNSET,!assured 2>&1 | grep -c '^[a-z]'
  3
  $ ip netns exec r conntrack -L -u ASSURED; echo $?
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  0
  $ ip netns exec r conntrack -L -u SEEN_REPLY,FOO,BAR; echo $?
  conntrack v1.4.7 (conntrack-tools): Bad parameter `FOO,BAR'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -L -u unreplied; echo $?
  conntrack v1.4.7 (conntrack-tools): Bad parameter `unreplied'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -L -u ,ASSURED; echo $?
  conntrack v1.4.7 (conntrack-tools): Bad parameter `,ASSURED'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -L -u SRC_NAT -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  WARNING: ignoring SRC_NAT, use --src-nat instead
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  $ ip netns exec r conntrack -L -p udp -o id 2>&1 | sed -E 's/ +[0-9]+ src/ T src/; s/id=[0-9]+$/id=N/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=5001 dport=9000 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=9000 dport=5001 mark=0 use=1 id=N
  $ ip netns exec r conntrack -L -p udp -o EXT,ktimestamp,labels 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  nfct_labelmap_new: No such file or directory
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  ipv4     2 udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=5001 dport=9000 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=9000 dport=5001 mark=0 use=1
  $ ip netns exec r conntrack -L -o foo; echo $?
  conntrack v1.4.7 (conntrack-tools): Bad parameter `foo'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -L -o extended,; echo $?
  conntrack v1.4.7 (conntrack-tools): Bad parameter `'
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -S -p tcp; echo $?
  conntrack v1.4.7 (conntrack-tools): Illegal option `--protonum' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -C -o id; echo $?
  conntrack v1.4.7 (conntrack-tools): Illegal option `--output' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -F -s 1.2.3.4; echo $?
  conntrack v1.4.7 (conntrack-tools): Illegal option `--src' with this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -G -s 192.168.1.2; echo $?
  conntrack v1.4.7 (conntrack-tools): You need to supply the `--protonum' option for this command
  Try `conntrack -h' or 'conntrack --help' for more information.
  2
  $ ip netns exec r conntrack -D -u ASSURED -p udp; echo $?
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  1
  $ ip netns exec r conntrack -F expect; echo $?
  conntrack v1.4.7 (conntrack-tools): expectation table has been emptied.
  0
  $ ip netns exec r conntrack -L expect -o id; echo $?
  conntrack v1.4.7 (conntrack-tools): 0 expectations have been shown.
  0
  $ ip netns exec r conntrack -C
  2
