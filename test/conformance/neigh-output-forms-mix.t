ip neigh output forms over one table of mixed entries (permanent, noarp, stale, reachable, failed, incomplete, router, extern_learn, proxy): -j, -j -p, -s -j, -d, -o, -c=never, nud/router/extern_learn/unused filters, abbreviations, get; and net-tools arp's views of the same table.
  $ ip link add e0 address 02:00:00:00:01:00 type veth peer name x0 address 02:00:00:00:02:00
  $ ip link set e0 up; ip link set x0 up; ip link set lo up; ip addr add 10.0.0.1/24 dev e0
  $ sysctl -qw net.ipv4.neigh.e0.base_reachable_time_ms=3600000 net.ipv4.neigh.e0.delay_first_probe_time=3600 net.ipv4.neigh.e0.mcast_solicit=1
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev e0 nud permanent
  $ ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev e0 nud noarp
  $ ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev e0 nud stale router
  $ ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev e0 nud reachable
  $ ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev e0 extern_learn
  $ ip neigh add 10.0.0.7 dev e0 nud failed; ip neigh add 10.0.0.8 dev e0 nud incomplete
  $ ip neigh add proxy 10.0.0.9 dev e0; ip neigh add proxy 10.0.0.10 dev e0 router
  $ ip neigh show | sort
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.4 dev e0 lladdr 02:00:00:00:00:04 router STALE 
  10.0.0.5 dev e0 lladdr 02:00:00:00:00:05 REACHABLE 
  10.0.0.6 dev e0 lladdr 02:00:00:00:00:06 extern_learn PERMANENT 
  10.0.0.7 dev e0 FAILED 
  10.0.0.8 dev e0 INCOMPLETE 
  $ ip neigh show nud all | sort
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev e0 lladdr 02:00:00:00:00:03 NOARP 
  10.0.0.4 dev e0 lladdr 02:00:00:00:00:04 router STALE 
  10.0.0.5 dev e0 lladdr 02:00:00:00:00:05 REACHABLE 
  10.0.0.6 dev e0 lladdr 02:00:00:00:00:06 extern_learn PERMANENT 
  10.0.0.7 dev e0 FAILED 
  10.0.0.8 dev e0 INCOMPLETE 
  ff02::16 dev e0 lladdr 33:33:00:00:00:16 NOARP 
  ff02::16 dev x0 lladdr 33:33:00:00:00:16 NOARP 
  $ ip -o neigh show nud all | sort
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.3 dev e0 lladdr 02:00:00:00:00:03 NOARP 
  10.0.0.4 dev e0 lladdr 02:00:00:00:00:04 router STALE 
  10.0.0.5 dev e0 lladdr 02:00:00:00:00:05 REACHABLE 
  10.0.0.6 dev e0 lladdr 02:00:00:00:00:06 extern_learn PERMANENT 
  10.0.0.7 dev e0 FAILED 
  10.0.0.8 dev e0 INCOMPLETE 
  ff02::16 dev e0 lladdr 33:33:00:00:00:16 NOARP 
  ff02::16 dev x0 lladdr 33:33:00:00:00:16 NOARP 
  $ ip -d neigh show 10.0.0.4; ip -d neigh show 10.0.0.6
  10.0.0.4 dev e0 lladdr 02:00:00:00:00:04 router STALE 
  10.0.0.6 dev e0 lladdr 02:00:00:00:00:06 extern_learn PERMANENT 
  $ ip -4 -j neigh show nud all | tr '}' '\n' | sed 's/^[[,]//' | sort
  ]
  {"dst":"10.0.0.2","dev":"e0","lladdr":"02:00:00:00:00:02","state":["PERMANENT"]
  {"dst":"10.0.0.3","dev":"e0","lladdr":"02:00:00:00:00:03","state":["NOARP"]
  {"dst":"10.0.0.4","dev":"e0","lladdr":"02:00:00:00:00:04","router":null,"state":["STALE"]
  {"dst":"10.0.0.5","dev":"e0","lladdr":"02:00:00:00:00:05","state":["REACHABLE"]
  {"dst":"10.0.0.6","dev":"e0","lladdr":"02:00:00:00:00:06","extern_learn":null,"state":["PERMANENT"]
  {"dst":"10.0.0.7","dev":"e0","state":["FAILED"]
  {"dst":"10.0.0.8","dev":"e0","state":["INCOMPLETE"]
  $ ip -j -p neigh show 10.0.0.4
  [ {
          "dst": "10.0.0.4",
          "dev": "e0",
          "lladdr": "02:00:00:00:00:04",
          "router": null,
          "state": [ "STALE" ]
      } ]
  $ ip -s -j neigh show 10.0.0.2 | sed 's/"used":[0-9]*,"confirmed":[0-9]*,"updated":[0-9]*/T/'
  [{"dst":"10.0.0.2","dev":"e0","lladdr":"02:00:00:00:00:02",T,"probes":0,"state":["PERMANENT"]}]
  $ ip -s -s neigh show 10.0.0.5 | sed 's/used [0-9/]*/used T/'
  10.0.0.5 dev e0 lladdr 02:00:00:00:00:05  ref 1 used Tprobes 0 REACHABLE 
  $ ip neigh show router; ip neigh show extern_learn; ip -4 neigh show nud noarp | sort; ip neigh show nud failed nud incomplete | sort
  Error: any valid prefix is expected rather than "router".
  Error: any valid prefix is expected rather than "extern_learn".
  10.0.0.3 dev e0 lladdr 02:00:00:00:00:03 NOARP 
  10.0.0.6 dev e0 lladdr 02:00:00:00:00:06 extern_learn PERMANENT 
  10.0.0.6 dev e0 lladdr 02:00:00:00:00:06 extern_learn PERMANENT 
  10.0.0.7 dev e0 FAILED 
  10.0.0.8 dev e0 INCOMPLETE 
  $ ip neigh show unused | sort
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.4 dev e0 lladdr 02:00:00:00:00:04 router STALE 
  10.0.0.6 dev e0 lladdr 02:00:00:00:00:06 extern_learn PERMANENT 
  10.0.0.7 dev e0 FAILED 
  10.0.0.8 dev e0 INCOMPLETE 
  $ ip neigh show proxy; ip -j neigh show proxy; ip neigh show proxy router
  10.0.0.10 dev e0 router proxy 
  10.0.0.9 dev e0 proxy 
  [{"dst":"10.0.0.10","dev":"e0","router":null,"proxy":null},{"dst":"10.0.0.9","dev":"e0","proxy":null}]
  Error: any valid prefix is expected rather than "router".
  [1]
  $ ip neigh lst 10.0.0.0/29 | sort; ip neigh ls to 10.0.0.4/31 | sort
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.4 dev e0 lladdr 02:00:00:00:00:04 router STALE 
  10.0.0.5 dev e0 lladdr 02:00:00:00:00:05 REACHABLE 
  10.0.0.6 dev e0 lladdr 02:00:00:00:00:06 extern_learn PERMANENT 
  10.0.0.7 dev e0 FAILED 
  10.0.0.4 dev e0 lladdr 02:00:00:00:00:04 router STALE 
  10.0.0.5 dev e0 lladdr 02:00:00:00:00:05 REACHABLE 
  $ ip neigh get 10.0.0.4 dev e0; ip neigh get 10.0.0.3 dev e0; ip neigh get proxy 10.0.0.9 dev e0; ip neigh get 10.0.0.77 dev e0
  10.0.0.4 dev e0 lladdr 02:00:00:00:00:04 router STALE 
  10.0.0.3 dev e0 lladdr 02:00:00:00:00:03 NOARP 
  10.0.0.9 dev e0 proxy 
  Error: Neighbour entry not found.
  [2]
  $ ip -j neigh get 10.0.0.2 dev e0; echo
  10.0.0.2 dev e0 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip -4 neigh show dev e0 nud permanent | sort; ip -6 neigh show dev e0
  10.0.0.2 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.6 lladdr 02:00:00:00:00:06 extern_learn PERMANENT 
  $ arp -n | sort
  10.0.0.10                *       <from_interface>    MP                    e0
  10.0.0.2                 ether   02:00:00:00:00:02   CM                    e0
  10.0.0.4                 ether   02:00:00:00:00:04   C                     e0
  10.0.0.5                 ether   02:00:00:00:00:05   C                     e0
  10.0.0.6                 ether   02:00:00:00:00:06   CM                    e0
  10.0.0.7                         (incomplete)                              e0
  10.0.0.8                         (incomplete)                              e0
  10.0.0.9                 *       <from_interface>    MP                    e0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ arp -an | sort
  ? (10.0.0.10) at <from_interface> PERM PUB on e0
  ? (10.0.0.2) at 02:00:00:00:00:02 [ether] PERM on e0
  ? (10.0.0.4) at 02:00:00:00:00:04 [ether] on e0
  ? (10.0.0.5) at 02:00:00:00:00:05 [ether] on e0
  ? (10.0.0.6) at 02:00:00:00:00:06 [ether] PERM on e0
  ? (10.0.0.7) at <incomplete> on e0
  ? (10.0.0.8) at <incomplete> on e0
  ? (10.0.0.9) at <from_interface> PERM PUB on e0
  $ arp -e | sort
  10.0.0.10                *       <from_interface>    MP                    e0
  10.0.0.2                 ether   02:00:00:00:00:02   CM                    e0
  10.0.0.4                 ether   02:00:00:00:00:04   C                     e0
  10.0.0.5                 ether   02:00:00:00:00:05   C                     e0
  10.0.0.6                 ether   02:00:00:00:00:06   CM                    e0
  10.0.0.7                         (incomplete)                              e0
  10.0.0.8                         (incomplete)                              e0
  10.0.0.9                 *       <from_interface>    MP                    e0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ arp -n -i e0 10.0.0.4; arp -n 10.0.0.77
  Address                  HWtype  HWaddress           Flags Mask            Iface
  10.0.0.4                 ether   02:00:00:00:00:04   C                     e0
  10.0.0.77 (10.0.0.77) -- no entry
  $ cat /proc/net/arp | sort
  10.0.0.10        0x1         0xc         00:00:00:00:00:00     *        e0
  10.0.0.2         0x1         0x6         02:00:00:00:00:02     *        e0
  10.0.0.4         0x1         0x2         02:00:00:00:00:04     *        e0
  10.0.0.5         0x1         0x2         02:00:00:00:00:05     *        e0
  10.0.0.6         0x1         0x6         02:00:00:00:00:06     *        e0
  10.0.0.7         0x1         0x0         00:00:00:00:00:00     *        e0
  10.0.0.8         0x1         0x0         00:00:00:00:00:00     *        e0
  10.0.0.9         0x1         0xc         00:00:00:00:00:00     *        e0
  IP address       HW type     Flags       HW address            Mask     Device

