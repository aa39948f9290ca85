arp -f FILE adds the entries of an /etc/ethers-style file (address, hardware address, optional flags per line; # comments and blank lines skipped) as arp -s does; a bad line is reported with its number and the rest still goes in; a missing file fails.
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link set v0 up
  $ ip addr add 10.1.0.1/24 dev v0
  $ printf '# static entries\n10.1.0.5 02:00:00:00:00:05\n\n10.1.0.6  02:00:00:00:00:06 temp\n' > ethers
  $ arp -f ethers; echo $?
  0
  $ arp -n | sort
  10.1.0.5                 ether   02:00:00:00:00:05   CM                    v0
  10.1.0.6                 ether   02:00:00:00:00:06   C                     v0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ printf '10.1.0.7 02:00:00:00:00:07\n10.1.0.8\n10.1.0.9 zz:00:00:00:00:09\n10.1.0.10 02:00:00:00:00:0a\n' > bad
  $ arp -f bad; echo $?
  arp: format error on line 2 of etherfile bad !
  arp: invalid hardware address
  arp: cannot set entry on line 3 of etherfile bad !
  0
  $ arp -n | sort
  10.1.0.10                ether   02:00:00:00:00:0a   CM                    v0
  10.1.0.5                 ether   02:00:00:00:00:05   CM                    v0
  10.1.0.6                 ether   02:00:00:00:00:06   C                     v0
  10.1.0.7                 ether   02:00:00:00:00:07   CM                    v0
  Address                  HWtype  HWaddress           Flags Mask            Iface
  $ arp -f missing; echo $?
  arp: cannot open etherfile missing !
  255
