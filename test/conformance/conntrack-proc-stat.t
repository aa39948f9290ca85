/proc/net/stat/nf_conntrack (one line per CPU, entries on each), conntrack -S and -C, and the nf_conntrack_count sysctl, in a fresh namespace and as entries come and go (conntrack -F empties the table at once).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b cat /proc/net/stat/nf_conntrack
  entries  clashres found new invalid ignore delete chainlength insert insert_failed drop early_drop icmp_error  expect_new expect_create expect_delete search_restart
  00000000  00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000  00000000 00000000 00000000 00000000
  00000000  00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000  00000000 00000000 00000000 00000000
  $ ip netns exec b conntrack -S
  cpu=0   	found=0 invalid=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0 clash_resolve=0 chaintoolong=0 
  cpu=1   	found=0 invalid=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0 clash_resolve=0 chaintoolong=0 
  $ ip netns exec b conntrack -C
  0
  $ ip netns exec b iptables -A INPUT -m state --state NEW
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 -p 5000 10.0.0.2 5001'
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 -p 5002 10.0.0.2 5001'
  $ ip netns exec b cat /proc/net/stat/nf_conntrack | cut -d' ' -f1
  entries
  00000003
  00000003
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_count
  net.netfilter.nf_conntrack_count = 3
  $ ip netns exec b conntrack -C
  3
  $ ip netns exec b conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec b cat /proc/sys/net/netfilter/nf_conntrack_count
  0
  $ ip netns exec b cat /proc/net/stat/nf_conntrack | cut -d' ' -f1
  entries
  00000000
  00000000
  $ ip netns exec b conntrack -S | sed -E 's/=[0-9]+/=N/g'
  cpu=N   	found=N invalid=N insert=N insert_failed=N drop=N early_drop=N error=N search_restart=N clash_resolve=N chaintoolong=N 
  cpu=N   	found=N invalid=N insert=N insert_failed=N drop=N early_drop=N error=N search_restart=N clash_resolve=N chaintoolong=N 
