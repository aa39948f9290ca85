br_netfilter in PREROUTING: a bridged frame is seen there as received by the bridge device (-i br0 matches, -i p1 never does), so a DROP in raw or mangle PREROUTING blocks bridged pings and pings to the bridge's own address alike; INPUT sees only the latter; with bridge-nf-call-iptables=0 only traffic for the bridge itself is seen.
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
  $ ip netns exec sw iptables -t raw -A PREROUTING -i p1
  $ ip netns exec sw iptables -t raw -A PREROUTING -i br0 -s 10.0.0.1
  $ ip netns exec sw iptables -A INPUT -i br0
  $ ip netns exec h1 ping -c 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h1 ping -c 1 10.0.0.254 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -t raw -L PREROUTING -v -n
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            0    --  p1     *       0.0.0.0/0            0.0.0.0/0           
      2   168            0    --  br0    *       10.0.0.1             0.0.0.0/0           
  $ ip netns exec sw iptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84            0    --  br0    *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw iptables -t raw -A PREROUTING -i br0 -p icmp --icmp-type echo-request -j DROP
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.254 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec sw ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -t raw -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    --  p1     *       0.0.0.0/0            0.0.0.0/0           
         4      336            0    --  br0    *       10.0.0.1             0.0.0.0/0           
         2      168 DROP       1    --  br0    *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ ip netns exec sw sysctl -qw net.bridge.bridge-nf-call-iptables=0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.254 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -t raw -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    --  p1     *       0.0.0.0/0            0.0.0.0/0           
         5      420            0    --  br0    *       10.0.0.1             0.0.0.0/0           
         3      252 DROP       1    --  br0    *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ ip netns exec sw iptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168            0    --  br0    *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw nstat -az IpInReceives IpInDelivers
  #kernel
  IpInReceives                    3                  0.0
  IpInDelivers                    2                  0.0
