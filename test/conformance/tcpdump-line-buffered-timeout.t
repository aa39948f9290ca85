tcpdump -l sets the capture timeout to 100 ms (tcpdump.c: line buffering or a terminal), without it 1000 ms: ss -e shows the TPACKET_V3 ring's tmo, and a capture killed 0.3 s after a ping has printed it with -l, not without (the block has not retired yet).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a tcpdump -l -n -i a0 icmp > o1 2> e1 &
  $ ip netns exec a tcpdump -n -i a0 icmp > o2 2> e2 &
  $ ip netns exec a tcpdump -l -n -i a0 -w cap icmp > o3 2> e3 &
  $ sleep 0.5
  $ ip netns exec a ss -0 -e | sed -E 's/ino:[0-9]+/ino:N/; s/sk:[0-9a-f]+/sk:N/' | grep -o 'tmo:[0-9]*' | sort
  tmo:100
  tmo:1000
  tmo:1000
  $ kill %1 %2 %3; wait
  $ ip netns exec a tcpdump -l -n -t -i a0 icmp > o1 2> e1 &
  $ ip netns exec a tcpdump -n -t -i a0 icmp > o2 2> e2 &
  $ sleep 1.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ sleep 0.3; kill %1 %2; wait
  $ sed -E 's/id [0-9]+/id N/' o1; grep captured e1
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP echo reply, id N, seq 1, length 64
  
  2 packets captured
  $ cat o2; grep captured e2
  
  0 packets captured
