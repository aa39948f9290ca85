With IPv6 disabled by default a device still has its inet6_dev and all-nodes groups from registration (ipv6_add_dev), a bridge joins ff02::6a at open, and nothing is sent: no Ip6/Icmp6 counter moves; then the groups in /proc/net/igmp6 and dev_mcast, and a mcast_snooping toggle.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ ip link set a0 master br0; ip link set a0 up; ip link set b0 up; ip link set br0 up; sleep 2
  $ nstat -a 'Ip6*' 'Icmp6*'
  #kernel
  $ cat /proc/net/igmp6
  1    lo              ff020000000000000000000000000001     1 0000000C 0
  1    lo              ff010000000000000000000000000001     1 00000008 0
  2    br0             ff02000000000000000000000000006a     1 00000004 0
  2    br0             ff020000000000000000000000000001     1 0000000C 0
  2    br0             ff010000000000000000000000000001     1 00000008 0
  3    b0              ff020000000000000000000000000001     1 0000000C 0
  3    b0              ff010000000000000000000000000001     1 00000008 0
  4    a0              ff020000000000000000000000000001     1 0000000C 0
  4    a0              ff010000000000000000000000000001     1 00000008 0
  $ cat /proc/net/dev_mcast
  2    br0             1     0     333300000001
  2    br0             1     0     01005e00006a
  2    br0             1     0     33330000006a
  2    br0             1     0     01005e000001
  3    b0              1     0     333300000001
  3    b0              1     0     01005e000001
  4    a0              1     0     333300000001
  4    a0              1     0     01005e000001
  $ ip link set br0 type bridge mcast_snooping 0; sleep 1; grep br0 /proc/net/igmp6; grep br0 /proc/net/dev_mcast
  2    br0             ff020000000000000000000000000001     1 0000000C 0
  2    br0             ff010000000000000000000000000001     1 00000008 0
  2    br0             1     0     333300000001
  2    br0             1     0     01005e000001
  $ ip link set br0 type bridge mcast_snooping 1; sleep 1; grep br0 /proc/net/igmp6; nstat -a 'Ip6*' 'Icmp6*'
  2    br0             ff02000000000000000000000000006a     1 00000004 0
  2    br0             ff020000000000000000000000000001     1 0000000C 0
  2    br0             ff010000000000000000000000000001     1 00000008 0
  #kernel
  Ip6OutRequests                  4                  0.0
  Ip6OutDiscards                  4                  0.0
  Icmp6OutMsgs                    4                  0.0
  Icmp6OutMLDv2Reports            4                  0.0
  Icmp6OutType143                 4                  0.0
  $ ip link set br0 down; grep br0 /proc/net/igmp6; grep br0 /proc/net/dev_mcast
  2    br0             ff020000000000000000000000000001     1 0000000C 0
  2    br0             ff010000000000000000000000000001     1 00000008 0
  2    br0             1     0     333300000001
