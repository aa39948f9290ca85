ip rule add/del details: priority allocation, duplicates, from/to prefixes, pref vs priority vs order, table names, flush, default rules restored.
  $ ip rule add from 10.0.0.0/8 table 10
  $ ip rule add from 10.0.0.0/8 table 10
  $ ip rule add to 10.1.0.0/16 lookup 11
  $ ip rule add priority 5 from 10.2.0.1 table 12
  $ ip rule add order 6 from 10.2.0.2 table 12
  $ ip rule add preference 7 from 10.2.0.3/32 table main
  $ ip rule add from all to all table default pref 8
  $ ip rule add from 10.3.0.0/16 to 10.4.0.0/16 table 13
  $ ip rule
  0:	from all lookup local
  4:	from 10.3.0.0/16 to 10.4.0.0/16 lookup 13
  5:	from 10.2.0.1 lookup 12
  6:	from 10.2.0.2 lookup 12
  7:	from 10.2.0.3 lookup main
  8:	from all lookup default
  32763:	from all to 10.1.0.0/16 lookup 11
  32764:	from 10.0.0.0/8 lookup 10
  32765:	from 10.0.0.0/8 lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 5 from 10.2.0.1 table 12
  RTNETLINK answers: File exists
  [2]
  $ ip rule add from 10.0.0.1/33 table 10
  Error: any valid prefix is expected rather than "10.0.0.1/33".
  [1]
  $ ip rule add from nosuch table 10
  Error: any valid prefix is expected rather than "nosuch".
  [1]
  $ ip rule add table 0
  $ ip rule add table 4294967295
  $ ip rule add pref 99 table local
  $ ip rule add pref 99 table nosuch
  Error: argument "nosuch" is wrong: invalid table ID
  [255]
  $ ip rule add pref 100 unicast table 100
  $ ip rule add pref 101 type blackhole
  $ ip rule show table local
  0:	from all lookup local
  99:	from all lookup local
  $ ip rule show from 10.0.0.0/8
  4:	from 10.3.0.0/16 to 10.4.0.0/16 lookup 13
  5:	from 10.2.0.1 lookup 12
  6:	from 10.2.0.2 lookup 12
  7:	from 10.2.0.3 lookup main
  32764:	from 10.0.0.0/8 lookup 10
  32765:	from 10.0.0.0/8 lookup 10
  $ ip rule show to 10.1.0.0/16
  32763:	from all to 10.1.0.0/16 lookup 11
  $ ip rule show from 10.2.0.1
  5:	from 10.2.0.1 lookup 12
  $ ip rule show pref 7
  7:	from 10.2.0.3 lookup main
  $ ip rule del from 10.0.0.0/8
  $ ip rule del from 10.0.0.0/8 table 10
  $ ip rule del table 10
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del to 10.1.0.0/16 table 12
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del pref 0
  $ ip rule
  2:	from all lookup 4294967295
  3:	from all lookup 1
  4:	from 10.3.0.0/16 to 10.4.0.0/16 lookup 13
  5:	from 10.2.0.1 lookup 12
  6:	from 10.2.0.2 lookup 12
  7:	from 10.2.0.3 lookup main
  8:	from all lookup default
  99:	from all lookup local
  100:	from all lookup 100
  101:	from all blackhole
  32763:	from all to 10.1.0.0/16 lookup 11
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del pref 32766
  $ ip rule del pref 32767
  $ ip rule del pref 0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule
  2:	from all lookup 4294967295
  3:	from all lookup 1
  4:	from 10.3.0.0/16 to 10.4.0.0/16 lookup 13
  5:	from 10.2.0.1 lookup 12
  6:	from 10.2.0.2 lookup 12
  7:	from 10.2.0.3 lookup main
  8:	from all lookup default
  99:	from all lookup local
  100:	from all lookup 100
  101:	from all blackhole
  32763:	from all to 10.1.0.0/16 lookup 11
  $ ip route get 127.0.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip rule add pref 0 table local
  $ ip rule add pref 32766 table main
  $ ip rule flush
  $ ip rule
  0:	from all lookup local
  $ ip rule list
  0:	from all lookup local
  $ ip rule lst
  0:	from all lookup local
  $ ip rule save > rules
  $ ip rule flush; ip rule restore < rules; ip rule
  0:	from all lookup local
  0:	from all lookup local
  $ ip rule foo
  Command "foo" is unknown, try "ip rule help".
  [255]
  $ ip -6 rule
  0:	from all lookup local
  32766:	from all lookup main
  $ ip -4 -j rule show pref 32766
  []
