IPv4 options on the wire: accept_source_route's defaults (all 0, default 1), ping's refused source route, and tcpdump -v printing the record-route and timestamp options of a request and of its reply after a router (print-ip.c ip_optprint).
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0b:02
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ for l in "a a0" "r r0" "r r1" "b b0"; do set -- $l; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip -n r route add 10.0.9.0/24 via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl net.ipv4.conf.all.accept_source_route net.ipv4.conf.default.accept_source_route net.ipv4.conf.r0.accept_source_route
  net.ipv4.conf.all.accept_source_route = 0
  net.ipv4.conf.default.accept_source_route = 1
  net.ipv4.conf.r0.accept_source_route = 1
ping's hop list asks for a loose source route, which ping (without its capabilities by then) is refused.
  $ ip netns exec a ping -c 1 -W 1 10.0.1.254 10.0.2.1
  ping: record route: Operation not permitted
  [2]
  $ ip netns exec a ping -c 1 -W 1 -R 10.0.1.254 10.0.2.1
  
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
  [2]
Record route seen by tcpdump.
  $ ip netns exec a tcpdump -n -t -v -c 2 -i a0 icmp > dump 2>/dev/null &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -R -q 10.0.2.1 > /dev/null
  $ sleep 0.5; cat dump
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 124, options (NOP,RR 10.0.1.1, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0)) (glob)
      10.0.1.1 > 10.0.2.1: ICMP echo request, id *, seq 1, length 64 (glob)
  IP (tos 0x0, ttl 63, id *, offset 0, flags [none], proto ICMP (1), length 124, options (RR 10.0.1.1, 10.0.2.254, 10.0.2.1, 10.0.2.1, 10.0.1.254, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0,EOL)) (glob)
      10.0.2.1 > 10.0.1.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  $ ip netns exec a tcpdump -n -t -v -c 2 -i a0 icmp > dump 2>/dev/null &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -T tsandaddr -q 10.0.2.1 > /dev/null
  $ sleep 0.5; cat dump | sed -E 's/\{[0-9]+\}/{T}/g; s/\^[0-9]+/^T/g'
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 120, options (timestamp TS{TS+ADDR *@10.0.1.1 ^ 0@0.0.0.0 0@0.0.0.0 0@0.0.0.0})) (glob)
      10.0.1.1 > 10.0.2.1: ICMP echo request, id *, seq 1, length 64 (glob)
  IP (tos 0x0, ttl 63, id *, offset 0, flags [none], proto ICMP (1), length 120, options (timestamp TS{TS+ADDR *@10.0.1.1 *@10.0.1.254 *@10.0.2.1 *@10.0.2.1 ^  [1 hops not recorded]} )) (glob)
      10.0.2.1 > 10.0.1.1: ICMP echo reply, id *, seq 1, length 64 (glob)
