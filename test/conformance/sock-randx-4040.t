Random differential scenario (seed 4040, x): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a sysctl -w net.ipv4.tcp_tw_reuse=2
  net.ipv4.tcp_tw_reuse = 2
  $ ip netns exec a sysctl -w net.ipv4.tcp_ecn=2
  net.ipv4.tcp_ecn = 2
  $ ip netns exec b iptables -A INPUT -p udp --dport 5004 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5002 -j DROP
  $ ip netns exec b sh -c 'nc -l -n -p 5001 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -k -p 5004 > s2.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "line1\nline2\n" | timeout 5 socat -T 1 -d -u - UDP:10.0.0.2:5000,sourceport=31001,bind=127.0.0.1,reuseaddr,shut-null; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/'
  socat[P] W recvmsg(): Resource temporarily unavailable
  socat[P] E connect(5, AF=2 10.0.0.2:5000, 16): Invalid argument
  1
  $ sleep 0.3
  $ ip netns exec a nc -z -v -u -w 1 10.0.0.2 5001 2>&1; echo $?
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "hello\n" | timeout 5 socat -T 1 -u - UDP:10.0.0.2:5009,sourceport=31002; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/'
  0
  $ sleep 0.3
  $ ip netns exec a nc -z -v -n -u -w 1 10.0.0.2 5001-5003 2>&1; echo $?
  1
  $ sleep 0.3
  $ ip netns exec a ss -Htuan state connected 'dport < :40000 | autobound | not sport le :40005' 2>&1 | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 socat -d -t 0.2 - TCP:10.0.0.1:5002,sourceport=31003,shut-down; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/'
  socat[P] W recvmsg(): Resource temporarily unavailable
  socat[P] E connect(5, AF=2 10.0.0.1:5002, 16): Connection refused
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'nc -l -n -p 5003 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a nc -z -v -u -w 1 10.0.0.2 5003 5006 2>&1; echo $?
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'socat -d -d -u TCP-LISTEN:5002,reuseaddr OPEN:s4.out,creat,append 2>s4.out.err & sleep 0.3'
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1      0.0.0.0:5001 0.0.0.0:*
  tcp LISTEN 0      1      0.0.0.0:5003 0.0.0.0:*
  tcp LISTEN 0      1      0.0.0.0:5004 0.0.0.0:*
  tcp LISTEN 0      5      0.0.0.0:5002 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b ss -Htano | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/' | sed -E 's/timer:\(([a-z_]+),[^,]*,([0-9]+)\)/timer:(\1,T,\2)/' | sort
  LISTEN 0      1      0.0.0.0:5001 0.0.0.0:*
  LISTEN 0      1      0.0.0.0:5003 0.0.0.0:*
  LISTEN 0      1      0.0.0.0:5004 0.0.0.0:*
  LISTEN 0      5      0.0.0.0:5002 0.0.0.0:*
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             7                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      7                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              7                  0.0
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 1                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      1                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 7                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/'
  == s1.out
  == s2.out
  == s3.out
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
