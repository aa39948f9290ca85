iptables -X as iptables-nft 1.8.9 does it (nft_chain_del()): without a name every user chain goes and every builtin chain whose policy is ACCEPT and that has no rule; with a name a builtin chain the kernel has goes if the cache (chains only) lets it, and the kernel says whether it is empty; -X of a builtin chain the table lacks, or with policy DROP, fails.
  $ iptables -A INPUT -j ACCEPT
  $ iptables -A FORWARD -j ACCEPT
  $ iptables -A OUTPUT -j ACCEPT
  $ iptables -F FORWARD
  $ iptables -P OUTPUT DROP
  $ iptables -N u1
  $ iptables -X; echo rc=$?
  rc=0
  $ nft list table ip filter
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		counter packets 0 bytes 0 accept
  	}
  
  	chain OUTPUT {
  		type filter hook output priority filter; policy drop;
  		counter packets 0 bytes 0 accept
  	}
  }
  $ iptables -X FORWARD; echo rc=$?
  iptables: No chain/target/match by that name.
  rc=1
  $ iptables -X OUTPUT; echo rc=$?
  iptables: Directory not empty.
  rc=1
  $ iptables -X INPUT; echo rc=$?
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain INPUT
  rc=4
  $ iptables -F INPUT
  $ iptables -X INPUT; echo rc=$?
  rc=0
  $ nft list table ip filter
  table ip filter {
  	chain OUTPUT {
  		type filter hook output priority filter; policy drop;
  		counter packets 0 bytes 0 accept
  	}
  }
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT DROP
  -A OUTPUT -j ACCEPT
  $ iptables -v -X; echo rc=$?
  rc=0
  $ iptables -F OUTPUT; iptables -P OUTPUT ACCEPT
  $ iptables -X -v; echo rc=$?
  rc=0
  $ nft list tables
  table ip filter
