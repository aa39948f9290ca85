ss on UDP sockets held by socat: -e and --cgroup (after -p's users and -e's details, before -m's line; inode and socket cookie edited; no cgroup2 mount under ip netns exec: ss complains once and once per socket, the path unreachable), state filters that name UDP's states (connected, unconnected, established, close), -4 and -0 families, -s summary's UDP line, the hidden listener without -a.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5000 - > /dev/null 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'sleep 3 | socat -u - UDP:10.0.0.1:6000,sourceport=5001 & sleep 0.2'
  $ ip netns exec b ss -Huaen | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:I sk:K/' | sort
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  ESTAB  0      0      10.0.0.2:5001 10.0.0.1:6000 ino:I sk:K cgroup:unreachable:1 <->
  UNCONN 0      0       0.0.0.0:5000  0.0.0.0:*    ino:I sk:K cgroup:unreachable:1 <->
  $ ip netns exec b ss -Hutaen | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:I sk:K/'
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  udp UNCONN 0      0       0.0.0.0:5000  0.0.0.0:*    ino:I sk:K cgroup:unreachable:1 <->
  udp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:6000 ino:I sk:K cgroup:unreachable:1 <->
  $ ip netns exec b sh -c 'nc -l -p 7000 > /dev/null 2>&1 & sleep 0.2'
  $ ip netns exec b ss -Htlen | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:I sk:K/'
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  LISTEN 0      1      0.0.0.0:7000 0.0.0.0:* ino:I sk:K cgroup:unreachable:1 <->
  $ ip netns exec b ss -Htlen 2>/dev/null | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:I sk:K/'
  LISTEN 0      1      0.0.0.0:7000 0.0.0.0:* ino:I sk:K cgroup:unreachable:1 <->
  $ ip netns exec b ss -Huanp --cgroup 'sport = :5000' | sed -E 's/pid=[0-9]+/pid=P/'
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  UNCONN 0      0      0.0.0.0:5000 0.0.0.0:* users:(("socat",pid=P,fd=5)) cgroup:unreachable:1
  $ ip netns exec b ss -Huane --cgroup 'sport = :5000' | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:I sk:K/'
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  UNCONN 0      0      0.0.0.0:5000 0.0.0.0:* ino:I sk:K cgroup:unreachable:1 <-> cgroup:unreachable:1
  $ ip netns exec b ss -Huanm --cgroup 'sport = :5000'
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  UNCONN 0      0      0.0.0.0:5000 0.0.0.0:* cgroup:unreachable:1
  	 skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl0,d0)
  $ ip netns exec b ss -Hun
  0      0      10.0.0.2:5001 10.0.0.1:6000
  $ ip netns exec b ss -Hu state connected -n
  ESTAB 0      0      10.0.0.2:5001 10.0.0.1:6000
  $ ip netns exec b ss -Hu state unconnected -n
  0      0      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec b ss -Hu state established -n
  0      0      10.0.0.2:5001 10.0.0.1:6000
  $ ip netns exec b ss -Hu state close -n
  0      0      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec b ss -Hu state listening -n
  $ ip netns exec b ss -Hu4an | sort
  ESTAB  0      0      10.0.0.2:5001 10.0.0.1:6000
  UNCONN 0      0       0.0.0.0:5000  0.0.0.0:*   
  $ ip netns exec b ss -s | grep -E '^(UDP|Transport)'
  Transport Total     IP        IPv6
  UDP	  2         2         0        
  $ ip netns exec b ss -Hun exclude established
  UNCONN 0      0      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec b ss -Huan dport = :6000
  ESTAB 0      0      10.0.0.2:5001 10.0.0.1:6000
  $ ip netns exec b ss -Huan 'dport = :6000 or sport = :5000' | sort
  ESTAB  0      0      10.0.0.2:5001 10.0.0.1:6000
  UNCONN 0      0       0.0.0.0:5000  0.0.0.0:*   
