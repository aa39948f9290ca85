ping -f output: a dot per request and a backspace-space-backspace per reply (each reply comes before the next request), E for a local error; -f with -i and -l.
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
  $ ip netns exec a ping -f -c 5 10.2.0.2 | sed -n 2p | od -c | sed -n 1,3p
  0000000   .  \b      \b   .  \b      \b   .  \b      \b   .  \b      \b
  0000020   .  \b      \b  \n
  0000025
  $ ip netns exec a ping -f -c 3 -i 0.3 10.2.0.2 | sed -n 2p | od -c | sed -n 1,2p
  0000000   .  \b      \b   .  \b      \b   .  \b      \b  \n
  0000015
  $ ip netns exec a ping -f -c 4 -l 2 10.2.0.2 | sed -n 2p | od -c | sed -n 1,2p
  0000000   .   .  \b      \b  \b      \b   .   .  \b      \b  \b      \b
  0000020  \n
  $ ip netns exec r iptables -A FORWARD -j DROP
  $ ip netns exec a ping -f -c 3 -W 1 10.2.0.2 | sed -n 2p | od -c | sed -n 1,2p
  0000000   .   .   .  \n
  0000004
  $ ip netns exec a ping -f -c 3 -W 1 10.9.9.9 | sed -n 2,3p | od -c | sed -n 1,3p
  0000000   .  \b   E   .  \b   E   .  \n   -   -   -       1   0   .   9
  0000020   .   9   .   9       p   i   n   g       s   t   a   t   i   s
  0000040   t   i   c   s       -   -   -  \n
