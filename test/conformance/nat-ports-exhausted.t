Source NAT out of ports: MASQUERADE to one port takes the first flow, each later flow finds the tuple taken (the found statistic), fails to insert and is dropped; SNAT to an address range picks the address by a hash of the flow's addresses (the same one for one client and server); conntrack -S and -D/-F after.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp --dport 9000 -j MASQUERADE --to-ports 7000
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp --dport 9001 -j SNAT --to-source 203.0.113.10-203.0.113.12:8000
  $ ip netns exec r ip addr add 203.0.113.10/24 dev r1
  $ for p in 1 2 3; do echo hi | ip netns exec a nc -u -w 1 -p 500$p 203.0.113.2 9000; done
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=5001 dport=9000 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=9000 dport=7000 mark=0 use=1
  $ ip netns exec r conntrack -S | sed -E 's/.*found=([0-9]+) .* insert_failed=([0-9]+) drop=([0-9]+) .*/\1 \2 \3/' | { f=0; i=0; d=0; while read a b c; do f=$((f+a)); i=$((i+b)); d=$((d+c)); done; echo found=$f insert_failed=$i drop=$d; }
  found=2 insert_failed=2 drop=2
  $ ip netns exec r nstat -az IpForwDatagrams IpOutNoRoutes | tail -2
  IpForwDatagrams                 4                  0.0
  IpOutNoRoutes                   0                  0.0
  $ for p in 1 2; do echo hi | ip netns exec a nc -u -w 1 -p 600$p 203.0.113.2 9001; done
  $ ip netns exec r conntrack -L -p udp --dport 9001 2>&1 | sed -E 's/ +[0-9]+ src/ T src/' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=6001 dport=9001 [UNREPLIED] src=203.0.113.2 dst=203.0.113.12 sport=9001 dport=8000 mark=0 use=1
  $ ip netns exec r conntrack -S | sed -E 's/.*found=([0-9]+) .* insert_failed=([0-9]+) drop=([0-9]+) .*/\1 \2 \3/' | { f=0; i=0; d=0; while read a b c; do f=$((f+a)); i=$((i+b)); d=$((d+c)); done; echo found=$f insert_failed=$i drop=$d; }
  found=3 insert_failed=3 drop=3
  $ ip netns exec r iptables -t nat -L POSTROUTING -n -v -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3       93 MASQUERADE  17   --  *      r1      0.0.0.0/0            0.0.0.0/0            udp dpt:9000 masq ports: 7000
         2       62 SNAT       17   --  *      r1      0.0.0.0/0            0.0.0.0/0            udp dpt:9001 to:203.0.113.10-203.0.113.12:8000
  $ ip netns exec r conntrack -D -p udp --orig-port-src 5001 | sed -E 's/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=5001 dport=9000 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=9000 dport=7000 mark=0 use=1
  $ echo hi | ip netns exec a nc -u -w 1 -p 5003 203.0.113.2 9000
  $ ip netns exec r conntrack -L -p udp --dport 9000 2>&1 | sed -E 's/ +[0-9]+ src/ T src/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=5003 dport=9000 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=9000 dport=7000 mark=0 use=1
  $ ip netns exec r conntrack -F; ip netns exec r conntrack -S | sed -E 's/.*found=([0-9]+) .* insert_failed=([0-9]+) drop=([0-9]+) .*/\1 \2 \3/' | { f=0; i=0; d=0; while read a b c; do f=$((f+a)); i=$((i+b)); d=$((d+c)); done; echo found=$f insert_failed=$i drop=$d; }
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  found=3 insert_failed=3 drop=3
