Broadcast pings and macvlan modes (icmp_echo_ignore_broadcasts 0 everywhere): a broadcast from the wire reaches the lower device and every macvlan whatever its mode; a bridge-mode macvlan's broadcast reaches its bridge-mode siblings and the wire but not the lower device or a private/vepa sibling; a private one's reaches only the wire; counters on the lower device. Replies are sorted (their order is not fixed).
  $ for n in h o; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.icmp_echo_ignore_broadcasts=0; done
  $ ip link add eth0 netns h address 02:00:00:00:00:01 type veth peer name o0 netns o address 02:00:00:00:00:02
  $ ip -n h link add link eth0 name mvb1 address 02:00:00:00:00:11 type macvlan mode bridge
  $ ip -n h link add link eth0 name mvb2 address 02:00:00:00:00:12 type macvlan mode bridge
  $ ip -n h link add link eth0 name mvp address 02:00:00:00:00:13 type macvlan mode private
  $ ip -n h link add link eth0 name mvv address 02:00:00:00:00:14 type macvlan mode vepa
  $ ip netns add m1
  $ ip netns exec m1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns add m2
  $ ip netns exec m2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns add m3
  $ ip netns exec m3 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns add m4
  $ ip netns exec m4 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip -n h link set mvb1 netns m1
  $ ip -n h link set mvb2 netns m2
  $ ip -n h link set mvp netns m3
  $ ip -n h link set mvv netns m4
  $ ip -n h addr add 10.0.0.1/24 dev eth0
  $ ip -n o addr add 10.0.0.2/24 dev o0
  $ ip -n m1 addr add 10.0.0.11/24 dev mvb1
  $ ip -n m2 addr add 10.0.0.12/24 dev mvb2
  $ ip -n m3 addr add 10.0.0.13/24 dev mvp
  $ ip -n m4 addr add 10.0.0.14/24 dev mvv
  $ ip -n h link set eth0 up
  $ ip -n o link set o0 up
  $ ip -n m1 link set mvb1 up
  $ ip -n m2 link set mvb2 up
  $ ip -n m3 link set mvp up
  $ ip -n m4 link set mvv up
  $ sleep 1
  $ ip netns exec o ping -b -w 1 -i 2 10.0.0.255 2>&1 | grep 'bytes from' | sed 's/ time=.*//' | sort
  64 bytes from 10.0.0.11: icmp_seq=1 ttl=64
  64 bytes from 10.0.0.12: icmp_seq=1 ttl=64
  64 bytes from 10.0.0.13: icmp_seq=1 ttl=64
  64 bytes from 10.0.0.14: icmp_seq=1 ttl=64
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64
  $ ip netns exec m1 ping -b -w 1 -i 2 10.0.0.255 2>&1 | grep 'bytes from' | sed 's/ time=.*//' | sort
  64 bytes from 10.0.0.12: icmp_seq=1 ttl=64
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64
  $ ip netns exec m3 ping -b -w 1 -i 2 10.0.0.255 2>&1 | grep 'bytes from' | sed 's/ time=.*//' | sort
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64
  $ ip netns exec m4 ping -b -w 1 -i 2 10.0.0.255 2>&1 | grep 'bytes from' | sed 's/ time=.*//' | sort
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64
  $ ip netns exec h ping -b -w 1 -i 2 10.0.0.255 2>&1 | grep 'bytes from' | sed 's/ time=.*//' | sort
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64
  $ ip -n o neigh show | sort
  10.0.0.1 dev o0 lladdr 02:00:00:00:00:01 DELAY 
  10.0.0.11 dev o0 lladdr 02:00:00:00:00:11 DELAY 
  10.0.0.12 dev o0 lladdr 02:00:00:00:00:12 STALE 
  10.0.0.13 dev o0 lladdr 02:00:00:00:00:13 DELAY 
  10.0.0.14 dev o0 lladdr 02:00:00:00:00:14 DELAY 
  $ ip -n m1 neigh show | sort
  10.0.0.12 dev mvb1 lladdr 02:00:00:00:00:12 STALE 
  10.0.0.2 dev mvb1 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n m2 neigh show | sort
  10.0.0.11 dev mvb2 lladdr 02:00:00:00:00:11 REACHABLE 
  10.0.0.2 dev mvb2 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n h -s link show eth0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             700      10      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1134      15      0       0       0       0 
  $ ip -n m2 -s link show mvb2 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             350       5      0       0       0       3 
      TX:  bytes packets errors dropped carrier collsns           
             280       4      0       0       0       0 
  $ ip -n m3 -s link show mvp | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       1 
      TX:  bytes packets errors dropped carrier collsns           
             238       3      0       0       0       0 
