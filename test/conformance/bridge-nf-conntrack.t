br_netfilter: bridged IPv4 runs PREROUTING (in: the bridge), FORWARD and POSTROUTING (out: the bridge) of every table in the switch namespace, and its conntrack sees the bridged flows; a ping to the bridge's own address runs PREROUTING once (not again as the bridge passes it up) then INPUT; what the bridge sends itself runs OUTPUT and POSTROUTING only.
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
  $ for c in PREROUTING INPUT FORWARD OUTPUT POSTROUTING; do ip netns exec sw iptables -t mangle -A $c -p icmp; done
  $ ip netns exec sw iptables -A FORWARD -m conntrack --ctstate NEW
  $ ip netns exec sw iptables -A FORWARD -m conntrack --ctstate ESTABLISHED
  $ ip netns exec h1 ping -c 2 -i 0.2 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -t mangle -L -v -n | grep -v '^ *pkts'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      4   336            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      4   336            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      4   336            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    84            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
      3   252            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate ESTABLISHED
  $ ip netns exec sw conntrack -L 2>&1 | sed -E 's/^icmp +1 [0-9]+ /icmp 1 T /; s/id=[0-9]+/id=X/g' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=X src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=X mark=0 use=1
  $ ip netns exec sw conntrack -C
  1
  $ ip netns exec sw iptables -t mangle -Z
  $ ip netns exec h1 ping -c 1 10.0.0.254 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -t mangle -L -v -n | grep -v '^ *pkts'
  Chain PREROUTING (policy ACCEPT 1 packets, 84 bytes)
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT 1 packets, 84 bytes)
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 1 packets, 84 bytes)
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain POSTROUTING (policy ACCEPT 1 packets, 84 bytes)
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw iptables -t mangle -Z
  $ ip netns exec sw ping -c 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -t mangle -L -v -n | grep -v '^ *pkts'
  Chain PREROUTING (policy ACCEPT 1 packets, 84 bytes)
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT 1 packets, 84 bytes)
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 1 packets, 84 bytes)
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain POSTROUTING (policy ACCEPT 1 packets, 84 bytes)
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw conntrack -L -p icmp 2>/dev/null | sed -E 's/^icmp +1 [0-9]+ /icmp 1 T /; s/id=[0-9]+/id=X/g' | sort
  icmp 1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=X src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=X mark=0 use=1
  icmp 1 T src=10.0.0.1 dst=10.0.0.254 type=8 code=0 id=X src=10.0.0.254 dst=10.0.0.1 type=0 code=0 id=X mark=0 use=1
  icmp 1 T src=10.0.0.254 dst=10.0.0.2 type=8 code=0 id=X src=10.0.0.2 dst=10.0.0.254 type=0 code=0 id=X mark=0 use=1
  $ ip netns exec h2 conntrack -L 2>&1 | sed -E 's/^icmp +1 [0-9]+ /icmp 1 T /; s/id=[0-9]+/id=X/g' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec sw nstat -az IpInReceives IpForwDatagrams IpInDelivers IpOutRequests
  #kernel
  IpInReceives                    2                  0.0
  IpForwDatagrams                 0                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   4                  0.0
