A numeric sysctl file answers only the read(2) at position 0, with the text cut to that read's size (dd bs=1 gets "6" of "64"); a proc_dostring() knob (tcp_congestion_control) reads on from any position; a skip past st_size (0 for /proc) warns "cannot skip to specified offset".
  $ sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ dd if=/proc/sys/net/ipv4/ip_default_ttl bs=1 count=2 2>/dev/null; echo
  6
  $ dd if=/proc/sys/net/ipv4/ip_local_port_range bs=3 2>/dev/null | od -c | head -2
  0000000   3   2   7
  0000003
  $ dd if=/proc/sys/net/ipv4/tcp_congestion_control bs=2 2>/dev/null | od -c | head -2
  0000000   r   e   n   o  \n
  0000005
  $ dd if=/proc/sys/net/ipv4/ip_default_ttl bs=1 2>&1 | tail -3 | sed -E 's/, [0-9.e-]+ s, .*//'
  61+0 records in
  1+0 records out
  1 byte copied
  $ dd if=/proc/sys/net/ipv4/conf/lo/rp_filter bs=1 skip=1 2>&1 | sed -E 's/, [0-9.e-]+ s, .*//'
  dd: /proc/sys/net/ipv4/conf/lo/rp_filter: cannot skip to specified offset
  0+0 records in
  0+0 records out
  0 bytes copied
  $ dd if=/proc/sys/net/ipv4/tcp_congestion_control bs=1 skip=2 2>/dev/null | od -c | head -2
  0000000   n   o  \n
  0000003
  $ head -c 1 /proc/sys/net/ipv4/ip_default_ttl; echo; tail -c 2 /proc/sys/net/ipv4/ip_default_ttl
  6
  4
  $ cat /proc/sys/net/ipv4/ip_default_ttl | dd bs=1 count=2 2>/dev/null; echo
  64
  $ dd if=/proc/sys/net/ipv4/ip_local_port_range bs=1 count=5 iflag=fullblock 2>/dev/null; echo
  3
  $ dd if=/proc/sys/net/ipv4/conf/lo/arp_ignore bs=512 2>&1 | sed -E 's/, [0-9.e-]+ s, .*//'
  0
  0+1 records in
  0+1 records out
  2 bytes copied
  $ printf 'abc' > f; dd if=f bs=1 skip=5 2>&1 | sed -E 's/, [0-9.e-]+ s, .*//'
  dd: f: cannot skip to specified offset
  0+0 records in
  0+0 records out
  0 bytes copied
  $ dd if=f bs=1 skip=3 2>&1 | sed -E 's/, [0-9.e-]+ s, .*//'
  0+0 records in
  0+0 records out
  0 bytes copied
