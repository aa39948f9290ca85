Errors between two local addresses of one host: UDP to a closed port (the port unreachable comes back over lo, nc reports it, UdpNoPorts), TCP to a closed port (RST over lo: connection refused, TcpOutRsts, TcpAttemptFails), an OUTPUT REJECT and an INPUT REJECT of the local ping (what ping prints), a prohibit rule and an unreachable route in front of the local table.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name eth2 netns h address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h sh -c 'echo x | nc -u -w 1 -s 192.168.1.1 -p 6001 192.168.2.2 6000; echo rc=$?'
  rc=0
  $ ip netns exec h nc -uz -w 1 -s 192.168.1.1 192.168.2.2 6000; echo rc=$?
  rc=0
  $ ip netns exec h nc -w 1 -s 192.168.1.1 -p 6002 192.168.2.2 6000; echo rc=$?
  rc=1
  $ ip netns exec h nc -vz -w 1 192.168.2.2 6000 2>&1; echo rc=$?
  nc: connect to 192.168.2.2 port 6000 (tcp) failed: Connection refused
  rc=1
  $ ip netns exec h nstat -asz UdpNoPorts UdpInErrors IcmpOutDestUnreachs IcmpInDestUnreachs TcpOutRsts TcpAttemptFails TcpActiveOpens IcmpMsgOutType3
  #kernel
  IcmpInDestUnreachs              1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpMsgOutType3                 1                  0.0
  TcpActiveOpens                  2                  0.0
  TcpAttemptFails                 2                  0.0
  TcpOutRsts                      2                  0.0
  UdpNoPorts                      1                  0.0
  UdpInErrors                     0                  0.0
  $ ip netns exec h iptables -A OUTPUT -o lo -d 192.168.2.2 -p icmp --icmp-type echo-request -j REJECT
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 2>&1 | grep -vE '^$|rtt|---'
  PING 192.168.2.2 (192.168.2.2) from 192.168.1.1 : 56(84) bytes of data.
  From 192.168.2.2 icmp_seq=1 Destination Port Unreachable
  ping: sendmsg: Operation not permitted
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec h iptables -F OUTPUT
  $ ip netns exec h iptables -A INPUT -i lo -d 192.168.2.2 -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.1.1 192.168.2.2 2>&1 | grep -vE '^$|rtt|---'
  PING 192.168.2.2 (192.168.2.2) from 192.168.1.1 : 56(84) bytes of data.
  From 192.168.2.2 icmp_seq=1 Destination Host Prohibited
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec h iptables -A INPUT -i lo -p tcp --dport 6100 -j REJECT --reject-with tcp-reset
  $ ip netns exec h nc -w 1 -s 192.168.1.1 192.168.2.2 6100; echo rc=$?
  rc=1
  $ ip netns exec h iptables -L INPUT -n -v -x | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 84 REJECT 1 -- lo * 0.0.0.0/0 192.168.2.2 icmptype 8 reject-with icmp-host-prohibited
   1 60 REJECT 6 -- lo * 0.0.0.0/0 0.0.0.0/0 tcp dpt:6100 reject-with tcp-reset
  $ ip netns exec h iptables -F INPUT
  $ ip -n h rule add pref 10 to 192.168.2.2 prohibit
  $ ip -n h rule del pref 0
  $ ip -n h rule add pref 100 lookup local
  $ ip -n h route get 192.168.2.2
  RTNETLINK answers: Permission denied
  [2]
  $ ip netns exec h ping -c 1 -W 1 192.168.2.2 2>&1 | grep -vE '^$|rtt|---'
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  $ ip -n h rule del pref 10
  $ ip -n h route add unreachable 192.168.2.2 table 5
  $ ip -n h rule add pref 20 lookup 5
  $ ip -n h route get 192.168.2.2
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec h ping -c 1 -W 1 192.168.2.2 2>&1 | grep -vE '^$|rtt|---'
  ping: connect: No route to host
  $ ip -n h route get 192.168.1.1
  local 192.168.1.1 dev lo table local src 192.168.1.1 uid 0 
      cache <local> 
  $ ip netns exec h nstat -asz IpOutNoRoutes IcmpOutEchos IcmpInEchos
  #kernel
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutEchos                    2                  0.0
