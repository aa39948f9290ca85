"learning off": the port's hosts never enter the forwarding database, so
frames to them are flooded (and still arrive).
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0 up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ bridge -n sw link set dev p1 learning off
  $ ip -d -n sw link show p1 | grep -o 'learning [a-z]*'
  learning off
  $ ip netns exec h1 ping -c 1 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ bridge -n sw fdb show br br0 | grep -v permanent
  02:00:00:00:00:02 dev p2 master br0 
  $ ip -n sw link set p1 type bridge_slave learning on
  $ ip netns exec h1 ping -c 1 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ bridge -n sw fdb show br br0 | grep -v permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
