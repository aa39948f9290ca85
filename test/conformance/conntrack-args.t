conntrack: address and family errors, stray words and tables.
  $ conntrack -L -s abc
  conntrack v1.4.7 (conntrack-tools): Invalid IP address `abc'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -D -s abc
  conntrack v1.4.7 (conntrack-tools): Invalid IP address `abc'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -L -d 1.2.3
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -L -f inet
  conntrack v1.4.7 (conntrack-tools): `inet' unsupported protocol
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -L -f ipv6 -s 1.2.3.4
  conntrack v1.4.7 (conntrack-tools): mismatched address family
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -D -f ipv6
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  [1]
  $ conntrack -L -f ipv6 -p tcp
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -L -f ipv4 -p tcp
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack X
  Command line interface for the connection tracking system. Version 1.4.7
  Usage: conntrack [commands] [options]
  
  Commands:
    -L [table] [options]		List conntrack or expectation table
    -G [table] parameters		Get conntrack or expectation
    -D [table] parameters		Delete conntrack or expectation
    -I [table] parameters		Create a conntrack or expectation
    -U [table] parameters		Update a conntrack
    -E [table] [options]		Show events
    -F [table]			Flush table
    -C [table]			Show counter
    -S				Show statistics
  
  Tables: conntrack, expect, dying, unconfirmed
  
  Conntrack parameters and options:
    -n, --src-nat ip			source NAT ip
    -g, --dst-nat ip			destination NAT ip
    -j, --any-nat ip			source or destination NAT ip
    -m, --mark mark			Set mark
    -c, --secmark secmark			Set selinux secmark
    -e, --event-mask eventmask		Event mask, eg. NEW,DESTROY
    -z, --zero 				Zero counters while listing
    -o, --output type[,...]		Output format, eg. xml
    -l, --label label[,...]		conntrack labels
  
  Expectation parameters and options:
    --tuple-src ip	Source address in expect tuple
    --tuple-dst ip	Destination address in expect tuple
  
  Updating parameters and options:
    --label-add label	Add label
    --label-del label	Delete label
  
  Common parameters and options:
    -s, --src, --orig-src ip		Source address from original direction
    -d, --dst, --orig-dst ip		Destination address from original direction
    -r, --reply-src ip		Source addres from reply direction
    -q, --reply-dst ip		Destination address from reply direction
    -p, --protonum proto		Layer 4 Protocol, eg. 'tcp'
    -f, --family proto		Layer 3 Protocol, eg. 'ipv6'
    -t, --timeout timeout		Set timeout
    -u, --status status		Set status, eg. ASSURED
    -w, --zone value		Set conntrack zone
    --orig-zone value		Set zone for original direction
    --reply-zone value		Set zone for reply direction
    -b, --buffer-size		Netlink socket buffer size
    --mask-src ip			Source mask address
    --mask-dst ip			Destination mask address
  $ conntrack -L X
  conntrack v1.4.7 (conntrack-tools): unknown type `X'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ conntrack -L expect
  conntrack v1.4.7 (conntrack-tools): 0 expectations have been shown.
  $ conntrack X -L
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -C X
  conntrack v1.4.7 (conntrack-tools): unknown type `X'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
