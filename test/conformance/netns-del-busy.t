A named namespace deleted while a process still runs in it lives on, with
its devices, until that process ends; then it goes and takes its veth
ends' peers with it.
  $ ip netns add n1
  $ ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02 netns n1
  $ ip netns exec n1 sleep 100 & p1=$!; sleep 0.2
  $ ip netns del n1
  $ ip netns list
  $ ip -br link show v1
  v1@if2           DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  $ ip netns attach back $p1
  $ ip -n back -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  v2@if2           DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  $ ip netns del back
  $ ip -br link show v1
  v1@if2           DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  $ kill $p1; wait; sleep 0.5
  $ ip -br link show v1; echo $?
  Device "v1" does not exist.
  1
  $ ip netns add n2
  $ ip netns exec n2 sleep 100 & p2=$!; sleep 0.2
  $ ip netns exec n2 sleep 100 & p3=$!; sleep 0.2
  $ ip link add w1 address 02:00:00:00:00:03 type veth peer name w2 netns n2
  $ ip netns del n2
  $ kill $p2; wait $p2; sleep 0.5
  $ ip -br link show w1 | cut -c1-10
  w1@if2    
  $ ip netns pids n2; echo $?
  Cannot open network namespace: No such file or directory
  1
  $ kill $p3; wait; sleep 0.5
  $ ip -br link show w1; echo $?
  Device "w1" does not exist.
  1
