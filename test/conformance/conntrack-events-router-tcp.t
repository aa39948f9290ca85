conntrack -E on a masquerading router through a TCP connection's life: NEW SYN_SENT, UPDATE SYN_RECV, ESTABLISHED [ASSURED], the close states, with -o timestamp and -o extended, NAT filters on events (--src-nat), and the DESTROY event conntrack -D makes.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec b sh -c 'nc -l -p 80 > t.out &'; sleep 0.2
  $ ip netns exec r sh -c 'timeout 3 conntrack -E -p tcp -o timestamp > ev1.out 2>&1 &'
  $ ip netns exec r sh -c 'timeout 3 conntrack -E -o extended --src-nat > ev2.out 2>&1 &'
  $ ip netns exec r sh -c 'timeout 3 conntrack -E -e NEW,DESTROY -o id > ev3.out 2>&1 &'; sleep 0.3
  $ ip netns exec a sh -c 'echo hello | nc -N -p 40000 203.0.113.2 80'
  $ ip netns exec a ping -c 1 -e 77 203.0.113.2 > /dev/null
  $ sleep 0.3; ip netns exec r conntrack -D -p icmp 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=77 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=77 mark=0 use=1
  $ sleep 3; ip netns exec r sed -E 's/^\[[0-9. ]+\]/[TS]/; s/ 6 [0-9]+ / 6 T /; s/ 1 [0-9]+ / 1 T /; s/ \[USERSPACE\].*//' ev1.out
  [TS]	    [NEW] tcp      6 T SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000
  [TS]	 [UPDATE] tcp      6 T SYN_RECV src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000
  [TS]	 [UPDATE] tcp      6 T ESTABLISHED src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 [ASSURED]
  [TS]	 [UPDATE] tcp      6 T FIN_WAIT src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 [ASSURED]
  [TS]	 [UPDATE] tcp      6 T LAST_ACK src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 [ASSURED]
  [TS]	 [UPDATE] tcp      6 T TIME_WAIT src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 [ASSURED]
  conntrack v1.4.7 (conntrack-tools): 6 flow events have been shown.
  $ ip netns exec r sed -E 's/ 6 [0-9]+ / 6 T /; s/ 1 [0-9]+ / 1 T /; s/ \[USERSPACE\].*//' ev2.out
      [NEW] ipv4     2 tcp      6 T SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000
   [UPDATE] ipv4     2 tcp      6 T SYN_RECV src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000
   [UPDATE] ipv4     2 tcp      6 T ESTABLISHED src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 [ASSURED]
   [UPDATE] ipv4     2 tcp      6 T FIN_WAIT src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 [ASSURED]
   [UPDATE] ipv4     2 tcp      6 T LAST_ACK src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 [ASSURED]
   [UPDATE] ipv4     2 tcp      6 T TIME_WAIT src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 [ASSURED]
      [NEW] ipv4     2 icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=77 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=77
   [UPDATE] ipv4     2 icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=77 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=77
  [DESTROY] ipv4     2 icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=77 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=77
  conntrack v1.4.7 (conntrack-tools): 9 flow events have been shown.
  $ ip netns exec r sed -E 's/ 6 [0-9]+ / 6 T /; s/ 1 [0-9]+ / 1 T /; s/ \[USERSPACE\].*//; s/ id=[0-9]+$/ id=N/' ev3.out
      [NEW] tcp      6 T SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=40000 dport=80 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=80 dport=40000 id=N
      [NEW] icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=77 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=77 id=N
  [DESTROY] icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=77 src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=77 id=N
  conntrack v1.4.7 (conntrack-tools): 3 flow events have been shown.
  $ ip netns exec b cat t.out
  hello
