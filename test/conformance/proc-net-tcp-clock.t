/proc/net/tcp's timer, rto and ato columns are clock_t (USER_HZ 100, jiffies_to_clock_t()), not jiffies: a listener (rto 1 s = 100, ssthresh column the fastopen queue), a connection in SYN-SENT to a dropping port (retransmit timer), both ends of an established connection after a short exchange, and TIME-WAIT; inode, pointer and slot edited out.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.tcp_congestion_control=reno; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b iptables -A INPUT -p tcp --dport 81 -j DROP
  $ ip netns exec b sh -c 'nc -l -p 5000 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b awk 'NR > 1 {print $2, $3, $4, $5, $6, $7, $8, $9, $11, $13, $14, $15, $16, $17}' /proc/net/tcp
  00000000:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1 100 0 0 10 0
  $ ip netns exec a sh -c 'nc -p 40001 10.0.0.2 81 < /dev/null > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec a awk 'NR > 1 {print $2, $3, $4, $5, substr($6, 1, 9), $7, $8, $9, $11, $13, $14, $15, $16, $17}' /proc/net/tcp
  0100000A:9C41 0200000A:0051 02 00000001:00000000 01:000000 00000000 0 0 2 100 0 0 10 -1
  $ sleep 1; ip netns exec a awk 'NR > 1 {print $2, $3, $4, $5, substr($6, 1, 9), $7, $8, $9, $11, $13, $14, $15, $16, $17}' /proc/net/tcp
  0100000A:9C41 0200000A:0051 02 00000001:00000000 01:000000 00000001 0 0 2 100 0 0 1 5
  $ ip netns pids a | xargs -r kill
  $ ip netns exec a sh -c 'sleep 5 | nc -p 40002 10.0.0.2 5000 > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec a awk 'NR > 1 {print $2, $3, $4, $5, $6, $7, $8, $9, $11, $13, $14, $15, $16, $17}' /proc/net/tcp
  0100000A:9C42 0200000A:1388 01 00000000:00000000 00:00000000 00000000 0 0 2 20 0 0 10 -1
  $ ip netns exec b awk 'NR > 1 {print $2, $3, $4, $5, $6, $7, $8, $9, $11, $13, $14, $15, $16, $17}' /proc/net/tcp | sort
  00000000:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1 100 0 0 10 0
  0200000A:1388 0100000A:9C42 01 00000000:00000000 00:00000000 00000000 0 0 1 20 0 0 10 -1
  $ sleep 1; ip netns exec a awk 'NR > 1 {print $2, $3, $4, $11}' /proc/net/tcp
  0100000A:9C42 0200000A:1388 01 1
  $ ip netns exec b sh -c 'nc -l -p 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(echo data; sleep 5) | nc -p 40003 10.0.0.2 5001 > /dev/null 2>&1 & sleep 0.1'
  $ ip netns exec a awk 'NR > 1 && $3 ~ /1389/ {print $2, $3, $4, $5, $11}' /proc/net/tcp
  0100000A:9C43 0200000A:1389 01 00000000:00000000 2
  $ ip netns exec b awk 'NR > 1 && $3 ~ /9C43/ {print $2, $3, $4, $5, $11, $14}' /proc/net/tcp
  0200000A:1389 0100000A:9C43 01 00000000:00000000 1 4
  $ sleep 1.2; ip netns exec a awk 'NR > 1 && $3 ~ /1389/ {print $2, $3, $4, $5, $11}' /proc/net/tcp
  0100000A:9C43 0200000A:1389 01 00000000:00000000 1
  $ ip netns exec b awk 'NR > 1 && $3 ~ /9C43/ {print $2, $3, $4, $5, $11, $14}' /proc/net/tcp
  0200000A:1389 0100000A:9C43 01 00000000:00000000 1 4
  $ ip netns pids a | xargs -r kill; sleep 0.3
  $ ip netns exec a awk 'NR > 1 {print $2, $3, $4, $5, $7, $8, $9, $11}' /proc/net/tcp | sort
  0100000A:9C42 0200000A:1388 06 00000000:00000000 00000000 0 0 3
  0100000A:9C43 0200000A:1389 06 00000000:00000000 00000000 0 0 3
  $ ip netns exec a awk 'NR > 1 {print $6}' /proc/net/tcp | cut -c1-7
  03:0000
  03:0000
  $ ip netns pids b | xargs -r kill
