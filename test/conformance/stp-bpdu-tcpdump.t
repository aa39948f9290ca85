STP on the wire: a bridge with stp_state 1 sends a configuration BPDU (802.3 length frame, LLC 0x42, to 01:80:c2:00:00:00) out of its ports every hello_time; tcpdump shows them (-e, -v); a bridge without STP forwards another bridge's BPDUs.
  $ ip netns add sw
  $ ip netns add h
  $ ip -n sw link add br0 address 02:00:00:00:0b:00 type bridge
  $ ip link add p1 netns sw address 02:00:00:00:0b:01 type veth peer name eth0 netns h address 02:00:00:00:0b:11
  $ ip -n sw link set p1 master br0
  $ ip -n sw link set br0 type bridge stp_state 1 hello_time 100 forward_delay 200
  $ ip -n sw link set p1 up
  $ ip -n sw link set br0 up
  $ ip -n h link set eth0 up
  $ ip netns exec h tcpdump -e -n -c 2 -i eth0 stp 2>&1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  *:*:*.* 02:00:00:00:0b:01 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [*], bridge-id 8000.02:00:00:00:0b:00.8001, length 35 (glob)
  *:*:*.* 02:00:00:00:0b:01 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [*], bridge-id 8000.02:00:00:00:0b:00.8001, length 35 (glob)
  2 packets captured
  2 packets received by filter
  0 packets dropped by kernel
  $ ip netns exec h tcpdump -v -n -c 1 -i eth0 stp 2>&1
  tcpdump: listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  *:*:*.* STP 802.1d, Config, Flags [*], bridge-id 8000.02:00:00:00:0b:00.8001, length 35 (glob)
  	message-age *.00s, max-age *.00s, hello-time 1.00s, forwarding-delay 2.00s (glob)
  	root-id 8000.02:00:00:00:0b:00, root-pathcost 0
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ ip netns exec h tcpdump -n -c 1 -i eth0 ether dst 01:80:c2:00:00:00 2>&1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  *:*:*.* STP 802.1d, Config, Flags [*], bridge-id 8000.02:00:00:00:0b:00.8001, length 35 (glob)
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ bridge -n sw link
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n sw link set br0 type bridge priority 4096
  $ ip netns exec h tcpdump -n -c 1 -i eth0 stp 2>&1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  *:*:*.* STP 802.1d, Config, Flags [*], bridge-id 1000.02:00:00:00:0b:00.8001, length 35 (glob)
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ ip -n sw link set br0 type bridge stp_state 0
  $ ip netns add s2
  $ ip -n s2 link add br1 address 02:00:00:00:0c:00 type bridge
  $ ip link add q1 netns s2 address 02:00:00:00:0c:01 type veth peer name p2 netns sw address 02:00:00:00:0b:02
  $ ip link add q2 netns s2 address 02:00:00:00:0c:02 type veth peer name eth1 netns h address 02:00:00:00:0b:12
  $ ip -n s2 link set q1 master br1
  $ ip -n s2 link set q2 master br1
  $ for d in br1 q1 q2; do ip -n s2 link set $d up; done
  $ ip -n h link set eth1 up
  $ ip -n sw link set p2 master br0
  $ ip -n sw link set p2 up
  $ ip -n sw link set br0 type bridge stp_state 1
  $ sleep 1
  $ ip netns exec h tcpdump -e -n -c 1 -i eth1 stp 2>&1
  tcpdump: verbose output suppressed, use -v[v]... for full protocol decode
  listening on eth1, link-type EN10MB (Ethernet), snapshot length 262144 bytes
  *:*:*.* 02:00:00:00:0b:02 > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [*], bridge-id 1000.02:00:00:00:0b:00.8002, length 35 (glob)
  1 packet captured
  1 packet received by filter
  0 packets dropped by kernel
  $ bridge -n s2 link
  3: q1@q2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br1 state forwarding priority 32 cost 2 
  4: q2@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br1 state forwarding priority 32 cost 2 
  $ ip -n sw link set br0 type bridge stp_state 0
  $ sleep 3
