A macvlan as a bridge port: its GSO/TSO limits from its lower, the bridge's MTU following the lower's MTU change through the macvlan, MTU bounds, queue settings of a macvlan (qlen, numtxqueues).
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip link add link e0 name mv0 address 02:00:00:00:00:11 type macvlan
  $ ip -d link show mv0 | grep -o 'gso_max_[a-z]* [0-9]*\|tso_max_[a-z]* [0-9]*\|gro_max_size [0-9]*'
  gso_max_size 65536
  gso_max_segs 65535
  tso_max_size 524280
  tso_max_segs 65535
  gro_max_size 65536
  $ ip link set mv0 master br0
  $ ip -d link show br0 | grep -o 'gso_max_[a-z]* [0-9]*\|tso_max_[a-z]* [0-9]*'
  gso_max_size 65536
  gso_max_segs 65535
  tso_max_size 524280
  tso_max_segs 65535
  $ ip link set e0 mtu 1400
  $ ip link show br0 | head -1
  2: br0: <BROADCAST,MULTICAST> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link set br0 mtu 1500
  $ ip link set br0 mtu 1300
  $ ip link show mv0 | head -1
  5: mv0@e0: <BROADCAST,MULTICAST,M-DOWN> mtu 1400 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
  $ ip -d link show mv0 | grep -o 'minmtu [0-9]* maxmtu [0-9]*'
  minmtu 68 maxmtu 65535
  $ ip -d link show br0 | grep -o 'minmtu [0-9]* maxmtu [0-9]*'
  minmtu 68 maxmtu 65535
  $ ip -d link show e0 | grep -o 'minmtu [0-9]* maxmtu [0-9]*'
  minmtu 68 maxmtu 65535
  $ ip link set e0 txqueuelen 50
  $ ip link show mv0 | grep -o 'qlen [0-9]*\|qdisc [a-z]*'
  qdisc noop
  qlen 1000
  $ ip link add link e0 name mv1 address 02:00:00:00:00:12 txqueuelen 7 numtxqueues 3 type macvlan
  $ ip -d link show mv1 | grep -o 'qlen [0-9]*\|numtxqueues [0-9]*\|numrxqueues [0-9]*'
  qlen 7
  numtxqueues 3
  numrxqueues 1
