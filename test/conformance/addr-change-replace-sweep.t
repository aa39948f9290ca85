ip addr change and replace of one existing address with each attribute in a loop (label, scope, broadcast, peer, lifetimes, metric, proto, flags), the listing after each, and change of a missing address.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up; ip addr add 10.0.0.1/24 dev x0
  $ for c in change replace; do for o in "label x0:z" "scope link" "scope host" "broadcast 10.0.0.200" "brd +" "valid_lft 100 preferred_lft 100" "valid_lft forever preferred_lft forever" "metric 9" "proto 5" "noprefixroute" "home" "nodad" "peer 10.0.0.9" ""; do echo "== $c $o"; ip addr $c 10.0.0.1/24 dev x0 $o 2>&1; echo "rc $?"; ip -4 -o addr show dev x0 | sed -E 's/ +/ /g; s/valid_lft [0-9]+sec/valid_lft Xsec/; s/preferred_lft [0-9]+sec/preferred_lft Xsec/'; done; done
  == change label x0:z
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  == change scope link
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  == change scope host
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  == change broadcast 10.0.0.200
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  == change brd +
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  == change valid_lft 100 preferred_lft 100
  rc 0
  3: x0 inet 10.0.0.1/24 scope global dynamic x0\ valid_lft Xsec preferred_lft Xsec
  == change valid_lft forever preferred_lft forever
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  == change metric 9
  rc 0
  3: x0 inet 10.0.0.1/24 metric 9 scope global x0\ valid_lft forever preferred_lft forever
  == change proto 5
  Error: either "local" is duplicate, or "proto" is a garbage.
  rc 255
  3: x0 inet 10.0.0.1/24 metric 9 scope global x0\ valid_lft forever preferred_lft forever
  == change noprefixroute
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  == change home
  Warning: home option can be set only for IPv6 addresses
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  == change nodad
  Warning: nodad option can be set only for IPv6 addresses
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  == change peer 10.0.0.9
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == change 
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace label x0:z
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace scope link
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace scope host
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace broadcast 10.0.0.200
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace brd +
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace valid_lft 100 preferred_lft 100
  rc 0
  3: x0 inet 10.0.0.1/24 scope global dynamic x0\ valid_lft Xsec preferred_lft Xsec
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace valid_lft forever preferred_lft forever
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace metric 9
  rc 0
  3: x0 inet 10.0.0.1/24 metric 9 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace proto 5
  Error: either "local" is duplicate, or "proto" is a garbage.
  rc 255
  3: x0 inet 10.0.0.1/24 metric 9 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace noprefixroute
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace home
  Warning: home option can be set only for IPv6 addresses
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace nodad
  Warning: nodad option can be set only for IPv6 addresses
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace peer 10.0.0.9
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  == replace 
  rc 0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  $ ip route show dev x0; ip route show table local dev x0 | sort
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 linkdown 
  10.0.0.9 proto kernel scope link src 10.0.0.1 linkdown 
  broadcast 10.0.0.255 proto kernel scope link src 10.0.0.1 linkdown 
  local 10.0.0.1 proto kernel scope host src 10.0.0.1 
  $ ip addr change 10.0.5.1/24 dev x0; echo rc $?
  rc 0
  $ ip addr change 10.0.0.1/25 dev x0; echo rc $?
  rc 0
  $ ip -4 -o addr show dev x0 | sed -E 's/ +/ /g'
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1 peer 10.0.0.9/32 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.5.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.0.1/25 scope global x0\ valid_lft forever preferred_lft forever
