The bridge's own memberships: groups joined on br0 (autojoin) appear as port br0 entries (host joined, temp, no proto with -d), learnt from the bridge's own IGMP reports; leaving shortens the timer; bridge mdb add/del with port br0 joins and leaves for the host; the host entry comes before the ports' of the same group.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip -n h1 link set e1 up
  $ ip addr add 10.0.0.254/24 dev br0
  $ sleep 1
  $ bridge mdb show
  $ ip addr add 239.3.3.3/32 dev br0 autojoin
  $ sleep 1
  $ bridge mdb show
  dev br0 port br0 grp 239.3.3.3 temp
  $ bridge -d mdb show
  dev br0 port br0 grp 239.3.3.3 temp
  $ ip -n h1 addr add 239.3.3.3/32 dev e1 autojoin
  $ sleep 1
  $ bridge -d mdb show
  dev br0 port br0 grp 239.3.3.3 temp
  dev br0 port p1 grp 239.3.3.3 temp proto kernel 
  $ bridge -d -j mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"br0","grp":"239.3.3.3","state":"temp","flags":[]},{"index":2,"dev":"br0","port":"p1","grp":"239.3.3.3","state":"temp","protocol":"kernel","flags":[]}],"router":{}}]
  $ bridge mdb add dev br0 port br0 grp 239.4.4.4
  $ bridge mdb add dev br0 port br0 grp ff0e::4
  $ bridge mdb show
  dev br0 port br0 grp ff0e::4 temp
  dev br0 port br0 grp 239.4.4.4 temp
  dev br0 port br0 grp 239.3.3.3 temp
  dev br0 port p1 grp 239.3.3.3 temp
  $ bridge -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 25x.xx/'
  dev br0 port br0 grp ff0e::4 temp  25x.xx
  dev br0 port br0 grp 239.4.4.4 temp  25x.xx
  dev br0 port br0 grp 239.3.3.3 temp  25x.xx
  dev br0 port p1 grp 239.3.3.3 temp  25x.xx
  $ bridge mdb del dev br0 port br0 grp 239.4.4.4
  $ bridge mdb del dev br0 port br0 grp ff0e::4
  $ ip addr del 239.3.3.3/32 dev br0
  $ sleep 0.5
  $ bridge -s mdb show | sed -E 's/ 2[0-9]{2}\.[0-9]{2}$/ 25x.xx/; s/    [0-9]\.[0-9]{2}$/ short/'
  dev br0 port br0 grp 239.3.3.3 temp short
  dev br0 port p1 grp 239.3.3.3 temp  25x.xx
  $ sleep 3
  $ bridge mdb show
  dev br0 port p1 grp 239.3.3.3 temp
  $ cat /proc/net/igmp | grep -A3 br0
  2	br0       :     2      V3
  				010000E0     1 0:00000000		0
  				6A0000E0     1 0:00000000		0
  3	p1        :     1      V3
