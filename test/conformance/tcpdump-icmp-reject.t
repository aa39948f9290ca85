tcpdump's text for each ICMP destination-unreachable code iptables REJECT sends (net/host/port/proto unreachable, net/host/admin prohibited) and a TCP reset, plain and with -v (the quoted datagram).
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ p=33000; for t in icmp-net-unreachable icmp-host-unreachable icmp-port-unreachable icmp-proto-unreachable icmp-net-prohibited icmp-host-prohibited icmp-admin-prohibited; do p=$((p+1)); ip netns exec b iptables -A INPUT -p udp --dport $p -j REJECT --reject-with $t; done
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p udp -m udp --dport 33001 -j REJECT --reject-with icmp-net-unreachable
  -A INPUT -p udp -m udp --dport 33002 -j REJECT --reject-with icmp-host-unreachable
  -A INPUT -p udp -m udp --dport 33003 -j REJECT --reject-with icmp-port-unreachable
  -A INPUT -p udp -m udp --dport 33004 -j REJECT --reject-with icmp-proto-unreachable
  -A INPUT -p udp -m udp --dport 33005 -j REJECT --reject-with icmp-net-prohibited
  -A INPUT -p udp -m udp --dport 33006 -j REJECT --reject-with icmp-host-prohibited
  -A INPUT -p udp -m udp --dport 33007 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec a tcpdump -n -t -i a0 -c 7 icmp > out 2> err &
  $ sleep 0.5
  $ for i in 1 2 3 4 5 6 7; do echo x | ip netns exec a nc -u -w 1 -p 4000$i 10.0.0.2 3300$i; done
  $ wait
  $ cat out
  IP 10.0.0.2 > 10.0.0.1: ICMP net 10.0.0.2 unreachable, length 38
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.0.0.2 unreachable, length 38
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 33003 unreachable, length 38
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 protocol 17 unreachable, length 38
  IP 10.0.0.2 > 10.0.0.1: ICMP net 10.0.0.2 unreachable - admin prohibited, length 38
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.0.0.2 unreachable - admin prohibited, length 38
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.0.0.2 unreachable - admin prohibited filter, length 38
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 3 icmp > out 2> err &
  $ sleep 0.5
  $ for i in 1 2 3; do echo x | ip netns exec a nc -u -w 1 -p 4100$i 10.0.0.2 3300$((i+4)); done
  $ wait
  $ cat out
  IP (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 58) (glob)
      10.0.0.2 > 10.0.0.1: ICMP net 10.0.0.2 unreachable - admin prohibited, length 38
  	IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto UDP (17), length 30) (glob)
      10.0.0.1.41001 > 10.0.0.2.33005: UDP, length 2
  IP (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 58) (glob)
      10.0.0.2 > 10.0.0.1: ICMP host 10.0.0.2 unreachable - admin prohibited, length 38
  	IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto UDP (17), length 30) (glob)
      10.0.0.1.41002 > 10.0.0.2.33006: UDP, length 2
  IP (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 58) (glob)
      10.0.0.2 > 10.0.0.1: ICMP host 10.0.0.2 unreachable - admin prohibited filter, length 38
  	IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto UDP (17), length 30) (glob)
      10.0.0.1.41003 > 10.0.0.2.33007: UDP, length 2
  $ ip netns exec b iptables -F
  $ ip netns exec b iptables -A INPUT -p tcp --dport 33100 -j REJECT --reject-with tcp-reset
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 2 tcp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a nc -z -p 42000 10.0.0.2 33100
  [1]
  $ wait
  $ cat out
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto TCP (6), length 60) (glob)
      10.0.0.1.42000 > 10.0.0.2.33100: Flags [S], cksum 0x1431 (incorrect -> 0x*), seq *, win 64240, options [mss 1460,sackOK,TS val * ecr 0,nop,wscale 10], length 0 (glob)
  IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto TCP (6), length 40)
      10.0.0.2.33100 > 10.0.0.1.42000: Flags [R.], cksum 0x141d (incorrect -> 0x*), seq 0, ack *, win 0, length 0 (glob)
  $ ip netns exec b iptables -F
  $ ip netns exec b iptables -A INPUT -p icmp -j REJECT
  $ ip netns exec a tcpdump -n -t -vv -i a0 -c 2 icmp > out 2> err &
  $ sleep 0.5
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
  [1]
  $ wait
  $ cat out
  IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  IP (tos 0xc0, ttl 64, id *, offset 0, flags [none], proto ICMP (1), length 112) (glob)
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 protocol 1 port * unreachable, length 92 (glob)
  	IP (tos 0x0, ttl 64, id *, offset 0, flags [DF], proto ICMP (1), length 84) (glob)
      10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
