Reading and writing /proc/sys by hand with the shell and coreutils: grep -r and grep . over a device's directory, tee into a knob (its write error), names after a file (Not a directory), a trailing slash on a file, test -r/-w on write-only and read-only knobs, : > and printf without a newline, cd into a directory.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ grep . /proc/sys/net/ipv4/conf/a0/* | head -5
  /proc/sys/net/ipv4/conf/a0/accept_local:0
  /proc/sys/net/ipv4/conf/a0/accept_redirects:1
  /proc/sys/net/ipv4/conf/a0/accept_source_route:1
  /proc/sys/net/ipv4/conf/a0/arp_accept:0
  /proc/sys/net/ipv4/conf/a0/arp_announce:0
  $ grep -r . /proc/sys/net/ipv4/conf/a0 | sort | head -3
  /proc/sys/net/ipv4/conf/a0/accept_local:0
  /proc/sys/net/ipv4/conf/a0/accept_redirects:1
  /proc/sys/net/ipv4/conf/a0/accept_source_route:1
  $ head -n 1 /proc/sys/net/ipv4/conf/a0/rp_filter /proc/sys/net/ipv4/conf/b0/rp_filter
  ==> /proc/sys/net/ipv4/conf/a0/rp_filter <==
  0
  
  ==> /proc/sys/net/ipv4/conf/b0/rp_filter <==
  0
  $ for f in /proc/sys/net/ipv4/conf/*/rp_filter; do echo $f $(cat $f); done
  /proc/sys/net/ipv4/conf/a0/rp_filter 0
  /proc/sys/net/ipv4/conf/all/rp_filter 0
  /proc/sys/net/ipv4/conf/b0/rp_filter 0
  /proc/sys/net/ipv4/conf/default/rp_filter 0
  /proc/sys/net/ipv4/conf/lo/rp_filter 0
  $ echo 1 | tee /proc/sys/net/ipv4/conf/a0/rp_filter
  1
  $ echo abc | tee /proc/sys/net/ipv4/conf/a0/rp_filter
  abc
  tee: /proc/sys/net/ipv4/conf/a0/rp_filter: Invalid argument
  [1]
  $ echo 1 | tee /proc/sys/net/ipv4/conf/a0/mc_forwarding
  tee: /proc/sys/net/ipv4/conf/a0/mc_forwarding: Permission denied
  1
  [1]
  $ : > /proc/sys/net/ipv4/conf/a0/rp_filter; cat /proc/sys/net/ipv4/conf/a0/rp_filter
  1
  $ cat /proc/sys/net/ipv4/conf
  cat: /proc/sys/net/ipv4/conf: Is a directory
  [1]
  $ cat /proc/sys/net/ipv4/conf/a0/nosuch
  cat: /proc/sys/net/ipv4/conf/a0/nosuch: No such file or directory
  [1]
  $ echo 1 > /proc/sys/net/ipv4/conf/nosuch/rp_filter
  bash: line 42: /proc/sys/net/ipv4/conf/nosuch/rp_filter: No such file or directory
  [1]
  $ echo 2 > /proc/sys/net/ipv4/ip_default_ttl/x
  bash: line 45: /proc/sys/net/ipv4/ip_default_ttl/x: Not a directory
  [1]
  $ echo abc > /proc/sys/net/ipv4/ip_forward
  bash: line 48: echo: write error: Invalid argument
  [1]
  $ echo > /proc/sys/net/ipv4/ip_forward; echo $?
  bash: line 51: echo: write error: Invalid argument
  1
  $ printf '' > /proc/sys/net/ipv4/ip_forward; echo $?
  0
  $ printf '1' > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
  1
  $ printf '0\n' >> /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
  0
  $ wc -c /proc/sys/net/ipv4/ip_local_port_range
  12 /proc/sys/net/ipv4/ip_local_port_range
  $ ls -l /proc/sys/net/ipv4/conf/a0/mc_forwarding /proc/sys/net/ipv4/route/flush /proc/sys/net/ipv4/ip_forward | cut -c1-10
  -r--r--r--
  -rw-r--r--
  --w-------
  $ test -w /proc/sys/net/ipv4/conf/a0/mc_forwarding && echo w || echo nw
  nw
  $ test -r /proc/sys/net/ipv4/route/flush && echo r || echo nr
  nr
  $ [ -d /proc/sys/net/ipv4/conf/a0 ] && echo dir
  dir
  $ [ -e /proc/sys/net/ipv4/conf/zz ] || echo gone
  gone
  $ cat /proc/sys/net/ipv4/conf/all/forwarding /proc/sys/net/ipv4/conf/default/forwarding 2>&1
  0
  0
  $ echo 3 > /proc/sys/net/ipv4/conf/all/forwarding; cat /proc/sys/net/ipv4/conf/b0/forwarding /proc/sys/net/ipv4/ip_forward
  3
  3
  $ echo 0 > /proc/sys/net/ipv4/conf/all/forwarding
  $ sysctl -a 2>/dev/null | grep -c '^net.ipv4.conf.a0\.'
  33
  $ sysctl -a 2>/dev/null | grep -c '^net.ipv4.neigh.a0\.'
  15
  $ sysctl -N -a -r '^net\.ipv4\.[a-i]' | wc -l
  200
  $ sysctl -N -a -r '^net\.ipv4\.[a-i]' | head -30
  net.ipv4.conf.a0.accept_local
  net.ipv4.conf.a0.accept_redirects
  net.ipv4.conf.a0.accept_source_route
  net.ipv4.conf.a0.arp_accept
  net.ipv4.conf.a0.arp_announce
  net.ipv4.conf.a0.arp_evict_nocarrier
  net.ipv4.conf.a0.arp_filter
  net.ipv4.conf.a0.arp_ignore
  net.ipv4.conf.a0.arp_notify
  net.ipv4.conf.a0.bc_forwarding
  net.ipv4.conf.a0.bootp_relay
  net.ipv4.conf.a0.disable_policy
  net.ipv4.conf.a0.disable_xfrm
  net.ipv4.conf.a0.drop_gratuitous_arp
  net.ipv4.conf.a0.drop_unicast_in_l2_multicast
  net.ipv4.conf.a0.force_igmp_version
  net.ipv4.conf.a0.forwarding
  net.ipv4.conf.a0.igmpv2_unsolicited_report_interval
  net.ipv4.conf.a0.igmpv3_unsolicited_report_interval
  net.ipv4.conf.a0.ignore_routes_with_linkdown
  net.ipv4.conf.a0.log_martians
  net.ipv4.conf.a0.mc_forwarding
  net.ipv4.conf.a0.medium_id
  net.ipv4.conf.a0.promote_secondaries
  net.ipv4.conf.a0.proxy_arp
  net.ipv4.conf.a0.proxy_arp_pvlan
  net.ipv4.conf.a0.route_localnet
  net.ipv4.conf.a0.rp_filter
  net.ipv4.conf.a0.secure_redirects
  net.ipv4.conf.a0.send_redirects
  $ cat /proc/sys/net/ipv4/tcp_rmem /proc/sys/net/ipv4/udp_mem | wc -w
  cat: /proc/sys/net/ipv4/udp_mem: No such file or directory
  3
  $ cd /proc/sys/net/ipv4/conf/a0 && cat rp_filter && echo 2 > rp_filter && cat rp_filter; cd - >/dev/null
  1
  2
  $ ls /proc/sys/net/ipv4/conf/a0 | wc -l
  33
  $ cat /proc/sys/net/ipv4/ip_default_ttl/x
  cat: /proc/sys/net/ipv4/ip_default_ttl/x: Not a directory
  [1]
  $ ls /proc/sys/net/ipv4/ip_default_ttl/x
  ls: cannot access '/proc/sys/net/ipv4/ip_default_ttl/x': Not a directory
  [2]
  $ echo 1 > /proc/sys/net/ipv4/ip_default_ttl/
  bash: line 117: /proc/sys/net/ipv4/ip_default_ttl/: Is a directory
  [1]
  $ cat /proc/sys/net/ipv4/ip_default_ttl/
  cat: /proc/sys/net/ipv4/ip_default_ttl/: Not a directory
  [1]
  $ echo 1 > /proc/sys/net/ipv4/conf/lo/
  bash: line 123: /proc/sys/net/ipv4/conf/lo/: Is a directory
  [1]
  $ echo 1 > /proc/sys/net/nosuch/x
  bash: line 126: /proc/sys/net/nosuch/x: No such file or directory
  [1]
  $ touch hi; cat hi/x; echo a > hi/x
  cat: hi/x: Not a directory
  bash: line 129: hi/x: Not a directory
  [1]
  $ grep -r 1 /proc/sys/net/ipv4/route | head -4
  grep: /proc/sys/net/ipv4/route/flush: Permission denied
  $ grep -rh . /proc/sys/net/ipv4/conf/a0/rp_filter /proc/sys/net/ipv4/conf/b0
  2
  0
  1
  1
  0
  0
  1
  0
  0
  0
  0
  0
  0
  0
  0
  0
  0
  0
  10000
  1000
  0
  0
  0
  0
  0
  0
  0
  0
  0
  1
  1
  1
  0
  0
  $ grep -r . /proc/sys/net/ipv4/conf/a0/rp_filter
  2
  $ mkdir d; mkdir d/e; echo hi > d/x; echo ho > d/e/y; cd d; grep -r h | sort; grep -rc h . | sort; cd ..
  e/y:ho
  x:hi
  ./e/y:1
  ./x:1
  $ grep -R h d | sort
  d/e/y:ho
  d/x:hi
  $ grep h d
  grep: d: Is a directory
  [2]
  $ grep -rl 1 /proc/sys/net/ipv4/neigh/a0 | head -3
  /proc/sys/net/ipv4/neigh/a0/anycast_delay
  /proc/sys/net/ipv4/neigh/a0/locktime
  /proc/sys/net/ipv4/neigh/a0/retrans_time
