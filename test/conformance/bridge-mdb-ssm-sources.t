IGMPv3 snooping with two sources joined by one host (two iperf -H): the port group's source_list (newest first) and one (S, G) entry per source, with -s timers; a permanent (*, G) added on another port joins every (S, G) of the group (added_by_star_ex); a learnt (S, G) deleted by hand (the source stays listed); the host's any-source join turns the group EXCLUDE and drops its sources.
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_igmp_version 3
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set p2 up; ip link set e2 up; ip -n h1 link set e1 up
  $ ip -n h1 addr add 10.0.0.2/24 dev e1; ip -n h1 route add 224.0.0.0/4 dev e1
  $ sleep 1
  $ ip netns exec h1 sh -c 'timeout -s KILL 6 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 0.5
  $ ip netns exec h1 sh -c 'timeout -s KILL 6 iperf -s -u -p 5002 -B 232.1.1.1 -H 10.0.0.8 >/dev/null 2>&1 &'
  $ sleep 1
  $ bridge mdb show
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.8 temp
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp
  dev br0 port p1 grp 232.1.1.1 temp
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g' | sort
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.8 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.8/2xx.xx,10.0.0.9/2xx.xx proto kernel 
  $ bridge -d -s mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g' | sort
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.8 temp filter_mode include proto kernel     0.00
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel     0.00
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.8/2xx.xx,10.0.0.9/2xx.xx proto kernel     0.00
  $ bridge mdb add dev br0 port p2 grp 232.1.1.1 permanent
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g' | sort
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.8 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.8/2xx.xx,10.0.0.9/2xx.xx proto kernel 
  dev br0 port p2 grp 232.1.1.1 permanent filter_mode exclude proto static 
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.8 temp filter_mode include proto kernel  added_by_star_ex
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel  added_by_star_ex
  $ bridge mdb del dev br0 port p1 grp 232.1.1.1 src 10.0.0.8
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g' | sort
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.8/2xx.xx,10.0.0.9/2xx.xx proto kernel 
  dev br0 port p2 grp 232.1.1.1 permanent filter_mode exclude proto static 
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel  added_by_star_ex
  $ ip netns exec h1 sh -c 'timeout -s KILL 2 iperf -s -u -p 5003 -B 232.1.1.1 >/dev/null 2>&1 &'
  $ sleep 1
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g' | sort
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude proto kernel 
  dev br0 port p2 grp 232.1.1.1 permanent filter_mode exclude proto static 
  $ bridge mdb del dev br0 port p2 grp 232.1.1.1
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/g' | sort
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude proto kernel 
