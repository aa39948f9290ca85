socat's SOCAT_* environment seen by a SYSTEM child: UDP-RECVFROM (the peer, and with ip-pktinfo, ip-recvttl, ip-recvtos the interface, local and destination address, TTL and TOS of the datagram, unicast and broadcast), UDP-RECV, UDP-LISTEN, TCP-LISTEN, TCP and UDP clients (socket and peer address).
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 brd + dev a0; ip -n b addr add 10.0.0.2/24 brd + dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c "socat -u UDP-RECVFROM:9,fork SYSTEM:'env | grep ^SOCAT_ | grep -v -e SOCAT_PID -e SOCAT_PPID -e SOCAT_VERSION | sort > e1.out' & socat -u UDP-RECVFROM:10,ip-pktinfo,ip-recvttl,ip-recvtos,fork SYSTEM:'env | grep ^SOCAT_ | grep -v -e SOCAT_PID -e SOCAT_PPID -e SOCAT_VERSION | sort > e2.out' & socat -u UDP-RECV:11,ip-pktinfo,ip-recvttl SYSTEM:'env | grep ^SOCAT_ | grep -v -e SOCAT_PID -e SOCAT_PPID -e SOCAT_VERSION | sort > e3.out' & sleep 0.5"
  $ echo x | ip netns exec a socat -u - UDP:10.0.0.2:9,sp=4000
  $ echo x | ip netns exec a socat -u - UDP:10.0.0.2:10,sp=4001,ip-ttl=7,ip-tos=0x20
  $ sleep 0.5; ip netns exec b cat e1.out; echo; ip netns exec b cat e2.out
  SOCAT_PEERADDR=10.0.0.1
  SOCAT_PEERPORT=4000
  
  SOCAT_IP_DSTADDR=10.0.0.2
  SOCAT_IP_IF=b0
  SOCAT_IP_LOCADDR=10.0.0.2
  SOCAT_IP_TOS=32
  SOCAT_IP_TTL=7
  SOCAT_PEERADDR=10.0.0.1
  SOCAT_PEERPORT=4001
  $ echo x | ip netns exec a socat -u - UDP:10.0.0.255:10,broadcast,sp=4002,ip-tos=0x8
  $ sleep 0.5; ip netns exec b cat e2.out
  SOCAT_IP_DSTADDR=10.0.0.255
  SOCAT_IP_IF=b0
  SOCAT_IP_LOCADDR=10.0.0.2
  SOCAT_IP_TOS=8
  SOCAT_IP_TTL=64
  SOCAT_PEERADDR=10.0.0.1
  SOCAT_PEERPORT=4002
  $ echo x | ip netns exec a socat -u - UDP:10.0.0.2:11,sp=4003
  $ sleep 0.5; ip netns exec b cat e3.out
  $ ip netns exec b sh -c "socat -u UDP-LISTEN:12 SYSTEM:'env | grep ^SOCAT_ | grep -v -e SOCAT_PID -e SOCAT_PPID -e SOCAT_VERSION | sort > e4.out' & socat TCP-LISTEN:5000,fork SYSTEM:'env | grep ^SOCAT_ | grep -v -e SOCAT_PID -e SOCAT_PPID -e SOCAT_VERSION | sort > e5.out' & nc -l -p 5001 > /dev/null & sleep 0.5"
  $ echo x | ip netns exec a socat -u - UDP:10.0.0.2:12,sp=4004; sleep 0.3; ip netns exec b cat e4.out
  SOCAT_PEERADDR=10.0.0.1
  SOCAT_PEERPORT=4004
  SOCAT_SOCKADDR=10.0.0.2
  SOCAT_SOCKPORT=12
  $ echo x | ip netns exec a socat - TCP:10.0.0.2:5000,sp=4005; sleep 0.3; ip netns exec b cat e5.out
  SOCAT_PEERADDR=10.0.0.1
  SOCAT_PEERPORT=4005
  SOCAT_SOCKADDR=10.0.0.2
  SOCAT_SOCKPORT=5000
  $ ip netns exec a socat TCP:10.0.0.2:5001,sp=4006 SYSTEM:'env | grep ^SOCAT_ | grep -v -e SOCAT_PID -e SOCAT_PPID -e SOCAT_VERSION | sort > e6.out'; ip netns exec a cat e6.out
  $ ip netns exec a socat UDP:10.0.0.2:9,sp=4007 SYSTEM:'env | grep ^SOCAT_ | grep -v -e SOCAT_PID -e SOCAT_PPID -e SOCAT_VERSION | sort > e7.out'; ip netns exec a cat e7.out
  $ ip netns exec a socat UDP-SENDTO:10.0.0.2:9,sp=4008 SYSTEM:'env | grep ^SOCAT_ | grep -v -e SOCAT_PID -e SOCAT_PPID -e SOCAT_VERSION | sort > e8.out'; ip netns exec a cat e8.out
  $ ip netns pids b | xargs -r kill; sleep 0.2

