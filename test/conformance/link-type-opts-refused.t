Words after "type KIND" of ip link add/set that no parse_opt takes: veth wants "peer" first and prints its usage (on stdout), an unknown kind says "Garbage instead of arguments"; iplink_modify() returns -1, exit status 1.

  $ ip link add name v1 type veth table name v2; echo $?
  Usage: ip link <options> type veth [peer <options>]
  To get <options> type 'ip link add help'
  1
  $ ip link add name v1 type veth name v2 2>/dev/null; echo $?
  Usage: ip link <options> type veth [peer <options>]
  To get <options> type 'ip link add help'
  1
  $ ip link add name v1 type 0x peer name v2; echo $?
  Garbage instead of arguments "peer ...". Try "ip link help".
  1
  $ ip link add name v1 type type veth peer name v2; echo $?
  Garbage instead of arguments "veth ...". Try "ip link help".
  1
  $ ip link add name v1 type nosuchkind foo; echo $?
  Garbage instead of arguments "foo ...". Try "ip link help".
  1
  $ ip link add d0 type veth peer name e0
  $ ip link set d0 type veth foo; echo $?
  Usage: ip link <options> type veth [peer <options>]
  To get <options> type 'ip link add help'
  1
  $ ip link set d0 type nosuchkind foo bar; echo $?
  Garbage instead of arguments "foo ...". Try "ip link help".
  1
  $ ip link show | grep -c v1
  0
  [1]
