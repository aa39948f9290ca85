ip monitor rule while rules are added with every selector, deleted, flushed (the default rules too), and added back; -j monitor output.
  $ ip link add a0 type veth peer name b0
  $ ip monitor rule > m 2>&1 &
  $ ip -j monitor rule > j 2>&1 &
  $ sleep 0.3
  $ ip rule add from 10.0.0.0/8 to 20.0.0.0/8 tos 0x10 fwmark 0x5/0xf iif a0 oif b0 table 100 prio 100
  $ ip rule add ipproto udp sport 10-20 dport 53 uidrange 0-10 goto 32766 prio 200
  $ ip rule add not to 1.1.1.1 prohibit prio 300 protocol static
  $ ip rule add table 5 suppress_prefixlength 0
  $ ip rule del prio 200
  $ ip rule flush
  $ ip rule add prio 32766 table main
  $ ip rule add prio 32767 lookup default
  $ sleep 0.3; kill %1 %2
  $ cat m
  100:	from 10.0.0.0/8 to 20.0.0.0/8 tos 0x10 fwmark 0x5/0xf iif a0 oif b0 lookup 100
  200:	from all uidrange 0-10 ipproto udp sport 10-20 dport 53 goto 32766
  300:	not from all to 1.1.1.1 prohibit proto static
  99:	from all lookup 5 suppress_prefixlength 0
  Deleted 200:	from all uidrange 0-10 ipproto udp sport 10-20 dport 53 goto 32766
  Deleted 99:	from all lookup 5 suppress_prefixlength 0
  Deleted 100:	from 10.0.0.0/8 to 20.0.0.0/8 tos 0x10 fwmark 0x5/0xf iif a0 oif b0 lookup 100
  Deleted 300:	not from all to 1.1.1.1 prohibit proto static
  Deleted 32766:	from all lookup main
  Deleted 32767:	from all lookup default
  32766:	from all lookup main
  32767:	from all lookup default
  $ cat j
  100:	from 10.0.0.0/8 to 20.0.0.0/8 tos 0x10 fwmark 0x5/0xf iif a0 oif b0 lookup 100
  200:	from all uidrange 0-10 ipproto udp sport 10-20 dport 53 goto 32766
  300:	not from all to 1.1.1.1 prohibit proto static
  99:	from all lookup 5 suppress_prefixlength 0
  Deleted 200:	from all uidrange 0-10 ipproto udp sport 10-20 dport 53 goto 32766
  Deleted 99:	from all lookup 5 suppress_prefixlength 0
  Deleted 100:	from 10.0.0.0/8 to 20.0.0.0/8 tos 0x10 fwmark 0x5/0xf iif a0 oif b0 lookup 100
  Deleted 300:	not from all to 1.1.1.1 prohibit proto static
  Deleted 32766:	from all lookup main
  Deleted 32767:	from all lookup default
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule show
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
