Into a pipe: net-tools arp and ifconfig with several operands, ip with extra words, ip -batch and -force -batch with failing lines, nstat, ss, bridge, tcpdump and ip ntable on missing objects; the order of their stdout and stderr and the exit codes.
  $ ip link add e0 address 02:00:00:00:01:00 type veth peer name x0 address 02:00:00:00:02:00; ip link set e0 up; ip addr add 10.0.0.1/24 dev e0
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev e0
  $ arp -n 10.0.0.2 10.0.0.3 2>&1 | cat
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.2                 ether   02:00:00:00:00:02   CM                    e0
  $ arp -n -i e0 10.0.0.3 10.0.0.2 2>&1 | cat
  10.0.0.3 (10.0.0.3) -- no entry
  $ arp -n 10.0.0.9; arp -n -a 10.0.0.9 2>&1 | cat
  10.0.0.9 (10.0.0.9) -- no entry
  arp: in 1 entries no match found.
  $ arp -d 10.0.0.7 10.0.0.2 2>&1 | cat; arp -n | cat
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
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.2                 ether   02:00:00:00:00:02   CM                    e0
  $ arp -s 10.0.0.5 02:00:00:00:00:05 -s 10.0.0.6 2>&1 | cat
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
  $ ifconfig e0 nosuch 2>&1 | cat
  nosuch: Host name lookup failure
  ifconfig: `--help' gives usage information.
  $ ifconfig nosuch e0 2>&1 | cat
  e0: Host name lookup failure
  ifconfig: `--help' gives usage information.
  $ ifconfig -a 2>&1 | grep -c flags
  3
  $ ip -4 addr show dev e0 nosuch 2>&1 | cat
  Error: either "dev" is duplicate, or "nosuch" is a garbage.
  $ ip -s link show e0 x0 2>&1 | cat
  Error: either "dev" is duplicate, or "x0" is a garbage.
  $ ip -force -batch - <<< $'addr add 10.0.0.7/24 dev e0\naddr add 10.0.0.7/24 dev e0\nneigh show\nneigh add 10.0.0.8 dev nosuch\naddr show dev e0 to 10.0.0.7' 2>&1 | cat
  Error: ipv4: Address already assigned.
  Command failed -:2
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  Cannot find device "nosuch"
  Command failed -:4
  3: e0@x0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      inet 10.0.0.7/24 scope global secondary e0
         valid_lft forever preferred_lft forever
  $ ip -batch - <<< $'neigh show\nneigh add 10.0.0.8 dev nosuch\nneigh show' 2>&1 | cat; echo ${PIPESTATUS[0]}
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  Cannot find device "nosuch"
  Command failed -:2
  1
  $ printf 'neigh show\nneigh bogus\nneigh show\n' > b; ip -b b 2>&1 | cat; ip -force -b b 2>&1 | cat
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  Command "bogus" is unknown, try "ip neigh help".
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  Command "bogus" is unknown, try "ip neigh help".
  $ nstat -az IpInReceives NoSuchCounter 2>&1 | cat
  #kernel
  IpInReceives                    0                  0.0
  $ ss -ltn nosuch 2>&1 | cat
  Error: an inet prefix is expected rather than "nosuch".
  Cannot parse dst/src address.
  $ bridge fdb show dev nosuch 2>&1 | cat
  Cannot find device "nosuch"
  $ tcpdump -c 1 -i nosuch 2>&1 | cat
  tcpdump: nosuch: No such device exists
  (No such device exists)
  $ ip neigh show dev nosuch 2>&1 | cat
  Cannot find device "nosuch"
  $ ip ntable show dev nosuch 2>&1 | cat; ip ntable show name nosuch_cache 2>&1 | cat
  Error: argument "nosuch" is wrong: "DEV" is invalid
