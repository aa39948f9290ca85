arping between two NICs of one host wired to each other: a request whose sender is a local address is a martian on the other NIC until accept_local, duplicate address detection (-D, sender 0.0.0.0) is answered for either address (weak host), a NIC asking for its own address hears the other answer, -s with the other NIC's address on the wire, -A and -U announcements, and the neighbour entries they leave.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name eth2 netns h address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h arping -c 1 -w 1 -I eth1 192.168.2.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 192.168.2.2 from 192.168.1.1 eth1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec h arping -c 1 -w 1 -I eth1 -s 192.168.1.1 192.168.2.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 192.168.2.2 from 192.168.1.1 eth1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.accept_local=1
  $ ip netns exec h arping -c 1 -w 1 -I eth1 192.168.2.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 192.168.2.2 from 192.168.1.1 eth1
  Unicast reply from 192.168.2.2 [02:00:00:00:00:E2]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h arping -c 1 -w 1 -D -I eth1 192.168.2.2 | sed -E 's/[0-9.]+ms/Tms/'; echo rc=$?
  ARPING 192.168.2.2 from 0.0.0.0 eth1
  Unicast reply from 192.168.2.2 [02:00:00:00:00:E2]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc=0
  $ ip netns exec h arping -c 1 -w 1 -D -I eth1 192.168.1.1 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 192.168.1.1 from 0.0.0.0 eth1
  Unicast reply from 192.168.1.1 [02:00:00:00:00:E2]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h arping -c 1 -w 1 -I eth1 192.168.1.1 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 192.168.1.1 from 192.168.1.1 eth1
  Unicast reply from 192.168.1.1 [02:00:00:00:00:E2]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec h arping -c 1 -w 1 -I eth2 -s 192.168.1.1 192.168.1.1 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 192.168.1.1 from 192.168.1.1 eth2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec h arping -c 1 -A -I eth1 192.168.1.1
  ARPING 192.168.1.1 from 192.168.1.1 eth1
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec h arping -c 1 -U -I eth2 192.168.2.2
  ARPING 192.168.2.2 from 192.168.2.2 eth2
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n h neigh show | sort
  192.168.1.1 dev eth2 lladdr 02:00:00:00:00:e1 STALE 
  $ ip netns exec h nstat -asz | grep -i arp
  TcpExtArpFilter                 0                  0.0
