bridge fdb in JSON and filtered: -j and -j -p of learned, static, permanent and sticky entries, show state permanent/static/reachable, show vlan, use and router flags, -s statistics (used/updated as numbers), and the errors of a bad state.
  $ ip netns add s
  $ ip netns add h1
  $ ip -n s link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns s address 02:00:00:00:90:01
  $ ip -n s link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ ip -n s link set p1 master br0
  $ ip -n s link set p2 master br0
  $ for d in br0 p1 p2 q2; do ip -n s link set $d up; done
  $ ip -n h1 link set e0 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e0
  $ ip -n s addr add 10.0.0.254/24 dev br0
  $ sleep 1
  $ ip netns exec h1 ping -c 1 -q 10.0.0.254 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n s fdb add 02:00:00:00:aa:01 dev p2 master static
  $ bridge -n s fdb add 02:00:00:00:aa:02 dev p2 master sticky
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n s fdb add 02:00:00:00:aa:03 dev p1 master use
  $ bridge -n s fdb add 02:00:00:00:aa:04 dev p1 master permanent
  $ bridge -n s fdb show br br0 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:aa:04 dev p1 master br0 permanent
  02:00:00:00:aa:03 dev p1 master br0 
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:aa:01 dev p2 master br0 static
  02:00:00:00:91:02 dev p2 master br0 
  02:00:00:00:90:02 dev p2 master br0 permanent
  $ bridge -n s fdb show br br0 state permanent | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:aa:04 dev p1 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  $ bridge -n s fdb show br br0 state static
  02:00:00:00:aa:01 dev p2 master br0 static
  $ bridge -n s fdb show br br0 state reachable
  02:00:00:00:aa:03 dev p1 master br0 
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:91:02 dev p2 master br0 
  $ bridge -n s fdb show br br0 state 128 | grep -v 33:33 | grep -v 01:00:5e
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:aa:04 dev p1 master br0 permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  $ bridge -n s fdb show br br0 state bogus
  Error: argument "bogus" is wrong: invalid state
  [255]
  $ bridge -n s fdb show br br0 vlan 1
  $ bridge -n s fdb show dev p2
  02:00:00:00:aa:01 master br0 static
  02:00:00:00:91:02 master br0 
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:90:02 self permanent
  $ bridge -n s -j fdb show dev p2
  [{"mac":"02:00:00:00:aa:01","flags":[],"master":"br0","state":"static"},{"mac":"02:00:00:00:91:02","flags":[],"master":"br0","state":""},{"mac":"02:00:00:00:90:02","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","flags":["self"],"state":"permanent"},{"mac":"33:33:ff:00:90:02","flags":["self"],"state":"permanent"}]
  $ bridge -n s -j -p fdb show dev p1 | sed 's/"\(used\|updated\)": [0-9]*/"\1": N/'
  [ {
          "mac": "02:00:00:00:aa:04",
          "flags": [ ],
          "master": "br0",
          "state": "permanent"
      },{
          "mac": "02:00:00:00:aa:03",
          "flags": [ ],
          "master": "br0",
          "state": ""
      },{
          "mac": "02:00:00:00:00:01",
          "flags": [ ],
          "master": "br0",
          "state": ""
      },{
          "mac": "02:00:00:00:90:01",
          "flags": [ ],
          "master": "br0",
          "state": "permanent"
      },{
          "mac": "33:33:00:00:00:01",
          "flags": [ "self" ],
          "state": "permanent"
      },{
          "mac": "01:00:5e:00:00:01",
          "flags": [ "self" ],
          "state": "permanent"
      },{
          "mac": "33:33:ff:00:90:01",
          "flags": [ "self" ],
          "state": "permanent"
      } ]
  $ bridge -n s -j -s fdb show dev p1 | sed 's/"\(used\|updated\)": *[0-9]*/"\1":N/g'
  [{"mac":"02:00:00:00:aa:04","used":N,"updated":N,"flags":[],"master":"br0","state":"permanent"},{"mac":"02:00:00:00:aa:03","used":N,"updated":N,"flags":[],"master":"br0","state":""},{"mac":"02:00:00:00:00:01","used":N,"updated":N,"flags":[],"master":"br0","state":""},{"mac":"02:00:00:00:90:01","used":N,"updated":N,"flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","flags":["self"],"state":"permanent"},{"mac":"33:33:ff:00:90:01","flags":["self"],"state":"permanent"}]
  $ bridge -n s -s fdb show dev p1 | sed 's/used [0-9]*\/[0-9]*/used U\/U/'
  02:00:00:00:aa:04 used U/U master br0 permanent
  02:00:00:00:aa:03 used U/U master br0 
  02:00:00:00:00:01 used U/U master br0 
  02:00:00:00:90:01 used U/U master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:90:01 self permanent
  $ bridge -n s fdb show br br0 dynamic
  02:00:00:00:aa:03 dev p1 master br0 
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:aa:01 dev p2 master br0 static
  02:00:00:00:91:02 dev p2 master br0 
  $ bridge -n s fdb add 02:00:00:00:aa:05 dev p2 master router
  $ bridge -n s fdb show dev p2
  02:00:00:00:aa:05 master br0 permanent
  02:00:00:00:aa:01 master br0 static
  02:00:00:00:91:02 master br0 
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  33:33:ff:00:90:02 self permanent
  $ bridge -n s fdb add 02:00:00:00:aa:06 dev p2 master static sticky
  $ bridge -n s fdb show dev p2 | grep aa:06
  02:00:00:00:aa:06 sticky master br0 static
  $ bridge -n s fdb add 02:00:00:00:aa:07 dev p2 master local
  $ bridge -n s fdb show dev p2 | grep aa:07
  02:00:00:00:aa:07 master br0 permanent
  $ bridge -n s fdb add 02:00:00:00:aa:08 dev p2 master dynamic
  $ bridge -n s fdb show dev p2 | grep aa:08
  02:00:00:00:aa:08 master br0 
