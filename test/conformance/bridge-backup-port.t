A bridge port's backup port: set with ip link (bridge_slave backup_port) and sysfs (brport/backup_port), shown by ip -d link, bridge -d link and JSON; known unicast for a port without carrier goes out of its backup (br_forward(); the port keeps its learnt entries when it has a backup, br_stp_disable_port()), here to the same host's second interface with the same MAC (learning off on the backup); a port of another bridge or the port itself is refused; nobackup_port clears it.
  $ for n in h1 h2 s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n s link add br1 address 02:00:00:00:99:98 type bridge
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns s address 02:00:00:00:90:01
  $ ip link add e0 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns s address 02:00:00:00:90:02
  $ ip link add e1 netns h2 address 02:00:00:00:00:02 type veth peer name p3 netns s address 02:00:00:00:90:03
  $ ip -n s link add p4 type veth peer name q4
  $ ip -n s link set p4 master br1
  $ for d in p1 p2 p3; do ip -n s link set $d master br0; ip -n s link set $d up; done
  $ ip -n s link set br0 up
  $ bridge -n s link set dev p3 learning off
  $ ip -n h1 link set e0 up
  $ ip -n h2 link set e0 up
  $ ip -n h2 link set e1 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e0
  $ ip -n h2 addr add 10.0.0.2/24 dev e0
  $ ip -n h2 addr add 10.0.0.2/24 dev e1
  $ ip -n s link set p2 type bridge_slave backup_port p3
  $ ip -n s -d link show p2 | grep -o 'backup_port [a-z0-9]*'
  backup_port p3
  $ bridge -n s -d link show dev p2 | grep -o 'backup_port [a-z0-9]*'
  backup_port p3
  $ ip -n s -j -d link show p2 | grep -o '"backup_port":"[a-z0-9]*"'
  "backup_port":"p3"
  $ ip netns exec s cat /sys/class/net/p2/brport/backup_port
  p3
  $ ip -n s link set p2 type bridge_slave backup_port p4
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n s link set p2 type bridge_slave backup_port p2
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n s link set p2 type bridge_slave backup_port nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  [255]
  $ sleep 1
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n h2 link set e0 down
  $ sleep 1
  $ bridge -n s link show dev p2
  5: p2@br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ bridge -n s fdb show br br0 | grep 02:00:00:00:00:0
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n s link set p2 type bridge_slave nobackup_port
  $ ip -n s -d link show p2 | grep -c backup_port
  0
  [1]
  $ ip netns exec s bash -c 'echo p3 > /sys/class/net/p2/brport/backup_port'
  $ ip netns exec s cat /sys/class/net/p2/brport/backup_port
  p3
  $ ip netns exec s bash -c 'echo nosuch > /sys/class/net/p2/brport/backup_port'
  bash: line 1: echo: write error: No such file or directory
  [1]
  $ ip netns exec s bash -c 'echo > /sys/class/net/p2/brport/backup_port'
  $ ip netns exec s cat /sys/class/net/p2/brport/backup_port
