ip link add/set type macvlan: mode names (abbreviated, case), flag values, bcqueuelen and macaddr forms with bad values; exit status and the resulting listing.
  $ ip link add lower address 02:00:00:00:00:10 type veth peer name lp address 02:00:00:00:00:11
  $ for m in private vepa bridge passthru source priv Bridge br vepax ""; do echo "== mode $m"; ip link add mv0 link lower type macvlan mode $m 2>&1; echo "rc $?"; ip -d link show mv0 2>/dev/null | grep -o 'macvlan mode [a-z]*'; ip link del mv0 2>/dev/null; done
  == mode private
  rc 0
  macvlan mode private
  == mode vepa
  rc 0
  macvlan mode vepa
  == mode bridge
  rc 0
  macvlan mode bridge
  == mode passthru
  rc 0
  macvlan mode passthru
  == mode source
  rc 0
  macvlan mode source
  == mode priv
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "priv"
  rc 1
  == mode Bridge
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "Bridge"
  rc 1
  == mode br
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "br"
  rc 1
  == mode vepax
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "vepax"
  rc 1
  == mode 
  Command line is not complete. Try option "help"
  rc 255
  [1]
  $ for v in abc -1 0x10 4294967296 0; do echo "== bcqueuelen $v"; ip link add mv0 link lower type macvlan bcqueuelen $v 2>&1; echo "rc $?"; ip -d link show mv0 2>/dev/null | grep -o 'bcqueuelen [0-9]* usedbcqueuelen [0-9]*'; ip link del mv0 2>/dev/null; done
  == bcqueuelen abc
  Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "abc"
  rc 1
  == bcqueuelen -1
  Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "-1"
  rc 1
  == bcqueuelen 0x10
  rc 0
  bcqueuelen 16 usedbcqueuelen 16
  == bcqueuelen 4294967296
  Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "4294967296"
  rc 1
  == bcqueuelen 0
  rc 0
  bcqueuelen 0 usedbcqueuelen 0
  $ ip link add mv0 link lower address 02:00:00:00:00:20 type macvlan mode source
  $ for c in "add 02:00:00:00:00:aa" "add xx" "add" "del 02:00:00:00:00:bb" "set 02:00:00:00:00:cc 02:00:00:00:00:dd" "flush" "bogus" "add 02:00:00:00:00:aa" "add 02:00:00:00:00:aa"; do echo "== macaddr $c"; ip link set mv0 type macvlan macaddr $c 2>&1; echo "rc $?"; done
  == macaddr add 02:00:00:00:00:aa
  rc 0
  == macaddr add xx
  "xx" is invalid lladdr.
  rc 1
  == macaddr add
  Command line is not complete. Try option "help"
  rc 255
  == macaddr del 02:00:00:00:00:bb
  rc 0
  == macaddr set 02:00:00:00:00:cc 02:00:00:00:00:dd
  rc 0
  == macaddr flush
  rc 0
  == macaddr bogus
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 1
  == macaddr add 02:00:00:00:00:aa
  rc 0
  == macaddr add 02:00:00:00:00:aa
  rc 0
  $ ip -d link show mv0 | grep -o 'remotes (.*'
  remotes (1) 02:00:00:00:00:aa addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set mv0 type macvlan flag nopromisc
  macvlan: nopromisc flag only valid in passthru mode
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  [1]
  $ ip link set mv0 type macvlan flag bogus
  Error: argument of "flag" must be "nopromisc", "nodst" or "null", not "bogus"
  [1]
  $ ip link set mv0 type macvlan mode bridge
  $ ip link set mv0 type macvlan nodst
  $ ip link add mv1 link lower type macvlan mode bridge nodst
  $ ip link add mv1 link lower type macvlan bogus
  macvlan: unknown option "bogus"?
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  [1]
  $ ip -d link show mv0 | grep -o 'macvlan mode .*'
  macvlan mode bridge nodst bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
