rp_filter strict on all, lo and a veth: locally generated traffic (to 127/8, to the host's own addresses, across the host) is never reverse-path checked, while input route queries from lo and from the veth are.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.9.0.1/24 dev b0
  $ sysctl -w net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.lo.rp_filter=1 net.ipv4.conf.a0.rp_filter=1
  net.ipv4.conf.all.rp_filter = 1
  net.ipv4.conf.lo.rp_filter = 1
  net.ipv4.conf.a0.rp_filter = 1
  $ ping -c 1 -W 1 127.0.0.5 | grep -E 'received|from'
  64 bytes from 127.0.0.5: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -W 1 -I 10.9.0.1 10.0.0.1 | grep -E 'received'
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -W 1 -I lo 10.0.0.1 | grep -E 'received'
  ping: Warning: source address might be selected on device other than: lo
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip route get 10.0.0.1 from 10.9.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 from 10.9.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 from 10.9.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 from 10.0.0.7 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 from 10.0.0.7 iif a0
  local 10.0.0.1 from 10.0.0.7 dev lo 
      cache <local> iif a0 
  $ ip route get 127.0.0.1 from 127.0.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 127.0.0.1 from 10.0.0.7 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 from 127.0.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.7 from 10.0.0.1 iif lo
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.0.7 from 10.0.0.8 iif lo
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.0.7 from 10.0.0.8 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.9.0.7 from 10.0.0.8 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ sysctl -qw net.ipv4.conf.a0.accept_local=1
  $ ip route get 10.0.0.1 from 10.9.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 from 10.0.0.1 iif a0
  local 10.0.0.1 from 10.0.0.1 dev lo 
      cache <local> iif a0 
  $ sysctl -qw net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.a0.rp_filter=0
  $ ip route get 10.0.0.1 from 10.9.0.1 iif a0
  local 10.0.0.1 from 10.9.0.1 dev lo 
      cache <local> iif a0 
  $ ip route get 10.0.0.1 from 192.168.1.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 from 192.168.1.1 iif a0 mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route add default via 10.9.0.2
  $ ip route get 10.0.0.1 from 192.168.1.1 iif a0
  local 10.0.0.1 from 192.168.1.1 dev lo 
      cache <local> iif a0 
  $ nstat -az IPReversePathFilter TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
