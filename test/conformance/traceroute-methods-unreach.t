traceroute options through one router: probes, ports, first/max ttl, sources, errors.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a traceroute -n 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms  T ms  T ms
   2  10.0.2.1  T ms  T ms  T ms
  $ ip netns exec a traceroute -n -q 2 -m 1 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 1 hops max, 60 byte packets
   1  10.0.1.254  T ms  T ms
  $ ip netns exec a traceroute -n -q 1 -T -p 80 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  $ ip netns exec b sh -c 'nc -l 10.0.2.1 80 >/dev/null &'
  $ sleep 0.2
  $ ip netns exec a traceroute -n -q 1 -T -p 80 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  *
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -U 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  *
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -U -p 53 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -I -f 2 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   2  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -s 10.0.1.1 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -s 10.9.9.9 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
  bind: Cannot assign requested address
  [1]
  $ ip netns exec a traceroute -n -q 1 -i a0 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 -i nosuch 10.0.2.1
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
  setsockopt SO_BINDTODEVICE: No such device
  [1]
  $ ip netns exec a traceroute -n -q 1 10.0.2.1 100 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 100 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 10.0.2.1 2000 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 2000 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 10.0.2.1 20 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 28 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  10.0.2.1  T ms
  $ ip netns exec a traceroute -n -q 1 10.0.2.1 70000
  too big packetlen 70000 specified
  [2]
  $ ip netns exec a traceroute -n -q 0 10.0.2.1
  no more than 10 probes per hop
  [2]
  $ ip netns exec a traceroute -n -q 11 10.0.2.1
  no more than 10 probes per hop
  [2]
  $ ip netns exec a traceroute -n -m 0 10.0.2.1
  first hop out of range
  [2]
  $ ip netns exec a traceroute -n -m 300 10.0.2.1
  max hops cannot be more than 255
  [2]
  $ ip netns exec a traceroute -n -f 5 -m 3 10.0.2.1
  first hop out of range
  [2]
  $ ip netns exec a traceroute -n -w abc 10.0.2.1
  Cannot handle `-w' option with arg `abc' (argc 3)
  [2]
  $ ip netns exec a traceroute
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
  $ ip netns exec a traceroute -n nosuch.invalid
  nosuch.invalid: Temporary failure in name resolution
  Cannot handle "host" cmdline arg `nosuch.invalid' on position 1 (argc 2)
  [2]
  $ ip netns exec a traceroute -n -q 1 -w 1 -m 3 10.0.9.9 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.9.9 (10.0.9.9), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms !N
  $ ip netns exec r iptables -A FORWARD -d 10.0.2.1 -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec a traceroute -n -q 1 -m 3 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec r iptables -R FORWARD 1 -d 10.0.2.1 -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec a traceroute -n -q 1 -m 3 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !N
  $ ip netns exec r iptables -R FORWARD 1 -d 10.0.2.1 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec a traceroute -n -q 1 -m 3 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms !X
  $ ip netns exec r iptables -R FORWARD 1 -d 10.0.2.1 -j REJECT --reject-with icmp-proto-unreachable
  $ ip netns exec a traceroute -n -q 1 -m 3 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  *
   2  *
   3  *
  $ ip netns exec r iptables -R FORWARD 1 -d 10.0.2.1 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec a traceroute -n -q 1 -m 3 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms
  $ ip netns exec a traceroute -n -q 1 -I -m 3 10.0.2.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.2.1 (10.0.2.1), 3 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.1.254  T ms
