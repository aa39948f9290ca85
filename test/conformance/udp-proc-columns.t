/proc/net/udp and /proc/net/tcp columns for listening, connected and TIME-WAIT sockets (addresses in host-order hex, states, queues, timers), next to ss, with the hash slot and inode edited out; sockstat counts.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -u -l 10.0.0.2 5353 > /dev/null & nc -l -p 8080 > /dev/null & sleep 0.3'
  $ sleep 3 | ip netns exec a nc -u -p 40000 10.0.0.2 5353 &
  $ echo bye | ip netns exec a nc -N -p 40001 10.0.0.2 8080
  $ sleep 0.3
  $ ip netns exec a cat /proc/net/udp | sed -E 's/^ *[0-9]+:/SL:/; s/ [0-9]+ 2 [0-9a-f]{16}/ INO 2 PTR/; s/ +$//'
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
  SL: 0100000A:9C40 0200000A:14E9 01 00000000:00000000 00:00000000 00000000     0        0 INO 2 PTR 0
  $ ip netns exec b cat /proc/net/udp | sed -E 's/^ *[0-9]+:/SL:/; s/ [0-9]+ 2 [0-9a-f]{16}/ INO 2 PTR/; s/ +$//'
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
  SL: 0200000A:14E9 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 INO 2 PTR 0
  $ ip netns exec a cat /proc/net/tcp | sed -E 's/ 03:[0-9A-F]{8} / 03:JIFFIES /; s/ [0-9a-f]{16} +$/ PTR/'
    sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode                                                     
     0: 0100000A:9C41 0200000A:1F90 06 00000000:00000000 03:JIFFIES 00000000     0        0 0 3 PTR
  $ ip netns exec b cat /proc/net/tcp | cut -c1-100
    sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode    
  $ ip netns exec a grep -E '^(UDP|UDPLITE|RAW):' /proc/net/sockstat
  UDP: inuse 1 mem 0
  UDPLITE: inuse 0
  RAW: inuse 0
  $ ip netns exec b grep -E '^(UDP|UDPLITE|RAW):' /proc/net/sockstat
  UDP: inuse 1 mem 0
  UDPLITE: inuse 0
  RAW: inuse 0
  $ ip netns exec a ss -Huan
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5353
  $ ip netns exec a cat /proc/net/udplite
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops            
