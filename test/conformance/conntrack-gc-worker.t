Conntrack expiry by the gc worker: an expired entry stays counted until the worker (or a dump) reaps it, and the DESTROY event comes from the worker, with nothing reading the table. The UDP timeout is 30 s; the worker runs at most every 60 s (GC_SCAN_INTERVAL_MAX), so the event is there within 90 s. /proc/net/stat/nf_conntrack has a line per CPU; conntrack -S agrees; the packet path counts no found/insert.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW
  $ ip netns exec b sh -c 'conntrack -E -e DESTROY > ev.out 2>&1 &'; sleep 0.3
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 -p 5000 10.0.0.2 5001'
  $ ip netns exec a ping -c 2 -i 0.2 10.0.0.2 > /dev/null
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_count
  net.netfilter.nf_conntrack_count = 2
  $ ip netns exec b cat /proc/net/stat/nf_conntrack
  entries  clashres found new invalid ignore delete chainlength insert insert_failed drop early_drop icmp_error  expect_new expect_create expect_delete search_restart
  00000002  00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000  00000000 00000000 00000000 00000000
  00000002  00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000  00000000 00000000 00000000 00000000
  $ ip netns exec b conntrack -S
  cpu=0   	found=0 invalid=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0 clash_resolve=0 chaintoolong=0 
  cpu=1   	found=0 invalid=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0 clash_resolve=0 chaintoolong=0 
  $ ip netns exec b conntrack -C
  2
  $ sleep 20; cat ev.out | wc -l
  0
  $ sleep 75; sed -E 's/id=[0-9]+/id=ID/g' ev.out | sort
  [DESTROY] icmp     1 src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=ID src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=ID
  [DESTROY] udp      17 src=10.0.0.1 dst=10.0.0.2 sport=5000 dport=5001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=5001 dport=5000
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_count
  net.netfilter.nf_conntrack_count = 0
  $ ip netns exec b conntrack -C
  0
  $ ip netns exec b cat /proc/net/stat/nf_conntrack | cut -c1-8
  entries 
  00000000
  00000000
  $ ip netns exec b conntrack -L
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
