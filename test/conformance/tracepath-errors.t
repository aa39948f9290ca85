tracepath's errors and odd cases: options out of range, usage, a host with no route, an unreachable host beyond a router (!H), no reply from a silent hop, too many hops, the loopback.
  $ ip netns add a
  $ ip netns add r
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip -n a link set lo up
  $ ip -n r link set lo up
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip netns exec a tracepath -n 192.0.2.1
   1:  send failed
       Resume: pmtu 65535 
  $ ip netns exec a tracepath -n 127.0.0.1 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1:  127.0.0.1 Tms reached
       Resume: pmtu 65535 hops 1 back 1 
  $ ip netns exec a tracepath -n 10.0.1.2 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1:  10.0.1.2 Tms reached
       Resume: pmtu 65535 hops 1 back 1 
  $ ip -n a route add default via 10.0.1.1
  $ ip netns exec a tracepath -n -m 2 192.0.2.1 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1500
   1:  no reply
   2:  no reply
       Too many hops: pmtu 1500
       Resume: pmtu 1500 
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip -n r route add 192.0.2.0/24 dev ra
  $ ip -n r route add unreachable 198.51.100.0/24
  $ ip -n r route add prohibit 203.0.113.0/24
  $ ip netns exec a tracepath -n 198.51.100.1 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1 Tms !H
   1:  10.0.1.1 Tms !H
       Resume: pmtu 1500 
  $ ip netns exec a tracepath -n 203.0.113.1 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.1 Tms !H
   1:  10.0.1.1 Tms !H
       Resume: pmtu 1500 
  $ ip netns exec a tracepath -n -m 1 10.0.1.9 | sed -E 's/ +[0-9]+\.[0-9]+ms / Tms /'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.2 Tms !H
       Resume: pmtu 1500 
  $ ip netns exec a tracepath -m 256 10.0.1.1
  tracepath: invalid argument: '256': out of range: 0 <= value <= 255
  [1]
  $ ip netns exec a tracepath -l 28 10.0.1.1
  tracepath: pktlen must be within: 28 < value <= 2147483647
  [1]
  $ ip netns exec a tracepath -p 70000 10.0.1.1
  tracepath: invalid argument: '70000': out of range: 0 <= value <= 65535
  [1]
  $ ip netns exec a tracepath -x 10.0.1.1
  tracepath: invalid option -- 'x'
  
  Usage
    tracepath [options] <destination>
  
  Options:
    -4             use IPv4
    -6             use IPv6
    -b             print both name and ip
    -l <length>    use packet <length>
    -m <hops>      use maximum <hops>
    -n             no dns name resolution
    -p <port>      use destination <port>
    -V             print version and exit
    <destination>  dns name or ip address
  
  For more details see tracepath(8).
  [255]
  $ ip netns exec a tracepath
  
  Usage
    tracepath [options] <destination>
  
  Options:
    -4             use IPv4
    -6             use IPv6
    -b             print both name and ip
    -l <length>    use packet <length>
    -m <hops>      use maximum <hops>
    -n             no dns name resolution
    -p <port>      use destination <port>
    -V             print version and exit
    <destination>  dns name or ip address
  
  For more details see tracepath(8).
  [255]
  $ ip netns exec a tracepath -6 -4 10.0.1.1
  tracepath: Only one -4 or -6 option may be specified
  [2]
