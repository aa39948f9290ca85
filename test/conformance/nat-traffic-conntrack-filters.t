After SNAT and DNAT traffic through a router: conntrack -L NAT filters (--src-nat/--dst-nat/--any-nat with addresses and ports), -o extended, -G of the translated tuple, -D by NAT filter, and the nat table counters.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1:4000
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p icmp -j MASQUERADE
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -p udp --dport 53 -j DNAT --to-destination 192.168.1.2:5353
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 >/dev/null; echo $?
  0
  $ ip netns exec a sh -c 'echo hi | nc -u -w1 -p 1111 203.0.113.2 7777'
  $ ip netns exec b sh -c 'echo hi | nc -u -w1 -p 2222 203.0.113.1 53'
  $ for f in "" "--src-nat" "--dst-nat" "--any-nat" "--src-nat 203.0.113.1" "--src-nat 203.0.113.9" "--src-nat 203.0.113.1:4000" "--src-nat 203.0.113.1:4001" "--dst-nat 192.168.1.2" "--dst-nat 192.168.1.2:5353" "--dst-nat 192.168.1.2:53" "--any-nat 192.168.1.2" "--any-nat 203.0.113.1" "-p udp --src-nat" "-p icmp --any-nat" "--src-nat --dst-nat" "--any-nat --src-nat" "-s 192.168.1.2 --src-nat" "-r 203.0.113.2 -q 203.0.113.1"; do echo "== $f"; ip netns exec r conntrack -L $f 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /; s/id=[0-9]+ /id=ID /g' | sort; done
  == 
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=0 use=1
  == --src-nat
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  == --dst-nat
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=0 use=1
  == --any-nat
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=0 use=1
  == --src-nat 203.0.113.1
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  == --src-nat 203.0.113.9
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == --src-nat 203.0.113.1:4000
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  == --src-nat 203.0.113.1:4001
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == --dst-nat 192.168.1.2
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=0 use=1
  == --dst-nat 192.168.1.2:5353
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=0 use=1
  == --dst-nat 192.168.1.2:53
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  == --any-nat 192.168.1.2
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=0 use=1
  == --any-nat 203.0.113.1
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  == -p udp --src-nat
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  == -p icmp --any-nat
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  == --src-nat --dst-nat
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  == --any-nat --src-nat
  Try `conntrack -h' or 'conntrack --help' for more information.
  conntrack v1.4.7 (conntrack-tools): cannot specify `--src-nat' or `--dst-nat' with `--any-nat'
  == -s 192.168.1.2 --src-nat
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  == -r 203.0.113.2 -q 203.0.113.1
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  $ ip netns exec r conntrack -L -o extended --src-nat 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /; s/id=[0-9]+ /id=ID /g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  ipv4     2 icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  ipv4     2 udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=1
  $ ip netns exec r conntrack -G -p udp -s 203.0.113.2 -d 203.0.113.1 --sport 2222 --dport 53 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=0 use=2
  $ ip netns exec r conntrack -G -p udp -s 192.168.1.2 -d 203.0.113.2 --sport 1111 --dport 7777 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp 17 T src=192.168.1.2 dst=203.0.113.2 sport=1111 dport=7777 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7777 dport=4000 mark=0 use=2
  $ ip netns exec r conntrack -G -p udp -r 203.0.113.2 -q 203.0.113.1 --reply-port-src 7777 --reply-port-dst 4000 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /'
  conntrack v1.4.7 (conntrack-tools): Operation failed: invalid parameters
  $ ip netns exec r conntrack -D --dst-nat 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /; s/id=[0-9]+ /id=ID /g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been deleted.
  icmp 1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp 17 T src=203.0.113.2 dst=203.0.113.1 sport=2222 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=2222 mark=0 use=1
  $ ip netns exec r conntrack -D -p icmp --src-nat 2>&1 | sed -E 's/(udp|icmp) +([0-9]+) [0-9]+ /\1 \2 T /; s/id=[0-9]+ /id=ID /g'
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  $ ip netns exec r conntrack -C
  1
  $ ip netns exec r iptables -t nat -L -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       31 DNAT       17   --  r1     *       0.0.0.0/0            0.0.0.0/0            udp dpt:53 to:192.168.1.2:5353
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       31 SNAT       17   --  *      r1      0.0.0.0/0            0.0.0.0/0            to:203.0.113.1:4000
         1       84 MASQUERADE  1    --  *      r1      0.0.0.0/0            0.0.0.0/0           
