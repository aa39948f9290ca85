ss -m on packet sockets: o (sk_omem_alloc) is what the attached classic filter costs once Linux translated it to eBPF (sk_filter_charge(): the program header plus 8 bytes per eBPF instruction): tcpdump's filters with no expression, arp, icmp, on a device and on any (cooked: the protocol comes from the SKF_AD_PROTOCOL extension), and arping's socket without a filter.
  $ ip netns add a
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip netns exec a tcpdump -n -i a0 -c 1000 > o1 2> e1 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i a0 -c 1000 arp > o2 2> e2 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i a0 -c 1000 icmp > o3 2> e3 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i any -c 1000 arp > o4 2> e4 &
  $ sleep 0.3
  $ ip netns exec a tcpdump -n -i any -c 1000 icmp > o5 2> e5 &
  $ sleep 0.3
  $ ip netns exec a arping -q -w 30 -I a0 10.0.0.2 &
  $ sleep 0.3
  $ ip netns exec a ss -0 -m | sed -E 's/ +$//'
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *     skmem:(r0,rb212992,t0,tb212992,f0,w0,o136,bl0,d0)
  p_raw 0      0                  *:a0               *     skmem:(r0,rb212992,t0,tb212992,f0,w0,o304,bl0,d0)
  p_raw 0      0                  *:a0               *     skmem:(r0,rb212992,t0,tb212992,f0,w0,o416,bl0,d0)
  p_dgr 0      0                  *:*                *     skmem:(r0,rb212992,t0,tb212992,f0,w0,o176,bl0,d0)
  p_dgr 0      0                  *:*                *     skmem:(r0,rb212992,t0,tb212992,f0,w0,o320,bl0,d0)
  p_dgr 0      0                arp:a0               *     skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl0,d0)
  $ ip netns exec a ss -0 -b | sed -E 's/ +$//'
  Netid Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  p_raw 0      0                  *:a0               *
  	bpf filter (1):  0x06 0 0 262144,
  p_raw 0      0                  *:a0               *
  	bpf filter (4):  0x28 0 0 12, 0x15 0 1 2054, 0x06 0 0 262144, 0x06 0 0 0,
  p_raw 0      0                  *:a0               *
  	bpf filter (6):  0x28 0 0 12, 0x15 0 3 2048, 0x30 0 0 23, 0x15 0 1 1, 0x06 0 0 262144, 0x06 0 0 0,
  p_dgr 0      0                  *:*                *
  	bpf filter (4):  0x28 0 0 4294963200, 0x15 0 1 2054, 0x06 0 0 262144, 0x06 0 0 0,
  p_dgr 0      0                  *:*                *
  	bpf filter (6):  0x28 0 0 4294963200, 0x15 0 3 2048, 0x30 0 0 9, 0x15 0 1 1, 0x06 0 0 262144, 0x06 0 0 0,
  p_dgr 0      0                arp:a0               *
  $ kill %1 %2 %3 %4 %5 %6; wait
