Source-specific joins on two devices (iperf -B GROUP%DEV -H SOURCE) with igmp_qrv 3 set before the devices come up (in_dev->mr_qrv takes it at NETDEV_UP): three ALLOW reports per join; /proc/net/mcfilter lists both devices' sources in device order, newest group first; once a device's newest group is an any-source one the listing starts at the next device whose newest group has sources (igmp_mcf_get_first()); ip maddr and netstat -g show the groups.
  $ ip netns add h1
  $ ip netns add h2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip link add w1 netns h1 address 02:00:00:00:0a:02 type veth peer name w2 netns h2 address 02:00:00:00:0b:02
  $ ip -n h1 addr add 10.0.0.1/24 dev v1; ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip -n h1 addr add 10.0.1.1/24 dev w1; ip -n h2 addr add 10.0.1.2/24 dev w2
  $ ip netns exec h2 sysctl -w net.ipv4.igmp_qrv=3; ip netns exec h2 sysctl net.ipv4.igmp_max_msf
  net.ipv4.igmp_qrv = 3
  net.ipv4.igmp_max_msf = 10
  $ for d in v1 w1; do ip -n h1 link set $d up; done; for d in v2 w2; do ip -n h2 link set $d up; done
  $ ip netns exec h1 timeout 4 tcpdump -t -n -v -i w1 igmp > cap1 2>&1 &
  $ sleep 0.3
  $ ip netns exec h2 sh -c 'timeout -s KILL 12 iperf -s -u -B 232.1.1.1%w2 -H 10.0.1.9 >/dev/null 2>&1 &'
  $ ip netns exec h2 sh -c 'timeout -s KILL 12 iperf -s -u -p 5002 -B 232.2.2.2%v2 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ ip netns exec h2 sh -c 'timeout -s KILL 12 iperf -s -u -p 5003 -B 232.2.2.2%v2 -H 10.0.0.8 >/dev/null 2>&1 &'
  $ ip netns exec h2 sh -c 'timeout -s KILL 12 iperf -s -u -p 5004 -B 232.3.3.3%v2 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ sleep 1
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8030303 0x0a000009      1      0
    2     v2 0xe8020202 0x0a000009      1      0
    2     v2 0xe8020202 0x0a000008      1      0
    3     w2 0xe8010101 0x0a000109      1      0
  $ ip -n h2 maddr show dev v2 | grep inet
  	inet  232.3.3.3
  	inet  232.2.2.2 users 2
  	inet  224.0.0.1
  	inet6 ff02::1
  	inet6 ff01::1
  $ ip netns exec h2 netstat -gn | grep -E '^(v2|w2)' | sort
  v2              1      224.0.0.1
  v2              1      232.3.3.3
  v2              1      ff01::1
  v2              1      ff02::1
  v2              2      232.2.2.2
  w2              1      224.0.0.1
  w2              1      232.1.1.1
  w2              1      ff01::1
  w2              1      ff02::1
  $ wait; grep -v 'received by filter' cap1
  tcpdump: listening on w1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.1.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow, 1 source(s)]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.1.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow, 1 source(s)]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.1.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 allow, 1 source(s)]
  
  3 packets captured
  0 packets dropped by kernel
  $ ip netns exec h2 sh -c 'timeout -s KILL 1 iperf -s -u -p 5005 -B 239.5.5.5%v2 >/dev/null 2>&1 & sleep 0.5; cat /proc/net/mcfilter; wait'
  Idx Device        MCA        SRC    INC    EXC
    3     w2 0xe8010101 0x0a000109      1      0
  $ ip netns exec h2 sh -c 'timeout -s KILL 1 iperf -s -u -p 5005 -B 239.5.5.5%w2 >/dev/null 2>&1 & sleep 0.5; cat /proc/net/mcfilter; wait'
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8030303 0x0a000009      1      0
    2     v2 0xe8020202 0x0a000009      1      0
    2     v2 0xe8020202 0x0a000008      1      0
    3     w2 0xe8010101 0x0a000109      1      0
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
    2     v2 0xe8030303 0x0a000009      1      0
    2     v2 0xe8020202 0x0a000009      1      0
    2     v2 0xe8020202 0x0a000008      1      0
    3     w2 0xe8010101 0x0a000109      1      0
