A UDP socket nobody reads (socat -u sends from its stdin and never reads its socket) with a small SO_RCVBUF: datagrams queue until sk_rmem_alloc passes sk_rcvbuf, the rest are dropped (UdpRcvbufErrors and UdpInErrors, the drops column of /proc/net/udp, skmem d in ss -m, Recv-Q in ss); the default-sized buffer takes them all.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'sleep 5 | socat -u - UDP-SENDTO:10.0.0.1:9,sourceport=7000,rcvbuf=1000 & sleep 0.3'
  $ ip netns exec b sh -c 'sleep 5 | socat -u - UDP-SENDTO:10.0.0.1:9,sourceport=7001 & sleep 0.3'
  $ ip netns exec b ss -uanm
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess                                         
  UNCONN 0      0            0.0.0.0:7000      0.0.0.0:*   
  	 skmem:(r0,rb2304,t0,tb212992,f0,w0,o0,bl0,d0)
  UNCONN 0      0            0.0.0.0:7001      0.0.0.0:*   
  	 skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl0,d0)
  $ ip netns exec a sh -c 'for i in $(seq 1 8); do echo datagram-$i | socat -u - UDP:10.0.0.2:7000; done'
  $ ip netns exec a sh -c 'for i in $(seq 1 8); do echo datagram-$i | socat -u - UDP:10.0.0.2:7001; done'
  $ ip netns exec b ss -uanm
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess                                               
  UNCONN 1664   0            0.0.0.0:7000      0.0.0.0:*   
  	 skmem:(r1664,rb2304,t0,tb212992,f2432,w0,o0,bl0,d6)
  UNCONN 6656   0            0.0.0.0:7001      0.0.0.0:*   
  	 skmem:(r6656,rb212992,t0,tb212992,f1536,w0,o0,bl0,d0)
  $ ip netns exec b ss -Hun sport = :7000
  $ ip netns exec b nstat -asz UdpInDatagrams UdpRcvbufErrors UdpInErrors UdpNoPorts
  #kernel
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpInErrors                     6                  0.0
  UdpRcvbufErrors                 6                  0.0
  $ ip netns exec b sed -E 's/^ *[0-9]+: //; s/ [0-9]+ [0-9]+ [0-9a-f]{16} / X /; s/ +$//' /proc/net/udp
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
  00000000:1B58 00000000:0000 07 00000000:00000680 00:00000000 00000000     0        0 X 6
  00000000:1B59 00000000:0000 07 00000000:00001A00 00:00000000 00000000     0        0 X 0
  $ ip netns exec b grep -A1 Udp: /proc/net/snmp
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 6 0 6 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  $ ip netns exec a sh -c 'printf %01000d 0 | socat -u - UDP:10.0.0.2:7000'
  $ ip netns exec b ss -Huanm sport = :7000
  UNCONN 1664   0      0.0.0.0:7000 0.0.0.0:*
  	 skmem:(r1664,rb2304,t0,tb212992,f2432,w0,o0,bl0,d7)
  $ ip netns exec b nstat -asz UdpRcvbufErrors UdpInErrors
  #kernel
  UdpInErrors                     7                  0.0
  UdpRcvbufErrors                 7                  0.0
  $ sleep 5
  $ ip netns exec b ss -Huan
