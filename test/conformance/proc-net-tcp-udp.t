/proc/net/tcp and /proc/net/udp with a TCP listener and a UDP socket: addresses as the little-endian hex of the __be32, ports in hex, states.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -l -s 10.0.0.2 -p 5001 > /dev/null 2>&1 & nc -u -l -p 53 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b cat /proc/net/tcp | cut -c1-80
    sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   ui
     0: 0200000A:1389 00000000:0000 0A 00000000:00000000 00:00000000 00000000     
  $ ip netns exec b cat /proc/net/udp | cut -c1-80
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   u
  *: 00000000:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000     (glob)
