Writing /proc/sys files by hand: whitespace, signs, several numbers, no newline, appends, vectors (port and ping ranges, tcp_rmem), read-only files, directories, and the errors bash prints for each.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ echo "  2" > /proc/sys/net/ipv4/conf/a0/rp_filter; cat /proc/sys/net/ipv4/conf/a0/rp_filter
  2
  $ echo "+1" > /proc/sys/net/ipv4/conf/a0/rp_filter; cat /proc/sys/net/ipv4/conf/a0/rp_filter
  bash: line 15: echo: write error: Invalid argument
  2
  $ echo -1 > /proc/sys/net/ipv4/conf/a0/rp_filter; cat /proc/sys/net/ipv4/conf/a0/rp_filter
  -1
  $ echo -0 > /proc/sys/net/ipv4/conf/a0/rp_filter; cat /proc/sys/net/ipv4/conf/a0/rp_filter
  0
  $ printf 2 > /proc/sys/net/ipv4/conf/a0/rp_filter; cat /proc/sys/net/ipv4/conf/a0/rp_filter
  2
  $ printf '1\n2\n' > /proc/sys/net/ipv4/conf/a0/arp_ignore; cat /proc/sys/net/ipv4/conf/a0/arp_ignore
  1
  $ echo 3 >> /proc/sys/net/ipv4/conf/a0/arp_ignore; cat /proc/sys/net/ipv4/conf/a0/arp_ignore
  3
  $ echo 9 > /proc/sys/net/ipv4/conf/a0/arp_ignore; cat /proc/sys/net/ipv4/conf/a0/arp_ignore
  9
  $ echo 0 > /proc/sys/net/ipv4/conf/a0/arp_announce; echo 3 > /proc/sys/net/ipv4/conf/a0/arp_announce; cat /proc/sys/net/ipv4/conf/a0/arp_announce
  3
  $ echo 12345 > /proc/sys/net/ipv4/conf/a0/forwarding; cat /proc/sys/net/ipv4/conf/a0/forwarding
  12345
  $ echo 7 > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/a0/forwarding
  7
  7
  $ echo 0 > /proc/sys/net/ipv4/ip_forward
  $ echo "2000 3000" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  2000	3000
  $ printf '4000\t5000' > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  4000	5000
  $ echo "6000 5000" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  bash: line 54: echo: write error: Invalid argument
  4000	5000
  $ echo "6000 6000" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  6000	6000
  $ echo "0 65535" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  bash: line 60: echo: write error: Invalid argument
  6000	6000
  $ echo "1 2 3" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  bash: line 63: echo: write error: Invalid argument
  6000	6000
  $ cat /proc/sys/net/ipv4/ping_group_range
  1	0
  $ echo "0 100" > /proc/sys/net/ipv4/ping_group_range; cat /proc/sys/net/ipv4/ping_group_range
  0	100
  $ echo "100 0" > /proc/sys/net/ipv4/ping_group_range; cat /proc/sys/net/ipv4/ping_group_range
  1	0
  $ echo "4096 1000" > /proc/sys/net/ipv4/tcp_rmem; cat /proc/sys/net/ipv4/tcp_rmem
  bash: line 75: echo: write error: Invalid argument
  4096	131072	33554432
  $ echo "4096 131072 6291456" > /proc/sys/net/ipv4/tcp_rmem; cat /proc/sys/net/ipv4/tcp_rmem
  4096	131072	6291456
  $ echo 1 > /proc/sys/net/ipv4/conf/a0/mc_forwarding
  bash: line 81: /proc/sys/net/ipv4/conf/a0/mc_forwarding: Permission denied
  [1]
  $ echo 1 > /proc/sys/net/ipv4/conf/a0
  bash: line 84: /proc/sys/net/ipv4/conf/a0: Is a directory
  [1]
  $ echo 1 > /proc/sys/net/ipv4/conf/a0/nosuch
  bash: line 87: /proc/sys/net/ipv4/conf/a0/nosuch: No such file or directory
  [1]
  $ cat /proc/sys/net/ipv4/route/flush
  cat: /proc/sys/net/ipv4/route/flush: Permission denied
  [1]
  $ sysctl -w net.ipv4.ip_local_port_range="7000 8000" net.ipv4.ping_group_range="1 0"
  net.ipv4.ip_local_port_range = 7000 8000
  net.ipv4.ping_group_range = 1 0
  $ sysctl -w net.ipv4.ip_local_port_range=9000
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  [1]
  $ sysctl net.ipv4.ip_local_port_range net.ipv4.ping_group_range
  net.ipv4.ip_local_port_range = 7000	8000
  net.ipv4.ping_group_range = 1	0
  $ sysctl -w net.ipv4.conf.a0.rp_filter=" 1"
  net.ipv4.conf.a0.rp_filter = 1
  $ sysctl -w 'net.ipv4.conf.a0.rp_filter=1 2'
  net.ipv4.conf.a0.rp_filter = 1 2
  $ sysctl net.ipv4.conf.a0.rp_filter
  net.ipv4.conf.a0.rp_filter = 1
  $ for v in "4095 8192 8192" "4096 4096 4096" "8192 4096 100000" "4096 4096" "8192" "4096 8192 2147483648"; do echo "$v" > /proc/sys/net/ipv4/tcp_rmem && cat /proc/sys/net/ipv4/tcp_rmem; done
  bash: line 111: echo: write error: Invalid argument
  4096	4096	4096
  8192	4096	100000
  4096	4096	100000
  8192	4096	100000
  bash: line 111: echo: write error: Invalid argument
  [1]
  $ for v in "1 1 1" "0 1 2" "4095 4095 4095"; do echo "$v" > /proc/sys/net/ipv4/tcp_wmem && cat /proc/sys/net/ipv4/tcp_wmem; done
  1	1	1
  bash: line 114: echo: write error: Invalid argument
  4095	4095	4095
  $ sysctl -w net.ipv4.tcp_rmem="1 2 3" net.ipv4.tcp_wmem="1 2 3"
  sysctl: setting key "net.ipv4.tcp_rmem": Invalid argument
  net.ipv4.tcp_wmem = 1 2 3
  [1]
