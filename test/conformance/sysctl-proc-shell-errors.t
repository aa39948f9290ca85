/proc/sys written from the shell: a missing file, bad values and ranges (bash's "write error"), a
read-only knob, a directory, >> and several lines, tee to a glob; rm and mkdir there
(proc_sys_permission(): root needs the mode bits, so a 0555 directory refuses unlink with EACCES, and
mkdir of a missing name fails its lookup with ENOENT, of an existing one EEXIST).
  $ ip link add a0 type veth peer name b0
  $ echo 5 > /proc/sys/net/ipv4/conf/a0/nosuch
  bash: line 12: /proc/sys/net/ipv4/conf/a0/nosuch: No such file or directory
  [1]
  $ echo abc > /proc/sys/net/ipv4/conf/a0/rp_filter
  bash: line 15: echo: write error: Invalid argument
  [1]
  $ echo 3 > /proc/sys/net/ipv4/conf/a0/rp_filter; echo rc=$?; cat /proc/sys/net/ipv4/conf/a0/rp_filter
  rc=0
  3
  $ echo 9 > /proc/sys/net/ipv4/conf/a0/arp_ignore; echo rc=$?
  rc=0
  $ echo 9 > /proc/sys/net/ipv4/conf/a0/arp_announce; echo rc=$?; cat /proc/sys/net/ipv4/conf/a0/arp_announce
  rc=0
  9
  $ echo "40000 30000" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  bash: line 27: echo: write error: Invalid argument
  32768	60999
  $ echo "1024 1024" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  1024	1024
  $ echo "0 1024" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  bash: line 33: echo: write error: Invalid argument
  1024	1024
  $ echo "1 65536" > /proc/sys/net/ipv4/ip_local_port_range; cat /proc/sys/net/ipv4/ip_local_port_range
  bash: line 36: echo: write error: Invalid argument
  1024	1024
  $ echo 1 > /proc/sys/net/ipv4/tcp_available_congestion_control
  bash: line 39: /proc/sys/net/ipv4/tcp_available_congestion_control: Permission denied
  [1]
  $ echo 1 > /proc/sys/net/ipv4/conf/a0/mc_forwarding
  bash: line 42: /proc/sys/net/ipv4/conf/a0/mc_forwarding: Permission denied
  [1]
  $ echo 1 > /proc/sys/net/ipv4/conf
  bash: line 45: /proc/sys/net/ipv4/conf: Is a directory
  [1]
  $ echo 1 >> /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
  1
  $ printf '1\n0\n' > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
  1
  $ cat /proc/sys/net/ipv4/conf/nosuch/rp_filter
  cat: /proc/sys/net/ipv4/conf/nosuch/rp_filter: No such file or directory
  [1]
  $ ls /proc/sys/net/ipv4/conf/
  a0
  all
  b0
  default
  lo
  $ ls /proc/sys/net/ipv4/neigh/
  a0
  b0
  lo
  $ touch /proc/sys/net/ipv4/newfile
  touch: cannot touch '/proc/sys/net/ipv4/newfile': No such file or directory
  [1]
  $ rm /proc/sys/net/ipv4/ip_forward
  rm: cannot remove '/proc/sys/net/ipv4/ip_forward': Permission denied
  [1]
  $ mkdir /proc/sys/net/ipv4/conf/x
  mkdir: cannot create directory '/proc/sys/net/ipv4/conf/x': No such file or directory
  [1]
  $ echo 1 > /proc/sys/net/ipv4/ip_forward > /dev/null; echo $?
  0
  $ tee /proc/sys/net/ipv4/ip_default_ttl <<< 0; echo $?
  0
  tee: /proc/sys/net/ipv4/ip_default_ttl: Invalid argument
  1
  $ tee /proc/sys/net/ipv4/ip_default_ttl <<< 256; echo $?
  256
  tee: /proc/sys/net/ipv4/ip_default_ttl: Invalid argument
  1
  $ tee /proc/sys/net/ipv4/ip_default_ttl <<< 255; echo $?
  255
  0
  $ echo 1 | tee /proc/sys/net/ipv4/conf/*/forwarding
  1
  $ cat /proc/sys/net/ipv4/conf/*/forwarding
  1
  1
  1
  1
  1
  $ sysctl net.ipv4.ip_forward
  net.ipv4.ip_forward = 1
  $ echo 0 > /proc/sys/net/ipv4/conf/all/forwarding; cat /proc/sys/net/ipv4/conf/*/forwarding
  0
  0
  0
  0
  0
  $ head -c 3 /proc/sys/net/ipv4/ip_local_port_range; echo
  102
  $ wc -c /proc/sys/net/ipv4/ip_local_port_range /proc/sys/net/ipv4/ip_forward
  10 /proc/sys/net/ipv4/ip_local_port_range
  2 /proc/sys/net/ipv4/ip_forward
  12 total
  $ stat -c '%s %a %U' /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/tcp_fastopen_key
  0 644 root
  0 600 root
  $ mkdir /proc/sys/net/ipv4/conf; mkdir /proc/sys; rm -d /proc/sys/net/ipv4/conf/a0
  mkdir: cannot create directory '/proc/sys/net/ipv4/conf': File exists
  mkdir: cannot create directory '/proc/sys': File exists
  rm: cannot remove '/proc/sys/net/ipv4/conf/a0': Directory not empty
  [1]
  $ rm -f /proc/sys/net/ipv4/nosuch; echo rc=$?; rm /proc/sys/net/ipv4/nosuch
  rc=0
  rm: cannot remove '/proc/sys/net/ipv4/nosuch': No such file or directory
  [1]
  $ mkdir /proc/net/x; rm /proc/net/dev
  mkdir: cannot create directory '/proc/net/x': No such file or directory
  rm: cannot remove '/proc/net/dev': Operation not permitted
  [1]
  $ mkdir -p /proc/sys/net/x/y; mkdir -p /proc/net/stat/z; mkdir -p /proc/sys/net/ipv4
  mkdir: cannot create directory '/proc/sys/net/x': No such file or directory
  mkdir: cannot create directory '/proc/net/stat/z': No such file or directory
