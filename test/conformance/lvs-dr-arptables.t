The LVS-DR real server's other classic fix, arptables instead of arp_ignore/arp_announce: drop incoming ARP requests for the VIP, and rewrite the VIP as sender of outgoing ARP to the real IP (mangle --mangle-ip-s); listings with counters, what the client and the wire see.
  $ ip netns add c
  $ ip netns add r
  $ ip link add eth0 netns c address 02:00:00:00:08:01 type veth peer name eth0 netns r address 02:00:00:00:08:02
  $ for n in c r; do ip -n $n link set lo up; ip -n $n link set eth0 up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ ip -n c addr add 192.168.9.10/24 dev eth0
  $ ip -n r addr add 192.168.9.21/24 dev eth0
  $ ip -n r addr add 192.168.9.100/32 dev eth0
  $ ip netns exec r arptables -A INPUT -d 192.168.9.100 -j DROP
  $ ip netns exec r arptables -A OUTPUT -s 192.168.9.100 -j mangle --mangle-ip-s 192.168.9.21
  $ ip netns exec r arptables -L -n
  Chain INPUT (policy ACCEPT)
  -j DROP -d 192.168.9.100
  
  Chain OUTPUT (policy ACCEPT)
  -j mangle -s 192.168.9.100 --mangle-ip-s 192.168.9.21
  $ ip netns exec c arping -c 1 -w 1 -I eth0 192.168.9.100 | tail -1
  Received 0 response(s)
  $ ip netns exec c arping -c 1 -w 1 -I eth0 192.168.9.21 | tail -1
  Received 1 response(s)
  $ ip netns exec r arptables -L -n --line-numbers -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  1 -j DROP -i * -o * -d 192.168.9.100 , pcnt=1 -- bcnt=28 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  1 -j mangle -i * -o * -s 192.168.9.100 --mangle-ip-s 192.168.9.21 , pcnt=0 -- bcnt=0 
  $ ip -n r neigh show
  192.168.9.10 dev eth0 lladdr 02:00:00:00:08:01 STALE 
  $ ip -n r neigh flush all
  $ ip netns exec c sh -c "tcpdump -l -n -i eth0 arp > c.txt 2>/dev/null & sleep 0.5"
  $ ip netns exec r ping -c 1 -W 1 -I 192.168.9.100 192.168.9.10 | sed -n 2p
  $ sleep 0.5; ip netns exec c pkill tcpdump; sleep 0.3; cut -d' ' -f2- c.txt
  ARP, Request who-has 192.168.9.10 tell 192.168.9.21, length 28
  ARP, Reply 192.168.9.10 is-at 02:00:00:00:08:01, length 28
  ARP, Request who-has 192.168.9.100 tell 192.168.9.10, length 28
  ARP, Request who-has 192.168.9.100 tell 192.168.9.10, length 28
  $ ip -n c neigh show | sort
  192.168.9.100 dev eth0 INCOMPLETE 
  192.168.9.21 dev eth0 lladdr 02:00:00:00:08:02 STALE 
  $ ip netns exec r arptables -L OUTPUT -v -n
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  -j mangle -i * -o * -s 192.168.9.100 --mangle-ip-s 192.168.9.21 , pcnt=1 -- bcnt=42 
  $ ip netns exec r arptables -Z
  $ ip netns exec r arptables -L OUTPUT -v -n
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  -j mangle -i * -o * -s 192.168.9.100 --mangle-ip-s 192.168.9.21 , pcnt=0 -- bcnt=0 
  $ ip netns exec r arptables -D INPUT 1
  $ ip netns exec c arping -c 1 -w 1 -I eth0 192.168.9.100 | tail -1
  Received 0 response(s)
  $ ip netns exec r arptables -F
  $ ip netns exec r arptables-save | grep -v "^#"
  *filter
  :INPUT ACCEPT
  :OUTPUT ACCEPT
