A gateway that stops answering ARP (its device set arp off): the host's entry for it (made STALE by hand) runs DELAY -> PROBE (ucast_solicit unicast probes, then mcast_resolicit broadcasts) -> FAILED in virtual time, ip -s neigh counts the probes; pings through it then fail with host unreachable from the host itself, and an answer (arp on again) brings the entry back.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set lo up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n b addr add 192.168.1.1/32 dev lo
  $ ip -n a route add 192.168.1.0/24 via 10.0.0.2
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.base_reachable_time_ms=2000 net.ipv4.neigh.a0.delay_first_probe_time=2 net.ipv4.neigh.a0.ucast_solicit=2 net.ipv4.neigh.a0.mcast_resolicit=2 net.ipv4.neigh.a0.retrans_time_ms=1000
  $ ip netns exec a ping -c 1 -W 1 192.168.1.1 | grep -c 'bytes from'
  1
  $ ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n b link set b0 arp off
  $ ip -n b neigh show nud all
  $ ip -n a neigh change 10.0.0.2 dev a0 nud stale
  $ ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 STALE 
  $ ip netns exec a ping -c 1 -W 1 192.168.1.1 | grep -c 'bytes from'
  0
  [1]
  $ ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 DELAY 
  $ sleep 2.5; ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 PROBE 
  $ ip -n a -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ //'
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 2 PROBE  (glob)
  $ sleep 2; ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 PROBE 
  $ ip -n a -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ //'
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 4 PROBE  (glob)
  $ sleep 3; ip -n a neigh show
  10.0.0.2 dev a0 FAILED 
  $ ip -n a -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ //'
  10.0.0.2 dev a0  used *probes 4 FAILED  (glob)
  $ ip netns exec a ping -c 1 -W 4 192.168.1.1 | grep -E 'Unreachable|transmitted'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show
  10.0.0.2 dev a0 FAILED 
  $ ip -n b link set b0 arp on
  $ ip netns exec a ping -c 1 -W 4 192.168.1.1 | grep -E 'bytes from|transmitted' | sed -E 's/time=.*/time=X/'
  64 bytes from 192.168.1.1: icmp_seq=1 ttl=64 time=X
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n a -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ //'
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 3 REACHABLE  (glob)
