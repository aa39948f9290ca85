Random differential scenario (seed 4015, x): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a sysctl -w net.ipv4.tcp_timestamps=0
  net.ipv4.tcp_timestamps = 0
  $ ip netns exec b sysctl -w net.ipv4.tcp_fin_timeout=1
  net.ipv4.tcp_fin_timeout = 1
  $ ip netns exec a sysctl -w net.ipv4.ip_local_port_range="40000 40009"
  net.ipv4.ip_local_port_range = 40000 40009
  $ ip netns exec a sysctl -w net.ipv4.ip_nonlocal_bind=1
  net.ipv4.ip_nonlocal_bind = 1
  $ ip netns exec a sysctl -w net.ipv4.ip_local_reserved_ports=40000-40005
  net.ipv4.ip_local_reserved_ports = 40000-40005
  $ ip netns exec b sysctl -w net.ipv4.tcp_syncookies=2
  net.ipv4.tcp_syncookies = 2
  $ ip netns exec b sh -c 'nc -l -p 5004 > s1.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 nc -u -v -n -T 0x20 -w 2 10.0.0.2 5000; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'nc -l -v -p 5002 > s2.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 nc -v -N -p 31001 -M 255 10.0.0.2 5009; echo $?' 2>&1
  nc: connect to 10.0.0.2 port 5009 (tcp) failed: Connection refused
  1
  $ sleep 0.3
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,reuseaddr,bind=10.0.0.9 OPEN:s3.out,creat,append 2>s3.out.err & sleep 0.3'
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 nc -v -n -N -p 31002 -D -w 2 10.0.0.1 5009; echo $?' 2>&1
  nc: connect to 10.0.0.1 port 5009 (tcp) failed: Connection refused
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 nc -n -N -T lowdelay 10.0.0.2 5000; echo $?' 2>&1
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 socat - TCP:10.0.0.2:5009,sourceport=31003,connect-timeout=1; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] E connect(5, AF=2 10.0.0.2:5009, 16): Connection refused
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "line1\nline2\n" | timeout 5 socat -d -d -u - TCP:10.0.0.2:5004,sourceport=31004,linger=1; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] N using stdin for reading
  socat[P] N opening connection to AF=2 10.0.0.2:5004
  socat[P] N successfully connected from local address AF=2 10.0.0.1:31004
  socat[P] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[P] N socket 1 (fd 0) is at EOF
  socat[P] N exiting with status 0
  0
  $ sleep 0.3
  $ ip netns exec b sh -c 'nc -l -u -k -s 0.0.0.0 -p 5001 > s4.out 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      1      0.0.0.0:5002 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp TIME-WAIT 0      0      10.0.0.1:31004 10.0.0.2:5004
  $ ip netns exec b ss -Htuan 'sport = :5000' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             1                  0.0
  TcpPassiveOpens                 1                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      3                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      1                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              1                  0.0
  TcpActiveOpens                  5                  0.0
  TcpAttemptFails                 4                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      1                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 1                  0.0
  TcpExtTW                        1                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s1.out
  line1
  line2
  == s2.out
  nc: getnameinfo: Temporary failure in name resolution
  == s4.out
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
