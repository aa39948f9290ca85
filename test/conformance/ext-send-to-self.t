tuxnet extension, not recorded on a kernel (no stock kernel has the send-to-self patch; the outputs follow the patch's semantics: ip route get shows the wire device, the echo requests cross the veth wire - eth2 counts them, lo nothing - and a source device that is down gives ENETDOWN, which ping's raw socket takes silently as a local error): with net.ipv4.conf.DEV.loop=1 on two interfaces of one host wired to each other, traffic between their addresses leaves on the wire instead of looping through lo. IPv6 is off in h (its MLD reports, DAD and router solicitations would add to the counters).
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1
  $ ip -n h link add eth1 address 02:00:00:00:00:e1 type veth peer name eth2 address 02:00:00:00:00:e2
  $ ip -n h link set lo up
  $ ip -n h link set eth1 up
  $ ip -n h link set eth2 up
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip netns exec h sysctl net.ipv4.conf.eth1.loop net.ipv4.conf.all.loop net.ipv4.conf.default.loop
  net.ipv4.conf.eth1.loop = 0
  net.ipv4.conf.all.loop = 0
  net.ipv4.conf.default.loop = 0
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  local 192.168.2.2 from 192.168.1.1 dev lo uid 0 
      cache <local> 
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth1.loop=1
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  local 192.168.2.2 from 192.168.1.1 dev lo uid 0 
      cache <local> 
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.loop=1
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  192.168.2.2 from 192.168.1.1 dev eth1 uid 0 
      cache 
  $ ip -n h route get 192.168.1.1 from 192.168.2.2
  192.168.1.1 from 192.168.2.2 dev eth2 uid 0 
      cache 
  $ ip -n h route get 192.168.2.2
  local 192.168.2.2 dev lo src 192.168.2.2 uid 0 
      cache <local> 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_filter=1
  $ ip netns exec h ping -c 2 -i 0.2 -I 192.168.1.1 192.168.2.2
  PING 192.168.2.2 (192.168.2.2) from 192.168.1.1 : 56(84) bytes of data.
  64 bytes from 192.168.2.2: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 192.168.2.2: icmp_seq=2 ttl=64 time=* ms (glob)
  
  --- 192.168.2.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n h neigh show | sort
  192.168.1.1 dev eth2 lladdr 02:00:00:00:00:e1 DELAY 
  192.168.2.2 dev eth1 lladdr 02:00:00:00:00:e2 REACHABLE 
  $ ip -n h -s link show eth2 | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
             238       3      0       0       0       0 
  $ ip -n h -s link show lo | sed -n 3,4p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth2.loop=0
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  local 192.168.2.2 from 192.168.1.1 dev lo uid 0 
      cache <local> 
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.loop=1
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  192.168.2.2 from 192.168.1.1 dev eth1 uid 0 
      cache 
  $ ip -n h link set eth1 down
  $ ip -n h route get 192.168.2.2 from 192.168.1.1
  RTNETLINK answers: Network is down
  [2]
  $ ip netns exec h ping -c 1 -I 192.168.1.1 192.168.2.2
  PING 192.168.2.2 (192.168.2.2) from 192.168.1.1 : 56(84) bytes of data.
  
  --- 192.168.2.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
