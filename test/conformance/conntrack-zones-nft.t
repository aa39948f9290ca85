nft ct zone: set in a raw-priority chain (before conntrack), matched and listed.
  $ nft add table ip t
  $ nft add chain ip t pre '{ type filter hook prerouting priority -300; }'
  $ nft add chain ip t out '{ type filter hook output priority -300; }'
  $ nft add chain ip t in '{ type filter hook input priority 0; }'
  $ nft add rule ip t out udp dport 9 ct zone set 7
  $ nft add rule ip t out udp dport 10 ct original zone set 8
  $ nft add rule ip t out udp dport 11 ct reply zone set 9
  $ nft add rule ip t in ct zone 7 counter
  $ nft add rule ip t in ct zone != 0 counter
  $ nft add rule ip t in udp dport 12 ct zone set 3
  $ nft list ruleset
  table ip t {
  	chain pre {
  		type filter hook prerouting priority raw; policy accept;
  	}
  
  	chain out {
  		type filter hook output priority raw; policy accept;
  		udp dport 9 ct zone set 7
  		udp dport 10 ct original zone set 8
  		udp dport 11 ct reply zone set 9
  	}
  
  	chain in {
  		type filter hook input priority filter; policy accept;
  		ct zone 7 counter packets 0 bytes 0
  		ct zone != 0 counter packets 0 bytes 0
  		udp dport 12 ct zone set 3
  	}
  }
  $ ip link set lo up
  $ for p in 9 10 11; do printf x | nc -u -w1 -p 400$p 127.0.0.1 $p; done
  $ conntrack -L 2>&1 | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=40010 dport=10 zone-orig=8 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=10 dport=40010 mark=0 use=1
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=40011 dport=11 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=11 dport=40011 zone-reply=9 mark=0 use=1
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4009 dport=9 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=9 dport=4009 mark=0 zone=7 use=1
  $ nft list chain ip t in
  table ip t {
  	chain in {
  		type filter hook input priority filter; policy accept;
  		ct zone 7 counter packets 1 bytes 29
  		ct zone != 0 counter packets 4 bytes 144
  		udp dport 12 ct zone set 3
  	}
  }
  $ nft add rule ip t out ct zone set 70000
  Error: Value 70000 exceeds valid range 0-65535
  add rule ip t out ct zone set 70000
                                ^^^^^
  [1]
  $ nft add rule ip t out ct zone set foo
  Error: Could not parse integer
  add rule ip t out ct zone set foo
                                ^^^
  [1]
