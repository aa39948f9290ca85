socat over UDP: UDP-LISTEN takes the first sender as its peer, UDP-RECVFROM with fork answers each datagram from its own session (SYSTEM of a lab command), UDP-SENDTO writes to one address and reads from any; a closed port comes back as a read error.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'socat UDP-LISTEN:9,reuseaddr EXEC:cat > /dev/null 2>&1 & sleep 0.3'
  $ echo hi | ip netns exec a socat -t 0.5 - UDP:10.0.0.2:9
  hi
  $ ip netns exec b sh -c 'socat UDP-RECVFROM:99,fork SYSTEM:"tr a-z A-Z" > /dev/null 2>&1 & sleep 0.3'
  $ echo hi | ip netns exec a socat -t 0.3 - UDP:10.0.0.2:99,bind=10.0.0.1:5555
  HI
  $ echo again | ip netns exec a socat -t 0.3 - UDP4:10.0.0.2:99,sourceport=5556
  AGAIN
  $ echo there | ip netns exec a socat -t 0.3 - UDP-SENDTO:10.0.0.2:99
  THERE
  $ ip netns exec b ss -Huan | sed -E 's/ +/ /g' | sort
  ESTAB 0 0 10.0.0.2:9 10.0.0.1:* (glob)
  UNCONN 0 0 0.0.0.0:99 0.0.0.0:* 
  $ echo hi | ip netns exec a socat -t 0.5 - UDP:10.0.0.2:10
  * socat[*] E read(5, *, 8192): Connection refused (glob)
  [1]
  $ ip netns exec a socat -d -d - UDP:10.0.0.2:10 </dev/null
  * socat[*] N reading from and writing to stdio (glob)
  * socat[*] N opening connection to AF=2 10.0.0.2:10 (glob)
  * socat[*] N successfully connected from local address AF=2 10.0.0.1:* (glob)
  * socat[*] N starting data transfer loop with FDs [0,1] and [5,5] (glob)
  * socat[*] N socket 1 (fd 0) is at EOF (glob)
  * socat[*] N exiting with status 0 (glob)
  $ ip netns exec b nstat -asz UdpNoPorts UdpInDatagrams UdpOutDatagrams
  #kernel
  UdpInDatagrams                  4                  0.0
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 4                  0.0
