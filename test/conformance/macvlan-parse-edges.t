ip link's macvlan options (iplink_macvlan.c of iproute2 6.1): mode names by strcmp, 'flag' with its words, nopromisc/nodst outside passthru and source, bcqueuelen bounds, macaddr with a missing or bad address, set with none, options abbreviated (m, mac, b, nod), help; then ip -d link of what was made.
  $ ip netns add h; ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n h link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ a() { ip -n h link add "$@"; echo "rc $?"; }
  $ a m1 link e0 type macvlan mode priv
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "priv"
  rc 1
  $ a m1 link e0 type macvlan mode Private
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "Private"
  rc 1
  $ a m1 link e0 address 02:00:00:00:0a:01 type macvlan m vepa
  rc 0
  $ a m2 link e0 address 02:00:00:00:0a:02 type macvlan flag nodst
  rc 0
  $ a m3 link e0 address 02:00:00:00:0a:03 type macvlan flag nopromisc
  macvlan: nopromisc flag only valid in passthru mode
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 1
  $ a m3 link e0 address 02:00:00:00:0a:03 type macvlan flag null mode source
  rc 0
  $ a m4 link e0 address 02:00:00:00:0a:04 type macvlan flag bogus
  Error: argument of "flag" must be "nopromisc", "nodst" or "null", not "bogus"
  rc 1
  $ a m4 link e0 address 02:00:00:00:0a:04 type macvlan mode source nod
  rc 0
  $ a m5 link e0 address 02:00:00:00:0a:05 type macvlan b 0
  rc 0
  $ a m6 link e0 address 02:00:00:00:0a:06 type macvlan bcqueuelen 4294967296
  Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "4294967296"
  rc 1
  $ a m6 link e0 address 02:00:00:00:0a:06 type macvlan bcqueuelen -1
  Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "-1"
  rc 1
  $ a m6 link e0 address 02:00:00:00:0a:06 type macvlan bcqueuelen 0x20
  rc 0
  $ a m7 link e0 address 02:00:00:00:0a:07 type macvlan mode source mac add
  Command line is not complete. Try option "help"
  rc 255
  $ a m7 link e0 address 02:00:00:00:0a:07 type macvlan mode source macaddr add 02:00:00:00:00
  rc 1
  $ a m7 link e0 address 02:00:00:00:0a:07 type macvlan mode source macaddr bogus
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 1
  $ a m7 link e0 address 02:00:00:00:0a:07 type macvlan mode source macaddr set
  rc 0
  $ a m8 link e0 address 02:00:00:00:0a:08 type macvlan mode source macaddr set 02:00:00:00:00:05 02:00:00:00:00:06 mode source
  "mode" is invalid lladdr.
  rc 0
  $ a m9 link e0 address 02:00:00:00:0a:09 type macvlan mode source macaddr flush
  rc 0
  $ a m10 link e0 address 02:00:00:00:0a:10 type macvlan mode source macaddr del 02:00:00:00:00:05
  rc 0
  $ a m11 link e0 type macvlan bogus
  macvlan: unknown option "bogus"?
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 1
  $ ip -n h link add m12 link e0 type macvlan help 2>&1 | head -3
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  $ ip -n h link set m8 type macvlan macaddr add 02:00:00:00:00:05; echo $?
  0
  $ ip -n h link set m8 type macvlan macaddr del 02:00:00:00:00:09; echo $?
  0
  $ ip -n h link set m8 type macvlan macaddr set; echo $?
  0
  $ ip -n h -d link show m8 | sed -n 3p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (0) addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set m8 type macvlan macaddr set 02:00:00:00:00:07 02:00:00:00:00:07; echo $?
  0
  $ ip -n h -d link show m8 | sed -n 3p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (1) 02:00:00:00:00:07 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h link set m6 type macvlan bcqueuelen 5; echo $?
  0
  $ ip -n h link set m6 type macvlan nodst; echo $?
  0
  $ ip -n h link set m6 type macvlan flag null; echo $?
  0
  $ for m in m1 m2 m3 m5 m6 m8 m9; do ip -n h -d link show $m | sed -n 3p; done
      macvlan mode vepa bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      macvlan mode vepa nodst bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (0) addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      macvlan mode vepa bcqueuelen 0 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      macvlan mode vepa bcqueuelen 5 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (1) 02:00:00:00:00:07 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (0) addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n h -d -j link show m8 | grep -o '"info_data":{[^}]*}'
  "info_data":{"mode":"source","bcqueuelen":1000,"usedbcqueuelen":1000,"macaddr_count":1,"macaddr_data":["02:00:00:00:00:07"]}
  $ ip -n h link show type macvlan | grep -o '^[0-9]*: [^:]*'
  4: m1@e0
  5: m2@e0
  6: m3@e0
  7: m4@e0
  8: m5@e0
  9: m6@e0
  10: m7@e0
  11: m8@e0
  12: m9@e0
  13: m10@e0
