An IPv6 address where a tool asks for IPv4 only: glibc's EAI_ADDRFAMILY.
  $ ping -4 -c1 ::1
  ping: ::1: Address family for hostname not supported
  [2]
  $ ping -4 -c1 fe80::1
  ping: fe80::1: Address family for hostname not supported
  [2]
  $ tracepath -4 ::1
  tracepath: ::1: Address family for hostname not supported
  [1]
  $ nc -4 -z ::1 80
  nc: getaddrinfo for host "::1" port 80: Address family for hostname not supported
  [1]
  $ arping -c1 ::1
  arping: ::1: Address family for hostname not supported
  [2]
  $ traceroute -4 ::1
  ::1: Address family for hostname not supported
  Cannot handle "host" cmdline arg `::1' on position 1 (argc 2)
  [2]
