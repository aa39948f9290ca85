macvlan/macvtap names and links: nameless creation (macvlan%d, macvtap%d), a %d pattern, link given by altname or ifindex-less forms, a macvlan of a macvlan (it attaches to the real lower), renaming the lower, and the @lower listing after each.
  $ ip link add lower address 02:00:00:00:00:10 type veth peer name lp address 02:00:00:00:00:11
  $ ip link add link lower type macvlan 2>&1; echo "rc $?"
  rc 0
  $ ip link add link lower type macvlan 2>&1; echo "rc $?"
  rc 0
  $ ip link add link lower type macvtap 2>&1; echo "rc $?"
  rc 0
  $ ip link add link lower name mv%d type macvlan 2>&1; echo "rc $?"
  rc 0
  $ ip link add link lower name mv%d type macvlan 2>&1; echo "rc $?"
  rc 0
  $ ip link add link macvlan0 name nested type macvlan 2>&1; echo "rc $?"
  rc 0
  $ ip -o link show | awk '{print $2}'
  lo:
  lp@lower:
  lower@lp:
  macvlan0@lower:
  macvlan1@lower:
  macvtap0@lower:
  mv0@lower:
  mv1@lower:
  nested@lower:
  $ ip link set lower name lowr 2>&1; echo "rc $?"
  rc 0
  $ ip -o link show | awk '{print $2}'
  lo:
  lp@lowr:
  lowr@lp:
  macvlan0@lowr:
  macvlan1@lowr:
  macvtap0@lowr:
  mv0@lowr:
  mv1@lowr:
  nested@lowr:
  $ ip link del macvlan0; ip -o link show | awk '{print $2}'
  lo:
  lp@lowr:
  lowr@lp:
  macvlan1@lowr:
  macvtap0@lowr:
  mv0@lowr:
  mv1@lowr:
  nested@lowr:
  $ ip link del lowr; ip -o link show | awk '{print $2}'
  lo:
