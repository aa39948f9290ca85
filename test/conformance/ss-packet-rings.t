ss -e on packet sockets shows the ring libpcap set up: TPACKET_V3 (ver:2) blocks of 256 KiB retiring after tcpdump's 1000 ms timeout, or with --immediate-mode TPACKET_V2 (ver:1) frames sized for the snapshot (an Ethernet device's MTU-or-64KiB plus 18 when it offloads, the header room of a raw or cooked socket); -b shows each socket's classic filter as tcpdump compiled it. Also ss's errors: unknown table and family names, filter words that do not parse, tables with nothing to show.
  $ ip netns add a
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n a link set lo up
  $ ip netns exec a tcpdump -n -i a0 -c 1000 --immediate-mode > o1 2> e1 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i any -c 1000 --immediate-mode > o2 2> e2 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i lo -c 1000 -s 100 > o3 2> e3 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i lo -c 1000 -s 100 --immediate-mode > o4 2> e4 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i a0 -c 1000 -p arp > o5 2> e5 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i a0 -c 1000 icmp > o6 2> e6 &
  $ sleep 0.3
  $ ip netns exec a ss -0 -e | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:INO sk:SK/; s/ +$//'
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *     ino:INO sk:SK
  	ver:1 cpy_thresh:0 flags( running auxdata )
  	ring_rx(blk_size:131072,blk_nr:32,frm_size:65632,frm_nr:32,tmo:0,features:0x0)
  p_dgr 0      0                  *:*                *     ino:INO sk:SK
  	ver:1 cpy_thresh:0 flags( running auxdata )
  	ring_rx(blk_size:524288,blk_nr:8,frm_size:262240,frm_nr:8,tmo:0,features:0x0)
  p_raw 0      0                  *:lo               *     ino:INO sk:SK
  	ver:2 cpy_thresh:0 flags( running auxdata )
  	ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0)
  p_raw 0      0                  *:lo               *     ino:INO sk:SK
  	ver:1 cpy_thresh:0 flags( running auxdata )
  	ring_rx(blk_size:4096,blk_nr:518,frm_size:176,frm_nr:11914,tmo:0,features:0x0)
  p_raw 0      0                  *:a0               *     ino:INO sk:SK
  	ver:2 cpy_thresh:0 flags( running auxdata )
  	ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0)
  p_raw 0      0                  *:a0               *     ino:INO sk:SK
  	ver:2 cpy_thresh:0 flags( running auxdata )
  	ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0)
  $ ip netns exec a ss -0 -b | sed -E 's/ +$//'
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *
  	bpf filter (1):  0x06 0 0 262144,
  p_dgr 0      0                  *:*                *
  	bpf filter (1):  0x06 0 0 262144,
  p_raw 0      0                  *:lo               *
  	bpf filter (1):  0x06 0 0 100,
  p_raw 0      0                  *:lo               *
  	bpf filter (1):  0x06 0 0 100,
  p_raw 0      0                  *:a0               *
  	bpf filter (4):  0x28 0 0 12, 0x15 0 1 2054, 0x06 0 0 262144, 0x06 0 0 0,
  p_raw 0      0                  *:a0               *
  	bpf filter (6):  0x28 0 0 12, 0x15 0 3 2048, 0x30 0 0 23, 0x15 0 1 1, 0x06 0 0 262144, 0x06 0 0 0,
  $ ip netns exec a ss -0 -e -b -O | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:INO sk:SK/; s/ +$//'
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *     ino:INO sk:SK ver:1 cpy_thresh:0 flags( running auxdata ) ring_rx(blk_size:131072,blk_nr:32,frm_size:65632,frm_nr:32,tmo:0,features:0x0) bpf filter (1):  0x06 0 0 262144,
  p_dgr 0      0                  *:*                *     ino:INO sk:SK ver:1 cpy_thresh:0 flags( running auxdata ) ring_rx(blk_size:524288,blk_nr:8,frm_size:262240,frm_nr:8,tmo:0,features:0x0) bpf filter (1):  0x06 0 0 262144,
  p_raw 0      0                  *:lo               *     ino:INO sk:SK ver:2 cpy_thresh:0 flags( running auxdata ) ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0) bpf filter (1):  0x06 0 0 100,
  p_raw 0      0                  *:lo               *     ino:INO sk:SK ver:1 cpy_thresh:0 flags( running auxdata ) ring_rx(blk_size:4096,blk_nr:518,frm_size:176,frm_nr:11914,tmo:0,features:0x0) bpf filter (1):  0x06 0 0 100,
  p_raw 0      0                  *:a0               *     ino:INO sk:SK ver:2 cpy_thresh:0 flags( running auxdata ) ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0) bpf filter (4):  0x28 0 0 12, 0x15 0 1 2054, 0x06 0 0 262144, 0x06 0 0 0,
  p_raw 0      0                  *:a0               *     ino:INO sk:SK ver:2 cpy_thresh:0 flags( running auxdata ) ring_rx(blk_size:262144,blk_nr:8,frm_size:262144,frm_nr:8,tmo:1000,features:0x0) bpf filter (6):  0x28 0 0 12, 0x15 0 3 2048, 0x30 0 0 23, 0x15 0 1 1, 0x06 0 0 262144, 0x06 0 0 0,
  $ ip netns exec a ss -0n src link:all:lo
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:lo               *           
  p_raw 0      0                  *:lo               *           
  $ ip netns exec a ss -0n dst '*'
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *           
  p_dgr 0      0                  *:*                *           
  p_raw 0      0                  *:lo               *           
  p_raw 0      0                  *:lo               *           
  p_raw 0      0                  *:a0               *           
  p_raw 0      0                  *:a0               *           
  $ ip netns exec a ss -0n sport \> :1
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *           
  p_raw 0      0                  *:a0               *           
  p_raw 0      0                  *:a0               *           
  $ ip netns exec a ss -0n sport \< :2
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_dgr 0      0                  *:*                *           
  p_raw 0      0                  *:lo               *           
  p_raw 0      0                  *:lo               *           
  $ kill %1 %2 %3 %4 %5 %6; wait
  $ ip netns exec a ss -0
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ss -A bogus 2>&1 | head -3
  ss: "bogus" is illegal socket table id
  Usage: ss [ OPTIONS ]
         ss [ OPTIONS ] [ FILTER ]
  $ ss -A tcp,bogus 2>&1 | head -1
  ss: "bogus" is illegal socket table id
  $ ss -f bogus 2>&1 | head -3
  ss: "bogus" is invalid family
  Usage: ss [ OPTIONS ]
         ss [ OPTIONS ] [ FILTER ]
  $ ss -A '!tcp'
  ss: no socket tables to show with such filter.
  $ ss -t -A '!tcp'
  ss: no socket tables to show with such filter.
  $ ss -t src 1.2.3.400
  Error: an inet prefix is expected rather than "1.2.3.400".
  Cannot parse dst/src address.
  [1]
  $ ss -t dport = :nosuchservice
  Error: "nosuchservice" does not look like a port.
  Cannot parse dst/src address.
  [1]
  $ ss -t src
  ss: bison bellows (while parsing filter): "syntax error!" Sorry.
  Usage: ss [ OPTIONS ]
         ss [ OPTIONS ] [ FILTER ]
     -h, --help          this message
     -V, --version       output version information
     -n, --numeric       don't resolve service names
     -r, --resolve       resolve host names
     -a, --all           display all sockets
     -l, --listening     display listening sockets
     -o, --options       show timer information
     -e, --extended      show detailed socket information
     -m, --memory        show socket memory usage
     -p, --processes     show process using socket
     -T, --threads       show thread using socket
     -i, --info          show internal TCP information
         --tipcinfo      show internal tipc socket information
     -s, --summary       show socket usage summary
         --tos           show tos and priority information
         --cgroup        show cgroup information
     -b, --bpf           show bpf filter socket information
     -E, --events        continually display sockets as they are destroyed
     -Z, --context       display task SELinux security contexts
     -z, --contexts      display task and socket SELinux security contexts
     -N, --net           switch to the specified network namespace name
  
     -4, --ipv4          display only IP version 4 sockets
     -6, --ipv6          display only IP version 6 sockets
     -0, --packet        display PACKET sockets
     -t, --tcp           display only TCP sockets
     -M, --mptcp         display only MPTCP sockets
     -S, --sctp          display only SCTP sockets
     -u, --udp           display only UDP sockets
     -d, --dccp          display only DCCP sockets
     -w, --raw           display only RAW sockets
     -x, --unix          display only Unix domain sockets
         --tipc          display only TIPC sockets
         --vsock         display only vsock sockets
         --xdp           display only XDP sockets
     -f, --family=FAMILY display sockets of type FAMILY
         FAMILY := {inet|inet6|link|unix|netlink|vsock|tipc|xdp|help}
  
     -K, --kill          forcibly close sockets, display what was closed
     -H, --no-header     Suppress header line
     -O, --oneline       socket's data printed on a single line
         --inet-sockopt  show various inet socket options
  
     -A, --query=QUERY, --socket=QUERY
         QUERY := {all|inet|tcp|mptcp|udp|raw|unix|unix_dgram|unix_stream|unix_seqpacket|packet|packet_raw|packet_dgram|netlink|dccp|sctp|vsock_stream|vsock_dgram|tipc|xdp}[,QUERY]
  
     -D, --diag=FILE     Dump raw information about TCP sockets to FILE
     -F, --filter=FILE   read filter information from FILE
         FILTER := [ state STATE-FILTER ] [ EXPRESSION ]
         STATE-FILTER := {all|connected|synchronized|bucket|big|TCP-STATES}
           TCP-STATES := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|closed|close-wait|last-ack|listening|closing}
            connected := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}
         synchronized := {established|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}
               bucket := {syn-recv|time-wait}
                  big := {established|syn-sent|fin-wait-{1,2}|closed|close-wait|last-ack|listening|closing}
  [255]
