ip link xstats of bridges and ports: the multicast counters (zero until mcast_stats_enabled), a port's STP BPDU/TCN/transition counters as STP runs, the filters (igmp, stp, dev), JSON and the errors; the query interval floors at 1 s.
  $ ip netns add a
  $ ip netns add b
  $ ip -n a link add bra address 02:00:00:00:0a:00 type bridge stp_state 1 hello_time 100 forward_delay 400 priority 4096
  $ ip -n b link add brb address 02:00:00:00:0b:00 type bridge stp_state 1 hello_time 100 forward_delay 400
  $ ip link add pa netns a address 02:00:00:00:0a:01 type veth peer name pb netns b address 02:00:00:00:0b:01
  $ ip -n a link set pa master bra; ip -n b link set pb master brb
  $ ip -n a link xstats type bridge_slave
  pa              
                      IGMP queries:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 0 v3 0
                      IGMP reports:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 0 v3 0
                      IGMP leaves: RX: 0 TX: 0
                      IGMP parse errors: 0
                      MLD queries:
                        RX: v1 0 v2 0
                        TX: v1 0 v2 0
                      MLD reports:
                        RX: v1 0 v2 0
                        TX: v1 0 v2 0
                      MLD leaves: RX: 0 TX: 0
                      MLD parse errors: 0
                      STP BPDU:  RX: 0 TX: 0
                      STP TCN:   RX: 0 TX: 0
                      STP Transitions: Blocked: 1 Forwarding: 0
  $ ip -n a link set pa up; ip -n b link set pb up
  $ ip -n a link set bra up; ip -n b link set brb up
  $ sleep 10
  $ bridge -n a link show; bridge -n b link show
  3: pa: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master bra state forwarding priority 32 cost 2 
  3: pb: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master brb state forwarding priority 32 cost 2 
  $ ip -n a link xstats type bridge_slave stp | sed -E 's/RX: [0-9]+ TX: [0-9]+$/RX: N TX: N/'
  pa              
                      STP BPDU:  RX: N TX: N
                      STP TCN:   RX: N TX: N
                      STP Transitions: Blocked: 2 Forwarding: 1
  $ ip -n b link xstats type bridge_slave dev pb stp | sed -E 's/BPDU:  RX: [0-9]+ TX: [0-9]+$/BPDU:  RX: N TX: N/'
  pb              
                      STP BPDU:  RX: N TX: N
                      STP TCN:   RX: 0 TX: 0
                      STP Transitions: Blocked: 2 Forwarding: 1
  $ ip -n b link xstats type bridge
  brb             
                      IGMP queries:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 0 v3 0
                      IGMP reports:
                        RX: v1 0 v2 0 v3 0
                        TX: v1 0 v2 0 v3 0
                      IGMP leaves: RX: 0 TX: 0
                      IGMP parse errors: 0
                      MLD queries:
                        RX: v1 0 v2 0
                        TX: v1 0 v2 0
                      MLD reports:
                        RX: v1 0 v2 0
                        TX: v1 0 v2 0
                      MLD leaves: RX: 0 TX: 0
                      MLD parse errors: 0
  $ ip -n b link xstats type bridge dev brb igmp | head -3
  brb             
                      IGMP queries:
                        RX: v1 0 v2 0 v3 0
  $ ip -n b -j link xstats type bridge_slave stp | sed -E 's/"(rx|tx)_bpdu":[0-9]+/"\1_bpdu":N/g'
  [{"ifname":"pb","stp":{"rx_bpdu":N,"tx_bpdu":N,"rx_tcn":0,"tx_tcn":0,"transition_blk":2,"transition_fwd":1}}]
  $ ip -n b link xstats type bridge dev pb
  $ ip -n b link xstats type bridge_slave dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip -n b link xstats type bridge foo
  Error: argument "foo" is wrong: unknown attribute
  [255]
  $ ip -n b link xstats type bridge help
  Usage: ... bridge [ igmp ] [ dev DEVICE ]
  $ ip -n b link xstats type bridge dev
  Command line is not complete. Try option "help"
  [255]
  $ ip -n b link xstats type veth
  xstats: link type veth doesn't support xstats
  [1]
  $ ip -n b link xstats type nosuchkind
  Error: argument "nosuchkind" is wrong: invalid type
  [255]
  $ ip -n b link xstats
  xstats: missing argument
  [1]
  $ ip -n b link set brb type bridge mcast_query_interval 99 mcast_startup_query_interval 0
  $ ip -n b -d link show brb | grep -o 'mcast_[a-z_]*query_interval [0-9]*'
  mcast_query_interval 100
  mcast_startup_query_interval 100
  $ ip -n b link set brb type bridge mcast_query_interval 9000000
  $ ip -n b -d link show brb | grep -o 'mcast_query_interval [0-9]*'
  mcast_query_interval 8640000
  $ ip netns exec b cat /sys/class/net/brb/bridge/multicast_query_interval
  8640000
  $ ip netns exec b sh -c 'echo 50 > /sys/class/net/brb/bridge/multicast_startup_query_interval'
  $ ip netns exec b cat /sys/class/net/brb/bridge/multicast_startup_query_interval
  100
  $ bridge -V
  bridge utility, 6.1.0
  $ ip -V
  ip utility, iproute2-6.1.0, libbpf 1.1.2
