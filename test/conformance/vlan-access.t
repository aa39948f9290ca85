Access ports (pvid, untagged) on a VLAN-filtering bridge. Not recorded: the
reference kernel lacks CONFIG_BRIDGE_VLAN_FILTERING; the outputs follow
br_allowed_ingress(), br_allowed_egress() and br_handle_vlan() of
net/bridge/br_vlan.c. Hosts on ports with the same pvid reach each other,
hosts in another VLAN do not (the ARP request is not flooded there); the fdb
learns per VLAN; moving a port into the VLAN restores reachability; a port
without a pvid drops untagged frames; filtering off makes the bridge
VLAN-unaware; the bridge device itself is a member only of its own VLANs.
The lab is built with CONFIG_BRIDGE_VLAN_FILTERING:
tuxnet kconfig: CONFIG_BRIDGE_VLAN_FILTERING=y
  $ for n in sw h1 h2 h3; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge vlan_filtering 1
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n sw link set br0 up
  $ bridge -n sw vlan add dev p1 vid 10 pvid untagged
  $ bridge -n sw vlan add dev p2 vid 10 pvid untagged
  $ bridge -n sw vlan add dev p3 vid 20 pvid untagged
  $ bridge -n sw vlan show
  port              vlan-id  
  br0               1 PVID Egress Untagged
  p1                1 Egress Untagged
                    10 PVID Egress Untagged
  p2                1 Egress Untagged
                    10 PVID Egress Untagged
  p3                1 Egress Untagged
                    20 PVID Egress Untagged
  $ ip netns exec h1 ping -c 1 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  
  --- 10.0.0.3 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ bridge -n sw fdb show br br0 | grep vlan | sort
  02:00:00:00:00:01 dev p1 vlan 10 master br0 
  02:00:00:00:00:02 dev p2 vlan 10 master br0 
  02:00:00:00:90:01 dev p1 vlan 1 master br0 permanent
  02:00:00:00:90:01 dev p1 vlan 10 master br0 permanent
  02:00:00:00:90:02 dev p2 vlan 1 master br0 permanent
  02:00:00:00:90:02 dev p2 vlan 10 master br0 permanent
  02:00:00:00:90:03 dev p3 vlan 1 master br0 permanent
  02:00:00:00:90:03 dev p3 vlan 20 master br0 permanent
  02:00:00:00:99:99 dev br0 vlan 1 master br0 permanent
  $ ip -n sw -s link show p3 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             108       2      0       0       0       0 
  $ bridge -n sw vlan add dev p3 vid 10 pvid untagged
  $ bridge -n sw vlan show dev p3
  port              vlan-id  
  p3                1 Egress Untagged
                    10 PVID Egress Untagged
                    20 Egress Untagged
  $ ip netns exec h1 ping -c 1 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.3 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ bridge -n sw vlan del dev p2 vid 10
  $ bridge -n sw vlan show dev p2
  port              vlan-id  
  p2                1 Egress Untagged
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  
  --- 10.0.0.3 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n sw link set br0 type bridge vlan_filtering 0
  $ ip netns exec h2 ping -c 1 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.3 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip -n sw link set br0 type bridge vlan_filtering 1
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.254
  PING 10.0.0.254 (10.0.0.254) 56(84) bytes of data.
  
  --- 10.0.0.254 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ bridge -n sw vlan add dev br0 vid 10 pvid untagged self
  $ ip netns exec h1 ping -c 1 10.0.0.254
  PING 10.0.0.254 (10.0.0.254) 56(84) bytes of data.
  64 bytes from 10.0.0.254: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.254 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
