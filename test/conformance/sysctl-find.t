find over /proc/sys (whose directories read in name order) and over files: -name/-iname/-path/-type/-maxdepth/-mindepth/-empty, operators and -prune, -exec with ; and +, -print0, the errors of a missing start, a missing argument, an unknown predicate or type and a bad depth.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ find /proc/sys/net/ipv4/conf/a0 -name 'arp_*'
  /proc/sys/net/ipv4/conf/a0/arp_accept
  /proc/sys/net/ipv4/conf/a0/arp_announce
  /proc/sys/net/ipv4/conf/a0/arp_evict_nocarrier
  /proc/sys/net/ipv4/conf/a0/arp_filter
  /proc/sys/net/ipv4/conf/a0/arp_ignore
  /proc/sys/net/ipv4/conf/a0/arp_notify
  $ find /proc/sys/net/ipv4/conf -maxdepth 1 -type d
  /proc/sys/net/ipv4/conf
  /proc/sys/net/ipv4/conf/a0
  /proc/sys/net/ipv4/conf/all
  /proc/sys/net/ipv4/conf/b0
  /proc/sys/net/ipv4/conf/default
  /proc/sys/net/ipv4/conf/lo
  $ find /proc/sys/net/ipv4/conf -mindepth 2 -name rp_filter
  /proc/sys/net/ipv4/conf/a0/rp_filter
  /proc/sys/net/ipv4/conf/all/rp_filter
  /proc/sys/net/ipv4/conf/b0/rp_filter
  /proc/sys/net/ipv4/conf/default/rp_filter
  /proc/sys/net/ipv4/conf/lo/rp_filter
  $ find /proc/sys/net/ipv4/neigh -path '*/a0/*_ms'
  /proc/sys/net/ipv4/neigh/a0/base_reachable_time_ms
  /proc/sys/net/ipv4/neigh/a0/interval_probe_time_ms
  /proc/sys/net/ipv4/neigh/a0/retrans_time_ms
  $ find /proc/sys/net/ipv4/conf/a0 -iname 'RP_*' -o -name tag
  /proc/sys/net/ipv4/conf/a0/rp_filter
  /proc/sys/net/ipv4/conf/a0/tag
  $ find /proc/sys/net/ipv4/conf/a0 -name 'arp_i*' -exec cat {} \;
  0
  $ find /proc/sys/net/ipv4/conf -name forwarding -exec grep -H . {} +
  /proc/sys/net/ipv4/conf/a0/forwarding:0
  /proc/sys/net/ipv4/conf/all/forwarding:0
  /proc/sys/net/ipv4/conf/b0/forwarding:0
  /proc/sys/net/ipv4/conf/default/forwarding:0
  /proc/sys/net/ipv4/conf/lo/forwarding:0
  $ find /proc/sys/net/ipv4/conf -maxdepth 1 -type d ! -name conf -exec sysctl -w net.ipv4.conf.{}.rp_filter=1 \; 2>&1 | head -2
  sysctl: separators should not be repeated: ./proc/sys/net/ipv4/conf/a0.rp_filter
  sysctl: cannot stat /proc/sys/net/ipv4/conf/.proc.sys.net.ipv4.conf.a0/rp_filter: No such file or directory
  $ find /proc/sys/net/ipv4/route -type f -empty | head -3
  /proc/sys/net/ipv4/route/flush
  /proc/sys/net/ipv4/route/min_adv_mss
  /proc/sys/net/ipv4/route/min_pmtu
  $ find /proc/sys/net/ipv4/conf/a0 -maxdepth 0
  /proc/sys/net/ipv4/conf/a0
  $ find /proc/sys/net/ipv4 -maxdepth 1 -name 'ip_*' -print0 | tr '\0' ' '; echo
  /proc/sys/net/ipv4/ip_autobind_reuse /proc/sys/net/ipv4/ip_default_ttl /proc/sys/net/ipv4/ip_dynaddr /proc/sys/net/ipv4/ip_early_demux /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/ip_forward_update_priority /proc/sys/net/ipv4/ip_forward_use_pmtu /proc/sys/net/ipv4/ip_local_port_range /proc/sys/net/ipv4/ip_local_reserved_ports /proc/sys/net/ipv4/ip_no_pmtu_disc /proc/sys/net/ipv4/ip_nonlocal_bind /proc/sys/net/ipv4/ip_unprivileged_port_start 
  $ find /proc/sys/net/ipv4/conf \( -name all -o -name default \) -prune -o -name proxy_arp -print
  /proc/sys/net/ipv4/conf/a0/proxy_arp
  /proc/sys/net/ipv4/conf/b0/proxy_arp
  /proc/sys/net/ipv4/conf/lo/proxy_arp
  $ mkdir -p d/e/f; touch d/a.txt d/e/b.txt d/.h; find d | sort
  d
  d/.h
  d/a.txt
  d/e
  d/e/b.txt
  d/e/f
  $ find d -type f -name 'b*' -o -name 'f' | sort
  d/e/b.txt
  d/e/f
  $ find d ! -type d | sort
  d/.h
  d/a.txt
  d/e/b.txt
  $ find d -name '*.txt' -maxdepth 2 | sort
  d/a.txt
  d/e/b.txt
  $ find d -empty | sort
  d/.h
  d/a.txt
  d/e/b.txt
  d/e/f
  $ find d/ -maxdepth 1 -name e
  d/e
  $ find -maxdepth 1 -name d
  ./d
  $ cd d; find . -name '*.txt' | sort; cd ..
  ./a.txt
  ./e/b.txt
  $ find nosuch d/e/f; echo $?
  find: 'nosuch': No such file or directory
  d/e/f
  1
  $ find d -name; echo $?
  find: missing argument to `-name'
  1
  $ find d -foo; echo $?
  find: unknown predicate `-foo'
  1
  $ find d -type x; echo $?
  find: Unknown argument to -type: x
  1
  $ find d -maxdepth x; echo $?
  find: Expected a positive decimal integer argument to -maxdepth, but got 'x'
  1
  $ find d -name a.txt extra; echo $?
  find: paths must precede expression: `extra'
  1
