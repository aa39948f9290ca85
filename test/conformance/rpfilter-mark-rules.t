rp_filter with policy rules keyed on mark and iif: the reverse lookup uses the packet's mark only with src_valid_mark, its oif is the arriving device, and a reverse route of type unreachable, prohibit or blackhole fails the check; counted in TcpExtIPReversePathFilter.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev a1
  $ sysctl -qw net.ipv4.ip_forward=1
  $ sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip route add 172.16.0.0/16 via 10.1.0.2
  $ ip route add 172.16.0.0/16 via 10.0.0.2 table 50
  $ ip rule add fwmark 5 lookup 50 pref 50
  $ ip route get 10.1.0.9 from 172.16.1.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.16.1.1 iif a0 mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -qw net.ipv4.conf.all.src_valid_mark=1
  $ ip route get 10.1.0.9 from 172.16.1.1 iif a0 mark 5
  10.1.0.9 from 172.16.1.1 dev a1 mark 5 
      cache iif a0 
  $ ip route get 10.1.0.9 from 172.16.1.1 iif a1 mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.16.1.1 iif a1
  10.1.0.9 from 172.16.1.1 dev a1 
      cache iif a1 
  $ ip rule add oif a0 lookup 50 pref 40
  $ ip route get 10.1.0.9 from 172.16.1.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip rule del pref 40
  $ ip rule add iif a0 lookup 50 pref 40
  $ ip route get 10.1.0.9 from 172.16.1.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip rule del pref 40
  $ ip route add unreachable 172.17.0.0/16
  $ ip route add prohibit 172.18.0.0/16
  $ ip route add blackhole 172.19.0.0/16
  $ ip route add throw 172.20.0.0/16
  $ ip route get 10.1.0.9 from 172.17.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.18.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.19.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.20.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip route get 10.1.0.9 from 172.17.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.19.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.20.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.21.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ nstat -az TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
