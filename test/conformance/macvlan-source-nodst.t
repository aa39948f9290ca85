macvlan source mode with flag nodst: frames from a listed source go only to the source macvlans, not also to the macvlan or lower device they are addressed to; without nodst they reach both.
  $ ip netns add h
  $ ip netns add o
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec o sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth0 netns h address 02:00:00:00:06:01 type veth peer name o0 netns o address 02:00:00:00:06:02
  $ ip -n h link add link eth0 name s0 address 02:00:00:00:06:11 type macvlan mode source flag nodst macaddr add 02:00:00:00:06:02
  $ ip -n h link add link eth0 name b0 address 02:00:00:00:06:12 type macvlan mode bridge
  $ ip -n h -d link show s0 | sed -n 3p
      macvlan mode source nodst bcqueuelen 1000 usedbcqueuelen 1000 remotes (1) 02:00:00:00:06:02 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ for d in eth0 s0 b0; do ip -n h link set $d up; done
  $ ip -n o link set o0 up
  $ ip -n o addr add 10.6.0.2/24 dev o0
  $ ip -n h addr add 10.6.0.1/24 dev eth0
  $ ip -n h addr add 10.6.0.12/24 dev b0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=1
  $ ip -n o neigh add 10.6.0.1 lladdr 02:00:00:00:06:01 dev o0
  $ ip -n o neigh add 10.6.0.12 lladdr 02:00:00:00:06:12 dev o0
  $ ip -n h neigh add 10.6.0.2 lladdr 02:00:00:00:06:02 dev eth0
  $ ip -n h neigh add 10.6.0.2 lladdr 02:00:00:00:06:02 dev b0
  $ ip netns exec o ping -c 1 -W 1 10.6.0.1 | sed -n 4,5p
  --- 10.6.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec o ping -c 1 -W 1 10.6.0.12 | sed -n 4,5p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h -s link show s0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             196       2      0       0       0       0 
  $ ip -n h -s link show b0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
  $ ip -n h link set s0 type macvlan flag null
  $ ip -n h -d link show s0 | sed -n 3p
      macvlan mode source bcqueuelen 1000 usedbcqueuelen 1000 remotes (1) 02:00:00:00:06:02 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip netns exec o ping -c 1 -W 1 10.6.0.12 | sed -n 4,5p
  --- 10.6.0.12 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n h -s link show s0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             294       3      0       0       0       0 
  $ ip -n h -s link show b0 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
              98       1      0       0       0       0 
  $ ip -n h link set b0 type macvlan flag nodst
  $ ip -n h link add link eth0 name b1 type macvlan mode bridge flag nodst
  $ ip -n h -d link show b1 | sed -n 3p
      macvlan mode bridge nodst bcqueuelen 1000 usedbcqueuelen 1000 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
