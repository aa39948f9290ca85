A bridge with STP off floods another bridge's BPDUs like any frame and learns their source, unless no_linklocal_learn is set; with STP on it consumes them.
  $ for n in a b h; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n a link add bra address 02:00:00:00:0a:00 type bridge stp_state 1 hello_time 100 forward_delay 400
  $ ip -n b link add brb address 02:00:00:00:0b:00 type bridge
  $ ip link add pa netns a address 02:00:00:00:0a:01 type veth peer name pb1 netns b address 02:00:00:00:0b:01
  $ ip link add e0 netns h address 02:00:00:00:00:01 type veth peer name pb2 netns b address 02:00:00:00:0b:02
  $ ip -n a link set pa master bra; ip -n b link set pb1 master brb; ip -n b link set pb2 master brb
  $ for d in pb1 pb2 brb; do ip -n b link set $d up; done
  $ ip -n a link set pa up; ip -n a link set bra up; ip -n h link set e0 up
  $ ip netns exec h timeout 5 tcpdump -n -e -c 1 -i e0 stp 2>&1 | sed -E 's/^[0-9:.]+ //'
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  02:00:00:00:0a:01 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [none], bridge-id 8000.02:00:00:00:0a:00.8001, length 35
  packet captured
  packet received by filter
  packets dropped by kernel
  $ bridge -n b fdb show dynamic
  02:00:00:00:0a:01 dev pb1 master brb 
  $ ip -n b -d link show brb | grep -o 'no_linklocal_learn [0-9]'
  no_linklocal_learn 0
  $ ip -n b link set brb type bridge no_linklocal_learn 1
  $ ip -n b -d link show brb | grep -o 'no_linklocal_learn [0-9]'
  no_linklocal_learn 1
  $ bridge -n b fdb flush dev brb
  $ bridge -n b fdb show dynamic
  $ ip netns exec h timeout 5 tcpdump -n -c 1 -i e0 stp 2>&1 | sed -E 's/^[0-9:.]+ //'
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  STP 802.1d, Config, Flags [none], bridge-id 8000.02:00:00:00:0a:00.8001, length 35
  packet captured
  packet received by filter
  packets dropped by kernel
  $ bridge -n b fdb show dynamic
  02:00:00:00:0a:01 dev pb1 master brb 
  $ ip -n b link set brb type bridge stp_state 1
  $ ip netns exec h timeout 3 tcpdump -n -i e0 ether src 02:00:00:00:0a:01 2>&1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  
  0 packets captured
  0 packets received by filter
  0 packets dropped by kernel
  [124]
  $ ip -n b link set brb type bridge no_linklocal_learn 0 stp_state 0
  $ ip netns exec h timeout 5 tcpdump -n -c 1 -i e0 ether src 02:00:00:00:0a:01 2>&1 | sed -E 's/^[0-9:.]+ //'
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on e0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  STP 802.1d, Config, Flags [none], bridge-id 8000.02:00:00:00:0a:00.8001, length 35
  packet captured
  packet received by filter
  packets dropped by kernel
  $ bridge -n b fdb show dynamic
  02:00:00:00:0a:01 dev pb1 master brb 
