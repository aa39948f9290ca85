The bridge sysfs files that take text: group_addr (mac_pton(): 17 characters at least, only 01:80:c2:00:00:0X with X not 1, 2 or 3) and a port's backup_port (a device name, a trailing newline cut, an empty name clearing it, a non-port or missing device refused), with ip -d link's view.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ ip -n sw link set p1 master br0; ip -n sw link set p2 master br0
  $ w() { ip netns exec sw sh -c "printf '$1' > /sys/class/net/$2; echo \$?; cat /sys/class/net/$2"; }
  $ w '01:80:c2:00:00:0e' br0/bridge/group_addr
  0
  01:80:c2:00:00:0e
  $ w '01:80:C2:00:00:0F\n' br0/bridge/group_addr
  0
  01:80:c2:00:00:0f
  $ w '01:80:c2:00:00:01' br0/bridge/group_addr
  sh: 1: printf: printf: I/O error
  1
  01:80:c2:00:00:0f
  $ w '01:80:c2:00:00:03' br0/bridge/group_addr
  sh: 1: printf: printf: I/O error
  1
  01:80:c2:00:00:0f
  $ w '01:80:c2:00:00:10' br0/bridge/group_addr
  sh: 1: printf: printf: I/O error
  1
  01:80:c2:00:00:0f
  $ w '01:80:c2:00:00:0' br0/bridge/group_addr
  sh: 1: printf: printf: I/O error
  1
  01:80:c2:00:00:0f
  $ w '01:80:c2:00:00:00xyz' br0/bridge/group_addr
  0
  01:80:c2:00:00:00
  $ w '01-80-c2-00-00-04' br0/bridge/group_addr
  sh: 1: printf: printf: I/O error
  1
  01:80:c2:00:00:00
  $ w '02:00:00:00:00:00' br0/bridge/group_addr
  sh: 1: printf: printf: I/O error
  1
  01:80:c2:00:00:00
  $ ip -n sw -d link show br0 | grep -o 'group_address [^ ]*'
  group_address 01:80:c2:00:00:00
  $ w 'p2' p1/brport/backup_port
  0
  p2
  $ w 'p2\n' p1/brport/backup_port
  0
  p2
  $ w 'q1' p1/brport/backup_port
  sh: 1: printf: printf: I/O error
  1
  p2
  $ w 'nosuch' p1/brport/backup_port
  sh: 1: printf: printf: I/O error
  1
  p2
  $ w 'p1' p1/brport/backup_port
  sh: 1: printf: printf: I/O error
  1
  p2
  $ w 'br0' p1/brport/backup_port
  sh: 1: printf: printf: I/O error
  1
  p2
  $ w '' p1/brport/backup_port
  0
  p2
  $ w '\n' p1/brport/backup_port
  0
  $ w 'p2' p1/brport/backup_port
  0
  p2
  $ ip -n sw -d link show p1 | grep -o 'backup_port [^ ]*'
  backup_port p2
  $ ip -n sw link set p2 nomaster; ip netns exec sw cat /sys/class/net/p1/brport/backup_port
