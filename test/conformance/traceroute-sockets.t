traceroute's default (UDP) method opens one UDP socket per probe, as traceroute 2.1.2 does: each one connect()ed to the target's next port (33434 up) from an ephemeral port of ip_local_port_range, with IP_RECVERR for the hop's ICMP error; it stays open (ESTAB in ss -u, at descriptors 3 up) until its probe is answered or expires. No raw socket is involved. Errors of the per-probe socket setup (bind to -s, -i's device) come after the header.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p udp -j DROP
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ ip netns exec a sh -c 'traceroute -n -q 1 -m 3 -w 2 10.0.0.2 > tr.out & sleep 0.5'
  $ ip netns exec a ss -uan | sed -E 's/10\.0\.0\.1:[0-9]+ /10.0.0.1:EPORT /' | sort
  ESTAB 0      0           10.0.0.1:EPORT     10.0.0.2:33434       
  ESTAB 0      0           10.0.0.1:EPORT     10.0.0.2:33435       
  ESTAB 0      0           10.0.0.1:EPORT     10.0.0.2:33436       
  State Recv-Q Send-Q Local Address:Port  Peer Address:Port Process
  $ ip netns exec a ss -uanp | sed -E 's/10\.0\.0\.1:[0-9]+ /10.0.0.1:EPORT /; s/pid=[0-9]+/pid=N/; s/ +$//' | sort
  ESTAB 0      0           10.0.0.1:EPORT     10.0.0.2:33434 users:(("traceroute",pid=N,fd=3))
  ESTAB 0      0           10.0.0.1:EPORT     10.0.0.2:33435 users:(("traceroute",pid=N,fd=4))
  ESTAB 0      0           10.0.0.1:EPORT     10.0.0.2:33436 users:(("traceroute",pid=N,fd=5))
  State Recv-Q Send-Q Local Address:Port  Peer Address:Port Process
  $ for p in $(ip netns exec a ss -Hun | sed -E 's/.* 10\.0\.0\.1:([0-9]+) .*/\1/'); do if [ $p -ge 32768 ] && [ $p -le 60999 ]; then echo ephemeral; else echo $p; fi; done
  ephemeral
  ephemeral
  ephemeral
  $ ip netns exec a ss -wan
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ sleep 2.5; cat tr.out
  traceroute to 10.0.0.2 (10.0.0.2), 3 hops max, 60 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec a ss -uan
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a sysctl -qw net.ipv4.ip_local_port_range="40000 40002"
  $ ip netns exec a sh -c 'traceroute -n -q 1 -m 3 -w 1 10.0.0.2 > tr.out & sleep 0.5'
  $ ip netns exec a ss -Hun | sed -E 's/.* (10\.0\.0\.1:[0-9]+) .*/\1/' | sort
  10.0.0.1:40000
  10.0.0.1:40001
  10.0.0.1:40002
  $ sleep 1.5; cat tr.out
  traceroute to 10.0.0.2 (10.0.0.2), 3 hops max, 60 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec a traceroute -n -q 1 -m 1 -s 10.9.9.9 10.0.0.2
  traceroute to 10.0.0.2 (10.0.0.2), 1 hops max, 60 byte packets
  bind: Cannot assign requested address
  [1]
  $ ip netns exec a traceroute -n -q 1 -m 1 -i nosuch 10.0.0.2
  traceroute to 10.0.0.2 (10.0.0.2), 1 hops max, 60 byte packets
  setsockopt SO_BINDTODEVICE: No such device
  [1]
