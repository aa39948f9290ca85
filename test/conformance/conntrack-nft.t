nft ct expressions in a native rule set: ct state, ct mark set/match, ct direction, ct status, ct original saddr, notrack; as pings see them and nft lists them.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nft add table ip t
  $ ip netns exec b nft add chain ip t in '{ type filter hook input priority 0; policy accept; }'
  $ ip netns exec b nft add chain ip t out '{ type filter hook output priority 0; policy accept; }'
  $ ip netns exec b nft add chain ip t raw '{ type filter hook prerouting priority -300; policy accept; }'
  $ ip netns exec b nft add rule ip t in ct state new counter ct mark set 0x5
  $ ip netns exec b nft add rule ip t in ct state established,related counter
  $ ip netns exec b nft add rule ip t in ct mark 0x5 counter
  $ ip netns exec b nft add rule ip t in ct direction original counter
  $ ip netns exec b nft add rule ip t out ct direction reply counter
  $ ip netns exec b nft add rule ip t out ct status seen-reply counter
  $ ip netns exec b nft add rule ip t in ct original saddr 10.0.0.1 counter
  $ ip netns exec b nft add rule ip t in ct state untracked counter
  $ ip netns exec b nft add rule ip t raw ip saddr 10.0.0.9 notrack
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep -c 'bytes from'
  2
  $ ip netns exec b nft list ruleset
  table ip t {
  	chain in {
  		type filter hook input priority filter; policy accept;
  		ct state new counter packets 1 bytes 84 ct mark set 0x00000005
  		ct state established,related counter packets 1 bytes 84
  		ct mark 0x00000005 counter packets 2 bytes 168
  		ct direction original counter packets 2 bytes 168
  		ct original ip saddr 10.0.0.1 counter packets 2 bytes 168
  		ct state untracked counter packets 0 bytes 0
  	}
  
  	chain out {
  		type filter hook output priority filter; policy accept;
  		ct direction reply counter packets 2 bytes 168
  		ct status seen-reply counter packets 2 bytes 168
  	}
  
  	chain raw {
  		type filter hook prerouting priority raw; policy accept;
  		ip saddr 10.0.0.9 notrack
  	}
  }
  $ ip netns exec b conntrack -L 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=ID src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=ID mark=5 use=1
