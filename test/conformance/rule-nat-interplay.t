Policy rules see the addresses NAT gives a packet before routing: a DNAT in PREROUTING makes a 'to' rule match the new destination; the replies, un-NATed in PREROUTING too, match 'from' rules on the original address; MASQUERADE'd flows leave by the rule's link with its address; locally generated traffic DNATed in OUTPUT is re-routed (ip_route_me_harder()) through the rules.
  $ ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip netns exec p sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02
  $ ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1
  $ ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo
  $ ip netns add q; ip -n q link set lo up; ip link add c0 address 02:00:00:00:0c:01 type veth peer name d0 netns q address 02:00:00:00:0d:01; ip link set c0 up; ip -n q link set d0 up
  $ ip addr add 172.16.0.1/24 dev c0; ip -n q addr add 172.16.0.2/24 dev d0; ip -n q addr add 10.50.0.1/32 dev lo; ip -n q route add default via 172.16.0.1
  $ ip neigh add 192.168.1.254 lladdr 02:00:00:00:0b:01 dev a0 nud permanent; ip neigh add 192.168.2.254 lladdr 02:00:00:00:0b:02 dev a1 nud permanent; ip neigh add 172.16.0.2 lladdr 02:00:00:00:0d:01 dev c0 nud permanent; ip -n p neigh add 192.168.1.1 lladdr 02:00:00:00:0a:01 dev b0 nud permanent; ip -n p neigh add 192.168.2.1 lladdr 02:00:00:00:0a:02 dev b1 nud permanent; ip -n q neigh add 172.16.0.1 lladdr 02:00:00:00:0c:01 dev d0 nud permanent
  $ sysctl -qw net.ipv4.ip_forward=1; ip -n p route add default via 192.168.1.1; ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip route add 10.50.0.0/16 via 172.16.0.2 table 200
  $ iptables -t nat -A PREROUTING -d 192.168.1.1 -p tcp --dport 8080 -j DNAT --to-destination 10.50.0.1:80; iptables -t nat -A OUTPUT -d 192.168.9.9 -p tcp -j DNAT --to-destination 10.50.0.1:80
  $ for d in a0 a1 c0; do iptables -t mangle -A POSTROUTING -o $d -p tcp; done
  $ ip rule add to 10.50.0.0/16 lookup 200 pref 100; ip rule add from 10.50.0.0/16 iif c0 lookup 100 pref 110
  $ ip route get 10.50.0.1 from 10.9.9.9 iif a0; ip route get 10.9.9.9 from 10.50.0.1 iif c0; ip route get 192.168.1.1 from 10.9.9.9 iif a0 | head -1
  10.50.0.1 from 10.9.9.9 via 172.16.0.2 dev c0 table 200 
      cache iif a0 
  10.9.9.9 from 10.50.0.1 via 192.168.2.254 dev a1 table 100 
      cache iif c0 
  local 192.168.1.1 from 10.9.9.9 dev lo table local 
  $ for i in 1 2; do timeout 3 ip netns exec q nc -l 10.50.0.1 80 > got$i.txt & sleep 0.3; echo hello$i | timeout 3 ip netns exec p nc -N -w 2 -s 10.9.9.9 192.168.1.1 8080; echo $?; wait; cat got$i.txt; done
  0
  hello1
  0
  hello2
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $6}'; conntrack -L -p tcp 2>/dev/null | grep -c 'dport=8080'
  0 a0
  6 a1
  10 c0
  2
  $ timeout 3 ip netns exec q nc -l 10.50.0.1 80 > got3.txt & sleep 0.3; echo local | timeout 3 nc -N -w 2 192.168.9.9 80; echo $?; wait; cat got3.txt
  0
  local
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $6}'
  0 a0
  6 a1
  15 c0
  $ ip rule del pref 100; timeout 2 ip netns exec q nc -l 10.50.0.1 80 > got4.txt & sleep 0.3; echo nope | timeout 3 ip netns exec p nc -N -w 1 -s 10.9.9.9 192.168.1.1 8080; echo $?; wait; cat got4.txt
  1
  $ nstat -az IpForwDatagrams IpExtInNoRoutes IcmpOutDestUnreachs IpOutNoRoutes | tail -n +2
  IpForwDatagrams                 17                 0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IpExtInNoRoutes                 0                  0.0
  $ ip rule add to 10.50.0.0/16 lookup 200 pref 100; iptables -t nat -A POSTROUTING -o c0 -j MASQUERADE; ip rule add from 172.16.0.1 lookup 100 pref 90
  $ timeout 3 ip netns exec q nc -l 10.50.0.1 80 > got5.txt & sleep 0.3; echo masq | timeout 3 ip netns exec p nc -N -w 2 -s 10.9.9.9 192.168.1.1 8080; echo $?; wait; cat got5.txt
  0
  masq
  $ iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $6}'; conntrack -L -p tcp 2>/dev/null | grep 'dport=8080' | grep -o 'src=[0-9.]* dst=[0-9.]* sport' | sort | uniq -c
  1 a0
  9 a1
  20 c0
        3 src=10.50.0.1 dst=10.9.9.9 sport
        1 src=10.50.0.1 dst=172.16.0.1 sport
        4 src=10.9.9.9 dst=192.168.1.1 sport
