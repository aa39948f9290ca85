Random differential scenario (seed 407): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b sysctl -w net.ipv4.tcp_fin_timeout=60
  net.ipv4.tcp_fin_timeout = 60
  $ ip netns exec a sysctl -w net.ipv4.tcp_ecn=1
  net.ipv4.tcp_ecn = 1
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5003 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec b iptables -A INPUT -p udp --dport 5004 -j DROP
  $ ip netns exec b sh -c 'nc -l -u -s 127.0.0.1 -p 5000 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5004,bind=10.0.0.2 OPEN:s2.out,creat,append 2>s2.out.err & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -u -n -p 5004 > s3.out 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b ss -Htano | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sed -E 's/timer:\(([a-z_]+),[^,]*,([0-9]+)\)/timer:(\1,T,\2)/' | sort
  LISTEN 0      5      10.0.0.2:5004 0.0.0.0:*
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      5       10.0.0.2:5004 0.0.0.0:*
  udp UNCONN 0      0        0.0.0.0:5004 0.0.0.0:*
  udp UNCONN 0      0      127.0.0.1:5000 0.0.0.0:*
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5003,fork,bind=127.0.0.1,reuseport OPEN:s4.out,creat,append 2>s4.out.err & sleep 0.3'
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 nc -v -n -q 0 -s 10.0.0.1 10.0.0.2 5003; echo $?' 2>&1
  nc: connect to 10.0.0.2 port 5003 (tcp) failed: Connection refused
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'nc -l -u -p 5002 > s5.out 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      5       10.0.0.2:5004 0.0.0.0:*
  tcp LISTEN 0      5      127.0.0.1:5003 0.0.0.0:*
  udp UNCONN 0      0        0.0.0.0:5002 0.0.0.0:*
  udp UNCONN 0      0        0.0.0.0:5004 0.0.0.0:*
  udp UNCONN 0      0      127.0.0.1:5000 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a ss -Htano | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sed -E 's/timer:\(([a-z_]+),[^,]*,([0-9]+)\)/timer:(\1,T,\2)/' | sort
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
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
  IcmpInDestUnreachs              1                  0.0
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 0                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 0                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s1.out
  == s3.out
  == s5.out
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
