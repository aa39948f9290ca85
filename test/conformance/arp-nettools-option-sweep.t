The net-tools arp command's options in a loop (-n -a -e -v -i -H -d -s temp/pub/netmask, -D, -f), on a table with a mixed set of entries, with exit codes.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up; ip addr add 10.0.0.1/24 dev x0
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev x0 nud stale
  $ for o in "-s 10.0.0.3 02:00:00:00:00:03" "-s 10.0.0.4 02:00:00:00:00:04 temp" "-s 10.0.0.5 02:00:00:00:00:05 pub" "-i x0 -s 10.0.0.6 02:00:00:00:00:06 pub" "-s 10.0.0.7 02:00:00:00:00:07 netmask 255.255.255.255 pub" "-s 10.0.0.8 02:00:00:00:00:08 netmask 255.255.255.0 pub" "-s 10.0.0.9 bad" "-s 10.0.0.9" "-s 10.9.9.9 02:00:00:00:00:09" "-i x0 -D -s 10.0.0.10 y0" "-H ether -s 10.0.0.11 02:00:00:00:00:0b" "-H bogus -s 10.0.0.12 02:00:00:00:00:0c" "-n" "-an" "-e" "-v -n" "-n -i x0" "-n -i y0" "-n 10.0.0.3" "-n 10.0.0.99" "-d 10.0.0.4" "-d 10.0.0.99" "-i x0 -d 10.0.0.5 pub" "-d 10.0.0.6" "-n" "-Z" "-V"; do echo "== $o"; arp $o 2>&1 | sort -V; echo "rc ${PIPESTATUS[0]}"; done
  == -s 10.0.0.3 02:00:00:00:00:03
  rc 0
  == -s 10.0.0.4 02:00:00:00:00:04 temp
  rc 0
  == -s 10.0.0.5 02:00:00:00:00:05 pub
  SIOCSARP: No such device
  rc 255
  == -i x0 -s 10.0.0.6 02:00:00:00:00:06 pub
  rc 0
  == -s 10.0.0.7 02:00:00:00:00:07 netmask 255.255.255.255 pub
  SIOCSARP: No such device
  rc 255
  == -s 10.0.0.8 02:00:00:00:00:08 netmask 255.255.255.0 pub
  SIOCSARP: Invalid argument
  rc 255
  == -s 10.0.0.9 bad
  rc 0
  == -s 10.0.0.9
  arp: need hardware address
  rc 255
  == -s 10.9.9.9 02:00:00:00:00:09
  SIOCSARP: Network is unreachable
  rc 255
  == -i x0 -D -s 10.0.0.10 y0
  rc 0
  == -H ether -s 10.0.0.11 02:00:00:00:00:0b
  rc 0
  == -H bogus -s 10.0.0.12 02:00:00:00:00:0c
  arp: bogus: unknown hardware type.
  rc 255
  == -n
  10.0.0.2                 ether   02:00:00:00:00:02   C                     x0
  10.0.0.3                 ether   02:00:00:00:00:03   CM                    x0
  10.0.0.4                 ether   02:00:00:00:00:04   C                     x0
  10.0.0.6                 *       <from_interface>    MP                    x0
  10.0.0.9                 ether   ba:0d:0a:00:00:09   CM                    x0
  10.0.0.10                ether   02:00:00:00:00:02   CM                    x0
  10.0.0.11                ether   02:00:00:00:00:0b   CM                    x0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  rc 0
  == -an
  ? (10.0.0.2) at 02:00:00:00:00:02 [ether] on x0
  ? (10.0.0.3) at 02:00:00:00:00:03 [ether] PERM on x0
  ? (10.0.0.4) at 02:00:00:00:00:04 [ether] on x0
  ? (10.0.0.6) at <from_interface> PERM PUB on x0
  ? (10.0.0.9) at ba:0d:0a:00:00:09 [ether] PERM on x0
  ? (10.0.0.10) at 02:00:00:00:00:02 [ether] PERM on x0
  ? (10.0.0.11) at 02:00:00:00:00:0b [ether] PERM on x0
  rc 0
  == -e
  10.0.0.2                 ether   02:00:00:00:00:02   C                     x0
  10.0.0.3                 ether   02:00:00:00:00:03   CM                    x0
  10.0.0.4                 ether   02:00:00:00:00:04   C                     x0
  10.0.0.6                 *       <from_interface>    MP                    x0
  10.0.0.9                 ether   ba:0d:0a:00:00:09   CM                    x0
  10.0.0.10                ether   02:00:00:00:00:02   CM                    x0
  10.0.0.11                ether   02:00:00:00:00:0b   CM                    x0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  rc 0
  == -v -n
  10.0.0.2                 ether   02:00:00:00:00:02   C                     x0
  10.0.0.3                 ether   02:00:00:00:00:03   CM                    x0
  10.0.0.4                 ether   02:00:00:00:00:04   C                     x0
  10.0.0.6                 *       <from_interface>    MP                    x0
  10.0.0.9                 ether   ba:0d:0a:00:00:09   CM                    x0
  10.0.0.10                ether   02:00:00:00:00:02   CM                    x0
  10.0.0.11                ether   02:00:00:00:00:0b   CM                    x0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  Entries: 7	Skipped: 0	Found: 7
  rc 0
  == -n -i x0
  10.0.0.2                 ether   02:00:00:00:00:02   C                     x0
  10.0.0.3                 ether   02:00:00:00:00:03   CM                    x0
  10.0.0.4                 ether   02:00:00:00:00:04   C                     x0
  10.0.0.6                 *       <from_interface>    MP                    x0
  10.0.0.9                 ether   ba:0d:0a:00:00:09   CM                    x0
  10.0.0.10                ether   02:00:00:00:00:02   CM                    x0
  10.0.0.11                ether   02:00:00:00:00:0b   CM                    x0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  rc 0
  == -n -i y0
  arp: in 7 entries no match found.
  rc 0
  == -n 10.0.0.3
  10.0.0.3                 ether   02:00:00:00:00:03   CM                    x0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  rc 0
  == -n 10.0.0.99
  10.0.0.99 (10.0.0.99) -- no entry
  rc 0
  == -d 10.0.0.4
  rc 0
  == -d 10.0.0.99
  No ARP entry for 10.0.0.99
  rc 255
  == -i x0 -d 10.0.0.5 pub
  No ARP entry for 10.0.0.5
  rc 255
  == -d 10.0.0.6
  No ARP entry for 10.0.0.6
  rc 255
  == -n
  10.0.0.2                 ether   02:00:00:00:00:02   C                     x0
  10.0.0.3                 ether   02:00:00:00:00:03   CM                    x0
  10.0.0.6                 *       <from_interface>    MP                    x0
  10.0.0.9                 ether   ba:0d:0a:00:00:09   CM                    x0
  10.0.0.10                ether   02:00:00:00:00:02   CM                    x0
  10.0.0.11                ether   02:00:00:00:00:0b   CM                    x0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  rc 0
  == -Z
  
  
  Usage:
  arp: invalid option -- 'Z'
    List of possible hardware types (which support ARP):
    arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]            <-Add entry from file
    arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache
    arp [-v]          [-i <if>] -d  <host> [pub]               <-Delete ARP entry
    arp [-v]   [<HW>] [-i <if>] -Ds <host> <if> [netmask <nm>] pub          <-''-
    arp [-v]   [<HW>] [-i <if>] -s  <host> <hwaddr> [temp]            <-Add entry
      ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) 
      dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI) 
      irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64) 
      netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) 
          -A, -p, --protocol       specify protocol family
          -D, --use-device         read <hwaddr> from given device
          -a                       display (all) hosts in alternative (BSD) style
          -d, --delete             delete a specified entry
          -e                       display (all) hosts in default (Linux) style
          -f, --file               read new entries from file or from /etc/ethers
          -i, --device             specify network interface (e.g. eth0)
          -n, --numeric            don't resolve names
          -s, --set                set a new ARP entry
          -v, --verbose            be verbose
    <HW>=Use '-H <hw>' to specify hardware address type. Default: ether
  rc 3
  == -V
  AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH
  HW: (ether) +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 
  net-tools 2.10
  +I18N +SELINUX
  rc 0
  $ ip neigh show nud all | grep -v '^fe80\|^ff0' | sort -V; ip neigh show proxy | sort -V
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.3 dev x0 lladdr 02:00:00:00:00:03 PERMANENT 
  10.0.0.9 dev x0 lladdr ba:0d:0a:00:00:09 PERMANENT 
  10.0.0.10 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.11 dev x0 lladdr 02:00:00:00:00:0b PERMANENT 
  10.0.0.6 dev x0 proxy 
