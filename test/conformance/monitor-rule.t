ip monitor rule: rules added (selectors, goto to a rule that does not exist yet, detached iif), deleted, and flushed, as notify_rule_change announces them.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip monitor rule > m &
  $ sleep 0.1
  $ ip rule add not from 10.1.0.0/16 to 10.2.0.0/16 tos 0x10 fwmark 0x5/0xf table 100 pref 100
  $ ip rule add iif nosuch0 goto 300 pref 200
  $ ip rule add ipproto udp dport 53 uidrange 1000-2000 prohibit pref 300
  $ ip rule add from 10.3.0.0/16 lookup 1000 suppress_prefixlength 0 proto static
  $ ip rule del pref 300
  $ ip rule flush
  $ sleep 0.1; kill %1; wait
  $ cat m
  100:	not from 10.1.0.0/16 to 10.2.0.0/16 tos 0x10 fwmark 0x5/0xf lookup 100
  200:	from all iif nosuch0 [detached] goto 300 [unresolved]
  300:	from all uidrange 1000-2000 ipproto udp dport 53 prohibit
  99:	from 10.3.0.0/16 lookup 1000 suppress_prefixlength 0 proto static
  Deleted 300:	from all uidrange 1000-2000 ipproto udp dport 53 prohibit
  Deleted 99:	from 10.3.0.0/16 lookup 1000 suppress_prefixlength 0 proto static
  Deleted 100:	not from 10.1.0.0/16 to 10.2.0.0/16 tos 0x10 fwmark 0x5/0xf lookup 100
  Deleted 200:	from all iif nosuch0 [detached] goto 300 [unresolved]
  Deleted 32766:	from all lookup main
  Deleted 32767:	from all lookup default
  $ ip rule
  0:	from all lookup local
