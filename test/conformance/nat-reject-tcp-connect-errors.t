What a TCP client sees when each REJECT type (and routing errors) answers its SYN through a masquerading router: nc's connect error for every ICMP code (icmp_err_convert, hard in SYN-SENT), tcp-reset, an unreachable route on the router, a prohibit rule, TcpAttemptFails/IcmpInDestUnreachs counters.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add h2
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add p0 netns h2 address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in h1 r h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n h2 link set p0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n h2 addr add 203.0.113.2/24 dev p0
  $ ip -n h1 route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec h2 iptables -A INPUT -p tcp --dport 80 -j REJECT
  $ for t in icmp-net-unreachable icmp-host-unreachable icmp-port-unreachable icmp-proto-unreachable icmp-net-prohibited icmp-host-prohibited icmp-admin-prohibited tcp-reset; do
  >   ip netns exec h2 iptables -R INPUT 1 -p tcp --dport 80 -j REJECT --reject-with $t
  >   ip netns exec h1 nc -v -w 2 203.0.113.2 80 < /dev/null 2>&1; echo "$t rc=$?"
  > done
  nc: connect to 203.0.113.2 port 80 (tcp) failed: Network is unreachable
  icmp-net-unreachable rc=1
  nc: connect to 203.0.113.2 port 80 (tcp) failed: No route to host
  icmp-host-unreachable rc=1
  nc: connect to 203.0.113.2 port 80 (tcp) failed: Connection refused
  icmp-port-unreachable rc=1
  nc: connect to 203.0.113.2 port 80 (tcp) failed: Protocol not available
  icmp-proto-unreachable rc=1
  nc: connect to 203.0.113.2 port 80 (tcp) failed: Network is unreachable
  icmp-net-prohibited rc=1
  nc: connect to 203.0.113.2 port 80 (tcp) failed: No route to host
  icmp-host-prohibited rc=1
  nc: connect to 203.0.113.2 port 80 (tcp) failed: No route to host
  icmp-admin-prohibited rc=1
  nc: connect to 203.0.113.2 port 80 (tcp) failed: Connection refused
  tcp-reset rc=1
  $ ip netns exec h1 nstat -az TcpAttemptFails TcpActiveOpens IcmpInDestUnreachs TcpInRsts
  #kernel
  IcmpInDestUnreachs              7                  0.0
  TcpActiveOpens                  8                  0.0
  TcpAttemptFails                 2                  0.0
  $ ip netns exec h1 nc -v -w 2 203.0.113.2 80 < /dev/null; echo rc=$?
  nc: connect to 203.0.113.2 port 80 (tcp) failed: Connection refused
  rc=1
  $ ip netns exec h1 nc -v -z -w 2 203.0.113.2 79 80 81 2>&1; echo rc=$?
  nc: connect to 203.0.113.2 port 79 (tcp) failed: Connection refused
  nc: connect to 203.0.113.2 port 80 (tcp) failed: Connection refused
  nc: connect to 203.0.113.2 port 81 (tcp) failed: Connection refused
  rc=1
  $ ip -n r route add unreachable 198.51.100.0/24
  $ ip -n r route add prohibit 198.51.101.0/24
  $ ip -n r route add blackhole 198.51.102.0/24
  $ ip netns exec h1 nc -v -w 2 198.51.100.1 80 < /dev/null 2>&1; echo rc=$?
  nc: connect to 198.51.100.1 port 80 (tcp) failed: No route to host
  rc=1
  $ ip netns exec h1 nc -v -w 2 198.51.101.1 80 < /dev/null 2>&1; echo rc=$?
  nc: connect to 198.51.101.1 port 80 (tcp) failed: No route to host
  rc=1
  $ ip netns exec h1 nc -v -w 1 198.51.102.1 80 < /dev/null 2>&1; echo rc=$?
  nc: connect to 198.51.102.1 port 80 (tcp) timed out: Operation now in progress
  rc=1
  $ ip netns exec h1 nc -v -w 1 192.168.1.99 80 < /dev/null 2>&1; echo rc=$?
  nc: connect to 192.168.1.99 port 80 (tcp) timed out: Operation now in progress
  rc=1
  $ ip netns exec h1 nc -v -w 1 10.99.0.1 80 < /dev/null 2>&1; echo rc=$?
  nc: connect to 10.99.0.1 port 80 (tcp) failed: Network is unreachable
  rc=1
  $ ip -n h1 route del default
  $ ip netns exec h1 nc -v -w 1 10.99.0.1 80 < /dev/null 2>&1; echo rc=$?
  nc: connect to 10.99.0.1 port 80 (tcp) failed: Network is unreachable
  rc=1
  $ ip netns exec h1 nc -v -u -w 1 10.99.0.1 80 < /dev/null 2>&1; echo rc=$?
  nc: connect to 10.99.0.1 port 80 (udp) failed: Network is unreachable
  rc=1
  $ ip netns exec r nstat -az IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             3                  0.0
  $ ip netns exec h2 iptables -L INPUT -v -n -x | tail -1
         3      180 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:80 reject-with tcp-reset
