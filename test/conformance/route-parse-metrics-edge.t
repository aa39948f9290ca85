Edge values of route metrics and next-hop options as iproute2 6.1 parses them and the kernel takes them: lock on every metric, units of the time metrics, weights 0/256/257, realms forms, features lists, unknown congestion controls, quickack/fastopen_no_cookie values, repeated keywords, nexthop options after nexthop.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
  $ ip route add 20.0.0.1 via 10.0.0.2 ssthresh lock 5 cwnd lock 6 initcwnd lock 7 initrwnd lock 8 reordering lock 9 hoplimit lock 10 window lock 11; echo $?
  0
  $ ip route add 20.0.0.2 via 10.0.0.2 rto_min lock 200ms rtt lock 1.5s rttvar lock 0.25s; echo $?
  Error: argument "lock" is wrong: "rto_min" value is invalid
  
  255
  $ ip route add 20.0.0.3 via 10.0.0.2 quickack 2; echo $?
  Error: argument "2" is wrong: "quickack" value should be 0 or 1
  
  255
  $ ip route add 20.0.0.3 via 10.0.0.2 fastopen_no_cookie 5; echo $?
  Error: argument "5" is wrong: "fastopen_no_cookie" value should be 0 or 1
  
  255
  $ ip route add 20.0.0.4 via 10.0.0.2 congctl nosuchcc; echo $?
  Error: Unknown tcp congestion algorithm.
  2
  $ ip route add 20.0.0.5 via 10.0.0.2 features ecn ecn; echo $?
  Error: either "to" is duplicate, or "ecn" is a garbage.
  255
  $ ip route add 20.0.0.5 via 10.0.0.2 features 0x1; echo $?
  Error: argument "0x1" is wrong: "features" value not valid
  
  255
  $ ip route add 20.0.0.6 via 10.0.0.2 mtu 1400 mtu 1300; echo $?
  0
  $ ip route add 20.0.0.7 via 10.0.0.2 metric 5 metric 6; echo $?
  0
  $ ip route add 20.0.0.8 via 10.0.0.2 dev a0 dev lo; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 20.0.0.9 nexthop via 10.0.0.2 weight 0; echo $?
  Error: argument "0" is wrong: "weight" is invalid
  
  255
  $ ip route add 20.0.0.9 nexthop via 10.0.0.2 weight 257; echo $?
  Error: argument "257" is wrong: "weight" is invalid
  
  255
  $ ip route add 20.0.0.9 nexthop via 10.0.0.2 weight 256 nexthop via 10.0.0.3 weight 1; echo $?
  0
  $ ip route add 20.0.0.10 nexthop via 10.0.0.2 onlink nexthop via 10.0.0.3 realms 7; echo $?
  Error: Nexthop device required for onlink.
  2
  $ ip route add 20.0.0.11 nexthop via 10.0.0.2 mtu 1300; echo $?
  Error: "nexthop" or end of line is expected instead of "mtu"
  255
  $ ip route add 20.0.0.12 mtu 1300 nexthop via 10.0.0.2 nexthop dev a0; echo $?
  0
  $ ip route add 20.0.0.13 via 10.0.0.2 realms 65536; echo $?
  0
  $ ip route add 20.0.0.13 via 10.0.0.2 realms 1/65535; echo $?
  Error: argument "1/65535" is wrong: "realm" value is invalid
  
  255
  $ ip route add 20.0.0.14 via 10.0.0.2 realm 4; echo $?
  0
  $ ip route add 20.0.0.15 via 10.0.0.2 advmss 0 mtu 0 window 0; echo $?
  0
  $ ip route add 20.0.0.16 via 10.0.0.2 rtt 0 rttvar 0 rto_min 0; echo $?
  0
  $ ip route add 20.0.0.17 via 10.0.0.2 rtt 4294967295; echo $?
  0
  $ ip route add 20.0.0.18 via 10.0.0.2 rtt 5000000s; echo $?
  0
  $ ip route add 20.0.0.19 via 10.0.0.2 hoplimit 0; echo $?
  0
  $ ip route add 20.0.0.20 via 10.0.0.2 hoplimit 255 initcwnd 0; echo $?
  0
  $ ip route add 20.0.0.21 via 10.0.0.2 congctl lock; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip route add 20.0.0.22 via 10.0.0.2 mtu lock; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip route add 20.0.0.23 via 10.0.0.2 tos 0xff; echo $?
  Error: Invalid dsfield (tos): ECN bits must be 0.
  2
  $ ip route add 20.0.0.24 via 10.0.0.2 tos 0xfc; echo $?
  0
  $ ip route add 20.0.0.25 via 10.0.0.2 dsfield 0x1c; echo $?
  0
  $ ip route add 20.0.0.26 via 10.0.0.2 tos 0x1e; echo $?
  Error: Invalid dsfield (tos): ECN bits must be 0.
  2
  $ ip route add 20.0.0.27 via 10.0.0.2 scope 253; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 20.0.0.28 via 10.0.0.2 table 255; echo $?
  0
  $ ip route add 20.0.0.29 via 10.0.0.2 table 0x100; echo $?
  0
  $ ip route add 20.0.0.30 via 10.0.0.2 proto 0; echo $?
  0
  $ ip route add 20.0.0.31 via 10.0.0.2 proto 255; echo $?
  0
  $ ip -d route show
  unicast 10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  unicast 20.0.0.1 via 10.0.0.2 dev a0 proto boot scope global window lock 11 ssthresh lock 5 cwnd lock 6 reordering lock 9 hoplimit lock 10 initcwnd lock 7 initrwnd lock 8 
  unicast 20.0.0.6 via 10.0.0.2 dev a0 proto boot scope global mtu 1300 
  unicast 20.0.0.7 via 10.0.0.2 dev a0 proto boot scope global metric 6 
  unicast 20.0.0.9 proto boot scope global 
  	nexthop via 10.0.0.2 dev a0 weight 256 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  unicast 20.0.0.12 proto boot scope global mtu 1300 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop dev a0 weight 1 
  unicast 20.0.0.13 via 10.0.0.2 dev a0 proto boot scope global realms 1/cosmos 
  unicast 20.0.0.14 via 10.0.0.2 dev a0 proto boot scope global realm 4 
  unicast 20.0.0.15 via 10.0.0.2 dev a0 proto boot scope global 
  unicast 20.0.0.16 via 10.0.0.2 dev a0 proto boot scope global rto_min lock 0ms 
  unicast 20.0.0.17 via 10.0.0.2 dev a0 proto boot scope global rtt 536871s 
  unicast 20.0.0.18 via 10.0.0.2 dev a0 proto boot scope global rtt 168162s 
  unicast 20.0.0.19 via 10.0.0.2 dev a0 proto boot scope global 
  unicast 20.0.0.20 via 10.0.0.2 dev a0 proto boot scope global hoplimit 255 
  unicast 20.0.0.24 tos 0xfc via 10.0.0.2 dev a0 proto boot scope global 
  unicast 20.0.0.25 tos 0x1c via 10.0.0.2 dev a0 proto boot scope global 
  unicast 20.0.0.30 via 10.0.0.2 dev a0 proto unspec scope global 
  unicast 20.0.0.31 via 10.0.0.2 dev a0 proto 255 scope global 
  $ ip -j route show 20.0.0.2
  []
  $ ip route show table 255 | grep 20.0; ip route show table 256
  20.0.0.28 via 10.0.0.2 dev a0 
  20.0.0.29 via 10.0.0.2 dev a0 
