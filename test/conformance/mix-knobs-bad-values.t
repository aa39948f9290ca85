Out-of-range values for the knobs a routing/NAT/fragmentation lab turns (sysctl's message and status, the value kept), and ping/traceroute/tracepath options that size, fragment or expire packets.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name h9 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set h0 up; ip link set h9 up
  $ ip addr add 192.168.1.2/24 dev h0
  $ sysctl -w net.ipv4.ip_forward=2; sysctl net.ipv4.ip_forward
  net.ipv4.ip_forward = 2
  net.ipv4.ip_forward = 2
  $ sysctl -w net.ipv4.ip_forward=-1; sysctl net.ipv4.ip_forward
  net.ipv4.ip_forward = -1
  net.ipv4.ip_forward = -1
  $ sysctl -w net.ipv4.conf.h0.rp_filter=3; sysctl net.ipv4.conf.h0.rp_filter
  net.ipv4.conf.h0.rp_filter = 3
  net.ipv4.conf.h0.rp_filter = 3
  $ sysctl -w net.ipv4.conf.h0.rp_filter=-1; sysctl net.ipv4.conf.h0.rp_filter
  net.ipv4.conf.h0.rp_filter = -1
  net.ipv4.conf.h0.rp_filter = -1
  $ sysctl -w net.ipv4.conf.all.arp_ignore=9; sysctl net.ipv4.conf.all.arp_ignore
  net.ipv4.conf.all.arp_ignore = 9
  net.ipv4.conf.all.arp_ignore = 9
  $ sysctl -w net.ipv4.conf.all.arp_announce=3; sysctl net.ipv4.conf.all.arp_announce
  net.ipv4.conf.all.arp_announce = 3
  net.ipv4.conf.all.arp_announce = 3
  $ sysctl -w net.ipv4.icmp_ratelimit=-1; sysctl net.ipv4.icmp_ratelimit
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  net.ipv4.icmp_ratelimit = 1000
  $ sysctl -w net.ipv4.icmp_ratemask=abc; sysctl net.ipv4.icmp_ratemask
  sysctl: setting key "net.ipv4.icmp_ratemask": Invalid argument
  net.ipv4.icmp_ratemask = 6168
  $ sysctl -w net.ipv4.ipfrag_high_thresh=1000; sysctl net.ipv4.ipfrag_high_thresh
  sysctl: setting key "net.ipv4.ipfrag_high_thresh": Invalid argument
  net.ipv4.ipfrag_high_thresh = 4194304
  $ sysctl -w net.ipv4.ipfrag_low_thresh=99999999; sysctl net.ipv4.ipfrag_low_thresh
  sysctl: setting key "net.ipv4.ipfrag_low_thresh": Invalid argument
  net.ipv4.ipfrag_low_thresh = 3145728
  $ sysctl -w net.ipv4.ipfrag_time=0; sysctl net.ipv4.ipfrag_time
  net.ipv4.ipfrag_time = 0
  net.ipv4.ipfrag_time = 0
  $ sysctl -w net.ipv4.ipfrag_time=-5; sysctl net.ipv4.ipfrag_time
  net.ipv4.ipfrag_time = -5
  net.ipv4.ipfrag_time = -5
  $ sysctl -w net.ipv4.route.min_pmtu=60; sysctl net.ipv4.route.min_pmtu
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  net.ipv4.route.min_pmtu = 552
  $ sysctl -w net.ipv4.route.min_pmtu=70000; sysctl net.ipv4.route.min_pmtu
  net.ipv4.route.min_pmtu = 70000
  net.ipv4.route.min_pmtu = 70000
  $ sysctl -w net.ipv4.ip_default_ttl=0; sysctl net.ipv4.ip_default_ttl
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  net.ipv4.ip_default_ttl = 64
  $ sysctl -w net.ipv4.ip_default_ttl=256; sysctl net.ipv4.ip_default_ttl
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  net.ipv4.ip_default_ttl = 64
  $ sysctl -w net.ipv4.ip_default_ttl=1; ping -c 1 -W 1 192.168.1.2 | sed -n 2p
  net.ipv4.ip_default_ttl = 1
  64 bytes from 192.168.1.2: icmp_seq=1 ttl=1 time=* ms (glob)
  $ sysctl -w net.ipv4.ip_no_pmtu_disc=4; sysctl net.ipv4.ip_no_pmtu_disc
  net.ipv4.ip_no_pmtu_disc = 4
  net.ipv4.ip_no_pmtu_disc = 4
  $ sysctl -w net.ipv4.neigh.h0.unres_qlen=-1; sysctl net.ipv4.neigh.h0.unres_qlen
  sysctl: setting key "net.ipv4.neigh.h0.unres_qlen": Invalid argument
  net.ipv4.neigh.h0.unres_qlen = 101
  $ sysctl -w net.ipv4.neigh.h0.mcast_solicit=-1; sysctl net.ipv4.neigh.h0.mcast_solicit
  sysctl: setting key "net.ipv4.neigh.h0.mcast_solicit": Invalid argument
  net.ipv4.neigh.h0.mcast_solicit = 3
  $ sysctl -w net.ipv4.conf.h0.send_redirects=7; sysctl net.ipv4.conf.h0.send_redirects
  net.ipv4.conf.h0.send_redirects = 7
  net.ipv4.conf.h0.send_redirects = 7
  $ sysctl -w net.ipv4.fib_multipath_hash_policy=4; sysctl net.ipv4.fib_multipath_hash_policy
  sysctl: setting key "net.ipv4.fib_multipath_hash_policy": Invalid argument
  net.ipv4.fib_multipath_hash_policy = 0
  $ sysctl -w net.ipv4.icmp_errors_use_inbound_ifaddr=2; sysctl net.ipv4.icmp_errors_use_inbound_ifaddr
  sysctl: setting key "net.ipv4.icmp_errors_use_inbound_ifaddr": Invalid argument
  net.ipv4.icmp_errors_use_inbound_ifaddr = 0
  $ sysctl -w net.netfilter.nf_conntrack_max=-1 2>&1 | head -2
  sysctl: setting key "net.netfilter.nf_conntrack_max": Invalid argument
  $ sysctl -qw net.ipv4.ip_default_ttl=64
  $ ping -c 1 -t 0 192.168.1.2
  ping: cannot set unicast time-to-live: Invalid argument
  [2]
  $ ping -c 1 -t 256 192.168.1.2
  ping: invalid argument: '256': out of range: 0 <= value <= 255
  [1]
  $ ping -c 1 -M maybe 192.168.1.2
  ping: invalid -M argument: maybe
  [2]
  $ ping -c 1 -s 65508 192.168.1.2
  PING 192.168.1.2 (192.168.1.2) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=65535
  
  --- 192.168.1.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ping -c 1 -s 65507 -W 1 192.168.1.2 | sed -n 1,2p
  PING 192.168.1.2 (192.168.1.2) 65507(65535) bytes of data.
  65515 bytes from 192.168.1.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ping -c 1 -s 65507 -M do 192.168.1.2
  PING 192.168.1.2 (192.168.1.2) 65507(65535) bytes of data.
  65515 bytes from 192.168.1.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 192.168.1.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ping -c 1 -Q 300 192.168.1.2
  ping: the decimal value of TOS bits must be in range 0-255: 300
  [2]
  $ traceroute -m 0 192.168.1.2
  first hop out of range
  [2]
  $ traceroute -m 256 192.168.1.2
  max hops cannot be more than 255
  [2]
  $ traceroute -f 5 -m 3 192.168.1.2
  first hop out of range
  [2]
  $ traceroute -n 192.168.1.2 70000
  too big packetlen 70000 specified
  [2]
  $ traceroute -n -F 192.168.1.2 2000
  traceroute to 192.168.1.2 (192.168.1.2), 30 hops max, 2000 byte packets
   1  192.168.1.2  * ms  * ms  * ms (glob)
  $ tracepath -l 20 192.168.1.2
  tracepath: pktlen must be within: 28 < value <= 2147483647
  [1]
  $ tracepath -n -m 0 192.168.1.2
       Too many hops: pmtu 65535
       Resume: pmtu 65535 
