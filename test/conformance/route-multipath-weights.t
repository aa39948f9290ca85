ip route multipath: nexthop weights, onlink nexthops, show and get, replace, errors.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:00:03 type veth peer name b1 address 02:00:00:00:00:04
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 10.9.0.0/16 nexthop via 10.0.0.2 weight 3 nexthop via 10.0.1.2 weight 1
  $ ip route add 10.8.0.0/16 metric 5 nexthop via 10.0.0.2 dev a0 nexthop via 10.0.1.2 dev a1 onlink
  $ ip route add 10.7.0.0/16 nexthop dev a0 nexthop dev a1
  $ ip route add 10.6.0.0/16 nexthop via 10.0.0.2 weight 256
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.6.0.0/16 via 10.0.0.2 dev a0 
  10.7.0.0/16 
  	nexthop dev a0 weight 1 
  	nexthop dev a1 weight 1 
  10.8.0.0/16 metric 5 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 onlink 
  10.9.0.0/16 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  $ ip -j route show 10.9.0.0/16
  [{"dst":"10.9.0.0/16","flags":[],"nexthops":[{"gateway":"10.0.0.2","dev":"a0","weight":3,"flags":[]},{"gateway":"10.0.1.2","dev":"a1","weight":1,"flags":[]}]}]
  $ ip -p -j route show 10.8.0.0/16
  [ {
          "dst": "10.8.0.0/16",
          "metric": 5,
          "flags": [ ],
          "nexthops": [ {
                  "gateway": "10.0.0.2",
                  "dev": "a0",
                  "weight": 1,
                  "flags": [ ]
              },{
                  "gateway": "10.0.1.2",
                  "dev": "a1",
                  "weight": 1,
                  "flags": [ "onlink" ]
              } ]
      } ]
  $ ip route show 10.6.0.0/16
  10.6.0.0/16 via 10.0.0.2 dev a0 
  $ ip route get fibmatch 10.9.1.1
  10.9.0.0/16 
  	nexthop via 10.0.0.2 dev a0 weight 3 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  $ ip route add 10.5.0.0/16 nexthop via 10.0.0.2 weight 0
  Error: argument "0" is wrong: "weight" is invalid
  [255]
  $ ip route add 10.5.0.0/16 nexthop via 10.0.0.2 weight 257
  Error: argument "257" is wrong: "weight" is invalid
  [255]
  $ ip route add 10.5.0.0/16 nexthop via 10.3.0.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.5.0.0/16 nexthop via 10.0.0.2 nexthop
  Error: unexpected end of line after "nexthop"
  [255]
  $ ip route add 10.5.0.0/16 nexthop
  Error: unexpected end of line after "nexthop"
  [255]
  $ ip route replace 10.9.0.0/16 nexthop via 10.0.0.3 weight 2 nexthop via 10.0.1.3 weight 2
  $ ip route show 10.9.0.0/16
  10.9.0.0/16 
  	nexthop via 10.0.0.3 dev a0 weight 2 
  	nexthop via 10.0.1.3 dev a1 weight 2 
  $ ip route append 10.9.0.0/16 via 10.0.0.4
  $ ip route show 10.9.0.0/16
  10.9.0.0/16 
  	nexthop via 10.0.0.3 dev a0 weight 2 
  	nexthop via 10.0.1.3 dev a1 weight 2 
  10.9.0.0/16 via 10.0.0.4 dev a0 
  $ ip route prepend 10.9.0.0/16 nexthop via 10.0.1.4
  $ ip route show 10.9.0.0/16
  10.9.0.0/16 via 10.0.1.4 dev a1 
  10.9.0.0/16 
  	nexthop via 10.0.0.3 dev a0 weight 2 
  	nexthop via 10.0.1.3 dev a1 weight 2 
  10.9.0.0/16 via 10.0.0.4 dev a0 
  $ ip route del 10.9.0.0/16 nexthop via 10.0.0.3 weight 2 nexthop via 10.0.1.3 weight 2
  $ ip route show 10.9.0.0/16
  10.9.0.0/16 via 10.0.1.4 dev a1 
  10.9.0.0/16 via 10.0.0.4 dev a0 
  $ ip link set a1 down
  $ ip route show 10.8.0.0/16
  10.8.0.0/16 metric 5 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 dead onlink linkdown 
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.6.0.0/16 via 10.0.0.2 dev a0 
  10.7.0.0/16 
  	nexthop dev a0 weight 1 
  	nexthop dev a1 weight 1 dead linkdown 
  10.8.0.0/16 metric 5 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 dead onlink linkdown 
  10.9.0.0/16 via 10.0.0.4 dev a0 
  $ ip route get 10.8.1.1
  10.8.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
