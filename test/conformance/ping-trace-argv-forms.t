Argument forms of ping, tracepath and traceroute on loopback: bundled short options, options after the host (getopt permutation), "--", missing option arguments, numeric address forms (127.1, 0x7f000001, 2130706433, 0, trailing dot), extra operands; each run's first lines and exit status.
  $ ip netns add s
  $ ip -n s link set lo up
  $ m() { sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X/; s/[0-9.]+ ?ms/T ms/g' | grep -vE '^$|^---|^rtt|transmitted'; }
  $ for a in "-c1 -W1 127.0.0.1" "-qc1 127.0.0.1" "-nc 1 127.0.0.1" "127.0.0.1 -c 1" "-c 1 -- 127.0.0.1" "-c 1 -- -x" "-c" "-c 1 -s" "-c 1 127.1" "-c 1 0x7f000001" "-c 1 2130706433" "-c 1 0" "-c 1 127.0.0.1." "-c 1 127.0.0.256" "-c 1 1.2.3" "-c 1 -4 -4 127.0.0.1" "-c 1 -6 127.0.0.1" "-c 1 127.0.0.1 127.0.0.1 127.0.0.1"; do echo "== ping $a"; ip netns exec s ping $a 2>&1 | m; echo "rc=${PIPESTATUS[0]}"; done
  == ping -c1 -W1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  == ping -qc1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  rc=0
  == ping -nc 1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  == ping 127.0.0.1 -c 1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  == ping -c 1 -- 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  == ping -c 1 -- -x
  ping: -x: Name or service not known
  rc=2
  == ping -c
  ping: option requires an argument -- 'c'
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
  rc=2
  == ping -c 1 -s
  ping: option requires an argument -- 's'
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
  rc=2
  == ping -c 1 127.1
  PING 127.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  == ping -c 1 0x7f000001
  PING 0x7f000001 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  == ping -c 1 2130706433
  PING 2130706433 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  == ping -c 1 0
  PING 0 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  == ping -c 1 127.0.0.1.
  ping: 127.0.0.1.: Temporary failure in name resolution
  rc=2
  == ping -c 1 127.0.0.256
  ping: 127.0.0.256: Temporary failure in name resolution
  rc=2
  == ping -c 1 1.2.3
  ping: connect: Network is unreachable
  rc=2
  == ping -c 1 -4 -4 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  == ping -c 1 -6 127.0.0.1
  ping: 127.0.0.1: Address family for hostname not supported
  rc=2
  == ping -c 1 127.0.0.1 127.0.0.1 127.0.0.1
  ping: record route: Operation not permitted
  rc=2
  $ for a in "-n 127.0.0.1" "127.0.0.1 -n" "-nm1 127.0.0.1" "-n -- 127.0.0.1" "-n 127.1" "-n 0x7f000001" "-n 0" "-n 127.0.0.1 1000" "-n 127.0.0.1 x y" "-l" "-n -b 127.0.0.1" "-n -4 127.0.0.1"; do echo "== tracepath $a"; ip netns exec s tracepath $a 2>&1 | m; echo "rc=${PIPESTATUS[0]}"; done
  == tracepath -n 127.0.0.1
   1:  127.0.0.1                                             T ms reached
       Resume: pmtu 65535 hops 1 back 1 
  rc=0
  == tracepath 127.0.0.1 -n
   1:  127.0.0.1                                             T ms reached
       Resume: pmtu 65535 hops 1 back 1 
  rc=0
  == tracepath -nm1 127.0.0.1
   1:  127.0.0.1                                             T ms reached
       Resume: pmtu 65535 hops 1 back 1 
  rc=0
  == tracepath -n -- 127.0.0.1
   1:  127.0.0.1                                             T ms reached
       Resume: pmtu 65535 hops 1 back 1 
  rc=0
  == tracepath -n 127.1
   1:  127.0.0.1                                             T ms reached
       Resume: pmtu 65535 hops 1 back 1 
  rc=0
  == tracepath -n 0x7f000001
   1:  127.0.0.1                                             T ms reached
       Resume: pmtu 65535 hops 1 back 1 
  rc=0
  == tracepath -n 0
   1:  127.0.0.1                                             T ms reached
       Resume: pmtu 65535 hops 1 back 1 
  rc=0
  == tracepath -n 127.0.0.1 1000
  Usage
    tracepath [options] <destination>
  Options:
    -4             use IPv4
    -6             use IPv6
    -b             print both name and ip
    -l <length>    use packet <length>
    -m <hops>      use maximum <hops>
    -n             no dns name resolution
    -p <port>      use destination <port>
    -V             print version and exit
    <destination>  dns name or ip address
  For more details see tracepath(8).
  rc=255
  == tracepath -n 127.0.0.1 x y
  Usage
    tracepath [options] <destination>
  Options:
    -4             use IPv4
    -6             use IPv6
    -b             print both name and ip
    -l <length>    use packet <length>
    -m <hops>      use maximum <hops>
    -n             no dns name resolution
    -p <port>      use destination <port>
    -V             print version and exit
    <destination>  dns name or ip address
  For more details see tracepath(8).
  rc=255
  == tracepath -l
  tracepath: option requires an argument -- 'l'
  Usage
    tracepath [options] <destination>
  Options:
    -4             use IPv4
    -6             use IPv6
    -b             print both name and ip
    -l <length>    use packet <length>
    -m <hops>      use maximum <hops>
    -n             no dns name resolution
    -p <port>      use destination <port>
    -V             print version and exit
    <destination>  dns name or ip address
  For more details see tracepath(8).
  rc=255
  == tracepath -n -b 127.0.0.1
   1:  127.0.0.1 (localhost)                                 T ms reached
       Resume: pmtu 65535 hops 1 back 1 
  rc=0
  == tracepath -n -4 127.0.0.1
   1:  127.0.0.1                                             T ms reached
       Resume: pmtu 65535 hops 1 back 1 
  rc=0
  $ for a in "-n -q1 -w1 127.0.0.1" "-nq1 127.0.0.1" "127.0.0.1 -n -q 1" "-n -q 1 -- 127.0.0.1" "-n -q 1 127.1" "-n -q 1 0x7f000001" "-n -q 1 0" "-n -q 1 127.0.0.1 100" "-n -q 1 127.0.0.1 100 200" "-q" "-n -q 1 --mtu 127.0.0.1" "-n -q 1 --back 127.0.0.1" "-n -q 1 -e 127.0.0.1" "-n -q 1 -A -A 127.0.0.1"; do echo "== traceroute $a"; ip netns exec s traceroute $a 2>&1 | m; echo "rc=${PIPESTATUS[0]}"; done
  == traceroute -n -q1 -w1 127.0.0.1
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 60 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -nq1 127.0.0.1
  Option `-q' (argc 1) requires an argument: `-q nqueries'
  rc=2
  == traceroute 127.0.0.1 -n -q 1
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 60 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -n -q 1 -- 127.0.0.1
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 60 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -n -q 1 127.1
  traceroute to 127.1 (127.0.0.1), 30 hops max, 60 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -n -q 1 0x7f000001
  traceroute to 0x7f000001 (127.0.0.1), 30 hops max, 60 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -n -q 1 0
  traceroute to 0 (0.0.0.0), 30 hops max, 60 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -n -q 1 127.0.0.1 100
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 100 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -n -q 1 127.0.0.1 100 200
  Extra arg `200' (position 3, argc 6)
  rc=2
  == traceroute -q
  Option `-q' (argc 1) requires an argument: `-q nqueries'
  rc=2
  == traceroute -n -q 1 --mtu 127.0.0.1
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 65000 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -n -q 1 --back 127.0.0.1
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 60 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -n -q 1 -e 127.0.0.1
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 60 byte packets
   1  127.0.0.1  T ms
  rc=0
  == traceroute -n -q 1 -A -A 127.0.0.1
  traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 60 byte packetswhois.radb.net/nicname: Temporary failure in name resolution
   1  127.0.0.1
  rc=2
  $ ip netns del s
