ip -batch: errors with line numbers, -force, comments, quoting.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ printf 'link set a0 up\n# comment\n\naddr add 10.0.0.1/24 dev a0\naddr add 10.0.0.1/24 dev a0\naddr add 10.0.0.2/24 dev a0\n' > b1
  $ ip -batch b1
  Error: ipv4: Address already assigned.
  Command failed b1:5
  [1]
  $ ip addr show dev a0 | grep inet
      inet 10.0.0.1/24 scope global a0
  $ printf 'addr add 10.0.1.1/24 dev a0\nroute add 10.9.0.0/16 via 10.0.7.7\nroute add 10.8.0.0/16 via 10.0.0.7\n' > b2
  $ ip -force -batch b2
  Error: Nexthop has invalid gateway.
  Command failed b2:2
  [1]
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  10.0.1.0/24 dev a0 proto kernel scope link src 10.0.1.1 linkdown 
  10.8.0.0/16 via 10.0.0.7 dev a0 linkdown 
  $ printf 'route add 10.7.0.0/16 via 10.0.0.7 metric xyz\nroute add 10.6.0.0/16 via 10.0.0.7\n' > b3
  $ ip -force -batch b3
  Error: argument "xyz" is wrong: "metric" value is invalid
  [255]
  $ ip route show 10.6.0.0/16
  $ printf 'link show nosuch\nlink show lo\n' > b4
  $ ip -batch b4
  Device "nosuch" does not exist.
  Command failed b4:1
  [1]
  $ ip -force -batch b4
  Device "nosuch" does not exist.
  Command failed b4:1
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  [1]
  $ printf 'bogus\n' > b5
  $ ip -batch b5
  Object "bogus" is unknown, try "ip help".
  Command failed b5:1
  [1]
  $ printf 'addr show dev "a0" \\\n  scope global\n' > b6
  $ ip -batch b6
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip -batch nosuchfile
  Cannot open file "nosuchfile" for reading: No such file or directory
  [1]
  $ printf 'link set b0 up\n' | ip -batch -
  $ ip -br link show b0
  b0@a0            UP             02:00:00:00:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ printf 'route add 10.5.0.0/16 via 10.0.0.7\n' | ip -n nosuchns -batch -
  Cannot open network namespace "nosuchns": No such file or directory
  [255]
  $ ip -batch
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
  [255]
