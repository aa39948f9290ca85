ip neigh: learned entries after ping, get, show with -4, -s statistics, -j, flush by prefix, router flag, extern_learn, and errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add v0 address 02:00:00:00:00:01 netns a type veth peer name v1 address 02:00:00:00:00:02 netns b
  $ ip -n a link set v0 up; ip -n b link set v1 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev v0; ip -n b addr add 10.0.0.2/24 dev v1
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
  $ ip -n a -4 neigh
  10.0.0.2 dev v0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n a neigh get 10.0.0.2 dev v0
  10.0.0.2 dev v0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n a neigh get 10.0.0.9 dev v0
  Error: Neighbour entry not found.
  [2]
  $ ip -n a neigh get 10.0.0.2
  Device and address are required arguments.
  [1]
  $ ip -n a -4 -j neigh show dev v0
  [{"dst":"10.0.0.2","lladdr":"02:00:00:00:00:02","state":["REACHABLE"]}]
  $ ip -n b -4 neigh
  10.0.0.1 dev v1 lladdr 02:00:00:00:00:01 DELAY 
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev v0 router
  $ ip -n a neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev v0 extern_learn
  $ ip -n a neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0 protocol static
  $ ip -n a -4 neigh show | sort
  10.0.0.2 dev v0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.3 dev v0 lladdr 02:00:00:00:00:03 router PERMANENT 
  10.0.0.4 dev v0 lladdr 02:00:00:00:00:04 extern_learn PERMANENT 
  10.0.0.5 dev v0 lladdr 02:00:00:00:00:05 PERMANENT proto static 
  $ ip -n a -4 -d neigh show 10.0.0.5
  10.0.0.5 dev v0 lladdr 02:00:00:00:00:05 PERMANENT proto static 
  $ ip -n a neigh flush to 10.0.0.4
  $ ip -n a -4 neigh show | sort
  10.0.0.2 dev v0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.3 dev v0 lladdr 02:00:00:00:00:03 router PERMANENT 
  10.0.0.5 dev v0 lladdr 02:00:00:00:00:05 PERMANENT proto static 
  $ ip -n a neigh flush 10.0.0.0/24
  $ ip -n a -4 neigh show nud all | sort
  10.0.0.3 dev v0 lladdr 02:00:00:00:00:03 router PERMANENT 
  10.0.0.5 dev v0 lladdr 02:00:00:00:00:05 PERMANENT proto static 
  $ ip -n a neigh del 10.0.0.2 dev v0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a neigh del 10.0.0.2 dev v0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a neigh show 10.0.0.2
  $ ip -n a -4 neigh show nud all | sort
  10.0.0.3 dev v0 lladdr 02:00:00:00:00:03 router PERMANENT 
  10.0.0.5 dev v0 lladdr 02:00:00:00:00:05 PERMANENT proto static 
  $ ip -n a neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev v0 nud permanent
  $ ip -n a neigh change 10.0.0.6 lladdr 02:00:00:00:00:07 dev v0
  $ ip -n a neigh show 10.0.0.6
  10.0.0.6 dev v0 lladdr 02:00:00:00:00:07 PERMANENT 
  $ ip -n a neigh del 10.0.0.6
  Device and destination are required arguments.
  [255]
  $ ip -n a neigh add 1.2.3.4 lladdr 02:00:00:00:00:07 dev v0
  $ ip -n a neigh show 1.2.3.4
  1.2.3.4 dev v0 lladdr 02:00:00:00:00:07 PERMANENT 
  $ ip -n a neigh foo
  Command "foo" is unknown, try "ip neigh help".
  [255]
  $ ip -n a neigh show dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip -n a neigh show nud foo
  Error: argument "foo" is wrong: nud state is bad
  [255]
  $ ip -n a -br neigh | sort
  1.2.3.4                                 v0               02:00:00:00:00:07
  10.0.0.3                                v0               02:00:00:00:00:03
  10.0.0.5                                v0               02:00:00:00:00:05
  10.0.0.6                                v0               02:00:00:00:00:07
