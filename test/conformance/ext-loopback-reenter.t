tuxnet extension, not recorded on a kernel (no stock kernel has net.ipv4.loopback_reenter; the outputs follow the loopback article's semantics): a per-namespace switch, 0 by default, read and written by its name but left out of sysctl -a and of /proc/sys/net/ipv4's listing, limited to 0..1; with it on, a packet routed into lo comes back in without its route and its conntrack, so the NAT Virtual Interface recipe works: the DNATed ping goes in through eth0, into lo, is marked by the raw table as it comes back in and routed out of eth1 by the fwmark rule, tracked twice (two conntrack entries), TTL 64 -> 62 each way; switched off again, the packet keeps its route and the mark never steers it. IPv6 is off everywhere.
  $ for n in c n s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip netns exec n sysctl net.ipv4.loopback_reenter
  net.ipv4.loopback_reenter = 0
  $ ip netns exec n cat /proc/sys/net/ipv4/loopback_reenter
  0
  $ ip netns exec n sysctl -a 2>/dev/null | grep -c reenter
  0
  [1]
  $ ip netns exec n ls /proc/sys/net/ipv4 | grep -c reenter
  0
  [1]
  $ ip netns exec n sysctl -w net.ipv4.loopback_reenter=2
  sysctl: setting key "net.ipv4.loopback_reenter": Invalid argument
  [1]
  $ ip netns exec n sysctl -w net.ipv4.loopback_reenter=1
  net.ipv4.loopback_reenter = 1
  $ ip netns exec c sysctl net.ipv4.loopback_reenter
  net.ipv4.loopback_reenter = 0
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name eth0 netns n address 02:00:00:00:01:01
  $ ip link add s0 netns s address 02:00:00:00:0d:01 type veth peer name eth1 netns n address 02:00:00:00:01:02
  $ ip -n c link set c0 up; ip -n s link set s0 up; ip -n n link set eth0 up; ip -n n link set eth1 up
  $ ip -n c addr add 10.1.0.2/24 dev c0
  $ ip -n s addr add 10.2.0.2/24 dev s0
  $ ip -n n addr add 10.1.0.1/24 dev eth0
  $ ip -n n addr add 10.2.0.1/24 dev eth1
  $ ip -n c route add default via 10.1.0.1
  $ ip -n s route add 10.2.0.9/32 via 10.2.0.1
  $ ip netns exec n sysctl -qw net.ipv4.ip_forward=1
  $ ip -n n route add 10.1.0.0/24 dev eth0 table 100
  $ ip -n n route add 10.2.0.0/24 dev eth1 table 100
  $ ip -n n route del 10.1.0.0/24 dev eth0
  $ ip -n n route del 10.2.0.0/24 dev eth1
  $ ip -n n route add 10.1.0.0/24 dev lo
  $ ip -n n route add 10.2.0.0/24 dev lo
  $ ip -n n route add 203.0.113.80/32 dev lo
  $ ip netns exec n iptables -t raw -A PREROUTING -i lo -j MARK --set-mark 100
  $ ip -n n rule add fwmark 0x64 lookup 100
  $ ip netns exec n iptables -t nat -A PREROUTING -i eth0 -d 203.0.113.80 -j DNAT --to-destination 10.2.0.2
  $ ip netns exec n iptables -t nat -A POSTROUTING -o eth1 -s 10.1.0.0/24 -j SNAT --to-source 10.2.0.9
  $ ip -n n route get 10.2.0.2 from 10.1.0.2 iif eth0
  10.2.0.2 from 10.1.0.2 dev lo 
      cache iif eth0 
  $ ip -n n route get 10.2.0.2 from 10.1.0.2 iif lo mark 0x64
  10.2.0.2 from 10.1.0.2 dev eth1 table 100 mark 0x64 
      cache iif lo 
  $ ip netns exec c ping -c 2 -i 0.2 203.0.113.80 | grep -E 'bytes from|received'
  64 bytes from 203.0.113.80: icmp_seq=1 ttl=62 time=* ms (glob)
  64 bytes from 203.0.113.80: icmp_seq=2 ttl=62 time=* ms (glob)
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec n conntrack -L -p icmp 2>&1 | sed -E 's/id=[0-9]+/id=N/g; s/^icmp +1 [0-9]+ /icmp 1 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp 1 T src=10.1.0.2 dst=10.2.0.2 type=8 code=0 id=N src=10.2.0.2 dst=10.2.0.9 type=0 code=0 id=N mark=0 use=1
  icmp 1 T src=10.1.0.2 dst=203.0.113.80 type=8 code=0 id=N src=10.2.0.2 dst=10.1.0.2 type=0 code=0 id=N mark=0 use=1
  $ ip netns exec n iptables -t raw -L PREROUTING -n -v -x | sed -E 's/ +/ /g'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   4 336 MARK 0 -- lo * 0.0.0.0/0 0.0.0.0/0 MARK set 0x64
  $ ip netns exec n iptables -t nat -L -n -v -x | sed -E 's/ +/ /g'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 84 DNAT 0 -- eth0 * 0.0.0.0/0 203.0.113.80 to:10.2.0.2
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 84 SNAT 0 -- * eth1 10.1.0.0/24 0.0.0.0/0 to:10.2.0.9
  $ ip -n n -s link show lo | sed -n 4p
             336       4      0       0       0       0 
  $ ip -n s neigh show | sort
  10.2.0.1 dev s0 lladdr 02:00:00:00:01:02 DELAY 
  $ ip netns exec n sysctl -w net.ipv4.loopback_reenter=0
  net.ipv4.loopback_reenter = 0
  $ ip netns exec n conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec c ping -c 1 -W 1 203.0.113.80 | grep -E 'bytes from|received|exceeded'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec n nstat -asz IpExtInNoRoutes IcmpOutTimeExcds IpForwDatagrams
  #kernel
  IpForwDatagrams                 71                 0.0
  IcmpOutTimeExcds                1                  0.0
  IpExtInNoRoutes                 0                  0.0
