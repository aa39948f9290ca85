net-tools arp as an admin types it: -s of a permanent and a temp entry (SIOCSARP: PERMANENT, or STALE without ATF_PERM), short and long hardware addresses (in_ether stops after six bytes; bytes not given keep what the sockaddr held: the resolved host's sockaddr_in), bad ones, -d, -v (the Entries/Skipped/Found count and the ioctl names on stderr), -V, -h, -N, -A and their exit statuses.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a arp -s 10.0.0.5 02:00:00
  $ ip netns exec a arp -s 10.0.0.6 1:2:3:4:5:6:7
  $ ip netns exec a arp -s 10.0.0.7 12:34:56:78:9a:bc:de
  $ ip netns exec a arp -s 10.0.0.8 1-2
  arp: invalid hardware address
  [255]
  $ ip netns exec a arp -s 10.0.0.9 123456
  $ ip netns exec a arp -s 10.0.0.10 ::::::
  arp: invalid hardware address
  [255]
  $ ip netns exec a arp -s 10.0.0.11 12:3g
  arp: invalid hardware address
  [255]
  $ ip netns exec a arp -s 10.0.0.12 AB
  $ ip netns exec a arp -s 192.168.1.200 1:2 dev a0
  $ ip netns exec a arp -s 10.0.0.13 1:2:3:4:5:6 temp
  $ ip -n a neigh show nud all | sort
  10.0.0.12 dev a0 lladdr ab:00:0a:00:00:0c PERMANENT 
  10.0.0.13 dev a0 lladdr 01:02:03:04:05:06 STALE 
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:05 PERMANENT 
  10.0.0.6 dev a0 lladdr 01:02:03:04:05:06 PERMANENT 
  10.0.0.7 dev a0 lladdr 12:34:56:78:9a:bc PERMANENT 
  10.0.0.9 dev a0 lladdr 12:34:56:00:00:09 PERMANENT 
  192.168.1.200 dev a0 lladdr 01:02:c0:a8:01:c8 PERMANENT 
  $ ip netns exec a arp -s 10.0.0.13 1:2:3:4:5:7 temp
  $ ip netns exec a arp -s 10.0.0.5 2:0:0:0:0:55 temp
  $ ip -n a neigh show nud all | sort
  10.0.0.12 dev a0 lladdr ab:00:0a:00:00:0c PERMANENT 
  10.0.0.13 dev a0 lladdr 01:02:03:04:05:07 STALE 
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:55 STALE 
  10.0.0.6 dev a0 lladdr 01:02:03:04:05:06 PERMANENT 
  10.0.0.7 dev a0 lladdr 12:34:56:78:9a:bc PERMANENT 
  10.0.0.9 dev a0 lladdr 12:34:56:00:00:09 PERMANENT 
  192.168.1.200 dev a0 lladdr 01:02:c0:a8:01:c8 PERMANENT 
  $ ip netns exec a arp -an | sort
  ? (10.0.0.12) at ab:00:0a:00:00:0c [ether] PERM on a0
  ? (10.0.0.13) at 01:02:03:04:05:07 [ether] on a0
  ? (10.0.0.5) at 02:00:00:00:00:55 [ether] on a0
  ? (10.0.0.6) at 01:02:03:04:05:06 [ether] PERM on a0
  ? (10.0.0.7) at 12:34:56:78:9a:bc [ether] PERM on a0
  ? (10.0.0.9) at 12:34:56:00:00:09 [ether] PERM on a0
  ? (192.168.1.200) at 01:02:c0:a8:01:c8 [ether] PERM on a0
  $ ip netns exec a arp -n -v | sort
  10.0.0.12                ether   ab:00:0a:00:00:0c   CM                    a0
  10.0.0.13                ether   01:02:03:04:05:07   C                     a0
  10.0.0.5                 ether   02:00:00:00:00:55   C                     a0
  10.0.0.6                 ether   01:02:03:04:05:06   CM                    a0
  10.0.0.7                 ether   12:34:56:78:9a:bc   CM                    a0
  10.0.0.9                 ether   12:34:56:00:00:09   CM                    a0
  192.168.1.200            ether   01:02:c0:a8:01:c8   CM                    a0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  Entries: 7	Skipped: 0	Found: 7
  $ ip netns exec a arp -a -v | sort
  ? (10.0.0.12) at ab:00:0a:00:00:0c [ether] PERM on a0
  ? (10.0.0.13) at 01:02:03:04:05:07 [ether] on a0
  ? (10.0.0.5) at 02:00:00:00:00:55 [ether] on a0
  ? (10.0.0.6) at 01:02:03:04:05:06 [ether] PERM on a0
  ? (10.0.0.7) at 12:34:56:78:9a:bc [ether] PERM on a0
  ? (10.0.0.9) at 12:34:56:00:00:09 [ether] PERM on a0
  ? (192.168.1.200) at 01:02:c0:a8:01:c8 [ether] PERM on a0
  Entries: 7	Skipped: 0	Found: 7
  $ ip netns exec a arp -n -v -i a0 10.0.0.99
  Entries: 7	Skipped: 7	Found: 0
  10.0.0.99 (10.0.0.99) -- no entry
  $ ip netns exec a arp -a -v 10.0.0.99
  Entries: 7	Skipped: 7	Found: 0
  arp: in 7 entries no match found.
  $ ip netns exec a arp -v -H ether -i b0
  Entries: 7	Skipped: 7	Found: 0
  arp: in 7 entries no match found.
  $ ip netns exec a arp -v -s 10.0.0.16 1:2:3:4:5:6
  arp: SIOCSARP()
  $ ip netns exec a arp -v -d 10.0.0.16
  arp: SIOCDARP(dontpub)
  $ ip netns exec a arp -v -d 10.0.0.16 pub dev a0
  args=pub
  args=dev
  arp: SIOCDARP(pub)
  No ARP entry for 10.0.0.16
  [255]
  $ ip netns exec a arp -d 10.0.0.13; ip -n a neigh show nud all | sort
  10.0.0.12 dev a0 lladdr ab:00:0a:00:00:0c PERMANENT 
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:55 STALE 
  10.0.0.6 dev a0 lladdr 01:02:03:04:05:06 PERMANENT 
  10.0.0.7 dev a0 lladdr 12:34:56:78:9a:bc PERMANENT 
  10.0.0.9 dev a0 lladdr 12:34:56:00:00:09 PERMANENT 
  192.168.1.200 dev a0 lladdr 01:02:c0:a8:01:c8 PERMANENT 
  $ printf '10.0.0.21 02:00:00:00:00:21\n# comment\n\n02:00:00:00:00:22 10.0.0.22 temp\nbogus\n' > ethers; ip netns exec a arp -v -f ethers
  >> 10.0.0.21 02:00:00:00:00:21
  arp: SIOCSARP()
  >> # comment
  >> 
  >> 02:00:00:00:00:22 10.0.0.22 temp
  arp: SIOCSARP()
  >> bogus
  arp: format error on line 5 of etherfile ethers !
  $ ip -n a neigh show 10.0.0.22; ip -n a neigh show 10.0.0.21
  10.0.0.22 dev a0 lladdr 02:00:00:00:00:22 STALE 
  10.0.0.21 dev a0 lladdr 02:00:00:00:00:21 PERMANENT 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; ip netns exec a arp -n 10.0.0.2
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.2                 ether   02:00:00:00:0b:01   C                     a0
  $ ip netns exec a arp -V; echo rc=$?
  net-tools 2.10
  +I18N +SELINUX
  AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH
  HW: (ether) +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 
  rc=0
  $ ip netns exec a arp --version > /dev/null; echo rc=$?
  rc=0
  $ ip netns exec a arp -h 2>/dev/null | head -3; ip netns exec a arp -h > /dev/null 2>&1; echo rc=$?
  Usage:
    arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache
    arp [-v]          [-i <if>] -d  <host> [pub]               <-Delete ARP entry
  rc=0
  $ ip netns exec a arp -h 2>&1 | head -2
      ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) 
      netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) 
  $ ip netns exec a arp -y 2>&1 | head -3; ip netns exec a arp -y > /dev/null 2>&1; echo rc=$?
  arp: invalid option -- 'y'
  Usage:
    arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache
  rc=3
  $ ip netns exec a arp --numer -i 2>&1 | head -2
  arp: option requires an argument -- 'i'
  Usage:
  $ ip netns exec a arp --bogus 2>&1 | head -1
  arp: unrecognized option '--bogus'
  $ ip netns exec a arp -N -n 10.0.0.2
  arp: -N not yet supported.
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.2                 ether   02:00:00:00:0b:01   C                     a0
  $ ip netns exec a arp -A inet -n 10.0.0.2
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.2                 ether   02:00:00:00:0b:01   C                     a0
  $ ip netns exec a arp -A inet6 -n
  arp: inet6: kernel only supports 'inet'.
  [255]
  $ ip netns exec a arp -p bogus -n
  arp: bogus: unknown address family.
  [255]
  $ ip netns exec a arp --protocol inet --numeric --device a0 10.0.0.6
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.6                 ether   01:02:03:04:05:06   CM                    a0
  $ ip netns exec a arp --verbose --numeric 10.0.0.6
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.6                 ether   01:02:03:04:05:06   CM                    a0
  Entries: 9	Skipped: 8	Found: 1

