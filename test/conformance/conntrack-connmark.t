MARK/CONNMARK with ip rule fwmark: locally generated pings are marked in mangle OUTPUT and rerouted by the mark; the mark is saved in the connection and restored on the replies; connmark and mark matches count them; ip route get mark.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name b1 netns b address 02:00:00:00:0b:02
  $ for d in a0 a1; do ip -n a link set $d up; done
  $ for d in b0 b1 lo; do ip -n b link set $d up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.1.0.1/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.1.0.2/24 dev b1
  $ ip -n b addr add 10.9.9.9/32 dev lo
  $ ip -n a route add 10.9.9.9 via 10.0.0.2
  $ ip -n a route add 10.9.9.9 via 10.1.0.2 table 100
  $ ip -n a rule add fwmark 0x2 lookup 100
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n a route get 10.9.9.9 mark 2
  10.9.9.9 via 10.1.0.2 dev a1 table 100 src 10.1.0.1 mark 2 uid 0 
      cache 
  $ ip netns exec b iptables -A INPUT -i b0 -p icmp
  $ ip netns exec b iptables -A INPUT -i b1 -p icmp
  $ ip netns exec a iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 2
  $ ip netns exec a iptables -t mangle -A OUTPUT -j CONNMARK --save-mark
  $ ip netns exec a iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
  $ ip netns exec a iptables -A INPUT -m connmark --mark 0x2
  $ ip netns exec a iptables -A INPUT -m mark --mark 0x2
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.9.9.9 | grep -c 'bytes from'
  2
  $ ip netns exec b iptables -L INPUT -n -v -x | tail -2
         0        0            1    --  b0     *       0.0.0.0/0            0.0.0.0/0           
         2      168            1    --  b1     *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec a iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168            0    --  *      *       0.0.0.0/0            0.0.0.0/0            connmark match  0x2
         2      168            0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match 0x2
  $ ip netns exec a conntrack -L 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.9.9.9 type=8 code=0 id=ID src=10.9.9.9 dst=10.0.0.1 type=0 code=0 id=ID mark=2 use=1
  $ ip netns exec a conntrack -L --mark 2 2>&1 | grep -c mark=2
  1
  $ ip netns exec a conntrack -L --mark 3 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec a iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A OUTPUT -p icmp -j MARK --set-xmark 0x2/0xffffffff
  -A OUTPUT -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  $ ip netns exec a nft list table ip mangle
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain OUTPUT {
  		type route hook output priority mangle; policy accept;
  		meta l4proto icmp counter packets 2 bytes 168 meta mark set 0x2
  		counter packets 2 bytes 168 ct mark set mark
  	}
  
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		counter packets 2 bytes 168 meta mark set ct mark
  	}
  }
