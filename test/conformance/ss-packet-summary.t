ss -s's Total (/proc/net/sockstat's "sockets: used", sock_inuse_get()) counts every socket of the namespace, packet sockets included: one per running tcpdump.
  $ ip netns add a
  $ ip link add a0 netns a type veth peer name b0
  $ ip -n a link set a0 up
  $ ip netns exec a tcpdump -n -i a0 -c 1000 > o1 2> e1 &
  $ sleep 0.5
  $ ip netns exec a ss -s | head -1
  Total: 1
  $ ip netns exec a tcpdump -n -i any -c 1000 > o2 2> e2 &
  $ sleep 0.5
  $ ip netns exec a ss -s | head -1
  Total: 2
  $ ip netns exec a ss -s | sed -n '4,8p'
  Transport Total     IP        IPv6
  RAW	  0         0         0        
  UDP	  0         0         0        
  TCP	  0         0         0        
  INET	  0         0         0        
  $ kill %1 %2; wait
  $ ip netns exec a ss -s | head -1
  Total: 0
