br_netfilter: with bridge-nf-call-iptables=1 (the default) a bridged IPv4 frame traverses the FORWARD chain of the bridge's namespace, seen as coming in and going out of the bridge device (not its ports), so -j DROP there blocks bridged pings and the counters count them; with the knob at 0 the bridge forwards untouched. ARP is never seen by iptables.
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
  $ sleep 31
  $ ip netns exec sw iptables -A FORWARD -i p1 -j ACCEPT
  $ ip netns exec sw iptables -A FORWARD -i br0 -o br0 -p icmp --icmp-type echo-request
  $ ip netns exec sw iptables -A FORWARD -o br0 -p icmp --icmp-type echo-reply
  $ ip netns exec h1 ping -c 2 -i 0.2 10.0.0.2 | sed -n 2,3p | sed -E 's/time=[0-9.]+/time=X/'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=X ms
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=X ms
  $ ip netns exec sw iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     0    --  p1     *       0.0.0.0/0            0.0.0.0/0           
      2   168            1    --  br0    br0     0.0.0.0/0            0.0.0.0/0            icmptype 8
      2   168            1    --  *      br0     0.0.0.0/0            0.0.0.0/0            icmptype 0
  $ ip netns exec sw iptables -A FORWARD -p icmp -j DROP
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  p1     *       0.0.0.0/0            0.0.0.0/0           
         3      252            1    --  br0    br0     0.0.0.0/0            0.0.0.0/0            icmptype 8
         2      168            1    --  *      br0     0.0.0.0/0            0.0.0.0/0            icmptype 0
         1       84 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw iptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  $ ip netns exec sw sysctl -w net.bridge.bridge-nf-call-iptables=0
  net.bridge.bridge-nf-call-iptables = 0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     0    --  p1     *       0.0.0.0/0            0.0.0.0/0           
      3   252            1    --  br0    br0     0.0.0.0/0            0.0.0.0/0            icmptype 8
      2   168            1    --  *      br0     0.0.0.0/0            0.0.0.0/0            icmptype 0
      1    84 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw sysctl -w net.bridge.bridge-nf-call-iptables=1
  net.bridge.bridge-nf-call-iptables = 1
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -Z FORWARD
  $ ip netns exec sw iptables -D FORWARD 4
  $ ip netns exec h2 ping -c 3 -i 0.2 -W 1 10.0.0.1 | tail -2 | head -1
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 6 packets, 504 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     0    --  p1     *       0.0.0.0/0            0.0.0.0/0           
      3   252            1    --  br0    br0     0.0.0.0/0            0.0.0.0/0            icmptype 8
      3   252            1    --  *      br0     0.0.0.0/0            0.0.0.0/0            icmptype 0
  $ ip netns exec sw iptables -nvL FORWARD 1
      0     0 ACCEPT     0    --  p1     *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw nstat -az IpForwDatagrams IpInReceives IpOutRequests
  #kernel
  IpInReceives                    0                  0.0
  IpForwDatagrams                 0                  0.0
  IpOutRequests                   2                  0.0
