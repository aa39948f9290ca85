Each line a bash builtin prints is a write(2) of its own: an int knob (proc_dointvec: ip_forward, conf/*) keeps the first line and ignores the later ones, written past offset 0; a u8 knob (proc_dou8vec_minmax: ip_default_ttl, tcp_syn_retries, tcp_syncookies) leaves its position at 0, so the last line wins. Read back with cat and sysctl.
  $ ip link add h1 address 02:00:00:00:00:01 type veth peer name h2 address 02:00:00:00:00:02
  $ { echo 1; echo 0; } > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward; sysctl net.ipv4.conf.all.forwarding
  1
  net.ipv4.conf.all.forwarding = 1
  $ { echo 0; echo 1; } > /proc/sys/net/ipv4/ip_forward; sysctl -n net.ipv4.ip_forward
  0
  $ { echo 2; echo 1; } > /proc/sys/net/ipv4/conf/h1/rp_filter; cat /proc/sys/net/ipv4/conf/h1/rp_filter
  2
  $ printf '1\n2\n' > /proc/sys/net/ipv4/conf/h1/arp_ignore; sysctl net.ipv4.conf.h1.arp_ignore
  net.ipv4.conf.h1.arp_ignore = 1
  $ { echo 32; echo 99; } > /proc/sys/net/ipv4/ip_default_ttl; cat /proc/sys/net/ipv4/ip_default_ttl
  99
  $ printf '%s\n' 3 4 5 > /proc/sys/net/ipv4/tcp_syn_retries; sysctl net.ipv4.tcp_syn_retries
  net.ipv4.tcp_syn_retries = 5
  $ printf '1\n2\n' > /proc/sys/net/ipv4/tcp_syncookies; cat /proc/sys/net/ipv4/tcp_syncookies
  2
  $ for v in 7 8 9; do echo $v; done > /proc/sys/net/ipv4/tcp_syn_retries; cat /proc/sys/net/ipv4/tcp_syn_retries
  9
  $ for v in 1 2 0; do echo $v; done > /proc/sys/net/ipv4/conf/h2/arp_announce; cat /proc/sys/net/ipv4/conf/h2/arp_announce
  1
  $ echo -e '2\n3' > /proc/sys/net/ipv4/tcp_syn_retries; cat /proc/sys/net/ipv4/tcp_syn_retries
  3
  $ echo -e '2\n0' > /proc/sys/net/ipv4/conf/h2/arp_filter; cat /proc/sys/net/ipv4/conf/h2/arp_filter
  2
  $ echo 64 > /proc/sys/net/ipv4/ip_default_ttl; { echo 10; echo 300; } > /proc/sys/net/ipv4/ip_default_ttl; echo $?; cat /proc/sys/net/ipv4/ip_default_ttl
  bash: line 45: echo: write error: Invalid argument
  1
  10
  $ { echo 5; echo 6; } >> /proc/sys/net/ipv4/tcp_syn_retries; cat /proc/sys/net/ipv4/tcp_syn_retries
  6
  $ { echo 1; echo 0; } >> /proc/sys/net/ipv4/conf/default/rp_filter; sysctl net.ipv4.conf.default.rp_filter
  net.ipv4.conf.default.rp_filter = 1
  $ exec 3> /proc/sys/net/ipv4/tcp_syn_retries; echo 2 >&3; echo 4 >&3; exec 3>&-; cat /proc/sys/net/ipv4/tcp_syn_retries
  4
  $ exec 3> /proc/sys/net/ipv4/conf/h1/log_martians; echo 1 >&3; echo 0 >&3; exec 3>&-; cat /proc/sys/net/ipv4/conf/h1/log_martians
  1
  $ f() { echo 3; echo 7; }; f > /proc/sys/net/ipv4/tcp_syn_retries; f > /proc/sys/net/ipv4/conf/h1/medium_id; cat /proc/sys/net/ipv4/tcp_syn_retries /proc/sys/net/ipv4/conf/h1/medium_id
  7
  3
  $ ( echo 1; echo 2 ) > /proc/sys/net/ipv4/conf/h2/accept_local; cat /proc/sys/net/ipv4/conf/h2/accept_local
  1
  $ sysctl net.ipv4.ip_forward net.ipv4.ip_default_ttl net.ipv4.tcp_syn_retries net.ipv4.tcp_syncookies
  net.ipv4.ip_forward = 0
  net.ipv4.ip_default_ttl = 10
  net.ipv4.tcp_syn_retries = 7
  net.ipv4.tcp_syncookies = 2
