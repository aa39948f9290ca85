Send-to-self with the socket bound to a device (ping -I DEV, SO_BINDTODEVICE): the output lookup with oif set still finds the local route and loops the packet through lo, and the reply reaches the bound socket (inet_iif() is the route's rt_iif); with the local rule moved below per-destination rules, ping -I DEV crosses the wire; ip route get oif shows both.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add v1 address 02:00:00:00:00:11 type veth peer name v2 address 02:00:00:00:00:22
  $ ip link set lo up; ip link set v1 up; ip link set v2 up
  $ ip addr add 10.1.0.1/24 dev v1; ip addr add 10.2.0.2/24 dev v2
  $ ip route get 10.2.0.2 oif v1
  10.2.0.2 dev v1 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.2.0.2 oif v2
  local 10.2.0.2 dev lo src 10.2.0.2 uid 0 
      cache <local> 
  $ ip route get 10.2.0.2 oif lo
  10.2.0.2 dev lo src 10.2.0.2 uid 0 
      cache <local> 
  $ ip route get 10.2.0.2 from 10.1.0.1 oif v1
  10.2.0.2 from 10.1.0.1 dev v1 uid 0 
      cache 
  $ ping -c 1 -W 1 -I v1 10.2.0.2 | grep -E 'PING|transmitted'
  PING 10.2.0.2 (10.2.0.2) from 10.1.0.1 v1: 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ping -c 1 -W 1 -I v2 10.1.0.1 | grep -E 'PING|transmitted'
  PING 10.1.0.1 (10.1.0.1) from 10.2.0.2 v2: 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ping -c 1 -W 1 -I lo 10.2.0.2 | grep -E 'PING|transmitted'
  ping: Warning: source address might be selected on device other than: lo
  PING 10.2.0.2 (10.2.0.2) from 10.2.0.2 lo: 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ping -c 1 -W 1 -I v1 127.0.0.1 | grep -E 'PING|transmitted'
  PING 127.0.0.1 (127.0.0.1) from 10.1.0.1 v1: 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip route get 127.0.0.1 oif v1
  127.0.0.1 dev v1 src 10.1.0.1 uid 0 
      cache 
  $ sleep 3.5; ip neigh show | sort
  10.1.0.1 dev v2 lladdr 02:00:00:00:00:11 STALE 
  10.2.0.2 dev v1 lladdr 02:00:00:00:00:22 PROBE 
  127.0.0.1 dev v1 FAILED 
  $ ip -s link show v1 | sed -n 6p
             350       7      0       0       0       0 
  $ ip rule add pref 1000 lookup local; ip rule del pref 0
  $ ip rule add pref 100 iif lo to 10.2.0.2 lookup 100; ip route add 10.2.0.2 dev v1 table 100
  $ ip rule add pref 101 iif lo to 10.1.0.1 lookup 101; ip route add 10.1.0.1 dev v2 table 101
  $ sysctl -qw net.ipv4.conf.v1.accept_local=1 net.ipv4.conf.v2.accept_local=1
  $ ip route get 10.2.0.2 oif v1
  10.2.0.2 dev v1 table 100 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.2.0.2 oif v2
  local 10.2.0.2 dev lo table local src 10.2.0.2 uid 0 
      cache <local> 
  $ ip route get 10.2.0.2 oif lo
  10.2.0.2 dev lo src 10.2.0.2 uid 0 
      cache <local> 
  $ ping -c 1 -W 1 -I v1 10.2.0.2 | grep -E 'PING|transmitted'
  PING 10.2.0.2 (10.2.0.2) from 10.1.0.1 v1: 56(84) bytes of data.
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -W 1 -I v2 10.2.0.2 | grep -E 'PING|transmitted'
  PING 10.2.0.2 (10.2.0.2) from 10.2.0.2 v2: 56(84) bytes of data.
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -s link show v1 | sed -n 6p
             546       9      0       0       0       0 
  $ ip neigh show | sort
  10.1.0.1 dev v2 lladdr 02:00:00:00:00:11 DELAY 
  10.2.0.2 dev v1 lladdr 02:00:00:00:00:22 PROBE 
  127.0.0.1 dev v1 FAILED 
  $ socat -u UDP4-RECV:7000,bind=10.2.0.2 - > r.out & sleep 0.3
  $ echo bound | socat -u - UDP4-SENDTO:10.2.0.2:7000,so-bindtodevice=v1; sleep 0.3; kill %%; wait; cat r.out
  bound
  $ socat -u UDP4-RECV:7001,bind=10.2.0.2,so-bindtodevice=v2 - > r2.out & sleep 0.3
  $ echo dev | socat -u - UDP4-SENDTO:10.2.0.2:7001; sleep 0.3; kill %%; wait; cat r2.out
  dev
  $ ip -s link show v1 | sed -n 6p
             682      12      0       0       0       0 
