Port state writes against the kernel's STP: with stp_state 1 a port's state is the STP's (bridge link set state and bridge_slave state are refused, EBUSY), with STP off any of the five states goes; stp_state 2 (user STP) in a namespace falls back to the kernel's (br_stp_start()), sysfs stp_state then reads 1; values above 2 and the state names.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge stp_state 1 forward_delay 200
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0; ip -n sw link set q1 up; ip -n sw link set p1 up; ip -n sw link set br0 up
  $ bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ bridge -n sw link set dev p1 state 3; echo $?
  RTNETLINK answers: Device or resource busy
  255
  $ ip -n sw link set p1 type bridge_slave state 3; echo $?
  RTNETLINK answers: Device or resource busy
  2
  $ ip netns exec sw sh -c 'echo 3 > /sys/class/net/p1/brport/state; echo $?'; ip netns exec sw cat /sys/class/net/p1/brport/state
  sh: 1: cannot create /sys/class/net/p1/brport/state: Permission denied
  2
  1
  $ ip -n sw link set br0 type bridge stp_state 0; echo $?
  0
  $ bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ bridge -n sw link set dev p1 state blocking; echo $?; bridge -n sw link show dev p1
  0
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ bridge -n sw link set dev p1 state learning; echo $?; bridge -n sw link show dev p1
  0
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state learning priority 32 cost 2 
  $ ip -n sw link set p1 type bridge_slave state 1; echo $?; bridge -n sw link show dev p1
  0
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ ip -n sw link set p1 type bridge_slave state 5; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip -n sw link set br0 type bridge stp_state 2; echo $?
  0
  $ ip netns exec sw cat /sys/class/net/br0/bridge/stp_state
  1
  $ ip -n sw -d link show br0 | grep -o 'stp_state [0-9]'
  stp_state 1
  $ bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ bridge -n sw link set dev p1 state 3; echo $?
  RTNETLINK answers: Device or resource busy
  255
  $ ip -n sw link set br0 type bridge stp_state 3; echo $?
  0
  $ ip netns exec sw sh -c 'echo 2 > /sys/class/net/br0/bridge/stp_state; echo $?; cat /sys/class/net/br0/bridge/stp_state'
  0
  1
  $ ip netns exec sw sh -c 'echo 0 > /sys/class/net/br0/bridge/stp_state; echo $?; cat /sys/class/net/br0/bridge/stp_state'
  0
  0
  $ bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
  $ ip -n sw link set p1 down; bridge -n sw link set dev p1 state 3; echo $?; bridge -n sw link show dev p1
  RTNETLINK answers: Network is down
  255
  4: p1@q1: <BROADCAST,MULTICAST> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -n sw link set p1 up; bridge -n sw link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
