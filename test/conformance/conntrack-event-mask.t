conntrack -E with event masks (-e NEW, -e UPDATES, -e ALL): each listener joins only the ctnetlink groups it asked for; a bad mask is refused.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW
  $ ip netns exec b sh -c 'timeout 3 conntrack -E -e NEW -p udp > new.out 2>&1 &'; sleep 0.5
  $ ip netns exec b sh -c 'timeout 3 conntrack -E -e UPDATES -p udp > upd.out 2>&1 &'; sleep 0.5
  $ ip netns exec b sh -c 'timeout 3 conntrack -E -e ALL -p udp > all.out 2>&1 &'; sleep 0.5
  $ ip netns exec b sh -c 'nc -u -l -p 5001 > /dev/null 2>&1 &'; sleep 0.2
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 -p 5000 10.0.0.2 5001'
  $ sleep 3; sed -E 's/ 17 [0-9]+ / 17 T /' new.out
      [NEW] udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=5000 dport=5001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=5001 dport=5000
  conntrack v1.4.7 (conntrack-tools): 1 flow events have been shown.
  $ sed -E 's/ 17 [0-9]+ / 17 T /' upd.out
  conntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.
  $ sed -E 's/ 17 [0-9]+ / 17 T /' all.out
      [NEW] udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=5000 dport=5001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=5001 dport=5000
  conntrack v1.4.7 (conntrack-tools): 1 flow events have been shown.
  $ ip netns exec b conntrack -E -e BOGUS
  conntrack v1.4.7 (conntrack-tools): Bad parameter `BOGUS'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
