Traffic between the addresses of two NICs of one host never leaves the host: the route is local (dev lo), tcpdump on lo sees the echo request and reply with both NIC addresses, tcpdump on the NICs sees nothing, lo's counters grow and the NICs' do not; UDP and TCP with nc between the two addresses, ss showing both ends of the TCP connection.
  $ ip netns add h
  $ ip netns add w
  $ for n in h w; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name p1 netns w address 02:00:00:00:00:f1
  $ ip link add eth2 netns h address 02:00:00:00:00:e2 type veth peer name p2 netns w address 02:00:00:00:00:f2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n w link set p1 up; ip -n w link set p2 up
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  local 192.168.2.2 from 192.168.1.1 dev lo uid 0 
      cache <local> 
  $ ip -n h route get 192.168.1.1
  local 192.168.1.1 dev lo src 192.168.1.1 uid 0 
      cache <local> 
  $ ip -n h route get 192.168.2.2 oif eth1
  192.168.2.2 dev eth1 src 192.168.1.1 uid 0 
      cache 
  $ ip netns exec h tcpdump -l -n -t -i lo > lo.txt 2>/dev/null & sleep 0.5
  $ ip netns exec h tcpdump -l -n -t -i eth1 > e1.txt 2>/dev/null & sleep 0.5
  $ ip netns exec h tcpdump -l -n -t -i eth2 > e2.txt 2>/dev/null & sleep 0.5
  $ ip netns exec h ping -c 2 -i 0.2 -I 192.168.1.1 192.168.2.2 | grep -E 'bytes from|received'
  64 bytes from 192.168.2.2: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 192.168.2.2: icmp_seq=2 ttl=64 time=* ms (glob)
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ sleep 0.3; kill %1 %2 %3; wait
  $ sed -E 's/, id [0-9]+, seq/, seq/' lo.txt
  IP 192.168.1.1 > 192.168.2.2: ICMP echo request, seq 1, length 64
  IP 192.168.2.2 > 192.168.1.1: ICMP echo reply, seq 1, length 64
  IP 192.168.1.1 > 192.168.2.2: ICMP echo request, seq 2, length 64
  IP 192.168.2.2 > 192.168.1.1: ICMP echo reply, seq 2, length 64
  $ wc -l < e1.txt; wc -l < e2.txt
  1
  1
  $ ip -n h -s link show lo | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             336       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             336       4      0       0       0       0 
  $ ip -n h -s link show eth1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip -n h -s link show eth2 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip netns exec h nstat -asz IpInReceives IpOutRequests IcmpInEchos IcmpInEchoReps IpExtInOctets
  #kernel
  IpInReceives                    4                  0.0
  IpOutRequests                   4                  0.0
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  2                  0.0
  IpExtInOctets                   336                0.0
  $ ip netns exec h sh -c 'nc -u -l -s 192.168.2.2 -p 7000 > u.out & sleep 0.3'
  $ ip netns exec h sh -c 'echo hi-udp | nc -u -w 1 -s 192.168.1.1 -p 7001 192.168.2.2 7000'
  $ sleep 0.2; cat u.out
  hi-udp
  $ ip netns exec h ss -Hun | sed -E 's/ +/ /g'
  0 0 192.168.2.2:7000 192.168.1.1:7001
  $ ip netns exec h sh -c 'nc -l -s 192.168.1.1 -p 7100 > t.out & sleep 0.3'
  $ ip netns exec h sh -c '(echo hi-tcp; sleep 1) | nc -s 192.168.2.2 -p 7101 192.168.1.1 7100 & sleep 0.4'
  $ ip netns exec h ss -Htn | sed -E 's/ +/ /g' | sort
  ESTAB 0 0 192.168.1.1:7100 192.168.2.2:7101
  ESTAB 0 0 192.168.2.2:7101 192.168.1.1:7100
  $ ip netns exec h ss -Htln | sed -E 's/ +/ /g'
  LISTEN 0 1 192.168.1.1:7100 0.0.0.0:*
  $ sleep 1.2; cat t.out
  hi-tcp
  $ ip -n h -s link show eth1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip netns pids h | xargs -r kill; sleep 0.3; ip netns exec h ss -Htan | sed -E 's/ +/ /g' | sort
  TIME-WAIT 0 0 192.168.1.1:7100 192.168.2.2:7101
