conntrack tool (conntrack-tools 1.4.7) on ICMP, UDP and TCP flows: -L with filters, -C, -G, -D, -F, -S, errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec b conntrack -L
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec a ping -c 2 -i 0.2 10.0.0.2 > /dev/null
  $ ip netns exec b conntrack -L 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=ID src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec b sh -c 'nc -l -p 80 > tcp.out 2>&1 &'; sleep 0.2
  $ ip netns exec a sh -c 'echo hello | nc -N -w 2 -p 40000 10.0.0.2 80'
  $ ip netns exec b sh -c 'nc -u -l -p 53 > udp.out 2>&1 &'; sleep 0.2
  $ ip netns exec a sh -c 'echo q | nc -u -w 1 -p 40001 10.0.0.2 53'
  $ ip netns exec b conntrack -L -p tcp 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec b conntrack -L -p udp 2>&1 | sed -E 's/ 17 [0-9]+ / 17 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=40001 dport=53 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=53 dport=40001 mark=0 use=1
  $ ip netns exec b conntrack -L -p icmp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g'
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=ID src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec b conntrack -L -s 10.0.0.1 -p tcp --dport 80 2>/dev/null | sed -E 's/ 6 [0-9]+ / 6 T /'
  tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec b conntrack -L -d 10.0.0.9 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack -C
  3
  $ ip netns exec b conntrack -G -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 40000 --dport 80 2>&1 | sed -E 's/ 6 [0-9]+ / 6 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=2
  $ ip netns exec b conntrack -G -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 40009 --dport 80
  conntrack v1.4.7 (conntrack-tools): Operation failed: such conntrack doesn't exist
  [1]
  $ ip netns exec b conntrack -D -p udp 2>&1 | sed -E 's/ 17 [0-9]+ / 17 T /'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=40001 dport=53 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=53 dport=40001 mark=0 use=1
  $ ip netns exec b conntrack -L -p udp
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec b conntrack -D -p udp
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  [1]
  $ ip netns exec b conntrack -S | head -1 | sed -E 's/=[0-9]+/=N/g'
  cpu=N   	found=N invalid=N insert=N insert_failed=N drop=N early_drop=N error=N search_restart=N clash_resolve=N chaintoolong=N 
  $ ip netns exec b cat /proc/net/nf_conntrack | sort | sed -E 's/ +[0-9]+ (src|TIME)/ T \1/; s/id=[0-9]+/id=ID/g'
  ipv4     2 icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=ID src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=ID mark=0 zone=0 use=2
  ipv4     2 tcp      6 T TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED] mark=0 zone=0 use=2
  $ ip netns exec b conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec b conntrack -C
  0
  $ ip netns exec b conntrack -L --foo
  conntrack v1.4.7 (conntrack-tools): unknown option `--foo'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack -L -p nope
  conntrack v1.4.7 (conntrack-tools): `nope' unsupported protocol
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack -X
  conntrack v1.4.7 (conntrack-tools): unknown option `-X'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec b conntrack
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
