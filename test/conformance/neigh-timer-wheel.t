Neighbour timers are timer_list timers on the timer wheel (kernel/time/timer.c calc_wheel_index(), HZ 250): an unanswered ARP entry's 1 s retransmit (250 jiffies) lands on a level-1 bucket (8 jiffies), so the second request leaves 1.004-1.032 s after the first, depending on the phase, and the re-armed ones every 1.024 s (250 jiffies from a bucket boundary plus the base clock running one jiffy ahead: 256); the entry fails at the next bucket, and the queued echo request is answered with host unreachable. tcpdump -ttt gives the gaps between the requests, cut to 10 ms.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b tcpdump -n -i b0 -w arp.pcap arp 2>/dev/null &
  $ sleep 0.5; ip netns exec a ping -c 1 -W 5 10.0.0.9 | sed -n 2p
  $ sleep 1.5; kill %1; wait
  $ tcpdump -ttt -n -r arp.pcap 2>/dev/null | sed -E 's/^ 00:00:0([0-9]\.[0-9]{2})[0-9]* /\1 /'
  0.00 ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  1.0* ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28 (glob)
  1.02 ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  $ ip -n a neigh show
  10.0.0.9 dev a0 FAILED 
  $ ip netns exec a nstat -az IcmpOutDestUnreachs IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              0                  0.0
  IcmpOutDestUnreachs             1                  0.0
