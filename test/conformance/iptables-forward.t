FORWARD filtering with interface names and wildcards, policies, RETURN.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name rb1 netns r address 02:00:00:00:0b:02
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set rb1 up
  $ ip -n a addr add 10.1.0.1/24 dev a0
  $ ip -n r addr add 10.1.0.254/24 dev r0
  $ ip -n r addr add 10.2.0.254/24 dev rb1
  $ ip -n b addr add 10.2.0.1/24 dev b0
  $ ip -n a route add default via 10.1.0.254
  $ ip -n b route add default via 10.2.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -P FORWARD DROP
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r iptables -A FORWARD -i r+ -o rb+ -j ACCEPT
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r iptables -A FORWARD -i rb1 -s 10.2.0.0/24 -j ACCEPT
  $ ip netns exec a ping -c 2 -i 0.2 10.2.0.1 | tail -2
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec r iptables -I FORWARD -i rb1 ! -d 10.1.0.2 -p icmp --icmp-type echo-reply -j DROP
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r iptables -L FORWARD -v -n --line-numbers
  Chain FORWARD (policy DROP 2 packets, 168 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        1    84 DROP       1    --  rb1    *       0.0.0.0/0           !10.1.0.2             icmptype 0
  2        4   336 ACCEPT     0    --  r+     rb+     0.0.0.0/0            0.0.0.0/0           
  3        2   168 ACCEPT     0    --  rb1    *       10.2.0.0/24          0.0.0.0/0           
  $ ip netns exec r iptables -L FORWARD
  Chain FORWARD (policy DROP)
  target     prot opt source               destination         
  DROP       icmp --  anywhere            !10.1.0.2             icmp echo-reply
  ACCEPT     all  --  anywhere             anywhere            
  ACCEPT     all  --  10.2.0.0/24          anywhere            
  $ ip netns exec r iptables -S FORWARD
  -P FORWARD DROP
  -A FORWARD ! -d 10.1.0.2/32 -i rb1 -p icmp -m icmp --icmp-type 0 -j DROP
  -A FORWARD -i r+ -o rb+ -j ACCEPT
  -A FORWARD -s 10.2.0.0/24 -i rb1 -j ACCEPT
  $ ip netns exec r iptables -D FORWARD 1
  $ ip netns exec r iptables -D FORWARD -i r+ -o rb+ -j ACCEPT
  $ ip netns exec r iptables -S FORWARD
  -P FORWARD DROP
  -A FORWARD -s 10.2.0.0/24 -i rb1 -j ACCEPT
  $ ip netns exec r nstat -asz IpForwDatagrams IpInDiscards IpOutDiscards
  #kernel
  IpForwDatagrams                 9                  0.0
  IpInDiscards                    0                  0.0
  IpOutDiscards                   0                  0.0
