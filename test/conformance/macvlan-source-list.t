macvlan source mode address lists: given at creation (add twice, set), kept across a mode change and back, set with nothing empties, JSON, and the refused addresses and forms.
  $ ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip link add link e0 name ms0 address 02:00:00:00:00:10 type macvlan mode source macaddr add 02:00:00:00:05:01 macaddr add 02:00:00:00:05:02
  $ ip -d link show ms0 | grep -o 'remotes.*addrgenmode' 
  remotes (1) 02:00:00:00:05:02 addrgenmode
  $ ip link add link e0 name ms1 address 02:00:00:00:00:11 type macvlan mode source macaddr set 02:00:00:00:05:03 02:00:00:00:05:04
  $ ip -d link show ms1 | grep -o 'remotes.*addrgenmode'
  remotes (2) 02:00:00:00:05:04 02:00:00:00:05:03 addrgenmode
  $ ip link set ms0 type macvlan mode bridge
  $ ip -d link show ms0 | sed -n 3p | cut -c1-40
      macvlan mode bridge bcqueuelen 1000 
  $ ip link set ms0 type macvlan mode source
  $ ip -d link show ms0 | grep -o 'remotes.*addrgenmode\|mode source [a-z]*'
  mode source bcqueuelen
  remotes (0) addrgenmode
  $ ip link set ms1 type macvlan macaddr del 02:00:00:00:05:03 
  $ ip link set ms1 type macvlan macaddr set
  $ ip -d link show ms1 | sed -n 3p | cut -c1-60
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 
  $ ip link set ms1 type macvlan mode source macaddr add 02:00:00:00:05:09 bcqueuelen 7
  $ ip -d link show ms1 | sed -n 3p | cut -c1-100
      macvlan mode source bcqueuelen 7 usedbcqueuelen 1000 remotes (1) 02:00:00:00:05:09 addrgenmode e
  $ ip -j -d link show ms1 | grep -o '"macaddr_data".*\]'
  "macaddr_data":["02:00:00:00:05:09"]}},"inet6_addr_gen_mode":"eui64","num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip link set ms1 type macvlan macaddr add 01:00:00:00:00:01
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set ms1 type macvlan macaddr add 00:00:00:00:00:00
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set ms1 type macvlan macaddr flush 02:00:00:00:05:09
  macvlan: unknown option "02:00:00:00:05:09"?
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  [1]
  $ ip link set ms1 type macvlan macaddr
  Command line is not complete. Try option "help"
  [255]
