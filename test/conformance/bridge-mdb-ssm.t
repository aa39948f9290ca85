A bridge snooping IGMPv3 (mcast_igmp_version 3) hears a host's source-specific join (iperf -H, ALLOW records): `bridge mdb show` lists the group, with -d its filter mode and the source entries; the host's leave (BLOCK records) without a querier.
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_igmp_version 3
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip -n h1 link set e1 up
  $ ip -n h1 addr add 10.0.0.2/24 dev e1; ip -n h1 route add 224.0.0.0/4 dev e1
  $ sleep 1
  $ ip netns exec h1 sh -c 'timeout -s KILL 4 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 1.5
  $ bridge mdb show
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp
  dev br0 port p1 grp 232.1.1.1 temp
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/'
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.9/2xx.xx proto kernel 
  $ bridge -d -j mdb show | sed -E 's/"timer":"2[0-9]{2}\.[0-9]{2}"/"timer":"2xx.xx"/'
  [{"mdb":[{"index":2,"dev":"br0","port":"p1","grp":"232.1.1.1","src":"10.0.0.9","state":"temp","filter_mode":"include","protocol":"kernel","flags":[]},{"index":2,"dev":"br0","port":"p1","grp":"232.1.1.1","state":"temp","filter_mode":"include","source_list":[{"address":"10.0.0.9","timer":"2xx.xx"}],"protocol":"kernel","flags":[]}],"router":{}}]
  $ ip netns exec h1 sh -c 'timeout -s KILL 2 iperf -s -u -p 5002 -B 232.1.1.1 >/dev/null 2>&1 &'
  $ sleep 1.5
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/'
  dev br0 port p1 grp 232.1.1.1 temp filter_mode exclude proto kernel 
  $ sleep 3.5
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/'
