Line by line into per-device knobs of other handlers: neighbour times (proc_dointvec_jiffies, _userhz_jiffies, _ms_jiffies: seconds, hundredths, milliseconds), the IPv6 devconf (addrconf's proc_dointvec over a copy) and conf/all/forwarding (devinet_sysctl_forward); the first line counts, the rest is past offset 0. Read back with cat and sysctl.
  $ ip link add h1 address 02:00:00:00:00:01 type veth peer name h2 address 02:00:00:00:00:02
  $ N=/proc/sys/net/ipv4/neigh/h1
  $ printf '7\n9\n' > $N/gc_stale_time; cat $N/gc_stale_time
  7
  $ printf '150\n300\n' > $N/locktime; cat $N/locktime
  150
  $ printf '2000\n4000\n' > $N/retrans_time_ms; cat $N/retrans_time_ms
  2000
  $ printf '5\n6\n' > $N/ucast_solicit; sysctl net.ipv4.neigh.h1.ucast_solicit
  net.ipv4.neigh.h1.ucast_solicit = 5
  $ printf 'x\n8\n' > $N/mcast_solicit; echo $?; cat $N/mcast_solicit
  bash: line 27: printf: write error: Invalid argument
  1
  8
  $ printf '%s\n' 40 50 > $N/base_reachable_time; cat $N/base_reachable_time
  40
  $ printf '1\n0\n' > /proc/sys/net/ipv6/conf/h1/forwarding; cat /proc/sys/net/ipv6/conf/h1/forwarding
  1
  $ printf '0\n1\n' > /proc/sys/net/ipv6/conf/h1/accept_ra; cat /proc/sys/net/ipv6/conf/h1/accept_ra
  0
  $ printf '1\n0\n' > /proc/sys/net/ipv6/conf/h2/disable_ipv6; cat /proc/sys/net/ipv6/conf/h2/disable_ipv6
  1
  $ printf '1300\n1500\n' > /proc/sys/net/ipv6/conf/h1/mtu; cat /proc/sys/net/ipv6/conf/h1/mtu
  1300
  $ printf '1\n0\n' > /proc/sys/net/ipv4/conf/all/forwarding; sysctl net.ipv4.ip_forward net.ipv4.conf.h1.forwarding
  net.ipv4.ip_forward = 1
  net.ipv4.conf.h1.forwarding = 1
  $ printf '0\n1\n' > /proc/sys/net/ipv4/conf/all/forwarding; sysctl net.ipv4.ip_forward net.ipv4.conf.h2.forwarding
  net.ipv4.ip_forward = 0
  net.ipv4.conf.h2.forwarding = 0
  $ printf '1\n2\n' > /proc/sys/net/ipv4/conf/default/arp_ignore; ip link add h3 type veth peer name h4; sysctl net.ipv4.conf.h3.arp_ignore
  net.ipv4.conf.h3.arp_ignore = 1
  $ printf '64\n1\n' > /proc/sys/net/ipv6/conf/h1/hop_limit; cat /proc/sys/net/ipv6/conf/h1/hop_limit
  64
  $ printf '1\n0\n' > /proc/sys/net/ipv4/conf/h1/promote_secondaries; cat /proc/sys/net/ipv4/conf/h1/promote_secondaries
  1
  $ printf '0\n1\n' > /proc/sys/net/ipv4/icmp_echo_ignore_all; cat /proc/sys/net/ipv4/icmp_echo_ignore_all
  1
  $ printf '500\n2000\n' > /proc/sys/net/ipv4/icmp_ratelimit; cat /proc/sys/net/ipv4/icmp_ratelimit
  500
  $ printf '3\n5\n' > /proc/sys/net/ipv4/tcp_retries2; cat /proc/sys/net/ipv4/tcp_retries2
  5
  $ printf '1\n0\n' > /proc/sys/net/ipv4/tcp_timestamps; cat /proc/sys/net/ipv4/tcp_timestamps
  0
  $ printf '256\n512\n' > /proc/sys/net/core/somaxconn; cat /proc/sys/net/core/somaxconn
  256
