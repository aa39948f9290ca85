tuxnet extension, not recorded on a kernel (no stock kernel has the send-to-self patch; the outputs follow its semantics): the loop knob itself (0 by default, readable and writable by name and through /proc, absent from sysctl -a and from the conf directory's listing, inherited from default by a new device, all ORed with the device's), which pairs of addresses it sends over the wire (two loop devices: yes; a loop device and a plain one, or two addresses of one device: no, they stay on lo), the receiving side accepting its own source without accept_local, UDP and TCP over the wire with tcpdump on the receiving NIC, and a connect from an address whose device is down (ENETDOWN). IPv6 is off in h.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n h link add eth1 address 02:00:00:00:00:e1 type veth peer name eth2 address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.1.5/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h cat /proc/sys/net/ipv4/conf/eth1/loop
  0
  $ ip netns exec h sysctl -a 2>/dev/null | grep -c '\.loop '
  0
  [1]
  $ ip netns exec h ls /proc/sys/net/ipv4/conf/eth1 | grep -cx loop
  0
  [1]
  $ ip netns exec h sh -c 'echo 1 > /proc/sys/net/ipv4/conf/eth1/loop'
  $ ip netns exec h sysctl net.ipv4.conf.eth1.loop net.ipv4.conf.eth2.loop
  net.ipv4.conf.eth1.loop = 1
  net.ipv4.conf.eth2.loop = 0
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  local 192.168.2.2 from 192.168.1.1 dev lo uid 0 
      cache <local> 
  $ ip -n h route get 192.168.1.1 from 192.168.2.2
  local 192.168.1.1 from 192.168.2.2 dev lo uid 0 
      cache <local> 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.loop=1
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  192.168.2.2 from 192.168.1.1 dev eth1 uid 0 
      cache 
  $ ip -n h route get 192.168.1.1 from 192.168.2.2
  192.168.1.1 from 192.168.2.2 dev eth2 uid 0 
      cache 
  $ ip -n h route get 192.168.1.5 from 192.168.1.1
  local 192.168.1.5 from 192.168.1.1 dev lo uid 0 
      cache <local> 
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth2
  local 192.168.2.2 from 192.168.1.1 dev lo 
      cache <local> iif eth2 
  $ ip -n h route get 192.168.2.2 from 192.168.1.1 iif eth1
  local 192.168.2.2 from 192.168.1.1 dev lo 
      cache <local> iif eth1 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.loop=0 net.ipv4.conf.eth2.loop=1
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_filter=1
  $ ip netns exec h tcpdump -l -n -t -i eth2 > e2.txt 2>/dev/null & sleep 0.5
  $ ip netns exec h sh -c 'nc -u -l -s 192.168.2.2 -p 7000 > u.out & sleep 0.3'
  $ ip netns exec h sh -c 'echo over-the-wire | nc -u -w 1 -s 192.168.1.1 -p 7001 192.168.2.2 7000'
  $ ip netns exec h sh -c 'nc -l -s 192.168.2.2 -p 7100 > t.out & sleep 0.3'
  $ ip netns exec h sh -c 'echo tcp-wire | nc -N -w 1 -s 192.168.1.1 -p 7101 192.168.2.2 7100'
  $ sleep 0.3; kill %1; wait; cat u.out t.out
  over-the-wire
  tcp-wire
  $ sed -E 's/, (id|seq|ack|win|length) [0-9:]+//g; s/, options \[[^]]*\]//' e2.txt
  ARP, Request who-has 192.168.2.2 tell 192.168.1.1
  ARP, Reply 192.168.2.2 is-at 02:00:00:00:00:e2
  IP 192.168.1.1.7001 > 192.168.2.2.7000:  [|rx] (14)
  IP 192.168.1.1.7101 > 192.168.2.2.7100: Flags [S]
  IP 192.168.2.2.7100 > 192.168.1.1.7101: Flags [S.]
  IP 192.168.1.1.7101 > 192.168.2.2.7100: Flags [.]
  IP 192.168.1.1.7101 > 192.168.2.2.7100: Flags [P.]
  IP 192.168.2.2.7100 > 192.168.1.1.7101: Flags [.]
  IP 192.168.1.1.7101 > 192.168.2.2.7100: Flags [F.]
  IP 192.168.2.2.7100 > 192.168.1.1.7101: Flags [F.]
  IP 192.168.1.1.7101 > 192.168.2.2.7100: Flags [.]
  $ ip -n h -s link show lo | sed -n 4p
               0       0      0       0       0       0 
  $ ip -n h neigh show | sort
  192.168.1.1 dev eth2 lladdr 02:00:00:00:00:e1 DELAY 
  192.168.2.2 dev eth1 lladdr 02:00:00:00:00:e2 REACHABLE 
  $ ip netns exec h sysctl -qw net.ipv4.conf.default.loop=1
  $ ip -n h link add eth3 address 02:00:00:00:00:e3 type veth peer name eth4 address 02:00:00:00:00:e4
  $ ip netns exec h sysctl net.ipv4.conf.eth3.loop net.ipv4.conf.eth4.loop
  net.ipv4.conf.eth3.loop = 1
  net.ipv4.conf.eth4.loop = 1
  $ ip -n h addr add 192.168.3.3/24 dev eth3
  $ ip -n h route get 192.168.3.3 from 192.168.1.1
  192.168.3.3 from 192.168.1.1 dev eth1 uid 0 
      cache 
  $ ip -n h route get 192.168.2.2 from 192.168.3.3
  RTNETLINK answers: Network is down
  [2]
  $ ip netns exec h nc -u -w 1 -s 192.168.3.3 192.168.2.2 7000 < /dev/null
  [1]
  $ ip netns exec h nc -v -u -w 1 -s 192.168.3.3 192.168.2.2 7000 < /dev/null
  nc: connect to 192.168.2.2 port 7000 (udp) failed: Network is down
  [1]
  $ ip netns pids h | xargs -r kill
