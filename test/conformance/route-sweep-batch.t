ip -batch with route, rule and nexthop commands: errors with their line numbers, -force continuing, comments, quoting and blank lines.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ printf 'route add 172.20.0.0/16 via 10.9.0.2\n# a comment\n\nroute add 172.20.0.0/16 via 10.9.0.2\nroute add 172.21.0.0/16 via 10.9.0.2\n' > /tmp/sr10b1
  $ ip -batch /tmp/sr10b1 2>&1; echo $?
  RTNETLINK answers: File exists
  Command failed /tmp/sr10b1:4
  1
  $ ip route show
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 
  $ ip -force -batch /tmp/sr10b1 2>&1; echo $?
  RTNETLINK answers: File exists
  Command failed /tmp/sr10b1:1
  RTNETLINK answers: File exists
  Command failed /tmp/sr10b1:4
  1
  $ ip route show
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 
  172.21.0.0/16 via 10.9.0.2 dev v0 
  $ printf 'rule add pref 5 table 5\nrule add pref 5 table 5\nrule add pref 6 tos 0x03 table 6\nrule bogus\nrule add pref 7 fwmark x table 7\nnexthop add id 1 dev v0\nnexthop add id 1 dev v0\nroute add 172.22.0.0/16 nhid 1\nroute add 172.23.0.0/16 nhid 2\nroute get 172.22.1.1\nroute frobnicate\n' > /tmp/sr10b2
  $ ip -force -batch /tmp/sr10b2 2>&1; echo $?
  RTNETLINK answers: File exists
  Command failed /tmp/sr10b2:2
  Error: Invalid dsfield (tos): ECN bits must be 0.
  Command failed /tmp/sr10b2:3
  Command "bogus" is unknown, try "ip rule help".
  255
  $ ip rule show
  0:	from all lookup local
  5:	from all lookup 5
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route show
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 
  172.21.0.0/16 via 10.9.0.2 dev v0 
  $ ip -batch /tmp/sr10b2 2>&1; echo $?
  RTNETLINK answers: File exists
  Command failed /tmp/sr10b2:1
  1
  $ printf 'route add "172.24.0.0/16" via 10.9.0.2 \\\n  metric 5\nroute show 172.24.0.0/16\n' | ip -batch - 2>&1; echo $?
  172.24.0.0/16 via 10.9.0.2 dev v0 metric 5 
  0
  $ printf 'route show table 999\nroute del 1.2.3.0/24\n' | ip -force -batch - 2>&1; echo $?
  RTNETLINK answers: No such process
  Command failed -:2
  1
  $ printf 'route flush table main\nroute show\n' | ip -b - 2>&1; echo $?
  0
  $ ip -batch /nonexistent 2>&1; echo $?
  Cannot open file "/nonexistent" for reading: No such file or directory
  1
  $ rm -f /tmp/sr10b1 /tmp/sr10b2
