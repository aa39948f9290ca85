Host arguments that look numeric but are no address: an AF_INET lookup without AI_IDN (arping, traceroute -4, nc -4) is refused by glibc's DNS backend before any query (Name or service not known), ping, tracepath and AF_UNSPEC lookups ask DNS (Temporary failure); nc -Z asks for DCCP sockets this kernel has not (a client fails silently, a listener says so).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02; ip link set a0 up
  $ ping -4 -c 1 999.1.1.1; echo $?
  ping: 999.1.1.1: Temporary failure in name resolution
  2
  $ ping -c 1 999.1.1.1; echo $?
  ping: 999.1.1.1: Temporary failure in name resolution
  2
  $ ping -4 -c 1 1.2.3.4.5; echo $?
  ping: 1.2.3.4.5: Temporary failure in name resolution
  2
  $ traceroute -4 999.1.1.1; echo $?
  999.1.1.1: Name or service not known
  Cannot handle "host" cmdline arg `999.1.1.1' on position 1 (argc 2)
  2
  $ arping -I a0 -c 1 1.2.3.4.5; echo $?
  arping: 1.2.3.4.5: Name or service not known
  2
  $ arping -I a0 -c 1 999.; echo $?
  arping: 999.: Temporary failure in name resolution
  2
  $ arping -I a0 -c 1 12a.1.1.1; echo $?
  arping: 12a.1.1.1: Temporary failure in name resolution
  2
  $ arping -I a0 -c 1 1.2.3.-4; echo $?
  arping: 1.2.3.-4: Temporary failure in name resolution
  2
  $ arping -I a0 -c 1 ' 1.2.3.999'; echo $?
  arping:  1.2.3.999: Name or service not known
  2
  $ nc -4 -z 999.1.1.1 80; echo $?
  nc: getaddrinfo for host "999.1.1.1" port 80: Name or service not known
  1
  $ nc -z 999.1.1.1 80; echo $?
  nc: getaddrinfo for host "999.1.1.1" port 80: Temporary failure in name resolution
  1
  $ nc -vZ 127.0.0.1 80; echo $?
  1
  $ tracepath -4 999.1.1.1; echo $?
  tracepath: 999.1.1.1: Temporary failure in name resolution
  1
  $ timeout 3 nc -lZ -p 5000; echo $?
  nc: Socket type not supported
  1
  $ nc -zvZ 127.0.0.1 80; echo $?
  1
  $ echo hi | nc -Z -w 1 127.0.0.1 80; echo $?
  1
