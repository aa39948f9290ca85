ss's extended views of a connection between two local addresses, from the initial namespace (whose /sys still has the host's cgroup2 mount: cgroup:/) and through ip netns exec (a fresh /sys without it: "Failed to find cgroup2 mount" and unreachable:1): -e, --cgroup, -p with process names, -m's socket memory (rcvbuf; the send buffer depends on the congestion control) and the listener.
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/24 dev b0
  $ nc -l -s 10.0.0.1 -p 7100 > /dev/null & sleep 0.3
  $ sleep 30 | nc -s 10.0.0.2 -p 7101 10.0.0.1 7100 & sleep 0.3
  $ ss -tane | sed -E 's/ino:[0-9]+/ino:I/; s/sk:[0-9a-f]+/sk:S/; s/ +/ /g' | sort
  ESTAB 0 0 10.0.0.1:7100 10.0.0.2:7101 ino:I sk:S cgroup:/ <->
  ESTAB 0 0 10.0.0.2:7101 10.0.0.1:7100 ino:I sk:S cgroup:/ <->
  LISTEN 0 1 10.0.0.1:7100 0.0.0.0:* ino:I sk:S cgroup:/ <->
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess 
  $ ss -tan --cgroup | sed -E 's/ +/ /g' | sort
  ESTAB 0 0 10.0.0.1:7100 10.0.0.2:7101 cgroup:/
  ESTAB 0 0 10.0.0.2:7101 10.0.0.1:7100 cgroup:/
  LISTEN 0 1 10.0.0.1:7100 0.0.0.0:* cgroup:/
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess 
  $ ss -tanp --cgroup | sed -E 's/pid=[0-9]+/pid=P/g; s/ +/ /g' | sort
  ESTAB 0 0 10.0.0.1:7100 10.0.0.2:7101 users:(("nc",pid=P,fd=4)) cgroup:/
  ESTAB 0 0 10.0.0.2:7101 10.0.0.1:7100 users:(("nc",pid=P,fd=3)) cgroup:/
  LISTEN 0 1 10.0.0.1:7100 0.0.0.0:* users:(("nc",pid=P,fd=3)) cgroup:/
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess 
  $ ss -Htlne 'sport = :7100' | sed -E 's/ino:[0-9]+/ino:I/; s/sk:[0-9a-f]+/sk:S/; s/ +/ /g'
  LISTEN 0 1 10.0.0.1:7100 0.0.0.0:* ino:I sk:S cgroup:/ <->
  $ ss -Htnm 'sport = :7101' | sed -E 's/tb[0-9]+/tbN/; s/ +/ /g'
  ESTAB 0 0 10.0.0.2:7101 10.0.0.1:7100
  	 skmem:(r0,rb131072,t0,tbN,f0,w0,o0,bl0,d0)
  $ ip netns add x
  $ ip netns exec x sh -c 'nc -l -p 7200 > /dev/null & sleep 0.3'
  $ ip netns exec x ss -Htlne | sed -E 's/ino:[0-9]+/ino:I/; s/sk:[0-9a-f]+/sk:S/; s/ +/ /g'
  Failed to find cgroup2 mount
  Failed to find cgroup2 mount
  LISTEN 0 1 0.0.0.0:7200 0.0.0.0:* ino:I sk:S cgroup:unreachable:1 <->
  $ ip netns exec x ss -Htln --cgroup 2>/dev/null | sed -E 's/ +/ /g'
  LISTEN 0 1 0.0.0.0:7200 0.0.0.0:* cgroup:unreachable:1
  $ ip -n x link set lo up
  $ kill %1 %2; wait; ip netns pids x | xargs -r kill
