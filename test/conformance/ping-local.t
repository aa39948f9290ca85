ping on one host: loopback replies, sizes, source selection, names, patterns, preload, and the errors of a host's own routes.
  $ ip link set lo up
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip route add unreachable 10.4.0.0/16
  $ ip route add prohibit 10.5.0.0/16
  $ ip route add blackhole 10.6.0.0/16
  $ ping -c 2 -i 0.2 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 127.0.0.1: icmp_seq=2 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -w 1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 3 -i 0.2 -w 1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 127.0.0.1: icmp_seq=2 ttl=64 time=* ms (glob)
  64 bytes from 127.0.0.1: icmp_seq=3 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -q 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -I lo 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) from 127.0.0.1 lo: 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -I 127.0.0.1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) from 127.0.0.1 : 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -B 192.168.1.1
  PING 192.168.1.1 (192.168.1.1) from 192.168.1.1 : 56(84) bytes of data.
  64 bytes from 192.168.1.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 192.168.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -s 0 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 0(28) bytes of data.
  8 bytes from 127.0.0.1: icmp_seq=1 ttl=64
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -s 8 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 8(36) bytes of data.
  16 bytes from 127.0.0.1: icmp_seq=1 ttl=64
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -s 16 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 16(44) bytes of data.
  24 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -s 65507 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 65507(65535) bytes of data.
  65515 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -s 65508 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=65535
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ping -c 1 0
  PING 0 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 0 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 127.1
  PING 127.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 localhost
  PING localhost (127.0.0.1) 56(84) bytes of data.
  64 bytes from localhost (127.0.0.1): icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- localhost ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -n -c 1 localhost
  PING localhost (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- localhost ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -s 20 -p abcd 127.0.0.1
  PATTERN: 0xabcd
  PING 127.0.0.1 (127.0.0.1) 20(48) bytes of data.
  28 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -p xz 127.0.0.1
  ping: patterns must be specified as hex digits: xz
  [2]
  $ ping -c 3 -l 3 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 127.0.0.1: icmp_seq=2 ttl=64 time=* ms (glob)
  64 bytes from 127.0.0.1: icmp_seq=3 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms, pipe 3 (glob)
  $ ping -c 2 -i 0.2 -O -W 1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 127.0.0.1: icmp_seq=2 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping 127.0.0.1 -c 1 -t 1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -W 1 -I 192.168.1.1 10.5.0.1
  PING 10.5.0.1 (10.5.0.1) from 192.168.1.1 : 56(84) bytes of data.
  
  --- 10.5.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ping -c 1 -W 1 -b 10.5.0.1
  WARNING: pinging broadcast address
  ping: connect: Permission denied
  [2]
  $ ping -c 1 -W 1 -I lo 10.99.0.1
  ping: Warning: source address might be selected on device other than: lo
  PING 10.99.0.1 (10.99.0.1) from 192.168.1.1 lo: 56(84) bytes of data.
  
  --- 10.99.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ping -c 1 -W 1 255.255.255.255
  ping: connect: Network is unreachable
  [2]
  $ ping -c 1 -i inf 127.0.0.1
  ping: bad timing interval: inf: Numerical result out of range
  [2]
  $ ping -c 1 -e 70000 127.0.0.1
  ping: invalid argument: '70000': out of range: 0 <= value <= 65535
  [1]
  $ ping -c 1 -6 127.0.0.1
  ping: 127.0.0.1: Address family for hostname not supported
  [2]
  $ ping -c 1 nosuchhost.invalid
  ping: nosuchhost.invalid: Temporary failure in name resolution
  [2]
  $ sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ ping -c 1 -W 1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ping -w 2 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  
  --- 127.0.0.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ sysctl -qw net.ipv4.icmp_echo_ignore_all=0
  $ sysctl -qw net.ipv4.ip_default_ttl=100
  $ ping -c 1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=100 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ nstat -asz IcmpInEchos IcmpOutEchoReps IcmpInEchoReps IcmpOutEchos IcmpInMsgs IcmpOutMsgs IcmpInErrors
  #kernel
  IcmpInMsgs                      56                 0.0
  IcmpInErrors                    0                  0.0
  IcmpInEchos                     30                 0.0
  IcmpInEchoReps                  26                 0.0
  IcmpOutMsgs                     56                 0.0
  IcmpOutEchos                    30                 0.0
  IcmpOutEchoReps                 26                 0.0
  $ ping -c 1 -W 1 -b 192.168.1.255
  WARNING: pinging broadcast address
  PING 192.168.1.255 (192.168.1.255) 56(84) bytes of data.
  
  --- 192.168.1.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
