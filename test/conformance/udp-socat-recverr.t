IP_RECVERR on UDP sockets (socat ip-recverr): __udp4_lib_err sets sk_err for every ICMP error when recverr is on, so an unconnected UDP-SENDTO socket reads port unreachable as ECONNREFUSED and a connected one reads the soft errors (net and host unreachable) too; without it they stay silent; the receiver's REJECT types; counters.
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
  $ ip netns exec b iptables -A INPUT -p udp --dport 7001 -j REJECT --reject-with icmp-net-unreachable
  $ ip netns exec b iptables -A INPUT -p udp --dport 7002 -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec b iptables -A INPUT -p udp --dport 7003 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec a sh -c '(echo one; sleep 0.3; echo two) | socat - UDP-SENDTO:10.0.0.2:9999' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip netns exec a sh -c '(echo one; sleep 0.3; echo two) | socat - UDP-SENDTO:10.0.0.2:9999,ip-recverr' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ for p in 7001 7002 7003; do ip netns exec a sh -c "(echo one; sleep 0.3; echo two) | socat - UDP-SENDTO:10.0.0.2:$p,ip-recverr" 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'; done
  $ for p in 7001 7002 7003; do ip netns exec a sh -c "(echo one; sleep 0.3; echo two) | socat - UDP:10.0.0.2:$p" 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'; done
  socat E read(5, BUF, 8192): No route to host
  $ for p in 7001 7002 7003; do ip netns exec a sh -c "(echo one; sleep 0.3; echo two) | socat - UDP:10.0.0.2:$p,recverr" 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'; done
  socat E read(5, BUF, 8192): Network is unreachable
  socat E read(5, BUF, 8192): No route to host
  socat E read(5, BUF, 8192): No route to host
  $ ip netns exec a sh -c '(echo one; sleep 0.3; echo two) | socat - UDP-SENDTO:10.0.0.2:9999,ip-recverr; echo rc=$?' 2>&1
  rc=0
  $ ip netns exec a sh -c '(echo one; sleep 0.3; echo two) | socat -d - UDP-SENDTO:10.0.0.2:9999,recverr=1' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  socat W recvmsg(): Connection refused
  $ ip netns exec a sh -c '(echo one; sleep 0.3; echo two) | socat - UDP-SENDTO:10.0.0.2:9999,recverr=0' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:6000,ip-recverr - > recv.out & sleep 0.3'
  $ ip netns exec a sh -c 'echo hello | socat -u - UDP-SENDTO:10.0.0.2:6000'
  $ sleep 0.3; ip netns exec b cat recv.out
  hello
  $ ip netns exec a sh -c 'echo one | socat -u - UDP-SENDTO:10.0.0.2:9999,ip-recverr'; echo $?
  0
  $ ip netns exec a socat -u - UDP-SENDTO:10.0.0.2:9999,ip-recverr=x < /dev/null 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E parseopts(): missing numerical value of option "ip-recverr=x"
  $ ip netns exec a socat -u - UDP-SENDTO:10.0.0.2:9999,ip-recverr=1z < /dev/null 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E parseopts(): trailing garbage in numerical arg of option "ip-recverr=1z"
  $ ip netns exec a nstat -asz IcmpInDestUnreachs UdpOutDatagrams UdpInErrors
  #kernel
  IcmpInDestUnreachs              25                 0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 26                 0.0
  $ ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             25                 0.0
  UdpNoPorts                      11                 0.0
