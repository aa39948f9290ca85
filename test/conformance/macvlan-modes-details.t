macvlan modes and flags in ip -d link, changing the mode, source mode's address list, nopromisc and bcqueuelen, and the errors.
  $ ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip link add link e0 name mv0 address 02:00:00:00:00:10 type macvlan
  $ ip -d link show mv0
  4: mv0@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      macvlan mode vepa bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link add link e0 name mv1 address 02:00:00:00:00:11 type macvlan mode private
  $ ip link add link e0 name mv2 address 02:00:00:00:00:12 type macvlan mode vepa nopromisc
  macvlan: nopromisc flag only valid in passthru mode
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  [1]
  $ ip link add link e0 name mv3 address 02:00:00:00:00:13 type macvlan mode bridge bcqueuelen 100
  $ ip link add link e0 name mv4 address 02:00:00:00:00:14 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link e0 name mv5 address 02:00:00:00:00:15 type macvlan mode nosuch
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "nosuch"
  [1]
  $ ip link add link e0 name mv5 address 02:00:00:00:00:10 type macvlan
  $ ip link add link e0 name mv5 address 02:00:00:00:00:15 type macvlan bcqueuelen abc
  Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "abc"
  [1]
  $ for d in mv1 mv2 mv3; do ip -d link show $d | sed -n 3p; done
      macvlan mode private bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  Device "mv2" does not exist.
      macvlan mode bridge bcqueuelen 100 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set mv1 type macvlan mode bridge
  $ ip link set mv2 type macvlan mode passthru
  Cannot find device "mv2"
  [1]
  $ ip link set mv3 type macvlan bcqueuelen 5
  $ for d in mv1 mv2 mv3; do ip -d link show $d | sed -n 3p; done
      macvlan mode bridge bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  Device "mv2" does not exist.
      macvlan mode bridge bcqueuelen 5 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -j -d link show mv3 | sed -E 's/.*"linkinfo"://'
  {"info_kind":"macvlan","info_data":{"mode":"bridge","bcqueuelen":5,"usedbcqueuelen":1000}},"inet6_addr_gen_mode":"eui64","num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip link add link e0 name ms0 address 02:00:00:00:00:20 type macvlan mode source
  $ ip link set ms0 type macvlan macaddr add 02:00:00:00:aa:01
  $ ip link set ms0 type macvlan macaddr add 02:00:00:00:aa:02
  $ ip link set ms0 type macvlan macaddr add 02:00:00:00:aa:01
  $ ip -d link show ms0 | sed -n 3,9p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (2) 02:00:00:00:aa:02 02:00:00:00:aa:01 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set ms0 type macvlan macaddr del 02:00:00:00:aa:09
  $ ip link set ms0 type macvlan macaddr del 02:00:00:00:aa:01
  $ ip -d link show ms0 | sed -n 3,9p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (1) 02:00:00:00:aa:02 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set ms0 type macvlan macaddr set 02:00:00:00:bb:01 02:00:00:00:bb:02
  $ ip -d link show ms0 | sed -n 3,9p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (2) 02:00:00:00:bb:02 02:00:00:00:bb:01 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set ms0 type macvlan macaddr flush
  $ ip -d link show ms0 | sed -n 3,9p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (0) addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set mv1 type macvlan macaddr add 02:00:00:00:aa:01
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set ms0 type macvlan macaddr add zz
  "zz" is invalid lladdr.
  [1]
  $ ip link show e0
  3: e0@e1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link show master e0
  $ ip link add link mv1 name mvv address 02:00:00:00:00:30 type macvlan
  $ ip link show mvv
  9: mvv@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:30 brd ff:ff:ff:ff:ff:ff
  $ ip link del e0
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
