netstat -w lists raw sockets (net-tools 2.10 reads /proc/net/raw): the protocol as the local port, the socket state as a number in the State column (7, TCP_CLOSE), -l/-a variants and -p with a background ping's ICMP socket. ping also opens an IPv6 ICMP socket (raw6): grep drops it.
  $ ip netns add a
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n a link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip netns exec a netstat -wn
  Active Internet connections (w/o servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  $ ip netns exec a netstat -wan
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  $ ip netns exec a ping -c 4 -i 1 127.0.0.1 > /dev/null 2>&1 &
  $ sleep 0.3
  $ ip netns exec a netstat -wan | grep -v raw6
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
  $ ip netns exec a netstat -wln | grep -v raw6
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
  $ ip netns exec a netstat -w | grep -v raw6
  Active Internet connections (w/o servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  $ ip netns exec a netstat -wanp | grep -v raw6 | sed -E 's/ [0-9]+\/ping/ N\/ping/; s/ +$//'
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
  raw        0      0 0.0.0.0:1               0.0.0.0:*               7           N/ping
  $ ip netns exec a netstat -wanep | grep -v raw6 | sed -E 's/ [0-9]+\/ping/ N\/ping/; s/ [0-9]{4,} +/ INO /; s/ +$//'
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode      PID/Program name
  raw        0      0 0.0.0.0:1               0.0.0.0:*               7           0          INO N/ping
  $ ip netns exec a netstat -wanp | grep -v raw6 | grep -c ping
  1
  $ wait
  $ ip netns exec a netstat -wan
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
