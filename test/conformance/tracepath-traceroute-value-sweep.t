tracepath and traceroute option values swept against a host one router away: tracepath -l/-m/-p with bad, edge and huge values, traceroute -q/-w/-N/-f/-m/-p/-t/-z/-M/-P and packet lengths; each run's output (times masked) and exit status.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.1.1/24 dev a0; ip -n r addr add 10.0.1.254/24 dev r0; ip -n r addr add 10.0.2.254/24 dev r1; ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254; ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1; for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0; done
  $ ip netns exec a ping -c 1 -W 2 10.0.2.1 >/dev/null; echo $?
  0
  $ t() { { ip netns exec a tracepath "$@"; echo "rc=$?"; } 2>&1 | sed -E 's/[0-9.]+ms/Tms/g'; }
  $ for v in 0 1 27 28 29 1500 1501 65535 65536 -1 abc; do echo "-l $v:"; t -n -l "$v" 10.0.2.1; done
  -l 0:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -l 1:
  tracepath: pktlen must be within: 28 < value <= 2147483647
  rc=1
  -l 27:
  tracepath: pktlen must be within: 28 < value <= 2147483647
  rc=1
  -l 28:
  tracepath: pktlen must be within: 28 < value <= 2147483647
  rc=1
  -l 29:
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 29 hops 2 back 2 
  rc=0
  -l 1500:
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -l 1501:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -l 65535:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -l 65536:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -l -1:
  tracepath: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  rc=1
  -l abc:
  tracepath: invalid argument: 'abc'
  rc=1
  $ for v in 0 1 2 255 256 -1 abc; do echo "-m $v:"; t -n -m "$v" 10.0.2.1; done
  -m 0:
       Too many hops: pmtu 65535
       Resume: pmtu 65535 
  rc=0
  -m 1:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
       Too many hops: pmtu 1500
       Resume: pmtu 1500 
  rc=0
  -m 2:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -m 255:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -m 256:
  tracepath: invalid argument: '256': out of range: 0 <= value <= 255
  rc=1
  -m -1:
  tracepath: invalid argument: '-1': out of range: 0 <= value <= 255
  rc=1
  -m abc:
  tracepath: invalid argument: 'abc'
  rc=1
  $ for v in 0 1 33434 65535 65536 -1 abc; do echo "-p $v:"; t -n -p "$v" 10.0.2.1; done
  -p 0:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -p 1:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -p 33434:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  10.0.1.254                                            Tms 
   2:  10.0.2.1                                              Tms reached
       Resume: pmtu 1500 hops 2 back 2 
  rc=0
  -p 65535:
   1?: [LOCALHOST]                      pmtu 1500
   1:  10.0.1.254                                            Tms 
   1:  send failed
       Resume: pmtu 1500 
  rc=0
  -p 65536:
  tracepath: invalid argument: '65536': out of range: 0 <= value <= 65535
  rc=1
  -p -1:
  tracepath: invalid argument: '-1': out of range: 0 <= value <= 65535
  rc=1
  -p abc:
  tracepath: invalid argument: 'abc'
  rc=1
  $ tr() { { ip netns exec a traceroute "$@"; echo "rc=$?"; } 2>&1 | sed -E 's/[0-9.]+ ms/T ms/g'; }
  $ for v in 0 1 10 11 -1 abc; do echo "-q $v:"; tr -n -q "$v" -w 1 10.0.2.1; done
  -q 0:
  no more than 10 probes per hop
  rc=2
  -q 1:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -q 10:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms  T ms  T ms  T ms  T ms  T ms  T ms  T ms  T ms  T ms
   2  10.0.2.1  T ms  T ms  T ms  T ms  T ms  T ms  T ms  T ms  T ms  T ms
  rc=0
  -q 11:
  no more than 10 probes per hop
  rc=2
  -q -1:
  no more than 10 probes per hop
  rc=2
  -q abc:
  Cannot handle `-q' option with arg `abc' (argc 3)
  rc=2
  $ for v in 0 -1 0.5 abc 1,2,3 5,0.5; do echo "-w $v:"; tr -n -q 1 -w "$v" 10.0.2.1; done
  -w 0:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -w -1:
  bad wait specifications `-1,0,0' used
  rc=2
  -w 0.5:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -w abc:
  Cannot handle `-w' option with arg `abc' (argc 5)
  rc=2
  -w 1,2,3:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -w 5,0.5:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  $ for v in 0 1 2 3 256 -1; do echo "-f $v:"; tr -n -q 1 -w 1 -f "$v" 10.0.2.1; done
  -f 0:
  first hop out of range
  rc=2
  -f 1:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -f 2:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   2  10.0.2.1  T ms
  rc=0
  -f 3:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   3  10.0.2.1  T ms
  rc=0
  -f 256:
  first hop out of range
  rc=2
  -f -1:
  first hop out of range
  rc=2
  $ for v in 0 1 2 255 256 -1; do echo "-m $v:"; tr -n -q 1 -w 1 -m "$v" 10.0.2.1; done
  -m 0:
  first hop out of range
  rc=2
  -m 1:
  traceroute to 10.0.2.1 (10.0.2.1), 1 hops max, 60 byte packets
   1  10.0.1.254  T ms
  rc=0
  -m 2:
  traceroute to 10.0.2.1 (10.0.2.1), 2 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -m 255:
  traceroute to 10.0.2.1 (10.0.2.1), 255 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -m 256:
  max hops cannot be more than 255
  rc=2
  -m -1:
  max hops cannot be more than 255
  rc=2
  $ for v in 0 1 128 -1; do echo "-N $v:"; tr -n -q 1 -w 1 -N "$v" 10.0.2.1; done
  -N 0:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -N 1:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -N 128:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -N -1:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  $ for v in 0 1 65535 65536 -1 abc; do echo "-p $v:"; tr -n -q 1 -w 1 -p "$v" 10.0.2.1; done
  -p 0:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -p 1:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -p 65535:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -p 65536:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -p -1:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -p abc:
  Cannot handle `-p' option with arg `abc' (argc 7)
  rc=2
  $ for v in 0 16 255 256 -1 abc; do echo "-t $v:"; tr -n -q 1 -w 1 -t "$v" 10.0.2.1; done
  -t 0:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -t 16:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -t 255:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -t 256:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -t -1:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -t abc:
  Cannot handle `-t' option with arg `abc' (argc 7)
  rc=2
  $ for v in 0 -1 0.5 10 abc; do echo "-z $v:"; tr -n -q 1 -w 1 -z "$v" 10.0.2.1; done
  -z 0:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -z -1:
  bad sendtime `-1' specified
  rc=2
  -z 0.5:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -z 10:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -z abc:
  Cannot handle `-z' option with arg `abc' (argc 7)
  rc=2
  $ for v in default icmp udp tcp udplite raw bogus; do echo "-M $v:"; tr -n -q 1 -w 1 -M "$v" 10.0.2.1; done
  -M default:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -M icmp:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -M udp:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -M tcp:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -M udplite:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  -M raw:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms !P
  rc=0
  -M bogus:
  Unknown traceroute module bogus
  rc=2
  $ for v in 0 1 17 255 256 -1; do echo "-P $v:"; tr -n -q 1 -w 1 -P "$v" 10.0.2.1; done
  -P 0:
  
  socket: Protocol not supported
  rc=1
  -P 1:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  *
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  *
  19  *
  20  *
  21  *
  22  *
  23  *
  24  *
  25  *
  26  *
  27  *
  28  *
  29  *
  30  *
  rc=0
  -P 17:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  *
  19  *
  20  *
  21  *
  22  *
  23  *
  24  *
  25  *
  26  *
  27  *
  28  *
  29  *
  30  *
  rc=0
  -P 255:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
  send: Invalid argument
  rc=1
  -P 256:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  *
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  *
  19  *
  20  *
  21  *
  22  *
  23  *
  24  *
  25  *
  26  *
  27  *
  28  *
  29  *
  30  *
  rc=0
  -P -1:
  
  socket: Invalid argument
  rc=1
  $ for v in 0 27 28 29 60 1500 1501 65000 65001 -1 abc; do echo "len $v:"; tr -n -q 1 -w 1 10.0.2.1 "$v"; done
  len 0:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 28 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  len 27:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 28 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  len 28:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 28 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  len 29:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 29 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  len 60:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 60 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  len 1500:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 1500 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  len 1501:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 1501 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  len 65000:
  traceroute to 10.0.2.1 (10.0.2.1), 30 hops max, 65000 byte packets
   1  10.0.1.254  T ms
   2  10.0.2.1  T ms
  rc=0
  len 65001:
  too big packetlen 65001 specified
  rc=2
  len -1:
  Bad option `-1' (argc 7)
  rc=2
  len abc:
  Cannot handle "packetlen" cmdline arg `abc' on position 2 (argc 7)
  rc=2
  $ for n in a r b; do ip netns del $n; done
