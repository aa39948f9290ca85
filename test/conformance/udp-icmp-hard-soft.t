Which ICMP errors a UDP socket reports (icmp_err_convert[].fatal, __udp4_lib_err): iptables REJECT on the receiver with each --reject-with, one port each; a connected socket (socat UDP) reads the hard ones as errors (port and protocol unreachable, net/host/admin prohibited) and ignores the soft ones (net and host unreachable); an unconnected one (UDP-SENDTO) ignores them all; the counters (the receiver's ICMP rate limit off).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ export W='icmp-port-unreachable icmp-proto-unreachable icmp-net-prohibited icmp-host-prohibited icmp-admin-prohibited icmp-net-unreachable icmp-host-unreachable'
  $ p=7000; for w in $W; do p=$((p + 1)); ip netns exec b iptables -A INPUT -p udp --dport $p -j REJECT --reject-with $w; done
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p udp -m udp --dport 7001 -j REJECT --reject-with icmp-port-unreachable
  -A INPUT -p udp -m udp --dport 7002 -j REJECT --reject-with icmp-proto-unreachable
  -A INPUT -p udp -m udp --dport 7003 -j REJECT --reject-with icmp-net-prohibited
  -A INPUT -p udp -m udp --dport 7004 -j REJECT --reject-with icmp-host-prohibited
  -A INPUT -p udp -m udp --dport 7005 -j REJECT --reject-with icmp-admin-prohibited
  -A INPUT -p udp -m udp --dport 7006 -j REJECT --reject-with icmp-net-unreachable
  -A INPUT -p udp -m udp --dport 7007 -j REJECT --reject-with icmp-host-unreachable
  $ p=7000; for w in $W; do p=$((p + 1)); echo "$w:"; ip netns exec a sh -c "(echo one; sleep 0.3; echo two) | socat - UDP:10.0.0.2:$p" 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'; done
  icmp-port-unreachable:
  socat E read(5, BUF, 8192): Connection refused
  icmp-proto-unreachable:
  socat E read(5, BUF, 8192): Protocol not available
  icmp-net-prohibited:
  socat E read(5, BUF, 8192): Network is unreachable
  icmp-host-prohibited:
  socat E read(5, BUF, 8192): No route to host
  icmp-admin-prohibited:
  socat E read(5, BUF, 8192): No route to host
  icmp-net-unreachable:
  icmp-host-unreachable:
  $ ip netns exec a nstat -asz IcmpInDestUnreachs IcmpInErrors UdpInErrors UdpOutDatagrams
  #kernel
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              9                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 9                  0.0
  $ p=7000; for w in $W; do p=$((p + 1)); echo "$w:"; ip netns exec a sh -c "(echo one; sleep 0.3; echo two) | socat - UDP-SENDTO:10.0.0.2:$p" 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'; done
  icmp-port-unreachable:
  icmp-proto-unreachable:
  icmp-net-prohibited:
  icmp-host-prohibited:
  icmp-admin-prohibited:
  icmp-net-unreachable:
  icmp-host-unreachable:
  $ ip netns exec a nstat -asz IcmpInDestUnreachs IcmpInErrors UdpInErrors UdpOutDatagrams
  #kernel
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              23                 0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 23                 0.0
  $ ip netns exec a sh -c '(echo one; sleep 0.3; echo two; sleep 0.3; echo three) | nc -u -v -w 1 10.0.0.2 7002'; echo $?
  Connection to 10.0.0.2 7002 port [udp/afs3-prserver] succeeded!
  0
  $ ip netns exec a sh -c '(echo one; sleep 0.3; echo two) | nc -u -w 1 10.0.0.2 7006'; echo $?
  0
  $ ip netns exec b iptables -L INPUT -nvx | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   3 96 REJECT 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:7001 reject-with icmp-port-unreachable
   5 154 REJECT 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:7002 reject-with icmp-proto-unreachable
   3 96 REJECT 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:7003 reject-with icmp-net-prohibited
   3 96 REJECT 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:7004 reject-with icmp-host-prohibited
   3 96 REJECT 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:7005 reject-with icmp-admin-prohibited
   6 192 REJECT 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:7006 reject-with icmp-net-unreachable
   4 128 REJECT 17 -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:7007 reject-with icmp-host-unreachable
  $ ip netns exec b nstat -asz IcmpOutDestUnreachs UdpInDatagrams UdpNoPorts
  #kernel
  IcmpOutDestUnreachs             27                 0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  $ ip netns exec a nstat -asz IcmpInDestUnreachs UdpOutDatagrams
  #kernel
  IcmpInDestUnreachs              27                 0.0
  UdpOutDatagrams                 27                 0.0
