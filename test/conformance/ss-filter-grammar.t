ss filter expressions (misc/ssfilter.y): every comparison word for sport/dport (eq ==, ne neq !=, lt <, gt >, le leq <=, ge geq >=), not/!, and/&, or/|, implicit and, src/dst with prefixes and ports, dev, fwmark, autobound (the port is both not bound by bind(), as the kernel's INET_DIAG_BC_AUTO sees it, and in ip_local_port_range, as ss's run_ssfilter() sees it: a bound port inside the range and a TIME_WAIT socket's port), a bind to a port connect() took (EADDRINUSE), and the parse errors.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a sysctl -qw net.ipv4.ip_local_port_range="45000 45000"
  $ ip netns exec b sh -c 'nc -k -l -s 10.0.0.2 -p 5000 > /dev/null 2>&1 & nc -k -l -p 5001 > /dev/null 2>&1 & nc -u -l -p 5002 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c '(sleep 3) | nc -p 40000 10.0.0.2 5000 > /dev/null 2>&1 & (sleep 3) | nc -p 40001 10.0.0.2 5001 > /dev/null 2>&1 & (sleep 3) | nc 10.0.0.2 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htan | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport eq :40000
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec a ss -Htan sport == :40001
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport ne :40000 | sort
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport neq :40000 | sort
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan 'sport != :40000' | sort
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport lt :40001
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec a ss -Htan 'sport < :40001'
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec a ss -Htan sport gt :40001
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan 'sport > :40001'
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport le :40001 | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport leq :40001 | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan 'sport <= :40000'
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec a ss -Htan sport ge :40001 | sort
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport geq :45000
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan 'sport >= :45001'
  $ ip netns exec a ss -Htan dport = :5001 | sort
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan dport lt :5001
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec a ss -Htan autobound
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan not autobound | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan '! autobound' | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan dport = :5001 and sport = :40001
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan dport = :5001 '&' not sport = :40001
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan dport = :5001 sport = :40001
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport = :40000 or autobound | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan 'sport = :40000 | sport = :40001' | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan 'not ( sport = :40000 or sport = :40001 )'
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport = :40000 or sport = :40001 and dport = :5001
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan sport = :40001 and dport = :5001 or sport = :40000 | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  $ ip netns exec a ss -Htan '(sport = :40000)'
  Error: an inet prefix is expected rather than "(sport".
  Cannot parse dst/src address.
  [1]
  $ ip netns exec a ss -Htan 'sport\ =\ :40000'
  Error: an inet prefix is expected rather than "sport = ".
  Cannot parse dst/src address.
  [1]
  $ ip netns exec a ss -Htan src = 10.0.0.1 dport eq :5000
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec a ss -Htan src != 10.0.0.1
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
  $ ip netns exec a ss -Htan fwmark '>' 1
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
  $ ip netns exec a ss -Htan fwmark = x
  Cannot parse mark x.
  [1]
  $ ip netns exec a sh -c '(sleep 3) | nc -p 45000 10.0.0.2 5000 > /dev/null 2>&1; echo rc=$?'
  rc=1
  $ ip netns exec a sysctl -qw net.ipv4.ip_local_port_range="40000 45000"
  $ ip netns exec a sh -c '(sleep 3) | nc -p 40005 10.0.0.2 5000 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htan autobound | sort
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan not autobound | sort
  $ ip netns exec a ss -Htan sport = :40005 or autobound | sort
  ESTAB 0      0      10.0.0.1:40005 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec a ss -Htan fwmark = 0x3/0x3 | sort
  $ ip netns exec a ss -Htan fwmark != 0x7 | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5001
  ESTAB 0      0      10.0.0.1:40005 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:45000 10.0.0.2:5001
  $ ip netns exec b sh -c 'nc -l -p 5003 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo x | nc -N -p 40006 10.0.0.2 5003; sleep 0.2'
  $ ip netns exec a ss -Htan state time-wait
  0      0      10.0.0.1:40006 10.0.0.2:5003
  $ ip netns exec a ss -Htan state time-wait autobound
  0      0      10.0.0.1:40006 10.0.0.2:5003
  $ ip netns exec a ss -Htan state time-wait not autobound
  $ ip netns exec b ss -Htuan 'src 10.0.0.2' | sort
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40005
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:40001
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:45000
  tcp LISTEN 1      1      10.0.0.2:5000  0.0.0.0:*    
  $ ip netns exec b ss -Htuan 'src 10.0.0.0/24' | sort
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40005
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:40001
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:45000
  tcp LISTEN 1      1      10.0.0.2:5000  0.0.0.0:*    
  $ ip netns exec b ss -Htuan 'src 10.0.0.2:5000' | sort
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40005
  tcp LISTEN 1      1      10.0.0.2:5000  0.0.0.0:*    
  $ ip netns exec b ss -Htuan 'src *:5001' | sort
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:40001
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:45000
  tcp LISTEN 1      1       0.0.0.0:5001  0.0.0.0:*    
  $ ip netns exec b ss -Htuan 'src 0.0.0.0' | sort
  tcp LISTEN 1      1      0.0.0.0:5001 0.0.0.0:*
  udp UNCONN 0      0      0.0.0.0:5002 0.0.0.0:*
  $ ip netns exec b ss -Htuan 'dst 10.0.0.1:40001' | sort
  tcp ESTAB 0      0      10.0.0.2:5001 10.0.0.1:40001
  $ ip netns exec b ss -Htuan 'dst 10.0.0.0/8' | sort
  tcp ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40005
  tcp ESTAB 0      0      10.0.0.2:5001 10.0.0.1:40001
  tcp ESTAB 0      0      10.0.0.2:5001 10.0.0.1:45000
  $ ip netns exec b ss -Htuan 'dst 10.0.1.0/24' | sort
  $ ip netns exec b ss -Htuan 'dst :40000' | sort
  tcp ESTAB 0      0      10.0.0.2:5000 10.0.0.1:40000
  $ ip netns exec b ss -Htuan dev b0 | sort
  $ ip netns exec b ss -Htuan dev = lo | sort
  $ ip netns exec b ss -Htuan dev != b0 | sort
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40005
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:40001
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:45000
  tcp LISTEN 1      1       0.0.0.0:5001  0.0.0.0:*    
  tcp LISTEN 1      1      10.0.0.2:5000  0.0.0.0:*    
  udp UNCONN 0      0       0.0.0.0:5002  0.0.0.0:*    
  $ ip netns exec b ss -Htuan dev nosuch
  Cannot parse device.
  [1]
  $ ip netns exec b ss -Htuan fwmark = 0 | sort
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40005
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:40001
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:45000
  tcp LISTEN 1      1       0.0.0.0:5001  0.0.0.0:*    
  tcp LISTEN 1      1      10.0.0.2:5000  0.0.0.0:*    
  udp UNCONN 0      0       0.0.0.0:5002  0.0.0.0:*    
  $ ip netns exec b ss -Htuan fwmark = 0x1/0xff | sort
  $ ip netns exec b ss -Htuan fwmark != 1 | sort
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40000
  tcp ESTAB  0      0      10.0.0.2:5000 10.0.0.1:40005
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:40001
  tcp ESTAB  0      0      10.0.0.2:5001 10.0.0.1:45000
  tcp LISTEN 1      1       0.0.0.0:5001  0.0.0.0:*    
  tcp LISTEN 1      1      10.0.0.2:5000  0.0.0.0:*    
  udp UNCONN 0      0       0.0.0.0:5002  0.0.0.0:*    
  $ ip netns exec b ss -Htuan sport = :bogus
  Error: "bogus" does not look like a port.
  Cannot parse dst/src address.
  [1]
  $ ip netns exec b ss -Htuan 'sport = :5000 or'
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
  $ ip netns exec b ss -Htuan 'dst 10.0.0.300'
  Error: an inet prefix is expected rather than "10.0.0.300".
  Cannot parse dst/src address.
  [1]
  $ ip netns exec b ss -Htuan 'dport = 5001' | sort
  $ ip netns exec b ss -Htuan 'sport = ssh'
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill; sleep 0.2



