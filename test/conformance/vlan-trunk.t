A trunk between two VLAN-filtering bridges. Not recorded: the reference
kernel lacks CONFIG_BRIDGE_VLAN_FILTERING; the outputs follow net/bridge/br_vlan.c
and __netif_receive_skb_core(). The trunk ports carry VLANs 10 and 20 tagged
(802.1Q, out of band on veth), the access ports untagged. Hosts reach the
hosts of their own VLAN on the other switch and nobody else; the far switch
learns the hosts behind the trunk per VLAN. A host on a tagged-only port
(h5) receives the frames of VLAN 10 still tagged: with no 8021q device, a
frame with a non-zero VLAN id is not for the host (PACKET_OTHERHOST) and is
dropped, while its own untagged frames find no pvid on the port.
The lab is built with CONFIG_BRIDGE_VLAN_FILTERING:
tuxnet kconfig: CONFIG_BRIDGE_VLAN_FILTERING=y
  $ for n in sw1 sw2 h1 h2 h3 h4 h5; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :; done
  $ for s in 1 2; do ip -n sw$s link add br0 address 02:00:00:00:9$s:00 type bridge vlan_filtering 1; ip -n sw$s link set br0 up; done
  $ ip link add t1 netns sw1 address 02:00:00:00:91:ff type veth peer name t2 netns sw2 address 02:00:00:00:92:ff
  $ ip link add e0 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns sw1 address 02:00:00:00:91:01
  $ ip link add e0 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns sw1 address 02:00:00:00:91:02
  $ ip link add e0 netns h3 address 02:00:00:00:00:03 type veth peer name p3 netns sw2 address 02:00:00:00:92:03
  $ ip link add e0 netns h4 address 02:00:00:00:00:04 type veth peer name p4 netns sw2 address 02:00:00:00:92:04
  $ ip link add e0 netns h5 address 02:00:00:00:00:05 type veth peer name p5 netns sw2 address 02:00:00:00:92:05
  $ for p in t1 p1 p2; do ip -n sw1 link set $p master br0; ip -n sw1 link set $p up; done
  $ for p in t2 p3 p4 p5; do ip -n sw2 link set $p master br0; ip -n sw2 link set $p up; done
  $ for i in 1 2 3 4 5; do ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ bridge -n sw1 vlan add dev p1 vid 10 pvid untagged
  $ bridge -n sw1 vlan add dev p2 vid 20 pvid untagged
  $ bridge -n sw2 vlan add dev p3 vid 10 pvid untagged
  $ bridge -n sw2 vlan add dev p4 vid 20 pvid untagged
  $ bridge -n sw1 vlan add dev t1 vid 10-20
  $ bridge -n sw1 vlan del dev t1 vid 11-19
  $ bridge -n sw2 vlan add dev t2 vid 10
  $ bridge -n sw2 vlan add dev t2 vid 20
  $ bridge -n sw2 vlan del dev p5 vid 1
  $ bridge -n sw2 vlan add dev p5 vid 10
  $ bridge -n sw1 vlan show
  port              vlan-id  
  br0               1 PVID Egress Untagged
  t1                1 PVID Egress Untagged
                    10
                    20
  p1                1 Egress Untagged
                    10 PVID Egress Untagged
  p2                1 Egress Untagged
                    20 PVID Egress Untagged
  $ bridge -n sw2 vlan show dev p5
  port              vlan-id  
  p5                10
  $ ip netns exec h1 ping -c 1 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.3 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h2 ping -c 1 10.0.0.4
  PING 10.0.0.4 (10.0.0.4) 56(84) bytes of data.
  64 bytes from 10.0.0.4: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.4 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.4
  PING 10.0.0.4 (10.0.0.4) 56(84) bytes of data.
  
  --- 10.0.0.4 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ bridge -n sw2 fdb show dev t2 | grep 02:00:00:00:00 | sort
  02:00:00:00:00:01 vlan 10 master br0 
  02:00:00:00:00:02 vlan 20 master br0 
  $ bridge -n sw1 fdb show dev t1 | grep 02:00:00:00:00 | sort
  02:00:00:00:00:03 vlan 10 master br0 
  02:00:00:00:00:04 vlan 20 master br0 
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.5
  PING 10.0.0.5 (10.0.0.5) 56(84) bytes of data.
  
  --- 10.0.0.5 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ sleep 3
  $ ip -n h5 -s link show e0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             294       7      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ ip netns exec h5 ping -c 1 -W 1 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  
  --- 10.0.0.3 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ bridge -n sw2 vlan add dev p5 vid 10 pvid untagged
  $ ip netns exec h5 ping -c 1 10.0.0.3
  PING 10.0.0.3 (10.0.0.3) 56(84) bytes of data.
  64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.3 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
