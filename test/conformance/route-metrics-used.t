Route metrics shown with -d and -j and used: hoplimit sets the TTL of packets sent through the route, mtu lock keeps DF off, advmss and mtu show in ip route get; errors of bad metric values.
  $ ip netns add n1
  $ ip netns add n2
  $ ip link add h1 netns n1 address 02:00:00:00:01:01 type veth peer name h2 netns n2 address 02:00:00:00:02:02
  $ ip -n n1 link set lo up; ip -n n1 link set h1 up; ip -n n2 link set lo up; ip -n n2 link set h2 up
  $ ip -n n1 addr add 10.0.0.1/24 dev h1; ip -n n2 addr add 10.0.0.2/24 dev h2
  $ ip -n n2 addr add 10.9.0.1/32 dev lo
  $ ip -n n1 route add 10.9.0.1 via 10.0.0.2 hoplimit 7 mtu lock 1300 advmss 1000 rto_min 250ms initcwnd 4 quickack 1 features ecn
  $ ip -n n1 route show 10.9.0.1
  10.9.0.1 via 10.0.0.2 dev h1 mtu lock 1300 advmss 1000 hoplimit 7 initcwnd 4 features ecn rto_min lock 250ms quickack 1 
  $ ip -n n1 -d route show 10.9.0.1
  unicast 10.9.0.1 via 10.0.0.2 dev h1 proto boot scope global mtu lock 1300 advmss 1000 hoplimit 7 initcwnd 4 features ecn rto_min lock 250ms quickack 1 
  $ ip -n n1 -j route show 10.9.0.1
  [{"dst":"10.9.0.1","gateway":"10.0.0.2","dev":"h1","flags":[],"metrics":[{"mtu":1300,"advmss":1000,"hoplimit":7,"initcwnd":4,"ecn":null,"rto_min":250,"quickack":1}]}]
  $ ip -n n1 -j -p route show 10.9.0.1
  [ {
          "dst": "10.9.0.1",
          "gateway": "10.0.0.2",
          "dev": "h1",
          "flags": [ ],
          "metrics": [ {
                  "mtu": 1300,
                  "advmss": 1000,
                  "hoplimit": 7,
                  "initcwnd": 4,
                  "ecn": null,
                  "rto_min": 250,
                  "quickack": 1
              } ]
      } ]
  $ ip -n n1 route get 10.9.0.1
  10.9.0.1 via 10.0.0.2 dev h1 src 10.0.0.1 uid 0 
      cache mtu lock 1300 advmss 1000 hoplimit 7 initcwnd 4 features ecn rto_min lock 250ms quickack 1 
  $ ip -n n1 -j route get 10.9.0.1
  [{"dst":"10.9.0.1","gateway":"10.0.0.2","dev":"h1","prefsrc":"10.0.0.1","flags":[],"uid":0,"cache":[],"metrics":[{"mtu":1300,"advmss":1000,"hoplimit":7,"initcwnd":4,"ecn":null,"rto_min":250,"quickack":1}]}]
  $ ip netns exec n2 tcpdump -l -n -v -i h2 icmp > dump 2> /dev/null & sleep 0.5; ip netns exec n1 ping -c 1 -s 1400 10.9.0.1 | grep -c 'bytes from'; sleep 0.5; kill $!; wait
  1
  $ grep -o 'ttl [0-9]*' dump | sort | uniq -c
        1 ttl 64
        2 ttl 7
  $ grep -o 'flags \[[A-Z+]*\]' dump | sort | uniq -c
        1 flags [+]
  $ ip -n n1 route change 10.9.0.1 via 10.0.0.2 hoplimit 255
  $ ip -n n1 route show 10.9.0.1
  10.9.0.1 via 10.0.0.2 dev h1 hoplimit 255 
  $ ip -n n1 route add 10.9.0.2 via 10.0.0.2 mtu abc
  Error: argument "abc" is wrong: "mtu" value is invalid
  [255]
  $ ip -n n1 route add 10.9.0.2 via 10.0.0.2 hoplimit 300
  Error: argument "300" is wrong: "hoplimit" value is invalid
  [255]
  $ ip -n n1 route add 10.9.0.2 via 10.0.0.2 rto_min 5x
  Error: argument "5x" is wrong: "rto_min" value is invalid
  [255]
  $ ip -n n1 route add 10.9.0.2 via 10.0.0.2 quickack 2
  Error: argument "2" is wrong: "quickack" value should be 0 or 1
  [255]
  $ ip -n n1 route add 10.9.0.2 via 10.0.0.2 features nosuch
  Error: argument "nosuch" is wrong: "features" value not valid
  [255]
  $ ip -n n1 route add 10.9.0.2 via 10.0.0.2 initcwnd
  Command line is not complete. Try option "help"
  [255]
  $ ip -n n1 route add 10.9.0.2 via 10.0.0.2 mtu lock
  Command line is not complete. Try option "help"
  [255]
  $ ip -n n1 route add 10.9.0.2 via 10.0.0.2 rto_min 2 initrwnd lock 9
  $ ip -n n1 route show 10.9.0.2
  10.9.0.2 via 10.0.0.2 dev h1 rto_min lock 2ms initrwnd lock 9 
  $ ip -n n1 route add 10.9.0.3 via 10.0.0.2 hoplimit 0 window 1000 lock rtt 2s
  Error: either "to" is duplicate, or "lock" is a garbage.
  [255]
  $ ip -n n1 route show 10.9.0.3
