ip route add multipath: every nexthop keyword with good, bad and repeated values, exit codes, plain and json listings.
  $ ip link add v0 type veth peer name v1
  $ ip link add v2 type veth peer name v3
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set v2 up
  $ ip link set v3 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip addr add 10.8.0.1/24 dev v2
  $ for o in "nexthop via 10.9.0.2 nexthop via 10.8.0.2" "nexthop via 10.9.0.2 weight 1 nexthop via 10.8.0.2 weight 256" "nexthop via 10.9.0.2 weight 0" "nexthop via 10.9.0.2 weight 257" "nexthop via 10.9.0.2 weight x" "nexthop via 10.9.0.2 nexthop via 10.9.0.2" "nexthop via 10.9.0.2" "nexthop dev v0 nexthop dev v2" "nexthop via 10.7.0.2 nexthop via 10.8.0.2" "nexthop via 10.7.0.2 dev v0 onlink nexthop via 10.8.0.2" "nexthop via 10.9.0.2 dev v2" "nexthop dev nosuch" "nexthop" "nexthop nexthop via 10.9.0.2" "nexthop via 10.9.0.2 realms 5 nexthop via 10.8.0.2 realm 3/4" "nexthop via 10.9.0.2 mtu 1400" "nexthop via 10.9.0.2 bogus 1" "via 10.9.0.2 nexthop via 10.8.0.2" "nexthop via 10.9.0.2 nexthop via 10.8.0.2 metric 5 proto static" "nexthop via 10.9.0.1 nexthop via 10.8.0.2" "nexthop via 10.9.0.2 dev v0 nexthop via 10.8.0.2 dev v2 weight 3 onlink" "nexthop via inet 10.9.0.2 nexthop via 10.8.0.2" "blackhole nexthop via 10.9.0.2" "local nexthop dev v0 nexthop dev v2"; do echo "== $o"; ip route add 172.20.0.0/16 $o 2>&1; echo $?; ip route show 172.20.0.0/16; ip route flush 172.20.0.0/16 2>&1; done
  == nexthop via 10.9.0.2 nexthop via 10.8.0.2
  0
  172.20.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.8.0.2 dev v2 weight 1 
  == nexthop via 10.9.0.2 weight 1 nexthop via 10.8.0.2 weight 256
  0
  172.20.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.8.0.2 dev v2 weight 256 
  == nexthop via 10.9.0.2 weight 0
  Error: argument "0" is wrong: "weight" is invalid
  
  255
  == nexthop via 10.9.0.2 weight 257
  Error: argument "257" is wrong: "weight" is invalid
  
  255
  == nexthop via 10.9.0.2 weight x
  Error: argument "x" is wrong: "weight" is invalid
  
  255
  == nexthop via 10.9.0.2 nexthop via 10.9.0.2
  0
  172.20.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  == nexthop via 10.9.0.2
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 
  == nexthop dev v0 nexthop dev v2
  0
  172.20.0.0/16 
  	nexthop dev v0 weight 1 
  	nexthop dev v2 weight 1 
  == nexthop via 10.7.0.2 nexthop via 10.8.0.2
  Error: Nexthop has invalid gateway.
  2
  == nexthop via 10.7.0.2 dev v0 onlink nexthop via 10.8.0.2
  0
  172.20.0.0/16 
  	nexthop via 10.7.0.2 dev v0 weight 1 onlink 
  	nexthop via 10.8.0.2 dev v2 weight 1 
  == nexthop via 10.9.0.2 dev v2
  Error: Nexthop has invalid gateway.
  2
  == nexthop dev nosuch
  Cannot find device "nosuch"
  Error: cannot parse nexthop
  255
  == nexthop
  Error: unexpected end of line after "nexthop"
  255
  == nexthop nexthop via 10.9.0.2
  RTNETLINK answers: No such device
  2
  == nexthop via 10.9.0.2 realms 5 nexthop via 10.8.0.2 realm 3/4
  0
  172.20.0.0/16 
  	nexthop via 10.9.0.2 realm 5 dev v0 weight 1 
  	nexthop via 10.8.0.2 realms 3/4 dev v2 weight 1 
  == nexthop via 10.9.0.2 mtu 1400
  Error: "nexthop" or end of line is expected instead of "mtu"
  255
  == nexthop via 10.9.0.2 bogus 1
  Error: "nexthop" or end of line is expected instead of "bogus"
  255
  == via 10.9.0.2 nexthop via 10.8.0.2
  Error: Nexthop gateway does not match RTA_GATEWAY or RTA_VIA.
  2
  == nexthop via 10.9.0.2 nexthop via 10.8.0.2 metric 5 proto static
  Error: "nexthop" or end of line is expected instead of "metric"
  255
  == nexthop via 10.9.0.1 nexthop via 10.8.0.2
  0
  172.20.0.0/16 
  	nexthop via 10.9.0.1 dev v0 weight 1 
  	nexthop via 10.8.0.2 dev v2 weight 1 
  == nexthop via 10.9.0.2 dev v0 nexthop via 10.8.0.2 dev v2 weight 3 onlink
  0
  172.20.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.8.0.2 dev v2 weight 3 onlink 
  == nexthop via inet 10.9.0.2 nexthop via 10.8.0.2
  0
  172.20.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 1 
  	nexthop via 10.8.0.2 dev v2 weight 1 
  == blackhole nexthop via 10.9.0.2
  Error: either "to" is duplicate, or "nexthop" is a garbage.
  255
  == local nexthop dev v0 nexthop dev v2
  Error: either "to" is duplicate, or "nexthop" is a garbage.
  255
  $ ip route add 172.21.0.0/16 nexthop via 10.9.0.2 weight 2 nexthop via 10.8.0.2 weight 5 realms 7
  $ ip -j -p route show 172.21.0.0/16
  [ {
          "dst": "172.21.0.0/16",
          "flags": [ ],
          "nexthops": [ {
                  "gateway": "10.9.0.2",
                  "dev": "v0",
                  "weight": 2,
                  "flags": [ ]
              },{
                  "gateway": "10.8.0.2",
                  "flow": {
                      "to": "7"
                  },
                  "dev": "v2",
                  "weight": 5,
                  "flags": [ ]
              } ]
      } ]
  $ ip -d route show 172.21.0.0/16
  unicast 172.21.0.0/16 proto boot scope global 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.8.0.2 realm 7 dev v2 weight 5 
  $ ip route get 172.21.1.1 fibmatch
  172.21.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.8.0.2 realm 7 dev v2 weight 5 
  $ ip -j route get 172.21.1.1 fibmatch
  [{"dst":"172.21.0.0/16","flags":[],"nexthops":[{"gateway":"10.9.0.2","dev":"v0","weight":2,"flags":[]},{"gateway":"10.8.0.2","flow":{"to":"7"},"dev":"v2","weight":5,"flags":[]}]}]
  $ ip route append 172.21.0.0/16 nexthop via 10.9.0.3 2>&1; echo $?
  0
  $ ip route prepend 172.21.0.0/16 nexthop via 10.9.0.4 2>&1; echo $?
  0
  $ ip route show 172.21.0.0/16
  172.21.0.0/16 via 10.9.0.4 dev v0 
  172.21.0.0/16 
  	nexthop via 10.9.0.2 dev v0 weight 2 
  	nexthop via 10.8.0.2 realm 7 dev v2 weight 5 
  172.21.0.0/16 via 10.9.0.3 dev v0 
  $ ip route del 172.21.0.0/16 nexthop via 10.9.0.2 weight 2 nexthop via 10.8.0.2 weight 5 2>&1; echo $?
  0
  $ ip route del 172.21.0.0/16 nexthop via 10.9.0.2 weight 3 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 172.21.0.0/16 via 10.9.0.2 2>&1; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route show 172.21.0.0/16
  172.21.0.0/16 via 10.9.0.4 dev v0 
  172.21.0.0/16 via 10.9.0.3 dev v0 
