IPv6 neighbour entries of a fresh interface: every multicast IPv6 packet sent (MLD reports to ff02::16, DAD solicitations to the solicited-node group, router solicitations to ff02::2) makes an nd_tbl entry in state NOARP with the group's 33:33 address (ndisc_constructor); ip neigh lists them with -6 and without a family, not with -4; they go with the device down and with flush nud all.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip neigh show nud all
  $ ip link set b0 up
  $ ip -4 neigh show nud all
  $ ip neigh show
  $ sleep 5
  $ ip -6 neigh show nud all | sort
  ff02::16 dev a0 lladdr 33:33:00:00:00:16 NOARP 
  ff02::16 dev b0 lladdr 33:33:00:00:00:16 NOARP 
  ff02::1:ff00:1 dev a0 lladdr 33:33:ff:00:00:01 NOARP 
  ff02::1:ff00:2 dev b0 lladdr 33:33:ff:00:00:02 NOARP 
  ff02::2 dev a0 lladdr 33:33:00:00:00:02 NOARP 
  ff02::2 dev b0 lladdr 33:33:00:00:00:02 NOARP 
  $ ip neigh show nud all dev b0 | sort
  ff02::16 lladdr 33:33:00:00:00:16 NOARP 
  ff02::1:ff00:2 lladdr 33:33:ff:00:00:02 NOARP 
  ff02::2 lladdr 33:33:00:00:00:02 NOARP 
  $ ip -s -6 neigh show nud noarp dev a0 | sort
  ff02::16 lladdr 33:33:00:00:00:16  used *probes 0 NOARP  (glob)
  ff02::1:ff00:1 lladdr 33:33:ff:00:00:01  used *probes 0 NOARP  (glob)
  ff02::2 lladdr 33:33:00:00:00:02  used *probes 0 NOARP  (glob)
  $ ip -6 neigh show ff02::2 nud all | sort
  ff02::2 dev a0 lladdr 33:33:00:00:00:02 NOARP 
  ff02::2 dev b0 lladdr 33:33:00:00:00:02 NOARP 
  $ ip neigh get ff02::16 dev a0
  ff02::16 dev a0 lladdr 33:33:00:00:00:16 NOARP 
  $ ip -j -6 neigh show nud noarp dev a0 | sed -E 's/[][]//g; s/},/}\n/g' | sort
  {"dst":"ff02::16","lladdr":"33:33:00:00:00:16","state":"NOARP"}
  {"dst":"ff02::1:ff00:1","lladdr":"33:33:ff:00:00:01","state":"NOARP"}
  {"dst":"ff02::2","lladdr":"33:33:00:00:00:02","state":"NOARP"}
  $ ip neigh flush dev a0
  $ ip -6 neigh show nud all dev a0 | sort
  ff02::16 lladdr 33:33:00:00:00:16 NOARP 
  ff02::1:ff00:1 lladdr 33:33:ff:00:00:01 NOARP 
  ff02::2 lladdr 33:33:00:00:00:02 NOARP 
  $ ip link set b0 down
  $ ip -6 neigh show nud all | sort
  $ ip neigh flush nud all dev a0
  $ ip -6 neigh show nud all | sort
  $ ip link set b0 up
  $ sleep 5
  $ ip -6 neigh show nud all dev b0 | sort
  ff02::16 lladdr 33:33:00:00:00:16 NOARP 
  ff02::1:ff00:2 lladdr 33:33:ff:00:00:02 NOARP 
  ff02::2 lladdr 33:33:00:00:00:02 NOARP 
  $ ip -6 neigh show nud all to ff02::16 | sort
  ff02::16 dev a0 lladdr 33:33:00:00:00:16 NOARP 
  ff02::16 dev b0 lladdr 33:33:00:00:00:16 NOARP 
  $ ip link set a0 down
  $ ip -6 neigh show nud all | sort
  $ sysctl -qw net.ipv6.conf.a0.disable_ipv6=1
  $ ip link set a0 up
  $ sleep 5
  $ ip -6 neigh show nud all | sort
  ff02::16 dev b0 lladdr 33:33:00:00:00:16 NOARP 
  ff02::2 dev b0 lladdr 33:33:00:00:00:02 NOARP 
  $ ip neigh del ff02::16 dev b0
  $ ip -6 neigh show nud all | sort
  ff02::2 dev b0 lladdr 33:33:00:00:00:02 NOARP 
