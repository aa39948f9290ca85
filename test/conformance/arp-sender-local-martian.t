ARP requests whose sender address is one of the receiver's own, a loopback or a broadcast address: arp_process checks the request with ip_route_input(tip, sip), so a local sender is a martian source unless accept_local is on, a 127/8 sender unless route_localnet is on, a broadcast sender never passes; no answer and no entry then, while DAD probes (sender 0.0.0.0) and a plain sender are answered.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up; ip -n a link set a0 up; ip -n b link set lo up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.0.77/32 dev a0; ip -n b addr add 10.0.0.77/32 dev b0
  $ ip -n a addr add 10.0.0.255/32 dev a0
  $ ip -n a addr add 127.0.0.5/32 dev a0
  $ ip -n b addr add 10.9.9.9/32 dev lo
  $ for s in 10.0.0.1 10.0.0.77 10.0.0.255 127.0.0.5; do echo "from $s: $(ip netns exec a arping -c 1 -w 1 -I a0 -s $s 10.0.0.2 | grep -c Unicast)"; done
  from 10.0.0.1: 1
  from 10.0.0.77: 0
  from 10.0.0.255: 1
  from 127.0.0.5: 0
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.accept_local=1
  $ for s in 10.0.0.77 10.0.0.255 127.0.0.5; do echo "from $s: $(ip netns exec a arping -c 1 -w 1 -I a0 -s $s 10.0.0.2 | grep -c Unicast)"; done
  from 10.0.0.77: 1
  from 10.0.0.255: 1
  from 127.0.0.5: 0
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  10.0.0.77 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.accept_local=0 net.ipv4.conf.b0.route_localnet=1
  $ for s in 10.0.0.77 127.0.0.5; do echo "from $s: $(ip netns exec a arping -c 1 -w 1 -I a0 -s $s 10.0.0.2 | grep -c Unicast)"; done
  from 10.0.0.77: 0
  from 127.0.0.5: 1
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  10.0.0.77 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  127.0.0.5 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.route_localnet=0
  $ ip -n b neigh flush all
  $ echo "to 10.9.9.9 from 10.0.0.77: $(ip netns exec a arping -c 1 -w 1 -I a0 -s 10.0.0.77 10.9.9.9 | grep -c Unicast)"
  to 10.9.9.9 from 10.0.0.77: 0
  $ echo "to 10.0.0.77 from 10.0.0.1: $(ip netns exec a arping -c 1 -w 1 -I a0 -s 10.0.0.1 10.0.0.77 | grep -c Unicast)"
  to 10.0.0.77 from 10.0.0.1: 1
  $ ip netns exec a arping -D -c 1 -w 1 -I a0 10.0.0.77 | sed -E 's/ [0-9.]+ms$/ Xms/'; echo $?
  ARPING 10.0.0.77 from 0.0.0.0 a0
  Unicast reply from 10.0.0.77 [02:00:00:00:0B:01]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ ip netns exec b arping -D -c 1 -w 1 -I b0 10.0.0.77 | sed -E 's/ [0-9.]+ms$/ Xms/'; echo $?
  ARPING 10.0.0.77 from 0.0.0.0 b0
  Unicast reply from 10.0.0.77 [02:00:00:00:0A:01]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip -n a neigh show | sort
  $ ip netns exec b ping -c 1 -W 1 10.0.0.1 | grep -c 'bytes from'
  1
  $ ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
