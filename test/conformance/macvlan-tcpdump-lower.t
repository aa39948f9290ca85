What the lower device and the wire see of macvlan traffic (tcpdump -e): bridge-mode siblings reach each other inside the host, only their broadcasts leave through the lower; in vepa mode everything goes out on the wire.
  $ ip netns add h
  $ ip netns add w
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec w sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add e0 netns h address 02:00:00:00:00:01 type veth peer name e1 netns w address 02:00:00:00:00:02
  $ ip netns add a
  $ ip netns add b
  $ ip -n h link add link e0 name mva netns a address 02:00:00:00:00:0a type macvlan mode bridge
  $ ip -n h link add link e0 name mvb netns b address 02:00:00:00:00:0b type macvlan mode bridge
  $ ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.mva.disable_ipv6=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.mvb.disable_ipv6=1
  $ ip -n h link set e0 up; ip -n w link set e1 up; ip -n a link set mva up; ip -n b link set mvb up
  $ ip -n a addr add 10.8.0.10/24 dev mva; ip -n b addr add 10.8.0.11/24 dev mvb
  $ ip netns exec w tcpdump -l -n -e -i e1 -c 1 >/tmp/sweepbr5-w.txt 2>/dev/null & sleep 1
  $ ip netns exec a ping -c 1 10.8.0.11 | sed -n 2p | sed 's/time=.*//'
  64 bytes from 10.8.0.11: icmp_seq=1 ttl=64 
  $ sleep 1; kill %1 2>/dev/null; wait
  $ sed -E 's/^[0-9:.]+ //' /tmp/sweepbr5-w.txt
  02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.8.0.11 tell 10.8.0.10, length 28
  $ ip -n h -s link show e0 | sed -n 5,6p
      TX:  bytes packets errors dropped carrier collsns           
              42       1      0       0       0       0 
  $ ip -n h link set e0 down
  $ ip -n h link set e0 up
  $ ip -n a link set mva type macvlan mode vepa
  $ ip -n b link set mvb type macvlan mode vepa
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec w tcpdump -l -n -e -i e1 -c 2 arp >/tmp/sweepbr5-w.txt 2>/dev/null & sleep 1
  $ ip netns exec a ping -c 1 -W 1 10.8.0.11 | sed -n 4p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 1; wait
  $ sed -E 's/^[0-9:.]+ //' /tmp/sweepbr5-w.txt; rm -f /tmp/sweepbr5-w.txt
  02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.8.0.11 tell 10.8.0.10, length 28
  02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.8.0.11 tell 10.8.0.10, length 28
