log_martians: a martian source (an address of ours, a multicast, limited-broadcast or loopback source after SNAT; 0.66.0.1 is no martian since Linux 5.3 allowed 0/8, an rp_filter refusal) is logged as "IPv4: martian source D from S, on dev X" with the link-layer header in hex; a martian destination (DNAT to 127/8; 0.66.0.9 is merely unroutable) as "IPv4: martian destination D from S, dev X". The device's or all's setting enables it; without it nothing is logged (dmesg is the kernel's one ring, so each check looks at the newest matching line).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.66.0.1/24 dev a0
  $ ip -n b addr add 10.66.0.2/24 dev b0
  $ ip netns exec b sysctl net.ipv4.conf.all.log_martians net.ipv4.conf.b0.log_martians
  net.ipv4.conf.all.log_martians = 0
  net.ipv4.conf.b0.log_martians = 0
  $ ip netns exec a ping -c 1 -W 1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a iptables -t nat -A POSTROUTING -o a0 -p icmp -j SNAT --to-source 224.66.0.2
  $ ip netns exec a ping -c 1 -W 1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ dmesg -t | grep -c 'from 224.66.0.2,'
  0
  [1]
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.log_martians=1
  net.ipv4.conf.b0.log_martians = 1
  $ ip netns exec a iptables -t nat -R POSTROUTING 1 -o a0 -p icmp -j SNAT --to-source 0.66.0.1
  $ ip netns exec a ping -c 1 -W 1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ dmesg -t | grep -c 'from 0.66.0.1,'
  0
  [1]
  $ ip netns exec b nstat -az IcmpInEchos IcmpOutEchoReps IpOutNoRoutes | tail -n +2
  IpOutNoRoutes                   0                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip netns exec a iptables -t nat -R POSTROUTING 1 -o a0 -p icmp -j SNAT --to-source 255.255.255.255
  $ ip netns exec a ping -c 1 -W 1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ dmesg -t | grep -A1 'martian source 10.66.0.2 from 255.255.255.255,' | tail -2
  IPv4: martian source 10.66.0.2 from 255.255.255.255, on dev b0
  ll header: 00000000: 02 00 00 00 0b 01 02 00 00 00 0a 01 08 00
  $ ip netns exec a iptables -t nat -R POSTROUTING 1 -o a0 -p icmp -j SNAT --to-source 224.66.0.1
  $ ip netns exec a ping -c 1 -W 1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ dmesg -t | grep -A1 'martian source 10.66.0.2 from 224.66.0.1,' | tail -2
  IPv4: martian source 10.66.0.2 from 224.66.0.1, on dev b0
  ll header: 00000000: 02 00 00 00 0b 01 02 00 00 00 0a 01 08 00
  $ dmesg -t -l warn | grep 'from 224.66.0.1,' | tail -1
  IPv4: martian source 10.66.0.2 from 224.66.0.1, on dev b0
  $ dmesg -t -l info,err | grep -c 'from 224.66.0.1,'
  0
  [1]
  $ dmesg -l warn | grep 'from 224.66.0.1,' | tail -1 | sed -E 's/^\[ *[0-9]+\.[0-9]{6}\] /[T] /'
  [T] IPv4: martian source 10.66.0.2 from 224.66.0.1, on dev b0
  $ ip netns exec a iptables -t nat -R POSTROUTING 1 -o a0 -p icmp -j SNAT --to-source 10.66.0.2
  $ ip netns exec a ping -c 1 -W 1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ dmesg -t | grep -A1 'martian source 10.66.0.2 from 10.66.0.2,' | tail -2
  IPv4: martian source 10.66.0.2 from 10.66.0.2, on dev b0
  ll header: 00000000: 02 00 00 00 0b 01 02 00 00 00 0a 01 08 00
  $ ip netns exec a iptables -t nat -R POSTROUTING 1 -o a0 -p icmp -j SNAT --to-source 127.66.0.1
  $ ip netns exec a ping -c 1 -W 1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ dmesg -t | grep -A1 'martian source 10.66.0.2 from 127.66.0.1,' | tail -2
  IPv4: martian source 10.66.0.2 from 127.66.0.1, on dev b0
  ll header: 00000000: 02 00 00 00 0b 01 02 00 00 00 0a 01 08 00
  $ ip netns exec a iptables -t nat -F
  $ ip netns exec b iptables -t nat -A PREROUTING -i b0 -p icmp -j DNAT --to-destination 0.66.0.9
  $ ip netns exec a ping -c 1 -W 1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ dmesg -t | grep -c 'martian destination 0.66.0.9 '
  0
  [1]
  $ ip netns exec b nstat -az IpInAddrErrors | tail -n +2
  IpInAddrErrors                  1                  0.0
  $ ip netns exec b iptables -t nat -R PREROUTING 1 -i b0 -p icmp -j DNAT --to-destination 127.66.0.9
  $ ip netns exec a ping -c 1 -W 1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ dmesg -t | grep 'martian destination 127.66.0.9 ' | tail -1
  IPv4: martian destination 127.66.0.9 from 10.66.0.1, dev b0
  $ ip netns exec b iptables -t nat -F
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.log_martians=0 net.ipv4.conf.all.log_martians=1
  $ ip -n a addr add 10.66.9.1/32 dev lo
  $ ip -n b route add 10.66.9.0/24 via 10.66.0.1
  $ ip -n b route add 10.66.9.1/32 dev lo table 100
  $ ip -n b rule add to 10.66.9.1 lookup 100 pref 100
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.rp_filter=1
  $ ip netns exec a ping -c 1 -W 1 -I 10.66.9.1 10.66.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ dmesg -t | grep -A1 'martian source 10.66.0.2 from 10.66.9.1,' | tail -2
  IPv4: martian source 10.66.0.2 from 10.66.9.1, on dev b0
  ll header: 00000000: 02 00 00 00 0b 01 02 00 00 00 0a 01 08 00
  $ ip netns exec b nstat -az TcpExtIPReversePathFilter IpInReceives IpInDelivers IpInAddrErrors IpInHdrErrors IcmpInEchos | tail -n +2
  IpInReceives                    10                 0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  1                  0.0
  IpInDelivers                    2                  0.0
  IcmpInEchos                     2                  0.0
  TcpExtIPReversePathFilter       1                  0.0
  $ ip -n b -s link show b0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
            1064      12      0       0       0       0 
