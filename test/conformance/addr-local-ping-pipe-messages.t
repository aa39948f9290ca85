ping into a pipe (stdout and stderr merged) at local and unresolvable targets: the own broadcast with and without -b, a neighbour that never answers (Destination Host Unreachable), unreachable, prohibit and blackhole routes (with -I e0 too), a device without the address, -R to an own address, -M do with a size over the MTU.
  $ ip link add e0 address 02:00:00:00:01:00 type veth peer name x0 address 02:00:00:00:02:00; ip link set e0 up; ip link set lo up; ip addr add 10.0.0.1/24 dev e0
  $ sysctl -qw net.ipv4.neigh.e0.mcast_solicit=1 net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ping -c 1 -W 1 -b 10.0.0.255 2>&1 | sed 's/time=.*/T/;s/time .*/T/'; echo ${PIPESTATUS[0]}
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 T
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, T
  rtt min/avg/max/mdev = * ms (glob)
  0
  $ ping -c 1 10.0.0.255 2>&1 | cat; echo ${PIPESTATUS[0]}
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  2
  $ ping -c 2 -i 0.5 -W 3 10.0.0.9 2>&1 | sed 's/time .*/T/'; echo ${PIPESTATUS[0]}
  PING 10.0.0.9 (10.0.0.9) 56(84) bytes of data.
  From 10.0.0.1 icmp_seq=1 Destination Host Unreachable
  From 10.0.0.1 icmp_seq=2 Destination Host Unreachable
  
  --- 10.0.0.9 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, T
  pipe 2
  1
  $ ip route add unreachable 10.5.0.0/16; ip route add prohibit 10.6.0.0/16; ip route add blackhole 10.7.0.0/16
  $ ping -c 2 -i 0.2 10.5.0.1 2>&1 | cat; ping -c 2 -i 0.2 10.6.0.1 2>&1 | cat; ping -c 2 -i 0.2 -W 1 10.7.0.1 2>&1 | sed 's/time .*/T/'
  ping: connect: No route to host
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  ping: connect: Invalid argument
  $ ping -c 2 -i 0.2 -W 1 -I e0 10.7.0.1 2>&1 | sed 's/time .*/T/'; echo ${PIPESTATUS[0]}
  PING 10.7.0.1 (10.7.0.1) from 10.0.0.1 e0: 56(84) bytes of data.
  
  --- 10.7.0.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, T
  pipe 2
  1
  $ ping -c 1 -W 1 -I x0 10.0.0.1 2>&1 | sed 's/time .*/T/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ping -c 1 -W 1 -t 1 -R 10.0.0.1 2>&1 | sed 's/time=.*/T/;s/time .*/T/;s/rtt.*/R/'; echo ${PIPESTATUS[0]}
  PING 10.0.0.1 (10.0.0.1) 56(124) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 T
  RR: 	10.0.0.1
  	10.0.0.1
  	10.0.0.1
  	10.0.0.1
  
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, T
  R
  0
  $ ping -c 3 -i 0.2 -w 1 -s 1600 -M do 10.0.0.9 2>&1 | sed 's/time .*/T/'; echo ${PIPESTATUS[0]}
  PING 10.0.0.9 (10.0.0.9) 1600(1628) bytes of data.
  ping: local error: message too long, mtu=1500
  
  --- 10.0.0.9 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, T
  
  1
