ss socket selections: -A with each query word and lists, -f families (inet, link, unix), -4/-0/-w/-x/-t/-u combined with -l and -a, an unknown query or family, -f help.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'nc -k -l -p 5000 > /dev/null 2>&1 & nc -u -l -p 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(sleep 3) | nc -p 40000 10.0.0.2 5000 > /dev/null 2>&1 & (sleep 3) | nc -u -p 40001 10.0.0.2 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Hn -A tcp | sort
  ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40000
  $ ip netns exec b ss -Hn -A udp | sort
  $ ip netns exec b ss -Hna -A tcp,udp | sort
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  udp UNCONN 0      0       0.0.0.0:5001  0.0.0.0:*    
  $ ip netns exec b ss -Hna -A inet | sort
  RTNETLINK answers: Invalid argument
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  udp UNCONN 0      0       0.0.0.0:5001  0.0.0.0:*    
  $ ip netns exec b ss -Hna --query=udp,tcp | sort
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  udp UNCONN 0      0       0.0.0.0:5001  0.0.0.0:*    
  $ ip netns exec b ss -Hna --socket=tcp | sort
  ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  $ ip netns exec b ss -Hna -A raw
  $ ip netns exec b ss -Hna -A bogus
  ss: "bogus" is illegal socket table id
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
  $ ip netns exec b ss -Hna -A tcp,bogus
  ss: "bogus" is illegal socket table id
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
  $ ip netns exec b ss -Hna -f inet | sort
  RTNETLINK answers: Invalid argument
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  udp UNCONN 0      0       0.0.0.0:5001  0.0.0.0:*    
  $ ip netns exec b ss -Hna -f inet -t | sort
  ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  $ ip netns exec b ss -Hna -f link
  $ ip netns exec b ss -Hna -f unix
  $ ip netns exec b ss -Hna -f bogus
  ss: "bogus" is invalid family
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
  $ ip netns exec b ss -f help
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
  $ ip netns exec b ss -Hna -4 | sort
  RTNETLINK answers: Invalid argument
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp LISTEN 0      1       0.0.0.0:5000  0.0.0.0:*    
  udp UNCONN 0      0       0.0.0.0:5001  0.0.0.0:*    
  $ ip netns exec b ss -Hnl -4 | sort
  RTNETLINK answers: Invalid argument
  tcp LISTEN 0      1      0.0.0.0:5000 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec b ss -Hn -t -u | sort
  tcp ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40000
  $ ip netns exec b ss -Hnl -t -u | sort
  tcp LISTEN 0      1      0.0.0.0:5000 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5001 0.0.0.0:*
  $ ip netns exec b ss -Hna -t -l | sort
  LISTEN 0      1      0.0.0.0:5000 0.0.0.0:*
  $ ip netns exec b ss -Hna -0
  $ ip netns exec b ss -Hna -w
  $ ip netns exec b ss -Hna -x
  $ ip netns exec b ss -n -A tcp | sort
  ESTAB 0      0           10.0.0.2:5000     10.0.0.1:40000       
  State Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  $ ip netns exec b ss -nl -A udp
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:5001      0.0.0.0:*          
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill; sleep 0.2
