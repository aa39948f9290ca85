ip -j route get: output and input lookups as JSON.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.9.0.0/16 via 10.0.0.2 mtu 1400
  $ ip -j route get 10.9.1.1
  [{"dst":"10.9.1.1","gateway":"10.0.0.2","dev":"a0","prefsrc":"10.0.0.1","flags":[],"uid":0,"cache":[],"metrics":[{"mtu":1400}]}]
  $ ip -j -p route get 10.0.0.1
  [ {
          "type": "local",
          "dst": "10.0.0.1",
          "dev": "lo",
          "prefsrc": "10.0.0.1",
          "flags": [ ],
          "uid": 0,
          "cache": [ "local" ]
      } ]
  $ ip -j route get 10.9.1.1 from 10.0.0.2 iif b0
  RTNETLINK answers: No route to host
  [2]
  $ ip -j route get fibmatch 10.9.1.1
  [{"dst":"10.9.0.0/16","gateway":"10.0.0.2","dev":"a0","flags":[],"metrics":[{"mtu":1400}]}]
