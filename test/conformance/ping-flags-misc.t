ping options the other transcripts leave out: -U (user-to-user latency), -D (timestamps), -v (verbose, ICMP of other kinds shown), -e (identifier), -m (mark), -S (sndbuf), -T with bad arguments and tsprespec, -4/-h style errors, and icmp_echo_ignore_all with the counters that follow.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -U 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -c 1 -D 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/^\[[0-9]+\.[0-9]{6}\]/[TS]/' | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  [TS] 64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -v 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/ident=[0-9]+/ident=N/' | head -2
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.0.2'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -e 4660 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -e 4660 -v 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.0.0.2'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -e abc 10.0.0.2
  ping: invalid argument: 'abc'
  [1]
  $ ip netns exec a ping -c 1 -m 7 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -m abc 10.0.0.2
  ping: invalid argument: 'abc'
  [1]
  $ ip netns exec a ping -c 1 -S 100000 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/' | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  $ ip netns exec a ping -c 1 -S abc 10.0.0.2
  ping: invalid argument: 'abc'
  [1]
  $ ip netns exec a ping -c 1 -T bogus 10.0.0.2
  ping: invalid timestamp type: bogus
  [2]
  $ ip netns exec a ping -c 1 -T tsprespec 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(124) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -T tsprespec 10.0.0.2 10.0.0.1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9]+ absolute/N absolute/; s/^\t[0-9]+/\tN/' | head -4
  PING 10.0.0.1 (10.0.0.1) 56(124) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.0.1 ping statistics ---
  $ ip netns exec a ping -c 1 -4 10.0.0.2 | head -1
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  $ ip netns exec a ping -c 1 -F 1 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -N name 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec b nstat -az IcmpInEchos IcmpOutEchoReps IcmpInMsgs IcmpOutMsgs | tail -n +2
  IcmpInMsgs                      13                 0.0
  IcmpInEchos                     13                 0.0
  IcmpOutMsgs                     11                 0.0
  IcmpOutEchoReps                 11                 0.0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=0
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2 | sed -E 's/time [0-9]+ms/time Tms/; s/= .*/= X/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X
  $ ip netns exec b nstat -az IcmpInEchos IcmpOutEchoReps IcmpInMsgs IcmpOutMsgs | tail -n +2
  IcmpInMsgs                      15                 0.0
  IcmpInEchos                     15                 0.0
  IcmpOutMsgs                     13                 0.0
  IcmpOutEchoReps                 13                 0.0
  $ ip netns exec a nstat -az IcmpOutEchos IcmpInEchoReps IcmpInMsgs IcmpOutMsgs | tail -n +2
  IcmpInMsgs                      15                 0.0
  IcmpInEchoReps                  14                 0.0
  IcmpOutMsgs                     17                 0.0
  IcmpOutEchos                    16                 0.0
