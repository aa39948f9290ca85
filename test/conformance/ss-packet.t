ss lists the namespace's AF_PACKET sockets (-0, -f link, -A packet|packet_raw|p_raw|packet_dgram|p_dgr), oldest first: tcpdump's SOCK_RAW capture on a device (p_raw, every protocol: `*:a0`), tcpdump -i any's cooked SOCK_DGRAM one (`*:*`), arping's ARP socket bound to its device (`arp:a0`, `[2054]:a0` with -n). Packet sockets are always UNCONN; -A's table names all list every packet socket (the netlink dump does not tell them apart); -p names their processes; filters compare the protocol as the address and the device as the port.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ss -0
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -0 -a
  Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a tcpdump -n -i a0 -c 1000 > out1 2> err1 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i any -c 1000 > out2 2> err2 &
  $ sleep 0.3
  $ ip netns exec a arping -q -w 30 -I a0 10.0.0.2 &
  $ sleep 0.3
  $ ip netns exec a ss -0
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *           
  p_dgr 0      0                  *:*                *           
  p_dgr 0      0                arp:a0               *           
  $ ip netns exec a ss -0n
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *           
  p_dgr 0      0                  *:*                *           
  p_dgr 0      0             [2054]:a0               *           
  $ ip netns exec a ss -0 -a
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -l
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -H
  p_raw 0      0        *:a0 *
  p_dgr 0      0        *:*  *
  p_dgr 0      0      arp:a0 *
  $ ip netns exec a ss --packet state listening
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -f link
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *           
  p_dgr 0      0                  *:*                *           
  p_dgr 0      0                arp:a0               *           
  $ ip netns exec a ss --family=link -a
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -A packet
  Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -A packet -l
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -A packet_raw -a
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0                  *:a0               *           
  UNCONN 0      0                  *:*                *           
  UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -A p_dgr,p_raw state all
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -A packet,tcp -a
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -t -a
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -p | sed -E 's/pid=[0-9]+/pid=N/g; s/ +$//'
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *     users:(("tcpdump",pid=N,fd=4))
  p_dgr 0      0                  *:*                *     users:(("tcpdump",pid=N,fd=4))
  p_dgr 0      0                arp:a0               *     users:(("arping",pid=N,fd=3))
  $ ip netns exec a ss -0 -a src arp
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -a src :a0
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -a src '*:*'
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -a src ip
  Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -0 -a sport = :a0
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -a sport = :2
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -a not sport = :a0
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_dgr UNCONN 0      0                  *:*                *           
  $ ip netns exec a ss -0 -a src link:all
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  $ ip netns exec a ss -0 -a src link:ALL:a0
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  $ ip netns exec a ss -0 -a src 0x0806
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_dgr UNCONN 0      0                arp:a0               *           
  $ ip netns exec a ss -0 -a sport = :bogus
  Cannot parse dst/src address.
  [1]
  $ ip netns exec a ss -0 -a src nosuchproto
  Cannot parse dst/src address.
  [1]
  $ ip netns exec a ss -a -n src 3.0.0.0 2> /dev/null
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw UNCONN 0      0                  *:a0               *           
  p_dgr UNCONN 0      0                  *:*                *           
  $ ip netns exec a ss -a -n src 6.8.0.0/16 2> /dev/null
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_dgr UNCONN 0      0             [2054]:a0               *           
  $ ip netns exec b ss -0
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a ss -0 -b
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess                            
  p_raw 0      0                  *:a0               *    
  	bpf filter (1):  0x06 0 0 262144,
  p_dgr 0      0                  *:*                *    
  	bpf filter (1):  0x06 0 0 262144,
  p_dgr 0      0                arp:a0               *                                       
  $ ip netns exec a ss -0 -e | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:INO sk:SK/; s/ +$//'
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *     ino:INO sk:SK
  	ver:2 cpy_thresh:0 flags( running auxdata )
  	ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0)
  p_dgr 0      0                  *:*                *     ino:INO sk:SK
  	ver:2 cpy_thresh:0 flags( running auxdata )
  	ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0)
  p_dgr 0      0                arp:a0               *     ino:INO sk:SK
  	ver:0 cpy_thresh:0 flags( running )
  $ ip netns exec a ss -0 -e -O | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:INO sk:SK/; s/ +$//'
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *     ino:INO sk:SK ver:2 cpy_thresh:0 flags( running auxdata ) ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0)
  p_dgr 0      0                  *:*                *     ino:INO sk:SK ver:2 cpy_thresh:0 flags( running auxdata ) ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0)
  p_dgr 0      0                arp:a0               *     ino:INO sk:SK ver:0 cpy_thresh:0 flags( running )
  $ ip netns exec a cat /proc/net/packet | sed -E 's/^[0-9a-f]{16}/PTR/; s/[0-9]+ *$/INO/'
  sk               RefCnt Type Proto  Iface R Rmem   User   Inode
  PTR 3      3    0003   2     1 0      0      INO
  PTR 3      2    0003   0     1 0      0      INO
  PTR 3      2    0806   2     1 0      0      INO
  $ kill %3; wait %3
  $ ip netns exec a ss -0
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *           
  p_dgr 0      0                  *:*                *           
  $ ip netns exec a cat /proc/net/packet | sed -E 's/^[0-9a-f]{16}/PTR/; s/[0-9]+ *$/INO/'
  sk               RefCnt Type Proto  Iface R Rmem   User   Inode
  PTR 3      3    0003   2     1 0      0      INO
  PTR 3      2    0003   0     1 0      0      INO
  $ kill %1 %2; wait
  $ ip netns exec a ss -0 -a
  Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec a cat /proc/net/packet
  sk               RefCnt Type Proto  Iface R Rmem   User   Inode
