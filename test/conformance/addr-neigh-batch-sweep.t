ip -batch of addr and neigh commands with errors in the middle, with and without -force, from stdin and a file: which lines run, the "Command failed" line numbers and exit codes.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up
  $ printf 'addr add 10.0.0.1/24 dev x0\naddr add 10.0.0.1/24 dev x0\n\n# comment\nneigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev x0\nneigh add 10.0.0.3 lladdr zz dev x0\naddr add 10.0.1.1/24 dev nodev\naddr add 10.0.2.1/24 dev x0\n' > /tmp/sa10b.txt
  $ ip -batch /tmp/sa10b.txt; echo rc $?
  Error: ipv4: Address already assigned.
  Command failed /tmp/sa10b.txt:2
  rc 1
  $ ip -4 -o addr show dev x0 | sed -E 's/ +/ /g'
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  $ ip addr flush dev x0; ip neigh flush dev x0 nud all
  $ ip -force -batch /tmp/sa10b.txt; echo rc $?
  Error: ipv4: Address already assigned.
  Command failed /tmp/sa10b.txt:2
  "zz" is invalid lladdr.
  Command failed /tmp/sa10b.txt:6
  Cannot find device "nodev"
  Command failed /tmp/sa10b.txt:7
  rc 1
  $ ip -4 -o addr show dev x0 | sed -E 's/ +/ /g'; ip neigh show dev x0
  3: x0 inet 10.0.0.1/24 scope global x0\ valid_lft forever preferred_lft forever
  3: x0 inet 10.0.2.1/24 scope global x0\ valid_lft forever preferred_lft forever
  10.0.0.2 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip addr flush dev x0
  $ ip -force -b - < /tmp/sa10b.txt; echo rc $?
  Error: ipv4: Address already assigned.
  Command failed -:2
  "zz" is invalid lladdr.
  Command failed -:6
  Cannot find device "nodev"
  Command failed -:7
  rc 1
  $ printf 'addr show dev x0 scope bogus\nneigh show nud bogus\naddr flush\nneigh get 10.0.0.9 dev x0\naddr del 10.0.0.99/24 dev x0\nlink set x0 down\n' | ip -force -b -; echo rc $?
  Error: argument "bogus" is wrong: invalid "scope"
  
  rc 255
  $ ip -o link show x0 | cut -d' ' -f1-3
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN>
  $ ip -b /nonexistent; echo rc $?
  Cannot open file "/nonexistent" for reading: No such file or directory
  rc 1
  $ rm -f /tmp/sa10b.txt
