Bridge snooping learns only from reports that pass ip_mc_check_igmp(): an IGMPv2 report sent raw (socat IP-SENDTO, protocol 2) with a wrong checksum is not learnt, the same report with the right one is.
  $ ip netns add h1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0
  $ sysctl -qw net.ipv6.conf.br0.disable_ipv6=1 net.ipv6.conf.p1.disable_ipv6=1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.e1.disable_ipv6=1
  $ ip link set br0 up; ip link set p1 up; ip -n h1 link set e1 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e1
  $ ip -n h1 route add 224.0.0.0/4 dev e1
  $ sleep 1
  $ bridge mdb show
  $ ip netns exec h1 sh -c "printf '\026\000\000\000\357\001\001\001' | socat -u - IP-SENDTO:239.1.1.1:2"
  $ sleep 0.5
  $ bridge mdb show
  $ ip netns exec h1 sh -c "printf '\026\000\371\374\357\001\001\002' | socat -u - IP-SENDTO:239.1.1.2:2"
  $ sleep 0.5
  $ bridge mdb show
  $ ip netns exec h1 sh -c "printf '\026\000\371\374\357\001\001\001' | socat -u - IP-SENDTO:239.1.1.1:2"
  $ sleep 0.5
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  $ ip netns exec h1 sh -c "printf '\027\000\370\374\357\001\001\001' | socat -u - IP-SENDTO:224.0.0.2:2"
  $ sleep 0.5
  $ bridge mdb show
  dev br0 port p1 grp 239.1.1.1 temp
