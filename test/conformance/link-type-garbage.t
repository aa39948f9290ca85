Words after a link type that no link_util parses (iplink_modify()): "Garbage instead of arguments" and exit 1, "help" the usage and exit 255; veth without "peer" prints its usage on stdout and exits 1; in add, set and a -batch, where the -1 return is a failed line that -force goes past.
  $ ip netns add h; ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n h link add e0 type veth peer name e1
  $ ip -n h link add x0 type nosuchkind foo bar; echo $?
  Garbage instead of arguments "foo ...". Try "ip link help".
  1
  $ ip -n h link add x0 type nosuchkind help 2>&1 | head -2; echo $?
  Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME
  		    [ txqueuelen PACKETS ]
  0
  $ ip -n h link add x0 type nosuchkind help > /dev/null 2>&1; echo $?
  255
  $ ip -n h link add v0 type veth foo; echo $?
  Usage: ip link <options> type veth [peer <options>]
  To get <options> type 'ip link add help'
  1
  $ ip -n h link add v0 type veth foo 2>/dev/null; echo $?
  Usage: ip link <options> type veth [peer <options>]
  To get <options> type 'ip link add help'
  1
  $ ip -n h link add v0 type veth peer; echo $?
  0
  $ ip -n h link set e0 type veth foo; echo $?
  Usage: ip link <options> type veth [peer <options>]
  To get <options> type 'ip link add help'
  1
  $ ip -n h link set e0 type nosuchkind foo; echo $?
  Garbage instead of arguments "foo ...". Try "ip link help".
  1
  $ ip -n h link set e0 type type bridge; echo $?
  Garbage instead of arguments "bridge ...". Try "ip link help".
  1
  $ printf 'link add x1 type nosuchkind foo\nlink add x2 type dummy\nlink set e0 up\n' | ip -n h -force -batch -; echo $?
  Garbage instead of arguments "foo ...". Try "ip link help".
  Command failed -:1
  Error: Unknown device type.
  Command failed -:2
  1
  $ printf 'link add x1 type nosuchkind foo\nlink set e0 up\n' | ip -n h -batch -; echo $?
  Garbage instead of arguments "foo ...". Try "ip link help".
  Command failed -:1
  1
  $ ip -n h -br link show | sort | cut -c1-30
  e0@e1            LOWERLAYERDOW
  e1@e0            DOWN         
  lo               DOWN         
  v0@veth0         DOWN         
  veth0@v0         DOWN         
