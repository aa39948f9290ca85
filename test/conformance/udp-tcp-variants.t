UDP and TCP: nc options, refused and timed-out connects, ss listings, counters.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a nc -z -w 1 10.0.0.2 81; echo $?
  1
  $ ip netns exec a nc -zv -w 1 10.0.0.2 80-82
  nc: connect to 10.0.0.2 port 80 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 81 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 82 (tcp) failed: Connection refused
  [1]
  $ ip netns exec b iptables -A INPUT -p tcp --dport 83 -j DROP
  $ ip netns exec a nc -zv -w 1 10.0.0.2 83
  nc: connect to 10.0.0.2 port 83 (tcp) timed out: Operation now in progress
  [1]
  $ ip netns exec b iptables -A INPUT -p tcp --dport 84 -j REJECT --reject-with tcp-reset
  $ ip netns exec a nc -zv -w 1 10.0.0.2 84
  nc: connect to 10.0.0.2 port 84 (tcp) failed: Connection refused
  [1]
  $ ip netns exec b iptables -A INPUT -p udp --dport 85 -j REJECT
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.2 85; echo $?'
  0
  $ ip netns exec b sh -c 'nc -l 10.0.0.2 7000 > out1 & sleep 0.2'
  $ ip netns exec b ss -Htln
  LISTEN 0      1      10.0.0.2:7000 0.0.0.0:*
  $ ip netns exec a sh -c 'printf "hello\n" | nc -N 10.0.0.2 7000'
  $ sleep 0.2; ip netns exec b cat out1
  hello
  $ ip netns exec b sh -c 'nc -lk -p 7001 > out2 & sleep 0.2'
  $ ip netns exec a sh -c 'echo one | nc -N 10.0.0.2 7001; echo two | nc -N 10.0.0.2 7001'
  $ sleep 0.2; ip netns exec b cat out2
  one
  two
  $ ip netns exec b ss -Htn state time-wait | wc -l
  0
  $ ip netns exec a ss -Htn state time-wait | wc -l
  3
  $ ip netns exec b sh -c 'nc -u -l -p 7002 > out3 & sleep 0.2'
  $ ip netns exec b ss -Huln
  UNCONN 0      0      0.0.0.0:7002 0.0.0.0:*
  $ ip netns exec a sh -c 'echo dgram | nc -u -w 1 -s 10.0.0.1 -p 4444 10.0.0.2 7002'
  $ sleep 0.2; ip netns exec b cat out3
  dgram
  $ ip netns exec b ss -Hun
  0      0      10.0.0.2:7002 10.0.0.1:4444
  $ ip netns exec a nc -z -w 1 10.0.0.9 80; echo $?
  1
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpInSegs | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  TcpPassiveOpens                 3                  0.0
  TcpInSegs                       19                 0.0
  TcpOutRsts                      4                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
No SYN was retransmitted: nc -w 1 polls for 1000 ms (fs/select.c: an hrtimer with 1 ms slack), the SYN's
1 s RTO is a timer_list that the timer wheel rounds up to its 8-jiffy granularity (kernel/time/timer.c
calc_wheel_index), so nc's close() comes first. Only a heavily loaded host, scheduling nc later than that,
shows TcpRetransSegs 1 (the first recording did, 1 run in 5 under load).
  $ ip netns exec a nstat -az TcpActiveOpens TcpAttemptFails TcpRetransSegs IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              1                  0.0
  TcpActiveOpens                  10                 0.0
  TcpAttemptFails                 5                  0.0
  TcpRetransSegs                  0                  0.0
