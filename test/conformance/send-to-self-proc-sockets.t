Sockets between two local addresses as /proc/net and ss show them: a UDP socket pair and a TCP connection between the addresses of two NICs, /proc/net/tcp and /proc/net/udp rows (hex addresses and states), ss with -o, -e-less filters by src/dst/port, -s summary counts, and nstat's TCP counters for the local connection.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name eth2 netns h address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h sh -c 'nc -l -s 192.168.1.1 -p 7100 > t.out & sleep 0.3'
  $ ip netns exec h sh -c '(echo hi-tcp; sleep 2) | nc -s 192.168.2.2 -p 7101 192.168.1.1 7100 & sleep 0.4'
  $ ip netns exec h sh -c 'socat -u UDP-RECV:7200,bind=192.168.2.2 OPEN:u.out,creat & sleep 0.3'
  $ ip netns exec h sh -c 'echo hi-udp | socat -u - UDP-SENDTO:192.168.2.2:7200,bind=192.168.1.1:7201'
  $ sleep 0.2; cat t.out u.out
  hi-tcp
  hi-udp
  $ ip netns exec h cat /proc/net/tcp | awk '{print $2, $3, $4, $5}' | sort
  0101A8C0:1BBC 00000000:0000 0A 00000000:00000000
  0101A8C0:1BBC 0202A8C0:1BBD 01 00000000:00000000
  0202A8C0:1BBD 0101A8C0:1BBC 01 00000000:00000000
  local_address rem_address st tx_queue
  $ ip netns exec h cat /proc/net/udp | awk '{print $2, $3, $4, $5}'
  local_address rem_address st tx_queue
  0202A8C0:1C20 00000000:0000 07 00000000:00000000
  $ ip netns exec h ss -Htn src 192.168.1.1 | sed -E 's/ +/ /g'
  ESTAB 0 0 192.168.1.1:7100 192.168.2.2:7101
  $ ip netns exec h ss -Htn dst 192.168.1.1 | sed -E 's/ +/ /g'
  ESTAB 0 0 192.168.2.2:7101 192.168.1.1:7100
  $ ip netns exec h ss -Htn sport = :7101 | sed -E 's/ +/ /g'
  ESTAB 0 0 192.168.2.2:7101 192.168.1.1:7100
  $ ip netns exec h ss -Htn '( dport = :7100 or sport = :7100 )' | sed -E 's/ +/ /g' | sort
  ESTAB 0 0 192.168.1.1:7100 192.168.2.2:7101
  ESTAB 0 0 192.168.2.2:7101 192.168.1.1:7100
  $ ip netns exec h ss -Htno | sed -E 's/ +/ /g; s/timer:\(keepalive,[^)]*\)/KA/' | sort
  ESTAB 0 0 192.168.1.1:7100 192.168.2.2:7101
  ESTAB 0 0 192.168.2.2:7101 192.168.1.1:7100
  $ ip netns exec h ss -Hunl | sed -E 's/ +/ /g'
  UNCONN 0 0 192.168.2.2:7200 0.0.0.0:*
  $ ip netns exec h nstat -asz TcpActiveOpens TcpPassiveOpens TcpCurrEstab TcpInSegs TcpOutSegs TcpExtTCPHPAcks
  #kernel
  TcpActiveOpens                  1                  0.0
  TcpPassiveOpens                 1                  0.0
  TcpInSegs                       5                  0.0
  TcpOutSegs                      5                  0.0
  TcpExtTCPHPAcks                 0                  0.0
  $ ip netns pids h | xargs -r kill


