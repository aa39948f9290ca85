ping to the host's own addresses with every common option in a loop (-I by name/address, -r, -B, -M, -s, -t, -Q, -p, -4, -n, -q), counting what the local route delivers.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up; ip link set lo up
  $ ip addr add 10.0.0.1/24 dev x0; ip addr add 10.0.1.1/24 dev y0
  $ for o in "" "-I x0" "-I y0" "-I lo" "-I 10.0.0.1" "-I 10.0.1.1" "-I 127.0.0.1" "-I 10.9.9.9" "-I nodev" "-r" "-B" "-M do -s 1500" "-M do -s 65000" "-M want -s 2000" "-M dont" "-M bad" "-s 0" "-s 65507" "-s 65508" "-t 0" "-t 1" "-t 256" "-Q 0x10" "-Q 300" "-p ff" "-p zz" "-n -q" "-4" "-6" "-c 2 -i 0.2" "-c 1 -i 0.001" "-w 0" "-W 0" "-D"; do echo "== $o"; ping -c 1 -W 1 $o 10.0.1.1 2>&1 | sed -E 's/time[=<][0-9.]+ ?ms/time=X ms/; s/time [0-9]+ms/time Xms/; s/rtt .*/rtt X/; s/^\[[0-9.]+\]/[T]/'; echo "rc ${PIPESTATUS[0]}"; done
  == 
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -I x0
  PING 10.0.1.1 (10.0.1.1) from 10.0.0.1 x0: 56(84) bytes of data.
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Xms
  
  rc 1
  == -I y0
  ping: connect: Network is unreachable
  rc 2
  == -I lo
  ping: Warning: source address might be selected on device other than: lo
  PING 10.0.1.1 (10.0.1.1) from 10.0.1.1 lo: 56(84) bytes of data.
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Xms
  
  rc 1
  == -I 10.0.0.1
  PING 10.0.1.1 (10.0.1.1) from 10.0.0.1 : 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -I 10.0.1.1
  PING 10.0.1.1 (10.0.1.1) from 10.0.1.1 : 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -I 127.0.0.1
  PING 10.0.1.1 (10.0.1.1) from 127.0.0.1 : 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -I 10.9.9.9
  ping: bind: Cannot assign requested address
  rc 2
  == -I nodev
  ping: SO_BINDTODEVICE nodev: No such device
  rc 2
  == -r
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -B
  PING 10.0.1.1 (10.0.1.1) from 10.0.1.1 : 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -M do -s 1500
  PING 10.0.1.1 (10.0.1.1) 1500(1528) bytes of data.
  1508 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -M do -s 65000
  PING 10.0.1.1 (10.0.1.1) 65000(65028) bytes of data.
  65008 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -M want -s 2000
  PING 10.0.1.1 (10.0.1.1) 2000(2028) bytes of data.
  2008 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -M dont
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -M bad
  ping: invalid -M argument: bad
  rc 2
  == -s 0
  PING 10.0.1.1 (10.0.1.1) 0(28) bytes of data.
  8 bytes from 10.0.1.1: icmp_seq=1 ttl=64
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  
  rc 0
  == -s 65507
  PING 10.0.1.1 (10.0.1.1) 65507(65535) bytes of data.
  65515 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -s 65508
  PING 10.0.1.1 (10.0.1.1) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=65535
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Xms
  
  rc 1
  == -t 0
  ping: cannot set unicast time-to-live: Invalid argument
  rc 2
  == -t 1
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -t 256
  ping: invalid argument: '256': out of range: 0 <= value <= 255
  rc 1
  == -Q 0x10
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -Q 300
  ping: the decimal value of TOS bits must be in range 0-255: 300
  rc 2
  == -p ff
  PATTERN: 0xff
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -p zz
  ping: patterns must be specified as hex digits: zz
  rc 2
  == -n -q
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -4
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -6
  ping: 10.0.1.1: Address family for hostname not supported
  rc 2
  == -c 2 -i 0.2
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  64 bytes from 10.0.1.1: icmp_seq=2 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -c 1 -i 0.001
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -w 0
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -W 0
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  == -D
  PING 10.0.1.1 (10.0.1.1) 56(84) bytes of data.
  [T] 64 bytes from 10.0.1.1: icmp_seq=1 ttl=64 time=X ms
  
  --- 10.0.1.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Xms
  rtt X
  rc 0
  $ ip -s link show lo | sed -n 4p
          271598      49      0       0       0       0 
