br_netfilter with flooded frames: a broadcast ping crosses FORWARD and POSTROUTING once per port it is flooded to (each clone) and PREROUTING once; a DROP matching one output port's traffic by destination keeps the other ports' copies; an ARP is never counted.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.icmp_echo_ignore_broadcasts=0; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ for i in 1 2 3; do ip link add e$i netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:aa:0$i; ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set e$i up; ip -n h$i addr add 10.0.0.$i/24 dev e$i; done
  $ ip -n sw link set br0 up
  $ sleep 31
  $ for c in PREROUTING FORWARD POSTROUTING; do ip netns exec sw iptables -t mangle -A $c -p icmp; done
  $ ip netns exec sw iptables -t mangle -A FORWARD -p arp
  iptables v1.8.9 (nf_tables): unknown protocol "arp" specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec h1 ping -c 1 -b 10.0.0.255 2>&1 | sed -n 2p | sed -E 's/time=[0-9.]+/time=X/'
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  $ ip netns exec sw iptables -t mangle -L -v -n | grep -v '^ *pkts'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      3   252            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      4   336            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      4   336            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw iptables -t mangle -Z
  $ ip netns exec sw iptables -I FORWARD -d 10.0.0.255 -j DROP
  $ ip netns exec h1 ping -c 1 -W 1 -b 10.0.0.255 2>&1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -t mangle -L -v -n | grep -v '^ *pkts'
  Chain PREROUTING (policy ACCEPT 1 packets, 84 bytes)
      1    84            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  
  Chain FORWARD (policy ACCEPT 2 packets, 168 bytes)
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 DROP       0    --  *      *       0.0.0.0/0            10.0.0.255          
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw iptables -t mangle -L POSTROUTING -v -n
  Chain POSTROUTING (policy ACCEPT 2 packets, 168 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec sw nstat -az IpInReceives IpInHdrErrors IpForwDatagrams
  #kernel
  IpInReceives                    2                  0.0
  IpInHdrErrors                   0                  0.0
  IpForwDatagrams                 0                  0.0
