CT --ctevents: the template gets its event mask when the rule is added, under the nf_conntrack_events rules of that moment (2, the default: only while a ctnetlink listener is there). Rules added with no listener give templates without a mask, whose connections report every event; rules added while conntrack -E runs give masked ones, whose connections report only those events (__nf_conntrack_eventmask_report() sends nothing when no event of a report is in the mask).

  $ ip netns add a; ip netns add b
  $ ip link add va netns a address 02:00:00:00:00:0a type veth peer name vb netns b address 02:00:00:00:00:0b
  $ ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb; ip -n a link set va up; ip -n b link set vb up
  $ ip netns exec a iptables -t raw -A OUTPUT -p icmp -d 10.0.0.2 -j CT --ctevents destroy
  $ ip netns exec a iptables -t raw -A OUTPUT -p udp --dport 7000 -j CT --ctevents new,destroy
  $ ip netns exec a iptables -t raw -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -d 10.0.0.2/32 -p icmp -j CT --ctevents destroy
  -A OUTPUT -p udp -m udp --dport 7000 -j CT --ctevents new,destroy
  $ ip netns exec a conntrack -E > ev 2>&1 & sleep 0.5
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null; printf x | ip netns exec a nc -u -w 1 -p 4000 10.0.0.2 7000; printf y | ip netns exec a nc -u -w 1 -p 4001 10.0.0.2 7001; sleep 0.3
  $ ip netns exec a conntrack -F 2>&1; sleep 0.3; kill %1; wait
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ sed -E 's/ +/ /g; s/id=[0-9]+/id=N/g; s/ [0-9]+ (src=)/ T \1/; s/ portid=[0-9]+//; s/ progname=[a-z]+//' ev | sort
   [NEW] icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=N [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=N
   [NEW] udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4000 dport=7000 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=7000 dport=4000
   [NEW] udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4001 dport=7001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=7001 dport=4001
   [UPDATE] icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=N src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=N
  [DESTROY] icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=N src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=N [USERSPACE] portid=N
  [DESTROY] udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4000 dport=7000 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=7000 dport=4000 [USERSPACE] portid=N
  [DESTROY] udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4001 dport=7001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=7001 dport=4001 [USERSPACE] portid=N
  conntrack v1.4.7 (conntrack-tools): 7 flow events have been shown.
  $ ip netns exec a conntrack -E > ev2 2>&1 & sleep 0.5
  $ ip netns exec a iptables -t raw -A OUTPUT -p udp --dport 7002 -j CT --ctevents destroy
  $ ip netns exec a iptables -t raw -A OUTPUT -p udp --dport 7003 -j CT --ctevents new
  $ printf x | ip netns exec a nc -u -w 1 -p 4002 10.0.0.2 7002; printf y | ip netns exec a nc -u -w 1 -p 4003 10.0.0.2 7003; sleep 0.3
  $ ip netns exec a conntrack -F 2>&1; sleep 0.3; kill %1; wait
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ sed -E 's/ +/ /g; s/id=[0-9]+/id=N/g; s/ [0-9]+ (src=)/ T \1/; s/ portid=[0-9]+//; s/ progname=[a-z]+//' ev2 | sort
   [NEW] udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4003 dport=7003 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=7003 dport=4003
  [DESTROY] udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4002 dport=7002 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=7002 dport=4002 [USERSPACE] portid=N
  conntrack v1.4.7 (conntrack-tools): 2 flow events have been shown.
