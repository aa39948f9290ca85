ip neigh add/change/replace/del mistakes: missing or unknown device, bad or overlong lladdr, unknown nud, an address of another family, change or del of what is not there, an entry on loopback and on a NOARP device, and what each leaves in the table.
  $ ip netns add a
  $ ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n a link add a0 address 02:00:00:00:0a:00 type veth peer name b0 address 02:00:00:00:0b:00
  $ ip -n a link set a0 up
  $ ip -n a link set b0 up
  $ ip -n a link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02
  Device and destination are required arguments.
  [255]
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:zz dev a0
  "zz" is invalid lladdr.
  [1]
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02:03:04:05:06:07:08:09:0a:0b:0c:0d:0e:0f:10:11:12:13:14:15:16:17:18:19:1a:1b:1c:1d dev a0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00 dev a0
  Error: Invalid link address.
  [2]
  $ ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0 nud bogus
  Error: argument "bogus" is wrong: nud state is bad
  [255]
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0 nud none
  RTNETLINK answers: File exists
  [2]
  $ ip -n a neigh show nud all
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0 nud incomplete
  RTNETLINK answers: File exists
  [2]
  $ ip -n a neigh show nud all
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  RTNETLINK answers: File exists
  [2]
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:03 dev a0
  RTNETLINK answers: File exists
  [2]
  $ ip -n a neigh change 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a neigh del 10.0.0.3 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n a neigh del 10.0.0.2
  Device and destination are required arguments.
  [255]
  $ ip -n a neigh add 10.0.0.4 dev a0
  Error: No link layer address given.
  [2]
  $ ip -n a neigh add 10.0.0.4 dev a0 nud failed
  RTNETLINK answers: File exists
  [2]
  $ ip -n a neigh add fe80::1 lladdr 02:00:00:00:00:09 dev a0
  Error: IPv6 is disabled on this device.
  [2]
  $ ip -n a neigh add 127.0.0.5 lladdr 02:00:00:00:00:05 dev lo
  $ ip -n a neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev lo
  $ ip -n a link set b0 arp off
  $ ip -n a neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev b0
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 02:00:00:00:00:06 PERMANENT 
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.4 dev a0 
  10.0.0.7 dev b0 lladdr 02:00:00:00:00:07 PERMANENT 
  $ ip -n a neigh replace 10.0.0.8 dev a0 lladdr 02:00:00:00:00:08 nud stale router
  $ ip -n a neigh show 10.0.0.8
  10.0.0.8 dev a0 lladdr 02:00:00:00:00:08 router STALE 
  $ ip -n a neigh del 10.0.0.8 dev a0 lladdr 02:00:00:00:00:08
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 02:00:00:00:00:06 PERMANENT 
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.4 dev a0 
  10.0.0.7 dev b0 lladdr 02:00:00:00:00:07 PERMANENT 
