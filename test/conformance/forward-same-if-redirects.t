Forwarding back out of the arriving interface (the hosts share a bridge in another namespace): the router forwards, sends a redirect for the first packets only when send_redirects is on for all or the device, and counts; tcpdump -v shows the TTL decrement and the redirect, tcpdump -Q/--direction only one way.
  $ for n in h r g s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add br0 address 02:00:00:00:00:fe type bridge
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name ph netns s address 02:00:00:00:00:11
  $ ip link add g0 netns g address 02:00:00:00:00:03 type veth peer name pg netns s address 02:00:00:00:00:13
  $ ip link add r0 netns r address 02:00:00:00:00:02 type veth peer name pr netns s address 02:00:00:00:00:12
  $ for p in ph pg pr; do ip -n s link set $p master br0; ip -n s link set $p up; done
  $ ip -n s link set br0 up; ip -n r link set r0 up; ip -n h link set h0 up; ip -n g link set g0 up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n r addr add 10.0.0.2/24 dev r0; ip -n g addr add 10.0.0.3/24 dev g0
  $ ip -n g addr add 10.9.0.1/32 dev lo; ip -n g link set lo up
  $ ip -n h route add 10.9.0.0/24 via 10.0.0.2
  $ ip -n r route add 10.9.0.0/24 via 10.0.0.3
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=0 net.ipv4.conf.h0.accept_redirects=0
  $ ip netns exec r sysctl -w net.ipv4.conf.all.send_redirects=0 net.ipv4.conf.r0.send_redirects=0
  net.ipv4.conf.all.send_redirects = 0
  net.ipv4.conf.r0.send_redirects = 0
  $ ip netns exec h ping -c 2 -i 0.2 10.9.0.1 | grep -c bytes
  3
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 2                  0.0
  IcmpOutRedirects                0                  0.0
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.send_redirects=1
  net.ipv4.conf.r0.send_redirects = 1
  $ ip netns exec r tcpdump -l -n -t -v -i r0 icmp > r0.out 2> r0.err &
  $ ip netns exec r tcpdump -l -n -t -Q out -i r0 icmp > r0q.out 2> r0q.err &
  $ ip netns exec h tcpdump -l -n -t --direction=in -i h0 icmp > h0.out 2> h0.err &
  $ sleep 1
  $ ip netns exec h ping -c 3 -i 0.2 10.9.0.1 | grep -c bytes
  4
  $ sleep 0.5; kill %1 %2 %3; wait
  $ sed -E 's/id [0-9]+/id N/g' r0q.out; grep captured r0q.err
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.0.1 to host 10.0.0.3, length 92
  IP 10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 1, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.0.1 to host 10.0.0.3, length 92
  IP 10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 2, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.0.1 to host 10.0.0.3, length 92
  IP 10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 3, length 64
  
  6 packets captured
  $ sed -E 's/id [0-9]+/id N/g' h0.out
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.0.1 to host 10.0.0.3, length 92
  IP 10.9.0.1 > 10.0.0.1: ICMP echo reply, id N, seq 1, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.0.1 to host 10.0.0.3, length 92
  IP 10.9.0.1 > 10.0.0.1: ICMP echo reply, id N, seq 2, length 64
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.0.1 to host 10.0.0.3, length 92
  IP 10.9.0.1 > 10.0.0.1: ICMP echo reply, id N, seq 3, length 64
  $ sed -E 's/id [0-9]+/id N/g' r0.out
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 1, length 64
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 112)
      10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.0.1 to host 10.0.0.3, length 92
  	IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 1, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 2, length 64
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 112)
      10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.0.1 to host 10.0.0.3, length 92
  	IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 2, length 64
  IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 2, length 64
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 3, length 64
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 112)
      10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.0.1 to host 10.0.0.3, length 92
  	IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 3, length 64
  IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.9.0.1: ICMP echo request, id N, seq 3, length 64
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams IcmpMsgOutType5
  #kernel
  IpForwDatagrams                 5                  0.0
  IcmpOutRedirects                3                  0.0
  IcmpMsgOutType5                 3                  0.0
  $ ip -n h route get 10.9.0.1
  10.9.0.1 via 10.0.0.2 dev h0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec h nstat -az IcmpInRedirects IcmpInEchoReps IpInReceives
  #kernel
  IpInReceives                    10                 0.0
  IcmpInRedirects                 3                  0.0
  IcmpInEchoReps                  5                  0.0
  $ ip netns exec r tcpdump -Q sideways -i r0
  tcpdump: unknown capture direction `sideways'
  [1]
  $ ip netns exec r tcpdump -n -Q IN -c 1 -i r0 --direction
  tcpdump: option '--direction' requires an argument
  tcpdump version 4.99.3
  libpcap version 1.10.3 (with TPACKET_V3)
  OpenSSL 3.0.19 27 Jan 2026
  Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]
  		[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]
  		[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]
  		[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]
  		[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]
  		[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]
  		[ --time-stamp-precision precision ] [ --micro ] [ --nano ]
  		[ -z postrotate-command ] [ -Z user ] [ expression ]
  [1]
