bridge fdb/link/mdb/vlan start with ll_init_map() (a dump of every link), so a name they are given comes from that cache and no RTM_GETLINK of one device is sent: a bridge whose carrier came on within the second keeps its linkwatch event pending (a dump shows it DOWN, NO-CARRIER with LOWER_UP), while ip link show BR asks for it by name and rtnl_getlink()'s linkwatch_sync_dev() handles the event at once.
  $ ip netns add sw
  $ ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ for i in 1 2; do ip -n sw link add p$i address 02:00:00:00:90:0$i type veth peer name q$i address 02:00:00:00:80:0$i; done
  $ for i in 1 2; do ip -n sw link set p$i master br0; ip -n sw link set q$i up; ip -n sw link set p$i up; done; ip -n sw link set br0 up
  $ ip -n sw -br link show | grep br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n sw fdb show br br0 | grep -c self
  6
  $ ip -n sw -br link show | grep br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n sw link show dev p1 | cut -d' ' -f2
  p1@q1:
  $ bridge -n sw mdb show dev br0
  $ bridge -n sw vlan show dev br0; echo $?
  port              vlan-id  
  0
  $ bridge -n sw fdb show dev br0 | grep -c self
  2
  $ ip -n sw -br link show | grep br0
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n sw link show br0 | grep -o 'state [A-Z]*'
  state UP
  $ ip -n sw -br link show | grep br0
  br0              UP             02:00:00:00:99:99 <BROADCAST,MULTICAST,UP,LOWER_UP> 
