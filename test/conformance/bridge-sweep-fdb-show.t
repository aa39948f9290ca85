bridge fdb show filters: br, brport, dev, vlan, state, dynamic, the -s/-d/-j/-n/-o forms, abbreviations and bad values, with learned, static, permanent and local entries.
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name e0 netns h1 address 02:00:00:00:00:01
  $ ip link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ for p in p1 p2; do ip link set $p master br0; ip link set $p up; done; ip link set q2 up; ip link set br0 up; ip -n h1 link set e0 up
  $ bridge fdb add 02:00:00:00:a0:01 dev p2 master static
  $ bridge fdb add 02:00:00:00:a0:02 dev p2 master dynamic
  $ bridge fdb add 02:00:00:00:a0:03 dev p1 master
  $ bridge fdb add 02:00:00:00:a0:04 dev br0 self local
  $ ip -n h1 addr add 10.0.0.1/24 dev e0; ip netns exec h1 ping -c1 -W1 10.0.0.2 >/dev/null 2>&1; sleep 0.2
  $ f() { echo "== $*"; bridge fdb show "$@" 2>&1 | grep -v '33:33\|01:00:5e' ; echo "rc $?"; }
  $ f br br0
  == br br0
  02:00:00:00:a0:04 dev br0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:a0:03 dev p1 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:a0:02 dev p2 master br0 
  02:00:00:00:a0:01 dev p2 master br0 static
  02:00:00:00:90:02 dev p2 master br0 permanent
  rc 0
  $ f brport p2
  == brport p2
  02:00:00:00:a0:02 master br0 
  02:00:00:00:a0:01 master br0 static
  02:00:00:00:90:02 master br0 permanent
  rc 0
  $ f dev p1
  == dev p1
  02:00:00:00:00:01 master br0 
  02:00:00:00:a0:03 master br0 permanent
  02:00:00:00:90:01 master br0 permanent
  rc 0
  $ f br br0 brport p1
  == br br0 brport p1
  02:00:00:00:00:01 master br0 
  02:00:00:00:a0:03 master br0 permanent
  02:00:00:00:90:01 master br0 permanent
  rc 0
  $ f br p1
  == br p1
  rc 1
  $ f br nosuch
  == br nosuch
  Cannot find bridge device "nosuch"
  rc 0
  $ f brport nosuch
  == brport nosuch
  Cannot find device "nosuch"
  rc 0
  $ f vlan 1
  == vlan 1
  rc 1
  $ f vlan abc
  == vlan abc
  02:00:00:00:a0:04 dev br0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:a0:03 dev p1 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:a0:02 dev p2 master br0 
  02:00:00:00:a0:01 dev p2 master br0 static
  02:00:00:00:90:02 dev p2 master br0 permanent
  rc 0
  $ f state permanent
  == state permanent
  02:00:00:00:a0:04 dev br0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:a0:03 dev p1 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  rc 0
  $ f state static
  == state static
  02:00:00:00:a0:01 dev p2 master br0 static
  rc 0
  $ f state reachable
  == state reachable
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:a0:02 dev p2 master br0 
  rc 0
  $ f state 128
  == state 128
  02:00:00:00:a0:04 dev br0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:a0:03 dev p1 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  rc 0
  $ f state bogus
  == state bogus
  Error: argument "bogus" is wrong: invalid state
  rc 0
  $ f dynamic
  == dynamic
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:a0:02 dev p2 master br0 
  02:00:00:00:a0:01 dev p2 master br0 static
  rc 0
  $ f br br0 dynamic
  == br br0 dynamic
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:a0:02 dev p2 master br0 
  02:00:00:00:a0:01 dev p2 master br0 static
  rc 0
  $ f bogus
  == bogus
  02:00:00:00:a0:04 dev br0 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:a0:03 dev p1 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:a0:02 dev p2 master br0 
  02:00:00:00:a0:01 dev p2 master br0 static
  02:00:00:00:90:02 dev p2 master br0 permanent
  rc 0
  $ bridge -s fdb show brport p1 | sed 's/used [0-9]*\/[0-9]*/used */'
  02:00:00:00:00:01 used * master br0 
  02:00:00:00:a0:03 used * master br0 permanent
  02:00:00:00:90:01 used * master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -j fdb show brport p2; echo
  [{"mac":"02:00:00:00:a0:02","flags":[],"master":"br0","state":""},{"mac":"02:00:00:00:a0:01","flags":[],"master":"br0","state":"static"},{"mac":"02:00:00:00:90:02","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","flags":["self"],"state":"permanent"}]
  $ bridge fdb show brport p2 | wc -l
  5
