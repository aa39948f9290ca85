ping, arping, traceroute, nc and bridge with bad options and values: counts, intervals, sizes, TTLs, timeouts, devices, sources, patterns, ports, unknown options and objects; each message and exit status by echo $?.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up; ip link set b0 up; ip link set lo up; ip addr add 10.0.0.1/24 dev a0
  $ ping -c 0 127.0.0.1; echo $?
  ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807
  1
  $ ping -c -1 127.0.0.1; echo $?
  ping: invalid argument: '-1': out of range: 1 <= value <= 9223372036854775807
  1
  $ ping -c foo 127.0.0.1; echo $?
  ping: invalid argument: 'foo'
  1
  $ ping -c 1 -i foo 127.0.0.1; echo $?
  ping: option argument contains garbage: foo
  ping: this will become fatal error in the future
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  0
  $ ping -c 1 -i 0.001 127.0.0.1 | head -1; echo $?
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  0
  $ ping -c 1 -s -1 127.0.0.1; echo $?
  ping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  1
  $ ping -c 1 -s 65508 127.0.0.1; echo $?
  PING 127.0.0.1 (127.0.0.1) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=65535
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  
  1
  $ ping -c 1 -s 65507 127.0.0.1 | tail -1 | sed -E 's/= .*/= */'; echo $?
  rtt min/avg/max/mdev = *
  0
  $ ping -c 1 -t 0 127.0.0.1; echo $?
  ping: cannot set unicast time-to-live: Invalid argument
  2
  $ ping -c 1 -t 256 127.0.0.1; echo $?
  ping: invalid argument: '256': out of range: 0 <= value <= 255
  1
  $ ping -c 1 -W foo 127.0.0.1; echo $?
  ping: option argument contains garbage: foo
  ping: this will become fatal error in the future
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  0
  $ ping -c 1 -w -1 127.0.0.1; echo $?
  ping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  1
  $ ping -c 1 -I nosuch 127.0.0.1; echo $?
  ping: SO_BINDTODEVICE nosuch: No such device
  2
  $ ping -c 1 -I 10.9.9.9 127.0.0.1; echo $?
  ping: bind: Cannot assign requested address
  2
  $ ping -c 1 -Q 300 127.0.0.1; echo $?
  ping: the decimal value of TOS bits must be in range 0-255: 300
  2
  $ ping -c 1 -p zz 127.0.0.1; echo $?
  ping: patterns must be specified as hex digits: zz
  2
  $ ping -c 1 -M foo 127.0.0.1; echo $?
  ping: invalid -M argument: foo
  2
  $ ping -c 1 -l 70000 127.0.0.1; echo $?
  ping: invalid argument: '70000': out of range: 1 <= value <= 65536
  1
  $ ping -Z 127.0.0.1; echo $?
  ping: invalid option -- 'Z'
  
  Usage
    ping [options] <destination>
  
  Options:
    <destination>      dns name or ip address
    -a                 use audible ping
    -A                 use adaptive ping
    -B                 sticky source address
    -c <count>         stop after <count> replies
    -C                 call connect() syscall on socket creation
    -D                 print timestamps
    -d                 use SO_DEBUG socket option
    -e <identifier>    define identifier for ping session, default is random for
                       SOCK_RAW and kernel defined for SOCK_DGRAM
                       Imply using SOCK_RAW (for IPv4 only for identifier 0)
    -f                 flood ping
    -h                 print help and exit
    -I <interface>     either interface name or address
    -i <interval>      seconds between sending each packet
    -L                 suppress loopback of multicast packets
    -l <preload>       send <preload> number of packages while waiting replies
    -m <mark>          tag the packets going out
    -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>
    -n                 no dns name resolution
    -O                 report outstanding replies
    -p <pattern>       contents of padding byte
    -q                 quiet output
    -Q <tclass>        use quality of service <tclass> bits
    -s <size>          use <size> as number of data bytes to be sent
    -S <size>          use <size> as SO_SNDBUF socket option value
    -t <ttl>           define time to live
    -U                 print user-to-user latency
    -v                 verbose output
    -V                 print version and exit
    -w <deadline>      reply wait <deadline> in seconds
    -W <timeout>       time to wait for response
  
  IPv4 options:
    -4                 use IPv4
    -b                 allow pinging broadcast
    -R                 record route
    -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>
  
  IPv6 options:
    -6                 use IPv6
    -F <flowlabel>     define flow label, default is random
    -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument
  
  For more details see ping(8).
  2
  $ ping; echo $?
  ping: usage error: Destination address required
  1
  $ ping -c 1 999.1.1.1; echo $?
  ping: 999.1.1.1: Temporary failure in name resolution
  2
  $ ping -c 1 127.0.0.1 127.0.0.2; echo $?
  ping: record route: Operation not permitted
  2
  $ ping -c 1 10.5.5.5; echo $?
  ping: connect: Network is unreachable
  2
  $ arping; echo $?
  
  Usage:
    arping [options] <destination>
  
  Options:
    -f            quit on first reply
    -q            be quiet
    -b            keep on broadcasting, do not unicast
    -D            duplicate address detection mode
    -U            unsolicited ARP mode, update your neighbours
    -A            ARP answer mode, update your neighbours
    -V            print version and exit
    -c <count>    how many packets to send
    -w <timeout>  how long to wait for a reply
    -i <interval> set interval between packets (default: 1 second)
    -I <device>   which ethernet device to use
    -s <source>   source ip address
    <destination> dns name or ip address
  
  For more details see arping(8).
  2
  $ arping -c 1 10.0.0.2; echo $?
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ arping -I nosuch -c 1 10.0.0.2; echo $?
  arping: Device nosuch not available.
  2
  $ arping -I a0 -c foo 10.0.0.2; echo $?
  arping: invalid argument: 'foo'
  1
  $ arping -I a0 -c 1 -w foo 10.0.0.2; echo $?
  arping: invalid argument: 'foo'
  1
  $ arping -I a0 -c 1 -s 10.9.9.9 10.0.0.2; echo $?
  arping: bind: Cannot assign requested address
  2
  $ arping -I a0 -c 1 999.0.0.1; echo $?
  arping: 999.0.0.1: Name or service not known
  2
  $ arping -I a0 -Z 10.0.0.2; echo $?
  arping: invalid option -- 'Z'
  
  Usage:
    arping [options] <destination>
  
  Options:
    -f            quit on first reply
    -q            be quiet
    -b            keep on broadcasting, do not unicast
    -D            duplicate address detection mode
    -U            unsolicited ARP mode, update your neighbours
    -A            ARP answer mode, update your neighbours
    -V            print version and exit
    -c <count>    how many packets to send
    -w <timeout>  how long to wait for a reply
    -i <interval> set interval between packets (default: 1 second)
    -I <device>   which ethernet device to use
    -s <source>   source ip address
    <destination> dns name or ip address
  
  For more details see arping(8).
  2
  $ arping -I lo -c 1 127.0.0.2; echo $?
  Interface "lo" is not ARPable
  2
  $ traceroute; echo $?
  Usage:
    traceroute [ -46dFITnreAUDV ] [ -f first_ttl ] [ -g gate,... ] [ -i device ] [ -m max_ttl ] [ -N squeries ] [ -p port ] [ -t tos ] [ -l flow_label ] [ -w MAX,HERE,NEAR ] [ -q nqueries ] [ -s src_addr ] [ -z sendwait ] [ --fwmark=num ] host [ packetlen ]
  Options:
    -4                          Use IPv4
    -6                          Use IPv6
    -d  --debug                 Enable socket level debugging
    -F  --dont-fragment         Do not fragment packets
    -f first_ttl  --first=first_ttl
                                Start from the first_ttl hop (instead from 1)
    -g gate,...  --gateway=gate,...
                                Route packets through the specified gateway
                                (maximum 8 for IPv4 and 127 for IPv6)
    -I  --icmp                  Use ICMP ECHO for tracerouting
    -T  --tcp                   Use TCP SYN for tracerouting (default port is 80)
    -i device  --interface=device
                                Specify a network interface to operate with
    -m max_ttl  --max-hops=max_ttl
                                Set the max number of hops (max TTL to be
                                reached). Default is 30
    -N squeries  --sim-queries=squeries
                                Set the number of probes to be tried
                                simultaneously (default is 16)
    -n                          Do not resolve IP addresses to their domain names
    -p port  --port=port        Set the destination port to use. It is either
                                initial udp port value for "default" method
                                (incremented by each probe, default is 33434), or
                                initial seq for "icmp" (incremented as well,
                                default from 1), or some constant destination
                                port for other methods (with default of 80 for
                                "tcp", 53 for "udp", etc.)
    -t tos  --tos=tos           Set the TOS (IPv4 type of service) or TC (IPv6
                                traffic class) value for outgoing packets
    -l flow_label  --flowlabel=flow_label
                                Use specified flow_label for IPv6 packets
    -w MAX,HERE,NEAR  --wait=MAX,HERE,NEAR
                                Wait for a probe no more than HERE (default 3)
                                times longer than a response from the same hop,
                                or no more than NEAR (default 10) times than some
                                next hop, or MAX (default 5.0) seconds (float
                                point values allowed too)
    -q nqueries  --queries=nqueries
                                Set the number of probes per each hop. Default is
                                3
    -r                          Bypass the normal routing and send directly to a
                                host on an attached network
    -s src_addr  --source=src_addr
                                Use source src_addr for outgoing packets
    -z sendwait  --sendwait=sendwait
                                Minimal time interval between probes (default 0).
                                If the value is more than 10, then it specifies a
                                number in milliseconds, else it is a number of
                                seconds (float point values allowed too)
    -e  --extensions            Show ICMP extensions (if present), including MPLS
    -A  --as-path-lookups       Perform AS path lookups in routing registries and
                                print results directly after the corresponding
                                addresses
    -M name  --module=name      Use specified module (either builtin or external)
                                for traceroute operations. Most methods have
                                their shortcuts (`-I' means `-M icmp' etc.)
    -O OPTS,...  --options=OPTS,...
                                Use module-specific option OPTS for the
                                traceroute module. Several OPTS allowed,
                                separated by comma. If OPTS is "help", print info
                                about available options
    --sport=num                 Use source port num for outgoing packets. Implies
                                `-N 1'
    --fwmark=num                Set firewall mark for outgoing packets
    -U  --udp                   Use UDP to particular port for tracerouting
                                (instead of increasing the port per each probe),
                                default port is 53
    -UL                         Use UDPLITE for tracerouting (default dest port
                                is 53)
    -D  --dccp                  Use DCCP Request for tracerouting (default port
                                is 33434)
    -P prot  --protocol=prot    Use raw packet of protocol prot for tracerouting
    --mtu                       Discover MTU along the path being traced. Implies
                                `-F -N 1'
    --back                      Guess the number of hops in the backward path and
                                print if it differs
    -V  --version               Print version info and exit
    --help                      Read this help and exit
  
  Arguments:
  +     host          The host to traceroute to
        packetlen     The full packet length (default is the length of an IP
                      header plus 40). Can be ignored or increased to a minimal
                      allowed value
  0
  $ traceroute -m 0 127.0.0.1; echo $?
  first hop out of range
  2
  $ traceroute -m 256 127.0.0.1; echo $?
  max hops cannot be more than 255
  2
  $ traceroute -f 5 -m 3 127.0.0.1; echo $?
  first hop out of range
  2
  $ traceroute -q 0 127.0.0.1; echo $?
  no more than 10 probes per hop
  2
  $ traceroute -q 11 127.0.0.1; echo $?
  no more than 10 probes per hop
  2
  $ traceroute -w foo 127.0.0.1; echo $?
  Cannot handle `-w' option with arg `foo' (argc 2)
  2
  $ traceroute -p foo 127.0.0.1; echo $?
  Cannot handle `-p' option with arg `foo' (argc 2)
  2
  $ traceroute -i nosuch 127.0.0.1; echo $?
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 60 byte packets
  setsockopt SO_BINDTODEVICE: No such device
  1
  $ traceroute 999.1.1.1; echo $?
  999.1.1.1: Temporary failure in name resolution
  Cannot handle "host" cmdline arg `999.1.1.1' on position 1 (argc 1)
  2
  $ traceroute 127.0.0.1 70000; echo $?
  too big packetlen 70000 specified
  2
  $ traceroute 127.0.0.1 20; echo $?
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 28 byte packets
   1  localhost (127.0.0.1)  * ms  * ms  * ms (glob)
  0
  $ traceroute -Z 127.0.0.1; echo $?
  Bad option `-Z' (argc 1)
  2
  $ nc; echo $?
  usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
  	  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
  	  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
  	  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
  	  [destination] [port]
  1
  $ nc -z 127.0.0.1 70000; echo $?
  nc: port number too large: 70000
  1
  $ nc -z 127.0.0.1 foo; echo $?
  nc: port number invalid: foo
  1
  $ nc -z 127.0.0.1 5-3; echo $?
  1
  $ nc -w foo 127.0.0.1 80; echo $?
  nc: timeout invalid: foo
  1
  $ nc -s 10.9.9.9 127.0.0.1 80; echo $?
  nc: bind failed: Cannot assign requested address
  1
  $ nc -Z 127.0.0.1 80; echo $?
  1
  $ nc -zv 127.0.0.1 1; echo $?
  nc: connect to 127.0.0.1 port 1 (tcp) failed: Connection refused
  1
  $ nc -zuv 127.0.0.1 1; echo $?
  1
  $ bridge foo; echo $?
  Object "foo" is unknown, try "bridge help".
  255
  $ bridge fdb add 02:00:00:00:00:09 dev nosuch; echo $?
  Cannot find device "nosuch"
  255
  $ bridge fdb add zz dev a0; echo $?
  Invalid mac address zz
  255
  $ bridge fdb add 02:00:00:00:00:09 dev a0 master; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge fdb del 02:00:00:00:00:09 dev a0; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge link set dev a0 cost 5; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge link set dev nosuch cost 5; echo $?
  Cannot find bridge device "nosuch"
  255
  $ bridge -Z; echo $?
  Option "-Z" is unknown, try "bridge help".
  255
  $ bridge fdb show dev nosuch; echo $?
  Cannot find device "nosuch"
  255
  $ bridge vlan show; echo $?
  port              vlan-id  
  0
