br_netfilter and conntrack with TCP across the bridge: the switch namespace tracks a bridged TCP connection through its states (conntrack -L after the exchange: TIME_WAIT, [ASSURED]), a ctstate rule counts NEW and ESTABLISHED segments, and turning bridge-nf-call-iptables off leaves later flows untracked.
  $ for n in h1 h2 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ ip link add e1 netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns sw address 02:00:00:00:aa:01
  $ ip link add e2 netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns sw address 02:00:00:00:aa:02
  $ ip -n sw link set p1 master br0
  $ ip -n sw link set p2 master br0
  $ for d in p1 p2 br0; do ip -n sw link set $d up; done
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev e1
  $ ip -n h2 addr add 10.0.0.2/24 dev e2
  $ sleep 31
  $ ip netns exec sw iptables -A FORWARD -m conntrack --ctstate NEW
  $ ip netns exec sw iptables -A FORWARD -m conntrack --ctstate ESTABLISHED
  $ ip netns exec sw iptables -A FORWARD -m conntrack --ctstate INVALID
  $ ip netns exec h2 sh -c 'nc -l 5000 > got.txt &'
  $ sleep 1
  $ echo hello | ip netns exec h1 nc -N -p 4000 10.0.0.2 5000; echo rc=$?
  rc=0
  $ sleep 1
  $ cat got.txt
  hello
  $ ip netns exec sw conntrack -L -p tcp 2>/dev/null | sed -E 's/^tcp +6 [0-9]+ /tcp 6 T /'
  tcp 6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=4000 dport=5000 src=10.0.0.2 dst=10.0.0.1 sport=5000 dport=4000 [ASSURED] mark=0 use=1
  $ ip netns exec sw iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       60            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
         7      378            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate ESTABLISHED
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
  $ ip netns exec sw conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec sw sysctl -qw net.bridge.bridge-nf-call-iptables=0
  $ ip netns exec h2 sh -c 'nc -l 5001 > got2.txt &'
  $ sleep 1
  $ echo again | ip netns exec h1 nc -N 10.0.0.2 5001; echo rc=$?
  rc=0
  $ sleep 1
  $ cat got2.txt
  again
  $ ip netns exec sw conntrack -C
  0
  $ ip netns exec sw iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       60            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
         7      378            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate ESTABLISHED
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
