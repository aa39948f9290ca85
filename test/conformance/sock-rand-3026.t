Random differential scenario (seed 3026): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a sysctl -w net.ipv4.ip_nonlocal_bind=0
  net.ipv4.ip_nonlocal_bind = 0
  $ ip netns exec b sysctl -w net.ipv4.tcp_abort_on_overflow=0
  net.ipv4.tcp_abort_on_overflow = 0
  $ ip netns exec b sysctl -w net.ipv4.tcp_syncookies=1
  net.ipv4.tcp_syncookies = 1
  $ ip netns exec a sysctl -w net.ipv4.tcp_tw_reuse=0
  net.ipv4.tcp_tw_reuse = 0
  $ ip netns exec b sysctl -w net.ipv4.tcp_synack_retries=0
  net.ipv4.tcp_synack_retries = 0
  $ ip netns exec b sysctl -w net.ipv4.tcp_sack=1
  net.ipv4.tcp_sack = 1
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5000 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec b sh -c 'nc -l -u -k -n -p 5000 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'socat -d -u TCP-LISTEN:5002,reuseport OPEN:s2.out,creat,append 2>s2.out.err & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -u -v -s 10.0.0.2 -p 5002 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "line1\nline2\n" | timeout 5 nc -v -n -q 1 -p 31001 -s 10.0.0.7 -w 1 10.0.0.1 5009; echo $?' 2>&1
  nc: bind failed: Cannot assign requested address
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "hello\n" | timeout 5 nc -v -n -N -p 31002 10.0.0.2 5009; echo $?' 2>&1
  nc: connect to 10.0.0.2 port 5009 (tcp) failed: Connection refused
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "line1\nline2\n" | timeout 5 nc -n -N -q 1 -p 31003 -w 1 10.0.0.2 5000; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 socat -T 1 -d -d - UDP:127.0.0.1:5009,sourceport=31004,connect-timeout=1,bind=10.0.0.1; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] N reading from and writing to stdio
  socat[P] N opening connection to AF=2 127.0.0.1:5009
  socat[P] N successfully connected from local address AF=2 10.0.0.1:31004
  socat[P] N starting data transfer loop with FDs [0,1] and [5,5]
  socat[P] E read(5, PTR, 8192): Connection refused
  socat[P] N exit(1)
  1
  $ sleep 0.3
  $ ip netns exec a nstat -az TcpInSegs TcpOutSegs TcpExtTCPAbortOnClose TcpExtTCPAbortOnData TcpExtTCPOrigDataSent TcpExtDelayedACKs TcpExtTCPPureAcks TcpExtTCPHPAcks | tail -n +2
  TcpInSegs                       1                  0.0
  TcpOutSegs                      2                  0.0
  TcpExtDelayedACKs               0                  0.0
  TcpExtTCPPureAcks               0                  0.0
  TcpExtTCPHPAcks                 0                  0.0
  TcpExtTCPAbortOnData            0                  0.0
  TcpExtTCPAbortOnClose           0                  0.0
  TcpExtTCPOrigDataSent           0                  0.0
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 socat -d -d - TCP:10.0.0.2:5004,sourceport=31005,connect-timeout=1,mss=500; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] N reading from and writing to stdio
  socat[P] N opening connection to AF=2 10.0.0.2:5004
  socat[P] E connect(5, AF=2 10.0.0.2:5004, 16): Connection refused
  socat[P] N exit(1)
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'nc -l -n -p 5003 > s4.out 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1       0.0.0.0:5003 0.0.0.0:*
  tcp LISTEN 0      5       0.0.0.0:5002 0.0.0.0:*
  udp UNCONN 0      0       0.0.0.0:5000 0.0.0.0:*
  udp UNCONN 0      0      10.0.0.2:5002 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a nstat -az TcpPassiveOpens TcpActiveOpens TcpOutRsts TcpEstabResets TcpCurrEstab TcpAttemptFails TcpRetransSegs UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpInErrors IcmpInDestUnreachs IcmpOutDestUnreachs TcpExtTW TcpExtTCPTimeouts IpOutNoRoutes | tail -n +2
  IpOutNoRoutes                   0                  0.0
  IcmpInDestUnreachs              2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  TcpActiveOpens                  3                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 2                  0.0
  TcpEstabResets                  0                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      1                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 1                  0.0
  TcpExtTW                        0                  0.0
  TcpExtTCPTimeouts               0                  0.0
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      2                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              2                  0.0
  TcpActiveOpens                  3                  0.0
  TcpAttemptFails                 2                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 1                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s1.out
  == s3.out
  nc: getnameinfo: Temporary failure in name resolution
  == s4.out
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
