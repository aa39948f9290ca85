/proc/net/icmp lists ICMP datagram ("ping") sockets only: its header (padded to 127 columns, ping_v4_seq_show()) and nothing while iputils ping runs as root on its raw socket (ping_group_range "1 0" keeps root out of datagram sockets), which /proc/net/raw and ss -4 -w show instead; ping -v names its socket types.
  $ ip netns add a
  $ ip -n a link set lo up
  $ ip netns exec a cat /proc/net/icmp | cat -A
    sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops             $
  $ ip netns exec a sysctl net.ipv4.ping_group_range
  net.ipv4.ping_group_range = 1	0
  $ ip netns exec a ping -c 3 -i 0.5 127.0.0.1 > out & sleep 0.3
  $ ip netns exec a cat /proc/net/icmp | wc -l
  1
  $ ip netns exec a cat /proc/net/raw | sed -E 's/ [0-9]+ 2 [0-9a-f]{16} / INODE 2 PTR /; s/^ +[0-9]+:/ SL:/'
    sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
   SL: 00000000:0001 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 INODE 2 PTR 0
  $ ip netns exec a ss -4 -w -a -n | sed -E 's/ +/ /g'
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0 0 0.0.0.0:1 0.0.0.0:* 
  $ wait; tail -3 out | sed -E 's/time [0-9]+ms/time T/; s/= .* ms$/= R ms/'
  --- 127.0.0.1 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time T
  rtt min/avg/max/mdev = R ms
  $ ip netns exec a ping -v -c 1 127.0.0.1 | head -4 | sed -E 's/time=[0-9.]+/time=T/; s/ident=[0-9]+/ident=N/'
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '127.0.0.1'
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ident=N ttl=64 time=T ms
  $ ip netns exec a grep -c . /proc/net/icmp
  1
