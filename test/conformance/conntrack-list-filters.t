conntrack listings of tracked TCP/UDP/ICMP flows, filters, -o extended, counts, deletes, flushes and errors.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
  $ ip netns exec b sh -c 'nc -l 10.0.0.2 5000 >/dev/null &'
  $ ip netns exec b sh -c 'nc -u -l 10.0.0.2 5001 >/dev/null &'
  $ sleep 0.2
  $ ip netns exec a sh -c 'echo hi | nc -N -p 40000 10.0.0.2 5000'
  $ ip netns exec a sh -c 'echo hi | nc -u -w 1 -p 40001 10.0.0.2 5001'
  $ ip netns exec a ping -c 1 10.0.0.2 > /dev/null
  $ ip netns exec b conntrack -L 2>&1 | sed -E 's/^(\w+ +[0-9]+ )[0-9]+ /\1T /; s/id=[0-9]+/id=N/g' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=N src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=N mark=0 use=1
  tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=5000 src=10.0.0.2 dst=10.0.0.1 sport=5000 dport=40000 [ASSURED] mark=0 use=1
  udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=40001 dport=5001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=5001 dport=40001 mark=0 use=1
  $ ip netns exec b conntrack -L -p tcp 2>&1 | sed -E 's/^(\w+ +[0-9]+ )[0-9]+ /\1T /; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=5000 src=10.0.0.2 dst=10.0.0.1 sport=5000 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec b conntrack -L -p udp --dport 5001 2>&1 | sed -E 's/^(\w+ +[0-9]+ )[0-9]+ /\1T /; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=40001 dport=5001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=5001 dport=40001 mark=0 use=1
  $ ip netns exec b conntrack -L -p udp --dport 5002 2>&1 | sed -E 's/^(\w+ +[0-9]+ )[0-9]+ /\1T /; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack X
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
  $ ip netns exec b conntrack -L -s 10.0.0.9
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack -L -s 10.0.0.1 -p tcp --sport 40000 2>&1 | sed -E 's/^(\w+ +[0-9]+ )[0-9]+ /\1T /; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=5000 src=10.0.0.2 dst=10.0.0.1 sport=5000 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec b conntrack -L -r 10.0.0.2 -p udp 2>&1 | sed -E 's/^(\w+ +[0-9]+ )[0-9]+ /\1T /; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=40001 dport=5001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=5001 dport=40001 mark=0 use=1
  $ ip netns exec b conntrack -L -d 10.0.0.2 -p tcp --state TIME_WAIT 2>&1 | sed -E 's/^(\w+ +[0-9]+ )[0-9]+ /\1T /; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=5000 src=10.0.0.2 dst=10.0.0.1 sport=5000 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec b conntrack -L -p tcp --state ESTABLISHED
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack -L -o extended -p udp 2>&1 | sed -E 's/ [0-9]+ src=/ T src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  ipv4     2 udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=40001 dport=5001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=5001 dport=40001 mark=0 use=1
  $ ip netns exec b conntrack -L -f ipv6
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack -L -f ipv4 -p icmp 2>&1 | sed -E 's/^(\w+ +[0-9]+ )[0-9]+ /\1T /; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=N src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=N mark=0 use=1
  $ ip netns exec b conntrack -C
  3
  $ ip netns exec b conntrack -D -p udp 2>&1 | sed -E 's/^(\w+ +[0-9]+ )[0-9]+ /\1T /; s/id=[0-9]+/id=N/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=40001 dport=5001 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=5001 dport=40001 mark=0 use=1
  $ ip netns exec b conntrack -D -p udp
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  [1]
  $ ip netns exec b conntrack -L -p udp
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack -C
  2
  $ ip netns exec b conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec b conntrack -L
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack -C
  0
  $ ip netns exec b conntrack -L -p bogus
  conntrack v1.4.7 (conntrack-tools): `bogus' unsupported protocol
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack -L --bogus
  conntrack v1.4.7 (conntrack-tools): unknown option `--bogus'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack -L --dport 5000
  conntrack v1.4.7 (conntrack-tools): unknown option `--dport'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack -X
  conntrack v1.4.7 (conntrack-tools): unknown option `-X'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack -D -s abc
  conntrack v1.4.7 (conntrack-tools): Invalid IP address `abc'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack -L -d 1.2.3
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack -L -f inet
  conntrack v1.4.7 (conntrack-tools): `inet' unsupported protocol
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack -L -f ipv6 -s 1.2.3.4
  conntrack v1.4.7 (conntrack-tools): mismatched address family
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack -D -f ipv6
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  [1]
