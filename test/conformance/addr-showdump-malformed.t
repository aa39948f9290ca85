ip addr showdump of a doubled dump (second magic read as a header): what print_addrinfo() flushed comes before the "!!!malformed message" (ftell of a pipe: -1 as %lu), plain, -j and -o.
  $ ip link add v0 type veth peer name v1
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip addr save > /tmp/sr10s.a; cat /tmp/sr10s.a /tmp/sr10s.a | ip addr showdump; echo $?
  if3:
      inet 10.9.0.1/24 scope global v0
         valid_lft forever preferred_lft forever
  !!!malformed message: len=1194725922 @18446744073709551615
  255
  $ ip addr showdump < /tmp/sr10s.a; echo $?
  if3:
      inet 10.9.0.1/24 scope global v0
         valid_lft forever preferred_lft forever
  0
  $ cat /tmp/sr10s.a /tmp/sr10s.a | ip -j addr showdump; echo $?
  [{"addr_info":[{"index":3,"family":"inet","local":"10.9.0.1","prefixlen":24,"scope":"global","label":"v0","valid_life_time":4294967295,"preferred_life_time":4294967295!!!malformed message: len=1194725922 @18446744073709551615
  }]}]
  255
  $ ip -j addr showdump < /tmp/sr10s.a; echo $?
  [{"addr_info":[{"index":3,"family":"inet","local":"10.9.0.1","prefixlen":24,"scope":"global","label":"v0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  0
  $ cat /tmp/sr10s.a /tmp/sr10s.a | ip -o addr showdump; echo $?
  if3:\    inet 10.9.0.1/24 scope global v0\       valid_lft forever preferred_lft forever
  !!!malformed message: len=1194725922 @18446744073709551615
  255
  $ rm -f /tmp/sr10s.a
