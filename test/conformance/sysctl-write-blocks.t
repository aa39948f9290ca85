How each writer cuts a long value into write(2)s of a /proc/sys file, as proc_do_large_bitmap() shows it (a number cut between two writes becomes two numbers): bash's echo and printf through its line-buffered 4 KiB stdout, coreutils' printf and echo through a fresh stdio stream (whole 1 KiB st_blksize blocks at once, the rest at exit), dd by its blocks, seq by its own 8 KiB blocks of whole numbers (seq_fast()), cat by what each read(2) of its input brought (one full_write() each); each short write's rest written again at the position the kernel left.
  $ r() { cat /proc/sys/net/ipv4/ip_local_reserved_ports; }
  $ echo "$(seq -s, 1000 3000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  1,26,38,819,1000-1818,1820-2637,2639-3000
  $ echo -n "$(seq -s, 1000 3000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  1,26,38,819,1000-1818,1820-2637,2639-3000
  $ echo -e "$(seq -s, 1000 3000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  1,26,38,819,1000-1818,1820-2637,2639-3000
  $ /usr/bin/printf '%s\n' "$(seq -s, 1000 3000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  2,843,1000-2842,2844-3000
  $ /bin/echo "$(seq -s, 1000 3000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  2,843,1000-2842,2844-3000
  $ seq -s, 1000 3000 > f
  $ dd if=f of=/proc/sys/net/ipv4/ip_local_reserved_ports 2>/dev/null; echo rc=$?; r
  rc=1
  2,11,1000-1101,1103-1204
  $ dd if=f of=/proc/sys/net/ipv4/ip_local_reserved_ports bs=4096 2>/dev/null; echo rc=$?; r
  rc=0
  1,26,38,819,1000-1818,1820-2637,2639-3000
  $ printf '%s\n' "$(seq -s, 1000 3000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  1,26,38,819,1000-1818,1820-2637,2639-3000
  $ printf '%s,%s\n' "$(seq -s, 1000 2000)" "$(seq -s, 2001 3000)" > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  1,26,38,819,1000-1818,1820-2637,2639-3000
  $ cat f > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  1000-3000
  $ cat f f > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r | tail -c 40
  rc=0
  1000-3000
  $ seq -s, 1000 3000 > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  2-3,26,38,243,843,1000-2432,2434-2637,2639-2842,2844-3000
  $ seq -s, 1000 1500 > /proc/sys/net/ipv4/ip_local_reserved_ports; echo rc=$?; r
  rc=0
  9,140,1000-1408,1410-1500
