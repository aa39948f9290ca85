ip rule del by each selector: preference alone, from/to prefixes, iif/oif, fwmark/mask, tos, ipproto and ports, uidrange, table, action types; a del that matches several rules takes the first; del of rules 0/32766; the listings in between.
  $ ip link add a0 type veth peer name b0
  $ ip rule add from 10.1.0.0/16 lookup 100
  $ ip rule add from 10.1.0.0/16 lookup 101
  $ ip rule add to 10.2.0.0/16 lookup 100
  $ ip rule add iif a0 lookup 100
  $ ip rule add oif b0 lookup 100
  $ ip rule add fwmark 0x5/0xf lookup 100
  $ ip rule add fwmark 0x5 lookup 100
  $ ip rule add tos 0x08 lookup 100
  $ ip rule add ipproto udp dport 53 lookup 100
  $ ip rule add ipproto tcp sport 1000-2000 lookup 100
  $ ip rule add uidrange 1000-1999 lookup 100
  $ ip rule add prohibit to 10.9.0.0/16
  $ ip rule
  0:	from all lookup local
  32754:	from all to 10.9.0.0/16 prohibit
  32755:	from all uidrange 1000-1999 lookup 100
  32756:	from all ipproto tcp sport 1000-2000 lookup 100
  32757:	from all ipproto udp dport 53 lookup 100
  32758:	from all tos 0x08 lookup 100
  32759:	from all fwmark 0x5 lookup 100
  32760:	from all fwmark 0x5/0xf lookup 100
  32761:	from all oif b0 lookup 100
  32762:	from all iif a0 lookup 100
  32763:	from all to 10.2.0.0/16 lookup 100
  32764:	from 10.1.0.0/16 lookup 101
  32765:	from 10.1.0.0/16 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del from 10.1.0.0/16
  $ ip rule show from 10.1.0.0/16
  32765:	from 10.1.0.0/16 lookup 100
  $ ip rule del from 10.1.0.0/24
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del to 10.2.0.0/16 lookup 101
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del to 10.2.0.0/16 lookup 100
  $ ip rule del iif b0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del iif a0
  $ ip rule del oif b0 lookup 100
  $ ip rule del fwmark 0x5
  $ ip rule show fwmark 0x5
  32760:	from all fwmark 0x5/0xf lookup 100
  $ ip rule del fwmark 0x5/0xf
  $ ip rule del tos 0x08
  $ ip rule del ipproto udp
  $ ip rule del dport 53
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del ipproto tcp sport 1000-2000
  $ ip rule del uidrange 1000-1999
  $ ip rule del prohibit
  $ ip rule
  0:	from all lookup local
  32765:	from 10.1.0.0/16 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule del lookup 101
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del table main
  $ ip rule
  0:	from all lookup local
  32765:	from 10.1.0.0/16 lookup 100
  32767:	from all lookup default
  $ ip rule del pref 0
  $ ip rule del pref 0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule
  32765:	from 10.1.0.0/16 lookup 100
  32767:	from all lookup default
  $ ip rule add pref 0 lookup local
  $ ip rule add pref 0 lookup local
  RTNETLINK answers: File exists
  [2]
  $ ip rule add lookup 7
  $ ip rule add lookup 8
  $ ip rule
  0:	from all lookup local
  32763:	from all lookup 8
  32764:	from all lookup 7
  32765:	from 10.1.0.0/16 lookup 100
  32767:	from all lookup default
  $ ip rule del lookup 7 pref 32765
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del blackhole
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del from all
  $ ip rule
  32763:	from all lookup 8
  32764:	from all lookup 7
  32765:	from 10.1.0.0/16 lookup 100
  32767:	from all lookup default
