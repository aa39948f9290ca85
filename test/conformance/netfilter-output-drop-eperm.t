An OUTPUT DROP fails the sender's sendmsg with EPERM (nf_hook_slow: NF_DROP -> -EPERM).
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a type veth peer name b0 netns b
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep -c ttl
  1
  $ ip netns exec a iptables -A OUTPUT -d 10.0.0.2 -j DROP
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a sh -c 'echo x | nc -u -w1 10.0.0.2 9'; echo $?
  0
  $ ip netns exec a nc -w1 10.0.0.2 80; echo $?
  1
  $ ip netns exec a iptables -L OUTPUT -v -n -x | sed -n 3p
         4      258 DROP       0    --  *      *       0.0.0.0/0            10.0.0.2            
  $ ip netns exec a nstat -az IpOutRequests IpOutDiscards UdpSndbufErrors UdpOutDatagrams
  #kernel
  IpOutRequests                   5                  0.0
  IpOutDiscards                   3                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip netns exec a iptables -R OUTPUT 1 -d 10.0.0.2 -j REJECT
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a sh -c 'echo x | nc -u -w1 10.0.0.2 9'; echo $?
  0
