Random differential scenario (seed 215): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a sysctl -w net.ipv4.tcp_tw_reuse=1
  net.ipv4.tcp_tw_reuse = 1
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratelimit=0
  net.ipv4.icmp_ratelimit = 0
  $ ip netns exec b sh -c 'nc -l -k -v -n -p 5004 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'socat -d -d -u TCP-LISTEN:5002,reuseaddr,backlog=1 OPEN:s2.out,creat,append 2>s2.out.err & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -u -k -v -n -p 5004 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 nc -u -v -p 31001 -s 127.0.0.1 -w 1 10.0.0.2 5004; echo $?' 2>&1
  nc: connect to 10.0.0.2 port 5004 (udp) failed: Invalid argument
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'nc -l -u -k -n -p 5002 > s4.out 2>&1 & sleep 0.3'
  $ ip netns exec b nstat -az TcpInSegs TcpOutSegs TcpExtTCPAbortOnClose TcpExtTCPAbortOnData TcpExtTCPOrigDataSent TcpExtDelayedACKs TcpExtTCPPureAcks TcpExtTCPHPAcks | tail -n +2
  TcpInSegs                       0                  0.0
  TcpOutSegs                      0                  0.0
  TcpExtDelayedACKs               0                  0.0
  TcpExtTCPPureAcks               0                  0.0
  TcpExtTCPHPAcks                 0                  0.0
  TcpExtTCPAbortOnData            0                  0.0
  TcpExtTCPAbortOnClose           0                  0.0
  TcpExtTCPOrigDataSent           0                  0.0
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 socat -T 1 -d -u - UDP:10.0.0.2:5004,sourceport=31002; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  0
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "hello\n" | timeout 5 nc -u -q 1 -p 31003 -w 1 10.0.0.1 5004; echo $?' 2>&1
  0
  $ sleep 0.3
  $ ip netns exec a nc -z -v -u -w 1 127.0.0.1 5000 2>&1; echo $?
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'socat -d -u TCP-LISTEN:5000,reuseaddr,reuseport OPEN:s5.out,creat,append 2>s5.out.err & sleep 0.3'
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1      0.0.0.0:5002 0.0.0.0:*
  tcp LISTEN 0      1      0.0.0.0:5004 0.0.0.0:*
  tcp LISTEN 0      5      0.0.0.0:5000 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5002 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5004 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b nstat -az TcpPassiveOpens TcpActiveOpens TcpOutRsts TcpInErrs TcpEstabResets TcpCurrEstab TcpAttemptFails UdpInDatagrams UdpNoPorts UdpOutDatagrams IcmpOutDestUnreachs IcmpInDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTCPAbortOnData TcpExtTCPAbortOnClose TcpExtTW | tail -n +2
  IcmpInDestUnreachs              0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  TcpActiveOpens                  0                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpInErrs                       0                  0.0
  TcpOutRsts                      0                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 0                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  TcpExtTCPAbortOnData            0                  0.0
  TcpExtTCPAbortOnClose           0                  0.0
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             0                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              2                  0.0
  TcpActiveOpens                  0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      2                  0.0
  UdpOutDatagrams                 3                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s1.out
  Listening on 0.0.0.0 5004
  == s3.out
  Bound on 0.0.0.0 5004
  x
  == s4.out
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
