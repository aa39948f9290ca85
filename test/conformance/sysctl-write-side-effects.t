Side effects of sysctl writes beyond the value: route/flush and the learned PMTU exceptions (fnhe_genid_bump), mtu_expires and min_pmtu on exceptions already learned, forwarding turning LRO off (dev_disable_lro), ip_no_pmtu_disc on a new exception.
  $ for n in a r b; do ip netns add $n; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ ip -n r link set r1 mtu 1400; ip -n b link set b0 mtu 1400
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1472 10.0.1.2 | sed -n 2p
  From 10.0.0.254 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n a route get 10.0.1.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 via 10.0.0.254 dev a0 src 10.0.0.1 uid 0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a sysctl -w net.ipv4.route.mtu_expires=100
  net.ipv4.route.mtu_expires = 100
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 via 10.0.0.254 dev a0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a sysctl -w net.ipv4.route.min_pmtu=1450
  net.ipv4.route.min_pmtu = 1450
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 via 10.0.0.254 dev a0 
      cache expires Nsec mtu 1400 
  $ ip -n a route get 10.0.1.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 via 10.0.0.254 dev a0 src 10.0.0.1 uid 0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a sysctl -w net.ipv4.route.flush=1
  net.ipv4.route.flush = 1
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  $ ip -n a route get 10.0.1.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 via 10.0.0.254 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1472 10.0.1.2 | sed -n 2p
  From 10.0.0.254 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 via 10.0.0.254 dev a0 
      cache expires Nsec mtu lock 1450 
  $ ip netns exec a sysctl -w net.ipv4.route.min_pmtu=552
  net.ipv4.route.min_pmtu = 552
  $ ip netns exec a sysctl -w net.ipv4.route.flush=1
  net.ipv4.route.flush = 1
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1472 10.0.1.2 | sed -n 2p
  From 10.0.0.254 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 via 10.0.0.254 dev a0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a sysctl -w net.ipv4.conf.all.accept_local=1; ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  net.ipv4.conf.all.accept_local = 1
  10.0.1.2 via 10.0.0.254 dev a0 
      cache expires Nsec mtu 1400 
  $ ip -n a link set a0 mtu 1300; ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 via 10.0.0.254 dev a0 
      cache expires Nsec mtu 1400 
  $ ip -n a link set a0 mtu 1500; ip -n a route show cache | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.0.1.2 via 10.0.0.254 dev a0 
      cache expires Nsec mtu 1400 
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=1
  net.ipv4.ip_no_pmtu_disc = 1
  $ ip netns exec a ping -c 1 -W 1 -s 1472 10.0.1.2 | sed -n 2p | sed 's/time=.*//'
  1480 bytes from 10.0.1.2: icmp_seq=1 ttl=63 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1472 10.0.1.2 | sed -n 2p | sed 's/time=.*//'
  From 10.0.0.254 icmp_seq=1 Frag needed and DF set (mtu = 0)
  $ ip netns exec r ethtool -k r0 | grep -E 'large-receive|generic-receive'
  generic-receive-offload: off
  large-receive-offload: off [fixed]
  $ ip netns exec r ethtool -K r0 lro on; echo rc=$?; ip netns exec r ethtool -k r0 | grep large-receive
  Could not change any device features
  Actual changes:
  rx-lro: off [requested on]
  rc=1
  large-receive-offload: off [fixed]
  $ ip netns exec r ethtool -K r0 gro on; ip netns exec r ethtool -k r0 | grep -E 'large-receive|generic-receive'
  generic-receive-offload: on
  large-receive-offload: off [fixed]
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.forwarding=0; ip netns exec r ethtool -K r0 lro on; echo rc=$?; ip netns exec r ethtool -k r0 | grep large-receive
  Could not change any device features
  Actual changes:
  rx-lro: off [requested on]
  rc=1
  large-receive-offload: off [fixed]
  $ ip netns exec r sysctl -w net.ipv4.conf.r0.forwarding=1; ip netns exec r ethtool -k r0 | grep large-receive
  net.ipv4.conf.r0.forwarding = 1
  large-receive-offload: off [fixed]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.forwarding=0; ip netns exec r ethtool -K r0 lro on; ip netns exec r ethtool -k r0 | grep large-receive
  Could not change any device features
  Actual changes:
  rx-lro: off [requested on]
  large-receive-offload: off [fixed]
  $ ip netns exec r sysctl -w net.ipv4.conf.all.forwarding=1; ip netns exec r ethtool -k r0 | grep large-receive
  net.ipv4.conf.all.forwarding = 1
  large-receive-offload: off [fixed]
