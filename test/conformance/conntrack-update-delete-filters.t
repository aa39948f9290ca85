conntrack -U, -D and -L filters after traffic through a router with a masquerade: -U without a family (no -f, no address) sends its update with AF_UNSPEC, refused (EOPNOTSUPP) for the update and the GET; -f or an address gives AF_INET; --mask-src/-s CIDR (the last given wins); -D's --status compares the bits given (UNREPLIED: none, all entries); --src-nat/--dst-nat/--any-nat only where the NAT of that side is done (a null binding counts, an ICMP id against the reply's type and code).
  $ ip netns add a; ip netns add r; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done; ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0; ip -n r addr add 192.168.1.1/24 dev r0; ip -n r addr add 203.0.113.1/24 dev r1; ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1; ip -n b route add default via 203.0.113.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate NEW
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 192.168.1.1 > /dev/null; echo $?
  0
  $ echo x | ip netns exec a nc -u -w 1 -p 4000 203.0.113.2 53; echo $?
  0
  $ L() { ip netns exec r conntrack "$@" 2>&1 | sed -E 's/id=[0-9]+/id=ID/g; s/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/' | sort; }
  $ L -L
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=53 dport=4000 mark=0 use=1
  $ L -L --any-nat; L -L --src-nat; L -L --dst-nat
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -U -m 3; echo rc=$?
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  rc=1
  $ ip netns exec r conntrack -U -p icmp -m 3; echo rc=$?
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  rc=1
  $ ip netns exec r conntrack -U -u ASSURED; echo rc=$?
  Operation failed: Operation not supported
  conntrack v1.4.7 (conntrack-tools): Operation failed: Operation not supported
  rc=1
  $ ip netns exec r conntrack -U -m 0; echo rc=$?
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  rc=1
  $ L -U -f ipv4 -p udp -m 3
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=53 dport=4000 mark=3 use=2
  $ L -U -d 192.168.1.1 -m 4
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID mark=4 use=2
  $ L -U -r 203.0.113.2 -p udp -m 5
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=53 dport=4000 mark=5 use=2
  $ L -U -f ipv6 -m 6
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been updated.
  $ L -U --mask-dst 255.255.255.0 -d 192.168.1.0 -m 7
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID mark=7 use=2
  $ L -U -d 192.168.1.0 --mask-dst 255.255.255.0 -u ASSURED
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been updated.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID [ASSURED] mark=7 use=2
  $ L -L -s 192.168.1.0/24 --mask-src 255.255.255.255
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ L -L --mask-src 255.255.255.255 -s 192.168.1.0/24
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID [ASSURED] mark=7 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=53 dport=4000 mark=5 use=1
  $ L -L --mask-dst 255.255.0.0 -d 203.0.0.0
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=53 dport=4000 mark=5 use=1
  $ L -L --status UNREPLIED; L -L -u SEEN_REPLY; L -L -u ASSURED
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=53 dport=4000 mark=5 use=1
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID [ASSURED] mark=7 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID [ASSURED] mark=7 use=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 1 -W 1 192.168.1.1 > /dev/null; echo $?
  0
  $ echo x | ip netns exec a nc -u -w 1 -p 4001 203.0.113.2 53; echo $?
  0
  $ L -L
  conntrack v1.4.7 (conntrack-tools): 6 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID [ASSURED] mark=7 use=1
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=53 dport=4000 mark=5 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4001 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=4001 mark=0 use=1
  $ L -L --any-nat; L -L --src-nat; L -L --dst-nat
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4001 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=4001 mark=0 use=1
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4001 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=4001 mark=0 use=1
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ L -L --src-nat 203.0.113.1; L -L --dst-nat 192.168.1.1
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4001 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=4001 mark=0 use=1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ L -D --status ASSURED
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID [ASSURED] mark=7 use=1
  $ L -D --status SEEN_REPLY -p udp
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  $ L -D --status UNREPLIED -p icmp
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been deleted.
  icmp     1 T src=192.168.1.2 dst=192.168.1.1 type=8 code=0 id=ID src=192.168.1.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  $ L -D -u UNSET
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been deleted.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4000 dport=53 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=53 dport=4000 mark=5 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4001 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=4001 mark=0 use=1
  $ L -L
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
