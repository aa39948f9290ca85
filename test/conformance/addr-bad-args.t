ip addr add/del/show/flush with bad or odd arguments: the iproute2 message and exit status of each (printed by echo $?), and the listing unchanged after each failure.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev a0 dev b0; echo $?
  0
  $ ip addr add 10.0.0.1/24 brd 10.0.0.300 dev a0; echo $?
  Error: inet address is expected rather than "10.0.0.300".
  1
  $ ip addr add 10.0.0.1/24 scope 300 dev a0; echo $?
  Error: argument "300" is wrong: invalid scope value.
  255
  $ ip addr add 10.0.0.1/24 scope foo dev a0; echo $?
  Error: argument "foo" is wrong: invalid scope value.
  255
  $ ip addr add 10.0.0.1/24 label b0x dev a0; echo $?
  0
  $ ip addr add 10.0.0.1/24 label a0:0123456789abcdef dev a0; echo $?
  Error: Attribute failed policy validation.
  2
  $ ip addr add 10.0.0.1/24 valid_lft 10 preferred_lft 20 dev a0; echo $?
  preferred_lft is greater than valid_lft
  1
  $ ip addr add 10.0.0.1/24 valid_lft abc dev a0; echo $?
  Error: argument "abc" is wrong: valid_lft value
  255
  $ ip addr add 10.0.0.1/24 metric -1 dev a0; echo $?
  Error: argument "-1" is wrong: "metric" value is invalid
  
  255
  $ ip addr add 10.0.0.1/24 metric 4294967296 dev a0; echo $?
  Error: argument "4294967296" is wrong: "metric" value is invalid
  
  255
  $ ip addr add 10.0.0.1/24 peer dev a0; echo $?
  Error: inet prefix is expected rather than "dev".
  1
  $ ip addr add 10.0.0.1/24 local 10.0.0.2 dev a0; echo $?
  Error: either "local" is duplicate, or "10.0.0.2" is a garbage.
  255
  $ ip addr add 10.0.0.1/24 anycast 10.0.0.9 dev a0; echo $?
  Error: ipv4: Address already assigned.
  2
  $ ip addr add 10.0.0.1/24 dev a0 bogus; echo $?
  Error: either "local" is duplicate, or "bogus" is a garbage.
  255
  $ ip addr del 10.0.0.9/24 dev a0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip addr del dev a0; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip addr del 10.0.0.1 dev a0; echo $?
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (10.0.0.1/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  0
  $ ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip addr add 10.0.0.5/24 dev a0 noprefixroute home; echo $?
  Warning: home option can be set only for IPv6 addresses
  0
  $ ip addr change 10.0.0.77/24 dev a0; echo $?
  0
  $ ip addr replace 10.0.0.5/25 dev a0; echo $?
  0
  $ ip -o -4 addr
  2: b0    inet 10.0.0.1/24 scope global b0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.5/24 scope global noprefixroute a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.5/25 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.77/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  $ ip addr flush; echo $?
  Flush requires arguments.
  1
  $ ip addr flush dev nosuch; echo $?
  Device "nosuch" does not exist.
  1
  $ ip addr show dev nosuch; echo $?
  Device "nosuch" does not exist.
  1
  $ ip addr show bogus; echo $?
  Device "bogus" does not exist.
  1
  $ ip addr show scope foo; echo $?
  Error: argument "foo" is wrong: invalid "scope"
  
  255
  $ ip addr show to 10.0.0.300; echo $?
  Error: any valid prefix is expected rather than "10.0.0.300".
  1
  $ ip addr foo; echo $?
  Command "foo" is unknown, try "ip address help".
  255
  $ ip -4 addr add ::1/128 dev a0; echo $?
  Error: inet prefix is expected rather than "::1/128".
  1
  $ ip addr add 10.0.0.1/24 dev lo:x; echo $?
  0
  $ ip -o -4 addr
  1: lo    inet 10.0.0.1/24 scope global lo\       valid_lft forever preferred_lft forever
  2: b0    inet 10.0.0.1/24 scope global b0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.5/24 scope global noprefixroute a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.5/25 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.77/24 scope global secondary a0\       valid_lft forever preferred_lft forever
