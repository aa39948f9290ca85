Random differential scenario (seed 3029): hosts a and b on a veth, random nc/socat TCP and UDP servers and clients (options, source ports, refused, dropped and rejected ports, sysctls), then ss listings and nstat counters.

  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a sysctl -w net.ipv4.ip_nonlocal_bind=1
  net.ipv4.ip_nonlocal_bind = 1
  $ ip netns exec b sysctl -w net.ipv4.ip_nonlocal_bind=1
  net.ipv4.ip_nonlocal_bind = 1
  $ ip netns exec a sysctl -w net.ipv4.tcp_fin_timeout=60
  net.ipv4.tcp_fin_timeout = 60
  $ ip netns exec b sysctl -w net.ipv4.udp_early_demux=0
  net.ipv4.udp_early_demux = 0
  $ ip netns exec b sysctl -w net.ipv4.tcp_sack=0
  net.ipv4.tcp_sack = 0
  $ ip netns exec a sysctl -w net.ipv4.tcp_syn_retries=1
  net.ipv4.tcp_syn_retries = 1
  $ ip netns exec b iptables -A INPUT -p udp --dport 5000 -j REJECT
  $ ip netns exec b iptables -A INPUT -p udp --dport 5004 -j REJECT
  $ ip netns exec b sh -c 'socat -d -u TCP-LISTEN:5004,reuseaddr,fork,backlog=0 OPEN:s1.out,creat,append 2>s1.out.err & sleep 0.3'
  $ ip netns exec b sh -c 'nc -l -v -n -s 127.0.0.1 -p 5001 > s2.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'socat -u UDP-LISTEN:5001,reuseaddr OPEN:s3.out,creat,append 2>s3.out.err & sleep 0.3'
  $ ip netns exec a sh -c 'printf "\n" | timeout 5 socat -d -d -u - TCP:10.0.0.2:5002,sourceport=31001,connect-timeout=1; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] N using stdin for reading
  socat[P] N opening connection to AF=2 10.0.0.2:5002
  socat[P] E connect(5, AF=2 10.0.0.2:5002, 16): Connection refused
  socat[P] N exit(1)
  1
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 socat -T 1 -u - UDP:10.0.0.2:5003,sourceport=31002; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  0
  $ sleep 0.3
  $ ip netns exec a sh -c 'printf "hello\n" | timeout 5 nc -v -n -p 31003 -w 2 10.0.0.2 5003; echo $?' 2>&1
  nc: connect to 10.0.0.2 port 5003 (tcp) failed: Connection refused
  1
  $ sleep 0.3
  $ ip netns exec a nc -z -v -n -u -w 1 10.0.0.2 5002 5005 2>&1; echo $?
  1
  $ sleep 0.3
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec a sh -c 'printf "x\n" | timeout 5 socat -t 0.2 - TCP:10.0.0.2:5009,sourceport=31004,connect-timeout=1,reuseaddr,linger=1; echo $?' 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\]/socat[P]/; s/0x[0-9a-f]{6,}/PTR/' | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  socat[P] E connect(5, AF=2 10.0.0.2:5009, 16): Connection refused
  1
  $ sleep 0.3
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      0        0.0.0.0:5004 0.0.0.0:*
  tcp LISTEN 0      1      127.0.0.1:5001 0.0.0.0:*
  udp UNCONN 0      0        0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec a ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  $ ip netns exec b ss -Htuan | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/' | sort
  tcp LISTEN 0      0        0.0.0.0:5004 0.0.0.0:*
  tcp LISTEN 0      1      127.0.0.1:5001 0.0.0.0:*
  udp UNCONN 0      0        0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec b nstat -az TcpPassiveOpens TcpOutRsts TcpEstabResets TcpAttemptFails UdpInDatagrams UdpNoPorts IcmpOutDestUnreachs TcpExtListenDrops TcpExtListenOverflows TcpExtTW | tail -n +2
  IcmpOutDestUnreachs             3                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpAttemptFails                 0                  0.0
  TcpEstabResets                  0                  0.0
  TcpOutRsts                      3                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      3                  0.0
  TcpExtTW                        0                  0.0
  TcpExtListenOverflows           0                  0.0
  TcpExtListenDrops               0                  0.0
  $ ip netns exec a nstat -az TcpActiveOpens TcpOutRsts TcpAttemptFails TcpRetransSegs UdpOutDatagrams UdpNoPorts IcmpInDestUnreachs TcpExtTW | tail -n +2
  IcmpInDestUnreachs              3                  0.0
  TcpActiveOpens                  3                  0.0
  TcpAttemptFails                 3                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 3                  0.0
  TcpExtTW                        0                  0.0
  $ for f in s*.out; do echo "== $f"; cat $f; done | sed -E 's/:(3[2-9][0-9]{3}|[4-6][0-9]{4})( |$)/:E\2/g; s/received on ([0-9.]+) [0-9]+$/received on \1 E/'
  == s2.out
  Listening on 127.0.0.1 5001
  $ ip netns pids b | xargs -r kill; ip netns pids a | xargs -r kill; sleep 0.2
