ping -M modes (none, do, want, dont, probe) crossed with the sender's ip_no_pmtu_disc (0-3) through a router whose far link has MTU 1280: what ping prints for a 1400-byte payload, the sender's cached PMTU after it, and the frag counters of sender and router.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0; ip -n r addr add 10.0.1.254/24 dev r0; ip -n r addr add 10.0.2.254/24 dev r1; ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254; ip -n b route add default via 10.0.2.254
  $ ip -n r link set r1 mtu 1280; ip -n b link set b0 mtu 1280
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0
  $ ip netns exec a ping -c 1 -W 2 10.0.2.1 >/dev/null; echo $?
  0
  $ m() { sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X/' | grep -vE '^$|^---|^rtt'; }
  $ for n in 0 1 2 3; do ip netns exec a sysctl -qw net.ipv4.ip_no_pmtu_disc=$n; for M in none do want dont probe; do ip -n a route flush cache; echo "== no_pmtu_disc=$n -M $M"; if [ $M = none ]; then o=; else o="-M $M"; fi; ip netns exec a ping -c 2 -i 0.2 -W 1 -s 1400 $o 10.0.2.1 2>&1 | m; ip -n a route get 10.0.2.1 | sed -E 's/expires [0-9]+sec/expires Nsec/'; done; done
  == no_pmtu_disc=0 -M none
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  From 10.0.1.254 icmp_seq=1 Frag needed and DF set (mtu = 1280)
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 1 received, +1 errors, 50% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache expires Nsec mtu 1280 
  == no_pmtu_disc=0 -M do
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  From 10.0.1.254 icmp_seq=1 Frag needed and DF set (mtu = 1280)
  ping: local error: message too long, mtu=1280
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache expires Nsec mtu 1280 
  == no_pmtu_disc=0 -M want
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  From 10.0.1.254 icmp_seq=1 Frag needed and DF set (mtu = 1280)
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 1 received, +1 errors, 50% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache expires Nsec mtu 1280 
  == no_pmtu_disc=0 -M dont
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  1408 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=0 -M probe
  ping: invalid -M argument: probe
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=1 -M none
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  1408 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=1 -M do
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  From 10.0.1.254 icmp_seq=1 Frag needed and DF set (mtu = 0)
  ping: local error: message too long, mtu=552
  2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache expires Nsec mtu lock 552 
  == no_pmtu_disc=1 -M want
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  From 10.0.1.254 icmp_seq=1 Frag needed and DF set (mtu = 0)
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 1 received, +1 errors, 50% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache expires Nsec mtu lock 552 
  == no_pmtu_disc=1 -M dont
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  1408 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=1 -M probe
  ping: invalid -M argument: probe
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=2 -M none
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  1408 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=2 -M do
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=2 -M want
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=2 -M dont
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  1408 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=2 -M probe
  ping: invalid -M argument: probe
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=3 -M none
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  1408 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=3 -M do
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=3 -M want
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  2 packets transmitted, 0 received, 100% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=3 -M dont
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  1408 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=T ms
  1408 bytes from 10.0.2.1: icmp_seq=2 ttl=63 time=T ms
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  == no_pmtu_disc=3 -M probe
  ping: invalid -M argument: probe
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip netns exec a nstat -az IpFragCreates IpFragOKs IpFragFails IcmpInDestUnreachs | tail -n +2
  IpFragOKs                       3                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   7                  0.0
  IcmpInDestUnreachs              13                 0.0
  $ ip netns exec r nstat -az IpFragCreates IpFragOKs IpFragFails IcmpOutDestUnreachs IpForwDatagrams | tail -n +2
  IpForwDatagrams                 70                 0.0
  IpFragOKs                       14                 0.0
  IpFragFails                     13                 0.0
  IpFragCreates                   28                 0.0
  IcmpOutDestUnreachs             13                 0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs IcmpInEchos | tail -n +2
  IpReasmReqds                    35                 0.0
  IpReasmOKs                      17                 0.0
  IcmpInEchos                     18                 0.0
  $ for n in a r b; do ip netns del $n; done
