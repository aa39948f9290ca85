bridge mdb in JSON: -j (index, dev, port, grp, state, flags, vid), -j -d (protocol), -j -s (timer as a string), -p pretty, show dev filter, an empty mdb and no bridge at all, vid filter, the long option forms.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ bridge -j mdb show
  [{"mdb":[],"router":{}}]
  $ bridge mdb show
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add br1 address 02:00:00:00:00:20 type bridge
  $ bridge -j mdb show
  [{"mdb":[],"router":{}}]
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 address 02:00:00:00:02:02
  $ ip link set p1 master br0; ip link set p2 master br1
  $ ip link set br0 up; ip link set br1 up; ip link set p1 up; ip link set p2 up; ip link set e1 up; ip link set e2 up
  $ bridge mdb add dev br0 port p1 grp 239.1.1.1 permanent
  $ bridge mdb add dev br0 port p1 grp 239.1.1.2 vid 10 permanent
  $ bridge mdb add dev br1 port p2 grp ff0e::1:2 permanent
  $ bridge mdb add dev br1 port p2 grp 01:00:5e:00:00:fb permanent
  $ bridge -j mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.2","state":"permanent","flags":[],"vid":10},{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.1","state":"permanent","flags":[]},{"index":3,"dev":"br1","port":"p2","grp":"01:00:5e:00:00:fb","state":"permanent","flags":[]},{"index":3,"dev":"br1","port":"p2","grp":"ff0e::1:2","state":"permanent","flags":[]}],"router":{}}]
  $ bridge -j -p mdb show
  [ {
          "mdb": [ {
                  "index": 2,
                  "dev": "br0",
                  "port": "p1",
                  "grp": "239.1.1.2",
                  "state": "permanent",
                  "flags": [ ],
                  "vid": 10
              },{
                  "index": 2,
                  "dev": "br0",
                  "port": "p1",
                  "grp": "239.1.1.1",
                  "state": "permanent",
                  "flags": [ ]
              },{
                  "index": 3,
                  "dev": "br1",
                  "port": "p2",
                  "grp": "01:00:5e:00:00:fb",
                  "state": "permanent",
                  "flags": [ ]
              },{
                  "index": 3,
                  "dev": "br1",
                  "port": "p2",
                  "grp": "ff0e::1:2",
                  "state": "permanent",
                  "flags": [ ]
              } ],
          "router": {}
      } ]
  $ bridge -j -d mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.2","state":"permanent","protocol":"static","flags":[],"vid":10},{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.1","state":"permanent","protocol":"static","flags":[]},{"index":3,"dev":"br1","port":"p2","grp":"01:00:5e:00:00:fb","state":"permanent","protocol":"static","flags":[]},{"index":3,"dev":"br1","port":"p2","grp":"ff0e::1:2","state":"permanent","protocol":"static","flags":[]}],"router":{}}]
  $ bridge -j -s mdb show
  [{"mdb":[{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.2","state":"permanent","flags":[],"vid":10,"timer":"   0.00"},{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.1","state":"permanent","flags":[],"timer":"   0.00"},{"index":3,"dev":"br1","port":"p2","grp":"01:00:5e:00:00:fb","state":"permanent","flags":[],"timer":"   0.00"},{"index":3,"dev":"br1","port":"p2","grp":"ff0e::1:2","state":"permanent","flags":[],"timer":"   0.00"}],"router":{}}]
  $ bridge -json -details mdb show dev br1
  [{"mdb":[{"index":3,"dev":"br1","port":"p2","grp":"01:00:5e:00:00:fb","state":"permanent","protocol":"static","flags":[]},{"index":3,"dev":"br1","port":"p2","grp":"ff0e::1:2","state":"permanent","protocol":"static","flags":[]}],"router":{}}]
  $ bridge -j mdb show dev p1
  [{"mdb":[],"router":{}}]
  $ bridge mdb show dev p1
  $ bridge mdb show vid 10
  dev br0 port p1 grp 239.1.1.2 permanent vid 10
  $ bridge -j mdb show vid 10
  [{"mdb":[{"index":2,"dev":"br0","port":"p1","grp":"239.1.1.2","state":"permanent","flags":[],"vid":10}],"router":{}}]
  $ bridge -d -s mdb show
  dev br0 port p1 grp 239.1.1.2 permanent proto static  vid 10    0.00
  dev br0 port p1 grp 239.1.1.1 permanent proto static     0.00
  dev br1 port p2 grp 01:00:5e:00:00:fb permanent proto static     0.00
  dev br1 port p2 grp ff0e::1:2 permanent proto static     0.00
  $ bridge -statistics -details mdb list
  dev br0 port p1 grp 239.1.1.2 permanent proto static  vid 10    0.00
  dev br0 port p1 grp 239.1.1.1 permanent proto static     0.00
  dev br1 port p2 grp 01:00:5e:00:00:fb permanent proto static     0.00
  dev br1 port p2 grp ff0e::1:2 permanent proto static     0.00
  $ bridge mdb lst dev br1
  dev br1 port p2 grp 01:00:5e:00:00:fb permanent
  dev br1 port p2 grp ff0e::1:2 permanent
  $ bridge -d mdb sh
  dev br0 port p1 grp 239.1.1.2 permanent proto static  vid 10
  dev br0 port p1 grp 239.1.1.1 permanent proto static 
  dev br1 port p2 grp 01:00:5e:00:00:fb permanent proto static 
  dev br1 port p2 grp ff0e::1:2 permanent proto static 
