tracepath options through one router with a narrow link.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0; done
  $ ip -n r link set r1 mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip netns exec a tracepath -n 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.1.254                                            Tms pmtu 1400
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip netns exec a tracepath -n 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip netns exec a tracepath -n -l 1000 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1000 hops 2 back 2 
  $ ip netns exec a tracepath -n -m 1 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
       Too many hops: pmtu 1400
       Resume: pmtu 1400 
  $ ip netns exec a tracepath -n -p 5000 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip netns exec a tracepath -b 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1400
   1:  ??? (10.0.1.254)                                      Tms 
   1:  ??? (10.0.1.254)                                      Tms 
   2:  ??? (10.0.2.1)                                        Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip netns exec a tracepath 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1400
   1:  ???                                                   Tms 
   1:  ???                                                   Tms 
   2:  ???                                                   Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip netns exec a tracepath -4 -n 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1400 hops 2 back 2 
  $ ip netns exec a tracepath -n -l 70000 10.0.2.1
   1:  send failed
       Resume: pmtu 70000 
  $ ip netns exec a tracepath -n -m 0 10.0.2.1
       Too many hops: pmtu 65535
       Resume: pmtu 65535 
  $ ip netns exec a tracepath -n -m abc 10.0.2.1
  tracepath: invalid argument: 'abc'
  [1]
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
  $ ip netns exec a tracepath -n nosuch.invalid
  tracepath: nosuch.invalid: Temporary failure in name resolution
  [1]
  $ ip netns exec a tracepath -n 10.0.1.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1:  10.0.1.1                                              Tms reached
       Resume: pmtu 65535 hops 1 back 1 
  $ ip netns exec a tracepath -n 127.0.0.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1:  127.0.0.1                                             Tms reached
       Resume: pmtu 65535 hops 1 back 1 
  $ ip netns exec r iptables -A FORWARD -d 10.0.2.1 -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec a tracepath -n 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.1.254                                            Tms !H
       Resume: pmtu 1400 
  $ ip netns exec r iptables -R FORWARD 1 -d 10.0.2.1 -j REJECT --reject-with icmp-net-prohibited
  $ ip netns exec a tracepath -n 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.1.254                                            Tms !N
       Resume: pmtu 1400 
  $ ip netns exec r iptables -R FORWARD 1 -d 10.0.2.1 -j DROP
  $ ip netns exec a tracepath -n -m 3 10.0.2.1 | sed -E 's/[0-9.]+ms/Tms/g'
   1?: [LOCALHOST]                      pmtu 1400
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  no reply
   3:  no reply
       Too many hops: pmtu 1400
       Resume: pmtu 1400 
