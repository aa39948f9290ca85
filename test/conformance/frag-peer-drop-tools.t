Tools whose probes a veth peer with a smaller MTU drops (NET_XMIT_DROP, ENOBUFS to sockets with IP_RECVERR): tracepath, traceroute with a large packet length, ping -c 2, nc -u; the drops in the device counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up mtu 1280
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | sed -n 2p
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a tracepath -n 10.0.0.2
   1?: [LOCALHOST]                      pmtu 1500
   1:  send failed
   1:  send failed
       Resume: pmtu 1500 
  $ ip netns exec a traceroute -n -q 1 -m 2 10.0.0.2 1400 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  
  send probe: No buffer space available
  traceroute to 10.0.0.2 (10.0.0.2), 2 hops max, 1400 byte packets (no-eol)
  $ ip netns exec a traceroute -n -q 1 -m 2 10.0.0.2 1000 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 10.0.0.2 (10.0.0.2), 2 hops max, 1000 byte packets
   1  10.0.0.2  T ms
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -s 1300 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1300(1328) bytes of data.
  ping: sendmsg: No buffer space available
  ping: sendmsg: No buffer space available
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a nstat -az IpOutDiscards IpFragFails UdpSndbufErrors UdpOutDatagrams
  #kernel
  IpOutDiscards                   32                 0.0
  IpFragFails                     0                  0.0
  UdpOutDatagrams                 2                  0.0
  UdpSndbufErrors                 21                 0.0
  $ ip -n a -s link show a0 | sed -n 6p | sed -E 's/^ +[0-9]+ +[0-9]+//'
        0      32       0       0 
  $ ip netns exec a sh -c 'head -c 1300 /dev/zero | nc -u -w 1 10.0.0.2 9'; echo rc=$?
  rc=0
  $ ip netns exec a nstat -az IpOutDiscards UdpSndbufErrors UdpOutDatagrams
  #kernel
  IpOutDiscards                   33                 0.0
  UdpOutDatagrams                 2                  0.0
  UdpSndbufErrors                 22                 0.0
