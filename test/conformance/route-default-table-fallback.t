The default table (253) behind main while no rule changed (fib_lookup()'s fast path): main having nothing or a throw route goes on to it, any other error route of main (blackhole, unreachable, prohibit) answers; the same after the rules are unmerged (rule 32767 lookup default); a throw in default ends with "Network is unreachable".

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
  $ ip route add default via 10.0.0.9 table default; ip route add 20.5.0.0/16 via 10.0.0.5 table default
  $ ip route add throw 20.1.0.0/16; ip route add blackhole 20.2.0.0/16; ip route add unreachable 20.3.0.0/16; ip route add prohibit 20.4.0.0/16; ip route add 20.5.0.0/16 via 10.0.0.6 tos 0x10
  $ ip route add throw 20.6.0.0/16 table default; ip route add blackhole 20.7.0.0/16 table default
  $ for d in 20.0.0.1 20.1.0.1 20.2.0.1 20.3.0.1 20.4.0.1 20.5.0.1 20.6.0.1 20.7.0.1 8.8.8.8; do ip route get $d 2>&1 | head -1; done
  20.0.0.1 via 10.0.0.9 dev a0 table default src 10.0.0.1 uid 0 
  20.1.0.1 via 10.0.0.9 dev a0 table default src 10.0.0.1 uid 0 
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: No route to host
  RTNETLINK answers: Permission denied
  20.5.0.1 via 10.0.0.5 dev a0 table default src 10.0.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Invalid argument
  8.8.8.8 via 10.0.0.9 dev a0 table default src 10.0.0.1 uid 0 
  $ for d in 20.1.0.1 20.5.0.1 20.6.0.1 8.8.8.8; do ip route get $d fibmatch 2>&1; done
  default via 10.0.0.9 dev a0 table default 
  20.5.0.0/16 via 10.0.0.5 dev a0 table default 
  RTNETLINK answers: Network is unreachable
  default via 10.0.0.9 dev a0 table default 
  $ ip route get 20.5.0.1 tos 0x10 | head -1; ip route get 20.5.0.1 tos 0x10 fibmatch
  20.5.0.1 tos 0x10 via 10.0.0.6 dev a0 src 10.0.0.1 uid 0 
  20.5.0.0/16 tos 0x10 via 10.0.0.6 dev a0 
  $ ip route add throw 8.0.0.0/8 table local
  $ ip route get 8.8.8.8 2>&1 | head -1; ip route get 8.8.8.8 fibmatch 2>&1
  8.8.8.8 via 10.0.0.9 dev a0 table default src 10.0.0.1 uid 0 
  default via 10.0.0.9 dev a0 table default 
  $ ip route add 20.8.0.0/16 dev a0 table local; ip route add blackhole 20.8.1.0/24
  $ ip route get 20.8.1.1 2>&1 | head -1; ip route get 20.8.2.1 2>&1 | head -1
  RTNETLINK answers: Invalid argument
  20.8.2.1 dev a0 src 10.0.0.1 uid 0 
  $ ip rule add from 1.1.1.1 table 50; ip rule del from 1.1.1.1 table 50
  $ for d in 20.0.0.1 20.1.0.1 20.2.0.1 20.3.0.1 20.4.0.1 20.5.0.1 20.6.0.1 20.7.0.1 8.8.8.8 20.8.1.1 20.8.2.1; do ip route get $d 2>&1 | head -1; done
  20.0.0.1 via 10.0.0.9 dev a0 table default src 10.0.0.1 uid 0 
  20.1.0.1 via 10.0.0.9 dev a0 table default src 10.0.0.1 uid 0 
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: No route to host
  RTNETLINK answers: Permission denied
  20.5.0.1 via 10.0.0.5 dev a0 table default src 10.0.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Invalid argument
  8.8.8.8 via 10.0.0.9 dev a0 table default src 10.0.0.1 uid 0 
  20.8.1.1 dev a0 table local src 10.0.0.1 uid 0 
  20.8.2.1 dev a0 table local src 10.0.0.1 uid 0 
  $ ip route del default via 10.0.0.9 table default
  $ for d in 20.0.0.1 20.1.0.1 20.6.0.1; do ip route get $d 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  $ ip rule del pref 32766; for d in 20.0.0.1 20.2.0.1 20.5.0.1 10.0.0.1; do ip route get $d 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  20.5.0.1 via 10.0.0.5 dev a0 table default src 10.0.0.1 uid 0 
  local 10.0.0.1 dev lo table local src 10.0.0.1 uid 0 
  $ ip rule del pref 0; for d in 10.0.0.1 127.0.0.1 10.0.0.255; do ip route get $d 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  $ ping -c1 -W1 10.0.0.1 2>&1 | head -2
  ping: connect: Network is unreachable
