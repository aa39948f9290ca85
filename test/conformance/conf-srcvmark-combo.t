src_valid_mark is IN_DEV_ORCONF: the reverse-path lookup of rp_filter carries the packet's mark (and so follows fwmark rules) when conf/all or conf/DEV says 1; ip route get iif ... mark shows it.
  $ ip link add r0 address 02:00:00:00:00:01 type veth peer name r1 address 02:00:00:00:00:02
  $ ip link add s0 address 02:00:00:00:00:03 type veth peer name s1 address 02:00:00:00:00:04
  $ for d in lo r0 r1 s0 s1; do ip link set $d up; done
  $ ip addr add 10.1.0.1/24 dev r0; ip addr add 10.2.0.1/24 dev s0
  $ ip route add 172.16.0.0/16 via 10.2.0.2
  $ ip route add 172.16.0.0/16 via 10.1.0.2 table 100
  $ ip rule add fwmark 5 table 100
  $ sysctl -qw net.ipv4.conf.all.forwarding=1 net.ipv4.conf.all.rp_filter=1
  $ ip route get 10.2.0.9 from 172.16.1.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.2.0.9 from 172.16.1.1 iif r0 mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.all.src_valid_mark=1
  net.ipv4.conf.all.src_valid_mark = 1
  $ ip route get 10.2.0.9 from 172.16.1.1 iif r0 mark 5
  10.2.0.9 from 172.16.1.1 dev s0 mark 5 
      cache iif r0 
  $ ip route get 10.2.0.9 from 172.16.1.1 iif r0 mark 6
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.16.1.1 iif s0 mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.16.1.1 iif s0
  10.1.0.9 from 172.16.1.1 dev r0 
      cache iif s0 
  $ sysctl -w net.ipv4.conf.all.src_valid_mark=0 net.ipv4.conf.r0.src_valid_mark=1
  net.ipv4.conf.all.src_valid_mark = 0
  net.ipv4.conf.r0.src_valid_mark = 1
  $ ip route get 10.2.0.9 from 172.16.1.1 iif r0 mark 5
  10.2.0.9 from 172.16.1.1 dev s0 mark 5 
      cache iif r0 
  $ ip route get 10.1.0.9 from 172.16.1.1 iif s0 mark 5
  10.1.0.9 from 172.16.1.1 dev r0 mark 5 
      cache iif s0 
  $ sysctl -w net.ipv4.conf.r0.src_valid_mark=0 net.ipv4.conf.default.src_valid_mark=1
  net.ipv4.conf.r0.src_valid_mark = 0
  net.ipv4.conf.default.src_valid_mark = 1
  $ ip route get 10.2.0.9 from 172.16.1.1 iif r0 mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.all.rp_filter=2
  net.ipv4.conf.all.rp_filter = 2
  $ ip route get 10.2.0.9 from 172.16.1.1 iif r0 mark 5
  10.2.0.9 from 172.16.1.1 dev s0 mark 5 
      cache iif r0 
  $ ip route get 10.2.0.9 from 192.168.1.1 iif r0 mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route add 192.168.0.0/16 dev r0 table 100
  $ ip route get 10.2.0.9 from 192.168.1.1 iif r0 mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.r0.src_valid_mark=1
  net.ipv4.conf.r0.src_valid_mark = 1
  $ ip route get 10.2.0.9 from 192.168.1.1 iif r0 mark 5
  10.2.0.9 from 192.168.1.1 dev s0 mark 5 
      cache iif r0 
  $ ip route get 10.2.0.9 from 192.168.1.1 iif r0 mark 5 fibmatch
  10.2.0.0/24 dev s0 proto kernel scope link src 10.2.0.1 
  $ sysctl -w net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.all.accept_local=1
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.all.accept_local = 1
  $ ip route get 10.2.0.9 from 10.2.0.1 iif r0 mark 5
  10.2.0.9 from 10.2.0.1 dev s0 mark 5 
      cache iif r0 
  $ nstat -az TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
