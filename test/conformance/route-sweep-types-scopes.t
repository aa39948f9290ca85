ip route add: every route type crossed with every scope and protocol value, exit codes and resulting table.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 10.9.0.1/24 dev v0
  $ i=0; for t in unicast local broadcast multicast anycast throw unreachable prohibit blackhole nat xresolve bogus; do for s in global host link site nowhere 7 255 256 bad; do i=$((i+1)); echo "$t $s"; ip route add $t 172.16.$i.0/24 dev v0 scope $s table 50 2>&1; echo $?; done; done
  unicast global
  0
  unicast host
  0
  unicast link
  0
  unicast site
  0
  unicast nowhere
  Error: Invalid scope.
  2
  unicast 7
  0
  unicast 255
  Error: Invalid scope.
  2
  unicast 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  unicast bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  local global
  Error: Invalid scope.
  2
  local host
  0
  local link
  Error: Invalid scope.
  2
  local site
  Error: Invalid scope.
  2
  local nowhere
  Error: Invalid scope.
  2
  local 7
  Error: Invalid scope.
  2
  local 255
  Error: Invalid scope.
  2
  local 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  local bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  broadcast global
  Error: Invalid scope.
  2
  broadcast host
  0
  broadcast link
  0
  broadcast site
  Error: Invalid scope.
  2
  broadcast nowhere
  Error: Invalid scope.
  2
  broadcast 7
  Error: Invalid scope.
  2
  broadcast 255
  Error: Invalid scope.
  2
  broadcast 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  broadcast bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  multicast global
  0
  multicast host
  0
  multicast link
  0
  multicast site
  0
  multicast nowhere
  Error: Invalid scope.
  2
  multicast 7
  0
  multicast 255
  Error: Invalid scope.
  2
  multicast 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  multicast bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  anycast global
  Error: Invalid scope.
  2
  anycast host
  0
  anycast link
  0
  anycast site
  Error: Invalid scope.
  2
  anycast nowhere
  Error: Invalid scope.
  2
  anycast 7
  Error: Invalid scope.
  2
  anycast 255
  Error: Invalid scope.
  2
  anycast 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  anycast bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  throw global
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  throw host
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  throw link
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  throw site
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  throw nowhere
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  throw 7
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  throw 255
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  throw 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  throw bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  unreachable global
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  unreachable host
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  unreachable link
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  unreachable site
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  unreachable nowhere
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  unreachable 7
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  unreachable 255
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  unreachable 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  unreachable bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  prohibit global
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  prohibit host
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  prohibit link
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  prohibit site
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  prohibit nowhere
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  prohibit 7
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  prohibit 255
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  prohibit 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  prohibit bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  blackhole global
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  blackhole host
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  blackhole link
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  blackhole site
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  blackhole nowhere
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  blackhole 7
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  blackhole 255
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  blackhole 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  blackhole bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  nat global
  Error: Invalid scope.
  2
  nat host
  Error: Invalid scope.
  2
  nat link
  Error: Invalid scope.
  2
  nat site
  Error: Invalid scope.
  2
  nat nowhere
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  nat 7
  Error: Invalid scope.
  2
  nat 255
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  nat 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  nat bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  xresolve global
  Error: Invalid scope.
  2
  xresolve host
  Error: Invalid scope.
  2
  xresolve link
  Error: Invalid scope.
  2
  xresolve site
  Error: Invalid scope.
  2
  xresolve nowhere
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  xresolve 7
  Error: Invalid scope.
  2
  xresolve 255
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  xresolve 256
  Error: argument "256" is wrong: invalid "scope" value
  
  255
  xresolve bad
  Error: argument "bad" is wrong: invalid "scope" value
  
  255
  bogus global
  Error: any valid prefix is expected rather than "bogus".
  1
  bogus host
  Error: any valid prefix is expected rather than "bogus".
  1
  bogus link
  Error: any valid prefix is expected rather than "bogus".
  1
  bogus site
  Error: any valid prefix is expected rather than "bogus".
  1
  bogus nowhere
  Error: any valid prefix is expected rather than "bogus".
  1
  bogus 7
  Error: any valid prefix is expected rather than "bogus".
  1
  bogus 255
  Error: any valid prefix is expected rather than "bogus".
  1
  bogus 256
  Error: any valid prefix is expected rather than "bogus".
  1
  bogus bad
  Error: any valid prefix is expected rather than "bogus".
  1
  $ ip route show table 50
  172.16.1.0/24 dev v0 
  172.16.2.0/24 dev v0 scope host 
  172.16.3.0/24 dev v0 scope link 
  172.16.4.0/24 dev v0 scope site 
  172.16.6.0/24 dev v0 scope 7 
  local 172.16.11.0/24 dev v0 scope host 
  broadcast 172.16.20.0/24 dev v0 scope host 
  broadcast 172.16.21.0/24 dev v0 scope link 
  multicast 172.16.28.0/24 dev v0 
  multicast 172.16.29.0/24 dev v0 scope host 
  multicast 172.16.30.0/24 dev v0 scope link 
  multicast 172.16.31.0/24 dev v0 scope site 
  multicast 172.16.33.0/24 dev v0 scope 7 
  anycast 172.16.38.0/24 dev v0 scope host 
  anycast 172.16.39.0/24 dev v0 scope link 
  $ ip route show table 50 scope host
  172.16.2.0/24 dev v0 
  local 172.16.11.0/24 dev v0 
  broadcast 172.16.20.0/24 dev v0 
  multicast 172.16.29.0/24 dev v0 
  anycast 172.16.38.0/24 dev v0 
  $ ip route show table 50 scope 7
  172.16.6.0/24 dev v0 
  multicast 172.16.33.0/24 dev v0 
  $ ip route show table 50 type throw
  $ for p in kernel boot static redirect ra dhcp zebra bird 0 255 256 -1 0x10 nonsense; do ip route add 10.77.0.0/16 dev v0 proto $p table 51 2>&1; echo "$p $?"; ip route show table 51; ip route flush table 51; done
  kernel 0
  10.77.0.0/16 dev v0 proto kernel scope link 
  boot 0
  10.77.0.0/16 dev v0 scope link 
  static 0
  10.77.0.0/16 dev v0 proto static scope link 
  redirect 0
  10.77.0.0/16 dev v0 proto redirect scope link 
  ra 0
  10.77.0.0/16 dev v0 proto ra scope link 
  dhcp 0
  10.77.0.0/16 dev v0 proto dhcp scope link 
  zebra 0
  10.77.0.0/16 dev v0 proto zebra scope link 
  bird 0
  10.77.0.0/16 dev v0 proto bird scope link 
  0 0
  10.77.0.0/16 dev v0 proto unspec scope link 
  255 0
  10.77.0.0/16 dev v0 proto 255 scope link 
  Error: argument "256" is wrong: "protocol" value is invalid
  
  256 255
  Error: argument "-1" is wrong: "protocol" value is invalid
  
  -1 255
  0x10 0
  10.77.0.0/16 dev v0 proto dhcp scope link 
  Error: argument "nonsense" is wrong: "protocol" value is invalid
  
  nonsense 255
