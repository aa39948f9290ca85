Route attributes IPv4 accepts, ignores or refuses (expires, pref, ttl-propagate, rto_min, features, congctl, fastopen_no_cookie, nhid, metric and table bounds, mtu/hoplimit ranges, zero metrics, proto numbers), routes through lo, and directed broadcasts: a router forwards a packet for a remote subnet's broadcast address only with bc_forwarding on (all and the output device), delivering it as broadcast on that link.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.9.0.0/16 via 10.0.2.2 expires 100
  $ ip -n r route add 10.9.1.0/24 via 10.0.2.2 pref high
  $ ip -n r route add 10.9.2.0/24 via 10.0.2.2 ttl-propagate enabled
  $ ip -n r route add 10.9.3.0/24 via 10.0.2.2 rto_min 10ms
  $ ip -n r route add 10.9.4.0/24 via 10.0.2.2 features ecn
  $ ip -n r route add 10.9.5.0/24 via 10.0.2.2 congctl lock reno
  $ ip -n r route add 10.9.6.0/24 via 10.0.2.2 fastopen_no_cookie 1
  $ ip -n r route add 10.9.7.0/24 via 10.0.2.2 nhid 5
  Error: Nexthop specification and nexthop id are mutually exclusive.
  [2]
  $ ip -n r route add 10.9.8.0/24 via 10.0.2.2 metric 4294967295
  $ ip -n r route add 10.9.9.0/24 via 10.0.2.2 metric 4294967296
  Error: argument "4294967296" is wrong: "metric" value is invalid
  [255]
  $ ip -n r route add 10.9.10.0/24 via 10.0.2.2 table 0
  $ ip -n r route add 10.9.11.0/24 via 10.0.2.2 table 4294967295
  $ ip -n r route add 10.9.12.0/24 via 10.0.2.2 mtu 67
  $ ip -n r route add 10.9.13.0/24 via 10.0.2.2 mtu 65536
  $ ip -n r route add 10.9.14.0/24 via 10.0.2.2 hoplimit 256
  Error: argument "256" is wrong: "hoplimit" value is invalid
  [255]
  $ ip -n r route add 10.9.15.0/24 via 10.0.2.2 advmss 0
  $ ip -n r route add 10.9.16.0/24 via 10.0.2.2 window 0 rtt 0 rttvar 0 ssthresh 0 cwnd 0 initcwnd 0 initrwnd 0 quickack 0
  $ ip -n r route add 10.9.17.0/24 via 10.0.2.2 quickack 2
  Error: argument "2" is wrong: "quickack" value should be 0 or 1
  [255]
  $ ip -n r route add 10.9.18.0/24 via 10.0.2.2 rtt 1.5s rttvar 300ms
  $ ip -n r route add 10.9.19.0/24 via 10.0.2.2 proto 300
  Error: argument "300" is wrong: "protocol" value is invalid
  [255]
  $ ip -n r route add 10.9.20.0/24 via 10.0.2.2 proto static scope link
  Error: Nexthop has invalid gateway.
  [2]
  $ ip -n r route add 10.9.21.0/24 dev lo
  $ ip -n r route add 10.0.2.1/32 dev lo
  $ ip -n r route show
  10.0.1.0/24 dev ra proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev rb proto kernel scope link src 10.0.2.1 
  10.0.2.1 dev lo scope link 
  10.9.0.0/16 via 10.0.2.2 dev rb 
  10.9.1.0/24 via 10.0.2.2 dev rb 
  10.9.2.0/24 via 10.0.2.2 dev rb 
  10.9.3.0/24 via 10.0.2.2 dev rb rto_min lock 10ms 
  10.9.4.0/24 via 10.0.2.2 dev rb features ecn 
  10.9.5.0/24 via 10.0.2.2 dev rb congctl lock reno 
  10.9.6.0/24 via 10.0.2.2 dev rb fastopen_no_cookie 1 
  10.9.8.0/24 via 10.0.2.2 dev rb metric 4294967295 
  10.9.10.0/24 via 10.0.2.2 dev rb 
  10.9.12.0/24 via 10.0.2.2 dev rb mtu 67 
  10.9.13.0/24 via 10.0.2.2 dev rb mtu 65520 
  10.9.15.0/24 via 10.0.2.2 dev rb 
  10.9.16.0/24 via 10.0.2.2 dev rb 
  10.9.18.0/24 via 10.0.2.2 dev rb rtt 1.5s rttvar 300ms 
  10.9.21.0/24 dev lo scope link 
  $ ip -n r -d route show 10.9.16.0/24
  unicast 10.9.16.0/24 via 10.0.2.2 dev rb proto boot scope global 
  $ ip -n r route get 10.9.18.1
  10.9.18.1 via 10.0.2.2 dev rb src 10.0.2.1 uid 0 
      cache rtt 1.5s rttvar 300ms 
  $ ip -n r route get 10.9.21.1
  10.9.21.1 dev lo src 10.0.1.1 uid 0 
      cache <local> 
  $ ip netns exec a ping -c 1 -W 1 10.9.21.1 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl net.ipv4.conf.all.bc_forwarding net.ipv4.conf.rb.bc_forwarding
  net.ipv4.conf.all.bc_forwarding = 0
  net.ipv4.conf.rb.bc_forwarding = 0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.2.255 2>&1 | sed -n 1,2p
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  $ ip -n r route get 10.0.2.255 from 10.0.1.2 iif ra
  broadcast 10.0.2.255 from 10.0.1.2 dev lo 
      cache <local,brd> iif ra 
  $ ip netns exec r sysctl -w net.ipv4.conf.all.bc_forwarding=1 net.ipv4.conf.rb.bc_forwarding=1
  net.ipv4.conf.all.bc_forwarding = 1
  net.ipv4.conf.rb.bc_forwarding = 1
  $ ip -n r route get 10.0.2.255 from 10.0.1.2 iif ra
  broadcast 10.0.2.255 from 10.0.1.2 dev lo 
      cache <local,brd> iif ra 
  $ ip netns exec a ping -c 1 -W 1 -b 10.0.2.255 2>&1 | sed -n 1,2p | sed -E 's/time=.*//'
  PING 10.0.2.255 (10.0.2.255) 56(84) bytes of data.
  $ ip netns exec r nstat -asz IpForwDatagrams IpInDelivers IpExtInBcastPkts IpExtOutBcastPkts
  #kernel
  IpForwDatagrams                 63                 0.0
  IpInDelivers                    2                  0.0
  IpExtInBcastPkts                2                  0.0
  IpExtOutBcastPkts               0                  0.0
