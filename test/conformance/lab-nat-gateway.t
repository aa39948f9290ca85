A home NAT gateway lab: LAN hosts behind a router that masquerades out of its uplink and forwards port 2222 of its public address to an inside TCP server and port 5353/udp to an inside UDP service; after each step the rules with their counters, conntrack -L, what the outside host sees on the wire, and the router's counters.
  $ for n in lan1 lan2 gw isp; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n gw link add br-lan address 02:00:00:00:00:01 type bridge
  $ ip link add eth0 netns lan1 address 02:00:00:00:01:01 type veth peer name l1 netns gw address 02:00:00:00:0f:01
  $ ip link add eth0 netns lan2 address 02:00:00:00:01:02 type veth peer name l2 netns gw address 02:00:00:00:0f:02
  $ ip link add wan netns gw address 02:00:00:00:02:01 type veth peer name eth0 netns isp address 02:00:00:00:02:02
  $ ip -n gw link set l1 master br-lan up; ip -n gw link set l2 master br-lan up; ip -n gw link set br-lan up; ip -n gw link set wan up
  $ ip -n gw addr add 192.168.10.1/24 dev br-lan; ip -n gw addr add 198.51.100.2/30 dev wan
  $ for i in 1 2; do ip -n lan$i link set eth0 up; ip -n lan$i addr add 192.168.10.1$i/24 dev eth0; ip -n lan$i route add default via 192.168.10.1; done
  $ ip -n isp link set eth0 up; ip -n isp addr add 198.51.100.1/30 dev eth0
  $ ip -n gw route add default via 198.51.100.1
  $ ip netns exec gw sysctl -qw net.ipv4.ip_forward=1
  $ ip -n gw route show
  default via 198.51.100.1 dev wan 
  192.168.10.0/24 dev br-lan proto kernel scope link src 192.168.10.1 
  198.51.100.0/30 dev wan proto kernel scope link src 198.51.100.2 
  $ ip netns exec lan1 ping -c 1 -W 1 198.51.100.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec gw iptables -t nat -A POSTROUTING -o wan -j MASQUERADE
  $ ip netns exec gw iptables -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
  $ ip netns exec gw iptables -A FORWARD -i br-lan -o wan -j ACCEPT
  $ ip netns exec gw iptables -A FORWARD -i wan -o br-lan -m conntrack --ctstate DNAT -j ACCEPT
  $ ip netns exec gw iptables -P FORWARD DROP
  $ ip netns exec isp tcpdump -nn -e -i eth0 -c 2 icmp > dump 2>/dev/null &
  $ sleep 1; ip netns exec lan1 ping -c 1 -W 1 198.51.100.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 198.51.100.1: icmp_seq=1 ttl=63 
  $ wait; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/' dump
  02:00:00:00:02:01 > 02:00:00:00:02:02, ethertype IPv4 (0x0800), length 98: 198.51.100.2 > 198.51.100.1: ICMP echo request, id ID, seq 1, length 64
  02:00:00:00:02:02 > 02:00:00:00:02:01, ethertype IPv4 (0x0800), length 98: 198.51.100.1 > 198.51.100.2: ICMP echo reply, id ID, seq 1, length 64
  $ ip netns exec lan2 ping -c 2 -i 0.2 -W 1 198.51.100.1 | tail -2 | head -1 | sed -E 's/, time.*//'
  2 packets transmitted, 2 received, 0% packet loss
  $ ip netns exec gw conntrack -L 2>&1 | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 TIMEOUT src=192.168.10.11 dst=198.51.100.1 type=8 code=0 id=ID src=198.51.100.1 dst=198.51.100.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 TIMEOUT src=192.168.10.12 dst=198.51.100.1 type=8 code=0 id=ID src=198.51.100.1 dst=198.51.100.2 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec isp ping -c 1 -W 1 192.168.10.11 | tail -2 | head -1 | sed -E 's/, time.*//'
  ping: connect: Network is unreachable
  $ ip -n isp route add 192.168.10.0/24 via 198.51.100.2
  $ ip netns exec isp ping -c 1 -W 1 192.168.10.11 | tail -2 | head -1 | sed -E 's/, time.*//'
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec gw iptables -t nat -A PREROUTING -i wan -p tcp --dport 2222 -j DNAT --to-destination 192.168.10.12:22
  $ ip netns exec gw iptables -t nat -A PREROUTING -i wan -p udp --dport 5353 -j DNAT --to-destination 192.168.10.11
  $ ip netns exec lan2 sh -c 'nc -l -p 22 > tcp.out 2>&1 & sleep 0.3'
  $ ip netns exec isp tcpdump -nn -i eth0 -c 20 tcp > tdump 2>/dev/null &
  $ sleep 1; ip netns exec isp sh -c 'echo ssh-ish | nc -N -w 2 198.51.100.2 2222'
  $ sleep 1; kill $!; wait; sed -E 's/^[0-9:.]+ //; s/\.[0-9]+ >/.P >/; s/ > 198.51.100.1.[0-9]+/ > 198.51.100.1.P/; s/(seq|ack|val|ecr) [0-9]+/\1 N/g' tdump
  IP 198.51.100.1.P > 198.51.100.2.2222: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 198.51.100.2.P > 198.51.100.1.P: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 198.51.100.1.P > 198.51.100.2.2222: Flags [.], ack N, win 63, options [nop,nop,TS val N ecr N], length 0
  IP 198.51.100.1.P > 198.51.100.2.2222: Flags [P.], seq N:9, ack N, win 63, options [nop,nop,TS val N ecr N], length 8
  IP 198.51.100.2.P > 198.51.100.1.P: Flags [.], ack N, win 64, options [nop,nop,TS val N ecr N], length 0
  IP 198.51.100.1.P > 198.51.100.2.2222: Flags [F.], seq N, ack N, win 63, options [nop,nop,TS val N ecr N], length 0
  IP 198.51.100.2.P > 198.51.100.1.P: Flags [F.], seq N, ack N, win 64, options [nop,nop,TS val N ecr N], length 0
  IP 198.51.100.1.P > 198.51.100.2.2222: Flags [.], ack N, win 63, options [nop,nop,TS val N ecr N], length 0
  $ sleep 0.3; cat tcp.out
  ssh-ish
  $ ip netns exec lan1 nc -u -l -p 5353 > udp.out 2>&1 &
  $ sleep 0.3
  $ ip netns exec isp sh -c 'echo query | nc -u -w 1 -p 40000 198.51.100.2 5353'
  $ sleep 0.3; cat udp.out; kill $!; wait
  query
  $ ip netns exec gw conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 TIMEOUT src=198.51.100.1 dst=198.51.100.2 sport=40000 dport=5353 [UNREPLIED] src=192.168.10.11 dst=198.51.100.1 sport=5353 dport=40000 mark=0 use=1
  $ ip netns exec gw conntrack -L -p tcp 2>&1 | sed -E 's/ +[0-9]+ [A-Z_]+ src=/ TIMEOUT STATE src=/; s/sport=[0-9]+/sport=P/; s/dport=[0-9]+ \[/dport=P [/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 TIMEOUT STATE src=198.51.100.1 dst=198.51.100.2 sport=P dport=2222 src=192.168.10.12 dst=198.51.100.1 sport=22 dport=P [ASSURED] mark=0 use=1
  $ ip netns exec gw iptables -t nat -L -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       60 DNAT       6    --  wan    *       0.0.0.0/0            0.0.0.0/0            tcp dpt:2222 to:192.168.10.12:22
         1       34 DNAT       17   --  wan    *       0.0.0.0/0            0.0.0.0/0            udp dpt:5353 to:192.168.10.11
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 MASQUERADE  0    --  *      wan     0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec gw iptables -L FORWARD -v -n -x
  Chain FORWARD (policy DROP 1 packets, 84 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
        11      716 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
         2      168 ACCEPT     0    --  br-lan wan     0.0.0.0/0            0.0.0.0/0           
         2       94 ACCEPT     0    --  wan    br-lan  0.0.0.0/0            0.0.0.0/0            ctstate DNAT
  $ ip netns exec gw conntrack -C
  4
  $ ip netns exec gw conntrack -D -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 TIMEOUT src=198.51.100.1 dst=198.51.100.2 sport=40000 dport=5353 [UNREPLIED] src=192.168.10.11 dst=198.51.100.1 sport=5353 dport=40000 mark=0 use=1
  $ ip netns exec gw conntrack -L -p udp 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec gw nstat -az IpForwDatagrams IpOutRequests IpInDelivers IpExtInNoRoutes | sed 1d
  IpForwDatagrams                 17                 0.0
  IpInDelivers                    0                  0.0
  IpOutRequests                   2                  0.0
  IpExtInNoRoutes                 0                  0.0
  $ ip netns exec isp ping -c 1 -W 1 198.51.100.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 198.51.100.2: icmp_seq=1 ttl=64 
  $ ip netns exec isp sh -c 'echo refused | nc -N -w 1 198.51.100.2 2223; echo rc=$?'
  rc=1
