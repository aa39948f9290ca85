ping option values swept on loopback: -t, -Q, -M, -l, -i, -W, -w, -c, -s, -m, -S, -e, -I and -T with bad, edge, hex, negative, huge and abbreviated values; each run's first lines and its exit status.
  $ ip netns add s
  $ ip -n s link set lo up
  $ f() { { ip netns exec s ping -c 1 -W 1 "$@" 127.0.0.1; echo "rc=$?"; } 2>&1 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/; s/[0-9]+ absolute/N absolute/' | grep -vE '^$|^---|rtt|packets transmitted'; }
  $ for v in 0 1 255 256 -1 0x10 010 abc 1x ''; do echo "-t $v:"; f -t "$v"; done
  -t 0:
  ping: cannot set unicast time-to-live: Invalid argument
  rc=2
  -t 1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -t 255:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -t 256:
  ping: invalid argument: '256': out of range: 0 <= value <= 255
  rc=1
  -t -1:
  ping: invalid argument: '-1': out of range: 0 <= value <= 255
  rc=1
  -t 0x10:
  ping: invalid argument: '0x10'
  rc=1
  -t 010:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -t abc:
  ping: invalid argument: 'abc'
  rc=1
  -t 1x:
  ping: invalid argument: '1x'
  rc=1
  -t :
  ping: invalid argument: ''
  rc=1
  $ for v in 0 1 3 0xfc 0xff 0x100 255 256 -1 abc 0x 1x; do echo "-Q $v:"; f -Q "$v"; done
  -Q 0:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -Q 1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -Q 3:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -Q 0xfc:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -Q 0xff:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -Q 0x100:
  ping: the decimal value of TOS bits must be in range 0-255: 256
  rc=2
  -Q 255:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -Q 256:
  ping: the decimal value of TOS bits must be in range 0-255: 256
  rc=2
  -Q -1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -Q abc:
  ping: bad TOS value: abc
  rc=2
  -Q 0x:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -Q 1x:
  ping: bad TOS value: 1x
  rc=2
  $ for v in do dont want probe d w p dontx bogus ''; do echo "-M $v:"; f -M "$v"; done
  -M do:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -M dont:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -M want:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -M probe:
  ping: invalid -M argument: probe
  rc=2
  -M d:
  ping: invalid -M argument: d
  rc=2
  -M w:
  ping: invalid -M argument: w
  rc=2
  -M p:
  ping: invalid -M argument: p
  rc=2
  -M dontx:
  ping: invalid -M argument: dontx
  rc=2
  -M bogus:
  ping: invalid -M argument: bogus
  rc=2
  -M :
  ping: invalid -M argument: 
  rc=2
  $ for v in 0 1 2 3 65536 65537 -1 abc; do echo "-l $v:"; f -l "$v"; done
  -l 0:
  ping: invalid argument: '0': out of range: 1 <= value <= 65536
  rc=1
  -l 1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -l 2:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -l 3:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -l 65536:
  ping: WARNING: probably, rcvbuf is not enough to hold preload
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -l 65537:
  ping: invalid argument: '65537': out of range: 1 <= value <= 65536
  rc=1
  -l -1:
  ping: invalid argument: '-1': out of range: 1 <= value <= 65536
  rc=1
  -l abc:
  ping: invalid argument: 'abc'
  rc=1
  $ for v in 0 0.002 0.0019 -1 1e-3 inf nan 0x1 ,5 2147483648; do echo "-i $v:"; f -c 1 -i "$v"; done
  -i 0:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -i 0.002:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -i 0.0019:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -i -1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -i 1e-3:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -i inf:
  ping: bad timing interval: inf: Numerical result out of range
  rc=2
  -i nan:
  ping: bad timing interval: nan: Numerical result out of range
  rc=2
  -i 0x1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -i ,5:
  ping: option argument contains garbage: ,5
  ping: this will become fatal error in the future
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -i 2147483648:
  ping: bad timing interval: 2147483648
  rc=2
  $ for v in 0 -1 0.0001 0.5 1e9 2147483647 2147483648 inf nan 1,5; do echo "-W $v:"; f -W "$v"; done
  -W 0:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -W -1:
  ping: bad linger time: -1
  rc=2
  -W 0.0001:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -W 0.5:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -W 1e9:
  ping: bad linger time: 1e9
  rc=2
  -W 2147483647:
  ping: bad linger time: 2147483647
  rc=2
  -W 2147483648:
  ping: bad linger time: 2147483648
  rc=2
  -W inf:
  ping: bad linger time: inf: Numerical result out of range
  rc=2
  -W nan:
  ping: bad linger time: nan: Numerical result out of range
  rc=2
  -W 1,5:
  ping: option argument contains garbage: ,5
  ping: this will become fatal error in the future
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  $ for v in 0 -1 1 2147483647 2147483648 0.5 abc; do echo "-w $v:"; f -w "$v"; done
  -w 0:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -w -1:
  ping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  rc=1
  -w 1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -w 2147483647:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -w 2147483648:
  ping: invalid argument: '2147483648': out of range: 0 <= value <= 2147483647
  rc=1
  -w 0.5:
  ping: invalid argument: '0.5'
  rc=1
  -w abc:
  ping: invalid argument: 'abc'
  rc=1
  $ for v in 0x10 1e3 9999999999999999999 2147483647 2147483648 ' 1'; do echo "-c $v:"; { ip netns exec s ping -c "$v" -w 1 -i 0.2 127.0.0.1; echo "rc=$?"; } 2>&1 | head -2 | sed -E 's/time=[0-9.]+ ms/time=T ms/'; done
  -c 0x10:
  ping: invalid argument: '0x10'
  rc=1
  -c 1e3:
  ping: invalid argument: '1e3'
  rc=1
  -c 9999999999999999999:
  ping: invalid argument: '9999999999999999999': Numerical result out of range
  rc=1
  -c 2147483647:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  -c 2147483648:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  -c  1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  $ for v in 0 1 7 8 9 65499 65507 65508 -1 0x10 abc; do echo "-s $v:"; f -s "$v"; done
  -s 0:
  PING 127.0.0.1 (127.0.0.1) 0(28) bytes of data.
  8 bytes from 127.0.0.1: icmp_seq=1 ttl=64
  rc=0
  -s 1:
  PING 127.0.0.1 (127.0.0.1) 1(29) bytes of data.
  9 bytes from 127.0.0.1: icmp_seq=1 ttl=64
  rc=0
  -s 7:
  PING 127.0.0.1 (127.0.0.1) 7(35) bytes of data.
  15 bytes from 127.0.0.1: icmp_seq=1 ttl=64
  rc=0
  -s 8:
  PING 127.0.0.1 (127.0.0.1) 8(36) bytes of data.
  16 bytes from 127.0.0.1: icmp_seq=1 ttl=64
  rc=0
  -s 9:
  PING 127.0.0.1 (127.0.0.1) 9(37) bytes of data.
  17 bytes from 127.0.0.1: icmp_seq=1 ttl=64
  rc=0
  -s 65499:
  PING 127.0.0.1 (127.0.0.1) 65499(65527) bytes of data.
  65507 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -s 65507:
  PING 127.0.0.1 (127.0.0.1) 65507(65535) bytes of data.
  65515 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -s 65508:
  PING 127.0.0.1 (127.0.0.1) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=65535
  rc=1
  -s -1:
  ping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  rc=1
  -s 0x10:
  ping: invalid argument: '0x10'
  rc=1
  -s abc:
  ping: invalid argument: 'abc'
  rc=1
  $ for v in 0 1 4294967295 4294967296 -1 0x10 abc; do echo "-m $v:"; f -m "$v"; done
  -m 0:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -m 1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -m 4294967295:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -m 4294967296:
  ping: invalid argument: '4294967296': out of range: 0 <= value <= 4294967295
  rc=1
  -m -1:
  ping: invalid argument: '-1': out of range: 0 <= value <= 4294967295
  rc=1
  -m 0x10:
  ping: invalid argument: '0x10'
  rc=1
  -m abc:
  ping: invalid argument: 'abc'
  rc=1
  $ for v in 0 1 -1 2147483647 2147483648 0x10 abc; do echo "-S $v:"; f -S "$v"; done
  -S 0:
  ping: invalid argument: '0': out of range: 1 <= value <= 2147483647
  rc=1
  -S 1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -S -1:
  ping: invalid argument: '-1': out of range: 1 <= value <= 2147483647
  rc=1
  -S 2147483647:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -S 2147483648:
  ping: invalid argument: '2147483648': out of range: 1 <= value <= 2147483647
  rc=1
  -S 0x10:
  ping: invalid argument: '0x10'
  rc=1
  -S abc:
  ping: invalid argument: 'abc'
  rc=1
  $ for v in 0 1 65535 65536 -1 0x10 abc; do echo "-e $v:"; f -e "$v"; done
  -e 0:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -e 1:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -e 65535:
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -e 65536:
  ping: invalid argument: '65536': out of range: 0 <= value <= 65535
  rc=1
  -e -1:
  ping: invalid argument: '-1': out of range: 0 <= value <= 65535
  rc=1
  -e 0x10:
  ping: invalid argument: '0x10'
  rc=1
  -e abc:
  ping: invalid argument: 'abc'
  rc=1
  $ for v in lo nosuchdev 127.0.0.1 10.9.9.9 '' 0; do echo "-I $v:"; f -I "$v"; done
  -I lo:
  PING 127.0.0.1 (127.0.0.1) from 127.0.0.1 lo: 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -I nosuchdev:
  ping: SO_BINDTODEVICE nosuchdev: No such device
  rc=2
  -I 127.0.0.1:
  PING 127.0.0.1 (127.0.0.1) from 127.0.0.1 : 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -I 10.9.9.9:
  ping: bind: Cannot assign requested address
  rc=2
  -I :
  ping: Warning: source address might be selected on device other than: 
  PING 127.0.0.1 (127.0.0.1) from 127.0.0.1 : 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -I 0:
  ping: SO_BINDTODEVICE 0: No such device
  rc=2
  $ for v in tsonly tsandaddr tsprespec ts tsa tso bogus ''; do echo "-T $v:"; f -T "$v"; done
  -T tsonly:
  PING 127.0.0.1 (127.0.0.1) 56(124) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  TS: 	N absolute
  	0
  	0
  	0
  rc=0
  -T tsandaddr:
  PING 127.0.0.1 (127.0.0.1) 56(124) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  TS: 	127.0.0.1	N absolute
  	127.0.0.1	0
  	127.0.0.1	0
  	127.0.0.1	0
  rc=0
  -T tsprespec:
  PING 127.0.0.1 (127.0.0.1) 56(124) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms
  rc=0
  -T ts:
  ping: invalid timestamp type: ts
  rc=2
  -T tsa:
  ping: invalid timestamp type: tsa
  rc=2
  -T tso:
  ping: invalid timestamp type: tso
  rc=2
  -T bogus:
  ping: invalid timestamp type: bogus
  rc=2
  -T :
  ping: invalid timestamp type: 
  rc=2
  $ ip netns del s
