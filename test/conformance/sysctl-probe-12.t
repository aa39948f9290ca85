Each writable key of sysctl -a (part 12, net.netfilter.nf_log.8 to net.unix.max_dgram_qlen) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes (proc_dointvec_minmax, proc_dou8vec_minmax, proc_dointvec_jiffies, proc_doulongvec_minmax...) and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/8 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/8)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:NONE 255:1:NONE 256:1:NONE -1:1:NONE 2147483647:1:NONE 2147483648:1:NONE 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/netfilter/nf_log/9 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/netfilter/nf_log/9)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:NONE 255:1:NONE 256:1:NONE -1:1:NONE 2147483647:1:NONE 2147483648:1:NONE 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/unix/max_dgram_qlen 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/unix/max_dgram_qlen)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
