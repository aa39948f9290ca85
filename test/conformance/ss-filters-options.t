ss filters, summary, timers, extended info.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l 10.0.0.2 5000 >/dev/null &'
  $ ip netns exec b sh -c 'nc -k -l 5002 >/dev/null &'
  $ ip netns exec b sh -c 'nc -u -l 10.0.0.2 5001 >/dev/null &'
  $ sleep 0.2
  $ ip netns exec a sh -c 'sleep 2 | nc -p 40000 10.0.0.2 5000 &'
  $ sleep 0.3
  $ ip netns exec b ss -tln | sort
  LISTEN 0      1            0.0.0.0:5002      0.0.0.0:*          
  LISTEN 0      1           10.0.0.2:5000      0.0.0.0:*          
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec b ss -uln | sort
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0           10.0.0.2:5001      0.0.0.0:*          
  $ ip netns exec b ss -tan | sort
  ESTAB  0      0           10.0.0.2:5000     10.0.0.1:40000       
  LISTEN 0      1            0.0.0.0:5002      0.0.0.0:*           
  LISTEN 0      1           10.0.0.2:5000      0.0.0.0:*           
  State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ ip netns exec b ss -tn state established | sort
  0      0           10.0.0.2:5000     10.0.0.1:40000       
  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ ip netns exec b ss -tn state listening | sort
  0      1            0.0.0.0:5002      0.0.0.0:*          
  0      1           10.0.0.2:5000      0.0.0.0:*          
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec b ss -tan 'sport = :5000' | sort
  ESTAB  0      0           10.0.0.2:5000     10.0.0.1:40000       
  LISTEN 0      1           10.0.0.2:5000      0.0.0.0:*           
  State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ ip netns exec b ss -tan 'dport = :40000' | sort
  ESTAB 0      0           10.0.0.2:5000     10.0.0.1:40000       
  State Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ ip netns exec b ss -tan '( sport = :5000 or sport = :5002 )' | sort
  ESTAB  0      0           10.0.0.2:5000     10.0.0.1:40000       
  LISTEN 0      1            0.0.0.0:5002      0.0.0.0:*           
  LISTEN 0      1           10.0.0.2:5000      0.0.0.0:*           
  State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ ip netns exec b ss -tan 'src 10.0.0.2' | sort
  ESTAB  0      0           10.0.0.2:5000     10.0.0.1:40000       
  LISTEN 0      1           10.0.0.2:5000      0.0.0.0:*           
  State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ ip netns exec b ss -tan 'dst 10.0.0.1/32' | sort
  ESTAB 0      0           10.0.0.2:5000     10.0.0.1:40000       
  State Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ ip netns exec b ss -tan 'sport > :5001' | sort
  LISTEN 0      1            0.0.0.0:5002      0.0.0.0:*          
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec b ss -tan 'sport bogus'
  Error: "bogus" does not look like a port.
  Cannot parse dst/src address.
  [1]
  $ ip netns exec b ss -tn -o | sed -E 's/timer:\([^)]*\)/timer:(T)/'
  State Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  ESTAB 0      0           10.0.0.2:5000     10.0.0.1:40000       
  $ ip netns exec a ss -tn -o | sed -E 's/timer:\([^)]*\)/timer:(T)/'
  State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
  ESTAB 0      0           10.0.0.1:40000     10.0.0.2:5000       
  $ ip netns exec b ss -4 -tan | sort
  ESTAB  0      0           10.0.0.2:5000     10.0.0.1:40000       
  LISTEN 0      1            0.0.0.0:5002      0.0.0.0:*           
  LISTEN 0      1           10.0.0.2:5000      0.0.0.0:*           
  State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ ip netns exec b ss -tanH | sort
  ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  LISTEN 0      1       0.0.0.0:5002  0.0.0.0:*    
  LISTEN 0      1      10.0.0.2:5000  0.0.0.0:*    
  $ ip netns exec b ss -ta -n -x | sort
  Netid State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  tcp   ESTAB  0      0           10.0.0.2:5000     10.0.0.1:40000       
  tcp   LISTEN 0      1            0.0.0.0:5002      0.0.0.0:*           
  tcp   LISTEN 0      1           10.0.0.2:5000      0.0.0.0:*           
  $ ip netns exec b ss -w -n | sort
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec b ss --bogus
  ss: unrecognized option '--bogus'
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
  $ ip netns exec b ss -tan state bogus
  ss: wrong state name: bogus
  [255]
  $ ip netns exec b ss -tan exclude listening | sort
  ESTAB 0      0           10.0.0.2:5000     10.0.0.1:40000       
  State Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ sleep 2.5
  $ ip netns exec a ss -tan | sed -E 's/:[0-9]+ +$/:P/'
  State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
  ESTAB 0      0           10.0.0.1:40000     10.0.0.2:P
  $ ip netns exec a ss -tan state time-wait -o | sed -E 's/timer:\([^)]*\)/timer:(T)/'
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess

