Random differential scenario (seed 4028, x): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b sysctl -w net.ipv4.tcp_sack=1
  net.ipv4.tcp_sack = 1
  $ ip netns exec b sysctl -w net.ipv4.tcp_abort_on_overflow=0
  net.ipv4.tcp_abort_on_overflow = 0
  $ ip netns exec a sysctl -w net.ipv4.tcp_timestamps=1
  net.ipv4.tcp_timestamps = 1
  $ ip netns exec a sysctl -w net.ipv4.ip_local_port_range="50000 50001"
  net.ipv4.ip_local_port_range = 50000 50001
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5003 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec b iptables -A INPUT -p udp --dport 5002 -j DROP
  $ ip netns exec b sh -c 'socat -d -d -u UDP-LISTEN:5000 OPEN:s1.out,creat,append 2>s1.out.err & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -v -s 0.0.0.0 -p 5001 > s2.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -u -n -s 10.0.0.2 -p 5003 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htuan 'dport >= :5001' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a nc -z -v -n -w 1 10.0.0.2 5009-5011 2>&1; echo $?
  nc: connect to 10.0.0.2 port 5009 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 5010 (tcp) failed: Connection refused
  nc: connect to 10.0.0.2 port 5011 (tcp) failed: Connection refused
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 nc -N -q 0 -p 31001 -T 0x20 -M 2 -w 1 10.0.0.2 5003; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "line1\nline2\n" | timeout 5 nc -u -v -q 1 -p 31002 -T throughput -w 1 127.0.0.1 5002; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1       0.0.0.0:5001 0.0.0.0:*
  udp UNCONN 0      0       0.0.0.0:5000 0.0.0.0:*
  udp UNCONN 0      0      10.0.0.2:5003 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ for f in s*.out*; do echo "== $f"; cat $f; done 2>/dev/null | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | grep -v 'socat version\|running on\|execution environment\|_FILE_OFFSET\|sizeof\|O_\|starting'
  == s1.out.err
  socat[P] N listening on UDP AF=2 0.0.0.0:5000
  == s2.out
  nc: getnameinfo: Temporary failure in name resolution
  == s3.out
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      3                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              2                  0.0
  TcpActiveOpens                  4                  0.0
  TcpAttemptFails                 3                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 1                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s2.out
  nc: getnameinfo: Temporary failure in name resolution
  == s3.out
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
