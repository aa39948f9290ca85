ip neigh add with every nud state, flag and protocol value in a loop (valid, bad and abbreviated), then the table, -d and -j listings, and replace/change over them.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up; ip addr add 10.0.0.1/24 dev x0
  $ i=1; for o in "nud permanent" "nud perm" "nud noarp" "nud reachable" "nud stale" "nud none" "nud delay" "nud probe" "nud failed" "nud incomplete" "nud all" "nud 0x2" "nud 128" "nud 0" "nud bad" "router" "extern_learn" "use" "managed" "proxy" "protocol 5" "protocol static" "protocol boot" "protocol 300" "protocol bad" "protocol zebra" "dev x0" "nud stale nud reachable" "lladdr 02:00:00:00:00:aa" "lladdr 02:00:00:00:00:aa:bb" "lladdr ff:ff:ff:ff:ff:ff" "lladdr 0" "lladdr 1:2:3" "lladdr" "to 10.0.0.77"; do i=$((i+1)); echo "== $o"; ip neigh add 10.0.0.$i lladdr 02:00:00:00:01:$i dev x0 $o; echo $?; done 2>&1
  == nud permanent
  0
  == nud perm
  0
  == nud noarp
  0
  == nud reachable
  0
  == nud stale
  0
  == nud none
  0
  == nud delay
  0
  == nud probe
  0
  == nud failed
  0
  == nud incomplete
  0
  == nud all
  Error: argument "all" is wrong: nud state is bad
  255
  == nud 0x2
  0
  == nud 128
  0
  == nud 0
  0
  == nud bad
  Error: argument "bad" is wrong: nud state is bad
  255
  == router
  0
  == extern_learn
  0
  == use
  0
  == managed
  0
  == proxy
  Command line is not complete. Try option "help"
  255
  == protocol 5
  0
  == protocol static
  0
  == protocol boot
  0
  == protocol 300
  Error: argument "300" is wrong: "protocol" value is invalid
  
  255
  == protocol bad
  Error: argument "bad" is wrong: "protocol" value is invalid
  
  255
  == protocol zebra
  0
  == dev x0
  0
  == nud stale nud reachable
  0
  == lladdr 02:00:00:00:00:aa
  Error: duplicate "lladdr": "02:00:00:00:00:aa" is the second value.
  255
  == lladdr 02:00:00:00:00:aa:bb
  Error: duplicate "lladdr": "02:00:00:00:00:aa:bb" is the second value.
  255
  == lladdr ff:ff:ff:ff:ff:ff
  Error: duplicate "lladdr": "ff:ff:ff:ff:ff:ff" is the second value.
  255
  == lladdr 0
  Error: duplicate "lladdr": "0" is the second value.
  255
  == lladdr 1:2:3
  Error: duplicate "lladdr": "1:2:3" is the second value.
  255
  == lladdr
  Command line is not complete. Try option "help"
  255
  == to 10.0.0.77
  Error: either "to" is duplicate, or "10.0.0.77" is a garbage.
  255
  $ ip neigh show dev x0 nud all | sort -V
  10.0.0.2 lladdr 02:00:00:00:01:02 PERMANENT 
  10.0.0.3 lladdr 02:00:00:00:01:03 PERMANENT 
  10.0.0.4 lladdr 02:00:00:00:01:04 NOARP 
  10.0.0.5 lladdr 02:00:00:00:01:05 REACHABLE 
  10.0.0.6 lladdr 02:00:00:00:01:06 STALE 
  10.0.0.7 
  10.0.0.8 lladdr 02:00:00:00:01:08 PROBE 
  10.0.0.9 lladdr 02:00:00:00:01:09 PROBE 
  10.0.0.10 FAILED 
  10.0.0.11 INCOMPLETE 
  10.0.0.13 lladdr 02:00:00:00:01:13 REACHABLE 
  10.0.0.14 lladdr 02:00:00:00:01:14 PERMANENT 
  10.0.0.15 
  10.0.0.17 lladdr 02:00:00:00:01:17 router PERMANENT 
  10.0.0.18 lladdr 02:00:00:00:01:18 extern_learn PERMANENT 
  10.0.0.19 INCOMPLETE 
  10.0.0.20 managed INCOMPLETE 
  10.0.0.22 lladdr 02:00:00:00:01:22 PERMANENT proto 5 
  10.0.0.23 lladdr 02:00:00:00:01:23 PERMANENT proto static 
  10.0.0.24 lladdr 02:00:00:00:01:24 PERMANENT proto boot 
  10.0.0.27 lladdr 02:00:00:00:01:27 PERMANENT proto zebra 
  10.0.0.28 lladdr 02:00:00:00:01:28 PERMANENT 
  10.0.0.29 lladdr 02:00:00:00:01:29 REACHABLE 
  $ ip neigh show proxy
  $ ip -d neigh show dev x0 nud all | grep -E 'proto|router|extern' | sort -V
  10.0.0.17 lladdr 02:00:00:00:01:17 router PERMANENT 
  10.0.0.18 lladdr 02:00:00:00:01:18 extern_learn PERMANENT 
  10.0.0.22 lladdr 02:00:00:00:01:22 PERMANENT proto 5 
  10.0.0.23 lladdr 02:00:00:00:01:23 PERMANENT proto static 
  10.0.0.24 lladdr 02:00:00:00:01:24 PERMANENT proto boot 
  10.0.0.27 lladdr 02:00:00:00:01:27 PERMANENT proto zebra 
  $ ip neigh show dev x0 protocol 5
  10.0.0.22 lladdr 02:00:00:00:01:22 PERMANENT proto 5 
  $ ip neigh show dev x0 nud noarp | sort -V
  10.0.0.4 lladdr 02:00:00:00:01:04 NOARP 
  10.0.0.18 lladdr 02:00:00:00:01:18 extern_learn PERMANENT 
  $ ip -j neigh show 10.0.0.18
  [{"dst":"10.0.0.18","dev":"x0","lladdr":"02:00:00:00:01:18","extern_learn":null,"state":["PERMANENT"]}]
  $ for o in "nud stale" "nud reachable" "nud bad" "router" "lladdr 02:00:00:00:02:02" "protocol 9"; do echo "== $o"; ip neigh change 10.0.0.2 dev x0 $o; echo $?; ip neigh show 10.0.0.2 dev x0; done 2>&1
  == nud stale
  0
  10.0.0.2 lladdr 02:00:00:00:01:02 STALE 
  == nud reachable
  0
  10.0.0.2 lladdr 02:00:00:00:01:02 REACHABLE 
  == nud bad
  Error: argument "bad" is wrong: nud state is bad
  255
  10.0.0.2 lladdr 02:00:00:00:01:02 REACHABLE 
  == router
  0
  10.0.0.2 lladdr 02:00:00:00:01:02 router PERMANENT 
  == lladdr 02:00:00:00:02:02
  0
  10.0.0.2 lladdr 02:00:00:00:02:02 PERMANENT 
  == protocol 9
  0
  10.0.0.2 lladdr 02:00:00:00:02:02 PERMANENT proto ra 
  $ for o in "nud stale" "nud permanent" "protocol 9" "extern_learn"; do echo "== $o"; ip neigh replace 10.0.0.99 dev x0 lladdr 02:00:00:00:09:09 $o; echo $?; ip -d neigh show 10.0.0.99 dev x0; done 2>&1
  == nud stale
  0
  10.0.0.99 lladdr 02:00:00:00:09:09 STALE 
  == nud permanent
  0
  10.0.0.99 lladdr 02:00:00:00:09:09 PERMANENT 
  == protocol 9
  0
  10.0.0.99 lladdr 02:00:00:00:09:09 PERMANENT proto ra 
  == extern_learn
  0
  10.0.0.99 lladdr 02:00:00:00:09:09 extern_learn PERMANENT proto ra 
  $ ip neigh del 10.0.0.99 dev x0 nud permanent; echo $?
  0
  $ ip neigh del 10.0.0.199 dev x0; echo $?
  RTNETLINK answers: No such file or directory
  2
  $ ip neigh del 10.0.0.2; echo $?
  Device and destination are required arguments.
  255
