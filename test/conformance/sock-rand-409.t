Random differential scenario (seed 409): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a sysctl -w net.ipv4.tcp_ecn=2
  net.ipv4.tcp_ecn = 2
  $ ip netns exec b sysctl -w net.ipv4.tcp_sack=0
  net.ipv4.tcp_sack = 0
  $ ip netns exec b sysctl -w net.ipv4.ip_nonlocal_bind=0
  net.ipv4.ip_nonlocal_bind = 0
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratemask=6168
  net.ipv4.icmp_ratemask = 6168
  $ ip netns exec b sysctl -w net.ipv4.icmp_ratelimit=0
  net.ipv4.icmp_ratelimit = 0
  $ ip netns exec b sysctl -w net.ipv4.tcp_syncookies=0
  net.ipv4.tcp_syncookies = 0
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5001 -j REJECT
  $ ip netns exec b sh -c 'nc -l -n -s 127.0.0.1 -p 5000 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -v -n -p 5001 > s2.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -u -n -p 5001 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htano | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sed -E 's/timer:\(([a-z_]+),[^,]*,([0-9]+)\)/timer:(\1,T,\2)/' | sort
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 socat -d -d -t 0.2 - TCP:10.0.0.1:5000,sourceport=31001,bind=10.0.0.7,reuseaddr; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] N reading from and writing to stdio
  socat[P] N opening connection to AF=2 10.0.0.1:5000
  socat[P] E bind(5, {AF=2 10.0.0.7:31001}, 16): Cannot assign requested address
  socat[P] N exit(1)
  1
  $ sleep 0.3
  $ ip netns exec a nc -z -w 1 10.0.0.2 5002 2>&1; echo $?
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "line1\nline2\n" | timeout 5 socat -t 0.2 - TCP:10.0.0.2:5004,sourceport=31002,nodelay; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] E connect(5, AF=2 10.0.0.2:5004, 16): Connection refused
  1
  $ sleep 0.3
  $ for f in s*.out*; do echo "== $f"; cat $f; done 2>/dev/null | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | grep -v 'socat version\|running on\|execution environment\|_FILE_OFFSET\|sizeof\|O_\|starting'
  == s1.out
  == s2.out
  Listening on 0.0.0.0 5001
  == s3.out
  $ ip netns exec a sh -c 'printf "hello\n" | timeout 5 nc -n -N 10.0.0.2 5002; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1        0.0.0.0:5001 0.0.0.0:*
  tcp LISTEN 0      1      127.0.0.1:5000 0.0.0.0:*
  udp UNCONN 0      0        0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a ss -Htano | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sed -E 's/timer:\(([a-z_]+),[^,]*,([0-9]+)\)/timer:(\1,T,\2)/' | sort
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             0                  0.0
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
  IcmpInDestUnreachs              0                  0.0
  TcpActiveOpens                  3                  0.0
  TcpAttemptFails                 3                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 0                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s1.out
  == s2.out
  Listening on 0.0.0.0 5001
  == s3.out
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
