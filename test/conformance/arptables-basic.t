arptables (arptables-nft 1.8.9): rules on the arp family's INPUT/OUTPUT, listing with -n -v -x --line-numbers, mangle of the sender address, drop of ARP so ping fails.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a arptables -L
  Chain INPUT (policy ACCEPT)
  
  Chain OUTPUT (policy ACCEPT)
  $ ip netns exec b arptables -A INPUT -s 10.0.0.1 -j DROP
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b arptables -L -n -v | sed -E 's/pcnt=[12] -- bcnt=(28|56)/pcnt=N -- bcnt=B/'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  -j DROP -i * -o * -s 10.0.0.1 , pcnt=N -- bcnt=B 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  $ ip netns exec b arptables -L --line-numbers
  Chain INPUT (policy ACCEPT)
  1 -j DROP -s 10.0.0.1
  
  Chain OUTPUT (policy ACCEPT)
  $ ip netns exec b arptables -D INPUT -s 10.0.0.1 -j DROP
  $ ip netns exec b arptables -A INPUT -i b0 --opcode Request -j ACCEPT
  $ ip netns exec b arptables -I INPUT 1 -d 10.0.0.9 -j DROP
  $ ip netns exec b arptables -A OUTPUT -o b0 --h-length 6 -j mangle --mangle-ip-s 10.0.0.2 --mangle-mac-s 02:00:00:00:0b:01
  $ ip netns exec b arptables -A OUTPUT -j mangle --mangle-mac-d 02:00:00:00:0a:01 --mangle-ip-d 10.0.0.1
  $ sleep 0.5; ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec b arptables -L
  Chain INPUT (policy ACCEPT)
  -j DROP -d 10.0.0.9
  -j ACCEPT -i b0 --opcode Request
  
  Chain OUTPUT (policy ACCEPT)
  -j mangle -o b0 --mangle-ip-s 10.0.0.2 --mangle-mac-s 02:00:00:00:0b:01
  -j mangle --mangle-ip-d 10.0.0.1 --mangle-mac-d 02:00:00:00:0a:01
  $ ip netns exec b arptables -L -n -v -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  1 -j DROP -i * -o * -d 10.0.0.9 , pcnt=0 -- bcnt=0 
  2 -j ACCEPT -i b0 -o * --opcode 1 , pcnt=1 -- bcnt=28 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  1 -j mangle -i * -o b0 --mangle-ip-s 10.0.0.2 --mangle-mac-s 02:00:00:00:0b:01 , pcnt=1 -- bcnt=42 
  2 -j mangle -i * -o * --mangle-ip-d 10.0.0.1 --mangle-mac-d 02:00:00:00:0a:01 , pcnt=0 -- bcnt=0 
  $ ip netns exec b arptables -L OUTPUT
  Chain OUTPUT (policy ACCEPT)
  -j mangle -o b0 --mangle-ip-s 10.0.0.2 --mangle-mac-s 02:00:00:00:0b:01
  -j mangle --mangle-ip-d 10.0.0.1 --mangle-mac-d 02:00:00:00:0a:01
  $ ip netns exec b nft list ruleset
  # Warning: table arp filter is managed by iptables-nft, do not touch!
  table arp filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		arp htype 1 arp hlen 6 arp plen 4 arp daddr ip 10.0.0.9 counter packets 0 bytes 0 drop
  		iifname "b0" arp htype 1 arp hlen 6 arp plen 4 arp operation request counter packets 1 bytes 28 accept
  	}
  
  	chain OUTPUT {
  		type filter hook output priority filter; policy accept;
  		oifname "b0" arp htype 1 arp hlen 6 arp plen 4 counter packets 1 bytes 42 xt target mangle
  		arp htype 1 arp hlen 6 arp plen 4 counter packets 0 bytes 0 xt target mangle
  	}
  }
  $ ip netns exec b arptables -D INPUT 1
  $ ip netns exec b arptables -F OUTPUT
  $ ip netns exec b arptables -L
  Chain INPUT (policy ACCEPT)
  -j ACCEPT -i b0 --opcode Request
  
  Chain OUTPUT (policy ACCEPT)
  $ ip netns exec b arptables -F
  $ ip netns exec b arptables -L
  Chain INPUT (policy ACCEPT)
  
  Chain OUTPUT (policy ACCEPT)
  $ ip netns exec b arptables -A FORWARD -j DROP
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec b arptables -A INPUT -j FOO
  arptables v1.8.9 (nf_tables): Chain 'FOO' does not exist
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec b arptables -A INPUT --bogus
  arptables v1.8.9 (nf_tables): unknown option "--bogus"
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec b arptables -D INPUT 3
  arptables: Index of deletion too big.
  [1]
