ip -j (and -p) of neighbour entries with -s and -s -s statistics (ages as numbers, probes, refcnt), a protocol name, ntable for one device and table, proxy and failed listings.
  $ ip netns add x; ip netns add y
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name y0 netns y address 02:00:00:00:00:02
  $ ip -n x link set x0 up; ip -n y link set y0 up; ip -n x addr add 10.0.0.1/24 dev x0; ip -n y addr add 10.0.0.2/24 dev y0
  $ ip netns exec x ping -c 1 -W 1 10.0.0.2 > /dev/null
  $ ip -n x -j -s neigh show 10.0.0.2 | sed -E 's/"(used|confirmed|updated)":[0-9]+/"\1":N/g'
  [{"dst":"10.0.0.2","dev":"x0","lladdr":"02:00:00:00:00:02","refcnt":1,"used":N,"confirmed":N,"updated":N,"probes":4,"state":["REACHABLE"]}]
  $ ip -n x -j -p -s neigh show 10.0.0.2 | sed -E 's/"(used|confirmed|updated)": [0-9]+/"\1": N/g'
  [ {
          "dst": "10.0.0.2",
          "dev": "x0",
          "lladdr": "02:00:00:00:00:02",
          "refcnt": 1,
          "used": N,
          "confirmed": N,
          "updated": N,
          "probes": 4,
          "state": [ "REACHABLE" ]
      } ]
  $ ip -n x neigh add 10.0.0.7 dev x0 lladdr 02:00:00:00:00:07 nud permanent protocol zebra
  $ ip -n x -j -s -s neigh show 10.0.0.7 | sed -E 's/"(used|confirmed|updated)":[0-9]+/"\1":N/g'
  [{"dst":"10.0.0.7","dev":"x0","lladdr":"02:00:00:00:00:07","used":N,"confirmed":N,"updated":N,"probes":0,"state":["PERMANENT"],"protocol":"zebra"}]
  $ ip -n x -j ntable show dev x0 name arp_cache | sed -E 's/"reachable":[0-9]+/"reachable":N/'
  [{"family":"inet","name":"arp_cache","dev":"x0","refcnt":3,"reachable":N,"base_reachable":30000,"retrans":1000,"gc_stale":60000,"delay_probe":5000,"queue":101,"app_probes":0,"ucast_probes":3,"mcast_probes":3,"anycast_delay":1000,"proxy_delay":800,"proxy_queue":64,"locktime":1000}]
  $ ip -n x -j -p neigh show proxy
  [ ]
  $ ip -n x -j neigh show nud failed
  []
