ss state names and exclusions over TCP sockets in LISTEN, ESTABLISHED and TIME-WAIT (connected, synchronized, bucket, big, all, closed, time-wait; exclude), -o timers, port comparisons and ranges in filter expressions, negation, -A and -f selections, and the filter errors.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -p 7000 > /dev/null & nc -l -p 7001 > /dev/null & nc -k -l -p 7002 > /dev/null & sleep 0.3'
  $ sleep 5 | ip netns exec a nc -p 41000 10.0.0.2 7000 &
  $ echo x | ip netns exec a nc -N -p 41001 10.0.0.2 7001
  $ sleep 0.3
  $ ip netns exec a ss -Htan | sort
  ESTAB     0      0      10.0.0.1:41000 10.0.0.2:7000
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:7001
  $ ip netns exec a ss -Htn state connected | sort
  ESTAB     0      0      10.0.0.1:41000 10.0.0.2:7000
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:7001
  $ ip netns exec a ss -Htn state synchronized | sort
  ESTAB     0      0      10.0.0.1:41000 10.0.0.2:7000
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:7001
  $ ip netns exec a ss -Htn state bucket | sort
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:7001
  $ ip netns exec a ss -Htn state big | sort
  ESTAB 0      0      10.0.0.1:41000 10.0.0.2:7000
  $ ip netns exec a ss -Htn state time-wait
  0      0      10.0.0.1:41001 10.0.0.2:7001
  $ ip netns exec a ss -Htn state all exclude established | sort
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:7001
  $ ip netns exec a ss -Htn exclude time-wait | sort
  ESTAB 0      0      10.0.0.1:41000 10.0.0.2:7000
  $ ip netns exec a ss -Htn state closed
  $ ip netns exec a ss -Htno state time-wait | sed -E 's/timer:\(timewait,[0-9.]+sec,0\)/timer:(timewait,Tsec,0)/'
  0      0      10.0.0.1:41001 10.0.0.2:7001 timer:(timewait,Tsec,0)
  $ ip netns exec b ss -Htano | sort
  ESTAB  0      0      10.0.0.2:7000 10.0.0.1:41000
  LISTEN 0      1       0.0.0.0:7000  0.0.0.0:*    
  LISTEN 0      1       0.0.0.0:7002  0.0.0.0:*    
  $ ip netns exec b ss -Htan 'sport >= :7001' | sort
  LISTEN 0      1      0.0.0.0:7002 0.0.0.0:*
  $ ip netns exec b ss -Htan 'sport > :7000 and sport < :7002' | sort
  $ ip netns exec b ss -Htan 'dport != :0' | sort
  ESTAB 0      0      10.0.0.2:7000 10.0.0.1:41000
  $ ip netns exec b ss -Htan '! sport = :7002' | sort
  ESTAB  0      0      10.0.0.2:7000 10.0.0.1:41000
  LISTEN 0      1       0.0.0.0:7000  0.0.0.0:*    
  $ ip netns exec b ss -Htan 'not ( sport = :7000 or sport = :7001 )' | sort
  LISTEN 0      1      0.0.0.0:7002 0.0.0.0:*
  $ ip netns exec b ss -Htan 'dport = :41000 or dport = :41001' | sort
  ESTAB 0      0      10.0.0.2:7000 10.0.0.1:41000
  $ ip netns exec b ss -Htan dst 10.0.0.1 | sort
  ESTAB 0      0      10.0.0.2:7000 10.0.0.1:41000
  $ ip netns exec b ss -Htan src 10.0.0.2/32 | sort
  ESTAB 0      0      10.0.0.2:7000 10.0.0.1:41000
  $ ip netns exec b ss -Han -A tcp,udp | sort
  tcp ESTAB  0      0      10.0.0.2:7000 10.0.0.1:41000
  tcp LISTEN 0      1       0.0.0.0:7000  0.0.0.0:*    
  tcp LISTEN 0      1       0.0.0.0:7002  0.0.0.0:*    
  $ ip netns exec b ss -Han -f inet -t | sort
  ESTAB  0      0      10.0.0.2:7000 10.0.0.1:41000
  LISTEN 0      1       0.0.0.0:7000  0.0.0.0:*    
  LISTEN 0      1       0.0.0.0:7002  0.0.0.0:*    
  $ ip netns exec b ss -Htan state bogus
  ss: wrong state name: bogus
  [255]
  $ ip netns exec b ss -Htan 'sport = :7000 and'
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
  $ ip netns exec b ss -Htan 'sport = :99999'
  $ ip netns exec b ss -Han -A foo
  ss: "foo" is illegal socket table id
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
  $ ip netns exec b ss -Han -f foo
  ss: "foo" is invalid family
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
