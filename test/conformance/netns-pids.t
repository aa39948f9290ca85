ip netns pids lists the processes whose network namespace is NAME's, ip netns
identify PID names the namespaces of PID's, ip link set DEV netns PID moves a
device into the namespace of that process.
  $ ip netns add n1
  $ ip netns add n2
  $ ip netns exec n1 sleep 100 & p1=$!; sleep 0.2
  $ ip netns exec n2 sleep 100 & p2=$!; sleep 0.2
  $ ip netns pids n1 | grep -c "^$p1$"
  1
  $ ip netns pids n1 | wc -l
  1
  $ ip netns pids n2 | wc -l
  1
  $ ip netns identify $p1
  n1
  $ ip netns identify $p2; echo $?
  n2
  0
  $ ip netns identify; echo $?
  
  0
  $ ip netns identify $$; echo $?
  
  0
  $ ip netns identify 999999; echo $?
  Cannot open network namespace: No such file or directory
  1
  $ ip netns identify abc; echo $?
  Specified string 'abc' is not a pid
  1
  $ ip netns identify 1 2; echo $?
  extra arguments specified
  1
  $ ip netns pids nosuch; echo $?
  Cannot open network namespace: No such file or directory
  1
  $ ip netns pids; echo $?
  No netns name specified
  1
  $ ip netns pids n1 n2; echo $?
  extra arguments specified
  1
  $ ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
  $ ip link set v2 netns $p1; echo $?
  0
  $ ip -n n1 -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  v2@if3           DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  $ ip link set v1 netns 999999; echo $?
  RTNETLINK answers: No such process
  2
  $ ip link set v1 netns $$; echo $?
  0
  $ ip -br link show v1
  v1@if2           DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 
  $ ip netns attach n3 $p2; echo $?
  0
  $ ip netns list
  n3
  n2
  n1 (id: 0)
  $ ip netns identify $p2
  n2
  $ ip netns del n3
  $ ip netns identify $p2
  n2
  $ ip netns attach n4 999999; echo $?
  Bind /proc/999999/ns/net -> /run/netns/n4 failed: No such file or directory
  1
  $ ip netns attach n4 0; echo $?
  Invalid PID: 0
  1
  $ ip netns attach n4 x1; echo $?
  Invalid PID: x1
  1
  $ ip netns attach n4; echo $?
  No netns name and PID specified
  1
  $ ip netns attach n1 $p1; echo $?
  Cannot create namespace file "/run/netns/n1": File exists
  1
  $ ip netns at n5 $p1; echo $?
  0
  $ ip netns identify $p1
  n1
  $ ip netns del n5
  $ ip -n n1 -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  v2@if3           DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  $ ip netns exec n1 ip netns identify
  n1
  $ ip netns exec n1 sh -c 'ip netns identify $$'
  n1
  $ kill $p1 $p2; wait
  $ ip netns pids n1 | wc -l
  0
