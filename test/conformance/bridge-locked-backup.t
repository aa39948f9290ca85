Port flags that change forwarding: a locked port drops frames from sources the fdb does not have on it (a static entry opens it, and only for that MAC), a backup port takes the unicast of a port whose carrier is gone, mcast_to_unicast and locked in bridge -d link.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:aa:0$i; ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n sw link set br0 up
  $ bridge -n sw link set dev p1 locked on
  $ bridge -n sw -d link show dev p1 | grep -o 'locked [a-z]*'
  locked on
  $ ip -n sw -d link show p1 | grep -o 'locked [a-z]*'
  locked on
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | sed -n 4,5p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 dynamic | sort
  $ bridge -n sw fdb add 02:00:00:00:00:01 dev p1 master static
  $ ip -n h1 neigh flush all
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | sed -n 4,5p
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 static
  02:00:00:00:00:02 dev p2 master br0 
  $ ip -n h1 link set e0 address 02:00:00:00:00:11
  $ ip -n h1 neigh flush all; ip -n h2 neigh flush all
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | sed -n 4,5p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 static
  02:00:00:00:00:02 dev p2 master br0 
  $ bridge -n sw link set dev p1 locked off
  $ ip -n h1 neigh flush all
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | sed -n 4,5p
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 static
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:11 dev p1 master br0 
  $ bridge -n sw link set dev p2 backup_port p3
  $ bridge -n sw -d link show dev p2 | grep -o 'backup_port [a-z0-9]*'
  backup_port p3
  $ ip -n sw -d link show p2 | grep -o 'backup_port [a-z0-9]*'
  backup_port p3
  $ ip -n h2 link set e0 down
  $ ip netns exec h3 tcpdump -l -n -e -i e0 -c 1 icmp >/tmp/sweepbr5-bk.txt 2>/dev/null & sleep 1
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | sed -n 4p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 1; wait
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id X/' /tmp/sweepbr5-bk.txt; rm -f /tmp/sweepbr5-bk.txt
  02:00:00:00:00:11 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: ICMP echo request, id X, seq 1, length 64
  $ bridge -n sw link set dev p2 nobackup_port
  $ bridge -n sw -d link show dev p2 | grep -c backup_port
  0
  [1]
  $ bridge -n sw link set dev p2 backup_port p2
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n sw link set dev p2 backup_port nosuch
  Error: device nosuch does not exist
  [255]
  $ bridge -n sw link set dev p3 mcast_to_unicast on
  $ bridge -n sw -d link show dev p3 | grep -o 'mcast_to_unicast [a-z]*'
  mcast_to_unicast on
  $ ip -n sw -d link show p3 | grep -o 'mcast_to_unicast [a-z]*'
  mcast_to_unicast on
