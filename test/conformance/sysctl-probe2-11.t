Each writable key of net.ipv4.conf/neigh default and DEV and of net.ipv6 (part 11, net.ipv6.route.max_size to net.ipv6.xfrm6_gc_thresh) written with 2, 255, 256, -1, 2^31-1 and 2^31 through /proc/sys: which values the kernel's handler takes and what it reads back.

  $ ip link add d0 type veth peer name e0
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/max_size 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/max_size)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/min_adv_mss 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/min_adv_mss)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/mtu_expires 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/mtu_expires)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:1:-1 2147483648:1:-1 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/route/skip_notify_on_dev_down 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/route/skip_notify_on_dev_down)"; done 2>&1 | tr '\n\t' ' '; echo
  2:1:0 255:1:0 256:1:0 -1:1:0 2147483647:1:0 2147483648:1:0 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/seg6_flowlabel 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/seg6_flowlabel)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
  $ for v in 2 255 256 -1 2147483647 2147483648; do echo $v > /proc/sys/net/ipv6/xfrm6_gc_thresh 2>/dev/null; echo "$v:$?:$(cat /proc/sys/net/ipv6/xfrm6_gc_thresh)"; done 2>&1 | tr '\n\t' ' '; echo
  2:0:2 255:0:255 256:0:256 -1:0:-1 2147483647:0:2147483647 2147483648:1:2147483647 
