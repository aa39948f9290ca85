Writes longer than a page: a numeric knob parses its first 4095 bytes; sysctl(8) writes through procps' fprocopen() stream (one write(2) of the whole value, a short write's rest dropped), while the shell's echo and printf go through stdio, which writes the rest again at the position the kernel left (proc_do_large_bitmap ORs it in past offset 0); a number cut by the page is left for the next write.
  $ r() { cat /proc/sys/net/ipv4/ip_local_reserved_ports; }
  $ sysctl -w net.ipv4.ip_default_ttl=$(printf '0%.0s' $(seq 1 20))9; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.ip_default_ttl=$(printf '0%.0s' $(seq 1 21))9; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ sysctl -w net.ipv4.ip_default_ttl=$(printf '0%.0s' $(seq 1 5000))9 >/dev/null; echo rc=$?
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  rc=1
  $ printf "%5000s" 10 > /proc/sys/net/ipv4/ip_default_ttl; echo rc=$?; cat /proc/sys/net/ipv4/ip_default_ttl
  bash: line 21: printf: write error: Invalid argument
  rc=1
  64
  $ printf "%4200s\n" "11" > /proc/sys/net/ipv4/ip_default_ttl; echo rc=$?; cat /proc/sys/net/ipv4/ip_default_ttl
  bash: line 24: printf: write error: Invalid argument
  rc=1
  64
  $ printf "12%4200s\n" "13" > /proc/sys/net/ipv4/tcp_rmem; echo rc=$?; cat /proc/sys/net/ipv4/tcp_rmem
  bash: line 27: printf: write error: Invalid argument
  rc=1
  4096	131072	33554432
  $ printf "4096 8192 %4200s\n" "16384" > /proc/sys/net/ipv4/tcp_rmem; echo rc=$?; cat /proc/sys/net/ipv4/tcp_rmem
  rc=0
  4096	8192	33554432
  $ sysctl -w net.ipv4.tcp_rmem="4096 8192 $(printf '%5000s')16384" >/dev/null; echo rc=$?; cat /proc/sys/net/ipv4/tcp_rmem
  rc=0
  4096	8192	33554432
  $ sysctl -w net.ipv4.ip_local_reserved_ports="$(seq -s, 1000 3000)" >/dev/null; echo rc=$?; r
  rc=0
  1000-1817
  $ echo "$(seq -s, 1000 3000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  1,26,38,819,1000-1818,1820-2637,2639-3000
  $ printf '%s\n' "$(seq -s, 5000 7000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  5,38,66,819,5000-5818,5820-6637,6639-7000
  $ sysctl -w net.ipv4.ip_local_reserved_ports="$(seq -s, 1000 2 9000)" >/dev/null; echo rc=$?; r | wc -c; r | tail -c 30
  rc=0
  4090
  2624,2626,2628,2630,2632,2634
  $ echo "$(seq -s, 1000 2 9000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r | wc -c; r | tail -c 30
  bash: line 48: echo: write error: Invalid argument
  rc=1
  16386
  7542,7544,7546,7548,7550,7552
  $ sysctl -w net.ipv4.ip_local_reserved_ports="70000,$(seq -s, 1000 3000)" >/dev/null; echo rc=$?; r | wc -c
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  16386
  $ sysctl -w net.ipv4.ip_local_reserved_ports="$(seq -s, 1000 3000),70000" >/dev/null; echo rc=$?; r
  rc=0
  1000-1817
  $ echo "$(seq -s, 1000 3000),70000" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  bash: line 57: echo: write error: Invalid argument
  rc=1
  1,26,819,1000-1818,1820-2637
  $ sysctl -w net.ipv4.ip_local_reserved_ports="$(seq -s, 10000 10817),20000-20010" >/dev/null; echo rc=$?; r
  rc=0
  10000-10681
  $ sysctl -w net.ipv4.ip_local_reserved_ports="$(seq -s, 10000 10817),2000-20010" >/dev/null; echo rc=$?; r
  rc=0
  10000-10681
  $ printf '%s\n' "$(seq -s, 10000 10817),2000-20010" | sysctl -p - >/dev/null; echo rc=$?; r
  sysctl: -(1): invalid syntax, continuing...
  rc=0
  10000-10681
  $ printf 'net.ipv4.ip_local_reserved_ports = %s\n' "$(seq -s, 1000 3000)" > big.conf; sysctl -p big.conf >/dev/null; echo rc=$?; r
  rc=0
  1000-1817
  $ dd if=/proc/sys/net/ipv4/ip_local_reserved_ports bs=1000 count=1 2>/dev/null | wc -c
  10
  $ sysctl net.ipv4.ip_local_reserved_ports | wc -c
  45
