A LOCAL_OUT mark change reroutes the packet (ip_route_me_harder): a source
that is unicast but not local (ip_nonlocal_bind) is kept for the new
lookup, so a "from" rule still picks its table.
  $ ip netns add a; ip netns add b; ip netns add c
  $ ip link add a0 netns a type veth peer name b0 netns b
  $ ip link add a1 netns a type veth peer name c0 netns c
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n a addr add 10.0.1.1/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0; ip -n c addr add 10.0.1.2/24 dev c0
  $ for n in a b c; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up; ip -n c link set c0 up
  $ ip -n a route add 10.0.5.0/24 via 10.0.0.2
  $ ip -n a route add 10.0.5.0/24 via 10.0.1.2 table 100
  $ ip -n a rule add from 10.9.9.9 lookup 100
  $ ip netns exec a sysctl -qw net.ipv4.ip_nonlocal_bind=1
  $ ip netns exec b iptables -t raw -A PREROUTING -d 10.0.5.1
  $ ip netns exec c iptables -t raw -A PREROUTING -d 10.0.5.1
  $ ip netns exec a sh -c 'echo x | nc -u -w1 -s 10.9.9.9 10.0.5.1 9'
  [1]
  $ ip netns exec b iptables -t raw -L PREROUTING -v -n -x | sed -n 3p
         0        0            0    --  *      *       0.0.0.0/0            10.0.5.1            
  $ ip netns exec c iptables -t raw -L PREROUTING -v -n -x | sed -n 3p
         0        0            0    --  *      *       0.0.0.0/0            10.0.5.1            
  $ ip netns exec a iptables -t mangle -A OUTPUT -p udp -j MARK --set-mark 7
  $ ip netns exec a sh -c 'echo x | nc -u -w1 -s 10.9.9.9 10.0.5.1 9'
  [1]
  $ ip netns exec b iptables -t raw -L PREROUTING -v -n -x | sed -n 3p
         0        0            0    --  *      *       0.0.0.0/0            10.0.5.1            
  $ ip netns exec c iptables -t raw -L PREROUTING -v -n -x | sed -n 3p
         0        0            0    --  *      *       0.0.0.0/0            10.0.5.1            
  $ ip netns exec a iptables -t mangle -L OUTPUT -v -n -x | sed -n 3p
         0        0 MARK       17   --  *      *       0.0.0.0/0            0.0.0.0/0            MARK set 0x7
