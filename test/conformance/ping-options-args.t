ping options: counts, sizes, quiet, numeric, patterns, TOS, deadlines.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 3 -i 0.2 -n 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=T ms
  64 bytes from 10.0.0.2: icmp_seq=3 ttl=64 time=T ms
  
  --- 10.0.0.2 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 2 -i 0.2 -s 0 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 0(28) bytes of data.
  8 bytes from 10.0.0.2: icmp_seq=1 ttl=64
  8 bytes from 10.0.0.2: icmp_seq=2 ttl=64
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -s 8 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 8(36) bytes of data.
  16 bytes from 10.0.0.2: icmp_seq=1 ttl=64
  $ ip netns exec a ping -c 1 -s 7 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 7(35) bytes of data.
  15 bytes from 10.0.0.2: icmp_seq=1 ttl=64
  $ ip netns exec a ping -c 1 -s 65507 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 65507(65535) bytes of data.
  65515 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -s 65508 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=1500
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -s 70000 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 70000(70028) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -s -1 10.0.0.2
  ping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  [1]
  $ ip netns exec a ping -c 1 -p ff 10.0.0.2 | head -2
  PATTERN: 0xff
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -p abcd0123 10.0.0.2 | head -2
  PATTERN: 0xabcd0123
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -p xyz 10.0.0.2
  ping: patterns must be specified as hex digits: xyz
  [2]
  $ ip netns exec a ping -c 1 -Q 0x10 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -Q 300 10.0.0.2
  ping: the decimal value of TOS bits must be in range 0-255: 300
  [2]
  $ ip netns exec a ping -c 1 -Q abc 10.0.0.2
  ping: bad TOS value: abc
  [2]
  $ ip netns exec a ping -c 0 10.0.0.2
  ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807
  [1]
  $ ip netns exec a ping -c -1 10.0.0.2
  ping: invalid argument: '-1': out of range: 1 <= value <= 9223372036854775807
  [1]
  $ ip netns exec a ping -c abc 10.0.0.2
  ping: invalid argument: 'abc'
  [1]
  $ ip netns exec a ping -i 0.001 -c 1 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -i abc -c 1 10.0.0.2
  ping: option argument contains garbage: abc
  ping: this will become fatal error in the future
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 2 -i 0.2 -q -n 10.0.0.2 | tail -2 | sed -E 's/time [0-9]+ms/time Tms/; s/= .*/= X/'
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  $ ip netns exec a ping -c 1 -W 1 10.0.0.9
  PING 10.0.0.9 (10.0.0.9) 56(84) bytes of data.
  
  --- 10.0.0.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -w 1 -W 1 10.0.0.9 | tail -3 | sed -E 's/time [0-9]+ms/time Tms/'
  --- 10.0.0.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 2 -w 5 -i 0.2 10.0.0.2 | tail -2 | sed -E 's/time [0-9]+ms/time Tms/; s/= .*/= X/'
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  $ ip netns exec a ping -w abc 10.0.0.2
  ping: invalid argument: 'abc'
  [1]
  $ ip netns exec a ping -W abc -c 1 10.0.0.2
  ping: option argument contains garbage: abc
  ping: this will become fatal error in the future
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 nosuchhost.invalid
  ping: nosuchhost.invalid: Temporary failure in name resolution
  [2]
  $ ip netns exec a ping
  ping: usage error: Destination address required
  [1]
  $ ip netns exec a ping -c 1 10.0.0.2 10.0.0.1
  ping: record route: Operation not permitted
  [2]
  $ ip netns exec a ping -z 10.0.0.2
  ping: invalid option -- 'z'
  
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
  $ ip netns exec a ping -V | head -1 | sed -E 's/[0-9]+/N/g'
  ping from iputils N
