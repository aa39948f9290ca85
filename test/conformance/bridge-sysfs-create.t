Writing a name sysfs does not have: kernfs leaves a negative dentry and has no ->create, so open(O_CREAT) is EACCES (lookup_open()), in a bridge's bridge/ directory, a port's brport/, a device's own directory and /sys/class/net itself; a directory that does not exist is ENOENT; procfs's lookup fails instead (ENOENT). Seen from bash, dash and tee.
  $ ip netns add sw
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip -n sw link set v0 master br0
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/br0/bridge/vlan_filtering'
  bash: line 1: /sys/class/net/br0/bridge/vlan_filtering: Permission denied
  [1]
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/br0/bridge/nosuch; echo $?'
  bash: line 1: /sys/class/net/br0/bridge/nosuch: Permission denied
  1
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/v0/brport/locked'
  bash: line 1: /sys/class/net/v0/brport/locked: Permission denied
  [1]
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/v0/brport/nosuch'
  bash: line 1: /sys/class/net/v0/brport/nosuch: Permission denied
  [1]
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/v1/brport/learning'
  bash: line 1: /sys/class/net/v1/brport/learning: No such file or directory
  [1]
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/v0/nosuch'
  bash: line 1: /sys/class/net/v0/nosuch: Permission denied
  [1]
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/nosuch'
  bash: line 1: /sys/class/net/nosuch: Permission denied
  [1]
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/nodev/mtu'
  bash: line 1: /sys/class/net/nodev/mtu: No such file or directory
  [1]
  $ ip netns exec sw bash -c 'echo 1 >> /sys/class/net/br0/bridge/nosuch'
  bash: line 1: /sys/class/net/br0/bridge/nosuch: Permission denied
  [1]
  $ ip netns exec sw sh -c 'echo 1 > /sys/class/net/br0/bridge/nosuch'
  sh: 1: cannot create /sys/class/net/br0/bridge/nosuch: Permission denied
  [2]
  $ ip netns exec sw sh -c 'echo 1 > /sys/class/net/v0/brport/nosuch'
  sh: 1: cannot create /sys/class/net/v0/brport/nosuch: Permission denied
  [2]
  $ ip netns exec sw sh -c 'echo 1 > /sys/class/net/nodev/mtu'
  sh: 1: cannot create /sys/class/net/nodev/mtu: Directory nonexistent
  [2]
  $ echo 1 | ip netns exec sw tee /sys/class/net/br0/bridge/nosuch
  tee: /sys/class/net/br0/bridge/nosuch: Permission denied
  1
  [1]
  $ echo 1 | ip netns exec sw tee /sys/class/net/v1/brport/learning
  tee: /sys/class/net/v1/brport/learning: No such file or directory
  1
  [1]
  $ ip netns exec sw bash -c 'echo 1 > /proc/sys/net/ipv4/nosuch'
  bash: line 1: /proc/sys/net/ipv4/nosuch: No such file or directory
  [1]
  $ ip netns exec sw bash -c 'echo 1 > /proc/net/nosuch'
  bash: line 1: /proc/net/nosuch: No such file or directory
  [1]
  $ ip netns exec sw sh -c 'echo 1 > /proc/sys/net/ipv4/nosuch'
  sh: 1: cannot create /proc/sys/net/ipv4/nosuch: Directory nonexistent
  [2]
  $ ip netns exec sw ls /sys/class/net/br0/bridge | grep -c nosuch
  0
  [1]
  $ ip netns exec sw cat /sys/class/net/br0/bridge/nosuch
  cat: /sys/class/net/br0/bridge/nosuch: No such file or directory
  [1]
  $ ip netns exec sw bash -c 'echo 0 > /sys/class/net/br0/bridge/stp_state; echo $?; cat /sys/class/net/br0/bridge/stp_state'
  0
  0
  $ ip netns exec sw bash -c 'echo 0 > /sys/class/net/v0/brport/learning; echo $?; cat /sys/class/net/v0/brport/learning'
  0
  0
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/br0/bridge/flush; echo $?'
  0
  $ ip netns exec sw bash -c 'echo 1 > /sys/class/net/v0/brport/flush; echo $?'
  0
  $ ip netns exec sw bash -c 'echo 5 > /sys/class/net/br0/bridge/root_id'
  bash: line 1: /sys/class/net/br0/bridge/root_id: Permission denied
  [1]
