Neighbour table limits are global: in a namespace other than init the gc_thresh1-3 sysctls do not exist and ip ntable change of thresh1-3 fails (ENOENT); entries of every state still come and go, a noarp entry needs an lladdr, replace and add of an existing entry.
  $ ip netns add a
  $ ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name b0 netns a address 02:00:00:00:0b:00
  $ ip -n a link set a0 up
  $ ip -n a link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a ntable change name arp_cache thresh1 2 thresh2 3 thresh3 4
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a ntable show name arp_cache | head -2
  inet arp_cache 
      thresh1 128 thresh2 512 thresh3 1024 gc_int 30000 
  $ for i in 11 12 13 14; do ip -n a neigh add 10.0.0.$i lladdr 02:00:00:00:00:$i dev a0 nud stale; done
  $ ip -n a neigh add 10.0.0.15 lladdr 02:00:00:00:00:15 dev a0 nud stale
  $ ip -n a neigh add 10.0.0.16 lladdr 02:00:00:00:00:16 dev a0 nud permanent
  $ ip -n a neigh add 10.0.0.17 lladdr 02:00:00:00:00:17 dev a0 nud reachable
  $ ip -n a neigh show | sort
  10.0.0.11 dev a0 lladdr 02:00:00:00:00:11 STALE 
  10.0.0.12 dev a0 lladdr 02:00:00:00:00:12 STALE 
  10.0.0.13 dev a0 lladdr 02:00:00:00:00:13 STALE 
  10.0.0.14 dev a0 lladdr 02:00:00:00:00:14 STALE 
  10.0.0.15 dev a0 lladdr 02:00:00:00:00:15 STALE 
  10.0.0.16 dev a0 lladdr 02:00:00:00:00:16 PERMANENT 
  10.0.0.17 dev a0 lladdr 02:00:00:00:00:17 REACHABLE 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.30
  PING 10.0.0.30 (10.0.0.30) 56(84) bytes of data.
  
  --- 10.0.0.30 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a neigh show | wc -l
  8
  $ ip -n a ntable show name arp_cache | sed -n 2p
      thresh1 128 thresh2 512 thresh3 1024 gc_int 30000 
  $ sleep 6
  $ ip -n a neigh add 10.0.0.18 lladdr 02:00:00:00:00:18 dev a0 nud stale
  $ ip -n a neigh show | sort
  10.0.0.11 dev a0 lladdr 02:00:00:00:00:11 STALE 
  10.0.0.12 dev a0 lladdr 02:00:00:00:00:12 STALE 
  10.0.0.13 dev a0 lladdr 02:00:00:00:00:13 STALE 
  10.0.0.14 dev a0 lladdr 02:00:00:00:00:14 STALE 
  10.0.0.15 dev a0 lladdr 02:00:00:00:00:15 STALE 
  10.0.0.16 dev a0 lladdr 02:00:00:00:00:16 PERMANENT 
  10.0.0.17 dev a0 lladdr 02:00:00:00:00:17 REACHABLE 
  10.0.0.18 dev a0 lladdr 02:00:00:00:00:18 STALE 
  10.0.0.30 dev a0 FAILED 
  $ ip -n a ntable show name arp_cache | sed -n 2p
      thresh1 128 thresh2 512 thresh3 1024 gc_int 30000 
  $ ip -n a neigh replace 10.0.0.18 lladdr 02:00:00:00:00:19 dev a0 nud stale
  $ ip -n a neigh add 10.0.0.20 dev a0 nud noarp
  Error: No link layer address given.
  [2]
  $ ip -n a neigh show | sort
  10.0.0.11 dev a0 lladdr 02:00:00:00:00:11 STALE 
  10.0.0.12 dev a0 lladdr 02:00:00:00:00:12 STALE 
  10.0.0.13 dev a0 lladdr 02:00:00:00:00:13 STALE 
  10.0.0.14 dev a0 lladdr 02:00:00:00:00:14 STALE 
  10.0.0.15 dev a0 lladdr 02:00:00:00:00:15 STALE 
  10.0.0.16 dev a0 lladdr 02:00:00:00:00:16 PERMANENT 
  10.0.0.17 dev a0 lladdr 02:00:00:00:00:17 REACHABLE 
  10.0.0.18 dev a0 lladdr 02:00:00:00:00:19 STALE 
  10.0.0.30 dev a0 FAILED 
  $ ip -n a neigh add 10.0.0.21 lladdr 02:00:00:00:00:21 dev a0 nud stale
  $ ip -n a neigh show | wc -l
  10
  $ ip -n a ntable change name arp_cache thresh3 0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a neigh add 10.0.0.22 lladdr 02:00:00:00:00:22 dev a0 nud stale
  $ ip -n a ntable change name arp_cache thresh3 2048
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a neigh add 10.0.0.22 lladdr 02:00:00:00:00:22 dev a0 nud stale
  RTNETLINK answers: File exists
  [2]
  $ ip -n a neigh show | wc -l
  11
  $ ip -n a ntable show name arp_cache | sed -n 2p
      thresh1 128 thresh2 512 thresh3 1024 gc_int 30000 
