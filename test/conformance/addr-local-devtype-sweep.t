One address added to every kind of device in a loop (lo, down veth, NOARP veth, bridge, bridge port, macvlan) with /32, /31, /24 prefixes: the local/broadcast routes each gets and ip route get of the address.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:0b type bridge; ip link add q0 address 02:00:00:00:00:11 type veth peer name q1 address 02:00:00:00:00:12
  $ ip link set q1 master br0; ip link add mv0 link x0 address 02:00:00:00:00:21 type macvlan mode bridge
  $ ip link add n0 address 02:00:00:00:00:31 type veth peer name n1 address 02:00:00:00:00:32
  $ ip link set x0 up; ip link set br0 up; ip link set q0 up; ip link set q1 up; ip link set mv0 up; ip link set n0 up; ip link set n0 arp off
  $ i=0; for d in lo y0 n0 br0 q1 mv0; do for p in 32 31 24; do i=$((i+1)); ip addr add 10.$i.0.1/$p dev $d; echo "$d /$p: $?"; ip route get 10.$i.0.1 | head -1; ip route get 10.$i.0.0 2>&1 | head -1; done; done
  lo /32: 0
  local 10.1.0.1 dev lo src 10.1.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  lo /31: 0
  local 10.2.0.1 dev lo src 10.2.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  lo /24: 0
  local 10.3.0.1 dev lo src 10.3.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  y0 /32: 0
  local 10.4.0.1 dev lo src 10.4.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  y0 /31: 0
  local 10.5.0.1 dev lo src 10.5.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  y0 /24: 0
  local 10.6.0.1 dev lo src 10.6.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  n0 /32: 0
  local 10.7.0.1 dev lo src 10.7.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  n0 /31: 0
  local 10.8.0.1 dev lo src 10.8.0.1 uid 0 
  10.8.0.0 dev n0 src 10.8.0.1 uid 0 
  n0 /24: 0
  local 10.9.0.1 dev lo src 10.9.0.1 uid 0 
  10.9.0.0 dev n0 src 10.9.0.1 uid 0 
  br0 /32: 0
  local 10.10.0.1 dev lo src 10.10.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  br0 /31: 0
  local 10.11.0.1 dev lo src 10.11.0.1 uid 0 
  10.11.0.0 dev br0 src 10.11.0.1 uid 0 
  br0 /24: 0
  local 10.12.0.1 dev lo src 10.12.0.1 uid 0 
  10.12.0.0 dev br0 src 10.12.0.1 uid 0 
  q1 /32: 0
  local 10.13.0.1 dev lo src 10.13.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  q1 /31: 0
  local 10.14.0.1 dev lo src 10.14.0.1 uid 0 
  10.14.0.0 dev q1 src 10.14.0.1 uid 0 
  q1 /24: 0
  local 10.15.0.1 dev lo src 10.15.0.1 uid 0 
  10.15.0.0 dev q1 src 10.15.0.1 uid 0 
  mv0 /32: 0
  local 10.16.0.1 dev lo src 10.16.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  mv0 /31: 0
  local 10.17.0.1 dev lo src 10.17.0.1 uid 0 
  10.17.0.0 dev mv0 src 10.17.0.1 uid 0 
  mv0 /24: 0
  local 10.18.0.1 dev lo src 10.18.0.1 uid 0 
  10.18.0.0 dev mv0 src 10.18.0.1 uid 0 
  $ ip route show table local | grep -v '^local 127\|^broadcast 127' | sort -V
  broadcast 10.9.0.255 dev n0 proto kernel scope link src 10.9.0.1 linkdown 
  broadcast 10.12.0.255 dev br0 proto kernel scope link src 10.12.0.1 
  broadcast 10.15.0.255 dev q1 proto kernel scope link src 10.15.0.1 
  broadcast 10.18.0.255 dev mv0 proto kernel scope link src 10.18.0.1 linkdown 
  local 10.1.0.1 dev lo proto kernel scope host src 10.1.0.1 
  local 10.2.0.1 dev lo proto kernel scope host src 10.2.0.1 
  local 10.3.0.1 dev lo proto kernel scope host src 10.3.0.1 
  local 10.4.0.1 dev y0 proto kernel scope host src 10.4.0.1 
  local 10.5.0.1 dev y0 proto kernel scope host src 10.5.0.1 
  local 10.6.0.1 dev y0 proto kernel scope host src 10.6.0.1 
  local 10.7.0.1 dev n0 proto kernel scope host src 10.7.0.1 
  local 10.8.0.1 dev n0 proto kernel scope host src 10.8.0.1 
  local 10.9.0.1 dev n0 proto kernel scope host src 10.9.0.1 
  local 10.10.0.1 dev br0 proto kernel scope host src 10.10.0.1 
  local 10.11.0.1 dev br0 proto kernel scope host src 10.11.0.1 
  local 10.12.0.1 dev br0 proto kernel scope host src 10.12.0.1 
  local 10.13.0.1 dev q1 proto kernel scope host src 10.13.0.1 
  local 10.14.0.1 dev q1 proto kernel scope host src 10.14.0.1 
  local 10.15.0.1 dev q1 proto kernel scope host src 10.15.0.1 
  local 10.16.0.1 dev mv0 proto kernel scope host src 10.16.0.1 
  local 10.17.0.1 dev mv0 proto kernel scope host src 10.17.0.1 
  local 10.18.0.1 dev mv0 proto kernel scope host src 10.18.0.1 
  $ ip route show | sort -V
  10.8.0.0/31 dev n0 proto kernel scope link src 10.8.0.1 linkdown 
  10.9.0.0/24 dev n0 proto kernel scope link src 10.9.0.1 linkdown 
  10.11.0.0/31 dev br0 proto kernel scope link src 10.11.0.1 
  10.12.0.0/24 dev br0 proto kernel scope link src 10.12.0.1 
  10.14.0.0/31 dev q1 proto kernel scope link src 10.14.0.1 
  10.15.0.0/24 dev q1 proto kernel scope link src 10.15.0.1 
  10.17.0.0/31 dev mv0 proto kernel scope link src 10.17.0.1 linkdown 
  10.18.0.0/24 dev mv0 proto kernel scope link src 10.18.0.1 linkdown 
  $ ip -4 -br addr | sort
  br0              UP             10.10.0.1/32 10.11.0.1/31 10.12.0.1/24 
  lo               DOWN           10.1.0.1/32 10.2.0.1/31 10.3.0.1/24 
  mv0@x0           LOWERLAYERDOWN 10.16.0.1/32 10.17.0.1/31 10.18.0.1/24 
  n0@n1            LOWERLAYERDOWN 10.7.0.1/32 10.8.0.1/31 10.9.0.1/24 
  q1@q0            UP             10.13.0.1/32 10.14.0.1/31 10.15.0.1/24 
  y0@x0            DOWN           10.4.0.1/32 10.5.0.1/31 10.6.0.1/24 
