Random differential scenario (seed 4054, x): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b sysctl -w net.ipv4.ip_nonlocal_bind=0
  net.ipv4.ip_nonlocal_bind = 0
  $ ip netns exec b sysctl -w net.ipv4.tcp_rfc1337=1
  net.ipv4.tcp_rfc1337 = 1
  $ ip netns exec b sh -c 'nc -l -p 5002 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'socat -d -d -u UDP-RECVFROM:5002,reuseaddr,fork,bind=10.0.0.2 OPEN:s2.out,creat,append 2>s2.out.err & sleep 0.3'
  $ ip netns exec a ss -Htuan state time-wait 'src :5000 | src 10.0.0.2:5001' 2>&1 | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b ss -Htan state synchronized | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/' | sort
  $ for f in s*.out*; do echo "== $f"; cat $f; done 2>/dev/null | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/' | grep -v 'socat version\|running on\|execution environment\|_FILE_OFFSET\|sizeof\|O_\|starting'
  == s1.out
  == s2.out.err
  socat[P] N receiving on AF=2 10.0.0.2:5002
  $ ip netns exec b sh -c 'nc -l -u -v -n -s 0.0.0.0 -p 5003 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a cat /proc/net/tcp | awk 'NR > 1 {print substr($2, 1, 8), substr($3, 1, 8), $4, $5, $7, $8, $9}' | sort
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1       0.0.0.0:5002 0.0.0.0:*
  udp UNCONN 0      0       0.0.0.0:5003 0.0.0.0:*
  udp UNCONN 0      0      10.0.0.2:5002 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b grep -E '^(Tcp|Udp):' /proc/net/snmp | awk '{$13 = "-"; print}'
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs - InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 - 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors   -
  Udp: 0 0 0 0 0 0 0 0 0   -
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             0                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              0                  0.0
  TcpActiveOpens                  0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 0                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([^ ]+) [0-9]+$/received on \1 E/'
  == s1.out
  == s3.out
  Bound on 0.0.0.0 5003
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
