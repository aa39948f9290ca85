ip address save writes iproute2's magic (0x47361222) then the kernel's
RTM_NEWADDR messages (every family; only dev narrows the dump); showdump
prints each as "ifN:" and the address; restore adds them back, an address
that exists answering File exists without stopping the restore.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add h1 address 02:00:00:00:00:01 type veth peer name h2 address 02:00:00:00:00:02
  $ ip link set h1 up
  $ ip addr add 10.0.0.1/24 dev h1
  $ ip addr add 10.0.0.2/24 dev h1
  $ ip addr add 10.9.0.1/16 brd + dev h1 label h1:x
  $ ip addr add 192.168.5.5 peer 192.168.5.6/32 dev h2 scope link
  $ ip addr add 10.7.0.1/24 dev h2 valid_lft 100 preferred_lft 50 noprefixroute
  $ ip addr save > all; echo $?
  0
  $ wc -c < all
  396
  $ od -An -tx1 -N 4 all
   22 12 36 47
  $ ip addr showdump < all; echo $?
  if2:
      inet 192.168.5.5 peer 192.168.5.6/32 scope link h2
         valid_lft forever preferred_lft forever
  if2:
      inet 10.7.0.1/24 scope global dynamic noprefixroute h2
         valid_lft 100sec preferred_lft 50sec
  if3:
      inet 10.0.0.1/24 scope global h1
         valid_lft forever preferred_lft forever
  if3:
      inet 10.9.0.1/16 brd 10.9.255.255 scope global h1:x
         valid_lft forever preferred_lft forever
  if3:
      inet 10.0.0.2/24 scope global secondary h1
         valid_lft forever preferred_lft forever
  0
  $ ip addr save dev h2 > h2s; wc -c < h2s
  156
  $ ip addr showdump < h2s
  if2:
      inet 192.168.5.5 peer 192.168.5.6/32 scope link h2
         valid_lft forever preferred_lft forever
  if2:
      inet 10.7.0.1/24 scope global dynamic noprefixroute h2
         valid_lft 100sec preferred_lft 50sec
  $ ip addr save scope link > sl; wc -c < sl
  396
  $ ip addr save to 10.0.0.0/8 label h1:x up > other; cmp all other; echo $?
  all other differ: char 17, line 1
  1
  $ ip -4 addr save > v4; cmp all v4; echo $?
  all v4 differ: char 17, line 1
  1
  $ ip addr save dev nosuch > x; echo $?
  Device "nosuch" does not exist.
  1
  $ ip addr save | od -An -tx1 -N 8
   22 12 36 47 4c 00 00 00
  $ ip addr flush dev h1
  $ ip addr del 192.168.5.5 peer 192.168.5.6/32 dev h2
  $ ip addr show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: h2@h1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
      inet 10.7.0.1/24 scope global dynamic noprefixroute h2
         valid_lft 100sec preferred_lft 50sec
  3: h1@h2: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip addr restore < all; echo $?
  Error: ipv4: Address already assigned.
  0
  $ ip addr show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: h2@h1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
      inet 192.168.5.5 peer 192.168.5.6/32 scope link h2
         valid_lft forever preferred_lft forever
      inet 10.7.0.1/24 scope global dynamic noprefixroute h2
         valid_lft 100sec preferred_lft 50sec
  3: h1@h2: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global h1
         valid_lft forever preferred_lft forever
      inet 10.9.0.1/16 brd 10.9.255.255 scope global h1:x
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary h1
         valid_lft forever preferred_lft forever
  $ ip addr restore < all; echo $?
  Error: ipv4: Address already assigned.
  Error: ipv4: Address already assigned.
  Error: ipv4: Address already assigned.
  Error: ipv4: Address already assigned.
  Error: ipv4: Address already assigned.
  0
  $ ip route show
  10.0.0.0/24 dev h1 proto kernel scope link src 10.0.0.1 linkdown 
  10.9.0.0/16 dev h1 proto kernel scope link src 10.9.0.1 linkdown 
  $ printf 'junk' | ip addr restore; echo $?
  Magic mismatch (1 elems, 6b6e756a magic)
  255
  $ printf '\x22\x12\x36\x47' | ip addr showdump; echo $?
  0
  $ printf '\x22\x12\x36\x47\x10\x00' | ip addr showdump; echo $?
  rtnl-from_file: truncated message
  255
  $ ip addr showdump < /dev/null; echo $?
  Magic mismatch (0 elems, 0 magic)
  255
  $ ip route save > r; ip addr showdump < r; echo $?
  Magic mismatch (1 elems, 45311224 magic)
  255
  $ ip -o addr showdump < h2s
  if2:\    inet 192.168.5.5 peer 192.168.5.6/32 scope link h2\       valid_lft forever preferred_lft forever
  if2:\    inet 10.7.0.1/24 scope global dynamic noprefixroute h2\       valid_lft 100sec preferred_lft 50sec
  $ ip -j addr showdump < h2s; echo
  [{"addr_info":[{"index":2,"family":"inet","local":"192.168.5.5","address":"192.168.5.6","prefixlen":32,"scope":"link","label":"h2","valid_life_time":4294967295,"preferred_life_time":4294967295},{"index":2,"family":"inet","local":"10.7.0.1","prefixlen":24,"scope":"global","dynamic":true,"noprefixroute":true,"label":"h2","valid_life_time":100,"preferred_life_time":50}]}]
  $ ip addr save dev h1 dev h2 > x; echo $?
  Error: either "dev" is duplicate, or "h2" is a garbage.
  255
