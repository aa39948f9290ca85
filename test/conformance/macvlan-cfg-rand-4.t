Random differential sequence (seed 4) of macvlan configuration: add with modes, flags (nopromisc, nodst), bcqueuelen, macaddr lists, addresses and MTUs; change mode/flags/bcqueuelen/macaddr, set MAC (also to a sibling's or the lower's), nest, move and delete the lower; ip -d link of each, the lower's promiscuity and unicast filter, ip -j details.

  $ ip link add e0 address 02:00:00:00:01:00 type veth peer name x0 address 02:00:00:00:02:00; ip link set e0 up; ip link set x0 up
  $ ip link add mv0 link e0 mtu 1400 type macvlan mode passthru; echo $?
  0
  $ ip -d link show mv0 | sed -n '3p' | sed 's/ addrgenmode.*//'; ip -d link show mv0 | grep -o 'macaddr.*' ; true
      macvlan mode passthru bcqueuelen 1000 usedbcqueuelen 1000
  $ ip link add mv2 link e0 type macvlan mode bridge; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add mv3 link e0 address 02:00:00:00:0a:03 type macvlan mode bridge; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -d link show mv2 | sed -n '3p' | sed 's/ addrgenmode.*//'; ip -d link show mv2 | grep -o 'macaddr.*' ; true
  Device "mv2" does not exist.
  Device "mv2" does not exist.
  $ ip link add mv5 link mv2 type macvlan mode bridge nodst; echo $?
  Cannot find device "mv2"
  1
  $ ip -d link show mv3 | sed -n '3p' | sed 's/ addrgenmode.*//'; ip -d link show mv3 | grep -o 'macaddr.*' ; true
  Device "mv3" does not exist.
  Device "mv3" does not exist.
  $ ip link add mv7 link e0 type macvlan mode source bcqueuelen 5000 macaddr add 02:00:00:00:0a:04; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link set mv2 type macvlan mode source; echo $?
  Cannot find device "mv2"
  1
  $ ip -d link show e0 | grep -o 'promiscuity [0-9]*'; ip link show e0 | head -1
  promiscuity 0
  3: e0@x0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
  $ ip -o link show type macvlan | sed 's/\\ *link.*//'
  4: mv0@e0: <BROADCAST,MULTICAST> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip -d -o link show type macvlan | grep -o '^[0-9]*: [^:]*\|macvlan mode [a-z]*\( [a-z]*\)\?\( bcqueuelen [0-9]* usedbcqueuelen [0-9]*\)\?'
  4: mv0@e0
  macvlan mode passthru bcqueuelen 1000 usedbcqueuelen 1000
  $ bridge fdb show dev e0 | grep -v '^33:33\|^01:00:5e'
  [1]
