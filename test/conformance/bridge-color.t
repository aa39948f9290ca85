bridge -color=always: which fields iproute2 6.1 colours in fdb, link, mdb and vlan listings (interface names, MAC addresses, IP addresses), -color=never and -color=auto on a pipe, with -j the colours are off; shown through cat -v.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 1
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0; ip -n sw link set q1 up; ip -n sw link set p1 up; ip -n sw link set br0 up
  $ bridge -n sw fdb add 02:00:00:00:00:01 dev p1 master static
  $ bridge -n sw mdb add dev br0 port p1 grp 239.1.1.1 permanent
  $ bridge -n sw -color=always fdb show br br0 | cat -v | sort
  ^[[33m01:00:5e:00:00:01 ^[[0mdev ^[[36mbr0 ^[[0mself permanent
  ^[[33m01:00:5e:00:00:01 ^[[0mdev ^[[36mp1 ^[[0mself permanent
  ^[[33m01:00:5e:00:00:6a ^[[0mdev ^[[36mbr0 ^[[0mself permanent
  ^[[33m02:00:00:00:00:01 ^[[0mdev ^[[36mp1 ^[[0mmaster br0 static
  ^[[33m02:00:00:00:90:01 ^[[0mdev ^[[36mp1 ^[[0mmaster br0 permanent
  ^[[33m02:00:00:00:99:99 ^[[0mdev ^[[36mbr0 ^[[0mmaster br0 permanent
  ^[[33m33:33:00:00:00:01 ^[[0mdev ^[[36mbr0 ^[[0mself permanent
  ^[[33m33:33:00:00:00:01 ^[[0mdev ^[[36mp1 ^[[0mself permanent
  ^[[33m33:33:00:00:00:6a ^[[0mdev ^[[36mbr0 ^[[0mself permanent
  $ bridge -n sw -color=always link show | cat -v
  4: ^[[36mp1@q1: ^[[0m<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ bridge -n sw -color=always -d link show | cat -v
  4: ^[[36mp1@q1: ^[[0m<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ bridge -n sw -color=always mdb show | cat -v
  ^[[36mdev br0^[[0m port p1^[[35m grp 239.1.1.1^[[0m permanent
  $ bridge -n sw -color=always -d mdb show | cat -v | sed -E 's/ +[0-9]+\.[0-9]+$//'
  ^[[36mdev br0^[[0m port p1^[[35m grp 239.1.1.1^[[0m permanent proto static 
  $ bridge -n sw -color=always vlan show | cat -v
  port              vlan-id  
  $ bridge -n sw -color=always fdb get 02:00:00:00:00:01 br br0 | cat -v
  ^[[33m02:00:00:00:00:01 ^[[0mdev ^[[36mp1 ^[[0mmaster br0 static
  $ bridge -n sw -color=always -j fdb show dev p1 | cat -v
  [{"mac":"02:00:00:00:00:01","flags":[],"master":"br0","state":"static"},{"mac":"02:00:00:00:90:01","flags":[],"master":"br0","state":"permanent"},{"mac":"33:33:00:00:00:01","flags":["self"],"state":"permanent"},{"mac":"01:00:5e:00:00:01","flags":["self"],"state":"permanent"}]
  $ bridge -n sw -color=never fdb show dev p1 | cat -v
  02:00:00:00:00:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n sw -color=auto fdb show dev p1 | cat -v
  02:00:00:00:00:01 master br0 static
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  $ bridge -n sw -color fdb show dev p1 | cat -v
  ^[[33m02:00:00:00:00:01 ^[[0mmaster br0 static
  ^[[33m02:00:00:00:90:01 ^[[0mmaster br0 permanent
  ^[[33m33:33:00:00:00:01 ^[[0mself permanent
  ^[[33m01:00:5e:00:00:01 ^[[0mself permanent
  $ bridge -n sw -c=always fdb show dev p1 | cat -v
  ^[[33m02:00:00:00:00:01 ^[[0mmaster br0 static
  ^[[33m02:00:00:00:90:01 ^[[0mmaster br0 permanent
  ^[[33m33:33:00:00:00:01 ^[[0mself permanent
  ^[[33m01:00:5e:00:00:01 ^[[0mself permanent
  $ bridge -n sw -color=bogus fdb show dev p1; echo $?
  Option "-color=bogus" is unknown, try "bridge help".
  255
