ip -batch: "-b" is -batch (ip.c tests it before -brief); a command that exit()s ends the batch with its
status, -force or not (ipneigh_modify()'s exit(2), usage()'s exit(-1)), one that returns an error
prints "Command failed FILE:LINE"; the batch's rtnl handle is not strict (no rtnl_set_strict_dump()),
so `route show table N` of a missing table dumps everything unchecked and prints nothing.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ printf 'link set a0 up\naddr add 10.0.0.1/24 dev a0\nroute add 10.9.0.0/16 via 10.0.0.99 dev nosuch\nroute add 10.8.0.0/16 via 10.0.0.2\n' > b1
  $ ip -batch b1; echo rc=$?
  Cannot find device "nosuch"
  Command failed b1:3
  rc=1
  $ ip -force -batch b1; echo rc=$?
  Error: ipv4: Address already assigned.
  Command failed b1:2
  Cannot find device "nosuch"
  Command failed b1:3
  rc=1
  $ printf '# comment\n\n  route show   \nroute get 10.8.1.1\nfrob\nroute del 10.8.0.0/16\n' | ip -b -; echo rc=$?
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  10.8.0.0/16 via 10.0.0.2 dev a0 linkdown 
  10.8.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  Object "frob" is unknown, try "ip help".
  Command failed -:5
  rc=1
  $ printf 'route add 10.7.0.0/16 via 10.0.0.2 \\\n metric 5\nroute show 10.7.0.0/16\n' | ip -batch -
  10.7.0.0/16 via 10.0.0.2 dev a0 metric 5 linkdown 
  $ printf 'route add "10.6.0.0/16" via 10.0.0.2\nroute show 10.6.0.0/16\naddr add 10.0.0.5/24 dev a0 label "a0:x y"\n' | ip -batch -
  10.6.0.0/16 via 10.0.0.2 dev a0 linkdown 
  $ ip -batch nosuchfile
  Cannot open file "nosuchfile" for reading: No such file or directory
  [1]
  $ printf 'route del 10.5.0.0/16\nroute del 10.5.0.0/16\n' | ip -force -batch -; echo rc=$?
  RTNETLINK answers: No such process
  Command failed -:1
  RTNETLINK answers: No such process
  Command failed -:2
  rc=1
  $ printf 'route show table 55\n' | ip -batch -; echo rc=$?
  rc=0
  $ printf 'neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0\nneigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0\nneigh show dev a0\n' | ip -batch -; echo rc=$?
  RTNETLINK answers: File exists
  rc=2
  $ printf 'link add x0 type bogus\nlink show x0\n' | ip -force -batch -; echo rc=$?
  Error: Unknown device type.
  Command failed -:1
  Device "x0" does not exist.
  Command failed -:2
  rc=1
  $ printf 'help\n' | ip -batch -; echo rc=$?
  Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
         ip [ -force ] -batch filename
  where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                     link | macsec | maddress | monitor | mptcp | mroute | mrule |
                     neighbor | neighbour | netconf | netns | nexthop | ntable |
                     ntbl | route | rule | sr | tap | tcpmetrics |
                     token | tunnel | tuntap | vrf | xfrm }
         OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                      -h[uman-readable] | -iec | -j[son] | -p[retty] |
                      -f[amily] { inet | inet6 | mpls | bridge | link } |
                      -4 | -6 | -M | -B | -0 |
                      -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                      -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                      -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                      -c[olor]}
  rc=255
  $ printf 'route help\n' | ip -batch - 2>&1 | head -3; echo rc=$?
  Usage: ip route { list | flush } SELECTOR
         ip route save SELECTOR
         ip route restore
  rc=0
  $ printf 'ip route show\n' | ip -batch -; echo rc=$?
  Object "ip" is unknown, try "ip help".
  Command failed -:1
  rc=1
  $ printf 'route show\n' | ip -n nosuch -batch -; echo rc=$?
  Cannot open network namespace "nosuch": No such file or directory
  rc=255
  $ printf -- '-4 route show\n' | ip -batch -; echo rc=$?
  Object "-4" is unknown, try "ip help".
  Command failed -:1
  rc=1
  $ printf 'route show\n' | ip -batch - extra; echo rc=$?
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  10.6.0.0/16 via 10.0.0.2 dev a0 linkdown 
  10.7.0.0/16 via 10.0.0.2 dev a0 metric 5 linkdown 
  10.8.0.0/16 via 10.0.0.2 dev a0 linkdown 
  rc=0
  $ printf 'route add 10.4.0.0/16 via 10.0.0.2\n' > b2; ip -batch b2 -batch b2; echo rc=$?
  rc=0
  $ printf 'route flush table main\nroute show\n' | ip -o -batch -; echo rc=$?
  rc=0
  $ printf 'route show table 77\nroute show table 255 type local\nroute show table all type broadcast\n' | ip -batch -; echo rc=$?
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.5 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 linkdown 
  rc=0
  $ printf 'ntable change name arp_cache dev nosuch queue 5\nroute show\n' | ip -force -batch -; echo rc=$?
  Cannot find device "nosuch"
  Command failed -:1
  rc=1
  $ printf 'route show dev nosuch\naddr show dev nosuch\nlink show nosuch\nneigh show dev nosuch\n' | ip -force -batch -; echo rc=$?
  Cannot find device "nosuch"
  Command failed -:1
  Device "nosuch" does not exist.
  Command failed -:2
  Device "nosuch" does not exist.
  Command failed -:3
  Cannot find device "nosuch"
  Command failed -:4
  rc=1
  $ printf 'neigh del 10.0.0.77 dev a0\nroute show\n' | ip -force -batch -; echo rc=$?
  RTNETLINK answers: No such file or directory
  rc=2
  $ printf 'route show table 77\n' | ip -b - -force; echo rc=$?
  rc=0
  $ ip -br -b b2; echo rc=$?
  Error: Nexthop has invalid gateway.
  Command failed b2:1
  rc=1
