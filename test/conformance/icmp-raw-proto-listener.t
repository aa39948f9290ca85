A host answers a datagram of a protocol nobody handles with "protocol unreachable" (icmp_unreach from ip_protocol_deliver_rcu(), IpInUnknownProtos), unless a raw socket of that protocol is open (socat IP4-RECV): then the raw socket takes it, nothing is sent, and the counters say it was delivered; a raw socket of another protocol changes nothing; once it is closed the errors come back.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0; ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a tcpdump -l -n -t -i a0 not arp > a.txt 2>/dev/null & sleep 0.5
  $ echo hello99 | ip netns exec a socat -u - IP4-SENDTO:10.0.0.2:99; sleep 0.2
  $ ip netns exec b socat -u IP4-RECV:99 OPEN:got99,creat & sleep 0.3
  $ ip netns exec b socat -u IP4-RECV:98 OPEN:got98,creat & sleep 0.3
  $ echo again99 | ip netns exec a socat -u - IP4-SENDTO:10.0.0.2:99; sleep 0.2
  $ echo hello98 | ip netns exec a socat -u - IP4-SENDTO:10.0.0.2:98; sleep 0.2
  $ echo hello97 | ip netns exec a socat -u - IP4-SENDTO:10.0.0.2:97; sleep 0.2
  $ ip netns exec b cat /proc/net/raw | awk 'NR > 1 {print $2, $3, $4}' | sort
  00000000:0062 00000000:0000 07
  00000000:0063 00000000:0000 07
  $ kill %2 %3; wait %2 %3 2>/dev/null; od -An -c got99 | head -3; od -An -c got98 | head -3
     a   g   a   i   n   9   9  \n
     h   e   l   l   o   9   8  \n
  $ echo last99 | ip netns exec a socat -u - IP4-SENDTO:10.0.0.2:99; sleep 0.2
  $ sleep 0.3; kill %1; wait; cat a.txt
  IP 10.0.0.1 > 10.0.0.2:  ip-proto-99 8
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 protocol 99 unreachable, length 36
  IP 10.0.0.1 > 10.0.0.2:  ip-proto-99 8
  IP 10.0.0.1 > 10.0.0.2:  ip-proto-98 8
  IP 10.0.0.1 > 10.0.0.2:  ip-proto-97 8
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 protocol 97 unreachable, length 36
  IP 10.0.0.1 > 10.0.0.2:  ip-proto-99 7
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 protocol 99 unreachable, length 35
  $ ip netns exec b nstat -a | grep -v '^#\|Octets' | awk '{print $1, $2}'
  IpInReceives 5
  IpInUnknownProtos 3
  IpInDelivers 2
  IpOutRequests 3
  IpOutTransmits 3
  IcmpOutMsgs 3
  IcmpOutDestUnreachs 3
  IcmpMsgOutType3 3
  IpExtInNoECTPkts 5
