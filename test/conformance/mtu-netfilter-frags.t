Where netfilter sees fragments: the router's FORWARD and POSTROUTING rules count the datagram it is about to cut once, whole (ip_fragment runs after POSTROUTING, in ip_finish_output), the receiver's PREROUTING and INPUT count each fragment (no conntrack: no defrag), -f matching the non-first ones, -m length their sizes, a --dport rule only the first; the sender's OUTPUT sees its datagram whole too.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1000
  $ ip -n b link set b0 mtu 1000
  $ ip netns exec a iptables -A OUTPUT -p icmp
  $ ip netns exec a iptables -t mangle -A POSTROUTING -p icmp
  $ ip netns exec r iptables -A FORWARD -p icmp
  $ ip netns exec r iptables -A FORWARD -f
  $ ip netns exec r iptables -t mangle -A POSTROUTING -p icmp
  $ ip netns exec r iptables -t mangle -A POSTROUTING -f
  $ ip netns exec r iptables -t mangle -A POSTROUTING -m length --length 1001:65535
  $ ip netns exec b iptables -t mangle -A PREROUTING -p icmp
  $ ip netns exec b iptables -t mangle -A PREROUTING -f
  $ ip netns exec b iptables -t mangle -A PREROUTING -m length --length 0:999
  $ ip netns exec b iptables -A INPUT -p icmp --icmp-type echo-request
  $ ip netns exec b iptables -A INPUT -p udp --dport 9000
  $ ip netns exec b iptables -A INPUT -p udp
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 1400 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  1408 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip netns exec a sh -c 'head -c 2500 /dev/zero | nc -u -w 1 10.2.0.2 9000'; echo $?
  0
  $ ip netns exec a iptables -L OUTPUT -v -n -x | sed -n 3p | sed -E 's/ +/ /g'
   1 1428 1 -- * * 0.0.0.0/0 0.0.0.0/0 
  $ ip netns exec a iptables -t mangle -L POSTROUTING -v -n -x | sed -n 3p | sed -E 's/ +/ /g'
   1 1428 1 -- * * 0.0.0.0/0 0.0.0.0/0 
  $ ip netns exec r iptables -L FORWARD -v -n -x | tail -n +3 | sed -E 's/ +/ /g'
   4 3452 1 -- * * 0.0.0.0/0 0.0.0.0/0 
   2 1500 0 -f * * 0.0.0.0/0 0.0.0.0/0 
  $ ip netns exec r iptables -t mangle -L POSTROUTING -v -n -x | tail -n +3 | sed -E 's/ +/ /g'
   4 3452 1 -- * * 0.0.0.0/0 0.0.0.0/0 
   2 1500 0 -f * * 0.0.0.0/0 0.0.0.0/0 
   3 3976 0 -- * * 0.0.0.0/0 0.0.0.0/0 length 1001:65535
  $ ip netns exec b iptables -t mangle -L PREROUTING -v -n -x | tail -n +3 | sed -E 's/ +/ /g'
   2 1448 1 -- * * 0.0.0.0/0 0.0.0.0/0 
   4 2044 0 -f * * 0.0.0.0/0 0.0.0.0/0 
   6 4036 0 -- * * 0.0.0.0/0 0.0.0.0/0 length 0:999
  $ ip netns exec b iptables -L INPUT -v -n -x | tail -n +3 | sed -E 's/ +/ /g'
   1 1428 1 -- * * 0.0.0.0/0 0.0.0.0/0 icmptype 8
   1 2528 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:9000
   1 2528 17 -- * * 0.0.0.0/0 0.0.0.0/0 
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       3                  0.0
  IpFragCreates                   6                  0.0
