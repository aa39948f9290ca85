macvlan mode source: macaddr add/del/set/flush with duplicates, missing entries, set with zero, one and many addresses, multicast and zero MACs, at create time and after; the -d listing (remotes) in text and JSON after each.
  $ ip link add lower address 02:00:00:00:00:10 type veth peer name lp address 02:00:00:00:00:11
  $ ip link add mv0 link lower address 02:00:00:00:00:20 type macvlan mode source macaddr add 02:00:00:00:00:a1 2>&1; echo "rc $?"
  rc 0
  $ ip link add mv0 link lower address 02:00:00:00:00:20 type macvlan mode source 2>&1; echo "rc $?"
  RTNETLINK answers: File exists
  rc 2
  $ r() { ip -d link show mv0 | grep -o 'remotes.*' | sed 's/ numtxqueues.*//'; ip -d -j link show mv0 | grep -o '"macvlan_macaddr_count":[0-9]*\|"macvlan_macaddr_data":\[[^]]*\]' | paste -sd' '; }
  $ for c in "add 02:00:00:00:00:a1" "add 02:00:00:00:00:a1" "add 02:00:00:00:00:a2" "add 01:00:5e:00:00:01" "add 00:00:00:00:00:00" "add ff:ff:ff:ff:ff:ff" "del 02:00:00:00:00:a9" "del 02:00:00:00:00:a2" "set" "set 02:00:00:00:00:b1" "set 02:00:00:00:00:b1 02:00:00:00:00:b2 02:00:00:00:00:b3 02:00:00:00:00:b1" "set xx" "flush" "flush extra" "del" "add 02:00:00:00:00:c1 add 02:00:00:00:00:c2"; do echo "== $c"; ip link set mv0 type macvlan macaddr $c 2>&1; echo "rc $?"; r; done
  == add 02:00:00:00:00:a1
  rc 0
  remotes (1) 02:00:00:00:00:a1 addrgenmode eui64
  
  == add 02:00:00:00:00:a1
  rc 0
  remotes (1) 02:00:00:00:00:a1 addrgenmode eui64
  
  == add 02:00:00:00:00:a2
  rc 0
  remotes (2) 02:00:00:00:00:a2 02:00:00:00:00:a1 addrgenmode eui64
  
  == add 01:00:5e:00:00:01
  RTNETLINK answers: Cannot assign requested address
  rc 2
  remotes (2) 02:00:00:00:00:a2 02:00:00:00:00:a1 addrgenmode eui64
  
  == add 00:00:00:00:00:00
  RTNETLINK answers: Cannot assign requested address
  rc 2
  remotes (2) 02:00:00:00:00:a2 02:00:00:00:00:a1 addrgenmode eui64
  
  == add ff:ff:ff:ff:ff:ff
  RTNETLINK answers: Cannot assign requested address
  rc 2
  remotes (2) 02:00:00:00:00:a2 02:00:00:00:00:a1 addrgenmode eui64
  
  == del 02:00:00:00:00:a9
  rc 0
  remotes (2) 02:00:00:00:00:a2 02:00:00:00:00:a1 addrgenmode eui64
  
  == del 02:00:00:00:00:a2
  rc 0
  remotes (1) 02:00:00:00:00:a1 addrgenmode eui64
  
  == set
  rc 0
  remotes (0) addrgenmode eui64
  
  == set 02:00:00:00:00:b1
  rc 0
  remotes (1) 02:00:00:00:00:b1 addrgenmode eui64
  
  == set 02:00:00:00:00:b1 02:00:00:00:00:b2 02:00:00:00:00:b3 02:00:00:00:00:b1
  rc 0
  remotes (3) 02:00:00:00:00:b3 02:00:00:00:00:b2 02:00:00:00:00:b1 addrgenmode eui64
  
  == set xx
  "xx" is invalid lladdr.
  macvlan: unknown option "xx"?
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 1
  remotes (3) 02:00:00:00:00:b3 02:00:00:00:00:b2 02:00:00:00:00:b1 addrgenmode eui64
  
  == flush
  rc 0
  remotes (0) addrgenmode eui64
  
  == flush extra
  macvlan: unknown option "extra"?
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 1
  remotes (0) addrgenmode eui64
  
  == del
  Command line is not complete. Try option "help"
  rc 255
  remotes (0) addrgenmode eui64
  
  == add 02:00:00:00:00:c1 add 02:00:00:00:00:c2
  macvlan: unknown option "add"?
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 1
  remotes (0) addrgenmode eui64
  $ ip link set mv0 type macvlan mode source macaddr set 02:00:00:00:00:d1 02:00:00:00:00:d2 2>&1; echo "rc $?"; r
  rc 0
  remotes (2) 02:00:00:00:00:d2 02:00:00:00:00:d1 addrgenmode eui64
  $ ip link set mv0 type macvlan mode bridge 2>&1; echo "rc $?"; r
  rc 0
  $ ip link set mv0 type macvlan mode source 2>&1; echo "rc $?"; r
  rc 0
  remotes (0) addrgenmode eui64
