ip neigh add/replace/get of one IPv4 neighbour on every kind of device in a loop (lo, down veth, NOARP veth, bridge, bridge port, macvlan, device without addresses), then the listing.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:0b type bridge; ip link add q0 address 02:00:00:00:00:11 type veth peer name q1 address 02:00:00:00:00:12
  $ ip link set q1 master br0; ip link add mv0 link x0 address 02:00:00:00:00:21 type macvlan mode bridge
  $ ip link add n0 address 02:00:00:00:00:31 type veth peer name n1 address 02:00:00:00:00:32
  $ ip link set x0 up; ip link set br0 up; ip link set q0 up; ip link set q1 up; ip link set mv0 up; ip link set lo up; ip link set n0 up; ip link set n0 arp off
  $ i=1; for d in lo y0 n0 br0 q1 mv0 x0 q0; do i=$((i+1)); for o in "" "nud stale" "nud noarp" "lladdr 02:00:00:00:09:0$i" "lladdr 02:00:00:00:09:0$i nud reachable"; do echo "== $d $o"; ip neigh replace 10.0.$i.2 dev $d $o 2>&1; echo "rc $?"; done; ip neigh get 10.0.$i.2 dev $d 2>&1; done
  == lo 
  rc 0
  == lo nud stale
  rc 0
  == lo nud noarp
  rc 0
  == lo lladdr 02:00:00:00:09:02
  rc 0
  == lo lladdr 02:00:00:00:09:02 nud reachable
  rc 0
  Error: Neighbour entry not found.
  == y0 
  Error: No link layer address given.
  rc 2
  == y0 nud stale
  Error: No link layer address given.
  rc 2
  == y0 nud noarp
  Error: No link layer address given.
  rc 2
  == y0 lladdr 02:00:00:00:09:03
  rc 0
  == y0 lladdr 02:00:00:00:09:03 nud reachable
  rc 0
  10.0.3.2 dev y0 lladdr 02:00:00:00:09:03 REACHABLE 
  == n0 
  rc 0
  == n0 nud stale
  rc 0
  == n0 nud noarp
  rc 0
  == n0 lladdr 02:00:00:00:09:04
  rc 0
  == n0 lladdr 02:00:00:00:09:04 nud reachable
  rc 0
  10.0.4.2 dev n0 lladdr 02:00:00:00:09:04 REACHABLE 
  == br0 
  Error: No link layer address given.
  rc 2
  == br0 nud stale
  Error: No link layer address given.
  rc 2
  == br0 nud noarp
  Error: No link layer address given.
  rc 2
  == br0 lladdr 02:00:00:00:09:05
  rc 0
  == br0 lladdr 02:00:00:00:09:05 nud reachable
  rc 0
  10.0.5.2 dev br0 lladdr 02:00:00:00:09:05 REACHABLE 
  == q1 
  Error: No link layer address given.
  rc 2
  == q1 nud stale
  Error: No link layer address given.
  rc 2
  == q1 nud noarp
  Error: No link layer address given.
  rc 2
  == q1 lladdr 02:00:00:00:09:06
  rc 0
  == q1 lladdr 02:00:00:00:09:06 nud reachable
  rc 0
  10.0.6.2 dev q1 lladdr 02:00:00:00:09:06 REACHABLE 
  == mv0 
  Error: No link layer address given.
  rc 2
  == mv0 nud stale
  Error: No link layer address given.
  rc 2
  == mv0 nud noarp
  Error: No link layer address given.
  rc 2
  == mv0 lladdr 02:00:00:00:09:07
  rc 0
  == mv0 lladdr 02:00:00:00:09:07 nud reachable
  rc 0
  10.0.7.2 dev mv0 lladdr 02:00:00:00:09:07 REACHABLE 
  == x0 
  Error: No link layer address given.
  rc 2
  == x0 nud stale
  Error: No link layer address given.
  rc 2
  == x0 nud noarp
  Error: No link layer address given.
  rc 2
  == x0 lladdr 02:00:00:00:09:08
  rc 0
  == x0 lladdr 02:00:00:00:09:08 nud reachable
  rc 0
  10.0.8.2 dev x0 lladdr 02:00:00:00:09:08 REACHABLE 
  == q0 
  Error: No link layer address given.
  rc 2
  == q0 nud stale
  Error: No link layer address given.
  rc 2
  == q0 nud noarp
  Error: No link layer address given.
  rc 2
  == q0 lladdr 02:00:00:00:09:09
  rc 0
  == q0 lladdr 02:00:00:00:09:09 nud reachable
  rc 0
  10.0.9.2 dev q0 lladdr 02:00:00:00:09:09 REACHABLE 
  $ ip neigh show nud all | grep -v 'fe80\|ff02\|224\.0' | sort -V
  0.0.0.0 dev lo lladdr 02:00:00:00:09:02 REACHABLE 
  10.0.3.2 dev y0 lladdr 02:00:00:00:09:03 REACHABLE 
  10.0.4.2 dev n0 lladdr 02:00:00:00:09:04 REACHABLE 
  10.0.5.2 dev br0 lladdr 02:00:00:00:09:05 REACHABLE 
  10.0.6.2 dev q1 lladdr 02:00:00:00:09:06 REACHABLE 
  10.0.7.2 dev mv0 lladdr 02:00:00:00:09:07 REACHABLE 
  10.0.8.2 dev x0 lladdr 02:00:00:00:09:08 REACHABLE 
  10.0.9.2 dev q0 lladdr 02:00:00:00:09:09 REACHABLE 
  $ for d in lo y0 n0 br0 q1 mv0 x0 q0; do ip neigh flush dev $d; echo "$d $?"; done 2>&1
  lo 0
  y0 0
  n0 0
  br0 0
  q1 0
  mv0 0
  x0 0
  q0 0
  $ ip neigh show nud all | grep -v 'fe80\|ff02\|224\.0' | sort -V
