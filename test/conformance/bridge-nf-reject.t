br_netfilter with targets that answer or rewrite: REJECT in the switch's FORWARD for bridged traffic (the ICMP error is sent by the switch namespace itself, routed out of the bridge device), LOG-free counters of TCP through the bridge with conntrack states, and whose knob counts (the bridge's namespace, not the hosts').
  $ for n in h1 h2 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ ip link add e1 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns sw address 02:00:00:00:aa:01
  $ ip link add e2 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns sw address 02:00:00:00:aa:02
  $ ip -n sw link set p1 master br0
  $ ip -n sw link set p2 master br0
  $ for d in p1 p2 br0; do ip -n sw link set $d up; done
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e1
  $ ip -n h2 addr add 10.0.0.2/24 dev e2
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ sleep 31
  $ ip netns exec sw iptables -A FORWARD -p udp --dport 9 -j REJECT
  $ ip netns exec sw iptables -A FORWARD -p tcp --dport 81 -j REJECT --reject-with tcp-reset
  $ ip netns exec sw iptables -A FORWARD -p tcp -m conntrack --ctstate NEW,ESTABLISHED
  $ ip netns exec h2 sh -c 'nc -l 80 > got.txt &'
  $ sleep 1
  $ echo hello | ip netns exec h1 nc -N -w 2 10.0.0.2 80; echo rc=$?
  rc=0
  $ sleep 1
  $ cat got.txt
  hello
  $ ip netns exec h1 nc -z -w 1 10.0.0.2 81; echo rc=$?
  rc=1
  $ ip netns exec h1 nc -u -w 1 10.0.0.2 9 < /dev/null; echo rc=$?
  rc=0
  $ echo x | ip netns exec h1 nc -u -w 1 10.0.0.2 9; echo rc=$?
  rc=0
  $ ip netns exec sw iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    30 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:9 reject-with icmp-port-unreachable
      1    60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:81 reject-with tcp-reset
      8   438            6    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED
  $ ip netns exec sw nstat -az IcmpOutDestUnreachs IcmpOutMsgs TcpOutRsts IpOutRequests
  #kernel
  IpOutRequests                   3                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec h1 nstat -az IcmpInDestUnreachs TcpAttemptFails
  #kernel
  IcmpInDestUnreachs              1                  0.0
  TcpAttemptFails                 1                  0.0
  $ ip netns exec h1 sysctl -w net.bridge.bridge-nf-call-iptables=0
  net.bridge.bridge-nf-call-iptables = 0
  $ ip netns exec h1 nc -z -w 1 10.0.0.2 81; echo rc=$?
  rc=1
  $ ip netns exec sw sysctl -w net.bridge.bridge-nf-call-iptables=0
  net.bridge.bridge-nf-call-iptables = 0
  $ ip netns exec h1 nc -z -w 1 10.0.0.2 81; echo rc=$?
  rc=1
  $ ip netns exec sw iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       30 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:9 reject-with icmp-port-unreachable
         2      120 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:81 reject-with tcp-reset
         8      438            6    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED
