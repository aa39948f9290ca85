ss -s: the TCP line (its totals count sockets of the whole machine: globbed) and the transport table of a namespace with a listener, a UDP socket and a TIME-WAIT.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 5000 > /dev/null 2>&1 & nc -u -l -p 6000 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo x | nc -N 10.0.0.2 5000'
  $ sleep 0.3; ip netns exec a ss -s
  Total: 0
  TCP:   * (estab 0, closed *, orphaned 0, timewait 1) (glob)
  
  Transport Total     IP        IPv6
  RAW	  0         0         0        
  UDP	  0         0         0        
  TCP	  0         0         0        
  INET	  0         0         0        
  FRAG	  0         0         0        
  $ ip netns exec b ss -s
  Total: 1
  TCP:   * (estab 0, closed *, orphaned 0, timewait 0) (glob)
  
  Transport Total     IP        IPv6
  RAW	  0         0         0        
  UDP	  1         1         0        
  TCP	  0         0         0        
  INET	  1         1         0        
  FRAG	  0         0         0        
