Random differential scenario (seed 47): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b sysctl -w net.ipv4.tcp_synack_retries=0
  net.ipv4.tcp_synack_retries = 0
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratemask=6168
  net.ipv4.icmp_ratemask = 6168
  $ ip netns exec a sysctl -w net.ipv4.tcp_ecn=2
  net.ipv4.tcp_ecn = 2
  $ ip netns exec a sysctl -w net.ipv4.tcp_timestamps=1
  net.ipv4.tcp_timestamps = 1
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5004 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec b sh -c 'nc -l -k -n -p 5000 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -k -n -s 10.0.0.9 -p 5004 > s2.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'socat -u UDP-RECVFROM:5002,reuseaddr,bind=10.0.0.9 OPEN:s3.out,creat,append 2>s3.out.err & sleep 0.3'
  $ ip netns exec a sh -c 'printf "hello\n" | timeout 5 nc -u -n -w 2 10.0.0.2 5004; echo $?' 2>&1
  0
  $ sleep 0.3
  $ ip netns exec a nc -z -v -w 1 10.0.0.2 5001-5003 2>&1; echo $?
  nc: connect to 10.0.0.2 port 5001 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 5002 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 5003 (tcp) failed: Connection refused
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "hello\n" | timeout 5 nc -v -p 31001 -w 1 10.0.0.2 5002; echo $?' 2>&1
  nc: connect to 10.0.0.2 port 5002 (tcp) failed: Connection refused
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 socat -d -d -u - TCP:10.0.0.2:5000,connect-timeout=1; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] N using stdin for reading
  socat[P] N opening connection to AF=2 10.0.0.2:5000
  socat[P] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[P] N socket 1 (fd 0) is at EOF
  socat[P] N exiting with status 0
  0
  $ sleep 0.3
  $ ip netns exec a nstat -az TcpPassiveOpens TcpActiveOpens TcpOutRsts TcpEstabResets TcpCurrEstab TcpAttemptFails TcpRetransSegs UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpInErrors IcmpInDestUnreachs IcmpOutDestUnreachs TcpExtTW TcpExtTCPTimeouts IpOutNoRoutes | tail -n +2
  IpOutNoRoutes                   0                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpOutDestUnreachs             0                  0.0
  TcpActiveOpens                  5                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 4                  0.0
  TcpEstabResets                  0                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 1                  0.0
  TcpExtTW                        1                  0.0
  TcpExtTCPTimeouts               0                  0.0
  $ ip netns exec a ss -Htan state fin-wait-2 | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 nc -u -v -p 31002 -s 127.0.0.1 -w 1 10.0.0.2 5001; echo $?' 2>&1
  nc: connect to 10.0.0.2 port 5001 (udp) failed: Invalid argument
  1
  $ sleep 0.3
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp TIME-WAIT 0      0      10.0.0.1:E 10.0.0.2:5000
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  TcpPassiveOpens                 1                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      4                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      1                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              1                  0.0
  TcpActiveOpens                  5                  0.0
  TcpAttemptFails                 4                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 1                  0.0
  TcpExtTW                        1                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s1.out
  
  == s2.out
  nc: Cannot assign requested address
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
