An ICMP error a DNAT router sends about the first packet of a flow (its connection not yet confirmed) is translated back all the same (icmp_glue_bits attaches the connection, nf_ct_attach): ping -t 1 and traceroute through the DNAT see the address they sent to.
The capture runs 1.5 s after the ping (not 0.5 s): tcpdump's TPACKET_V3 block timer (an hrtimer, every 1000 ms from the ring's setup) hands the block over within a second; killed sooner, tcpdump had printed nothing in 3 Linux runs of 3.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r route add unreachable 10.9.8.0/24
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip netns exec r iptables -t nat -A PREROUTING -d 10.9.9.1 -j DNAT --to-destination 10.9.9.2
  $ ip netns exec r iptables -t nat -A PREROUTING -d 10.9.9.3 -j DNAT --to-destination 10.9.8.3
  $ ip netns exec h ping -c 1 -t 1 -W 1 10.9.9.1 | sed -n 2p
  From 10.9.9.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec h ping -c 1 -W 1 10.9.9.3 | sed -n 2p
  From 10.9.9.3 icmp_seq=1 Destination Host Unreachable
  $ ip netns exec h traceroute -n -q 1 -N 1 -w 1 -m 1 10.9.9.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.9.9.1 (10.9.9.1), 1 hops max, 60 byte packets
   1  10.9.9.1  T ms
  $ ip netns exec h tcpdump -U -t -n -v -i h0 -w cap.pcap icmp 2>/dev/null &
  $ sleep 2
  $ ip netns exec h ping -c 1 -t 1 -W 1 10.9.9.1 > /dev/null
  [1]
  $ sleep 1.5; kill %1; wait
  $ tcpdump -t -n -v -r cap.pcap 2>/dev/null | sed -E 's/id [0-9]+/id N/g; s/cksum 0x[0-9a-f]+ /cksum C /g; s/bad cksum [0-9a-f]+ \(->[0-9a-f]+\)!/bad cksum X (->Y)!/'
  IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      192.168.0.31 > 10.9.9.1: ICMP echo request, id N, seq 1, length 64
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 112)
      10.9.9.1 > 192.168.0.31: ICMP time exceeded in-transit, length 92
  	IP (tos 0x0, ttl 1, id N, offset 0, flags [DF], proto ICMP (1), length 84)
      192.168.0.31 > 10.9.9.1: ICMP echo request, id N, seq 1, length 64
  $ ip netns exec r nstat -az IcmpOutTimeExcds IcmpOutDestUnreachs IpOutDiscards | tail -n +2
  IpOutDiscards                   0                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                3                  0.0
