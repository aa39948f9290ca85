ip addr show and flush with every selector (scope, label, to, proto, flags, up, type, master) in a loop over a mixed address set; then delete with mismatching selectors.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link add br0 type bridge; ip link set y0 master br0
  $ ip link set x0 up; ip link set br0 up
  $ ip addr add 10.0.0.1/24 dev x0; ip addr add 10.0.0.2/24 dev x0; ip addr add 10.0.1.1/24 dev x0 label x0:a scope link
  $ ip addr add 10.0.2.1/32 peer 10.0.3.1/32 dev x0 proto 9; ip addr add 10.0.4.1/24 dev x0 valid_lft 100 preferred_lft 0
  Error: either "local" is duplicate, or "proto" is a garbage.
  $ ip addr add 10.0.5.1/24 dev x0 scope host noprefixroute; ip addr add 10.0.6.1/24 dev br0
  $ for s in "" "scope link" "scope host" "scope global" "scope 0" "scope bad" "label x0:a" "label x0*" "label nope" "to 10.0.0.0/24" "to 10.0.0.2" "to 10.0.0.0/16" "to 10.0.3.1" "to bad" "proto 9" "proto kernel" "proto bad" "primary" "secondary" "permanent" "dynamic" "deprecated" "tentative" "-tentative" "dadfailed" "home" "nodad" "noprefixroute" "-noprefixroute" "up" "type veth" "type bridge" "type bogus" "master br0" "master x0" "master nodev" "nomaster" "vrf br0"; do echo "== $s"; ip -4 -o addr show $s 2>&1 | sed -E 's/valid_lft [0-9]+sec/valid_lft Xsec/; s/\\ +/ /g'; echo "rc ${PIPESTATUS[0]}"; done
  == 
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == scope link
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  rc 0
  == scope host
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  rc 0
  == scope global
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == scope 0
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == scope bad
  Error: argument "bad" is wrong: invalid "scope"
  
  rc 255
  == label x0:a
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  rc 0
  == label x0*
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  rc 0
  == label nope
  rc 0
  == to 10.0.0.0/24
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  rc 0
  == to 10.0.0.2
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  rc 0
  == to 10.0.0.0/16
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == to 10.0.3.1
  rc 0
  == to bad
  Error: inet prefix is expected rather than "bad".
  rc 1
  == proto 9
  Error: either "dev" is duplicate, or "9" is a garbage.
  rc 255
  == proto kernel
  Error: either "dev" is duplicate, or "kernel" is a garbage.
  rc 255
  == proto bad
  Error: either "dev" is duplicate, or "bad" is a garbage.
  rc 255
  == primary
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == secondary
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  rc 0
  == permanent
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == dynamic
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  rc 0
  == deprecated
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  rc 0
  == tentative
  rc 0
  == -tentative
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == dadfailed
  rc 0
  == home
  rc 0
  == nodad
  rc 0
  == noprefixroute
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  rc 0
  == -noprefixroute
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == up
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == type veth
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == type bridge
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == type bogus
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == master br0
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == master x0
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == master nodev
  Error: argument "nodev" is wrong: Device does not exist
  
  rc 255
  == nomaster
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.0.1/24 scope global x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  3: x0    inet 10.0.0.2/24 scope global secondary x0 valid_lft forever preferred_lft forever
  4: br0    inet 10.0.6.1/24 scope global br0 valid_lft forever preferred_lft forever
  rc 0
  == vrf br0
  Error: argument "br0" is wrong: Not a valid VRF name
  
  rc 255
  $ for s in "10.0.0.1/24 dev x0 scope link" "10.0.0.1/24 dev x0 label x0:a" "10.0.0.1/16 dev x0" "10.0.0.1 dev x0" "10.0.2.1/32 dev x0" "10.0.2.1/32 peer 10.0.3.9 dev x0" "10.0.6.1/24 dev x0" "10.0.6.1/24" "dev x0" "10.0.9.9/24 dev x0"; do echo "== $s"; ip addr del $s; echo "rc $?"; done 2>&1
  == 10.0.0.1/24 dev x0 scope link
  rc 0
  == 10.0.0.1/24 dev x0 label x0:a
  Error: ipv4: Address not found.
  rc 2
  == 10.0.0.1/16 dev x0
  Error: ipv4: Address not found.
  rc 2
  == 10.0.0.1 dev x0
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (10.0.0.1/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  Error: ipv4: Address not found.
  rc 2
  == 10.0.2.1/32 dev x0
  Error: ipv4: Address not found.
  rc 2
  == 10.0.2.1/32 peer 10.0.3.9 dev x0
  Error: ipv4: Address not found.
  rc 2
  == 10.0.6.1/24 dev x0
  Error: ipv4: Address not found.
  rc 2
  == 10.0.6.1/24
  Not enough information: "dev" argument is required.
  rc 1
  == dev x0
  RTNETLINK answers: Operation not supported
  rc 2
  == 10.0.9.9/24 dev x0
  Error: ipv4: Address not found.
  rc 2
  $ ip -4 -o addr show dev x0 | sed -E 's/valid_lft [0-9]+sec/valid_lft Xsec/; s/\\ +/ /g'
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0 valid_lft forever preferred_lft forever
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  $ for s in "scope host" "label x0:a" "to 10.0.4.0/24" "proto 9" "dynamic" "secondary" "bad"; do echo "== $s"; ip -s -s addr flush dev x0 $s; echo "rc $?"; ip -4 -o addr show dev x0 | sed -E 's/valid_lft [0-9]+sec/valid_lft Xsec/; s/\\ +/ /g'; done 2>&1
  == scope host
  3: x0    inet 10.0.5.1/24 scope host noprefixroute x0
         valid_lft forever preferred_lft forever
  
  *** Round 1, deleting 1 addresses ***
  *** Flush is complete after 1 round ***
  rc 0
  3: x0    inet 10.0.1.1/24 scope link x0:a valid_lft forever preferred_lft forever
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  == label x0:a
  3: x0    inet 10.0.1.1/24 scope link x0:a
         valid_lft forever preferred_lft forever
  
  *** Round 1, deleting 1 addresses ***
  *** Flush is complete after 1 round ***
  rc 0
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0 valid_lft Xsec preferred_lft 0sec
  == to 10.0.4.0/24
  3: x0    inet 10.0.4.1/24 scope global deprecated dynamic x0
         valid_lft 100sec preferred_lft 0sec
  
  *** Round 1, deleting 1 addresses ***
  *** Flush is complete after 1 round ***
  rc 0
  == proto 9
  Error: either "dev" is duplicate, or "proto" is a garbage.
  rc 255
  == dynamic
  Nothing to flush.
  rc 0
  == secondary
  Nothing to flush.
  rc 0
  == bad
  Error: either "dev" is duplicate, or "bad" is a garbage.
  rc 255
