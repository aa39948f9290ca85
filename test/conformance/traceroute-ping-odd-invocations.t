Odd traceroute, tracepath and ping invocations, each with what it prints last (times masked).
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up; ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0; ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a; ip -n r2 addr add 10.0.3.1/24 dev r2b; ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1; ip -n r1 route add 10.0.3.0/24 via 10.0.2.2; ip -n r2 route add default via 10.0.2.1; ip -n b route add default via 10.0.3.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; done
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ for args in "-f 0" "-f 1 -m 1" "-q 1 -N 1 -m 1 -w 0" "-p 0 -U" "-p 0 -I" "-p 0 -T" "-M raw -p 0" "-P 0" "-P 255" "-s 0.0.0.0" "-s 127.0.0.1" "-i lo" "-g 10.0.1.1 -N 1 -m 2" "-g 127.0.0.1 -m 1" "--mtu -F" "-F -I" "-n -q 1 -m 1 -O info -T" "-T -O syn,ack,fin -m 1" "-T -O bogus" "-T -O mss=100 -m 1" "-T -O sack,timestamps,window_scaling -m 1" "-T -O ecn -m 1" "-T -O flags=0x1ff -m 1" "-T -O flags=abc" "-M tcpconn -F -m 1" "-M tcpconn --mtu -m 1" "-M tcpconn -O info -m 1" "-M tcpconn -p 0 -m 1" "-M tcpconn -i lo -m 1" "-M tcpconn -s 127.0.0.1 -m 1" "-UL -O coverage=0 -m 1" "-D -m 1" "-e -m 1 -I" "--back -m 1 -T" "-r -m 1 -T" "-z 0 -m 1" "-q 1 -N 1 -m 1 -4" "-6" "-V"; do echo "== $args"; ip netns exec a timeout 20 traceroute -n -w 0.5 $args 10.0.3.2 2>&1 | tail -3 | sed -E "s/[0-9]+(\.[0-9]+)? ?ms/T ms/g; s/rtt min.*/rtt X/"; done
  == -f 0
  first hop out of range
  == -f 1 -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -q 1 -N 1 -m 1 -w 0
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms
  == -p 0 -U
   1  10.0.1.1  T ms  T ms  T ms
   2  10.0.2.2  T ms  T ms  T ms
   3  10.0.3.2  T ms  T ms  T ms
  == -p 0 -I
   1  10.0.1.1  T ms  T ms  T ms
   2  10.0.2.2  T ms  T ms  T ms
   3  10.0.3.2  T ms  T ms  T ms
  == -p 0 -T
   1  10.0.1.1  T ms  T ms  T ms
   2  10.0.2.2  T ms  T ms  T ms
   3  10.0.3.2  T ms  T ms  T ms
  == -M raw -p 0
   1  10.0.1.1  T ms  T ms  T ms
   2  10.0.2.2  T ms  T ms  T ms
   3  10.0.3.2  T ms !P  T ms !P  T ms !P
  == -P 0
  
  socket: Protocol not supported
  == -P 255
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
  send: Invalid argument
  == -s 0.0.0.0
   1  10.0.1.1  T ms  T ms  T ms
   2  10.0.2.2  T ms  T ms  T ms
   3  10.0.3.2  T ms  T ms  T ms
  == -s 127.0.0.1
  traceroute to 10.0.3.2 (10.0.3.2), 30 hops max, 60 byte packets
  connect: Invalid argument
  == -i lo
  28  * * *
  29  * * *
  30  * * *
  == -g 10.0.1.1 -N 1 -m 2
  traceroute to 10.0.3.2 (10.0.3.2), 2 hops max, 72 byte packets
   1  * * *
   2  * * *
  == -g 127.0.0.1 -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 72 byte packets
   1  * * *
  == --mtu -F
   1  10.0.1.1  T ms F=1500  T ms  T ms
   2  10.0.2.2  T ms  T ms  T ms
   3  10.0.3.2  T ms  T ms  T ms
  == -F -I
   1  10.0.1.1  T ms  T ms  T ms
   2  10.0.2.2  T ms  T ms  T ms
   3  10.0.3.2  T ms  T ms  T ms
  == -n -q 1 -m 1 -O info -T
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms
  == -T -O syn,ack,fin -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 44 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -T -O bogus
  `bogus' (argc 1): arguments are not allowed
  == -T -O mss=100 -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -T -O sack,timestamps,window_scaling -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -T -O ecn -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 44 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -T -O flags=0x1ff -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 44 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -T -O flags=abc
  Cannot handle `flags' keyword with arg `abc' (argc 1)
  == -M tcpconn -F -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -M tcpconn --mtu -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 65000 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -M tcpconn -O info -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -M tcpconn -p 0 -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -M tcpconn -i lo -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  * * *
  == -M tcpconn -s 127.0.0.1 -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
  connect: Invalid argument
  == -UL -O coverage=0 -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -D -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 40 byte packets
  socket: Socket type not supported
  == -e -m 1 -I
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == --back -m 1 -T
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -r -m 1 -T
  
  connect: Network is unreachable
  == -z 0 -m 1
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms  T ms  T ms
  == -q 1 -N 1 -m 1 -4
  traceroute to 10.0.3.2 (10.0.3.2), 1 hops max, 60 byte packets
   1  10.0.1.1  T ms
  == -6
  10.0.3.2: Address family for hostname not supported
  Cannot handle "host" cmdline arg `10.0.3.2' on position 1 (argc 5)
  == -V
  Modern traceroute for Linux, version 2.1.2
  Copyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later
  $ for args in "-l 0" "-l 29" "-l 65536" "-l 100000" "-m 1 -l 28" "-p 1" "-b -m 1" "-n -m 1 -4"; do echo "== tp $args"; ip netns exec a timeout 20 tracepath $args 10.0.3.2 2>&1 | tail -3 | sed -E "s/[0-9]+(\.[0-9]+)? ?ms/T ms/g; s/rtt min.*/rtt X/"; done
  == tp -l 0
   2:  ???                                                   T ms 
   3:  ???                                                   T ms reached
       Resume: pmtu 1500 hops 3 back 3 
  == tp -l 29
   2:  ???                                                   T ms 
   3:  ???                                                   T ms reached
       Resume: pmtu 29 hops 3 back 3 
  == tp -l 65536
   2:  ???                                                   T ms 
   3:  ???                                                   T ms reached
       Resume: pmtu 1500 hops 3 back 3 
  == tp -l 100000
   1:  send failed
       Resume: pmtu 100000 
  == tp -m 1 -l 28
  tracepath: pktlen must be within: 28 < value <= 2147483647
  == tp -p 1
   2:  ???                                                   T ms 
   3:  ???                                                   T ms reached
       Resume: pmtu 1500 hops 3 back 3 
  == tp -b -m 1
   1:  ??? (10.0.1.1)                                        T ms 
       Too many hops: pmtu 1500
       Resume: pmtu 1500 
  == tp -n -m 1 -4
   1:  10.0.1.1                                              T ms 
       Too many hops: pmtu 1500
       Resume: pmtu 1500 
  $ for args in "-c 1 -s 65536" "-c 1 -s 100000" "-c 1 -l 0" "-c 1 -l 65537" "-c 1 -i 0.0001" "-c 1 -Q 0x100" "-c 1 -t -1" "-c 1 -m -1" "-c 1 -e 65536" "-c 1 -I 0.0.0.0" "-c 1 -I 255.255.255.255" "-c 1 -I nosuch" "-c 1 -B -I 10.0.1.2" "-c 1 -R -s 0 -t 1" "-c 1 -T tsandaddr -s 0 -t 2" "-c 1 -T tsprespec 10.0.1.1 10.0.2.2 10.0.2.1 10.0.3.1 10.0.3.2" "-c 1 -T tsprespec 10.0.1.1 10.0.2.2 10.0.2.1 10.0.3.1 10.0.3.1 10.0.3.2" "-c 1 -M probe -s 65507" "-c 1 -f -l 10" "-c 1 -p 0000000000000000000000000000000000" "-c 1 -w 1 -f -s 3000 -M do"; do echo "== ping $args"; ip netns exec a timeout 20 ping $args 10.0.3.2 2>&1 | tail -3 | sed -E "s/[0-9]+(\.[0-9]+)? ?ms/T ms/g; s/rtt min.*/rtt X/"; done
  == ping -c 1 -s 65536
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time T ms
  
  == ping -c 1 -s 100000
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time T ms
  
  == ping -c 1 -l 0
  ping: invalid argument: '0': out of range: 1 <= value <= 65536
  == ping -c 1 -l 65537
  ping: invalid argument: '65537': out of range: 1 <= value <= 65536
  == ping -c 1 -i 0.0001
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T ms
  rtt X
  == ping -c 1 -Q 0x100
  ping: the decimal value of TOS bits must be in range 0-255: 256
  == ping -c 1 -t -1
  ping: invalid argument: '-1': out of range: 0 <= value <= 255
  == ping -c 1 -m -1
  ping: invalid argument: '-1': out of range: 0 <= value <= 4294967295
  == ping -c 1 -e 65536
  ping: invalid argument: '65536': out of range: 0 <= value <= 65535
  == ping -c 1 -I 0.0.0.0
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T ms
  rtt X
  == ping -c 1 -I 255.255.255.255
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time T ms
  
  == ping -c 1 -I nosuch
  ping: SO_BINDTODEVICE nosuch: No such device
  == ping -c 1 -B -I 10.0.1.2
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T ms
  rtt X
  == ping -c 1 -R -s 0 -t 1
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time T ms
  
  == ping -c 1 -T tsandaddr -s 0 -t 2
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time T ms
  
  == ping -c 1 -T tsprespec 10.0.1.1 10.0.2.2 10.0.2.1 10.0.3.1 10.0.3.2
    -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument
  
  For more details see ping(8).
  == ping -c 1 -T tsprespec 10.0.1.1 10.0.2.2 10.0.2.1 10.0.3.1 10.0.3.1 10.0.3.2
    -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument
  
  For more details see ping(8).
  == ping -c 1 -M probe -s 65507
  ping: invalid -M argument: probe
  == ping -c 1 -f -l 10
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T ms
  rtt X
  == ping -c 1 -p 0000000000000000000000000000000000
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time T ms
  rtt X
  == ping -c 1 -w 1 -f -s 3000 -M do
  --- 10.0.3.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time T ms

