CONNMARK on a host: --set-mark on big pings' connections, the connmark match on later packets of the same flow, CONNMARK --restore-mark for a mark rule, conntrack -L -m by mark, conntrack -F making a DESTROY event per entry, -E filtered by --mark.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -t mangle -A PREROUTING -p icmp -m length --length 200: -j CONNMARK --set-mark 5
  $ ip netns exec b iptables -A INPUT -p icmp -m connmark --mark 0x5
  $ ip netns exec b iptables -A INPUT -p icmp -m connmark --mark 0x0
  $ ip netns exec b iptables -t mangle -A INPUT -j CONNMARK --restore-mark
  $ ip netns exec b iptables -A INPUT -p icmp -m mark --mark 0x5
  $ ip netns exec b sh -c 'timeout 3 conntrack -E --mark 5 > ev.out 2>&1 &'
  $ ip netns exec b sh -c 'timeout 3 conntrack -E -e DESTROY > ev2.out 2>&1 &'; sleep 0.2
  $ ip netns exec a ping -c 1 -e 31 -s 300 10.0.0.2 > /dev/null
  $ ip netns exec a ping -c 1 -e 32 10.0.0.2 > /dev/null
  $ ip netns exec b conntrack -L -m 5 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=31 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=31 mark=5 use=1
  $ ip netns exec b conntrack -L -m 0 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=32 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=32 mark=0 use=1
  $ ip netns exec a ping -c 2 -i 0.2 -e 31 10.0.0.2 > /dev/null
  $ ip netns exec a ping -c 1 -e 32 10.0.0.2 > /dev/null
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      496            1    --  *      *       0.0.0.0/0            0.0.0.0/0            connmark match  0x5
         2      168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            connmark match  0x0
         3      496            1    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match 0x5
  $ ip netns exec b iptables -t mangle -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1      328 CONNMARK   1    --  *      *       0.0.0.0/0            0.0.0.0/0            length 200:65535 CONNMARK set 0x5
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         5      664 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK restore
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec b conntrack -L -m 4/0x6 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=31 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=31 mark=5 use=1
  $ ip netns exec b conntrack -D -m 5 2>&1 | sed -E 's/ 1 [0-9]+ / 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=31 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=31 mark=5 use=1
  $ ip netns exec a ping -c 1 -e 33 -s 300 10.0.0.2 > /dev/null
  $ ip netns exec b conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ sleep 3; ip netns exec b sed -E 's/ 1 [0-9]+ / 1 T /; s/ \[USERSPACE\].*//' ev.out | sort
      [NEW] icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=31 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=31 mark=5
      [NEW] icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=33 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=33 mark=5
   [UPDATE] icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=31 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=31 mark=5
   [UPDATE] icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=33 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=33 mark=5
  [DESTROY] icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=31 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=31 mark=5
  [DESTROY] icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=33 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=33 mark=5
  conntrack v1.4.7 (conntrack-tools): 6 flow events have been shown.
  $ ip netns exec b sed -E 's/ 1 [0-9]+ / 1 T /; s/ \[USERSPACE\].*//' ev2.out | sort
  [DESTROY] icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=31 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=31 mark=5
  [DESTROY] icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=32 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=32
  [DESTROY] icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=33 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=33 mark=5
  conntrack v1.4.7 (conntrack-tools): 3 flow events have been shown.
  $ ip netns exec b iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p icmp -m length --length 200:65535 -j CONNMARK --set-xmark 0x5/0xffffffff
  -A INPUT -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff
