Locally originated traffic to each route type: ping, nc -u, nc (tcp), traceroute and what the kernel answers (errno per fib type), plus counters.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add blackhole 172.16.1.0/24
  $ ip route add unreachable 172.16.2.0/24
  $ ip route add prohibit 172.16.3.0/24
  $ ip route add throw 172.16.4.0/24
  $ ip route add 172.16.5.0/24 via 10.9.0.2
  $ ip rule add to 172.16.6.0/24 prohibit pref 50
  $ ip rule add to 172.16.7.0/24 blackhole pref 51
  $ ip rule add to 172.16.8.0/24 unreachable pref 52
  $ for d in 172.16.1.1 172.16.2.1 172.16.3.1 172.16.4.1 172.16.6.1 172.16.7.1 172.16.8.1 172.16.9.1; do echo "== $d"; ping -c1 -W1 $d 2>&1 | head -2; echo $?; nc -u -w1 $d 9 </dev/null 2>&1; echo "udp $?"; echo x | nc -u -w1 $d 9 2>&1; echo "udp2 $?"; nc -w1 $d 9 </dev/null 2>&1; echo "tcp $?"; done
  == 172.16.1.1
  ping: connect: Invalid argument
  0
  udp 1
  udp2 1
  tcp 1
  == 172.16.2.1
  ping: connect: No route to host
  0
  udp 1
  udp2 1
  tcp 1
  == 172.16.3.1
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  0
  udp 1
  udp2 1
  tcp 1
  == 172.16.4.1
  ping: connect: Network is unreachable
  0
  udp 1
  udp2 1
  tcp 1
  == 172.16.6.1
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  0
  udp 1
  udp2 1
  tcp 1
  == 172.16.7.1
  ping: connect: Invalid argument
  0
  udp 1
  udp2 1
  tcp 1
  == 172.16.8.1
  ping: connect: Network is unreachable
  0
  udp 1
  udp2 1
  tcp 1
  == 172.16.9.1
  ping: connect: Network is unreachable
  0
  udp 1
  udp2 1
  tcp 1
  $ nstat -az IpOutNoRoutes IpOutRequests IpOutDiscards
  #kernel
  IpOutRequests                   0                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   12                 0.0
  $ cat /proc/net/snmp | grep ^Ip: | cut -d' ' -f1-13
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes
  Ip: 2 64 0 0 0 0 0 0 0 0 0 12
