arptables rules against real ARP traffic: matches on source/destination IP with a mask, MACs with a mask, interfaces, opcode by name and number, hardware and protocol type; which rule's counters grow as arping and ping resolve, what a DROP on INPUT or OUTPUT does to the exchange, mangle of the sender MAC seen by the peer, and listings with -v -n -x.
  $ for n in x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name y0 netns y address 02:00:00:00:00:02
  $ ip -n x link set x0 up; ip -n y link set y0 up
  $ ip -n x addr add 10.0.0.1/24 dev x0
  $ ip -n y addr add 10.0.0.2/24 dev y0
  $ ip -n y addr add 10.0.0.3/24 dev y0
  $ ip netns exec y arptables -A INPUT -s 10.0.0.0/30 --opcode Request
  $ ip netns exec y arptables -A INPUT -d 10.0.0.3 --opcode 1 -j DROP
  $ ip netns exec y arptables -A INPUT --source-mac 02:00:00:00:00:00/ff:ff:ff:ff:ff:00 -i y0
  $ ip netns exec y arptables -A INPUT --h-type 1 --proto-type 0x800 --opcode Reply
  $ ip netns exec y arptables -A OUTPUT -o y0 --destination-mac 02:00:00:00:00:01 --opcode 2
  $ ip netns exec y arptables -A OUTPUT -s 10.0.0.2 -j mangle --mangle-mac-s 02:00:00:00:00:99
  $ ip netns exec y arptables -L -n
  Chain INPUT (policy ACCEPT)
  -s 10.0.0.0/30 --opcode 1
  -j DROP -d 10.0.0.3 --opcode 1
  -i y0
  --opcode 2 --proto-type 0x800
  
  Chain OUTPUT (policy ACCEPT)
  -o y0 --dst-mac 02:00:00:00:00:01 --opcode 2
  -j mangle -s 10.0.0.2 --mangle-mac-s 02:00:00:00:00:99
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.2 | sort
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Received 1 response(s)
  Sent 1 probes (1 broadcast(s))
  Unicast reply from 10.0.0.2 [02:00:00:00:00:99]  *ms (glob)
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.3 | sort
  ARPING 10.0.0.3 from 10.0.0.1 x0
  Received 0 response(s)
  Sent 1 probes (1 broadcast(s))
  $ ip netns exec y arptables -L -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  -i * -o * -s 10.0.0.0/30 --opcode 1 , pcnt=2 -- bcnt=56 
  -j DROP -i * -o * -d 10.0.0.3 --opcode 1 , pcnt=1 -- bcnt=28 
  -i y0 -o * , pcnt=1 -- bcnt=28 
  -i * -o * --opcode 2 --proto-type 0x800 , pcnt=0 -- bcnt=0 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  -i * -o y0 --dst-mac 02:00:00:00:00:01 --opcode 2 , pcnt=1 -- bcnt=42 
  -j mangle -i * -o * -s 10.0.0.2 --mangle-mac-s 02:00:00:00:00:99 , pcnt=1 -- bcnt=42 
  $ ip netns exec x ping -c 1 -W 1 10.0.0.2 > /dev/null; echo rc=$?
  rc=1
  $ ip -n x neigh show dev x0
  10.0.0.2 lladdr 02:00:00:00:00:99 REACHABLE 
  $ ip -n y neigh show dev y0
  10.0.0.1 lladdr 02:00:00:00:00:01 STALE 
  $ ip netns exec y arptables -Z INPUT; ip netns exec y arptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  -i * -o * -s 10.0.0.0/30 --opcode 1 , pcnt=0 -- bcnt=0 
  -j DROP -i * -o * -d 10.0.0.3 --opcode 1 , pcnt=0 -- bcnt=0 
  -i y0 -o * , pcnt=0 -- bcnt=0 
  -i * -o * --opcode 2 --proto-type 0x800 , pcnt=0 -- bcnt=0 
  $ ip netns exec y arptables -I OUTPUT 1 --opcode Reply -j DROP
  $ ip -n x neigh flush dev x0; ip netns exec x ping -c 1 -W 3 10.0.0.2 > /dev/null; echo rc=$?
  rc=1
  $ ip -n x neigh show dev x0 nud all
  10.0.0.2 INCOMPLETE 
  $ ip netns exec y arptables -L OUTPUT -v -n -x --line-numbers
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  1 -j DROP -i * -o * --opcode 2 , pcnt=3 -- bcnt=126 
  2 -i * -o y0 --dst-mac 02:00:00:00:00:01 --opcode 2 , pcnt=2 -- bcnt=84 
  3 -j mangle -i * -o * -s 10.0.0.2 --mangle-mac-s 02:00:00:00:00:99 , pcnt=2 -- bcnt=84 
  $ ip netns exec y arptables -D OUTPUT 1; ip netns exec y arptables -F; ip netns exec y arptables -L -v -n -x | grep -c pcnt
  0
  [1]
  $ ip netns exec y arptables -A INPUT --src-mac Broadcast --dst-mac Unicast ! --h-type Ethernet ! --proto-type ipv4 -j DROP
  $ ip netns exec y arptables -A INPUT --source-mac 02:00:00:00:00:01/ff:00:ff:00:ff:ff --destination-mac 0:0:0:0:0:0/ff:ff:ff:ff:ff:ff --h-type 6/ff --proto-type 0x806 -l 6
  $ ip netns exec y arptables -A INPUT --src-ip 10.0.0.1 --dst-ip 10.0.0.0/24 --opcode reply/3
  arptables v1.8.9 (nf_tables): Problem with specified opcode
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec y arptables -L INPUT; ip netns exec y arptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  -j DROP --src-mac ff:ff:ff:ff:ff:ff --dst-mac 00:00:00:00:00:00/01:00:00:00:00:00 ! --proto-type IPv4
  --src-mac 02:00:00:00:00:01/ff:00:ff:00:ff:ff --dst-mac 00:00:00:00:00:00 --h-type 6 --proto-type 0x806
  Chain INPUT (policy ACCEPT)
  -j DROP --src-mac ff:ff:ff:ff:ff:ff --dst-mac 00:00:00:00:00:00/01:00:00:00:00:00 ! --proto-type 0x800
  --src-mac 02:00:00:00:00:01/ff:00:ff:00:ff:ff --dst-mac 00:00:00:00:00:00 --h-type 6 --proto-type 0x806
  $ ip netns exec y arptables -A INPUT --src-mac 02:00:00:00:00
  arptables v1.8.9 (nf_tables): Problem with specified source mac
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec y arptables -A INPUT --dst-mac 02:00:00:00:00:01/ff
  arptables v1.8.9 (nf_tables): Problem with specified destination mac
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec y arptables -A INPUT --h-type Token
  arptables v1.8.9 (nf_tables): Problem with specified hardware type
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec y arptables -A INPUT --proto-type 0800
  arptables v1.8.9 (nf_tables): Problem with specified protocol type
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec y arptables -A INPUT --opcode 70000
  arptables v1.8.9 (nf_tables): Problem with specified opcode
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec y arptables -A INPUT --p-length 4
  arptables v1.8.9 (nf_tables): not supported
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec y arptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT
  :OUTPUT ACCEPT
  -A INPUT -j DROP --src-mac ff:ff:ff:ff:ff:ff --dst-mac 00:00:00:00:00:00/01:00:00:00:00:00 ! --proto-type 0x800
  -A INPUT --src-mac 02:00:00:00:00:01/ff:00:ff:00:ff:ff --dst-mac 00:00:00:00:00:00 --h-type 6 --proto-type 0x806
