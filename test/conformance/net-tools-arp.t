net-tools arp: the cache in the Linux (-e, default) and BSD (-a) styles, -n, -i, a host, -s (permanent, temp), -d, and the errors.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a arp -n
  $ ip netns exec a ping -c 1 -q 10.0.0.2 > /dev/null
  $ ip netns exec a arp -n
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.2                 ether   02:00:00:00:0b:01   C                     a0
  $ ip netns exec a arp -a
  ? (10.0.0.2) at 02:00:00:00:0b:01 [ether] on a0
  $ ip netns exec a arp -an
  ? (10.0.0.2) at 02:00:00:00:0b:01 [ether] on a0
  $ ip netns exec a arp -s 10.0.0.7 02:00:00:00:00:07
  $ ip netns exec a arp -s 10.0.0.8 02:00:00:00:00:08 temp
  $ ip netns exec a arp -i a0 -s 10.0.0.9 02:00:00:00:00:09
  $ ip netns exec a ping -c 1 -W 1 -q 10.0.0.5 > /dev/null
  [1]
  $ ip netns exec a arp -n | sort
  10.0.0.2                 ether   02:00:00:00:0b:01   C                     a0
  10.0.0.5                         (incomplete)                              a0
  10.0.0.7                 ether   02:00:00:00:00:07   CM                    a0
  10.0.0.8                 ether   02:00:00:00:00:08   C                     a0
  10.0.0.9                 ether   02:00:00:00:00:09   CM                    a0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ ip netns exec a arp -an | sort
  ? (10.0.0.2) at 02:00:00:00:0b:01 [ether] on a0
  ? (10.0.0.5) at <incomplete> on a0
  ? (10.0.0.7) at 02:00:00:00:00:07 [ether] PERM on a0
  ? (10.0.0.8) at 02:00:00:00:00:08 [ether] on a0
  ? (10.0.0.9) at 02:00:00:00:00:09 [ether] PERM on a0
  $ ip netns exec a arp -n 10.0.0.7
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.7                 ether   02:00:00:00:00:07   CM                    a0
  $ ip netns exec a arp -n 10.0.0.99
  10.0.0.99 (10.0.0.99) -- no entry
  $ ip netns exec a arp -n -i lo
  arp: in 5 entries no match found.
  $ printf '127.0.0.1\tlocalhost\n10.0.0.2\th2\n' > hosts
  $ mount --bind hosts /etc/hosts
  $ ip netns exec a arp -a 10.0.0.2
  h2 (10.0.0.2) at 02:00:00:00:0b:01 [ether] on a0
  $ ip netns exec a arp h2
  Address                  HWtype  HWaddress           Flags Mask            Iface
  h2                       ether   02:00:00:00:0b:01   C                     a0
  $ ip netns exec a arp -d 10.0.0.7
  $ ip netns exec a arp -d 10.0.0.7
  No ARP entry for 10.0.0.7
  [255]
  $ ip netns exec a arp -s 10.9.9.9 02:00:00:00:00:09
  SIOCSARP: Network is unreachable
  [255]
  $ ip netns exec a arp -s 10.0.0.7 zz:00
  arp: invalid hardware address
  [255]
  $ ip netns exec a arp -n | sort
  10.0.0.2                 ether   02:00:00:00:0b:01   C                     a0
  10.0.0.5                         (incomplete)                              a0
  10.0.0.8                 ether   02:00:00:00:00:08   C                     a0
  10.0.0.9                 ether   02:00:00:00:00:09   CM                    a0
  Address                  HWtype  HWaddress           Flags Mask            Iface
