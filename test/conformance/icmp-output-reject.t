iptables REJECT in OUTPUT answers the sending socket at once: the ICMP error is queued before the send fails with EPERM, so ping prints the From line and "sendmsg: Operation not permitted" (E in flood mode, nothing with -q), a connected UDP socket sees the error on its next call, tracepath and traceroute report what they read, and the counters on the host move.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a iptables -A OUTPUT -d 10.0.0.2 -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2; echo $?
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  From 10.0.0.1 icmp_seq=1 Destination Net Unreachable
  ping: sendmsg: Operation not permitted
  From 10.0.0.1 icmp_seq=2 Destination Net Unreachable
  ping: sendmsg: Operation not permitted
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  
  1
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -q 10.0.0.2 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -f -c 3 -W 1 10.0.0.2 | sed -E 's/\x08/<BS>/g; s/time [0-9]+ms/time Tms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  <BS>EE<BS>EE<BS>EE
  --- 10.0.0.2 ping statistics ---
  3 packets transmitted, 0 received, +3 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 1 -W 1 -n -I a0 10.0.0.2 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.2 (10.0.0.2) from 10.0.0.1 a0: 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ echo hi | ip netns exec a nc -u -w 1 10.0.0.2 5000; echo $?
  0
  $ ip netns exec a nc -z -w 1 10.0.0.2 80; echo $?
  1
  $ ip netns exec a traceroute -n -q 1 -m 2 10.0.0.2
  traceroute to 10.0.0.2 (10.0.0.2), 2 hops max, 60 byte packets
  send: Operation not permitted
  [1]
  $ ip netns exec a traceroute -n -q 1 -m 2 -I 10.0.0.2
  traceroute to 10.0.0.2 (10.0.0.2), 2 hops max, 60 byte packets
  send: Operation not permitted
  [1]
  $ ip netns exec a tracepath -n -m 2 10.0.0.2
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.0.1                                              *ms !N (glob)
   1:  10.0.0.1                                              *ms !N (glob)
       Resume: pmtu 1500 
  $ ip netns exec a iptables -vnL OUTPUT | sed -E 's/ +/ /g'
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   14 3883 REJECT 0 -- * * 0.0.0.0/0 10.0.0.2 reject-with icmp-net-unreachable
  $ ip netns exec a nstat -az IcmpOutDestUnreachs IcmpInDestUnreachs IcmpInErrors IpOutDiscards IcmpOutEchos UdpInErrors TcpAttemptFails | tail -n +2
  IpOutDiscards                   13                 0.0
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              14                 0.0
  IcmpOutDestUnreachs             14                 0.0
  IcmpOutEchos                    9                  0.0
  TcpAttemptFails                 0                  0.0
  UdpInErrors                     0                  0.0
  $ ip netns exec a iptables -R OUTPUT 1 -d 10.0.0.2 -p tcp -j REJECT --reject-with tcp-reset
  $ ip netns exec a nc -z -w 1 10.0.0.2 80; echo $?
  1
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec a nstat -az TcpOutRsts TcpInRsts TcpAttemptFails | tail -n +2
  TcpAttemptFails                 1                  0.0
  TcpOutRsts                      0                  0.0
