ip addr add with attributes of the wrong family (-4/-6, IPv6 words after an IPv4 address), anycast (parsed, ignored by IPv4), a broadcast or anycast without a local address, repeated keywords, scopes, metrics and lifetimes at their limits, the autojoin flag in the listing.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add anycast 10.0.0.9 dev a0; echo $?
  Error: ipv4: Local address is not supplied.
  2
  $ ip addr add brd 10.0.0.255 dev a0; echo $?
  Error: ipv4: Local address is not supplied.
  2
  $ ip addr add 10.0.0.1/24 anycast 10.0.0.9 anycast 10.0.0.8 dev a0; echo $?
  Error: duplicate "anycast": "10.0.0.8" is the second value.
  255
  $ ip addr add 10.0.0.1/24 anycast ::1 dev a0; echo $?
  Error: inet address is expected rather than "::1".
  1
  $ ip addr add 10.0.0.1/24 peer ::2 dev a0; echo $?
  Error: inet prefix is expected rather than "::2".
  1
  $ ip addr add 10.0.0.1/24 brd ::3 dev a0; echo $?
  Error: inet address is expected rather than "::3".
  1
  $ ip -4 addr add 10.0.0.1/24 brd ::3 dev a0; echo $?
  Error: inet address is expected rather than "::3".
  1
  $ ip -6 addr add 10.0.0.1/24 dev a0; echo $?
  Error: inet6 prefix is expected rather than "10.0.0.1/24".
  1
  $ ip -4 addr add ::1 dev a0; echo $?
  Error: inet prefix is expected rather than "::1".
  1
  $ ip addr add 10.0.0.1/24 anycast 10.0.0.9 dev a0; echo $?
  0
  $ ip addr add 10.0.0.2/24 anycast 10.0.0.9/24 dev a0; echo $?
  Error: inet address is expected rather than "10.0.0.9/24".
  1
  $ ip addr add 10.0.0.3/24 brd 10.0.0.3/24 dev a0; echo $?
  Error: inet address is expected rather than "10.0.0.3/24".
  1
  $ ip addr add 10.0.0.4/24 brd + brd - dev a0; echo $?
  Error: duplicate "broadcast": "-" is the second value.
  255
  $ ip addr add 10.0.0.5/24 label a0:1 label a0:2 dev a0; echo $?
  0
  $ ip addr add 10.0.0.6/24 dev a0 dev b0 label a0:6; echo $?
  0
  $ ip addr add 10.0.0.7/24 label a0:7 dev b0; echo $?
  0
  $ ip addr add 10.0.0.8/24 scope link scope host dev a0; echo $?
  Error: ipv4: Invalid scope value.
  2
  $ ip addr add 10.0.0.9/24 metric 5 metric 6 dev a0; echo $?
  0
  $ ip addr add 10.0.0.10/24 valid_lft 10 valid_lft 20 dev a0; echo $?
  Error: duplicate "valid_lft": "valid_lft" is the second value.
  255
  $ ip addr add 10.0.0.11/24 valid_lft 0 dev a0; echo $?
  valid_lft is zero
  1
  $ ip addr add 10.0.0.12/24 preferred_lft forever valid_lft 100 dev a0; echo $?
  preferred_lft is greater than valid_lft
  1
  $ ip addr add 10.0.0.13/24 valid_lft 4294967296 dev a0; echo $?
  Error: argument "4294967296" is wrong: valid_lft value
  255
  $ ip addr add 10.0.0.14/24 valid_lft 4294967295 dev a0; echo $?
  0
  $ ip addr add 10.0.0.15/24 autojoin dev a0; echo $?
  autojoin needs multicast address
  1
  $ ip addr add 224.1.1.1/32 autojoin dev a0; echo $?
  0
  $ ip addr add 10.0.0.16/24 dev a0 scope 0; echo $?
  0
  $ ip addr add 10.0.0.17/24 dev a0 scope 255; echo $?
  Error: ipv4: Invalid scope value.
  2
  $ ip addr add 10.0.0.18/24 dev a0 scope 256; echo $?
  Error: argument "256" is wrong: invalid scope value.
  255
  $ ip addr add 10.0.0.19/24 dev a0 scope 0x10; echo $?
  Error: ipv4: Invalid scope value.
  2
  $ ip addr add 10.0.0.20/24 dev a0 metric 0x10; echo $?
  0
  $ ip addr add 10.0.0.21/24 dev a0 metric 010; echo $?
  0
  $ ip -o addr show dev a0
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 224.1.1.1/32 scope global autojoin a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.5/24 scope global secondary a0:2\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.9/24 metric 6 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.14/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.16/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.20/24 metric 16 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.21/24 metric 8 scope global secondary a0\       valid_lft forever preferred_lft forever
  $ ip addr show dev a0 label 'a0:*'; echo $?
      inet 10.0.0.5/24 scope global secondary a0:2
         valid_lft forever preferred_lft forever
  0
  $ ip addr del 10.0.0.1/24 dev a0 label nosuch; echo $?
  Error: ipv4: Address not found.
  2
  $ ip addr del 10.0.0.1/24 dev a0 scope host; echo $?
  0
  $ ip addr del 10.0.0.1/25 dev a0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip addr del 10.0.0.1/24 peer 10.0.0.2 dev a0; echo $?
  Error: ipv4: Address not found.
  2
  $ ip -o addr show dev a0
  3: a0    inet 224.1.1.1/32 scope global autojoin a0\       valid_lft forever preferred_lft forever
