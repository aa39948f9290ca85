Netfilter on traffic between two local addresses: a ping from one NIC's address to the other's crosses OUTPUT with -o lo and INPUT with -i lo (never the NICs), the conntrack entry of the local echo, addrtype LOCAL matches both ends, nat OUTPUT DNAT of a local destination to the other local address (conntrack shows the reply from the new address), and a REDIRECT of a TCP port in OUTPUT.
  $ ip netns add h
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name eth2 netns h address 02:00:00:00:00:e2
  $ for d in lo eth1 eth2; do ip -n h link set $d up; done
  $ ip -n h addr add 192.168.1.1/24 dev eth1
  $ ip -n h addr add 192.168.2.2/24 dev eth2
  $ ip -n h route add default via 192.168.1.254
  $ ip netns exec h iptables -A OUTPUT -o lo -p icmp
  $ ip netns exec h iptables -A OUTPUT -o eth1 -p icmp
  $ ip netns exec h iptables -A INPUT -i lo -p icmp
  $ ip netns exec h iptables -A INPUT -i eth2 -p icmp
  $ ip netns exec h iptables -A INPUT -m addrtype --src-type LOCAL --dst-type LOCAL -p icmp
  $ ip netns exec h iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-in -p icmp
  $ ip netns exec h ping -c 2 -i 0.2 -I 192.168.1.1 192.168.2.2 | grep -E 'bytes from|received'
  64 bytes from 192.168.2.2: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 192.168.2.2: icmp_seq=2 ttl=64 time=* ms (glob)
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec h iptables -L -n -v -x | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   4 336 1 -- lo * 0.0.0.0/0 0.0.0.0/0 
   0 0 1 -- eth2 * 0.0.0.0/0 0.0.0.0/0 
   4 336 1 -- * * 0.0.0.0/0 0.0.0.0/0 ADDRTYPE match src-type LOCAL dst-type LOCAL
   0 0 1 -- * * 0.0.0.0/0 0.0.0.0/0 ADDRTYPE match src-type LOCAL limit-in
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   4 336 1 -- * lo 0.0.0.0/0 0.0.0.0/0 
   0 0 1 -- * eth1 0.0.0.0/0 0.0.0.0/0 
  $ ip netns exec h conntrack -L -p icmp 2>&1 | sed -E 's/id=[0-9]+/id=N/g; s/^icmp +1 [0-9]+ /icmp 1 T /'
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec h conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec h iptables -Z
  $ ip netns exec h iptables -t nat -A OUTPUT -d 192.168.9.9 -j DNAT --to-destination 192.168.2.2
  $ ip netns exec h iptables -t nat -A OUTPUT -p tcp --dport 80 -j REDIRECT --to-ports 8080
  $ ip netns exec h ping -c 1 192.168.9.9 | grep -E 'PING|bytes from|received'
  PING 192.168.9.9 (192.168.9.9) 56(84) bytes of data.
  64 bytes from 192.168.9.9: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n h route get 192.168.9.9
  192.168.9.9 via 192.168.1.254 dev eth1 src 192.168.1.1 uid 0 
      cache 
  $ ip netns exec h conntrack -L -p icmp 2>&1 | sed -E 's/id=[0-9]+/id=N/g; s/^icmp +1 [0-9]+ /icmp 1 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp 1 T src=192.168.1.1 dst=192.168.9.9 type=8 code=0 id=N src=192.168.2.2 dst=192.168.1.1 type=0 code=0 id=N mark=0 use=1
  $ ip netns exec h sh -c 'nc -l -s 192.168.1.1 -p 8080 > r.out & sleep 0.3'
  $ ip netns exec h sh -c 'echo redirected | nc -N -w 1 -s 192.168.2.2 -p 40080 192.168.1.1 80'
  [1]
  $ sleep 0.3; cat r.out
  $ ip netns exec h sh -c 'nc -l -s 127.0.0.1 -p 8080 > r2.out & sleep 0.3'
  $ ip netns exec h sh -c 'echo redirected | nc -N -w 1 -s 192.168.2.2 -p 40080 192.168.1.1 80'
  $ sleep 0.3; cat r2.out
  redirected
  $ ip netns exec h conntrack -L -p tcp 2>&1 | sed -E 's/id=[0-9]+/id=N/g; s/^tcp +6 [0-9]+ /tcp 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T TIME_WAIT src=192.168.2.2 dst=192.168.1.1 sport=40080 dport=80 src=127.0.0.1 dst=192.168.2.2 sport=8080 dport=40080 [ASSURED] mark=0 use=1
  $ ip netns exec h iptables -t nat -L OUTPUT -n -v -x | sed -E 's/ +/ /g'
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 84 DNAT 0 -- * * 0.0.0.0/0 192.168.9.9 to:192.168.2.2
   2 120 REDIRECT 6 -- * * 0.0.0.0/0 0.0.0.0/0 tcp dpt:80 redir ports 8080
  $ ip netns exec h iptables -L INPUT -n -v -x | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 12 packets, 711 bytes)
   pkts bytes target prot opt in out source destination 
   2 168 1 -- lo * 0.0.0.0/0 0.0.0.0/0 
   0 0 1 -- eth2 * 0.0.0.0/0 0.0.0.0/0 
   1 84 1 -- * * 0.0.0.0/0 0.0.0.0/0 ADDRTYPE match src-type LOCAL dst-type LOCAL
   0 0 1 -- * * 0.0.0.0/0 0.0.0.0/0 ADDRTYPE match src-type LOCAL limit-in
  $ ip netns exec h iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A OUTPUT -d 192.168.9.9/32 -j DNAT --to-destination 192.168.2.2
  -A OUTPUT -p tcp -m tcp --dport 80 -j REDIRECT --to-ports 8080
  $ ip netns pids h | xargs -r kill
