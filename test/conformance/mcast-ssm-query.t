IGMPv3 queries against source filters: a host in (INCLUDE, {10.0.0.9}) for 232.1.1.1 (iperf -H) and (EXCLUDE, {}) for 239.1.1.1 (iperf, any-source). A group-and-source-specific query naming the included source is answered with IS_IN of it, one naming only another source is not answered, one naming both gets the included one only; a group-specific query gets the whole IS_IN record; a group-and-source query to the EXCLUDE group is answered (IS_EX, nothing excluded); a general query gets one report with both records, newest group first.
  $ ip netns add h1
  $ ip netns add h2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 addr add 10.0.0.1/24 dev v1; ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip -n h1 link set v1 up; ip -n h2 link set v2 up
  $ ip -n h1 route add 224.0.0.0/4 dev v1; ip -n h2 route add 224.0.0.0/4 dev v2
  $ ip netns exec h2 sh -c 'timeout -s KILL 20 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ ip netns exec h2 sh -c 'timeout -s KILL 20 iperf -s -u -p 5002 -B 239.1.1.1 >/dev/null 2>&1 &'
  $ sleep 2.5
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
  $ ip netns exec h1 timeout 11 tcpdump -t -n -vv -i v1 igmp and src 10.0.0.2 > cap1 2>&1 &
  $ sleep 0.5
  $ ip netns exec h1 sh -c "printf '\021\012\371\324\350\001\001\001\002\024\000\001\012\000\000\011' | socat -u - IP-SENDTO:232.1.1.1:2"; sleep 1.5
  $ ip netns exec h1 sh -c "printf '\021\012\371\326\350\001\001\001\002\024\000\001\012\000\000\007' | socat -u - IP-SENDTO:232.1.1.1:2"; sleep 1.5
  $ ip netns exec h1 sh -c "printf '\021\012\357\314\350\001\001\001\002\024\000\002\012\000\000\007\012\000\000\011' | socat -u - IP-SENDTO:232.1.1.1:2"; sleep 1.5
  $ ip netns exec h1 sh -c "printf '\021\012\003\337\350\001\001\001\002\024\000\000' | socat -u - IP-SENDTO:232.1.1.1:2"; sleep 1.5
  $ ip netns exec h1 sh -c "printf '\021\012\362\326\357\001\001\001\002\024\000\001\012\000\000\007' | socat -u - IP-SENDTO:239.1.1.1:2"; sleep 1.5
  $ ip netns exec h1 sh -c "printf '\021\012\354\341\000\000\000\000\002\024\000\000' | socat -u - IP-SENDTO:224.0.0.1:2"; sleep 1.5
  $ wait; grep -v 'received by filter' cap1
  tcpdump: listening on v1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 is_in { 10.0.0.9 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 is_in { 10.0.0.9 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 44, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 232.1.1.1 is_in { 10.0.0.9 }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 1 group record(s) [gaddr 239.1.1.1 is_ex { }]
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 52, options (RA))
      10.0.0.2 > 224.0.0.22: igmp v3 report, 2 group record(s) [gaddr 239.1.1.1 is_ex { }] [gaddr 232.1.1.1 is_in { 10.0.0.9 }]
  
  5 packets captured
  0 packets dropped by kernel
  $ ip netns exec h2 nstat -az IpInDelivers IpExtInMcastPkts
  #kernel
  IpInDelivers                    6                  0.0
  IpExtInMcastPkts                6                  0.0
  $ ip netns exec h2 cat /proc/net/mcfilter
  Idx Device        MCA        SRC    INC    EXC
