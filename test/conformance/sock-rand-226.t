Random differential scenario (seed 226): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a sysctl -w net.ipv4.tcp_syn_retries=2
  net.ipv4.tcp_syn_retries = 2
  $ ip netns exec a sysctl -w net.ipv4.tcp_ecn=1
  net.ipv4.tcp_ecn = 1
  $ ip netns exec b sysctl -w net.ipv4.tcp_rfc1337=1
  net.ipv4.tcp_rfc1337 = 1
  $ ip netns exec a sysctl -w net.ipv4.ip_nonlocal_bind=1
  net.ipv4.ip_nonlocal_bind = 1
  $ ip netns exec a sysctl -w net.ipv4.ip_local_reserved_ports=40001
  net.ipv4.ip_local_reserved_ports = 40001
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5002 -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec b iptables -A INPUT -p udp --dport 5000 -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec b sh -c 'nc -l -u -s 0.0.0.0 -p 5000 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -u -k -v -n -s 0.0.0.0 -p 5003 > s2.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "line1\nline2\n" | timeout 5 nc -q 0 -s 127.0.0.1 -w 1 10.0.0.2 5003; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec a nc -z -w 1 10.0.0.1 5000 2>&1; echo $?
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "hello\n" | timeout 5 nc -N -q 0 -w 1 10.0.0.2 5009; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 nc -u -v -n -p 31001 -s 10.0.0.1 -w 1 10.0.0.2 5004; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec b ss -Htuan 'sport = :5000' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  udp UNCONN 0      0      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec b sh -c 'nc -l -k -v -s 10.0.0.9 -p 5001 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 socat -T 1 -d -d -t 0.2 - UDP:10.0.0.2:5004,bind=10.0.0.1,reuseaddr; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] N reading from and writing to stdio
  socat[P] N opening connection to AF=2 10.0.0.2:5004
  socat[P] N successfully connected from local address AF=2 10.0.0.1:E
  socat[P] N starting data transfer loop with FDs [0,1] and [5,5]
  socat[P] E read(5, PTR, 8192): Connection refused
  socat[P] N exit(1)
  1
  $ sleep 0.3
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  udp UNCONN 0      0      0.0.0.0:5000 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5003 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b ss -Htan state time-wait | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             2                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      1                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      2                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              2                  0.0
  TcpActiveOpens                  2                  0.0
  TcpAttemptFails                 2                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      1                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 2                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s1.out
  == s2.out
  Bound on 0.0.0.0 5003
  == s3.out
  nc: Cannot assign requested address
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
