br_netfilter and ARP: bridge-nf-call-arptables=1 would send bridged ARP through the arp family's FORWARD hook, but arptables-nft (the recording machine's arptables) has no FORWARD chain (the nft arp family has no forward hook): every FORWARD command is refused, bridged address resolution is never filtered, with the knob at 1 or 0.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ for i in 1 2 3; do ip link add e$i netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:aa:0$i; ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set e$i up; ip -n h$i addr add 10.0.0.$i/24 dev e$i; done
  $ ip -n sw link set br0 up
  $ sleep 31
  $ ip netns exec sw arptables -A FORWARD -i p1
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec sw arptables -A FORWARD -o p2
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec sw arptables -A FORWARD -i br0
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec h1 ping -c 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw arptables -L FORWARD -v -n
  arptables v1.8.9 (nf_tables): chain `FORWARD' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ ip netns exec sw arptables -A FORWARD -j DROP
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h3 ip neigh show 10.0.0.2
  10.0.0.2 dev e3 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip netns exec sw arptables -L FORWARD -v -n
  arptables v1.8.9 (nf_tables): chain `FORWARD' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ ip netns exec sw sysctl -qw net.bridge.bridge-nf-call-arptables=0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec sw arptables -L FORWARD -v -n
  arptables v1.8.9 (nf_tables): chain `FORWARD' in table `filter' is incompatible, use 'nft' tool.
  [1]
