ip -batch with failing lines, with and without -force: a kernel error or a bad argument ends the batch unless -force (Command failed FILE:N, status 1), an unknown command or help exits ip at once even with -force (exit(-1)); comments, blank lines, quotes and continued lines; the addresses after.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ printf 'addr add 10.0.0.1/24 dev a0\naddr add 10.0.0.1/24 dev a0\naddr add 10.0.0.2/24 dev a0\n' > b1
  $ ip -batch b1; echo $?
  Error: ipv4: Address already assigned.
  Command failed b1:2
  1
  $ ip -force -batch b1; echo $?
  Error: ipv4: Address already assigned.
  Command failed b1:1
  Error: ipv4: Address already assigned.
  Command failed b1:2
  1
  $ printf 'addr add 10.0.0.3/24 dev nosuch\naddr add 10.0.0.4/24 dev a0\n' > b2
  $ ip -batch b2; echo $?
  Cannot find device "nosuch"
  Command failed b2:1
  1
  $ ip -force -batch b2; echo $?
  Cannot find device "nosuch"
  Command failed b2:1
  1
  $ printf 'link foo\naddr add 10.0.0.5/24 dev a0\n' > b3
  $ ip -force -batch b3; echo $?
  Command "foo" is unknown, try "ip link help".
  255
  $ printf 'addr add 10.0.0.6/33 dev a0\naddr add 10.0.0.7/24 dev a0\n' > b4
  $ ip -force -batch b4; echo $?
  Error: any valid prefix is expected rather than "10.0.0.6/33".
  1
  $ printf '# comment\n\n  addr   add 10.0.0.8/24   dev a0  \naddr add "10.0.0.9/24" dev a0\naddr add 10.0.0.10/24 dev a0 \\\n label a0:x\n' > b5
  $ ip -batch b5; echo $?
  0
  $ printf 'addr add 10.0.0.11/24 dev a0 scope foo\naddr add 10.0.0.12/24 dev a0\n' > b6
  $ ip -force -batch b6; echo $?
  Error: argument "foo" is wrong: invalid scope value.
  255
  $ printf 'route add 10.9.0.0/16 via 10.0.0.200\nroute get 10.9.1.1\nroute del 10.9.0.0/16\nroute del 10.9.0.0/16\nroute show\n' > b7
  $ ip link set a0 up; ip -force -batch b7; echo $?
  10.9.1.1 via 10.0.0.200 dev a0 src 10.0.0.1 uid 0 
      cache 
  RTNETLINK answers: No such process
  Command failed b7:4
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  1
  $ ip -batch nosuchfile; echo $?
  Cannot open file "nosuchfile" for reading: No such file or directory
  1
  $ ip -batch; echo $?
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
  255
  $ printf 'netns add x\nnetns add x\n' | ip -force -batch -; echo $?
  Cannot create namespace file "/run/netns/x": File exists
  Command failed -:2
  1
  $ printf 'help\n' | ip -batch - 2>&1 | head -2; echo $?
  Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
         ip [ -force ] -batch filename
  0
  $ printf 'link show lo:x\naddr show dev lo\n' | ip -force -batch - | head -3; echo $?
  RTNETLINK answers: No such device
  Cannot send link get request: No such device
  0
  $ printf 'addr flush\naddr show dev nosuch\nlink set nosuch up\n' | ip -force -batch -; echo $?
  Flush requires arguments.
  Command failed -:1
  Device "nosuch" does not exist.
  Command failed -:2
  Cannot find device "nosuch"
  Command failed -:3
  1
  $ printf 'route foo\naddr add 10.0.0.13/24 dev a0\n' | ip -force -batch -; echo $?
  Command "foo" is unknown, try "ip route help".
  255
  $ printf 'neigh foo\naddr add 10.0.0.14/24 dev a0\n' | ip -force -batch -; echo $?
  Command "foo" is unknown, try "ip neigh help".
  255
  $ printf 'netns foo\naddr add 10.0.0.15/24 dev a0\n' | ip -force -batch -; echo $?
  Command "foo" is unknown, try "ip netns help".
  255
  $ printf 'addr foo\naddr add 10.0.0.16/24 dev a0\n' | ip -force -batch -; echo $?
  Command "foo" is unknown, try "ip address help".
  255
  $ printf 'link help\naddr add 10.0.0.17/24 dev a0\n' | ip -force -batch - 2>/dev/null; echo $?
  255
  $ printf 'foo\naddr add 10.0.0.18/24 dev a0\n' | ip -force -batch -; echo $?
  Object "foo" is unknown, try "ip help".
  Command failed -:1
  1
  $ ip -o -4 addr
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.2/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.4/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.8/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.9/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.10/24 scope global secondary a0:x\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.18/24 scope global secondary a0\       valid_lft forever preferred_lft forever
