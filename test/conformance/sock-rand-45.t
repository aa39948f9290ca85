Random differential scenario (seed 45): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratemask=6168
  net.ipv4.icmp_ratemask = 6168
  $ ip netns exec b sysctl -w net.ipv4.tcp_sack=1
  net.ipv4.tcp_sack = 1
  $ ip netns exec a sysctl -w net.ipv4.tcp_fin_timeout=1
  net.ipv4.tcp_fin_timeout = 1
  $ ip netns exec b sysctl -w net.ipv4.tcp_synack_retries=1
  net.ipv4.tcp_synack_retries = 1
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5000 -j REJECT --reject-with tcp-reset
  $ ip netns exec b sh -c 'socat -d -d -u TCP-LISTEN:5000,reuseaddr,fork,reuseport OPEN:s1.out,creat,append 2>s1.out.err & sleep 0.3'
  $ ip netns exec b sh -c 'socat -d -u TCP-LISTEN:5002,reuseaddr,fork OPEN:s2.out,creat,append 2>s2.out.err & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -k -v -p 5001 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "hello\n" | timeout 5 socat -T 1 -d -d -u - UDP:10.0.0.2:5009,reuseaddr; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] N using stdin for reading
  socat[P] N opening connection to AF=2 10.0.0.2:5009
  socat[P] N successfully connected from local address AF=2 10.0.0.1:E
  socat[P] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[P] N socket 1 (fd 0) is at EOF
  socat[P] N exiting with status 0
  0
  $ sleep 0.3
  $ for f in s*.out*; do echo "== $f"; cat $f; done 2>/dev/null | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | grep -v 'socat version\|running on\|execution environment\|_FILE_OFFSET\|sizeof\|O_\|starting'
  == s1.out.err
  socat[P] N listening on AF=2 0.0.0.0:5000
  == s2.out.err
  == s3.out
  nc: getnameinfo: Temporary failure in name resolution
  $ ip netns exec b nc -z -w 1 127.0.0.1 5003-5005 2>&1; echo $?
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'nc -l -u -p 5004 > s4.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "line1\nline2\n" | timeout 5 nc -n -N -p 31001 -w 1 10.0.0.2 5001; echo $?' 2>&1
  0
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 socat -u - TCP:10.0.0.2:5002,sourceport=31002,connect-timeout=1; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  0
  $ sleep 0.3
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1      0.0.0.0:5001 0.0.0.0:*
  tcp LISTEN 0      5      0.0.0.0:5000 0.0.0.0:*
  tcp LISTEN 0      5      0.0.0.0:5002 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5004 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp TIME-WAIT 0      0      10.0.0.1:31001 10.0.0.2:5001
  tcp TIME-WAIT 0      0      10.0.0.1:31002 10.0.0.2:5002
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp TIME-WAIT 0      0      10.0.0.1:31001 10.0.0.2:5001
  tcp TIME-WAIT 0      0      10.0.0.1:31002 10.0.0.2:5002
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  TcpPassiveOpens                 2                  0.0
  TcpAttemptFails                 3                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      3                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      1                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              1                  0.0
  TcpActiveOpens                  2                  0.0
  TcpAttemptFails                 0                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 1                  0.0
  TcpExtTW                        2                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s2.out
  x
  == s3.out
  nc: getnameinfo: Temporary failure in name resolution
  nc: getnameinfo: Temporary failure in name resolution
  line1
  line2
  == s4.out
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
