Multicast snooping counters with mcast_stats_enabled: the querier's own queries (RX on the bridge, TX on each port, a group-specific one after a leave), a host's IGMPv2 reports and leave (RX on its port).
  $ for n in h1 h2 sw; do ip netns add $n; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge mcast_stats_enabled 1 mcast_snooping 1
  $ for i in 1 2; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:aa:0$i; ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for h in h1 h2; do ip netns exec $h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.e0.disable_ipv6=1 net.ipv4.conf.e0.force_igmp_version=2 net.ipv4.conf.e0.igmpv2_unsolicited_report_interval=1; done
  $ ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.br0.disable_ipv6=1
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip -n sw link set br0 up
  $ ip -n sw link xstats type bridge_slave dev p1 igmp | sed -n '1,4p;6p;8,9p'
  p1              
                      IGMP queries:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 0 v3 0
                        RX: v1 0 v2 0 v3 0
                      IGMP leaves: RX: 0 TX: 0
                      IGMP parse errors: 0
  $ ip -n sw link set br0 type bridge mcast_querier 1
  $ sleep 2
  $ ip -n sw link xstats type bridge_slave dev p1 igmp | sed -n '2,4p;6p;8p'
                      IGMP queries:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 1 v3 0
                        RX: v1 0 v2 0 v3 0
                      IGMP leaves: RX: 0 TX: 0
  $ ip -n sw link xstats type bridge dev br0 igmp | sed -n '1,4p'
  br0             
                      IGMP queries:
                        RX: v1 0 v2 1 v3 0
                        TX: v1 0 v2 0 v3 0
  $ ip netns exec h1 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:e0 - & sleep 2
  $ ip -n sw link xstats type bridge_slave dev p1 igmp | sed -n '2,4p;6p;8p'
                      IGMP queries:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 1 v3 0
                        RX: v1 0 v2 2 v3 0
                      IGMP leaves: RX: 0 TX: 0
  $ bridge -n sw mdb show
  dev br0 port p1 grp 239.1.1.1 temp
  $ kill %1; wait; sleep 3
  $ ip -n sw link xstats type bridge_slave dev p1 igmp | sed -n '2,4p;6p;8p'
                      IGMP queries:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 3 v3 0
                        RX: v1 0 v2 2 v3 0
                      IGMP leaves: RX: 1 TX: 0
  $ ip -n sw link xstats type bridge_slave dev p2 igmp | sed -n '2,4p;6p;8p'
                      IGMP queries:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 1 v3 0
                        RX: v1 0 v2 0 v3 0
                      IGMP leaves: RX: 0 TX: 1
  $ ip -n sw link xstats type bridge dev br0 igmp | sed -n '2,4p'
                      IGMP queries:
                        RX: v1 0 v2 1 v3 0
                        TX: v1 0 v2 0 v3 0
  $ ip -n sw link set br0 type bridge mcast_stats_enabled 0
  $ ip -n sw -d link show br0 | grep -o 'mcast_stats_enabled [0-9]'
  mcast_stats_enabled 0
  $ ip -n sw link xstats type bridge_slave dev p1 igmp | sed -n '2,4p'
                      IGMP queries:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 3 v3 0
