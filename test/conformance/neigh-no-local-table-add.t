ip neigh add in a namespace that has no local table yet (no address, lo down): arp_constructor() finds every address broadcast, so an entry without lladdr is ff:ff:ff:ff:ff:ff (NOARP as a base, PERMANENT, STALE or PROBE as asked) where, once an address made the local table, the same request is "No link layer address given" (and leaves a bare entry); flush keeps the NOARP and PERMANENT ones; /proc/net/arp and arp -n of them.
  $ ip link add e0 address 02:00:00:00:01:00 type veth peer name x0 address 02:00:00:00:02:00; ip link set e0 up
  $ ip neigh add 10.0.0.2 dev e0; echo $?; ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev e0 nud reachable; ip neigh add 10.0.0.4 dev e0 nud stale; echo $?; ip neigh add 10.0.0.5 dev e0 nud noarp; echo $?
  0
  0
  0
  $ ip neigh show nud all | sort
  10.0.0.2 dev e0 lladdr ff:ff:ff:ff:ff:ff PERMANENT 
  10.0.0.3 dev e0 lladdr 02:00:00:00:00:03 REACHABLE 
  10.0.0.4 dev e0 lladdr ff:ff:ff:ff:ff:ff STALE 
  10.0.0.5 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip neigh get 10.0.0.6 dev e0; ip neigh replace 10.0.0.6 dev e0 nud probe; echo $?; ip neigh show nud all | sort
  Error: Neighbour entry not found.
  0
  10.0.0.2 dev e0 lladdr ff:ff:ff:ff:ff:ff PERMANENT 
  10.0.0.3 dev e0 lladdr 02:00:00:00:00:03 REACHABLE 
  10.0.0.4 dev e0 lladdr ff:ff:ff:ff:ff:ff STALE 
  10.0.0.5 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  10.0.0.6 dev e0 lladdr ff:ff:ff:ff:ff:ff PROBE 
  $ cat /proc/net/arp | sort
  10.0.0.2         0x1         0x6         ff:ff:ff:ff:ff:ff     *        e0
  10.0.0.3         0x1         0x2         02:00:00:00:00:03     *        e0
  10.0.0.4         0x1         0x2         ff:ff:ff:ff:ff:ff     *        e0
  10.0.0.6         0x1         0x2         ff:ff:ff:ff:ff:ff     *        e0
  IP address       HW type     Flags       HW address            Mask     Device
  $ arp -n | sort
  10.0.0.2                 ether   ff:ff:ff:ff:ff:ff   CM                    e0
  10.0.0.3                 ether   02:00:00:00:00:03   C                     e0
  10.0.0.4                 ether   ff:ff:ff:ff:ff:ff   C                     e0
  10.0.0.6                 ether   ff:ff:ff:ff:ff:ff   C                     e0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ ip neigh flush dev e0; ip neigh show nud all | sort
  10.0.0.2 dev e0 lladdr ff:ff:ff:ff:ff:ff PERMANENT 
  10.0.0.5 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip addr add 10.0.0.1/24 dev e0; ip neigh show nud all | sort
  10.0.0.2 dev e0 lladdr ff:ff:ff:ff:ff:ff PERMANENT 
  10.0.0.5 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip neigh add 10.0.0.12 dev e0; echo $?; ip neigh add 10.0.0.14 dev e0 nud stale; echo $?; ip neigh show nud all | sort
  Error: No link layer address given.
  2
  Error: No link layer address given.
  2
  10.0.0.12 dev e0 
  10.0.0.14 dev e0 
  10.0.0.2 dev e0 lladdr ff:ff:ff:ff:ff:ff PERMANENT 
  10.0.0.5 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  $ ip neigh flush all nud all; ip neigh add 10.0.0.255 dev e0; ip neigh add 224.0.0.9 dev e0; ip neigh add 10.0.0.0 dev e0; ip neigh show nud all | sort
  Error: No link layer address given.
  10.0.0.0 dev e0 
  10.0.0.255 dev e0 lladdr ff:ff:ff:ff:ff:ff PERMANENT 
  10.0.0.5 dev e0 lladdr ff:ff:ff:ff:ff:ff NOARP 
  224.0.0.9 dev e0 lladdr 01:00:5e:00:00:09 PERMANENT 
