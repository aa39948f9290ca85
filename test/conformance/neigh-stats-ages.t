ip -s neigh ages (used/confirmed/updated, whole seconds) and ref counts after traffic, by-hand changes and idle time, in text, -s -s, -d and JSON; /proc/net/arp flags for each state and for proxy entries.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name b0 netns b address 02:00:00:00:0b:00
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
  $ ip -n a -s neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00  ref 1 used *probes 4 REACHABLE  (glob)
  $ ip -n b -s neigh show
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:00  ref 1 used *probes 0 DELAY  (glob)
  $ sleep 2.5
  $ ip -n a -s neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00  ref 1 used *probes 4 REACHABLE  (glob)
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0 nud stale
  $ ip -n a neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev a0 nud reachable
  $ ip -n a neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev a0
  $ ip -n a neigh add proxy 10.0.0.50 dev a0
  $ sleep 1.5
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
  $ ip -n a -s neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00  ref 1 used *probes 4 REACHABLE  (glob)
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:03  used *probes 0 STALE  (glob)
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:04  ref 1 used *probes 0 REACHABLE  (glob)
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:05  used *probes 0 PERMANENT  (glob)
  $ ip -n a -s -s neigh show 10.0.0.3
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:03  used *probes 0 STALE  (glob)
  $ ip -n a -d neigh show 10.0.0.4
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:04 REACHABLE 
  $ ip -n a -j -s neigh show 10.0.0.5
  [{"dst":"10.0.0.5","dev":"a0","lladdr":"02:00:00:00:00:05","used":1,"confirmed":1,"updated":1,"probes":0,"state":["PERMANENT"]}]
  $ ip -n a -j -p neigh show 10.0.0.2
  [ {
          "dst": "10.0.0.2",
          "dev": "a0",
          "lladdr": "02:00:00:00:0b:00",
          "state": [ "REACHABLE" ]
      } ]
  $ ip netns exec a cat /proc/net/arp | sort
  10.0.0.2         0x1         0x2         02:00:00:00:0b:00     *        a0
  10.0.0.3         0x1         0x2         02:00:00:00:00:03     *        a0
  10.0.0.4         0x1         0x2         02:00:00:00:00:04     *        a0
  10.0.0.5         0x1         0x6         02:00:00:00:00:05     *        a0
  10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip netns exec a ping -c 1 -W 1 10.0.0.9 > /dev/null
  [1]
  $ ip netns exec a cat /proc/net/arp | sort
  10.0.0.2         0x1         0x2         02:00:00:00:0b:00     *        a0
  10.0.0.3         0x1         0x2         02:00:00:00:00:03     *        a0
  10.0.0.4         0x1         0x2         02:00:00:00:00:04     *        a0
  10.0.0.5         0x1         0x6         02:00:00:00:00:05     *        a0
  10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.9         0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ sleep 3.5
  $ ip netns exec a cat /proc/net/arp | sort
  10.0.0.2         0x1         0x2         02:00:00:00:0b:00     *        a0
  10.0.0.3         0x1         0x2         02:00:00:00:00:03     *        a0
  10.0.0.4         0x1         0x2         02:00:00:00:00:04     *        a0
  10.0.0.5         0x1         0x6         02:00:00:00:00:05     *        a0
  10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        a0
  10.0.0.9         0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip -n a -s neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:00  ref 1 used *probes 4 REACHABLE  (glob)
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:03  used *probes 0 STALE  (glob)
  10.0.0.4 dev a0 lladdr 02:00:00:00:00:04  ref 1 used *probes 0 REACHABLE  (glob)
  10.0.0.5 dev a0 lladdr 02:00:00:00:00:05  used *probes 0 PERMANENT  (glob)
  10.0.0.9 dev a0  used *probes 6 FAILED  (glob)
  $ ip -n a neigh change 10.0.0.3 lladdr 02:00:00:00:00:33 dev a0
  $ ip -n a -s neigh show 10.0.0.3
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:33  used *probes 0 PERMANENT  (glob)
  $ ip -n b -s neigh show
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:00  ref 1 used *probes 1 REACHABLE  (glob)
