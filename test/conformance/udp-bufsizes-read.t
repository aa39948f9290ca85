UDP buffer sizes and the receive memory once read: SO_RCVBUF/SO_SNDBUF doubled, floored (2304, 4608) and the default of a new socket (rmem_default, wmem_default: not writable from a namespace other than the first, EINVAL); a reader that took its datagrams keeps one page forward-allocated (skmem f4096); a big datagram fits an empty queue even past a small buffer; Recv-Q and skmem with the truesize of each size.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl net.core.rmem_default net.core.wmem_default
  net.core.rmem_default = 212992
  net.core.wmem_default = 212992
  $ ip netns exec b sh -c 'socat -u UDP-RECV:7000,rcvbuf=0,sndbuf=0 - > o0 & sleep 0.2'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:7001,rcvbuf=100000,sndbuf=5000 - > o1 & sleep 0.2'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:7002,rcvbuf=1153,sndbuf=2305 - > o2 & sleep 0.2'
  $ ip netns exec b sysctl -w net.core.rmem_default=65536
  sysctl: setting key "net.core.rmem_default": Invalid argument
  $ ip netns exec b sysctl -w net.core.wmem_default=32768
  sysctl: setting key "net.core.wmem_default": Invalid argument
  $ ip netns exec b sysctl net.core.rmem_default net.core.wmem_default
  net.core.rmem_default = 212992
  net.core.wmem_default = 212992
  $ ip netns exec b sh -c 'socat -u UDP-RECV:7003 - > o3 & sleep 0.2'
  $ ip netns exec b ss -Huanm | sed -n 'N;s/\n/ /;p' | sort
  UNCONN 0      0      0.0.0.0:7000 0.0.0.0:* 	 skmem:(r0,rb2304,t0,tb4608,f0,w0,o0,bl0,d0)   
  UNCONN 0      0      0.0.0.0:7001 0.0.0.0:* 	 skmem:(r0,rb200000,t0,tb10000,f0,w0,o0,bl0,d0)
  UNCONN 0      0      0.0.0.0:7002 0.0.0.0:* 	 skmem:(r0,rb2306,t0,tb4610,f0,w0,o0,bl0,d0)   
  UNCONN 0      0      0.0.0.0:7003 0.0.0.0:* 	 skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl0,d0)
  $ ip netns exec a sh -c 'for p in 7000 7001 7002 7003; do echo hi | socat -u - UDP:10.0.0.2:$p; done'
  $ ip netns exec a sh -c 'printf %03000d 0 | socat -u - UDP:10.0.0.2:7000'
  $ ip netns exec a sh -c 'printf %01400d 0 | socat -u - UDP:10.0.0.2:7001'
  $ sleep 0.3; ip netns exec b ss -Huanm | sed -n 'N;s/\n/ /;p' | sort
  UNCONN 0      0      0.0.0.0:7000 0.0.0.0:* 	 skmem:(r0,rb2304,t0,tb4608,f4096,w0,o0,bl0,d0)   
  UNCONN 0      0      0.0.0.0:7001 0.0.0.0:* 	 skmem:(r0,rb200000,t0,tb10000,f4096,w0,o0,bl0,d0)
  UNCONN 0      0      0.0.0.0:7002 0.0.0.0:* 	 skmem:(r0,rb2306,t0,tb4610,f4096,w0,o0,bl0,d0)   
  UNCONN 0      0      0.0.0.0:7003 0.0.0.0:* 	 skmem:(r0,rb212992,t0,tb212992,f4096,w0,o0,bl0,d0)
  $ ip netns exec b sh -c 'sleep 3 | socat -u - UDP-SENDTO:10.0.0.1:9,sourceport=7005,rcvbuf=2000 & sleep 0.2'
  $ ip netns exec a sh -c 'printf %05000d 0 | socat -b 9000 -u - UDP:10.0.0.2:7005'
  $ ip netns exec a sh -c 'echo small | socat -u - UDP:10.0.0.2:7005'
  $ ip netns exec b ss -Huanm sport = :7005
  UNCONN 8192   0      0.0.0.0:7005 0.0.0.0:*
  	 skmem:(r8192,rb4000,t0,tb212992,f0,w0,o0,bl0,d1)
  $ ip netns exec b sh -c 'sleep 3 | socat -u - UDP-SENDTO:10.0.0.1:9,sourceport=7006,rcvbuf=4000 & sleep 0.2'
  $ ip netns exec a sh -c 'for n in 1 100 200 300 1000 1472; do printf %0${n}d 0 | socat -u - UDP:10.0.0.2:7006; done'
  $ ip netns exec b ss -Huanm sport = :7006
  UNCONN 6528   0      0.0.0.0:7006 0.0.0.0:*
  	 skmem:(r6528,rb8000,t0,tb212992,f1664,w0,o0,bl0,d1)
  $ ip netns exec a sh -c 'printf %01472d 0 | socat -u - UDP:10.0.0.2:7003'
  $ ip netns exec a sh -c 'printf %00100d 0 | socat -u - UDP:10.0.0.2:7003'
  $ sleep 0.3; ip netns exec b ss -Huanm sport = :7003
  UNCONN 0      0      0.0.0.0:7003 0.0.0.0:*
  	 skmem:(r0,rb212992,t0,tb212992,f4096,w0,o0,bl0,d0)
  $ ip netns exec b nstat -asz UdpInDatagrams UdpRcvbufErrors
  #kernel
  UdpInDatagrams                  8                  0.0
  UdpRcvbufErrors                 2                  0.0
  $ ip netns exec b wc -c o0 o1 o2 o3
  3003 o0
  1403 o1
     3 o2
  1575 o3
  5984 total
