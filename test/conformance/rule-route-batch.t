ip -batch with rule and route commands: the first failure stops a batch (Command failed FILE:LINE, exit 1) unless -force, which goes on and still exits 1; a bad argument's exit status; comments, blank lines, extra spaces, a backslash continuation and quoted words; -b is -batch (tested before -brief); -n inside a batch line; a batch run in a namespace with -n.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ printf 'rule add pref 10 table 10\nrule add pref 10 table 10\nrule add pref 11 fwmark 0xzz table 11\nroute add 20.0.0.0/8 via 10.0.0.2 table 10\nrule show\n' > b1
  $ ip -batch b1
  RTNETLINK answers: File exists
  Command failed b1:2
  [1]
  $ ip -force -batch b1
  RTNETLINK answers: File exists
  Command failed b1:1
  RTNETLINK answers: File exists
  Command failed b1:2
  Error: argument "0xzz" is wrong: fwmark value is invalid
  [255]
  $ ip rule show
  0:	from all lookup local
  10:	from all lookup 10
  32766:	from all lookup main
  32767:	from all lookup default
  $ printf 'rule del pref 10\nrule del pref 10\nrule del pref 10\nroute get 20.1.1.1\n' | ip -batch -
  RTNETLINK answers: No such file or directory
  Command failed -:2
  [1]
  $ printf 'rule del pref 10\nroute get 20.1.1.1\n' | ip -force -batch -
  RTNETLINK answers: No such file or directory
  Command failed -:1
  RTNETLINK answers: Network is unreachable
  Command failed -:2
  [1]
  $ printf '# comment\n\n  rule   show   pref 0  \nrule list table local\n' | ip -b -
  0:	from all lookup local
  0:	from all lookup local
  $ printf 'rule add from 1.1.1.1 table 5 \\\n  pref 99\nrule show pref 99\n' | ip -batch -
  99:	from 1.1.1.1 lookup 5
  $ printf 'rule add pref 98 table "6"\nrule show pref 98\n' | ip -batch -
  98:	from all lookup 6
  $ printf 'route add 21.0.0.0/8 via 10.0.0.2\nroute add 21.0.0.0/8 via 10.0.0.2\nroute show 21.0.0.0/8\n' | ip -force -batch -
  RTNETLINK answers: File exists
  Command failed -:2
  21.0.0.0/8 via 10.0.0.2 dev a0 
  [1]
  $ printf 'rule add pref 97 lookup 7\n-n x rule show\n' | ip -batch -
  Object "-n" is unknown, try "ip help".
  Command failed -:2
  [1]
  $ printf 'netns add x\n' | ip -batch - ; ip netns list
  x
  $ printf 'rule show pref 97\nrule add pref 96 lookup 8\n' | ip -n x -batch -
  $ ip -n x rule show
  0:	from all lookup local
  96:	from all lookup 8
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip netns del x
