The TTL target in mangle and the ttl match, as ping's ttl= shows.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  $ ip netns exec b iptables -t mangle -A OUTPUT -p icmp -j TTL --ttl-set 17
  $ ip netns exec a ping -c 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=17 
  $ ip netns exec a iptables -t mangle -A PREROUTING -p icmp -j TTL --ttl-inc 3
  $ ip netns exec a ping -c 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=20 
  $ ip netns exec a iptables -t mangle -A INPUT -p icmp -j TTL --ttl-dec 10
  $ ip netns exec a ping -c 1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=10 
  $ ip netns exec a iptables -A INPUT -m ttl --ttl-lt 11 -j DROP
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a iptables -t mangle -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3   252 TTL        1    --  *      *       0.0.0.0/0            0.0.0.0/0            TTL increment by 3
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 TTL        1    --  *      *       0.0.0.0/0            0.0.0.0/0            TTL decrement by 10
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  $ ip netns exec a iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p icmp -j TTL --ttl-inc 3
  -A INPUT -p icmp -j TTL --ttl-dec 10
  $ ip netns exec a iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TTL match TTL < 11
