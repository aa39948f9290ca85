net.ipv4.ip_local_reserved_ports is a proc_do_large_bitmap: lists and ranges in any order, overlaps, duplicates, blanks and newlines between items, trailing separators, out-of-range and malformed items (EINVAL, the old set kept), the compressed form it reads back; appending with >> is a new write, not an append.
  $ r() { cat /proc/sys/net/ipv4/ip_local_reserved_ports; }
  $ sysctl -w net.ipv4.ip_local_reserved_ports="8080,80-82,81"; r
  net.ipv4.ip_local_reserved_ports = 8080,80-82,81
  80-82,8080
  $ sysctl -w net.ipv4.ip_local_reserved_ports="5,3,4,1"; r
  net.ipv4.ip_local_reserved_ports = 5,3,4,1
  1,3-5
  $ sysctl -w net.ipv4.ip_local_reserved_ports="10-20,15-25"; r
  net.ipv4.ip_local_reserved_ports = 10-20,15-25
  10-25
  $ sysctl -w net.ipv4.ip_local_reserved_ports="7,"; echo rc=$?; r
  net.ipv4.ip_local_reserved_ports = 7,
  rc=0
  7
  $ sysctl -w net.ipv4.ip_local_reserved_ports=",7"; echo rc=$?; r
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  7
  $ sysctl -w net.ipv4.ip_local_reserved_ports="7,,8"; echo rc=$?; r
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  7
  $ sysctl -w net.ipv4.ip_local_reserved_ports="9 10"; echo rc=$?; r
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  7
  $ sysctl -w net.ipv4.ip_local_reserved_ports="65535"; echo rc=$?; r
  net.ipv4.ip_local_reserved_ports = 65535
  rc=0
  65535
  $ sysctl -w net.ipv4.ip_local_reserved_ports="65536"; echo rc=$?; r
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  65535
  $ sysctl -w net.ipv4.ip_local_reserved_ports="0"; echo rc=$?; r
  net.ipv4.ip_local_reserved_ports = 0
  rc=0
  0
  $ sysctl -w net.ipv4.ip_local_reserved_ports="1-"; echo rc=$?; r
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  0
  $ sysctl -w net.ipv4.ip_local_reserved_ports="-5"; echo rc=$?; r
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  0
  $ sysctl -w net.ipv4.ip_local_reserved_ports="3-3"; echo rc=$?; r
  net.ipv4.ip_local_reserved_ports = 3-3
  rc=0
  3
  $ sysctl -w net.ipv4.ip_local_reserved_ports="0x10"; echo rc=$?; r
  net.ipv4.ip_local_reserved_ports = 0x10
  rc=0
  16
  $ sysctl -w net.ipv4.ip_local_reserved_ports="010"; echo rc=$?; r
  net.ipv4.ip_local_reserved_ports = 010
  rc=0
  8
  $ sysctl -w net.ipv4.ip_local_reserved_ports="a"; echo rc=$?; r
  sysctl: setting key "net.ipv4.ip_local_reserved_ports": Invalid argument
  rc=1
  8
  $ sysctl -w net.ipv4.ip_local_reserved_ports=" 12"; echo rc=$?; r
  net.ipv4.ip_local_reserved_ports = 12
  rc=0
  12
  $ printf '20\n' > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  20
  $ printf '21\n22\n' > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  21-22
  $ printf '23,\n' > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  23
  $ printf '24\t' > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  bash: line 72: printf: write error: Invalid argument
  rc=1
  23
  $ echo 25 >> /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  25
  $ echo > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r | od -c
  rc=0
  0000000  \n
  0000001
  $ sysctl -w net.ipv4.ip_local_reserved_ports="1-65535"; echo rc=$?; r
  net.ipv4.ip_local_reserved_ports = 1-65535
  rc=0
  1-65535
  $ sysctl -w net.ipv4.ip_local_reserved_ports="1,3,5,7,9,11-13,100-200,65534"; sysctl net.ipv4.ip_local_reserved_ports
  net.ipv4.ip_local_reserved_ports = 1,3,5,7,9,11-13,100-200,65534
  net.ipv4.ip_local_reserved_ports = 1,3,5,7,9,11-13,100-200,65534
  $ dd if=/proc/sys/net/ipv4/ip_local_reserved_ports bs=4 count=1 2>/dev/null; echo
  1,3,
  $ dd if=/proc/sys/net/ipv4/ip_local_reserved_ports bs=4 skip=1 count=1 2>/dev/null; echo
