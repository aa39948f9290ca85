Zones of the original direction with masquerading: two hosts of one address behind two interfaces send the same UDP flow out; each entry has its own zone on the way in, the replies share zone 0, so NAT gives the second flow another source port.
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns add srv
  $ ip link add r1 type veth peer name e0 netns h1
  $ ip link add r2 type veth peer name e0 netns h2
  $ ip link add u0 type veth peer name e0 netns srv
  $ ip link set r1 address 02:00:00:00:01:01; ip link set r2 address 02:00:00:00:02:01; ip link set u0 address 02:00:00:00:03:01
  $ ip -n h1 link set e0 address 02:00:00:00:01:02; ip -n h2 link set e0 address 02:00:00:00:02:02; ip -n srv link set e0 address 02:00:00:00:03:02
  $ for d in r1 r2 u0 lo; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev u0
  $ for h in h1 h2; do ip -n $h addr add 10.0.0.2/24 dev e0; ip -n $h link set e0 up; ip -n $h route add default dev e0; done
  $ ip -n srv addr add 192.168.1.2/24 dev e0; ip -n srv link set e0 up
  $ ip netns exec srv iptables -A INPUT -p udp -j DROP
  $ sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.r1.proxy_arp=1 net.ipv4.conf.r2.proxy_arp=1
  $ iptables -t raw -A PREROUTING -i r1 -j CT --zone-orig 1
  $ iptables -t raw -A PREROUTING -i r2 -j CT --zone-orig 2
  $ iptables -t nat -A POSTROUTING -o u0 -j MASQUERADE
  $ ip netns exec h1 sh -c 'printf x | nc -u -w1 -p 5000 192.168.1.2 7'
  $ conntrack -L
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 * src=10.0.0.2 dst=192.168.1.2 sport=5000 dport=7 zone-orig=1 [UNREPLIED] src=192.168.1.2 dst=192.168.1.1 sport=7 dport=5000 mark=0 use=1 (glob)
  $ ip netns exec h2 sh -c 'printf yy | nc -u -w1 -p 5000 192.168.1.2 7'
  $ conntrack -L --orig-zone 1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 * src=10.0.0.2 dst=192.168.1.2 sport=5000 dport=7 zone-orig=1 [UNREPLIED] src=192.168.1.2 dst=192.168.1.1 sport=7 dport=5000 mark=0 use=1 (glob)
  $ conntrack -L --orig-zone 2 | sed -E 's/dport=[0-9]+ mark/dport=P mark/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 * src=10.0.0.2 dst=192.168.1.2 sport=5000 dport=7 zone-orig=2 [UNREPLIED] src=192.168.1.2 dst=192.168.1.1 sport=7 dport=P mark=0 use=1 (glob)
  $ conntrack -L -p udp --reply-port-dst 5000 --orig-zone 2
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -C
  2
  $ cat /proc/net/nf_conntrack | sed -E 's/dport=[0-9]+ mark/dport=P mark/' | sort
  ipv4     2 udp      17 * src=10.0.0.2 dst=192.168.1.2 sport=5000 dport=7 zone-orig=1 [UNREPLIED] src=192.168.1.2 dst=192.168.1.1 sport=7 dport=P mark=0 use=2 (glob)
  ipv4     2 udp      17 * src=10.0.0.2 dst=192.168.1.2 sport=5000 dport=7 zone-orig=2 [UNREPLIED] src=192.168.1.2 dst=192.168.1.1 sport=7 dport=P mark=0 use=2 (glob)
  $ iptables -t nat -L POSTROUTING -v -n -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2       59 MASQUERADE  0    --  *      u0      0.0.0.0/0            0.0.0.0/0           
