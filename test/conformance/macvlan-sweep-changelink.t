ip link set type macvlan on existing macvlans: mode changes between every pair (passthru refused both ways), flag nopromisc and nodst on non-passthru/source modes, bcqueuelen changes, macaddr on non-source modes; the -d listing after each.
  $ ip link add lower address 02:00:00:00:00:10 type veth peer name lp address 02:00:00:00:00:11
  $ ip link add mv0 link lower address 02:00:00:00:00:20 type macvlan mode private
  $ for m in vepa bridge source private passthru bridge; do echo "== $m"; ip link set mv0 type macvlan mode $m 2>&1; echo "rc $?"; ip -d link show mv0 | grep -o 'macvlan mode [a-z]*[^ ]*'; done
  == vepa
  rc 0
  macvlan mode vepa
  == bridge
  rc 0
  macvlan mode bridge
  == source
  rc 0
  macvlan mode source
  == private
  rc 0
  macvlan mode private
  == passthru
  RTNETLINK answers: Invalid argument
  rc 2
  macvlan mode private
  == bridge
  rc 0
  macvlan mode bridge
  $ ip link add mv1 link lower address 02:00:00:00:00:21 type macvlan mode passthru 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 2
  $ ip link del mv0
  $ ip link add mv1 link lower type macvlan mode passthru 2>&1; echo "rc $?"
  rc 0
  $ for m in bridge passthru; do echo "== $m"; ip link set mv1 type macvlan mode $m 2>&1; echo "rc $?"; done
  == bridge
  RTNETLINK answers: Invalid argument
  rc 2
  == passthru
  rc 0
  $ ip link set mv1 type macvlan mode passthru flag nopromisc 2>&1; echo "rc $?"
  rc 0
  $ ip -d link show mv1 | grep -o 'macvlan mode .*' | sed 's/ numtxqueues.*//'
  macvlan mode passthru nopromisc bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64
  $ ip link add mv2 link lower type macvlan 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 2
  $ ip link del mv1
  $ ip link add mv2 link lower address 02:00:00:00:00:22 type macvlan mode vepa bcqueuelen 10
  $ for v in 0 1 5000 4294967295; do ip link set mv2 type macvlan bcqueuelen $v 2>&1; echo "rc $?"; ip -d link show mv2 | grep -o 'bcqueuelen [0-9]* usedbcqueuelen [0-9]*'; done
  rc 0
  bcqueuelen 0 usedbcqueuelen 0
  rc 0
  bcqueuelen 1 usedbcqueuelen 1
  rc 0
  bcqueuelen 5000 usedbcqueuelen 5000
  rc 0
  bcqueuelen 4294967295 usedbcqueuelen 4294967295
  $ ip link set mv2 type macvlan macaddr add 02:00:00:00:00:aa 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 2
  $ ip link set mv2 type macvlan macaddr flush 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 2
  $ ip link set mv2 type macvlan mode source macaddr add 02:00:00:00:00:aa 2>&1; echo "rc $?"
  rc 0
  $ ip -d link show mv2 | grep -o 'macvlan mode .*' | sed 's/ numtxqueues.*//'
  macvlan mode source bcqueuelen 4294967295 usedbcqueuelen 4294967295 remotes (1) 02:00:00:00:00:aa addrgenmode eui64
  $ ip link set mv2 type macvlan mode bridge 2>&1; echo "rc $?"
  rc 0
  $ ip -d link show mv2 | grep -o 'macvlan mode .*' | sed 's/ numtxqueues.*//'
  macvlan mode bridge bcqueuelen 4294967295 usedbcqueuelen 4294967295 addrgenmode eui64
  $ ip link set mv2 type macvlan mode source 2>&1; echo "rc $?"
  rc 0
  $ ip -d link show mv2 | grep -o 'macvlan mode .*' | sed 's/ numtxqueues.*//'
  macvlan mode source bcqueuelen 4294967295 usedbcqueuelen 4294967295 remotes (0) addrgenmode eui64
  $ ip link add mv3 link mv2 type macvlan mode bridge 2>&1; echo "rc $?"
  rc 0
  $ ip -d link show mv3 | grep -o 'macvlan mode .*' | sed 's/ numtxqueues.*//'
  macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 4294967295 addrgenmode eui64
  $ ip link add mv4 link lp type macvlan 2>&1; echo "rc $?"
  rc 0
  $ ip link add mv5 type macvlan 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 2
  $ ip link add mv5 link nosuch type macvlan 2>&1; echo "rc $?"
  Cannot find device "nosuch"
  rc 1
  $ ip link add mv5 link lo type macvlan 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 2
