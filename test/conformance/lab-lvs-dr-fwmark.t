An LVS-DR-like lab steered by firewall marks: the director marks packets for the VIP in mangle PREROUTING and a fwmark rule sends them to a table whose route points at one real server; the real servers hold the VIP on lo with arp_ignore=1/arp_announce=2 and answer the client directly; checked with arping, ip rule, ip route get mark, iptables-save -c, the director's conntrack view, and tcpdump on a real server's port.
  $ for n in cl dir rs1 rs2 lan; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n lan link add sw0 address 02:00:00:00:00:fe type bridge; ip -n lan link set sw0 up
  $ ip link add eth0 netns cl address 02:00:00:00:00:c1 type veth peer name p0 netns lan
  $ ip link add eth0 netns dir address 02:00:00:00:00:d1 type veth peer name p1 netns lan
  $ ip link add eth0 netns rs1 address 02:00:00:00:00:a1 type veth peer name p2 netns lan
  $ ip link add eth0 netns rs2 address 02:00:00:00:00:a2 type veth peer name p3 netns lan
  $ for p in p0 p1 p2 p3; do ip -n lan link set $p master sw0 up; done
  $ for n in cl dir rs1 rs2; do ip -n $n link set eth0 up; done
  $ ip -n cl addr add 10.10.0.5/24 dev eth0
  $ ip -n dir addr add 10.10.0.2/24 dev eth0; ip -n dir addr add 10.10.0.100/32 dev eth0
  $ for i in 1 2; do ip -n rs$i addr add 10.10.0.1$i/24 dev eth0; ip -n rs$i addr add 10.10.0.100/32 dev lo; done
  $ for i in 1 2; do ip netns exec rs$i sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2; done
  $ ip netns exec rs1 sysctl net.ipv4.conf.eth0.arp_ignore net.ipv4.conf.lo.arp_ignore
  net.ipv4.conf.eth0.arp_ignore = 0
  net.ipv4.conf.lo.arp_ignore = 0
  $ ip netns exec cl arping -c 2 -I eth0 10.10.0.100 | sed -E 's/ +[0-9.]+ms$//'
  ARPING 10.10.0.100 from 10.10.0.5 eth0
  Unicast reply from 10.10.0.100 [02:00:00:00:00:D1]
  Unicast reply from 10.10.0.100 [02:00:00:00:00:D1]
  Sent 2 probes (1 broadcast(s))
  Received 2 response(s)
  $ ip netns exec dir sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.eth0.send_redirects=0 net.ipv4.conf.all.send_redirects=0
  $ ip netns exec dir iptables -t mangle -A PREROUTING -i eth0 -d 10.10.0.100 -p icmp -j MARK --set-mark 0x1
  $ ip netns exec dir iptables -t mangle -A PREROUTING -i eth0 -d 10.10.0.100 -p tcp --dport 80 -j MARK --set-mark 2
  $ ip -n dir rule add fwmark 1 table 101 pref 10; ip -n dir rule add fwmark 0x2/0xff table 102 pref 11
  $ ip -n dir rule add pref 100 table local; ip -n dir rule del pref 0
  $ ip -n dir route add 10.10.0.100 via 10.10.0.11 dev eth0 table 101
  $ ip -n dir route add 10.10.0.100 via 10.10.0.12 dev eth0 table 102
  $ ip -n dir rule show
  10:	from all fwmark 0x1 lookup 101
  11:	from all fwmark 0x2/0xff lookup 102
  100:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n dir route get 10.10.0.100 from 10.10.0.5 iif eth0 mark 1
  10.10.0.100 from 10.10.0.5 via 10.10.0.11 dev eth0 table 101 mark 1 
      cache iif eth0 
  $ ip -n dir route get 10.10.0.100 from 10.10.0.5 iif eth0 mark 2
  10.10.0.100 from 10.10.0.5 via 10.10.0.12 dev eth0 table 102 mark 2 
      cache iif eth0 
  $ ip -n dir route get 10.10.0.100 from 10.10.0.5 iif eth0
  local 10.10.0.100 from 10.10.0.5 dev lo table local 
      cache <local> iif eth0 
  $ ip netns exec lan tcpdump -nn -e -i p2 -c 2 icmp > d1 2>/dev/null &
  $ sleep 1; ip netns exec cl ping -c 1 -W 1 10.10.0.100 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.10.0.100: icmp_seq=1 ttl=64 
  $ sleep 0.5; kill $! 2>/dev/null; wait $!; sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/' d1
  $ ip netns exec rs2 sh -c 'echo from-rs2 | nc -l -N -s 10.10.0.100 -p 80 > rs2.out 2>&1 & sleep 0.3'
  $ ip netns exec cl sh -c 'echo hi | nc -N -w 2 10.10.0.100 80'
  from-rs2
  $ sleep 0.3; cat rs2.out
  hi
  $ ip netns exec dir iptables-save -c -t mangle | sed -E '/^#/d; s/^\[[0-9]+:[0-9]+\] (.*dport 80)/[N:N] \1/'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [1:84] -A PREROUTING -d 10.10.0.100/32 -i eth0 -p icmp -j MARK --set-xmark 0x1/0xffffffff
  [N:N] -A PREROUTING -d 10.10.0.100/32 -i eth0 -p tcp -m tcp --dport 80 -j MARK --set-xmark 0x2/0xffffffff
  COMMIT
  $ ip netns exec dir conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/; s/(sport|dport|id)=[0-9]+/\1=N/g' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec dir nstat -az IpInDelivers IcmpOutRedirects | sed 1d
  IpInDelivers                    0                  0.0
  IcmpOutRedirects                0                  0.0
  $ ip -n cl neigh show | sort
  10.10.0.100 dev eth0 lladdr 02:00:00:00:00:d1 REACHABLE 
  10.10.0.11 dev eth0 lladdr 02:00:00:00:00:a1 STALE 
  10.10.0.12 dev eth0 lladdr 02:00:00:00:00:a2 STALE 
  $ ip -n rs1 neigh show | sort
  10.10.0.2 dev eth0 lladdr 02:00:00:00:00:d1 STALE 
  10.10.0.5 dev eth0 lladdr 02:00:00:00:00:c1 REACHABLE 
  $ ip -n dir neigh show | sort
  10.10.0.11 dev eth0 lladdr 02:00:00:00:00:a1 REACHABLE 
  10.10.0.12 dev eth0 lladdr 02:00:00:00:00:a2 REACHABLE 
  10.10.0.5 dev eth0 lladdr 02:00:00:00:00:c1 STALE 
  $ ip -n dir rule del fwmark 1 table 101
  $ ip -n dir rule show
  11:	from all fwmark 0x2/0xff lookup 102
  100:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip netns exec cl ping -c 1 -W 1 10.10.0.100 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.10.0.100: icmp_seq=1 ttl=64 
  $ ip netns exec dir iptables -t mangle -L PREROUTING -v -n -x | sed 1,2d | sed -E 's/^ +[0-9]+ +[0-9]+ (MARK +6 )/ N N \1/'
         2      168 MARK       1    --  eth0   *       0.0.0.0/0            10.10.0.100          MARK set 0x1
   N N MARK       6    --  eth0   *       0.0.0.0/0            10.10.0.100          tcp dpt:80 MARK set 0x2
