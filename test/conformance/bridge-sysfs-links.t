sysfs links between a bridge, its ports and macvlans (upper_/lower_ and master links, brif/, brport/bridge): what ls and readlink show, how they move when a port leaves, a macvlan is stacked on a port and a port is renamed.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ ip -n sw link set p1 master br0; ip -n sw link set p2 master br0
  $ ip -n sw link add mv0 link q1 address 02:00:00:00:0a:01 type macvlan
  $ ip -n sw link add mvb link br0 address 02:00:00:00:0a:02 type macvlan
  $ x() { ip netns exec sw sh -c "$*"; }
  $ x 'ls /sys/class/net/br0/brif/'
  p1
  p2
  $ x 'ls -d /sys/class/net/br0/upper_* /sys/class/net/br0/lower_* 2>&1'
  /sys/class/net/br0/lower_p1
  /sys/class/net/br0/lower_p2
  /sys/class/net/br0/upper_mvb
  $ x 'readlink /sys/class/net/p1/master /sys/class/net/p1/upper_br0 /sys/class/net/br0/lower_p1'
  ../br0
  ../br0
  ../p1
  $ x 'readlink /sys/class/net/br0/brif/p1 /sys/class/net/p1/brport/bridge'
  ../../p1/brport
  ../../br0
  $ x 'ls /sys/class/net/p1/ | grep -E "^(upper|lower|master|brport)"'
  brport
  master
  upper_br0
  $ x 'ls /sys/class/net/q1/ | grep -E "^(upper|lower|master)"; readlink /sys/class/net/mv0/lower_q1 /sys/class/net/q1/upper_mv0'
  upper_mv0
  ../q1
  ../mv0
  $ x 'readlink /sys/class/net/mv0/master; echo $?'
  1
  $ x 'ls /sys/class/net/mvb/ | grep -E "^(upper|lower|master)"; ls /sys/class/net/br0/ | grep -E "^(upper|lower)"'
  lower_br0
  lower_p1
  lower_p2
  upper_mvb
  $ ip -n sw link set p2 nomaster
  $ x 'ls /sys/class/net/br0/brif/; ls /sys/class/net/p2/ | grep -cE "^(upper|master|brport)"'
  p1
  0
  [1]
  $ ip -n sw link set p1 name port1
  $ x 'ls /sys/class/net/br0/brif/; readlink /sys/class/net/br0/lower_port1 /sys/class/net/br0/brif/port1'
  port1
  ../port1
  ../../port1/brport
  $ x 'cat /sys/class/net/br0/brif/port1/port_no /sys/class/net/port1/brport/port_no'
  0x1
  0x1
  $ x 'ls /sys/class/net/br0/brif/port1/ | wc -l; ls /sys/class/net/br0/bridge/ | wc -l'
  32
  40
  $ ip -n sw link del mv0
  $ x 'ls /sys/class/net/q1/ | grep -cE "^(upper|lower)"'
  0
  [1]
  $ ip -n sw link set port1 nomaster; x 'ls -A /sys/class/net/br0/brif/ | wc -l'
  0
