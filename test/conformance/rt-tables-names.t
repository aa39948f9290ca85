Names from /etc/iproute2/rt_tables, rt_tables.d/*.conf, rt_protos.d and group, read by
each ip command, in its input and its output. The files are private copies
(a bind mount and a tmpfs) so the host's /etc stays as it is.
  $ mount -t tmpfs tmpfs /etc/iproute2/rt_tables.d
  $ printf '255\tlocal\n254\tmain\n253\tdefault\n0\tunspec\n#\n100\tmy_rt_table\n  0x65 other # hex, and a comment\n' > rt_tables
  $ mount --bind rt_tables /etc/iproute2/rt_tables
  $ ip link set lo up
  $ ip route add 10.1.0.0/16 dev lo table my_rt_table
  $ ip route show table my_rt_table
  10.1.0.0/16 dev lo scope link 
  $ ip route show table 100
  10.1.0.0/16 dev lo scope link 
  $ ip route show table all | grep 10.1.0
  10.1.0.0/16 dev lo table my_rt_table scope link 
  $ ip -N route show table all | grep 10.1.0
  10.1.0.0/16 dev lo table 100 scope 253 
  $ ip rule add from 10.2.0.0/16 lookup my_rt_table
  $ ip rule add from 10.3.0.0/16 table other pref 1000
  $ ip rule
  0:	from all lookup local
  1000:	from 10.3.0.0/16 lookup other
  32765:	from 10.2.0.0/16 lookup my_rt_table
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -N rule
  0:	from all lookup 255
  1000:	from 10.3.0.0/16 lookup 101
  32765:	from 10.2.0.0/16 lookup 100
  32766:	from all lookup 254
  32767:	from all lookup 253
  $ ip rule show table my_rt_table
  32765:	from 10.2.0.0/16 lookup my_rt_table
  $ printf '200 lab_conf\n' > /etc/iproute2/rt_tables.d/lab.conf
  $ printf '7 ignored\n' > /etc/iproute2/rt_tables.d/lab.txt
  $ ip rule add from 10.4.0.0/16 table lab_conf
  $ ip rule add from 10.5.0.0/16 table ignored
  Error: argument "ignored" is wrong: invalid table ID
  [255]
  $ ip rule show | grep 10.4
  999:	from 10.4.0.0/16 lookup lab_conf
  $ ip route add 10.6.0.0/16 dev lo table 4000
  $ printf '4000 big\n' >> /etc/iproute2/rt_tables
  $ ip route show table big
  10.6.0.0/16 dev lo scope link 
  $ ip route show table all | grep 10.6.0
  10.6.0.0/16 dev lo table big scope link 
  $ printf 'bogus line\n' > /etc/iproute2/rt_tables.d/bad.conf
  $ ip route show table my_rt_table
  Database /etc/iproute2/rt_tables.d/bad.conf is corrupted at bogus line
  
  10.1.0.0/16 dev lo scope link 
  $ rm /etc/iproute2/rt_tables.d/bad.conf
  $ mount -t tmpfs tmpfs /etc/iproute2/rt_protos.d
  $ printf '77 lab_proto\n' > /etc/iproute2/rt_protos.d/lab.conf
  $ ip route add 10.8.0.0/16 dev lo proto lab_proto
  $ ip route show proto lab_proto
  10.8.0.0/16 dev lo scope link 
  $ ip route show 10.8.0.0/16
  10.8.0.0/16 dev lo proto lab_proto scope link 
  $ ip route add 10.9.0.0/16 dev lo proto 78
  $ ip route show 10.9.0.0/16
  10.9.0.0/16 dev lo proto 78 scope link 
  $ printf '0\tdefault\n5\tlabgroup\n' > group
  $ mount --bind group /etc/iproute2/group
  $ ip link set lo group labgroup
  $ ip link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group labgroup qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip link set lo group 6
  $ ip link show lo | head -1
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group 6 qlen 1000
  $ ip link set lo group nosuch
  Error: argument "nosuch" is wrong: Invalid "group" value
  [255]
