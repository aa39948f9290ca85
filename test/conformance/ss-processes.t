ss -p and netstat -p name the processes that hold each socket (users:(("nc",pid=N,fd=3)), PID/Program name): a listener on fd 3 and its accepted connection on fd 4 in the same nc, UDP and raw sockets, socat's fork children each holding one connection while the parent keeps the listener (and outliving it). Pids and ephemeral ports differ from run to run: sed replaces them (same width) and strips the trailing padding the pids' width gives.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ pids() { sed -E 's/pid=[0-9]+/pid=N/g; s/10\.0\.0\.1:[0-9]{5}/10.0.0.1:EPORT/g; s/ +$//'; }
  $ prgs() { sed -E 's/ [0-9]+\// N\//; s/10\.0\.0\.1:[0-9]{5}/10.0.0.1:EPORT/g; s/ +$//'; }
  $ ip netns exec b nc -l -p 5001 > /dev/null 2>&1 &
  $ ip netns exec b nc -u -l -p 6001 > /dev/null 2>&1 &
  $ sleep 0.3
  $ ip netns exec b ss -tlnp | pids
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  LISTEN 0      1            0.0.0.0:5001      0.0.0.0:*    users:(("nc",pid=N,fd=3))
  $ ip netns exec b ss -uanp | pids
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:6001      0.0.0.0:*    users:(("nc",pid=N,fd=3))
  $ ip netns exec b ss -Htlnp | pids
  LISTEN 0      1      0.0.0.0:5001 0.0.0.0:* users:(("nc",pid=N,fd=3))
  $ ip netns exec b ss -tunlp | pids
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  udp   UNCONN 0      0            0.0.0.0:6001      0.0.0.0:*    users:(("nc",pid=N,fd=3))
  tcp   LISTEN 0      1            0.0.0.0:5001      0.0.0.0:*    users:(("nc",pid=N,fd=3))
  $ ip netns exec b ss -tlp | pids
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  LISTEN 0      1            0.0.0.0:5001      0.0.0.0:*    users:(("nc",pid=N,fd=3))
  $ ip netns exec b ss -tlnpo | pids
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  LISTEN 0      1            0.0.0.0:5001      0.0.0.0:*    users:(("nc",pid=N,fd=3))
  $ ip netns exec b netstat -tlnp | prgs
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
  tcp        0      0 0.0.0.0:5001            0.0.0.0:*               LISTEN      N/nc
  $ ip netns exec b netstat -uanp | prgs
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
  udp        0      0 0.0.0.0:6001            0.0.0.0:*                           N/nc
  $ ip netns exec b netstat -tln | sed -E 's/ +$//'
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State
  tcp        0      0 0.0.0.0:5001            0.0.0.0:*               LISTEN
  $ ip netns exec b netstat -tunlp | prgs
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
  tcp        0      0 0.0.0.0:5001            0.0.0.0:*               LISTEN      N/nc
  udp        0      0 0.0.0.0:6001            0.0.0.0:*                           N/nc
  $ ip netns exec a sh -c 'sleep 2 | nc 10.0.0.2 5001 &' ; sleep 0.5
  $ ip netns exec b ss -tanp | pids
  State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  LISTEN 0      1            0.0.0.0:5001      0.0.0.0:*     users:(("nc",pid=N,fd=3))
  ESTAB  0      0           10.0.0.2:5001     10.0.0.1:EPORT users:(("nc",pid=N,fd=4))
  $ ip netns exec a ss -tanp | pids
  State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
  ESTAB 0      0           10.0.0.1:EPORT     10.0.0.2:5001 users:(("nc",pid=N,fd=3))
  $ ip netns exec b netstat -tanp | prgs
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
  tcp        0      0 0.0.0.0:5001            0.0.0.0:*               LISTEN      N/nc
  tcp        0      0 10.0.0.2:5001           10.0.0.1:EPORT          ESTABLISHED N/nc
  $ ip netns exec b socat TCP-LISTEN:7000,fork,reuseaddr EXEC:cat > /dev/null 2>&1 &
  $ sleep 0.3
  $ ip netns exec b ss -tlnp sport = :7000 | pids
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  LISTEN 0      5            0.0.0.0:7000      0.0.0.0:*    users:(("socat",pid=N,fd=5))
  $ ip netns exec a sh -c 'sleep 3 | nc 10.0.0.2 7000 & sleep 3 | nc 10.0.0.2 7000 &' ; sleep 0.5
  $ ip netns exec b ss -Htanp sport = :7000 | pids | sort
  ESTAB  0      0      10.0.0.2:7000 10.0.0.1:EPORT users:(("socat",pid=N,fd=6))
  ESTAB  0      0      10.0.0.2:7000 10.0.0.1:EPORT users:(("socat",pid=N,fd=6))
  LISTEN 0      5       0.0.0.0:7000  0.0.0.0:*     users:(("socat",pid=N,fd=5))
  $ ip netns exec b ss -Htanp sport = :7000 | sed -E 's/.*pid=([0-9]+).*/\1/' | sort -u | wc -l
  3
  $ ip netns exec b netstat -tanp | grep 7000 | prgs | sort
  tcp        0      0 0.0.0.0:7000            0.0.0.0:*               LISTEN      N/socat
  tcp        0      0 10.0.0.2:7000           10.0.0.1:EPORT          ESTABLISHED N/socat
  tcp        0      0 10.0.0.2:7000           10.0.0.1:EPORT          ESTABLISHED N/socat
  $ ip netns exec a ss -Htanp dport = :7000 | pids
  ESTAB 0      0      10.0.0.1:EPORT 10.0.0.2:7000 users:(("nc",pid=N,fd=3))
  ESTAB 0      0      10.0.0.1:EPORT 10.0.0.2:7000 users:(("nc",pid=N,fd=3))
  $ ip netns exec a ping -c 3 -i 0.5 10.0.0.2 > /dev/null & sleep 0.2; ip netns exec a ss -wanp | grep -v ':58 ' | pids; wait $!
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:1         0.0.0.0:*    users:(("ping",pid=N,fd=3))
  $ kill %1 %2 %3; sleep 0.2
  $ ip netns exec b ss -Htuanp | pids | sort
  tcp ESTAB     0      0      10.0.0.2:7000 10.0.0.1:EPORT users:(("socat",pid=N,fd=6))
  tcp ESTAB     0      0      10.0.0.2:7000 10.0.0.1:EPORT users:(("socat",pid=N,fd=6))
  tcp TIME-WAIT 0      0      10.0.0.2:5001 10.0.0.1:EPORT
