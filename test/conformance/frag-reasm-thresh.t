Reassembly limits on the destination: ipfrag_high_thresh too small to hold a datagram, ipfrag_low_thresh relations, and the counters; the sender sees nothing back.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b sysctl net.ipv4.ipfrag_high_thresh net.ipv4.ipfrag_low_thresh net.ipv4.ipfrag_time net.ipv4.ipfrag_max_dist
  net.ipv4.ipfrag_high_thresh = 4194304
  net.ipv4.ipfrag_low_thresh = 3145728
  net.ipv4.ipfrag_time = 30
  net.ipv4.ipfrag_max_dist = 64
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_high_thresh=1000
  sysctl: setting key "net.ipv4.ipfrag_high_thresh": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_low_thresh=2000
  net.ipv4.ipfrag_low_thresh = 2000
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_low_thresh=500
  net.ipv4.ipfrag_low_thresh = 500
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_high_thresh=400
  sysctl: setting key "net.ipv4.ipfrag_high_thresh": Invalid argument
  [1]
  $ ip netns exec b sysctl net.ipv4.ipfrag_high_thresh net.ipv4.ipfrag_low_thresh
  net.ipv4.ipfrag_high_thresh = 4194304
  net.ipv4.ipfrag_low_thresh = 500
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az IpReasmReqds IpReasmFails IpReasmOKs IpInDiscards
  #kernel
  IpInDiscards                    0                  0.0
  IpReasmReqds                    5                  0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    0                  0.0
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_high_thresh=4194304
  net.ipv4.ipfrag_high_thresh = 4194304
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az IpReasmReqds IpReasmFails IpReasmOKs
  #kernel
  IpReasmReqds                    10                 0.0
  IpReasmOKs                      2                  0.0
  IpReasmFails                    0                  0.0
  $ ip netns exec b cat /proc/net/sockstat | grep FRAG
  FRAG: inuse 0 memory 0
