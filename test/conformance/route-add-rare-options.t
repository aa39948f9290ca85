ip route options a user tries next that IPv4 refuses or takes: expires, pref, encap, ttl-propagate, realms, nhid of a missing object, from, notify, cached listings, vrf, dsfield and their errors.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.1.0.0/16 via 10.0.0.2 expires 30
  $ ip route show 10.1.0.0/16
  10.1.0.0/16 via 10.0.0.2 dev a0 
  $ ip route add 10.2.0.0/16 via 10.0.0.2 pref high
  $ ip route show 10.2.0.0/16
  10.2.0.0/16 via 10.0.0.2 dev a0 
  $ ip route add 10.3.0.0/16 encap mpls 100 via 10.0.0.2
  Error: lwt encapsulation type not supported.
  [2]
  $ ip route add 10.3.0.0/16 via 10.0.0.2 ttl-propagate enabled
  $ ip route add 10.4.0.0/16 via 10.0.0.2 realms 3/4
  $ ip route show 10.4.0.0/16
  10.4.0.0/16 via 10.0.0.2 dev a0 realms 3/4 
  $ ip route get 10.4.1.1
  10.4.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 realms 3/4 uid 0 
      cache 
  $ ip route add 10.5.0.0/16 nhid 77
  Error: Nexthop id does not exist.
  [2]
  $ ip route add 10.6.0.0/16 from 10.0.0.0/24 via 10.0.0.2
  $ ip route add 10.7.0.0/16 via 10.0.0.2 src 0.0.0.0
  $ ip route add 10.8.0.0/16 via 10.0.0.2 dsfield 0x10
  $ ip route show dsfield 0x10
  10.8.0.0/16 via 10.0.0.2 dev a0 
  $ ip route get 10.8.1.1 dsfield 0x10
  10.8.1.1 tos 0x10 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.8.1.1 vrf nosuch
  Error: argument "nosuch" is wrong: Invalid VRF
  [255]
  $ ip route get 10.8.1.1 notify
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route list cached
  $ ip route show cache 10.8.0.0/16
  $ ip route add 10.9.0.0/16 via 10.0.0.2 protocol ra
  $ ip route show proto ra
  10.9.0.0/16 via 10.0.0.2 dev a0 
  $ ip route add 10.10.0.0/16 via 10.0.0.2 congctl lock cubic
  $ ip route show 10.10.0.0/16
  10.10.0.0/16 via 10.0.0.2 dev a0 congctl lock cubic 
  $ ip route add 10.11.0.0/16 via 10.0.0.2 rtt 3
  $ ip route add 10.12.0.0/16 via 10.0.0.2 rttvar 1s500ms
  Error: argument "1s500ms" is wrong: "rttvar" value is invalid
  [255]
  $ ip route add 10.12.0.0/16 via 10.0.0.2 rttvar 1.5s
  $ ip route show 10.11.0.0/15
  $ ip route show root 10.11.0.0/15
  10.10.0.0/16 via 10.0.0.2 dev a0 congctl lock cubic 
  10.11.0.0/16 via 10.0.0.2 dev a0 rtt 0ms 
