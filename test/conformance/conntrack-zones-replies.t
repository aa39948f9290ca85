Zones must cover both directions: a zone picked on the way in only leaves the router's replies in zone 0, where they start nothing (an echo reply) or a connection of their own; a CT rule on the way out joins them to the entry.
  $ ip netns add h1
  $ ip link add r1 type veth peer name e0 netns h1
  $ ip link set r1 address 02:00:00:00:01:01
  $ ip -n h1 link set e0 address 02:00:00:00:01:02
  $ ip addr add 10.0.0.1/24 dev r1; ip link set r1 up; ip link set lo up
  $ ip -n h1 addr add 10.0.0.2/24 dev e0; ip -n h1 link set e0 up
  $ iptables -t raw -A PREROUTING -i r1 -j CT --zone 1
  $ ip netns exec h1 ping -c1 -q 10.0.0.1 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ conntrack -L
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 29 src=10.0.0.2 dst=10.0.0.1 type=8 code=0 id=* [UNREPLIED] src=10.0.0.1 dst=10.0.0.2 type=0 code=0 id=* mark=0 zone=1 use=1 (glob)
  $ conntrack -S | sed -n 1p
  cpu=0   	found=0 invalid=1 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0 clash_resolve=0 chaintoolong=0 
  $ iptables -A INPUT -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
  $ iptables -A OUTPUT -m conntrack --ctstate INVALID -j ACCEPT
  $ ip netns exec h1 ping -c2 -i 0.2 -q 10.0.0.1 | grep received
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ iptables -L -v -n -x | grep -E 'ctstate|Chain'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
         2      168 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
         2      168 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
  $ conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ iptables -Z
  $ iptables -t raw -A OUTPUT -o r1 -j CT --zone 1
  $ ip netns exec h1 ping -c2 -i 0.2 -q 10.0.0.1 | grep received
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ conntrack -L
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 29 src=10.0.0.2 dst=10.0.0.1 type=8 code=0 id=* src=10.0.0.1 dst=10.0.0.2 type=0 code=0 id=* mark=0 zone=1 use=1 (glob)
  $ iptables -L -v -n -x | grep -E 'ctstate|Chain'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
         2      168 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
  Chain OUTPUT (policy ACCEPT 2 packets, 168 bytes)
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
  $ iptables -t raw -L -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         5      420 CT         0    --  r1     *       0.0.0.0/0            0.0.0.0/0            CT zone 1
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 CT         0    --  *      r1      0.0.0.0/0            0.0.0.0/0            CT zone 1
  $ printf x | ip netns exec h1 nc -u -w1 -p 5000 10.0.0.1 7
  $ conntrack -L -p udp
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 29 src=10.0.0.2 dst=10.0.0.1 sport=5000 dport=7 [UNREPLIED] src=10.0.0.1 dst=10.0.0.2 sport=7 dport=5000 mark=0 zone=1 use=1
  $ conntrack -L -p icmp -w 1 | wc -l
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  1
