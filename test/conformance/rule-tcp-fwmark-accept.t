A TCP listener's child takes the SYN's mark with net.ipv4.tcp_fwmark_accept (inet_request_mark(): the listener has no mark of its own), so its SYN-ACK and everything after follow a fwmark rule into another table; ss -e shows the child's fwmark. Without the knob the child has the listener's mark (0) and its packets follow main.
  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip netns exec p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip -n p route add default via 192.168.1.1
  $ ip rule add fwmark 5 lookup 100 pref 100
  $ iptables -t mangle -A PREROUTING -i a0 -p tcp --dport 80 -j MARK --set-mark 5
  $ for d in a0 a1; do iptables -t mangle -A POSTROUTING -o $d -p tcp; done
  $ sysctl net.ipv4.tcp_fwmark_accept
  net.ipv4.tcp_fwmark_accept = 0
  $ timeout 3 nc -l 192.168.1.1 80 > got1.txt & sleep 0.3; (echo hi; sleep 0.5) | ip netns exec p nc -N -w 2 -s 10.9.9.9 192.168.1.1 80 & sleep 0.3; ss -tnHe state established | grep -o 'fwmark:[0-9a-fx]*' | sort | uniq -c; wait; cat got1.txt
  hi
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $6}'
  3 a0
  0 a1
  $ sysctl -w net.ipv4.tcp_fwmark_accept=1
  net.ipv4.tcp_fwmark_accept = 1
  $ timeout 3 nc -l 192.168.1.1 80 > got2.txt & sleep 0.3; (echo ho; sleep 0.5) | ip netns exec p nc -N -w 2 -s 10.9.9.9 192.168.1.1 80 & sleep 0.3; ss -tnHe state established | grep -o 'fwmark:[0-9a-fx]*' | sort | uniq -c; wait; cat got2.txt
        1 fwmark:0x5
  ho
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $6}'
  3 a0
  3 a1
  $ iptables -t mangle -Z POSTROUTING; ip rule add fwmark 5 prohibit pref 50
  $ timeout 2 nc -l 192.168.1.1 80 > got3.txt & sleep 0.3; echo hu | ip netns exec p nc -N -w 1 -s 10.9.9.9 192.168.1.1 80; echo $?; wait; cat got3.txt
  1
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $6}'
  0 a0
  0 a1
  $ nstat -az TcpPassiveOpens TcpExtListenDrops TcpOutRsts TcpExtTCPReqQFullDrop | tail -n +2
  TcpPassiveOpens                 2                  0.0
  TcpOutRsts                      0                  0.0
  TcpExtListenDrops               1                  0.0
  TcpExtTCPReqQFullDrop           0                  0.0
  $ ip netns exec p nstat -az TcpActiveOpens TcpAttemptFails | tail -n +2
  TcpActiveOpens                  3                  0.0
  TcpAttemptFails                 0                  0.0
