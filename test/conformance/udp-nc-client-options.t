nc -u clients and their options: -p picks the source port (ss and the listener's peer show it), a port held by a socket without SO_REUSEPORT is EADDRINUSE ("nc: Address already in use"), -s an address the host lacks is EADDRNOTAVAIL, -s with -p; -u -l -s binds one address; -k keeps a UDP listener unconnected; ss -uanp with the owners; counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.0.0.3/24 dev b0
  $ ip netns exec b sh -c 'nc -u -l -k -p 6000 > keep.out 2>&1 & sleep 0.3'
  $ ip netns exec b sh -c 'nc -u -l -s 10.0.0.3 -p 6001 > one.out 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Huan | sed -E 's/ +/ /g' | sort
  UNCONN 0 0 0.0.0.0:6000 0.0.0.0:*
  UNCONN 0 0 10.0.0.3:6001 0.0.0.0:*
  $ ip netns exec a sh -c 'echo a1 | nc -u -w 1 -p 5001 10.0.0.2 6000'
  $ ip netns exec a sh -c 'echo a2 | nc -u -w 1 -p 5002 10.0.0.2 6000'
  $ ip netns exec a sh -c 'echo a3 | nc -u -w 1 -s 10.0.0.1 -p 5003 10.0.0.3 6000'
  $ ip netns exec a sh -c 'echo b1 | nc -u -w 1 -p 5004 10.0.0.3 6001'
  $ ip netns exec a sh -c 'echo b2 | nc -u -w 1 -p 5005 10.0.0.2 6001'
  $ sleep 0.3; ip netns exec b cat keep.out one.out
  a1
  a2
  a3
  b1
  $ ip netns exec b ss -Huan | sed -E 's/ +/ /g' | sort
  ESTAB 0 0 10.0.0.3:6001 10.0.0.1:5004
  UNCONN 0 0 0.0.0.0:6000 0.0.0.0:* 
  $ ip netns exec b ss -Huanp | sed -E 's/pid=[0-9]+/pid=N/; s/ +/ /g' | sort
  ESTAB 0 0 10.0.0.3:6001 10.0.0.1:5004 users:(("nc",pid=N,fd=3))
  UNCONN 0 0 0.0.0.0:6000 0.0.0.0:* users:(("nc",pid=N,fd=3))
  $ ip netns exec a sh -c 'socat -u UDP-RECV:5010 - > /dev/null & sleep 0.3'
  $ ip netns exec a sh -c 'echo c | nc -u -w 1 -p 5010 10.0.0.2 6000'
  nc: bind failed: Address already in use
  [1]
  $ ip netns exec a sh -c 'echo c | nc -u -w 1 -s 10.0.0.9 10.0.0.2 6000'
  nc: bind failed: Cannot assign requested address
  [1]
  $ ip netns exec a sh -c 'echo c | nc -u -w 1 -s 10.0.0.9 -p 5011 10.0.0.2 6000'
  nc: bind failed: Cannot assign requested address
  [1]
  $ ip netns exec a sh -c 'echo c | nc -u -w 1 -p 0 10.0.0.2 6000'
  $ ip netns exec a sh -c 'echo c | nc -u -w 1 -p 70000 10.0.0.2 6000'
  $ ip netns exec a sh -c 'echo c | nc -u -w 1 -p x 10.0.0.2 6000'
  nc: getaddrinfo: Servname not supported for ai_socktype
  [1]
  $ ip netns exec b sh -c 'nc -u -l -s 10.0.0.9 -p 6002'
  nc: Cannot assign requested address
  [1]
  $ ip netns exec b nstat -asz UdpInDatagrams UdpNoPorts
  #kernel
  UdpInDatagrams                  6                  0.0
  UdpNoPorts                      1                  0.0
  $ ip netns exec a nstat -asz UdpOutDatagrams IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              1                  0.0
  UdpOutDatagrams                 7                  0.0
