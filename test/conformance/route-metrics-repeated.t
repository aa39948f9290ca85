A metric given twice goes to the kernel twice (iproute2 has no duparg for metrics): ip_metrics_convert() reads each in order, so an unknown congctl fails even when a valid one follows and the last value counts; a delete compares every attribute it carries (fib_metrics_match()), so repeated different values never match.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0
  $ ip route add 10.0.0.0/8 dev a0 congctl nosuch congctl reno
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add 10.0.0.0/8 dev a0 congctl reno congctl nosuch
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add 10.0.0.0/8 dev a0 congctl reno congctl cubic
  $ ip route add 11.0.0.0/8 dev a0 congctl lock reno congctl cubic
  $ ip route add 12.0.0.0/8 dev a0 mtu 1400 mtu 1300 window lock 10 window 20
  $ ip route add 13.0.0.0/8 dev a0 congctl cubic congctl cubic
  $ ip route show
  10.0.0.0/8 dev a0 scope link congctl cubic 
  11.0.0.0/8 dev a0 scope link congctl lock cubic 
  12.0.0.0/8 dev a0 scope link mtu 1300 window lock 20 
  13.0.0.0/8 dev a0 scope link congctl cubic 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route del 10.0.0.0/8 congctl reno
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.0.0.0/8 congctl cubic congctl reno
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.0.0.0/8 congctl nosuch
  RTNETLINK answers: No such process
  [2]
  $ ip route del 10.0.0.0/8 congctl cubic
  $ ip route del 12.0.0.0/8 mtu 1400 mtu 1300
  RTNETLINK answers: No such process
  [2]
  $ ip route del 12.0.0.0/8 mtu 1300 mtu 1300
  $ ip route del 13.0.0.0/8 congctl cubic congctl cubic
  $ ip route change 11.0.0.0/8 dev a0 congctl bbr congctl nosuch
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route change 11.0.0.0/8 dev a0 congctl bbr congctl reno
  $ ip route show
  11.0.0.0/8 dev a0 scope link congctl reno 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route get 11.1.1.1
  11.1.1.1 dev a0 src 192.168.1.1 uid 0 
      cache congctl reno 
