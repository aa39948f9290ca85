socat's generic socket options under policy rules: setsockopt-int=1:36:N sets SO_MARK after connect() (a TCP client's SYN goes unmarked, its data by the fwmark rule once the mark reset the cached route) and on each accepted connection, not on the listener; setsockopt-listen marks the listener before bind (SYN-ACKs follow the rule); UDP datagrams carry the mark from the first; bad values and unknown options fail as socat says.
  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip netns exec p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo
  $ ip neigh add 192.168.1.254 lladdr 02:00:00:00:0b:01 dev a0 nud permanent; ip neigh add 192.168.2.254 lladdr 02:00:00:00:0b:02 dev a1 nud permanent; ip -n p neigh add 192.168.1.1 lladdr 02:00:00:00:0a:01 dev b0 nud permanent
  $ ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip -n p route add default via 192.168.1.1
  $ ip rule add fwmark 5 lookup 100 pref 100; ip rule add fwmark 6 prohibit pref 101
  $ for d in a0 a1; do for p in tcp udp; do iptables -t mangle -A POSTROUTING -o $d -p $p; done; done
  $ echo x | socat - UDP-SENDTO:10.9.9.9:9,setsockopt-int=1:36:5; echo $?; echo x | socat - UDP:10.9.9.9:9,sockopt-int=0x1:0x24:6 2>&1 | sed 's/.* E /E /; s/0x[0-9a-f]*/P/'
  0
  E write(5, P, 2): Permission denied
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  0 6 a0 0 17 a0 0 6 a1 1 17 a1
  $ timeout 3 ip netns exec p socat -u TCP-LISTEN:7000,bind=10.9.9.9 CREATE:got1.txt & sleep 0.3; (echo one; sleep 0.5; echo two) | socat - TCP:10.9.9.9:7000,setsockopt-int=1:36:5; echo $?; wait; cat got1.txt
  0
  one
  two
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  2 6 a0 0 17 a0 4 6 a1 1 17 a1
  $ echo x | socat - TCP:10.9.9.9:7001,connect-timeout=1,setsockopt-int=1:36:6 2>&1 | sed 's/.* E /E /'
  E connect(5, AF=2 10.9.9.9:7001, 16): Connection refused
  $ timeout 3 socat -u TCP-LISTEN:7002,setsockopt-int=1:36:5 CREATE:got2.txt & sleep 0.3; ss -tlneH | grep -c fwmark; (echo three; sleep 0.5) | ip netns exec p socat - TCP:192.168.1.1:7002,bind=10.9.9.9 & sleep 0.3; ss -tneH state established | grep -o 'fwmark:[0-9a-fx]*'; wait; cat got2.txt
  0
  fwmark:0x5
  three
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  4 6 a0 0 17 a0 6 6 a1 1 17 a1
  $ timeout 3 socat -u TCP-LISTEN:7003,setsockopt-listen=1:36:x05000000 CREATE:got3.txt & sleep 0.3; ss -tlneH | grep -o 'fwmark:[0-9a-fx]*'; echo four | ip netns exec p socat - TCP:192.168.1.1:7003,bind=10.9.9.9; echo $?; wait; cat got3.txt
  fwmark:0x5
  0
  four
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '
  4 6 a0 0 17 a0 9 6 a1 1 17 a1
  $ for o in setsockopt-int=1:36 setsockopt-int=1:999:5 setsockopt-int=1:36:5x setsockopt-int=x:36:5 setsockopt-bin=1:999:x0500 setsockopt-bin=1:999:x05000000 setsockopt-bin=1:36:x0 setsockopt-string=1:999:abc setsockopt-string=1:999:ab setsockopt-listen=1:999:x0500 setsockopt-int; do echo "# $o"; echo x | socat - UDP-SENDTO:10.9.9.9:9,$o 2>&1 | sed 's/.* E /E /'; done
  # setsockopt-int=1:36
  E parseopts(): option "setsockopt-int": 3 arguments required
  # setsockopt-int=1:999:5
  E setsockopt(5, 1, 999, {5}, 4): Protocol not available
  # setsockopt-int=1:36:5x
  E parseopts(): trailing garbage in numerical arg of option "setsockopt-int=1:36:5x"
  # setsockopt-int=x:36:5
  E parseopts(): missing numerical value of option "setsockopt-int=x:36:5"
  # setsockopt-bin=1:999:x0500
  E setsockopt(5, 1, 999, {...}, 2): Invalid argument
  # setsockopt-bin=1:999:x05000000
  E setsockopt(5, 1, 999, {...}, 4): Protocol not available
  # setsockopt-bin=1:36:x0
  odd number of hexadecimal digits
  E parseopts_table(): problem with "x0" data
  # setsockopt-string=1:999:abc
  E setsockopt(5, 1, 999, "abc", 4): Protocol not available
  # setsockopt-string=1:999:ab
  E setsockopt(5, 1, 999, "ab", 3): Invalid argument
  # setsockopt-listen=1:999:x0500
  E setsockopt(5, 1, 999, {...}, 2): Invalid argument
  # setsockopt-int
  E option "setsockopt-int": values required
  $ nstat -az IpOutNoRoutes UdpOutDatagrams TcpActiveOpens TcpPassiveOpens | tail -n +2
  IpOutNoRoutes                   0                  0.0
  TcpActiveOpens                  2                  0.0
  TcpPassiveOpens                 2                  0.0
  UdpOutDatagrams                 1                  0.0
