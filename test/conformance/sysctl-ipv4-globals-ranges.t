net.ipv4 globals: multi-value keys (tcp_rmem, tcp_wmem, ip_local_port_range, ping_group_range) written with several values, spaces, tabs, too few and too many; read back with cat and sysctl.
  $ sysctl net.ipv4.tcp_rmem net.ipv4.tcp_wmem
  net.ipv4.tcp_rmem = 4096	131072	33554432
  net.ipv4.tcp_wmem = 4096	16384	4194304
  $ sysctl -w net.ipv4.tcp_rmem="4096 131072 6291456"
  net.ipv4.tcp_rmem = 4096 131072 6291456
  $ sysctl -w net.ipv4.tcp_rmem="1 2"; cat /proc/sys/net/ipv4/tcp_rmem
  sysctl: setting key "net.ipv4.tcp_rmem": Invalid argument
  4096	131072	6291456
  $ sysctl -w net.ipv4.tcp_rmem="1 2 3 4"; echo rc=$?; cat /proc/sys/net/ipv4/tcp_rmem
  sysctl: setting key "net.ipv4.tcp_rmem": Invalid argument
  rc=1
  4096	131072	6291456
  $ echo "  8192	16384   32768  " > /proc/sys/net/ipv4/tcp_rmem; cat /proc/sys/net/ipv4/tcp_rmem
  8192	16384	32768
  $ echo "-1 0 1" > /proc/sys/net/ipv4/tcp_wmem; cat /proc/sys/net/ipv4/tcp_wmem
  bash: line 24: echo: write error: Invalid argument
  4096	16384	4194304
  $ echo "0 0 0" > /proc/sys/net/ipv4/tcp_wmem; cat /proc/sys/net/ipv4/tcp_wmem
  bash: line 27: echo: write error: Invalid argument
  4096	16384	4194304
  $ echo "1,2,3" > /proc/sys/net/ipv4/tcp_wmem; echo rc=$?; cat /proc/sys/net/ipv4/tcp_wmem
  bash: line 30: echo: write error: Invalid argument
  rc=1
  4096	16384	4194304
  $ sysctl -w net.ipv4.ip_local_port_range="40000 40000"; cat /proc/sys/net/ipv4/ip_local_port_range
  net.ipv4.ip_local_port_range = 40000 40000
  40000	40000
  $ sysctl -w net.ipv4.ip_local_port_range="50000 40000"; echo rc=$?
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.ip_local_port_range="0 100"; echo rc=$?
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.ip_local_port_range="1 65535"; echo rc=$?
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.ip_local_port_range="1024 65536"; echo rc=$?
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.ip_local_port_range="30000"; echo rc=$?; cat /proc/sys/net/ipv4/ip_local_port_range
  net.ipv4.ip_local_port_range = 30000
  rc=0
  30000	40000
  $ echo 0x8000 0xffff > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  32768	65535
  $ sysctl -w net.ipv4.ip_unprivileged_port_start=32768; echo rc=$?
  net.ipv4.ip_unprivileged_port_start = 32768
  rc=0
  $ sysctl -w net.ipv4.ip_unprivileged_port_start=32767; echo rc=$?
  net.ipv4.ip_unprivileged_port_start = 32767
  rc=0
  $ sysctl -w net.ipv4.ip_local_port_range="32000 33000"; echo rc=$?
  sysctl: setting key "net.ipv4.ip_local_port_range": Invalid argument
  rc=1
  $ sysctl net.ipv4.ping_group_range
  net.ipv4.ping_group_range = 1	0
  $ sysctl -w net.ipv4.ping_group_range="10 5"; echo rc=$?; sysctl net.ipv4.ping_group_range
  net.ipv4.ping_group_range = 10 5
  rc=0
  net.ipv4.ping_group_range = 1	0
  $ sysctl -w net.ipv4.ping_group_range="0 4294967295"; echo rc=$?; sysctl net.ipv4.ping_group_range
  sysctl: setting key "net.ipv4.ping_group_range": Invalid argument
  rc=1
  net.ipv4.ping_group_range = 1	0
  $ sysctl -w net.ipv4.ping_group_range="0 2147483647"; sysctl net.ipv4.ping_group_range
  net.ipv4.ping_group_range = 0 2147483647
  net.ipv4.ping_group_range = 0	2147483647
  $ sysctl -w net.ipv4.ip_local_reserved_ports="40001,40003-40005"; cat /proc/sys/net/ipv4/ip_local_reserved_ports
  net.ipv4.ip_local_reserved_ports = 40001,40003-40005
  40001,40003-40005
  $ sysctl -w net.ipv4.ip_local_reserved_ports="40005-40003"; echo rc=$?
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.ip_local_reserved_ports="70000"; echo rc=$?
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.ip_local_reserved_ports=""; cat /proc/sys/net/ipv4/ip_local_reserved_ports | od -c | head -2
  net.ipv4.ip_local_reserved_ports = 
  0000000  \n
  0000001
  $ sysctl -w net.ipv4.tcp_mem="1 2 3"; echo rc=$?
  sysctl: cannot stat /proc/sys/net/ipv4/tcp_mem: No such file or directory
  rc=1
  $ sysctl net.ipv4.udp_mem net.ipv4.udp_rmem_min net.ipv4.udp_wmem_min 2>&1 | sed 's/= .*/= X/'
  sysctl: cannot stat /proc/sys/net/ipv4/udp_mem: No such file or directory
  net.ipv4.udp_rmem_min = X
  net.ipv4.udp_wmem_min = X
