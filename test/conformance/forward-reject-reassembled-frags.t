REJECT on a router downstream of a conntrack router that reassembled a fragmented datagram: the fast path of ip_do_fragment() sends the reassembled head again as the first fragment, with the CHECKSUM_COMPLETE and csum_valid its conntrack check left (veth keeps them), so nf_send_unreach() trusts the first fragment's transport checksum and answers it; without conntrack upstream the first fragment's checksum (over the whole datagram) fails and no error is sent. An SNAT upstream changes nothing; a redirect for the same source takes the peer's tokens first.
  $ for n in a r1 r2 r3 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add e1 netns a address 02:00:00:00:01:01 type veth peer name w1 netns r1 address 02:00:00:00:01:02
  $ ip link add e2 netns r1 address 02:00:00:00:02:01 type veth peer name w2 netns r2 address 02:00:00:00:02:02
  $ ip link add e3 netns r2 address 02:00:00:00:03:01 type veth peer name w3 netns r3 address 02:00:00:00:03:02
  $ ip link add e4 netns r3 address 02:00:00:00:04:01 type veth peer name w4 netns b address 02:00:00:00:04:02
  $ ip -n a addr add 10.1.0.1/24 dev e1; ip -n r1 addr add 10.1.0.2/24 dev w1; ip -n r1 addr add 10.2.0.1/24 dev e2; ip -n r2 addr add 10.2.0.2/24 dev w2; ip -n r2 addr add 10.3.0.1/24 dev e3; ip -n r3 addr add 10.3.0.2/24 dev w3; ip -n r3 addr add 10.4.0.1/24 dev e4; ip -n b addr add 10.4.0.2/24 dev w4
  $ for x in 'a e1' 'r1 w1' 'r1 e2' 'r2 w2' 'r2 e3' 'r3 w3' 'r3 e4' 'b w4'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.1.0.2; ip -n b route add default via 10.4.0.1; ip -n r1 route add 10.3.0.0/24 via 10.2.0.2; ip -n r1 route add 10.4.0.0/24 via 10.2.0.2; ip -n r2 route add 10.1.0.0/24 via 10.2.0.1; ip -n r2 route add 10.4.0.0/24 via 10.3.0.2; ip -n r3 route add 10.1.0.0/24 via 10.3.0.1; ip -n r3 route add 10.2.0.0/24 via 10.3.0.1
  $ for n in r1 r2 r3; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec r3 iptables -A FORWARD -p udp -j REJECT; ip netns exec r3 iptables -A FORWARD -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
  $ head -c 3000 /dev/zero > big.bin; head -c 1000 /dev/zero > small.bin
  $ u() { ip netns exec a socat -u -b 65536 OPEN:$1 UDP:10.4.0.2:9,sourceport=$2; sleep 0.3; ip netns exec r3 nstat -az IpForwDatagrams IcmpOutDestUnreachs | grep -v '^#' | awk '{printf "%s %s  ", $1, $2} END {print ""}'; }
  $ u small.bin 1000
  IpForwDatagrams 1  IcmpOutDestUnreachs 1  
  $ u big.bin 1001
  IpForwDatagrams 4  IcmpOutDestUnreachs 1  
  $ ip netns exec a ping -c 1 -W 1 -s 2000 10.4.0.2 | sed 's/time=.*/time=X/;s/, time .*//;/rtt/d'
  PING 10.4.0.2 (10.4.0.2) 2000(2028) bytes of data.
  
  --- 10.4.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec r2 iptables -A FORWARD -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
  $ u big.bin 1002
  IpForwDatagrams 9  IcmpOutDestUnreachs 2  
  $ u small.bin 1003
  IpForwDatagrams 10  IcmpOutDestUnreachs 3  
  $ ip netns exec a ping -c 1 -W 1 -s 2000 10.4.0.2 | sed 's/time=.*/time=X/;s/, time .*//;/rtt/d'
  PING 10.4.0.2 (10.4.0.2) 2000(2028) bytes of data.
  From 10.3.0.2 icmp_seq=1 Destination Host Prohibited
  
  --- 10.4.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  $ ip netns exec a ping -c 1 -W 1 -s 5000 -M dont 10.4.0.2 | sed 's/time=.*/time=X/;s/, time .*//;/rtt/d'
  PING 10.4.0.2 (10.4.0.2) 5000(5028) bytes of data.
  From 10.3.0.2 icmp_seq=1 Destination Host Prohibited
  
  --- 10.4.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  $ ip -n a route add 10.4.0.0/24 via 10.1.0.2 mtu lock 1300
  $ u small.bin 1004
  IpForwDatagrams 17  IcmpOutDestUnreachs 6  
  $ u big.bin 1005
  IpForwDatagrams 20  IcmpOutDestUnreachs 7  
  $ ip netns exec r2 iptables -t nat -A POSTROUTING -p udp --sport 1006 -j SNAT --to-source 10.3.0.1
  $ u big.bin 1006
  IpForwDatagrams 23  IcmpOutDestUnreachs 8  
  $ ip netns exec r2 iptables -t nat -A POSTROUTING -p udp --sport 1007 -j SNAT --to-source 10.2.0.2:2007
  $ u big.bin 1007
  IpForwDatagrams 26  IcmpOutDestUnreachs 9  
  $ ip netns exec r2 sysctl -qw net.netfilter.nf_conntrack_checksum=0
  $ u big.bin 1008
  IpForwDatagrams 29  IcmpOutDestUnreachs 9  
  $ ip netns exec a ping -c 1 -W 1 -s 2000 10.4.0.2 | sed 's/time=.*/time=X/;s/, time .*//;/rtt/d'
  PING 10.4.0.2 (10.4.0.2) 2000(2028) bytes of data.
  
  --- 10.4.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec r2 sysctl -qw net.netfilter.nf_conntrack_checksum=1; ip netns exec r2 iptables -t raw -A PREROUTING -p udp --sport 1009 -j NOTRACK
  $ u big.bin 1009
  IpForwDatagrams 34  IcmpOutDestUnreachs 9  
  $ ip netns exec r2 conntrack -L -p udp 2>/dev/null | sed 's/ 17 [0-9]* / 17 T /' | sort
  udp      17 T src=10.1.0.1 dst=10.4.0.2 sport=1002 dport=9 [UNREPLIED] src=10.4.0.2 dst=10.1.0.1 sport=9 dport=1002 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.4.0.2 sport=1003 dport=9 [UNREPLIED] src=10.4.0.2 dst=10.1.0.1 sport=9 dport=1003 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.4.0.2 sport=1004 dport=9 [UNREPLIED] src=10.4.0.2 dst=10.1.0.1 sport=9 dport=1004 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.4.0.2 sport=1005 dport=9 [UNREPLIED] src=10.4.0.2 dst=10.1.0.1 sport=9 dport=1005 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.4.0.2 sport=1006 dport=9 [UNREPLIED] src=10.4.0.2 dst=10.3.0.1 sport=9 dport=1006 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.4.0.2 sport=1007 dport=9 [UNREPLIED] src=10.4.0.2 dst=10.2.0.2 sport=9 dport=2007 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.4.0.2 sport=1008 dport=9 [UNREPLIED] src=10.4.0.2 dst=10.1.0.1 sport=9 dport=1008 mark=0 use=1
  $ ip netns exec r2 nstat -az IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates IpForwDatagrams | grep -v '^#' | awk '{print $1, $2}'
  IpForwDatagrams 26
  IpReasmReqds 26
  IpReasmOKs 9
  IpFragOKs 9
  IpFragCreates 26
  $ ip netns exec r3 nstat -az IcmpOutDestUnreachs IcmpOutRedirects IcmpMsgOutType3 | grep -v '^#' | awk '{print $1, $2}'
  IcmpOutDestUnreachs 9
  IcmpOutRedirects 0
  IcmpMsgOutType3 9
