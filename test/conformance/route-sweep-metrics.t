ip route add metrics: every RTAX option with good, edge, bad, locked and repeated values, and how `ip route show` prints them.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ for o in "mtu 1400" "mtu lock 1400" "mtu 67" "mtu 68" "mtu 0" "mtu 65536" "mtu 4294967295" "mtu x" "mtu lock" "advmss 1000" "advmss 0" "window 65535" "window lock 1" "rtt 100" "rtt 1.5s" "rtt 250ms" "rtt 3000000000" "rtt x" "rttvar 2s" "rttvar lock 100ms" "rto_min 200ms" "rto_min 5" "rto_min lock 1s" "ssthresh 10" "cwnd 10" "initcwnd 10" "initcwnd lock 20" "initrwnd 30" "reordering 3" "hoplimit 64" "hoplimit 255" "hoplimit 256" "hoplimit 0" "features ecn" "features x" "quickack 1" "quickack 2" "quickack 0" "fastopen_no_cookie 1" "fastopen_no_cookie 3" "congctl reno" "congctl lock cubic" "congctl nosuchcc" "mtu 1400 mtu 1300" "advmss 100 advmss 200" "mtu 1400 lock" "realms 3/4" "realms 70000" "realm x"; do echo "== $o"; ip route add 172.20.0.0/16 via 10.9.0.2 $o 2>&1; echo $?; ip route show 172.20.0.0/16; ip route flush 172.20.0.0/16 2>&1; done
  == mtu 1400
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 mtu 1400 
  == mtu lock 1400
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 mtu lock 1400 
  == mtu 67
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 mtu 67 
  == mtu 68
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 mtu 68 
  == mtu 0
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 
  == mtu 65536
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 mtu 65520 
  == mtu 4294967295
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 mtu 65520 
  == mtu x
  Error: argument "x" is wrong: "mtu" value is invalid
  
  255
  == mtu lock
  Command line is not complete. Try option "help"
  255
  == advmss 1000
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 advmss 1000 
  == advmss 0
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 
  == window 65535
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 window 65535 
  == window lock 1
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 window lock 1 
  == rtt 100
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 rtt 12ms 
  == rtt 1.5s
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 rtt 1.5s 
  == rtt 250ms
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 rtt 250ms 
  == rtt 3000000000
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 rtt 375000s 
  == rtt x
  Error: argument "x" is wrong: "rtt" value is invalid
  
  255
  == rttvar 2s
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 rttvar 2s 
  == rttvar lock 100ms
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 rttvar lock 100ms 
  == rto_min 200ms
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 rto_min lock 200ms 
  == rto_min 5
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 rto_min lock 5ms 
  == rto_min lock 1s
  Error: argument "lock" is wrong: "rto_min" value is invalid
  
  255
  == ssthresh 10
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 ssthresh 10 
  == cwnd 10
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 cwnd 10 
  == initcwnd 10
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 initcwnd 10 
  == initcwnd lock 20
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 initcwnd lock 20 
  == initrwnd 30
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 initrwnd 30 
  == reordering 3
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 reordering 3 
  == hoplimit 64
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 hoplimit 64 
  == hoplimit 255
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 hoplimit 255 
  == hoplimit 256
  Error: argument "256" is wrong: "hoplimit" value is invalid
  
  255
  == hoplimit 0
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 
  == features ecn
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 features ecn 
  == features x
  Error: argument "x" is wrong: "features" value not valid
  
  255
  == quickack 1
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 quickack 1 
  == quickack 2
  Error: argument "2" is wrong: "quickack" value should be 0 or 1
  
  255
  == quickack 0
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 
  == fastopen_no_cookie 1
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 fastopen_no_cookie 1 
  == fastopen_no_cookie 3
  Error: argument "3" is wrong: "fastopen_no_cookie" value should be 0 or 1
  
  255
  == congctl reno
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 congctl reno 
  == congctl lock cubic
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 congctl lock cubic 
  == congctl nosuchcc
  Error: Unknown tcp congestion algorithm.
  2
  == mtu 1400 mtu 1300
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 mtu 1300 
  == advmss 100 advmss 200
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 advmss 200 
  == mtu 1400 lock
  Error: either "to" is duplicate, or "lock" is a garbage.
  255
  == realms 3/4
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 realms 3/4 
  == realms 70000
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 realms 1/4464 
  == realm x
  Error: argument "x" is wrong: "realm" value is invalid
  
  255
  $ ip route add 172.21.0.0/16 via 10.9.0.2 mtu lock 1400 advmss 1300 rtt 1s rttvar 500ms initcwnd 7 quickack 1 hoplimit 9 features ecn congctl reno
  $ ip route show 172.21.0.0/16
  172.21.0.0/16 via 10.9.0.2 dev v0 mtu lock 1400 rtt 1s rttvar 500ms advmss 1300 hoplimit 9 initcwnd 7 features ecn quickack 1 congctl reno 
  $ ip -d route show 172.21.0.0/16
  unicast 172.21.0.0/16 via 10.9.0.2 dev v0 proto boot scope global mtu lock 1400 rtt 1s rttvar 500ms advmss 1300 hoplimit 9 initcwnd 7 features ecn quickack 1 congctl reno 
  $ ip -j route show 172.21.0.0/16
  [{"dst":"172.21.0.0/16","gateway":"10.9.0.2","dev":"v0","flags":[],"metrics":[{"mtu":1400,"rtt":1000,"rttvar":500,"advmss":1300,"hoplimit":9,"initcwnd":7,"ecn":null,"quickack":1,"congestion":"reno"}]}]
  $ ip -j -p route show 172.21.0.0/16
  [ {
          "dst": "172.21.0.0/16",
          "gateway": "10.9.0.2",
          "dev": "v0",
          "flags": [ ],
          "metrics": [ {
                  "mtu": 1400,
                  "rtt": 1000,
                  "rttvar": 500,
                  "advmss": 1300,
                  "hoplimit": 9,
                  "initcwnd": 7,
                  "ecn": null,
                  "quickack": 1,
                  "congestion": "reno"
              } ]
      } ]
  $ ip route get 172.21.1.1
  172.21.1.1 via 10.9.0.2 dev v0 src 10.9.0.1 uid 0 
      cache mtu lock 1400 rtt 1s rttvar 500ms advmss 1300 hoplimit 9 initcwnd 7 features ecn quickack 1 congctl reno 
  $ ip -j route get 172.21.1.1
  [{"dst":"172.21.1.1","gateway":"10.9.0.2","dev":"v0","prefsrc":"10.9.0.1","flags":[],"uid":0,"cache":[],"metrics":[{"mtu":1400,"rtt":1000,"rttvar":500,"advmss":1300,"hoplimit":9,"initcwnd":7,"ecn":null,"quickack":1,"congestion":"reno"}]}]
  $ ip route save 172.21.0.0/16 | ip route restore 2>&1; echo $?
  Failed to restore: ftell: Illegal seek
  1
