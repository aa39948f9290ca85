net-tools arp: -s ... pub makes a proxy entry (answered for the others on the link), listed with -a/-e/-n and by ip neigh show proxy; -d ... pub removes it; -H ether; -i with -s; errors of -H.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a arp -i a0 -s 10.0.0.50 02:00:00:00:0a:01 pub
  $ ip netns exec a arp -s 10.0.0.51 02:00:00:00:0a:01 pub
  $ ip netns exec a arp -n
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.51                *       <from_interface>    MP                    a0
  10.0.0.50                *       <from_interface>    MP                    a0
  $ ip netns exec a arp -an
  ? (10.0.0.51) at <from_interface> PERM PUB on a0
  ? (10.0.0.50) at <from_interface> PERM PUB on a0
  $ ip netns exec a arp -e
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.51                *       <from_interface>    MP                    a0
  10.0.0.50                *       <from_interface>    MP                    a0
  $ ip -n a neigh show proxy
  10.0.0.51 dev a0 proxy 
  10.0.0.50 dev a0 proxy 
  $ ip -n a neigh show
  $ ip netns exec b arping -c 1 -I b0 10.0.0.50 | sed -E 's/ [0-9.]+ms$/ Xms/'
  ARPING 10.0.0.50 from 10.0.0.2 b0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec b arping -c 1 -I b0 10.0.0.51 | sed -E 's/ [0-9.]+ms$/ Xms/'
  ARPING 10.0.0.51 from 10.0.0.2 b0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.52 | sed -E 's/ [0-9.]+ms$/ Xms/'
  ARPING 10.0.0.52 from 10.0.0.2 b0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec b ip neigh show dev b0 | sort
  $ ip netns exec a arp -n 10.0.0.50
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.50                *       <from_interface>    MP                    a0
  $ ip netns exec a arp -d 10.0.0.50
  No ARP entry for 10.0.0.50
  [255]
  $ ip netns exec a arp -d 10.0.0.50 pub
  No ARP entry for 10.0.0.50
  [255]
  $ ip netns exec a arp -i a0 -d 10.0.0.50 pub
  $ ip netns exec a arp -d 10.0.0.51 dev a0
  $ ip netns exec a arp -i a0 -d 10.0.0.51 priv
  No ARP entry for 10.0.0.51
  [255]
  $ ip -n a neigh show proxy
  $ ip netns exec a arp -H ether -n
  arp: in 0 entries no match found.
  $ ip netns exec a arp -H ax25 -n
  arp: in 0 entries no match found.
  $ ip netns exec a arp -H foo -n
  arp: foo: unknown hardware type.
  [255]
  $ ip netns exec a arp -Hether -s 10.0.0.7 02:00:00:00:00:07
  $ ip netns exec a arp -n -H ether 10.0.0.7
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.7                 ether   02:00:00:00:00:07   CM                    a0
  $ ip netns exec a arp -i b9 -s 10.0.0.8 02:00:00:00:00:08
  SIOCSARP: No such device
  [255]
  $ ip netns exec a arp -i a0 -n
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.7                 ether   02:00:00:00:00:07   CM                    a0
  $ ip netns exec a arp -a -i a0
  ? (10.0.0.7) at 02:00:00:00:00:07 [ether] PERM on a0
  $ ip netns exec a arp -s 10.0.0.60 02:00:00:00:00:60 pub temp
  SIOCSARP: No such device
  [255]
  $ ip netns exec a arp -s 10.0.0.61 02:00:00:00:00:61 netmask 255.255.255.255 pub
  SIOCSARP: No such device
  [255]
  $ ip -n a neigh show proxy
  $ ip netns add c
  $ ip netns exec c sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name c0 netns c address 02:00:00:00:0c:01
  $ ip -n a link set a1 up
  $ ip -n c link set c0 up
  $ ip -n a addr add 10.1.0.1/24 dev a1
  $ ip -n a route add 10.0.0.70/32 dev a1
  $ ip netns exec a sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a arp -i a0 -s 10.0.0.70 02:00:00:00:0a:01 pub
  $ ip netns exec a arp -Ds 10.0.0.71 a0 pub
  $ ip -n a neigh show proxy
  10.0.0.70 dev a0 proxy 
  10.0.0.71 dev a0 proxy 
  $ ip netns exec b arping -c 1 -w 2 -I b0 10.0.0.70 | sed -E 's/ [0-9.]+ms$/ Xms/'
  ARPING 10.0.0.70 from 10.0.0.2 b0
  Unicast reply from 10.0.0.70 [02:00:00:00:0A:01]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec b ip neigh show 10.0.0.70 | sed -E 's/(REACHABLE|STALE|DELAY)/STATE/'
  $ ip netns exec b arping -c 1 -w 2 -I b0 10.0.0.71 | sed -E 's/ [0-9.]+ms$/ Xms/'
  ARPING 10.0.0.71 from 10.0.0.2 b0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arp -s 10.0.0.0 02:00:00:00:0a:02 netmask 0.0.0.0 pub
  $ ip netns exec a sysctl net.ipv4.conf.a1.proxy_arp
  net.ipv4.conf.a1.proxy_arp = 1
  $ ip netns exec a arp -d 10.0.0.0 netmask 0.0.0.0 pub
  $ ip netns exec a sysctl net.ipv4.conf.all.proxy_arp
  net.ipv4.conf.all.proxy_arp = 0
  $ ip netns exec a arp -s 10.0.0.80 02:00:00:00:0a:02 netmask 255.255.0.0 pub
  SIOCSARP: Invalid argument
  [255]
  $ ip netns exec a arp -s 10.0.0.80 02:00:00:00:0a:02 netmask 255.255.0.0
  SIOCSARP: Invalid argument
  [255]
  $ ip netns exec a arp -i a0 -s 10.0.0.81 02:00:00:00:00:81 dontpub
  SIOCSARP: Invalid argument
  [255]
  $ ip netns exec a arp -s 10.0.0.82 02:00:00:00:00:82 bogus
  Usage:
    arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache
    arp [-v]          [-i <if>] -d  <host> [pub]               <-Delete ARP entry
    arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]            <-Add entry from file
    arp [-v]   [<HW>] [-i <if>] -s  <host> <hwaddr> [temp]            <-Add entry
    arp [-v]   [<HW>] [-i <if>] -Ds <host> <if> [netmask <nm>] pub          <-''-
  
          -a                       display (all) hosts in alternative (BSD) style
          -e                       display (all) hosts in default (Linux) style
          -s, --set                set a new ARP entry
          -d, --delete             delete a specified entry
          -v, --verbose            be verbose
          -n, --numeric            don't resolve names
          -i, --device             specify network interface (e.g. eth0)
          -D, --use-device         read <hwaddr> from given device
          -A, -p, --protocol       specify protocol family
          -f, --file               read new entries from file or from /etc/ethers
  
    <HW>=Use '-H <hw>' to specify hardware address type. Default: ether
    List of possible hardware types (which support ARP):
      ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) 
      netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) 
      dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI) 
      irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64) 
  [3]

