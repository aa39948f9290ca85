ip -t and ip -ts monitor: each message gets the wall-clock time, as a `Timestamp: ... usec` line or a short ISO 8601 prefix (the times themselves are globbed). IPv6 is disabled first (tuxnet has no IPv6: there the sysctl fails, silently) so that the kernel's IPv6 link changes stay out of a fair IPv4 comparison.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip -t monitor link > m1 &
  $ ip -ts monitor label link > m2 &
  $ sleep 0.1
  $ ip link set lo up
  $ sleep 0.1; kill %1 %2; wait
  $ sed -E 's/^Timestamp: [A-Z][a-z]{2} [A-Z][a-z]{2} [ 1-3][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{4} [0-9]{1,6} usec$/Timestamp: (asctime) N usec/' m1
  Timestamp: (asctime) N usec
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default 
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ sed -E 's/^\[[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\] /[TIME] /' m2
  [TIME] [LINK]1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default 
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
