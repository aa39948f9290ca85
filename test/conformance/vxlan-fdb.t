Head-end replication: three VTEPs on one underlay LAN (a bridge in `sw`),
each vxlan without a default remote and with an all-zeros fdb entry per
other VTEP (`bridge fdb append`). An ARP broadcast from h1 goes out once
per remote (h3 sees it too), the reply is unicast to the learnt remote.
The default port is Linux's 8472, which tcpdump decodes as OTV. Then the
fdb commands: add, append, replace, del of a remote or a whole entry,
and their errors.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 type bridge mcast_snooping 0
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n sw link set p$i master br0 up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for i in 1 2 3; do ip -n h$i link add vx0 address 02:00:00:00:01:0$i type vxlan id 7 dstport 0 dev e0; ip -n h$i link set vx0 up; ip -n h$i addr add 192.168.7.$i/24 dev vx0; done
  $ for i in 1 2 3; do for j in 1 2 3; do [ $i = $j ] || bridge -n h$i fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.$j; done; done
  $ bridge -n h1 fdb show dev vx0
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ ip netns exec h3 tcpdump -t -e -n -i e0 -c 1 udp > h3.txt 2>/dev/null &
  $ ip netns exec h2 tcpdump -t -e -n -i e0 -c 4 udp > h2.txt 2>/dev/null &
  $ sleep 1
  $ ip netns exec h1 ping -c 1 192.168.7.2 | head -2
  PING 192.168.7.2 (192.168.7.2) 56(84) bytes of data.
  64 bytes from 192.168.7.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ sleep 1; cat h2.txt
  02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 92: 10.0.0.1.* > 10.0.0.2.8472: OTV, flags \[I\] (0x08), overlay 0, instance 7 (glob)
  02:00:00:00:01:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.7.2 tell 192.168.7.1, length 28
  02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype IPv4 (0x0800), length 92: 10.0.0.2.* > 10.0.0.1.8472: OTV, flags \[I\] (0x08), overlay 0, instance 7 (glob)
  02:00:00:00:01:02 > 02:00:00:00:01:01, ethertype ARP (0x0806), length 42: Reply 192.168.7.2 is-at 02:00:00:00:01:02, length 28
  02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 148: 10.0.0.1.* > 10.0.0.2.8472: OTV, flags \[I\] (0x08), overlay 0, instance 7 (glob)
  02:00:00:00:01:01 > 02:00:00:00:01:02, ethertype IPv4 (0x0800), length 98: 192.168.7.1 > 192.168.7.2: ICMP echo request, id *, seq 1, length 64 (glob)
  02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype IPv4 (0x0800), length 148: 10.0.0.2.* > 10.0.0.1.8472: OTV, flags \[I\] (0x08), overlay 0, instance 7 (glob)
  02:00:00:00:01:02 > 02:00:00:00:01:01, ethertype IPv4 (0x0800), length 98: 192.168.7.2 > 192.168.7.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  $ cat h3.txt
  02:00:00:00:00:01 > 02:00:00:00:00:03, ethertype IPv4 (0x0800), length 92: 10.0.0.1.* > 10.0.0.3.8472: OTV, flags \[I\] (0x08), overlay 0, instance 7 (glob)
  02:00:00:00:01:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.7.2 tell 192.168.7.1, length 28
  $ bridge -n h1 fdb show dev vx0
  02:00:00:00:01:02 dst 10.0.0.2 self 
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge -n h2 fdb show dev vx0
  02:00:00:00:01:01 dst 10.0.0.1 self 
  00:00:00:00:00:00 dst 10.0.0.1 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge -n h3 fdb show dev vx0
  02:00:00:00:01:01 dst 10.0.0.1 self 
  00:00:00:00:00:00 dst 10.0.0.1 self permanent
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  $ ip -n h1 -s link show vx0 | sed -n 4p
             112       2      0       0       0       0 
  $ ip -n h1 -s link show vx0 | sed -n 6p
             140       3      0       0       0       0 
  $ bridge -n h1 fdb add 00:00:00:00:00:00 dev vx0 dst 10.0.0.4
  RTNETLINK answers: File exists
  [255]
  $ bridge -n h1 fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3
  $ bridge -n h1 fdb add 02:00:00:00:00:99 dev vx0
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge -n h1 fdb add 02:00:00:00:00:99 dev vx0 dst 10.0.0.9 port 4000 vni 9 via e0
  $ bridge -n h1 fdb add 02:00:00:00:00:98 dev vx0 dst 10.0.0.8 dynamic
  $ bridge -n h1 fdb show dev vx0
  02:00:00:00:00:98 dst 10.0.0.8 self 
  02:00:00:00:00:99 dst 10.0.0.9 port 4000 vni 9 via e0 self permanent
  02:00:00:00:01:02 dst 10.0.0.2 self 
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge -n h1 -j fdb show dev vx0
  [{"mac":"02:00:00:00:00:98","dst":"10.0.0.8","flags":["self"],"state":""},{"mac":"02:00:00:00:00:99","dst":"10.0.0.9","port":4000,"vni":9,"viaIf":"e0","flags":["self"],"state":"permanent"},{"mac":"02:00:00:00:01:02","dst":"10.0.0.2","flags":["self"],"state":""},{"mac":"00:00:00:00:00:00","dst":"10.0.0.2","flags":["self"],"state":"permanent"},{"mac":"00:00:00:00:00:00","dst":"10.0.0.3","flags":["self"],"state":"permanent"}]
  $ bridge -n h1 fdb replace 02:00:00:00:00:99 dev vx0 dst 10.0.0.10
  $ bridge -n h1 fdb replace 00:00:00:00:00:00 dev vx0 dst 10.0.0.10
  Error: Cannot replace non-unicast fdb entries.
  [255]
  $ bridge -n h1 fdb replace 02:00:00:00:00:97 dev vx0 dst 10.0.0.7
  $ bridge -n h1 fdb append 02:00:00:00:00:97 dev vx0 dst 10.0.0.6
  $ bridge -n h1 fdb show dev vx0
  02:00:00:00:00:97 dst 10.0.0.7 self permanent
  02:00:00:00:00:98 dst 10.0.0.8 self 
  02:00:00:00:00:99 dst 10.0.0.10 self permanent
  02:00:00:00:01:02 dst 10.0.0.2 self 
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge -n h1 fdb del 00:00:00:00:00:00 dev vx0 dst 10.0.0.2
  $ bridge -n h1 fdb del 00:00:00:00:00:00 dev vx0 dst 10.0.0.5
  $ bridge -n h1 fdb del 02:00:00:00:00:99 dev vx0
  $ bridge -n h1 fdb del 02:00:00:00:00:99 dev vx0
  RTNETLINK answers: No such file or directory
  [255]
  $ bridge -n h1 fdb add 02:00:00:00:00:96 dev vx0 dst 10.0.0.6 via nosuch
  Cannot find device "nosuch"
  [255]
  $ bridge -n h1 fdb show dev vx0
  02:00:00:00:00:97 dst 10.0.0.7 self permanent
  02:00:00:00:00:98 dst 10.0.0.8 self 
  02:00:00:00:01:02 dst 10.0.0.2 self 
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge -n h1 fdb del 00:00:00:00:00:00 dev vx0 dst 10.0.0.3
  $ bridge -n h1 fdb show dev vx0
  02:00:00:00:00:97 dst 10.0.0.7 self permanent
  02:00:00:00:00:98 dst 10.0.0.8 self 
  02:00:00:00:01:02 dst 10.0.0.2 self 
  $ ip netns exec h1 ping -c 1 -W 1 192.168.7.3 | tail -2 | head -1; sleep 3
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ echo tx_dropped $(ip -n h1 -s link show vx0 | sed -n 6p | tr -s ' ' | cut -d' ' -f5)
  tx_dropped 3
  $ bridge -n h1 fdb add 02:00:00:00:00:95 dev e0 dst 10.0.0.5
  $ bridge -n h1 fdb show dev e0
  02:00:00:00:00:95 self permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
