ip route save/restore/showdump edge inputs: empty, text, truncated, doubled, selectors on save, restore into a table that has the routes.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add 172.20.0.0/16 via 10.9.0.2 metric 3
  $ ip route add blackhole 172.21.0.0/16
  $ ip route add 172.22.0.0/16 dev v0 table 22
  $ ip route save > /tmp/sr10s.all
  $ ip route save table 22 > /tmp/sr10s.t22
  $ ip route save 172.20.0.0/16 > /tmp/sr10s.one
  $ ip route save proto kernel > /tmp/sr10s.k
  $ ip route save table all > /tmp/sr10s.ta
  $ wc -c < /tmp/sr10s.all; wc -c < /tmp/sr10s.t22; wc -c < /tmp/sr10s.one; wc -c < /tmp/sr10s.k; wc -c < /tmp/sr10s.ta
  176
  56
  72
  64
  812
  $ ip route showdump < /tmp/sr10s.all
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 metric 3 
  blackhole 172.21.0.0/16 
  $ ip route showdump < /tmp/sr10s.ta | head -5
  172.22.0.0/16 dev v0 table 22 scope link 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 metric 3 
  blackhole 172.21.0.0/16 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  $ ip route restore < /tmp/sr10s.all 2>&1; echo $?
  RTNETLINK answers: File exists
  RTNETLINK answers: File exists
  RTNETLINK answers: File exists
  0
  $ ip route flush table main
  $ ip route restore < /tmp/sr10s.all 2>&1; echo $?
  0
  $ ip route show
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.20.0.0/16 via 10.9.0.2 dev v0 metric 3 
  blackhole 172.21.0.0/16 
  $ ip route restore < /dev/null 2>&1; echo $?
  Magic mismatch (0 elems, 0 magic)
  1
  $ echo hello | ip route restore 2>&1; echo $?
  Magic mismatch (1 elems, 6c6c6568 magic)
  1
  $ echo hello | ip route showdump 2>&1; echo $?
  Magic mismatch (1 elems, 6c6c6568 magic)
  1
  $ head -c 10 /tmp/sr10s.all | ip route restore 2>&1; echo $?
  Failed to restore: ftell: Illegal seek
  1
  $ head -c 30 /tmp/sr10s.all | ip route showdump 2>&1; echo $?
  rtnl-from_file: truncated message
  2
  $ cat /tmp/sr10s.one /tmp/sr10s.one | ip route showdump 2>&1; echo $?
  172.20.0.0/16 via 10.9.0.2 dev v0 metric 3 
  !!!malformed message: len=1160843812 @18446744073709551615
  2
  $ cat /tmp/sr10s.one /tmp/sr10s.one > /tmp/sr10s.two
  $ ip route showdump < /tmp/sr10s.two 2>&1; echo $?
  172.20.0.0/16 via 10.9.0.2 dev v0 metric 3 
  !!!malformed message: len=1160843812 @88
  2
  $ ip rule save > /tmp/sr10s.r; cat /tmp/sr10s.r /tmp/sr10s.r | ip rule restore 2>&1; echo $?
  !!!malformed message: len=1903192454 @18446744073709551615
  255
  $ cat /tmp/sr10s.r /tmp/sr10s.r > /tmp/sr10s.r2; ip rule restore < /tmp/sr10s.r2 2>&1; echo $?
  !!!malformed message: len=1903192454 @192
  255
  $ ip addr save > /tmp/sr10s.a; cat /tmp/sr10s.a /tmp/sr10s.a | ip addr showdump 2>&1 | tail -1; echo $?
  !!!malformed message: len=1194725922 @18446744073709551615
  0
  $ ip route del 172.20.0.0/16
  $ cat /tmp/sr10s.one /tmp/sr10s.one | ip route restore 2>&1; echo $?
  Failed to restore: ftell: Illegal seek
  1
  $ ip route show 172.20.0.0/16
  $ ip route flush table 22
  $ ip route restore < /tmp/sr10s.t22 2>&1; echo $?
  0
  $ ip route show table 22
  172.22.0.0/16 dev v0 scope link 
  $ ip route save 172.20.0.0/16 dev nosuch 2>&1 | wc -c
  32
  $ ip route save bogus 2>&1 | head -2
  $1EError: any valid prefix is expected rather than "bogus".
  $ rm -f /tmp/sr10s.*
