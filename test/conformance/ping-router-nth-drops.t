ping through a router that drops every second request (statistic nth): -O reports the missing answers, -D stamps lines, -l preloads, -w ends before -c, small -s without timing, -W fractions, exit statuses.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A FORWARD -p icmp --icmp-type echo-request -m statistic --mode nth --every 2 --packet 1 -j DROP
  $ ip netns exec a ping -c 4 -i 0.3 -O 10.2.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= R ms/'
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=T ms
  no answer yet for icmp_seq=2
  64 bytes from 10.2.0.2: icmp_seq=3 ttl=63 time=T ms
  
  --- 10.2.0.2 ping statistics ---
  4 packets transmitted, 2 received, 50% packet loss, time Tms
  rtt min/avg/max/mdev = R ms
  $ ip netns exec a ping -c 4 -i 0.3 -D 10.2.0.2 | sed -E 's/^\[[0-9]+\.[0-9]{6}\]/[TS]/; s/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= R ms/'
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  [TS] 64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=T ms
  [TS] 64 bytes from 10.2.0.2: icmp_seq=3 ttl=63 time=T ms
  
  --- 10.2.0.2 ping statistics ---
  4 packets transmitted, 2 received, 50% packet loss, time Tms
  rtt min/avg/max/mdev = R ms
  $ ip netns exec a ping -c 6 -l 3 -q 10.2.0.2 | grep -E 'transmitted|pipe'
  6 packets transmitted, 3 received, 50% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms, pipe 3 (glob)
  $ ip netns exec a ping -c 100 -w 1 -i 0.3 -q 10.2.0.2 | grep transmitted
  4 packets transmitted, 2 received, 50% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 2 -i 0.3 -s 0 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 0(28) bytes of data.
  8 bytes from 10.2.0.2: icmp_seq=1 ttl=63
  
  --- 10.2.0.2 ping statistics ---
  2 packets transmitted, 1 received, 50% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 2 -i 0.3 -s 7 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 7(35) bytes of data.
  15 bytes from 10.2.0.2: icmp_seq=1 ttl=63
  
  --- 10.2.0.2 ping statistics ---
  2 packets transmitted, 1 received, 50% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 2 -i 0.3 -s 8 -W 0.5 10.2.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= R ms/'
  PING 10.2.0.2 (10.2.0.2) 8(36) bytes of data.
  16 bytes from 10.2.0.2: icmp_seq=1 ttl=63
  
  --- 10.2.0.2 ping statistics ---
  2 packets transmitted, 1 received, 50% packet loss, time Tms
  $ ip netns exec r iptables -vnL FORWARD | sed -E 's/ +/ /g'
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   12 855 DROP 1 -- * * 0.0.0.0/0 0.0.0.0/0 icmptype 8 statistic mode nth every 2 packet 1
