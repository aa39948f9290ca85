net-tools netstat: -r (with -n, -e, -ee, names from /etc/hosts), -i (-a), and the TCP/UDP sockets with -t -u -l -a -n, -x.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add default via 10.0.0.2
  $ printf '127.0.0.1\tlocalhost\n10.0.0.2\th2\n' > hosts
  $ mount --bind hosts /etc/hosts
  $ ip netns exec a netstat -rn
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  0.0.0.0         10.0.0.2        0.0.0.0         UG        0 0          0 a0
  10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 a0
  $ ip netns exec a netstat -r
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  default         h2              0.0.0.0         UG        0 0          0 a0
  10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 a0
  $ ip netns exec a netstat -rne
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface
  0.0.0.0         10.0.0.2        0.0.0.0         UG    0      0        0 a0
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0
  $ ip netns exec a netstat -rnee
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
  0.0.0.0         10.0.0.2        0.0.0.0         UG    0      0        0 a0       0     0      0
  10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 a0       0     0      0
  $ ip netns exec a ping -c 2 -q 10.0.0.2 > /dev/null
  $ ip netns exec a netstat -i
  Kernel Interface table
  Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  a0               1500        3      0      0 0             3      0      0      0 BMRU
  lo              65536        0      0      0 0             0      0      0      0 LRU
  $ ip netns exec a ip link set a0 down
  $ ip netns exec a netstat -i
  Kernel Interface table
  Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  lo              65536        0      0      0 0             0      0      0      0 LRU
  $ ip netns exec a netstat -ia
  Kernel Interface table
  Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  a0               1500        3      0      0 0             3      0      0      0 BM
  lo              65536        0      0      0 0             0      0      0      0 LRU
  $ ip netns exec a ip link set a0 up
  $ ip netns exec b nc -l 5000 > /dev/null &
  $ ip netns exec b nc -u -l 6000 > /dev/null &
  $ sleep 0.5
  $ ip netns exec b netstat -tln
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  tcp        0      0 0.0.0.0:5000            0.0.0.0:*               LISTEN     
  $ ip netns exec b netstat -uln
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  udp        0      0 0.0.0.0:6000            0.0.0.0:*                          
  $ ip netns exec b netstat -tuln
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  tcp        0      0 0.0.0.0:5000            0.0.0.0:*               LISTEN     
  udp        0      0 0.0.0.0:6000            0.0.0.0:*                          
  $ ip netns exec b netstat -tl
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  tcp        0      0 0.0.0.0:5000            0.0.0.0:*               LISTEN     
  $ ip netns exec a nc -p 40000 10.0.0.2 5000 < /dev/null &
  $ sleep 0.5
  $ ip netns exec b netstat -tan
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  tcp        0      0 0.0.0.0:5000            0.0.0.0:*               LISTEN     
  tcp        0      0 10.0.0.2:5000           10.0.0.1:40000          ESTABLISHED
  $ ip netns exec b netstat -tn
  Active Internet connections (w/o servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  tcp        0      0 10.0.0.2:5000           10.0.0.1:40000          ESTABLISHED
  $ ip netns exec b netstat -ltun
  Active Internet connections (only servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  tcp        0      0 0.0.0.0:5000            0.0.0.0:*               LISTEN     
  udp        0      0 0.0.0.0:6000            0.0.0.0:*                          
  $ kill %1 %2 %3 2>/dev/null; wait
  $ ip netns exec a netstat -x
  Active UNIX domain sockets (w/o servers)
  Proto RefCnt Flags       Type       State         I-Node   Path
