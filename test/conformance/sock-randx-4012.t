Random differential scenario (seed 4012, x): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b sysctl -w net.ipv4.udp_early_demux=0
  net.ipv4.udp_early_demux = 0
  $ ip netns exec b sysctl -w net.ipv4.tcp_fin_timeout=1
  net.ipv4.tcp_fin_timeout = 1
  $ ip netns exec b sysctl -w net.ipv4.tcp_syncookies=2
  net.ipv4.tcp_syncookies = 2
  $ ip netns exec b sh -c 'nc -l -u -k -p 5004 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 nc -N -p 31001 -w 1 10.0.0.2 5001; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec b ss -Htuan 'sport > :31000' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 socat -T 1 - UDP:10.0.0.2:5009,sourceport=31002,reuseaddr; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] E read(5, PTR, 8192): Connection refused
  1
  $ sleep 0.3
  $ ip netns exec a cat /proc/net/tcp | awk 'NR > 1 {print substr($2, 1, 8), substr($3, 1, 8), $4, $5, $7, $8, $9}' | sort
  $ ip netns exec b sh -c 'nc -l -k -n -p 5003 > s2.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "line1\nline2\n" | timeout 5 nc -u -v -n -q 1 -p 31003 -w 1 10.0.0.1 5001; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'printf "\n" | timeout 5 nc -u -v -q 1 -p 31004 -w 2 127.0.0.1 5004; echo $?' 2>&1
  Connection to 127.0.0.1 5004 port [udp/*] succeeded!
  0
  $ sleep 0.3
  $ ip netns exec b sh -c 'printf "x\n" | timeout 5 socat -d - TCP:127.0.0.1:5009,sourceport=31005,connect-timeout=1,keepalive,shut-none; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] E connect(5, AF=2 127.0.0.1:5009, 16): Connection refused
  1
  $ sleep 0.3
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1      0.0.0.0:5003 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5004 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b ss -Htan state big | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  LISTEN 0      1      0.0.0.0:5003 0.0.0.0:*
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 1                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      2                  0.0
  UdpInDatagrams                  5                  0.0
  UdpNoPorts                      1                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              2                  0.0
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 1                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 2                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s1.out
  XXXX
  == s2.out
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
