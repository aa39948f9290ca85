A host's source-specific join and leave (iperf -H: ALLOW then BLOCK records) seen by a bridge in IGMPv2 mode (the default: every record but TO_IN/IS_IN {} is a join, no filter_mode shown, the BLOCK refreshes the membership), then the bridge turned to IGMPv3 mode with the learnt EXCLUDE entry still there: a new ALLOW adds a source to the EXCLUDE group and installs its (S, G); its BLOCK cuts the source to LMQT, after which the (S, G) is blocked.
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip -n h1 link set e1 up
  $ ip -n h1 addr add 10.0.0.2/24 dev e1; ip -n h1 route add 224.0.0.0/4 dev e1
  $ sleep 1
  $ ip netns exec h1 sh -c 'timeout -s KILL 1 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 0.5
  $ bridge -d mdb show
  dev br0 port p1 grp 232.1.1.1 temp proto kernel 
  $ bridge -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/'
  dev br0 port p1 grp 232.1.1.1 temp  2xx.xx
  $ sleep 2
  $ bridge -d mdb show
  dev br0 port p1 grp 232.1.1.1 temp proto kernel 
  $ bridge -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/'
  dev br0 port p1 grp 232.1.1.1 temp  2xx.xx
  $ ip link set br0 type bridge mcast_igmp_version 3
  $ bridge -d mdb show
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude proto kernel 
  $ ip netns exec h1 sh -c 'timeout -s KILL 3 iperf -s -u -B 232.1.1.1 -H 10.0.0.7 >/dev/null 2>&1 &'
  $ sleep 0.5
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g'
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.7 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude source_list 10.0.0.7/2xx.xx proto kernel 
  $ bridge -d -s mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g; s/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/'
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.7 temp filter_mode include proto kernel     0.00
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude source_list 10.0.0.7/2xx.xx proto kernel   2xx.xx
  $ sleep 3
  $ bridge -d mdb show | sed -E 's/\/[0-9]+\.[0-9]{2}/\/x.xx/g'
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.7 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude source_list 10.0.0.7/x.xx proto kernel 
  $ sleep 2.5
  $ bridge -d -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 2xx.xx/'
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.7 temp filter_mode include proto kernel  blocked    0.00
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude source_list 10.0.0.7/0.00 proto kernel   2xx.xx
  $ ip link set br0 type bridge mcast_igmp_version 2
  $ bridge -d mdb show | sed -E 's/\/[0-9]+\.[0-9]{2}/\/x.xx/g'
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.7 temp proto kernel  blocked
  dev br0 port p1 grp 232.1.1.1 temp proto kernel 
