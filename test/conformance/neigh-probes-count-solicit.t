The probes counter (ip -s neigh "probes N") of an entry that never resolves, under mcast_solicit/ucast_solicit/app_solicit/mcast_resolicit settings: INCOMPLETE starts at ucast_solicit and fails at ucast+app+mcast probes; a STALE entry of a vanished peer goes DELAY, PROBE (unicast probes, then mcast_resolicit broadcast ones) and FAILED. With lo up the queued echo request gets Destination Host Unreachable.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b tcpdump -n -e -t -i b0 arp > cap 2>/dev/null & sleep 1
  $ t() { ip netns exec a sysctl -qw net.ipv4.neigh.a0.mcast_solicit=$1 net.ipv4.neigh.a0.ucast_solicit=$2 net.ipv4.neigh.a0.app_solicit=$3; ip netns exec a ping -c 1 -W 5 $4 | grep -v '^$\|statistics\|transmitted\|^PING'; sleep 0.2; ip -n a -s neigh show $4 | sed 's/used [0-9/]*//'; }
  $ t 1 3 0 10.0.0.91
  From 10.0.0.1 icmp_seq=1 Destination Host Unreachable
  10.0.0.91 dev a0  probes 4 FAILED 
  $ t 2 0 0 10.0.0.92
  From 10.0.0.1 icmp_seq=1 Destination Host Unreachable
  10.0.0.92 dev a0  probes 2 FAILED 
  $ t 1 1 1 10.0.0.93
  From 10.0.0.1 icmp_seq=1 Destination Host Unreachable
  10.0.0.93 dev a0  probes 3 FAILED 
  $ t 3 3 0 10.0.0.94
  From 10.0.0.1 icmp_seq=1 Destination Host Unreachable
  10.0.0.94 dev a0  probes 6 FAILED 
  $ ip -n a neigh flush all nud all
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.mcast_solicit=1 net.ipv4.neigh.a0.ucast_solicit=2 net.ipv4.neigh.a0.app_solicit=0 net.ipv4.neigh.a0.mcast_resolicit=1 net.ipv4.neigh.a0.delay_first_probe_time=2
  $ ip -n a neigh add 10.0.0.77 lladdr 02:00:00:00:0b:77 dev a0 nud stale
  $ ip netns exec a ping -c 1 -W 1 10.0.0.77 > /dev/null; ip -n a -s neigh show 10.0.0.77 | sed 's/used [0-9/]*//'
  10.0.0.77 dev a0 lladdr 02:00:00:00:0b:77  ref 1 probes 0 DELAY 
  $ sleep 6; ip -n a -s neigh show 10.0.0.77 | sed 's/used [0-9/]*//'
  10.0.0.77 dev a0  probes 3 FAILED 
  $ kill %1; wait; cat cap
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.91 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.92 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.92 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.93 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.94 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.94 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.94 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > 02:00:00:00:0b:77, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.77 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > 02:00:00:00:0b:77, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.77 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.77 tell 10.0.0.1, length 28
