ip route get's argument parsing (iproute_get()): keyword abbreviations (f, i, fr, o, m, u, fi, c, ip, d), help as a destination or source prints the usage, missing arguments, unknown devices, a second destination, -4/-6/-0, short and numeric IPv4 forms; dsfield and tos values (the low ECN bits kept, a refused input lookup). notify is left out: the kernel marks the CPU's cached dst, so whether a later lookup shows it depends on the CPU it runs on.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.1.0.1/24 dev a0
  $ ip route get 10.1.0.9 from
  Command line is not complete. Try option "help"
  [255]
  $ ip route get from 10.1.0.1
  need at least a destination address
  [1]
  $ ip route get 10.1.0.9 iif
  Command line is not complete. Try option "help"
  [255]
  $ ip route get 10.1.0.9 oif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 10.1.0.9 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 10.1.0.9 iif nosuch oif nosuch2
  Cannot find device "nosuch"
  [1]
  $ ip route get 10.1.0.9 10.1.0.8
  10.1.0.8 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 to 10.1.0.8
  10.1.0.8 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get to
  Command line is not complete. Try option "help"
  [255]
  $ ip route get help 2>&1 | head -3
  Usage: ip route { list | flush } SELECTOR
         ip route save SELECTOR
         ip route restore
  $ ip route get 10.1.0.9 from help 2>&1 | head -2
  Usage: ip route { list | flush } SELECTOR
         ip route save SELECTOR
  $ ip route get 10.1.0.9 f 10.1.0.1
  10.1.0.9 from 10.1.0.1 dev a0 uid 0 
      cache 
  $ ip route get 10.1.0.9 i b0 fr 10.1.0.2
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.1.0.9 o a0
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 m 5
  10.1.0.9 dev a0 src 10.1.0.1 mark 5 uid 0 
      cache 
  $ ip route get 10.1.0.9 u 5
  10.1.0.9 dev a0 src 10.1.0.1 uid 5 
      cache 
  $ ip route get 10.1.0.9 fi
  10.1.0.0/24 dev a0 proto kernel scope link src 10.1.0.1 
  $ ip route get 10.1.0.9 c
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 dev a0
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 vrf a0
  Error: argument "a0" is wrong: Invalid VRF
  [255]
  $ ip route get 10.1.0.9 ip udp
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 d 0x10
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 dsfield 0x10
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 dsfield 0x10 tos 0x04
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 tos 0x03
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 tos 3
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 from 10.1.0.2 iif b0 tos 0x1c
  RTNETLINK answers: No route to host
  [2]
  $ ip -4 route get 10.1.0.9
  10.1.0.9 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip -6 route get 10.1.0.9
  Error: inet6 prefix is expected rather than "10.1.0.9".
  [1]
  $ ip -0 route get 10.1.0.9
  Error: "10.1.0.9" may be inet prefix, but it is not allowed in this context.
  [1]
  $ ip route get 10.1.0.256
  Error: any valid prefix is expected rather than "10.1.0.256".
  [1]
  $ ip route get 10.1.0
  10.1.0.0 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1
  10.1.0.0 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 167837961
  Error: any valid prefix is expected rather than "167837961".
  [1]
  $ ip route get 0x0a010009
  Error: any valid prefix is expected rather than "0x0a010009".
  [1]
