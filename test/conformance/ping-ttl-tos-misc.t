ping -t and -Q against a router: the TTL of replies seen after each hop, the time exceeded source with -n and without, -Q values that the kernel keeps or refuses (ECN bits, 0xff), net.ipv4.ip_default_ttl changing the reply TTL, and a host with icmp_echo_ignore_all answering nothing while the router's errors still come back.
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
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
  $ ip netns exec b sysctl -qw net.ipv4.ip_default_ttl=100
  $ ip netns exec a ping -c 1 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=99 
  $ ip netns exec a ping -c 1 -t 2 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=99 
  $ ip netns exec a ping -c 1 -t 1 10.0.2.1 | sed -n 2p
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -qw net.ipv4.ip_default_ttl=5
  $ ip netns exec a ping -c 1 -t 1 10.0.2.1 | sed -n 2p
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 1 10.0.1.254 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.1.254: icmp_seq=1 ttl=5 
  $ ip netns exec a ping -c 1 -Q 0x03 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=99 
  $ ip netns exec a ping -c 1 -Q 0xff 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=99 
  $ ip netns exec a ping -c 1 -Q 255 10.0.2.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.1: icmp_seq=1 ttl=99 
  $ ip netns exec a ping -c 1 -Q 256 10.0.2.1
  ping: the decimal value of TOS bits must be in range 0-255: 256
  [2]
  $ ip netns exec a ping -c 1 -Q 0x1c -t 1 10.0.2.1 | sed -n 2p
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -t 1 10.0.2.1 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.2.1 (10.0.2.1) 56(84) bytes of data.
  From 10.0.1.254 icmp_seq=1 Time to live exceeded
  From 10.0.1.254 icmp_seq=2 Time to live exceeded
  
  --- 10.0.2.1 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  $ ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_all=2
  sysctl: setting key "net.ipv4.icmp_echo_ignore_all": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.ipv4.ip_default_ttl=0
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.ipv4.ip_default_ttl=256
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  [1]
  $ ip netns exec b sysctl net.ipv4.ip_default_ttl net.ipv4.icmp_echo_ignore_all
  net.ipv4.ip_default_ttl = 100
  net.ipv4.icmp_echo_ignore_all = 1
  $ ip netns exec r nstat -az IcmpOutTimeExcds IpForwDatagrams IpInHdrErrors | tail -n +2
  IpInHdrErrors                   5                  0.0
  IpForwDatagrams                 12                 0.0
  IcmpOutTimeExcds                5                  0.0
  $ ip netns exec b nstat -az IcmpInEchos IcmpOutEchoReps IcmpInMsgs | tail -n +2
  IcmpInMsgs                      7                  0.0
  IcmpInEchos                     7                  0.0
  IcmpOutEchoReps                 5                  0.0
