A listener's request whose SYN-ACK a rule sends nowhere (out the other link to a MAC nobody has) is retransmitted by its timer only while the listener listens: once the listener is closed, reqsk_timer_handler() drops the request instead (no further SYN-ACK, TCPSynRetrans unchanged), and a later segment of that flow finds no socket.
  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip netns exec p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo
  $ ip neigh add 192.168.1.254 lladdr 02:00:00:00:0b:01 dev a0 nud permanent; ip neigh add 192.168.2.254 lladdr 02:00:00:00:0b:02 dev a1 nud permanent; ip -n p neigh add 192.168.1.1 lladdr 02:00:00:00:0a:01 dev b0 nud permanent
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.99 table 100; ip neigh add 192.168.2.99 lladdr 02:00:00:00:99:99 dev a1 nud permanent; ip -n p route add default via 192.168.1.1
  $ ip rule add to 10.9.9.9 ipproto tcp lookup 100 pref 100; iptables -t mangle -A POSTROUTING -o a1 -p tcp
  $ timeout 0.5 nc -l 80 > /dev/null & sleep 0.2; timeout 0.4 ip netns exec p nc -s 10.9.9.9 192.168.1.1 80 < /dev/null > /dev/null; echo $?; wait; sleep 4; iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}'
  124
  1 6 a1
  $ nstat -az TcpExtTCPSynRetrans TcpRetransSegs TcpPassiveOpens TcpOutRsts TcpExtTCPTimeouts | tail -n +2; ss -tanH | wc -l
  TcpPassiveOpens                 0                  0.0
  TcpRetransSegs                  0                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtTCPTimeouts               0                  0.0
  TcpExtTCPSynRetrans             0                  0.0
  0
  $ timeout 3 nc -l 81 > /dev/null & sleep 0.2; timeout 0.4 ip netns exec p nc -s 10.9.9.9 192.168.1.1 81 < /dev/null > /dev/null; echo $?; sleep 1.2; ss -tanH state syn-recv | awk '{print $1, $3}'; wait; ss -tanH state syn-recv | wc -l; iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}'
  124
  0 192.168.1.1:81
  1
  3 6 a1
  $ nstat -az TcpExtTCPSynRetrans TcpRetransSegs TcpPassiveOpens TcpOutRsts | tail -n +2
  TcpPassiveOpens                 0                  0.0
  TcpRetransSegs                  1                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtTCPSynRetrans             1                  0.0
